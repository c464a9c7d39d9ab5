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

T = TypeVar("T", bound="CreateTranscriptionResponseDiarizedJson")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "task",
        "duration",
        "text",
        "segments",
        "usage",
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


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateTranscriptionResponseDiarizedJson(_Model):
    """Schema `CreateTranscriptionResponseDiarizedJson`.

    Attributes:
        task (Literal['transcribe']): Always 'transcribe'.
        duration (float):
        text (str):
        segments (list[TranscriptionDiarizedSegment]):
        usage (TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset):
    """

    task: Literal["transcribe"]
    duration: float
    text: str
    segments: list[TranscriptionDiarizedSegment]
    usage: TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "task",
        "duration",
        "text",
        "segments",
    )
    _oc_consts = {"task": "transcribe"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["task"] = self.task
        field_dict["duration"] = self.duration
        field_dict["text"] = self.text
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
        task = d.get("task")
        duration = d.get("duration")
        text = d.get("text")
        _segments = d.get("segments")
        segments = (
            [
                (TranscriptionDiarizedSegment.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _segments
            ]
            if isinstance(_segments, list)
            else _segments
        )
        _usage = d.get("usage", UNSET)
        usage = _read_usage(_usage)
        create_transcription_response_diarized_json = cls(
            task=task,
            duration=duration,
            text=text,
            segments=segments,
            usage=usage,
        )
        if task is None or duration is None or text is None or segments is None:
            create_transcription_response_diarized_json._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            create_transcription_response_diarized_json.additional_properties = _extra_fields(d)
        return create_transcription_response_diarized_json

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
from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens  # noqa: E402
from ..models.transcription_diarized_segment import TranscriptionDiarizedSegment  # noqa: E402

_choose_usage = ModelChoice(TranscriptTextUsageTokens, TranscriptTextUsageDuration)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateTranscriptionResponseDiarizedJson._oc_fields = (
    ("task", "task", True, ("const", "transcribe")),
    ("duration", "duration", True, "number"),
    ("text", "text", True, "string"),
    ("segments", "segments", True, ("list", TranscriptionDiarizedSegment)),
    (
        "usage",
        "usage",
        False,
        (
            "union",
            (
                TranscriptTextUsageTokens,
                TranscriptTextUsageDuration,
            ),
        ),
    ),
)
