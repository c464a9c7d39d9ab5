# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "event_id",
        "type",
        "item_id",
        "content_index",
        "transcript",
        "usage",
        "languages",
        "logprobs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_usage(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "tokens":
            return TranscriptTextUsageTokens.from_dict(data)
        if tag == "duration":
            return TranscriptTextUsageDuration.from_dict(data)
        return _choose_usage(data)
    return data


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
class RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted(_Model):
    """Schema `RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted`.

    Attributes:
        event_id (str):
        type (Literal['conversation.item.input_audio_transcription.completed']): Always
            'conversation.item.input_audio_transcription.completed'.
        item_id (str):
        content_index (int):
        transcript (str):
        usage (TranscriptTextUsageDuration | TranscriptTextUsageTokens):
        languages (list[TranscriptionLanguage] | Unset):
        logprobs (list[LogProbProperties] | None | Unset):
    """

    event_id: str
    type: Literal["conversation.item.input_audio_transcription.completed"]
    item_id: str
    content_index: int
    transcript: str
    usage: TranscriptTextUsageDuration | TranscriptTextUsageTokens
    languages: list[TranscriptionLanguage] | Unset = UNSET
    logprobs: list[LogProbProperties] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "event_id",
        "type",
        "item_id",
        "content_index",
        "transcript",
        "usage",
    )
    _oc_consts = {"type": "conversation.item.input_audio_transcription.completed"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["event_id"] = self.event_id
        field_dict["type"] = self.type
        field_dict["item_id"] = self.item_id
        field_dict["content_index"] = self.content_index
        field_dict["transcript"] = self.transcript
        field_dict["usage"] = dump(self.usage)
        if self.languages is not UNSET:
            field_dict["languages"] = dump(self.languages)
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
        content_index = d.get("content_index")
        transcript = d.get("transcript")
        _usage = d.get("usage")
        usage = _read_usage(_usage)
        _languages = d.get("languages", UNSET)
        languages = (
            [
                (TranscriptionLanguage.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _languages
            ]
            if isinstance(_languages, list)
            else _languages
        )
        _logprobs = d.get("logprobs", UNSET)
        logprobs = _read_logprobs(_logprobs)
        realtime_beta_server_event_conversation_item_input_audio_transcription_completed = cls(
            event_id=event_id,
            type=type_,
            item_id=item_id,
            content_index=content_index,
            transcript=transcript,
            usage=usage,
            languages=languages,
            logprobs=logprobs,
        )
        if (
            event_id is None
            or type_ is None
            or item_id is None
            or content_index is None
            or transcript is None
            or usage is None
        ):
            realtime_beta_server_event_conversation_item_input_audio_transcription_completed._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            realtime_beta_server_event_conversation_item_input_audio_transcription_completed.additional_properties = _extra_fields(
                d
            )
        return realtime_beta_server_event_conversation_item_input_audio_transcription_completed

    @property
    def type_(self) -> Literal["conversation.item.input_audio_transcription.completed"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(
        self, value: Literal["conversation.item.input_audio_transcription.completed"]
    ) -> None:
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
from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration  # noqa: E402
from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens  # noqa: E402
from ..models.transcription_language import TranscriptionLanguage  # noqa: E402

_choose_usage = ModelChoice(TranscriptTextUsageTokens, TranscriptTextUsageDuration)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted._oc_fields = (
    ("event_id", "event_id", True, "string"),
    ("type", "type", True, ("const", "conversation.item.input_audio_transcription.completed")),
    ("item_id", "item_id", True, "string"),
    ("content_index", "content_index", True, "integer"),
    ("transcript", "transcript", True, "string"),
    (
        "usage",
        "usage",
        True,
        (
            "union",
            (
                TranscriptTextUsageTokens,
                TranscriptTextUsageDuration,
            ),
        ),
    ),
    ("languages", "languages", False, ("list", TranscriptionLanguage)),
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
