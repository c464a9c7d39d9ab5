# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeSessionCreateRequestTurnDetection")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "threshold",
        "prefix_padding_ms",
        "silence_duration_ms",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeSessionCreateRequestTurnDetection:
    """
    Attributes:
        type_ (str | Unset):
        threshold (float | Unset):
        prefix_padding_ms (int | Unset):
        silence_duration_ms (int | Unset):
    """

    type_: str | Unset = UNSET
    threshold: float | Unset = UNSET
    prefix_padding_ms: int | Unset = UNSET
    silence_duration_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        threshold = self.threshold

        prefix_padding_ms = self.prefix_padding_ms

        silence_duration_ms = self.silence_duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if prefix_padding_ms is not UNSET:
            field_dict["prefix_padding_ms"] = prefix_padding_ms
        if silence_duration_ms is not UNSET:
            field_dict["silence_duration_ms"] = silence_duration_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d.get("type", UNSET)

        threshold = d.get("threshold", UNSET)

        prefix_padding_ms = d.get("prefix_padding_ms", UNSET)

        silence_duration_ms = d.get("silence_duration_ms", UNSET)

        realtime_session_create_request_turn_detection = cls(
            type_=type_,
            threshold=threshold,
            prefix_padding_ms=prefix_padding_ms,
            silence_duration_ms=silence_duration_ms,
        )

        realtime_session_create_request_turn_detection.additional_properties = _extra_fields(d)
        return realtime_session_create_request_turn_detection

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
