# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeResponseUsageInputTokenDetailsCachedTokensDetails")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "text_tokens",
        "image_tokens",
        "audio_tokens",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeResponseUsageInputTokenDetailsCachedTokensDetails:
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

    def to_dict(self) -> dict[str, Any]:
        text_tokens = self.text_tokens

        image_tokens = self.image_tokens

        audio_tokens = self.audio_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_tokens is not UNSET:
            field_dict["text_tokens"] = text_tokens
        if image_tokens is not UNSET:
            field_dict["image_tokens"] = image_tokens
        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        text_tokens = d.get("text_tokens", UNSET)

        image_tokens = d.get("image_tokens", UNSET)

        audio_tokens = d.get("audio_tokens", UNSET)

        realtime_response_usage_input_token_details_cached_tokens_details = cls(
            text_tokens=text_tokens,
            image_tokens=image_tokens,
            audio_tokens=audio_tokens,
        )

        realtime_response_usage_input_token_details_cached_tokens_details.additional_properties = (
            _extra_fields(d)
        )
        return realtime_response_usage_input_token_details_cached_tokens_details

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
