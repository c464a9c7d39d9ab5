# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_speech_request_response_format import (
    CreateSpeechRequestResponseFormat,
    check_create_speech_request_response_format,
)
from ..models.create_speech_request_stream_format import (
    CreateSpeechRequestStreamFormat,
    check_create_speech_request_stream_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSpeechRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "model",
        "input",
        "voice",
        "instructions",
        "response_format",
        "speed",
        "stream_format",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateSpeechRequest:
    """Schema `CreateSpeechRequest`.

    Attributes:
        model (str):
        input_ (str): Length 0..4096.
        voice (str | VoiceIdsOrCustomVoiceType1): Schema `VoiceIdsOrCustomVoice`.
        instructions (str | Unset): Length 0..4096.
        response_format (CreateSpeechRequestResponseFormat | Unset): One of: 'mp3', 'opus', 'aac', 'flac', 'wav', 'pcm'
            (others kept). Server default: 'mp3'. Default: 'mp3'.
        speed (float | Unset): Range 0.25..4. Server default: 1. Default: 1.0.
        stream_format (CreateSpeechRequestStreamFormat | Unset): One of: 'sse', 'audio' (others kept). Server default:
            'audio'. Default: 'audio'.
    """

    model: str
    input_: str
    voice: str | VoiceIdsOrCustomVoiceType1
    instructions: str | Unset = UNSET
    response_format: CreateSpeechRequestResponseFormat | Unset = "mp3"
    speed: float | Unset = 1.0
    stream_format: CreateSpeechRequestStreamFormat | Unset = "audio"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_ = self.input_

        voice: dict[str, Any] | str
        if isinstance(self.voice, VoiceIdsOrCustomVoiceType1):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        instructions = self.instructions

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format

        speed = self.speed

        stream_format: str | Unset = UNSET
        if not isinstance(self.stream_format, Unset):
            stream_format = self.stream_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
                "voice": voice,
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if speed is not UNSET:
            field_dict["speed"] = speed
        if stream_format is not UNSET:
            field_dict["stream_format"] = stream_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        model = d["model"]

        input_ = d["input"]

        def _parse_voice(data: object) -> str | VoiceIdsOrCustomVoiceType1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_voice_ids_or_custom_voice_type_1 = (
                    VoiceIdsOrCustomVoiceType1.from_dict(data)
                )

                return componentsschemas_voice_ids_or_custom_voice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("str | VoiceIdsOrCustomVoiceType1", data)

        voice = _parse_voice(d["voice"])

        instructions = d.get("instructions", UNSET)

        _response_format = d.get("response_format", UNSET)
        response_format: CreateSpeechRequestResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = check_create_speech_request_response_format(_response_format)

        speed = d.get("speed", UNSET)

        _stream_format = d.get("stream_format", UNSET)
        stream_format: CreateSpeechRequestStreamFormat | Unset
        if isinstance(_stream_format, Unset):
            stream_format = UNSET
        else:
            stream_format = check_create_speech_request_stream_format(_stream_format)

        create_speech_request = cls(
            model=model,
            input_=input_,
            voice=voice,
            instructions=instructions,
            response_format=response_format,
            speed=speed,
            stream_format=stream_format,
        )

        create_speech_request.additional_properties = _extra_fields(d)
        return create_speech_request

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
from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1  # noqa: E402
