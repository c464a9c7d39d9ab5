# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "text_tokens",
        "image_tokens",
        "audio_tokens",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails(_Model):
    """
    Attributes:
        text_tokens (int | Unset):
        image_tokens (int | Unset):
        audio_tokens (int | Unset):
    """

    text_tokens: int | Unset = UNSET
    image_tokens: int | Unset = UNSET
    audio_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.text_tokens is not UNSET:
            field_dict["text_tokens"] = self.text_tokens
        if self.image_tokens is not UNSET:
            field_dict["image_tokens"] = self.image_tokens
        if self.audio_tokens is not UNSET:
            field_dict["audio_tokens"] = self.audio_tokens
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        text_tokens = d.get("text_tokens", UNSET)
        image_tokens = d.get("image_tokens", UNSET)
        audio_tokens = d.get("audio_tokens", UNSET)
        realtime_beta_response_usage_input_token_details_cached_tokens_details = cls(
            text_tokens=text_tokens,
            image_tokens=image_tokens,
            audio_tokens=audio_tokens,
        )
        if not _FIELDS.issuperset(d):
            realtime_beta_response_usage_input_token_details_cached_tokens_details.additional_properties = _extra_fields(
                d
            )
        return realtime_beta_response_usage_input_token_details_cached_tokens_details

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
RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails._oc_fields = (
    ("text_tokens", "text_tokens", False, "integer"),
    ("image_tokens", "image_tokens", False, "integer"),
    ("audio_tokens", "audio_tokens", False, "integer"),
)
