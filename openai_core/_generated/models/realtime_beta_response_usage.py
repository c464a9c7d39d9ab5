# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeBetaResponseUsage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "total_tokens",
        "input_tokens",
        "output_tokens",
        "input_token_details",
        "output_token_details",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeBetaResponseUsage(_Model):
    """
    Attributes:
        total_tokens (int | Unset):
        input_tokens (int | Unset):
        output_tokens (int | Unset):
        input_token_details (RealtimeBetaResponseUsageInputTokenDetails | Unset):
        output_token_details (RealtimeBetaResponseUsageOutputTokenDetails | Unset):
    """

    total_tokens: int | Unset = UNSET
    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    input_token_details: RealtimeBetaResponseUsageInputTokenDetails | Unset = UNSET
    output_token_details: RealtimeBetaResponseUsageOutputTokenDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.total_tokens is not UNSET:
            field_dict["total_tokens"] = self.total_tokens
        if self.input_tokens is not UNSET:
            field_dict["input_tokens"] = self.input_tokens
        if self.output_tokens is not UNSET:
            field_dict["output_tokens"] = self.output_tokens
        if self.input_token_details is not UNSET:
            field_dict["input_token_details"] = dump(self.input_token_details)
        if self.output_token_details is not UNSET:
            field_dict["output_token_details"] = dump(self.output_token_details)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        total_tokens = d.get("total_tokens", UNSET)
        input_tokens = d.get("input_tokens", UNSET)
        output_tokens = d.get("output_tokens", UNSET)
        _input_token_details = d.get("input_token_details", UNSET)
        input_token_details = (
            RealtimeBetaResponseUsageInputTokenDetails.from_dict(_input_token_details)
            if isinstance(_input_token_details, dict)
            else _input_token_details
        )
        _output_token_details = d.get("output_token_details", UNSET)
        output_token_details = (
            RealtimeBetaResponseUsageOutputTokenDetails.from_dict(_output_token_details)
            if isinstance(_output_token_details, dict)
            else _output_token_details
        )
        realtime_beta_response_usage = cls(
            total_tokens=total_tokens,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            input_token_details=input_token_details,
            output_token_details=output_token_details,
        )
        if not _FIELDS.issuperset(d):
            realtime_beta_response_usage.additional_properties = _extra_fields(d)
        return realtime_beta_response_usage

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
from ..models.realtime_beta_response_usage_input_token_details import (
    RealtimeBetaResponseUsageInputTokenDetails,  # noqa: E402
)
from ..models.realtime_beta_response_usage_output_token_details import (
    RealtimeBetaResponseUsageOutputTokenDetails,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeBetaResponseUsage._oc_fields = (
    ("total_tokens", "total_tokens", False, "integer"),
    ("input_tokens", "input_tokens", False, "integer"),
    ("output_tokens", "output_tokens", False, "integer"),
    (
        "input_token_details",
        "input_token_details",
        False,
        RealtimeBetaResponseUsageInputTokenDetails,
    ),
    (
        "output_token_details",
        "output_token_details",
        False,
        RealtimeBetaResponseUsageOutputTokenDetails,
    ),
)
