# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeServerEventConversationItemInputAudioTranscriptionDelta")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "event_id",
        "type",
        "item_id",
        "content_index",
        "delta",
        "logprobs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_logprobs(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [(LogProbProperties.from_dict(_i1) if isinstance(_i1, dict) else _i1) for _i1 in data]
            if isinstance(data, list)
            else data
        )
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeServerEventConversationItemInputAudioTranscriptionDelta(_Model):
    """Schema `RealtimeServerEventConversationItemInputAudioTranscriptionDelta`.

    Attributes:
        event_id (str):
        type (Literal['conversation.item.input_audio_transcription.delta']): Always
            'conversation.item.input_audio_transcription.delta'.
        item_id (str):
        content_index (int | Unset):
        delta (str | Unset):
        logprobs (list[LogProbProperties] | None | Unset):
    """

    event_id: str
    type: Literal["conversation.item.input_audio_transcription.delta"]
    item_id: str
    content_index: int | Unset = UNSET
    delta: str | Unset = UNSET
    logprobs: list[LogProbProperties] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "event_id",
        "type",
        "item_id",
    )
    _oc_consts = {"type": "conversation.item.input_audio_transcription.delta"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["event_id"] = self.event_id
        field_dict["type"] = self.type
        field_dict["item_id"] = self.item_id
        if self.content_index is not UNSET:
            field_dict["content_index"] = self.content_index
        if self.delta is not UNSET:
            field_dict["delta"] = self.delta
        if self.logprobs is not UNSET:
            field_dict["logprobs"] = dump(self.logprobs)
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
        content_index = d.get("content_index", UNSET)
        delta = d.get("delta", UNSET)
        _logprobs = d.get("logprobs", UNSET)
        logprobs = _read_logprobs(_logprobs)
        realtime_server_event_conversation_item_input_audio_transcription_delta = cls(
            event_id=event_id,
            type=type_,
            item_id=item_id,
            content_index=content_index,
            delta=delta,
            logprobs=logprobs,
        )
        if event_id is None or type_ is None or item_id is None:
            realtime_server_event_conversation_item_input_audio_transcription_delta._oc_missing = (
                missing_keys(d, cls._oc_required)
            )
        if not _FIELDS.issuperset(d):
            realtime_server_event_conversation_item_input_audio_transcription_delta.additional_properties = _extra_fields(
                d
            )
        return realtime_server_event_conversation_item_input_audio_transcription_delta

    @property
    def type_(self) -> Literal["conversation.item.input_audio_transcription.delta"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["conversation.item.input_audio_transcription.delta"]) -> None:
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


# Imported last: the classes above exist before any model that refers back to them is loaded.
from ..models.log_prob_properties import LogProbProperties  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeServerEventConversationItemInputAudioTranscriptionDelta._oc_fields = (
    ("event_id", "event_id", True, "string"),
    ("type", "type", True, ("const", "conversation.item.input_audio_transcription.delta")),
    ("item_id", "item_id", True, "string"),
    ("content_index", "content_index", False, "integer"),
    ("delta", "delta", False, "string"),
    (
        "logprobs",
        "logprobs",
        False,
        (
            "union",
            (
                ("list", LogProbProperties),
                "null",
            ),
        ),
    ),
)
