# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump
from ..models.beta_verbosity_type_0 import BetaVerbosityType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaResponseTextParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "format",
        "verbosity",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_format_(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "text":
            return BetaResponseFormatText.from_dict(data)
        if tag == "json_schema":
            return BetaTextResponseFormatJsonSchema.from_dict(data)
        if tag == "json_object":
            return BetaResponseFormatJsonObject.from_dict(data)
        return _choose_format_(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaResponseTextParam(_Model):
    """Schema `BetaResponseTextParam`.

    Attributes:
        format (BetaResponseFormatJsonObject | BetaResponseFormatText | BetaTextResponseFormatJsonSchema | Unset):
            Schema `BetaTextResponseFormatConfiguration`.
        verbosity (BetaVerbosityType0 | None | Unset): Schema `BetaVerbosity`.
    """

    format: (
        BetaResponseFormatJsonObject
        | BetaResponseFormatText
        | BetaTextResponseFormatJsonSchema
        | Unset
    ) = UNSET
    verbosity: BetaVerbosityType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.format is not UNSET:
            field_dict["format"] = dump(self.format)
        if self.verbosity is not UNSET:
            field_dict["verbosity"] = self.verbosity
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _format_ = d.get("format", UNSET)
        format_ = _read_format_(_format_)
        verbosity = d.get("verbosity", UNSET)
        beta_response_text_param = cls(
            format=format_,
            verbosity=verbosity,
        )
        if not _FIELDS.issuperset(d):
            beta_response_text_param.additional_properties = _extra_fields(d)
        return beta_response_text_param

    @property
    def format_(
        self,
    ) -> (
        BetaResponseFormatJsonObject
        | BetaResponseFormatText
        | BetaTextResponseFormatJsonSchema
        | Unset
    ):
        """The `format` field, under its former name."""
        return self.format

    @format_.setter
    def format_(
        self,
        value: BetaResponseFormatJsonObject
        | BetaResponseFormatText
        | BetaTextResponseFormatJsonSchema
        | Unset,
    ) -> None:
        self.format = value

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

_choose_format_ = ModelChoice(
    BetaResponseFormatText, BetaTextResponseFormatJsonSchema, BetaResponseFormatJsonObject
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaResponseTextParam._oc_fields = (
    (
        "format",
        "format",
        False,
        (
            "union",
            (
                BetaResponseFormatText,
                BetaTextResponseFormatJsonSchema,
                BetaResponseFormatJsonObject,
            ),
        ),
    ),
    (
        "verbosity",
        "verbosity",
        False,
        (
            "union",
            (
                ("enum", "BetaVerbosityType0", ("high", "low", "medium")),
                "null",
            ),
        ),
    ),
)
