# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verbosity_type_0 import VerbosityType0, check_verbosity_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseTextParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "format",
        "verbosity",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ResponseTextParam:
    """Schema `ResponseTextParam`.

    Attributes:
        format_ (ResponseFormatJsonObject | ResponseFormatText | TextResponseFormatJsonSchema | Unset): Schema
            `TextResponseFormatConfiguration`.
        verbosity (None | Unset | VerbosityType0): Schema `Verbosity`.
    """

    format_: (
        ResponseFormatJsonObject | ResponseFormatText | TextResponseFormatJsonSchema | Unset
    ) = UNSET
    verbosity: None | Unset | VerbosityType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_: dict[str, Any] | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, ResponseFormatText):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, TextResponseFormatJsonSchema):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_.to_dict()

        verbosity: None | str | Unset
        if isinstance(self.verbosity, Unset):
            verbosity = UNSET
        elif isinstance(self.verbosity, str):
            verbosity = self.verbosity
        else:
            verbosity = self.verbosity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_format_(
            data: object,
        ) -> ResponseFormatJsonObject | ResponseFormatText | TextResponseFormatJsonSchema | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_text_response_format_configuration_type_0 = (
                    ResponseFormatText.from_dict(data)
                )

                return componentsschemas_text_response_format_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_text_response_format_configuration_type_1 = (
                    TextResponseFormatJsonSchema.from_dict(data)
                )

                return componentsschemas_text_response_format_configuration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_text_response_format_configuration_type_2 = (
                ResponseFormatJsonObject.from_dict(data)
            )

            return componentsschemas_text_response_format_configuration_type_2

        format_ = _parse_format_(d.get("format", UNSET))

        def _parse_verbosity(data: object) -> None | Unset | VerbosityType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_verbosity_type_0 = check_verbosity_type_0(data)

                return componentsschemas_verbosity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | VerbosityType0", data)

        verbosity = _parse_verbosity(d.get("verbosity", UNSET))

        response_text_param = cls(
            format_=format_,
            verbosity=verbosity,
        )

        response_text_param.additional_properties = _extra_fields(d)
        return response_text_param

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: the classes above exist before any model that refers back to them is loaded.
from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: E402
from ..models.response_format_text import ResponseFormatText  # noqa: E402
from ..models.text_response_format_json_schema import TextResponseFormatJsonSchema  # noqa: E402
