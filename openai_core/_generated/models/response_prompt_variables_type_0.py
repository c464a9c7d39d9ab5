# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponsePromptVariablesType0")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset({})


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ResponsePromptVariablesType0:
    additional_properties: dict[
        str, InputFileContent | InputImageContent | InputTextContent | str
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, InputTextContent):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, InputImageContent):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, InputFileContent):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        response_prompt_variables_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in _extra_fields(d).items():

            def _parse_additional_property(
                data: object,
            ) -> InputFileContent | InputImageContent | InputTextContent | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = InputTextContent.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_2 = InputImageContent.from_dict(data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_3 = InputFileContent.from_dict(data)

                    return additional_property_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("InputFileContent | InputImageContent | InputTextContent | str", data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        response_prompt_variables_type_0.additional_properties = additional_properties
        return response_prompt_variables_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> InputFileContent | InputImageContent | InputTextContent | str:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: InputFileContent | InputImageContent | InputTextContent | str
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: the classes above exist before any model that refers back to them is loaded.
from ..models.input_file_content import InputFileContent  # noqa: E402
from ..models.input_image_content import InputImageContent  # noqa: E402
from ..models.input_text_content import InputTextContent  # noqa: E402
