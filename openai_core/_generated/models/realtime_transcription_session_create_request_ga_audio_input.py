# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateRequestGAAudioInput")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "format",
        "transcription",
        "noise_reduction",
        "turn_detection",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeTranscriptionSessionCreateRequestGAAudioInput:
    """
    Attributes:
        format_ (RealtimeAudioFormatsType0 | RealtimeAudioFormatsType1 | RealtimeAudioFormatsType2 | Unset): Schema
            `RealtimeAudioFormats`.
        transcription (AudioTranscription | Unset): Schema `AudioTranscription`.
        noise_reduction (RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction | Unset): Server default:
            None.
        turn_detection (None | RealtimeTurnDetectionType0Type0 | RealtimeTurnDetectionType0Type1 | Unset): Schema
            `RealtimeTurnDetection`.
    """

    format_: (
        RealtimeAudioFormatsType0 | RealtimeAudioFormatsType1 | RealtimeAudioFormatsType2 | Unset
    ) = UNSET
    transcription: AudioTranscription | Unset = UNSET
    noise_reduction: RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction | Unset = (
        UNSET
    )
    turn_detection: (
        None | RealtimeTurnDetectionType0Type0 | RealtimeTurnDetectionType0Type1 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_: dict[str, Any] | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, RealtimeAudioFormatsType0):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, RealtimeAudioFormatsType1):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_.to_dict()

        transcription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcription, Unset):
            transcription = self.transcription.to_dict()

        noise_reduction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.noise_reduction, Unset):
            noise_reduction = self.noise_reduction.to_dict()

        turn_detection: dict[str, Any] | None | Unset
        if isinstance(self.turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(self.turn_detection, RealtimeTurnDetectionType0Type0):
            turn_detection = self.turn_detection.to_dict()
        elif isinstance(self.turn_detection, RealtimeTurnDetectionType0Type1):
            turn_detection = self.turn_detection.to_dict()
        else:
            turn_detection = self.turn_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if noise_reduction is not UNSET:
            field_dict["noise_reduction"] = noise_reduction
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_format_(
            data: object,
        ) -> (
            RealtimeAudioFormatsType0
            | RealtimeAudioFormatsType1
            | RealtimeAudioFormatsType2
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_audio_formats_type_0 = (
                    RealtimeAudioFormatsType0.from_dict(data)
                )

                return componentsschemas_realtime_audio_formats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_audio_formats_type_1 = (
                    RealtimeAudioFormatsType1.from_dict(data)
                )

                return componentsschemas_realtime_audio_formats_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_realtime_audio_formats_type_2 = RealtimeAudioFormatsType2.from_dict(
                data
            )

            return componentsschemas_realtime_audio_formats_type_2

        format_ = _parse_format_(d.get("format", UNSET))

        _transcription = d.get("transcription", UNSET)
        transcription: AudioTranscription | Unset
        if isinstance(_transcription, Unset):
            transcription = UNSET
        else:
            transcription = AudioTranscription.from_dict(_transcription)

        _noise_reduction = d.get("noise_reduction", UNSET)
        noise_reduction: RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction | Unset
        if isinstance(_noise_reduction, Unset):
            noise_reduction = UNSET
        else:
            noise_reduction = (
                RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction.from_dict(
                    _noise_reduction
                )
            )

        def _parse_turn_detection(
            data: object,
        ) -> None | RealtimeTurnDetectionType0Type0 | RealtimeTurnDetectionType0Type1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_turn_detection_type_0_type_0 = (
                    RealtimeTurnDetectionType0Type0.from_dict(data)
                )

                return componentsschemas_realtime_turn_detection_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_turn_detection_type_0_type_1 = (
                    RealtimeTurnDetectionType0Type1.from_dict(data)
                )

                return componentsschemas_realtime_turn_detection_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "None | RealtimeTurnDetectionType0Type0 | RealtimeTurnDetectionType0Type1 | Unset",
                data,
            )

        turn_detection = _parse_turn_detection(d.get("turn_detection", UNSET))

        realtime_transcription_session_create_request_ga_audio_input = cls(
            format_=format_,
            transcription=transcription,
            noise_reduction=noise_reduction,
            turn_detection=turn_detection,
        )

        realtime_transcription_session_create_request_ga_audio_input.additional_properties = (
            _extra_fields(d)
        )
        return realtime_transcription_session_create_request_ga_audio_input

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
from ..models.audio_transcription import AudioTranscription  # noqa: E402
from ..models.realtime_audio_formats_type_0 import RealtimeAudioFormatsType0  # noqa: E402
from ..models.realtime_audio_formats_type_1 import RealtimeAudioFormatsType1  # noqa: E402
from ..models.realtime_audio_formats_type_2 import RealtimeAudioFormatsType2  # noqa: E402
from ..models.realtime_transcription_session_create_request_ga_audio_input_noise_reduction import (
    RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction,  # noqa: E402
)
from ..models.realtime_turn_detection_type_0_type_0 import RealtimeTurnDetectionType0Type0  # noqa: E402
from ..models.realtime_turn_detection_type_0_type_1 import RealtimeTurnDetectionType0Type1  # noqa: E402
