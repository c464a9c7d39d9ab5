# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_transcription_session_create_request_input_audio_format import (
    RealtimeTranscriptionSessionCreateRequestInputAudioFormat,
    check_realtime_transcription_session_create_request_input_audio_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "turn_detection",
        "input_audio_noise_reduction",
        "input_audio_format",
        "input_audio_transcription",
        "include",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeTranscriptionSessionCreateRequest:
    """Schema `RealtimeTranscriptionSessionCreateRequest`.

    Attributes:
        turn_detection (RealtimeTranscriptionSessionCreateRequestTurnDetection | Unset):
        input_audio_noise_reduction (RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | Unset): Server
            default: None.
        input_audio_format (RealtimeTranscriptionSessionCreateRequestInputAudioFormat | Unset): One of: 'pcm16',
            'g711_ulaw', 'g711_alaw' (others kept). Server default: 'pcm16'. Default: 'pcm16'.
        input_audio_transcription (AudioTranscription | Unset): Schema `AudioTranscription`.
        include (list[Literal['item.input_audio_transcription.logprobs']] | Unset):
    """

    turn_detection: RealtimeTranscriptionSessionCreateRequestTurnDetection | Unset = UNSET
    input_audio_noise_reduction: (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | Unset
    ) = UNSET
    input_audio_format: RealtimeTranscriptionSessionCreateRequestInputAudioFormat | Unset = "pcm16"
    input_audio_transcription: AudioTranscription | Unset = UNSET
    include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        turn_detection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.turn_detection, Unset):
            turn_detection = self.turn_detection.to_dict()

        input_audio_noise_reduction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_audio_noise_reduction, Unset):
            input_audio_noise_reduction = self.input_audio_noise_reduction.to_dict()

        input_audio_format: str | Unset = UNSET
        if not isinstance(self.input_audio_format, Unset):
            input_audio_format = self.input_audio_format

        input_audio_transcription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_audio_transcription, Unset):
            input_audio_transcription = self.input_audio_transcription.to_dict()

        include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = self.include

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if input_audio_noise_reduction is not UNSET:
            field_dict["input_audio_noise_reduction"] = input_audio_noise_reduction
        if input_audio_format is not UNSET:
            field_dict["input_audio_format"] = input_audio_format
        if input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = input_audio_transcription
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _turn_detection = d.get("turn_detection", UNSET)
        turn_detection: RealtimeTranscriptionSessionCreateRequestTurnDetection | Unset
        if isinstance(_turn_detection, Unset):
            turn_detection = UNSET
        else:
            turn_detection = RealtimeTranscriptionSessionCreateRequestTurnDetection.from_dict(
                _turn_detection
            )

        _input_audio_noise_reduction = d.get("input_audio_noise_reduction", UNSET)
        input_audio_noise_reduction: (
            RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | Unset
        )
        if isinstance(_input_audio_noise_reduction, Unset):
            input_audio_noise_reduction = UNSET
        else:
            input_audio_noise_reduction = (
                RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction.from_dict(
                    _input_audio_noise_reduction
                )
            )

        _input_audio_format = d.get("input_audio_format", UNSET)
        input_audio_format: RealtimeTranscriptionSessionCreateRequestInputAudioFormat | Unset
        if isinstance(_input_audio_format, Unset):
            input_audio_format = UNSET
        else:
            input_audio_format = (
                check_realtime_transcription_session_create_request_input_audio_format(
                    _input_audio_format
                )
            )

        _input_audio_transcription = d.get("input_audio_transcription", UNSET)
        input_audio_transcription: AudioTranscription | Unset
        if isinstance(_input_audio_transcription, Unset):
            input_audio_transcription = UNSET
        else:
            input_audio_transcription = AudioTranscription.from_dict(_input_audio_transcription)

        _include = d.get("include", UNSET)
        include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
        if _include is not UNSET:
            include = []
            for include_item_data in _include:
                include_item = cast(
                    "Literal['item.input_audio_transcription.logprobs']", include_item_data
                )
                if include_item != "item.input_audio_transcription.logprobs":
                    raise ValueError(
                        f"include_item must match const 'item.input_audio_transcription.logprobs', got '{include_item}'"
                    )
                include.append(include_item)

        realtime_transcription_session_create_request = cls(
            turn_detection=turn_detection,
            input_audio_noise_reduction=input_audio_noise_reduction,
            input_audio_format=input_audio_format,
            input_audio_transcription=input_audio_transcription,
            include=include,
        )

        realtime_transcription_session_create_request.additional_properties = _extra_fields(d)
        return realtime_transcription_session_create_request

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
from ..models.realtime_transcription_session_create_request_input_audio_noise_reduction import (
    RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,  # noqa: E402
)
from ..models.realtime_transcription_session_create_request_turn_detection import (
    RealtimeTranscriptionSessionCreateRequestTurnDetection,  # noqa: E402
)
