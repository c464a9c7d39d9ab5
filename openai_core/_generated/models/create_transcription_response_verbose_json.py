# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTranscriptionResponseVerboseJson")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateTranscriptionResponseVerboseJson:
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

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        duration = self.duration

        text = self.text

        words: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words, Unset):
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "duration": duration,
                "text": text,
            }
        )
        if words is not UNSET:
            field_dict["words"] = words
        if segments is not UNSET:
            field_dict["segments"] = segments
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        language = d["language"]

        duration = d["duration"]

        text = d["text"]

        _words = d.get("words", UNSET)
        words: list[TranscriptionWord] | Unset = UNSET
        if _words is not UNSET:
            words = []
            for words_item_data in _words:
                words_item = TranscriptionWord.from_dict(words_item_data)

                words.append(words_item)

        _segments = d.get("segments", UNSET)
        segments: list[TranscriptionSegment] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments_item = TranscriptionSegment.from_dict(segments_item_data)

                segments.append(segments_item)

        _usage = d.get("usage", UNSET)
        usage: TranscriptTextUsageDuration | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = TranscriptTextUsageDuration.from_dict(_usage)

        create_transcription_response_verbose_json = cls(
            language=language,
            duration=duration,
            text=text,
            words=words,
            segments=segments,
            usage=usage,
        )

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
