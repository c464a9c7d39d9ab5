# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeSessionCreateResponseAudioInput")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "format",
        "transcription",
        "noise_reduction",
        "turn_detection",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_format_(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "audio/pcm":
            return RealtimeAudioFormatsType0.from_dict(data)
        if tag == "audio/pcmu":
            return RealtimeAudioFormatsType1.from_dict(data)
        if tag == "audio/pcma":
            return RealtimeAudioFormatsType2.from_dict(data)
        return _choose_format_(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeSessionCreateResponseAudioInput(_Model):
    """
    Attributes:
        format (RealtimeAudioFormatsType0 | RealtimeAudioFormatsType1 | RealtimeAudioFormatsType2 | Unset): Schema
            `RealtimeAudioFormats`.
        transcription (AudioTranscriptionResponse | Unset): Schema `AudioTranscriptionResponse`.
        noise_reduction (RealtimeSessionCreateResponseAudioInputNoiseReduction | Unset):
        turn_detection (RealtimeSessionCreateResponseAudioInputTurnDetection | Unset):
    """

    format: (
        RealtimeAudioFormatsType0 | RealtimeAudioFormatsType1 | RealtimeAudioFormatsType2 | Unset
    ) = UNSET
    transcription: AudioTranscriptionResponse | Unset = UNSET
    noise_reduction: RealtimeSessionCreateResponseAudioInputNoiseReduction | Unset = UNSET
    turn_detection: RealtimeSessionCreateResponseAudioInputTurnDetection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.format is not UNSET:
            field_dict["format"] = dump(self.format)
        if self.transcription is not UNSET:
            field_dict["transcription"] = dump(self.transcription)
        if self.noise_reduction is not UNSET:
            field_dict["noise_reduction"] = dump(self.noise_reduction)
        if self.turn_detection is not UNSET:
            field_dict["turn_detection"] = dump(self.turn_detection)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _format_ = d.get("format", UNSET)
        format_ = _read_format_(_format_)
        _transcription = d.get("transcription", UNSET)
        transcription = (
            AudioTranscriptionResponse.from_dict(_transcription)
            if isinstance(_transcription, dict)
            else _transcription
        )
        _noise_reduction = d.get("noise_reduction", UNSET)
        noise_reduction = (
            RealtimeSessionCreateResponseAudioInputNoiseReduction.from_dict(_noise_reduction)
            if isinstance(_noise_reduction, dict)
            else _noise_reduction
        )
        _turn_detection = d.get("turn_detection", UNSET)
        turn_detection = (
            RealtimeSessionCreateResponseAudioInputTurnDetection.from_dict(_turn_detection)
            if isinstance(_turn_detection, dict)
            else _turn_detection
        )
        realtime_session_create_response_audio_input = cls(
            format=format_,
            transcription=transcription,
            noise_reduction=noise_reduction,
            turn_detection=turn_detection,
        )
        if not _FIELDS.issuperset(d):
            realtime_session_create_response_audio_input.additional_properties = _extra_fields(d)
        return realtime_session_create_response_audio_input

    @property
    def format_(
        self,
    ) -> RealtimeAudioFormatsType0 | RealtimeAudioFormatsType1 | RealtimeAudioFormatsType2 | Unset:
        """The `format` field, under its former name."""
        return self.format

    @format_.setter
    def format_(
        self,
        value: RealtimeAudioFormatsType0
        | RealtimeAudioFormatsType1
        | RealtimeAudioFormatsType2
        | Unset,
    ) -> None:
        self.format = value

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
from ..models.audio_transcription_response import AudioTranscriptionResponse  # noqa: E402
from ..models.realtime_audio_formats_type_0 import RealtimeAudioFormatsType0  # noqa: E402
from ..models.realtime_audio_formats_type_1 import RealtimeAudioFormatsType1  # noqa: E402
from ..models.realtime_audio_formats_type_2 import RealtimeAudioFormatsType2  # noqa: E402
from ..models.realtime_session_create_response_audio_input_noise_reduction import (
    RealtimeSessionCreateResponseAudioInputNoiseReduction,  # noqa: E402
)
from ..models.realtime_session_create_response_audio_input_turn_detection import (
    RealtimeSessionCreateResponseAudioInputTurnDetection,  # noqa: E402
)

_choose_format_ = ModelChoice(
    RealtimeAudioFormatsType0, RealtimeAudioFormatsType1, RealtimeAudioFormatsType2
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeSessionCreateResponseAudioInput._oc_fields = (
    (
        "format",
        "format",
        False,
        (
            "union",
            (
                RealtimeAudioFormatsType0,
                RealtimeAudioFormatsType1,
                RealtimeAudioFormatsType2,
            ),
        ),
    ),
    ("transcription", "transcription", False, AudioTranscriptionResponse),
    (
        "noise_reduction",
        "noise_reduction",
        False,
        RealtimeSessionCreateResponseAudioInputNoiseReduction,
    ),
    (
        "turn_detection",
        "turn_detection",
        False,
        RealtimeSessionCreateResponseAudioInputTurnDetection,
    ),
)
