# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.create_speech_request_response_format import (
    CreateSpeechRequestResponseFormat,
)
from ..models.create_speech_request_stream_format import (
    CreateSpeechRequestStreamFormat,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSpeechRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateSpeechRequest(_Model):
    """Schema `CreateSpeechRequest`.

    Attributes:
        model (str):
        input (str): Length 0..4096.
        voice (str | VoiceIdsOrCustomVoiceType1): Schema `VoiceIdsOrCustomVoice`.
        instructions (str | Unset): Length 0..4096.
        response_format (CreateSpeechRequestResponseFormat | Unset): One of: 'mp3', 'opus', 'aac', 'flac', 'wav', 'pcm'
            (others kept). Server default: 'mp3'. Default: 'mp3'.
        speed (float | Unset): Range 0.25..4. Server default: 1. Default: 1.0.
        stream_format (CreateSpeechRequestStreamFormat | Unset): One of: 'sse', 'audio' (others kept). Server default:
            'audio'. Default: 'audio'.
    """

    model: str
    input: str
    voice: str | VoiceIdsOrCustomVoiceType1
    instructions: str | Unset = UNSET
    response_format: CreateSpeechRequestResponseFormat | Unset = "mp3"
    speed: float | Unset = 1.0
    stream_format: CreateSpeechRequestStreamFormat | Unset = "audio"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "model",
        "input",
        "voice",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["model"] = self.model
        field_dict["input"] = self.input
        field_dict["voice"] = dump(self.voice)
        if self.instructions is not UNSET:
            field_dict["instructions"] = self.instructions
        if self.response_format is not UNSET:
            field_dict["response_format"] = self.response_format
        if self.speed is not UNSET:
            field_dict["speed"] = self.speed
        if self.stream_format is not UNSET:
            field_dict["stream_format"] = self.stream_format
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        model = d.get("model")
        input_ = d.get("input")
        _voice = d.get("voice")
        voice = VoiceIdsOrCustomVoiceType1.from_dict(_voice) if isinstance(_voice, dict) else _voice
        instructions = d.get("instructions", UNSET)
        response_format = d.get("response_format", UNSET)
        speed = d.get("speed", UNSET)
        stream_format = d.get("stream_format", UNSET)
        create_speech_request = cls(
            model=model,
            input=input_,
            voice=voice,
            instructions=instructions,
            response_format=response_format,
            speed=speed,
            stream_format=stream_format,
        )
        if model is None or input_ is None or voice is None:
            create_speech_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_speech_request.additional_properties = _extra_fields(d)
        return create_speech_request

    @property
    def input_(self) -> str:
        """The `input` field, under its former name."""
        return self.input

    @input_.setter
    def input_(self, value: str) -> None:
        self.input = value

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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateSpeechRequest._oc_fields = (
    ("model", "model", True, "string"),
    ("input", "input", True, "string"),
    (
        "voice",
        "voice",
        True,
        (
            "union",
            (
                "string",
                VoiceIdsOrCustomVoiceType1,
            ),
        ),
    ),
    ("instructions", "instructions", False, "string"),
    (
        "response_format",
        "response_format",
        False,
        ("enum", "CreateSpeechRequestResponseFormat", ("aac", "flac", "mp3", "opus", "pcm", "wav")),
    ),
    ("speed", "speed", False, "number"),
    (
        "stream_format",
        "stream_format",
        False,
        ("enum", "CreateSpeechRequestStreamFormat", ("audio", "sse")),
    ),
)
