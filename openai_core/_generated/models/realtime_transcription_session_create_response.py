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

T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "client_secret",
        "modalities",
        "input_audio_format",
        "input_audio_transcription",
        "turn_detection",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeTranscriptionSessionCreateResponse(_Model):
    """Schema `RealtimeTranscriptionSessionCreateResponse`.

    Attributes:
        client_secret (RealtimeTranscriptionSessionCreateResponseClientSecret):
        modalities (Any | Unset):
        input_audio_format (str | Unset):
        input_audio_transcription (AudioTranscriptionResponse | Unset): Schema `AudioTranscriptionResponse`.
        turn_detection (RealtimeTranscriptionSessionCreateResponseTurnDetection | Unset):
    """

    client_secret: RealtimeTranscriptionSessionCreateResponseClientSecret
    modalities: Any | Unset = UNSET
    input_audio_format: str | Unset = UNSET
    input_audio_transcription: AudioTranscriptionResponse | Unset = UNSET
    turn_detection: RealtimeTranscriptionSessionCreateResponseTurnDetection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("client_secret",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["client_secret"] = dump(self.client_secret)
        if self.modalities is not UNSET:
            field_dict["modalities"] = self.modalities
        if self.input_audio_format is not UNSET:
            field_dict["input_audio_format"] = self.input_audio_format
        if self.input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = dump(self.input_audio_transcription)
        if self.turn_detection is not UNSET:
            field_dict["turn_detection"] = dump(self.turn_detection)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _client_secret = d.get("client_secret")
        client_secret = (
            RealtimeTranscriptionSessionCreateResponseClientSecret.from_dict(_client_secret)
            if isinstance(_client_secret, dict)
            else _client_secret
        )
        modalities = d.get("modalities", UNSET)
        input_audio_format = d.get("input_audio_format", UNSET)
        _input_audio_transcription = d.get("input_audio_transcription", UNSET)
        input_audio_transcription = (
            AudioTranscriptionResponse.from_dict(_input_audio_transcription)
            if isinstance(_input_audio_transcription, dict)
            else _input_audio_transcription
        )
        _turn_detection = d.get("turn_detection", UNSET)
        turn_detection = (
            RealtimeTranscriptionSessionCreateResponseTurnDetection.from_dict(_turn_detection)
            if isinstance(_turn_detection, dict)
            else _turn_detection
        )
        realtime_transcription_session_create_response = cls(
            client_secret=client_secret,
            modalities=modalities,
            input_audio_format=input_audio_format,
            input_audio_transcription=input_audio_transcription,
            turn_detection=turn_detection,
        )
        if client_secret is None:
            realtime_transcription_session_create_response._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            realtime_transcription_session_create_response.additional_properties = _extra_fields(d)
        return realtime_transcription_session_create_response

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
from ..models.realtime_transcription_session_create_response_client_secret import (
    RealtimeTranscriptionSessionCreateResponseClientSecret,  # noqa: E402
)
from ..models.realtime_transcription_session_create_response_turn_detection import (
    RealtimeTranscriptionSessionCreateResponseTurnDetection,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeTranscriptionSessionCreateResponse._oc_fields = (
    (
        "client_secret",
        "client_secret",
        True,
        RealtimeTranscriptionSessionCreateResponseClientSecret,
    ),
    ("modalities", "modalities", False, "any"),
    ("input_audio_format", "input_audio_format", False, "string"),
    ("input_audio_transcription", "input_audio_transcription", False, AudioTranscriptionResponse),
    (
        "turn_detection",
        "turn_detection",
        False,
        RealtimeTranscriptionSessionCreateResponseTurnDetection,
    ),
)
