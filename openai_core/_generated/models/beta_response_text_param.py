# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_verbosity_type_0 import BetaVerbosityType0, check_beta_verbosity_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaResponseTextParam")

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
class BetaResponseTextParam:
    """Schema `BetaResponseTextParam`.

    Attributes:
        format_ (BetaResponseFormatJsonObject | BetaResponseFormatText | BetaTextResponseFormatJsonSchema | Unset):
            Schema `BetaTextResponseFormatConfiguration`.
        verbosity (BetaVerbosityType0 | None | Unset): Schema `BetaVerbosity`.
    """

    format_: (
        BetaResponseFormatJsonObject
        | BetaResponseFormatText
        | BetaTextResponseFormatJsonSchema
        | Unset
    ) = UNSET
    verbosity: BetaVerbosityType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_: dict[str, Any] | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, BetaResponseFormatText):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, BetaTextResponseFormatJsonSchema):
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
        ) -> (
            BetaResponseFormatJsonObject
            | BetaResponseFormatText
            | BetaTextResponseFormatJsonSchema
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_text_response_format_configuration_type_0 = (
                    BetaResponseFormatText.from_dict(data)
                )

                return componentsschemas_beta_text_response_format_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_text_response_format_configuration_type_1 = (
                    BetaTextResponseFormatJsonSchema.from_dict(data)
                )

                return componentsschemas_beta_text_response_format_configuration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_beta_text_response_format_configuration_type_2 = (
                BetaResponseFormatJsonObject.from_dict(data)
            )

            return componentsschemas_beta_text_response_format_configuration_type_2

        format_ = _parse_format_(d.get("format", UNSET))

        def _parse_verbosity(data: object) -> BetaVerbosityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_beta_verbosity_type_0 = check_beta_verbosity_type_0(data)

                return componentsschemas_beta_verbosity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaVerbosityType0 | None | Unset", data)

        verbosity = _parse_verbosity(d.get("verbosity", UNSET))

        beta_response_text_param = cls(
            format_=format_,
            verbosity=verbosity,
        )

        beta_response_text_param.additional_properties = _extra_fields(d)
        return beta_response_text_param

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
from ..models.beta_response_format_json_object import BetaResponseFormatJsonObject  # noqa: E402
from ..models.beta_response_format_text import BetaResponseFormatText  # noqa: E402
from ..models.beta_text_response_format_json_schema import BetaTextResponseFormatJsonSchema  # noqa: E402
