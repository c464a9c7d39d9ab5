# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_response_content_part_added_part_type import (
    RealtimeServerEventResponseContentPartAddedPartType,
    check_realtime_server_event_response_content_part_added_part_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeServerEventResponseContentPartAddedPart")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "text",
        "audio",
        "transcript",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeServerEventResponseContentPartAddedPart:
    """
    Attributes:
        type_ (RealtimeServerEventResponseContentPartAddedPartType | Unset): One of: 'audio', 'text' (others kept).
        text (str | Unset):
        audio (str | Unset):
        transcript (str | Unset):
    """

    type_: RealtimeServerEventResponseContentPartAddedPartType | Unset = UNSET
    text: str | Unset = UNSET
    audio: str | Unset = UNSET
    transcript: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        text = self.text

        audio = self.audio

        transcript = self.transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if audio is not UNSET:
            field_dict["audio"] = audio
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _type_ = d.get("type", UNSET)
        type_: RealtimeServerEventResponseContentPartAddedPartType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_realtime_server_event_response_content_part_added_part_type(_type_)

        text = d.get("text", UNSET)

        audio = d.get("audio", UNSET)

        transcript = d.get("transcript", UNSET)

        realtime_server_event_response_content_part_added_part = cls(
            type_=type_,
            text=text,
            audio=audio,
            transcript=transcript,
        )

        realtime_server_event_response_content_part_added_part.additional_properties = (
            _extra_fields(d)
        )
        return realtime_server_event_response_content_part_added_part

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
