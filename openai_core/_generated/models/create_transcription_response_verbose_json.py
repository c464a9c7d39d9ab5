# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTranscriptionResponseVerboseJson")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "language",
        "duration",
        "text",
        "words",
        "segments",
        "usage",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateTranscriptionResponseVerboseJson(_Model):
    """Schema `CreateTranscriptionResponseVerboseJson`.

    Attributes:
        language (str):
        duration (float):
        text (str):
        words (list[TranscriptionWord] | Unset):
        segments (list[TranscriptionSegment] | Unset):
        usage (TranscriptTextUsageDuration | Unset): Schema `TranscriptTextUsageDuration`.
    """

    language: str
    duration: float
    text: str
    words: list[TranscriptionWord] | Unset = UNSET
    segments: list[TranscriptionSegment] | Unset = UNSET
    usage: TranscriptTextUsageDuration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "language",
        "duration",
        "text",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["language"] = self.language
        field_dict["duration"] = self.duration
        field_dict["text"] = self.text
        if self.words is not UNSET:
            field_dict["words"] = dump(self.words)
        if self.segments is not UNSET:
            field_dict["segments"] = dump(self.segments)
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
        language = d.get("language")
        duration = d.get("duration")
        text = d.get("text")
        _words = d.get("words", UNSET)
        words = (
            [(TranscriptionWord.from_dict(_i0) if isinstance(_i0, dict) else _i0) for _i0 in _words]
            if isinstance(_words, list)
            else _words
        )
        _segments = d.get("segments", UNSET)
        segments = (
            [
                (TranscriptionSegment.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _segments
            ]
            if isinstance(_segments, list)
            else _segments
        )
        _usage = d.get("usage", UNSET)
        usage = (
            TranscriptTextUsageDuration.from_dict(_usage) if isinstance(_usage, dict) else _usage
        )
        create_transcription_response_verbose_json = cls(
            language=language,
            duration=duration,
            text=text,
            words=words,
            segments=segments,
            usage=usage,
        )
        if language is None or duration is None or text is None:
            create_transcription_response_verbose_json._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            create_transcription_response_verbose_json.additional_properties = _extra_fields(d)
        return create_transcription_response_verbose_json

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
from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration  # noqa: E402
from ..models.transcription_segment import TranscriptionSegment  # noqa: E402
from ..models.transcription_word import TranscriptionWord  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateTranscriptionResponseVerboseJson._oc_fields = (
    ("language", "language", True, "string"),
    ("duration", "duration", True, "number"),
    ("text", "text", True, "string"),
    ("words", "words", False, ("list", TranscriptionWord)),
    ("segments", "segments", False, ("list", TranscriptionSegment)),
    ("usage", "usage", False, TranscriptTextUsageDuration),
)
