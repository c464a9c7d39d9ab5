# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys

T = TypeVar("T", bound="RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment(_Model):
    """Schema `RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment`.

    Attributes:
        event_id (str):
        type (Literal['conversation.item.input_audio_transcription.segment']): Always
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
    type: Literal["conversation.item.input_audio_transcription.segment"]
    item_id: str
    content_index: int
    text: str
    id: str
    speaker: str
    start: float
    end: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "event_id",
        "type",
        "item_id",
        "content_index",
        "text",
        "id",
        "speaker",
        "start",
        "end",
    )
    _oc_consts = {"type": "conversation.item.input_audio_transcription.segment"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["event_id"] = self.event_id
        field_dict["type"] = self.type
        field_dict["item_id"] = self.item_id
        field_dict["content_index"] = self.content_index
        field_dict["text"] = self.text
        field_dict["id"] = self.id
        field_dict["speaker"] = self.speaker
        field_dict["start"] = self.start
        field_dict["end"] = self.end
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        event_id = d.get("event_id")
        type_ = d.get("type")
        item_id = d.get("item_id")
        content_index = d.get("content_index")
        text = d.get("text")
        id = d.get("id")
        speaker = d.get("speaker")
        start = d.get("start")
        end = d.get("end")
        realtime_beta_server_event_conversation_item_input_audio_transcription_segment = cls(
            event_id=event_id,
            type=type_,
            item_id=item_id,
            content_index=content_index,
            text=text,
            id=id,
            speaker=speaker,
            start=start,
            end=end,
        )
        if (
            event_id is None
            or type_ is None
            or item_id is None
            or content_index is None
            or text is None
            or id is None
            or speaker is None
            or start is None
            or end is None
        ):
            realtime_beta_server_event_conversation_item_input_audio_transcription_segment._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            realtime_beta_server_event_conversation_item_input_audio_transcription_segment.additional_properties = _extra_fields(
                d
            )
        return realtime_beta_server_event_conversation_item_input_audio_transcription_segment

    @property
    def type_(self) -> Literal["conversation.item.input_audio_transcription.segment"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["conversation.item.input_audio_transcription.segment"]) -> None:
        self.type = value

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
RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment._oc_fields = (
    ("event_id", "event_id", True, "string"),
    ("type", "type", True, ("const", "conversation.item.input_audio_transcription.segment")),
    ("item_id", "item_id", True, "string"),
    ("content_index", "content_index", True, "integer"),
    ("text", "text", True, "string"),
    ("id", "id", True, "string"),
    ("speaker", "speaker", True, "string"),
    ("start", "start", True, "number"),
    ("end", "end", True, "number"),
)
