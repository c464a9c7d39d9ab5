# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "event_id",
        "type",
        "item_id",
        "content_index",
        "text",
        "id",
        "speaker",
        "start",
        "end",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment:
    """Schema `RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment`.

    Attributes:
        event_id (str):
        type_ (Literal['conversation.item.input_audio_transcription.segment']): Always
            'conversation.item.input_audio_transcription.segment'.
        item_id (str):
        content_index (int):
        text (str):
        id (str):
        speaker (str):
        start (float):
        end (float):
    """

    event_id: str
    type_: Literal["conversation.item.input_audio_transcription.segment"]
    item_id: str
    content_index: int
    text: str
    id: str
    speaker: str
    start: float
    end: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        item_id = self.item_id

        content_index = self.content_index

        text = self.text

        id = self.id

        speaker = self.speaker

        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
                "content_index": content_index,
                "text": text,
                "id": id,
                "speaker": speaker,
                "start": start,
                "end": end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event_id = d["event_id"]

        type_ = cast("Literal['conversation.item.input_audio_transcription.segment']", d["type"])
        if type_ != "conversation.item.input_audio_transcription.segment":
            raise ValueError(
                f"type must match const 'conversation.item.input_audio_transcription.segment', got '{type_}'"
            )

        item_id = d["item_id"]

        content_index = d["content_index"]

        text = d["text"]

        id = d["id"]

        speaker = d["speaker"]

        start = d["start"]

        end = d["end"]

        realtime_beta_server_event_conversation_item_input_audio_transcription_segment = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            text=text,
            id=id,
            speaker=speaker,
            start=start,
            end=end,
        )

        realtime_beta_server_event_conversation_item_input_audio_transcription_segment.additional_properties = _extra_fields(
            d
        )
        return realtime_beta_server_event_conversation_item_input_audio_transcription_segment

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
