# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "event_id",
        "type",
        "item_id",
        "content_index",
        "error",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed:
    """Schema `RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed`.

    Attributes:
        event_id (str):
        type_ (Literal['conversation.item.input_audio_transcription.failed']): Always
            'conversation.item.input_audio_transcription.failed'.
        item_id (str):
        content_index (int):
        error (RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError):
    """

    event_id: str
    type_: Literal["conversation.item.input_audio_transcription.failed"]
    item_id: str
    content_index: int
    error: RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        item_id = self.item_id

        content_index = self.content_index

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
                "content_index": content_index,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event_id = d["event_id"]

        type_ = cast("Literal['conversation.item.input_audio_transcription.failed']", d["type"])
        if type_ != "conversation.item.input_audio_transcription.failed":
            raise ValueError(
                f"type must match const 'conversation.item.input_audio_transcription.failed', got '{type_}'"
            )

        item_id = d["item_id"]

        content_index = d["content_index"]

        error = RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError.from_dict(
            d["error"]
        )

        realtime_beta_server_event_conversation_item_input_audio_transcription_failed = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            error=error,
        )

        realtime_beta_server_event_conversation_item_input_audio_transcription_failed.additional_properties = _extra_fields(
            d
        )
        return realtime_beta_server_event_conversation_item_input_audio_transcription_failed

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
from ..models.realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error import (
    RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError,  # noqa: E402
)
