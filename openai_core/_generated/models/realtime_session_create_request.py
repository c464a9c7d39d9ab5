# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..models.realtime_truncation_type_0 import (
    RealtimeTruncationType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeSessionCreateRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "client_secret",
        "modalities",
        "instructions",
        "voice",
        "input_audio_format",
        "output_audio_format",
        "input_audio_transcription",
        "speed",
        "tracing",
        "turn_detection",
        "tools",
        "tool_choice",
        "temperature",
        "max_response_output_tokens",
        "truncation",
        "prompt",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeSessionCreateRequest(_Model):
    """Schema `RealtimeSessionCreateRequest`.

    Attributes:
        client_secret (RealtimeSessionCreateRequestClientSecret | Unset):
        modalities (Any | Unset):
        instructions (str | Unset):
        voice (str | Unset | VoiceIdsOrCustomVoiceType1): Schema `VoiceIdsOrCustomVoice`.
        input_audio_format (str | Unset):
        output_audio_format (str | Unset):
        input_audio_transcription (RealtimeSessionCreateRequestInputAudioTranscription | Unset):
        speed (float | Unset): Range 0.25..1.5. Server default: 1. Default: 1.0.
        tracing (Literal['auto'] | RealtimeSessionCreateRequestTracingType1 | Unset):
        turn_detection (RealtimeSessionCreateRequestTurnDetection | Unset):
        tools (list[RealtimeSessionCreateRequestToolsItem] | Unset):
        tool_choice (str | Unset):
        temperature (float | Unset):
        max_response_output_tokens (int | Literal['inf'] | Unset):
        truncation (RealtimeTruncationType0 | RealtimeTruncationType1 | Unset): Schema `RealtimeTruncation`.
        prompt (None | PromptType0 | Unset): Schema `Prompt`.
    """

    client_secret: RealtimeSessionCreateRequestClientSecret | Unset = UNSET
    modalities: Any | Unset = UNSET
    instructions: str | Unset = UNSET
    voice: str | Unset | VoiceIdsOrCustomVoiceType1 = UNSET
    input_audio_format: str | Unset = UNSET
    output_audio_format: str | Unset = UNSET
    input_audio_transcription: RealtimeSessionCreateRequestInputAudioTranscription | Unset = UNSET
    speed: float | Unset = 1.0
    tracing: Literal["auto"] | RealtimeSessionCreateRequestTracingType1 | Unset = UNSET
    turn_detection: RealtimeSessionCreateRequestTurnDetection | Unset = UNSET
    tools: list[RealtimeSessionCreateRequestToolsItem] | Unset = UNSET
    tool_choice: str | Unset = UNSET
    temperature: float | Unset = UNSET
    max_response_output_tokens: int | Literal["inf"] | Unset = UNSET
    truncation: RealtimeTruncationType0 | RealtimeTruncationType1 | Unset = UNSET
    prompt: None | PromptType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.client_secret is not UNSET:
            field_dict["client_secret"] = dump(self.client_secret)
        if self.modalities is not UNSET:
            field_dict["modalities"] = self.modalities
        if self.instructions is not UNSET:
            field_dict["instructions"] = self.instructions
        if self.voice is not UNSET:
            field_dict["voice"] = dump(self.voice)
        if self.input_audio_format is not UNSET:
            field_dict["input_audio_format"] = self.input_audio_format
        if self.output_audio_format is not UNSET:
            field_dict["output_audio_format"] = self.output_audio_format
        if self.input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = dump(self.input_audio_transcription)
        if self.speed is not UNSET:
            field_dict["speed"] = self.speed
        if self.tracing is not UNSET:
            field_dict["tracing"] = dump(self.tracing)
        if self.turn_detection is not UNSET:
            field_dict["turn_detection"] = dump(self.turn_detection)
        if self.tools is not UNSET:
            field_dict["tools"] = dump(self.tools)
        if self.tool_choice is not UNSET:
            field_dict["tool_choice"] = self.tool_choice
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
        if self.max_response_output_tokens is not UNSET:
            field_dict["max_response_output_tokens"] = self.max_response_output_tokens
        if self.truncation is not UNSET:
            field_dict["truncation"] = dump(self.truncation)
        if self.prompt is not UNSET:
            field_dict["prompt"] = dump(self.prompt)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _client_secret = d.get("client_secret", UNSET)
        client_secret = (
            RealtimeSessionCreateRequestClientSecret.from_dict(_client_secret)
            if isinstance(_client_secret, dict)
            else _client_secret
        )
        modalities = d.get("modalities", UNSET)
        instructions = d.get("instructions", UNSET)
        _voice = d.get("voice", UNSET)
        voice = VoiceIdsOrCustomVoiceType1.from_dict(_voice) if isinstance(_voice, dict) else _voice
        input_audio_format = d.get("input_audio_format", UNSET)
        output_audio_format = d.get("output_audio_format", UNSET)
        _input_audio_transcription = d.get("input_audio_transcription", UNSET)
        input_audio_transcription = (
            RealtimeSessionCreateRequestInputAudioTranscription.from_dict(
                _input_audio_transcription
            )
            if isinstance(_input_audio_transcription, dict)
            else _input_audio_transcription
        )
        speed = d.get("speed", UNSET)
        _tracing = d.get("tracing", UNSET)
        tracing = (
            RealtimeSessionCreateRequestTracingType1.from_dict(_tracing)
            if isinstance(_tracing, dict)
            else _tracing
        )
        _turn_detection = d.get("turn_detection", UNSET)
        turn_detection = (
            RealtimeSessionCreateRequestTurnDetection.from_dict(_turn_detection)
            if isinstance(_turn_detection, dict)
            else _turn_detection
        )
        _tools = d.get("tools", UNSET)
        tools = (
            [
                (
                    RealtimeSessionCreateRequestToolsItem.from_dict(_i0)
                    if isinstance(_i0, dict)
                    else _i0
                )
                for _i0 in _tools
            ]
            if isinstance(_tools, list)
            else _tools
        )
        tool_choice = d.get("tool_choice", UNSET)
        temperature = d.get("temperature", UNSET)
        max_response_output_tokens = d.get("max_response_output_tokens", UNSET)
        _truncation = d.get("truncation", UNSET)
        truncation = (
            RealtimeTruncationType1.from_dict(_truncation)
            if isinstance(_truncation, dict)
            else _truncation
        )
        _prompt = d.get("prompt", UNSET)
        prompt = PromptType0.from_dict(_prompt) if isinstance(_prompt, dict) else _prompt
        realtime_session_create_request = cls(
            client_secret=client_secret,
            modalities=modalities,
            instructions=instructions,
            voice=voice,
            input_audio_format=input_audio_format,
            output_audio_format=output_audio_format,
            input_audio_transcription=input_audio_transcription,
            speed=speed,
            tracing=tracing,
            turn_detection=turn_detection,
            tools=tools,
            tool_choice=tool_choice,
            temperature=temperature,
            max_response_output_tokens=max_response_output_tokens,
            truncation=truncation,
            prompt=prompt,
        )
        if not _FIELDS.issuperset(d):
            realtime_session_create_request.additional_properties = _extra_fields(d)
        return realtime_session_create_request

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
from ..models.prompt_type_0 import PromptType0  # noqa: E402
from ..models.realtime_session_create_request_client_secret import (
    RealtimeSessionCreateRequestClientSecret,  # noqa: E402
)
from ..models.realtime_session_create_request_input_audio_transcription import (
    RealtimeSessionCreateRequestInputAudioTranscription,  # noqa: E402
)
from ..models.realtime_session_create_request_tools_item import (
    RealtimeSessionCreateRequestToolsItem,  # noqa: E402
)
from ..models.realtime_session_create_request_tracing_type_1 import (
    RealtimeSessionCreateRequestTracingType1,  # noqa: E402
)
from ..models.realtime_session_create_request_turn_detection import (
    RealtimeSessionCreateRequestTurnDetection,  # noqa: E402
)
from ..models.realtime_truncation_type_1 import RealtimeTruncationType1  # noqa: E402
from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeSessionCreateRequest._oc_fields = (
    ("client_secret", "client_secret", False, RealtimeSessionCreateRequestClientSecret),
    ("modalities", "modalities", False, "any"),
    ("instructions", "instructions", False, "string"),
    (
        "voice",
        "voice",
        False,
        (
            "union",
            (
                "string",
                VoiceIdsOrCustomVoiceType1,
            ),
        ),
    ),
    ("input_audio_format", "input_audio_format", False, "string"),
    ("output_audio_format", "output_audio_format", False, "string"),
    (
        "input_audio_transcription",
        "input_audio_transcription",
        False,
        RealtimeSessionCreateRequestInputAudioTranscription,
    ),
    ("speed", "speed", False, "number"),
    (
        "tracing",
        "tracing",
        False,
        (
            "union",
            (
                ("const", "auto"),
                RealtimeSessionCreateRequestTracingType1,
            ),
        ),
    ),
    ("turn_detection", "turn_detection", False, RealtimeSessionCreateRequestTurnDetection),
    ("tools", "tools", False, ("list", RealtimeSessionCreateRequestToolsItem)),
    ("tool_choice", "tool_choice", False, "string"),
    ("temperature", "temperature", False, "number"),
    (
        "max_response_output_tokens",
        "max_response_output_tokens",
        False,
        (
            "union",
            (
                "integer",
                ("const", "inf"),
            ),
        ),
    ),
    (
        "truncation",
        "truncation",
        False,
        (
            "union",
            (
                ("enum", "RealtimeTruncationType0", ("auto", "disabled")),
                RealtimeTruncationType1,
            ),
        ),
    ),
    (
        "prompt",
        "prompt",
        False,
        (
            "union",
            (
                PromptType0,
                "null",
            ),
        ),
    ),
)
