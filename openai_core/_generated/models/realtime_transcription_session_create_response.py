# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeTranscriptionSessionCreateResponse:
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

    def to_dict(self) -> dict[str, Any]:
        client_secret = self.client_secret.to_dict()

        modalities = self.modalities

        input_audio_format = self.input_audio_format

        input_audio_transcription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_audio_transcription, Unset):
            input_audio_transcription = self.input_audio_transcription.to_dict()

        turn_detection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.turn_detection, Unset):
            turn_detection = self.turn_detection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_secret": client_secret,
            }
        )
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if input_audio_format is not UNSET:
            field_dict["input_audio_format"] = input_audio_format
        if input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = input_audio_transcription
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        client_secret = RealtimeTranscriptionSessionCreateResponseClientSecret.from_dict(
            d["client_secret"]
        )

        modalities = d.get("modalities", UNSET)

        input_audio_format = d.get("input_audio_format", UNSET)

        _input_audio_transcription = d.get("input_audio_transcription", UNSET)
        input_audio_transcription: AudioTranscriptionResponse | Unset
        if isinstance(_input_audio_transcription, Unset):
            input_audio_transcription = UNSET
        else:
            input_audio_transcription = AudioTranscriptionResponse.from_dict(
                _input_audio_transcription
            )

        _turn_detection = d.get("turn_detection", UNSET)
        turn_detection: RealtimeTranscriptionSessionCreateResponseTurnDetection | Unset
        if isinstance(_turn_detection, Unset):
            turn_detection = UNSET
        else:
            turn_detection = RealtimeTranscriptionSessionCreateResponseTurnDetection.from_dict(
                _turn_detection
            )

        realtime_transcription_session_create_response = cls(
            client_secret=client_secret,
            modalities=modalities,
            input_audio_format=input_audio_format,
            input_audio_transcription=input_audio_transcription,
            turn_detection=turn_detection,
        )

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
