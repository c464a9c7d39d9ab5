# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..models.realtime_transcription_session_create_request_input_audio_format import (
    RealtimeTranscriptionSessionCreateRequestInputAudioFormat,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeTranscriptionSessionCreateRequest(_Model):
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

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.turn_detection is not UNSET:
            field_dict["turn_detection"] = dump(self.turn_detection)
        if self.input_audio_noise_reduction is not UNSET:
            field_dict["input_audio_noise_reduction"] = dump(self.input_audio_noise_reduction)
        if self.input_audio_format is not UNSET:
            field_dict["input_audio_format"] = self.input_audio_format
        if self.input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = dump(self.input_audio_transcription)
        if self.include is not UNSET:
            field_dict["include"] = self.include
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _turn_detection = d.get("turn_detection", UNSET)
        turn_detection = (
            RealtimeTranscriptionSessionCreateRequestTurnDetection.from_dict(_turn_detection)
            if isinstance(_turn_detection, dict)
            else _turn_detection
        )
        _input_audio_noise_reduction = d.get("input_audio_noise_reduction", UNSET)
        input_audio_noise_reduction = (
            RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction.from_dict(
                _input_audio_noise_reduction
            )
            if isinstance(_input_audio_noise_reduction, dict)
            else _input_audio_noise_reduction
        )
        input_audio_format = d.get("input_audio_format", UNSET)
        _input_audio_transcription = d.get("input_audio_transcription", UNSET)
        input_audio_transcription = (
            AudioTranscription.from_dict(_input_audio_transcription)
            if isinstance(_input_audio_transcription, dict)
            else _input_audio_transcription
        )
        include = d.get("include", UNSET)
        realtime_transcription_session_create_request = cls(
            turn_detection=turn_detection,
            input_audio_noise_reduction=input_audio_noise_reduction,
            input_audio_format=input_audio_format,
            input_audio_transcription=input_audio_transcription,
            include=include,
        )
        if not _FIELDS.issuperset(d):
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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeTranscriptionSessionCreateRequest._oc_fields = (
    (
        "turn_detection",
        "turn_detection",
        False,
        RealtimeTranscriptionSessionCreateRequestTurnDetection,
    ),
    (
        "input_audio_noise_reduction",
        "input_audio_noise_reduction",
        False,
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
    ),
    (
        "input_audio_format",
        "input_audio_format",
        False,
        (
            "enum",
            "RealtimeTranscriptionSessionCreateRequestInputAudioFormat",
            ("g711_alaw", "g711_ulaw", "pcm16"),
        ),
    ),
    ("input_audio_transcription", "input_audio_transcription", False, AudioTranscription),
    ("include", "include", False, ("list", ("const", "item.input_audio_transcription.logprobs"))),
)
