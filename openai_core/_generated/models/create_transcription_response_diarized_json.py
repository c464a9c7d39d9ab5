# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTranscriptionResponseDiarizedJson")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateTranscriptionResponseDiarizedJson:
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

    def to_dict(self) -> dict[str, Any]:
        task = self.task

        duration = self.duration

        text = self.text

        segments = []
        for segments_item_data in self.segments:
            segments_item = segments_item_data.to_dict()
            segments.append(segments_item)

        usage: dict[str, Any] | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, TranscriptTextUsageTokens):
            usage = self.usage.to_dict()
        else:
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task": task,
                "duration": duration,
                "text": text,
                "segments": segments,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        task = cast("Literal['transcribe']", d["task"])
        if task != "transcribe":
            raise ValueError(f"task must match const 'transcribe', got '{task}'")

        duration = d["duration"]

        text = d["text"]

        segments = []
        _segments = d["segments"]
        for segments_item_data in _segments:
            segments_item = TranscriptionDiarizedSegment.from_dict(segments_item_data)

            segments.append(segments_item)

        def _parse_usage(
            data: object,
        ) -> TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = TranscriptTextUsageTokens.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            usage_type_1 = TranscriptTextUsageDuration.from_dict(data)

            return usage_type_1

        usage = _parse_usage(d.get("usage", UNSET))

        create_transcription_response_diarized_json = cls(
            task=task,
            duration=duration,
            text=text,
            segments=segments,
            usage=usage,
        )

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
