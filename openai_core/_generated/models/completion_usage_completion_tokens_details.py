# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompletionUsageCompletionTokensDetails")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "accepted_prediction_tokens",
        "audio_tokens",
        "reasoning_tokens",
        "text_tokens",
        "rejected_prediction_tokens",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CompletionUsageCompletionTokensDetails(_Model):
    """
    Attributes:
        accepted_prediction_tokens (int | Unset): Server default: 0. Default: 0.
        audio_tokens (int | Unset): Server default: 0. Default: 0.
        reasoning_tokens (int | Unset): Server default: 0. Default: 0.
        text_tokens (int | Unset):
        rejected_prediction_tokens (int | Unset): Server default: 0. Default: 0.
    """

    accepted_prediction_tokens: int | Unset = 0
    audio_tokens: int | Unset = 0
    reasoning_tokens: int | Unset = 0
    text_tokens: int | Unset = UNSET
    rejected_prediction_tokens: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.accepted_prediction_tokens is not UNSET:
            field_dict["accepted_prediction_tokens"] = self.accepted_prediction_tokens
        if self.audio_tokens is not UNSET:
            field_dict["audio_tokens"] = self.audio_tokens
        if self.reasoning_tokens is not UNSET:
            field_dict["reasoning_tokens"] = self.reasoning_tokens
        if self.text_tokens is not UNSET:
            field_dict["text_tokens"] = self.text_tokens
        if self.rejected_prediction_tokens is not UNSET:
            field_dict["rejected_prediction_tokens"] = self.rejected_prediction_tokens
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        accepted_prediction_tokens = d.get("accepted_prediction_tokens", UNSET)
        audio_tokens = d.get("audio_tokens", UNSET)
        reasoning_tokens = d.get("reasoning_tokens", UNSET)
        text_tokens = d.get("text_tokens", UNSET)
        rejected_prediction_tokens = d.get("rejected_prediction_tokens", UNSET)
        completion_usage_completion_tokens_details = cls(
            accepted_prediction_tokens=accepted_prediction_tokens,
            audio_tokens=audio_tokens,
            reasoning_tokens=reasoning_tokens,
            text_tokens=text_tokens,
            rejected_prediction_tokens=rejected_prediction_tokens,
        )
        if not _FIELDS.issuperset(d):
            completion_usage_completion_tokens_details.additional_properties = _extra_fields(d)
        return completion_usage_completion_tokens_details

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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CompletionUsageCompletionTokensDetails._oc_fields = (
    ("accepted_prediction_tokens", "accepted_prediction_tokens", False, "integer"),
    ("audio_tokens", "audio_tokens", False, "integer"),
    ("reasoning_tokens", "reasoning_tokens", False, "integer"),
    ("text_tokens", "text_tokens", False, "integer"),
    ("rejected_prediction_tokens", "rejected_prediction_tokens", False, "integer"),
)
