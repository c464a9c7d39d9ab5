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

T = TypeVar("T", bound="TranscriptTextDoneEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "text",
        "languages",
        "logprobs",
        "usage",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class TranscriptTextDoneEvent(_Model):
    """Schema `TranscriptTextDoneEvent`.

    Attributes:
        type (Literal['transcript.text.done']): Always 'transcript.text.done'.
        text (str):
        languages (list[TranscriptionLanguage] | Unset):
        logprobs (list[TranscriptTextDoneEventLogprobsItem] | Unset):
        usage (TranscriptTextUsageTokens | Unset): Schema `TranscriptTextUsageTokens`.
    """

    type: Literal["transcript.text.done"]
    text: str
    languages: list[TranscriptionLanguage] | Unset = UNSET
    logprobs: list[TranscriptTextDoneEventLogprobsItem] | Unset = UNSET
    usage: TranscriptTextUsageTokens | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "text",
    )
    _oc_consts = {"type": "transcript.text.done"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["text"] = self.text
        if self.languages is not UNSET:
            field_dict["languages"] = dump(self.languages)
        if self.logprobs is not UNSET:
            field_dict["logprobs"] = dump(self.logprobs)
        if self.usage is not UNSET:
            field_dict["usage"] = dump(self.usage)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        text = d.get("text")
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
        logprobs = (
            [
                (
                    TranscriptTextDoneEventLogprobsItem.from_dict(_i0)
                    if isinstance(_i0, dict)
                    else _i0
                )
                for _i0 in _logprobs
            ]
            if isinstance(_logprobs, list)
            else _logprobs
        )
        _usage = d.get("usage", UNSET)
        usage = TranscriptTextUsageTokens.from_dict(_usage) if isinstance(_usage, dict) else _usage
        transcript_text_done_event = cls(
            type=type_,
            text=text,
            languages=languages,
            logprobs=logprobs,
            usage=usage,
        )
        if type_ is None or text is None:
            transcript_text_done_event._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            transcript_text_done_event.additional_properties = _extra_fields(d)
        return transcript_text_done_event

    @property
    def type_(self) -> Literal["transcript.text.done"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["transcript.text.done"]) -> None:
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
from ..models.transcript_text_done_event_logprobs_item import TranscriptTextDoneEventLogprobsItem  # noqa: E402
from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens  # noqa: E402
from ..models.transcription_language import TranscriptionLanguage  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
TranscriptTextDoneEvent._oc_fields = (
    ("type", "type", True, ("const", "transcript.text.done")),
    ("text", "text", True, "string"),
    ("languages", "languages", False, ("list", TranscriptionLanguage)),
    ("logprobs", "logprobs", False, ("list", TranscriptTextDoneEventLogprobsItem)),
    ("usage", "usage", False, TranscriptTextUsageTokens),
)
