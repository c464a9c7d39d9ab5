# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump
from ..models.realtime_session_input_audio_format import (
    RealtimeSessionInputAudioFormat,
)
from ..models.realtime_session_output_audio_format import (
    RealtimeSessionOutputAudioFormat,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeSession")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "object",
        "modalities",
        "model",
        "instructions",
        "voice",
        "input_audio_format",
        "output_audio_format",
        "input_audio_transcription",
        "turn_detection",
        "input_audio_noise_reduction",
        "speed",
        "tracing",
        "tools",
        "tool_choice",
        "temperature",
        "max_response_output_tokens",
        "expires_at",
        "prompt",
        "include",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_turn_detection(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "server_vad":
            return RealtimeTurnDetectionType0Type0.from_dict(data)
        if tag == "semantic_vad":
            return RealtimeTurnDetectionType0Type1.from_dict(data)
        return _choose_turn_detection(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeSession(_Model):
    """Schema `RealtimeSession`.

    Attributes:
        id (str | Unset):
        object (Literal['realtime.session'] | Unset): Always 'realtime.session'.
        modalities (Any | Unset):
        model (str | Unset):
        instructions (str | Unset):
        voice (str | Unset): Schema `VoiceIdsShared`.
        input_audio_format (RealtimeSessionInputAudioFormat | Unset): One of: 'pcm16', 'g711_ulaw', 'g711_alaw' (others
            kept). Server default: 'pcm16'. Default: 'pcm16'.
        output_audio_format (RealtimeSessionOutputAudioFormat | Unset): One of: 'pcm16', 'g711_ulaw', 'g711_alaw'
            (others kept). Server default: 'pcm16'. Default: 'pcm16'.
        input_audio_transcription (AudioTranscriptionResponse | None | Unset):
        turn_detection (None | RealtimeTurnDetectionType0Type0 | RealtimeTurnDetectionType0Type1 | Unset): Schema
            `RealtimeTurnDetection`.
        input_audio_noise_reduction (RealtimeSessionInputAudioNoiseReduction | Unset): Server default: None.
        speed (float | Unset): Range 0.25..1.5. Server default: 1. Default: 1.0.
        tracing (Literal['auto'] | None | RealtimeSessionTracingType0Type1 | Unset):
        tools (list[RealtimeFunctionTool] | Unset):
        tool_choice (str | Unset): Server default: 'auto'. Default: 'auto'.
        temperature (float | Unset): Server default: 0.8. Default: 0.8.
        max_response_output_tokens (int | Literal['inf'] | Unset):
        expires_at (int | Unset):
        prompt (None | PromptType0 | Unset):
        include (list[Literal['item.input_audio_transcription.logprobs']] | None | Unset):
    """

    id: str | Unset = UNSET
    object: Literal["realtime.session"] | Unset = UNSET
    modalities: Any | Unset = UNSET
    model: str | Unset = UNSET
    instructions: str | Unset = UNSET
    voice: str | Unset = UNSET
    input_audio_format: RealtimeSessionInputAudioFormat | Unset = "pcm16"
    output_audio_format: RealtimeSessionOutputAudioFormat | Unset = "pcm16"
    input_audio_transcription: AudioTranscriptionResponse | None | Unset = UNSET
    turn_detection: (
        None | RealtimeTurnDetectionType0Type0 | RealtimeTurnDetectionType0Type1 | Unset
    ) = UNSET
    input_audio_noise_reduction: RealtimeSessionInputAudioNoiseReduction | Unset = UNSET
    speed: float | Unset = 1.0
    tracing: Literal["auto"] | None | RealtimeSessionTracingType0Type1 | Unset = UNSET
    tools: list[RealtimeFunctionTool] | Unset = UNSET
    tool_choice: str | Unset = "auto"
    temperature: float | Unset = 0.8
    max_response_output_tokens: int | Literal["inf"] | Unset = UNSET
    expires_at: int | Unset = UNSET
    prompt: None | PromptType0 | Unset = UNSET
    include: list[Literal["item.input_audio_transcription.logprobs"]] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {"object": "realtime.session"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.modalities is not UNSET:
            field_dict["modalities"] = self.modalities
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.instructions is not UNSET:
            field_dict["instructions"] = self.instructions
        if self.voice is not UNSET:
            field_dict["voice"] = self.voice
        if self.input_audio_format is not UNSET:
            field_dict["input_audio_format"] = self.input_audio_format
        if self.output_audio_format is not UNSET:
            field_dict["output_audio_format"] = self.output_audio_format
        if self.input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = dump(self.input_audio_transcription)
        if self.turn_detection is not UNSET:
            field_dict["turn_detection"] = dump(self.turn_detection)
        if self.input_audio_noise_reduction is not UNSET:
            field_dict["input_audio_noise_reduction"] = dump(self.input_audio_noise_reduction)
        if self.speed is not UNSET:
            field_dict["speed"] = self.speed
        if self.tracing is not UNSET:
            field_dict["tracing"] = dump(self.tracing)
        if self.tools is not UNSET:
            field_dict["tools"] = dump(self.tools)
        if self.tool_choice is not UNSET:
            field_dict["tool_choice"] = self.tool_choice
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
        if self.max_response_output_tokens is not UNSET:
            field_dict["max_response_output_tokens"] = self.max_response_output_tokens
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = self.expires_at
        if self.prompt is not UNSET:
            field_dict["prompt"] = dump(self.prompt)
        if self.include is not UNSET:
            field_dict["include"] = self.include
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id", UNSET)
        object_ = d.get("object", UNSET)
        modalities = d.get("modalities", UNSET)
        model = d.get("model", UNSET)
        instructions = d.get("instructions", UNSET)
        voice = d.get("voice", UNSET)
        input_audio_format = d.get("input_audio_format", UNSET)
        output_audio_format = d.get("output_audio_format", UNSET)
        _input_audio_transcription = d.get("input_audio_transcription", UNSET)
        input_audio_transcription = (
            AudioTranscriptionResponse.from_dict(_input_audio_transcription)
            if isinstance(_input_audio_transcription, dict)
            else _input_audio_transcription
        )
        _turn_detection = d.get("turn_detection", UNSET)
        turn_detection = _read_turn_detection(_turn_detection)
        _input_audio_noise_reduction = d.get("input_audio_noise_reduction", UNSET)
        input_audio_noise_reduction = (
            RealtimeSessionInputAudioNoiseReduction.from_dict(_input_audio_noise_reduction)
            if isinstance(_input_audio_noise_reduction, dict)
            else _input_audio_noise_reduction
        )
        speed = d.get("speed", UNSET)
        _tracing = d.get("tracing", UNSET)
        tracing = (
            RealtimeSessionTracingType0Type1.from_dict(_tracing)
            if isinstance(_tracing, dict)
            else _tracing
        )
        _tools = d.get("tools", UNSET)
        tools = (
            [
                (RealtimeFunctionTool.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _tools
            ]
            if isinstance(_tools, list)
            else _tools
        )
        tool_choice = d.get("tool_choice", UNSET)
        temperature = d.get("temperature", UNSET)
        max_response_output_tokens = d.get("max_response_output_tokens", UNSET)
        expires_at = d.get("expires_at", UNSET)
        _prompt = d.get("prompt", UNSET)
        prompt = PromptType0.from_dict(_prompt) if isinstance(_prompt, dict) else _prompt
        include = d.get("include", UNSET)
        realtime_session = cls(
            id=id,
            object=object_,
            modalities=modalities,
            model=model,
            instructions=instructions,
            voice=voice,
            input_audio_format=input_audio_format,
            output_audio_format=output_audio_format,
            input_audio_transcription=input_audio_transcription,
            turn_detection=turn_detection,
            input_audio_noise_reduction=input_audio_noise_reduction,
            speed=speed,
            tracing=tracing,
            tools=tools,
            tool_choice=tool_choice,
            temperature=temperature,
            max_response_output_tokens=max_response_output_tokens,
            expires_at=expires_at,
            prompt=prompt,
            include=include,
        )
        if not _FIELDS.issuperset(d):
            realtime_session.additional_properties = _extra_fields(d)
        return realtime_session

    @property
    def object_(self) -> Literal["realtime.session"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["realtime.session"] | Unset) -> None:
        self.object = value

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
from ..models.prompt_type_0 import PromptType0  # noqa: E402
from ..models.realtime_function_tool import RealtimeFunctionTool  # noqa: E402
from ..models.realtime_session_input_audio_noise_reduction import (
    RealtimeSessionInputAudioNoiseReduction,  # noqa: E402
)
from ..models.realtime_session_tracing_type_0_type_1 import RealtimeSessionTracingType0Type1  # noqa: E402
from ..models.realtime_turn_detection_type_0_type_0 import RealtimeTurnDetectionType0Type0  # noqa: E402
from ..models.realtime_turn_detection_type_0_type_1 import RealtimeTurnDetectionType0Type1  # noqa: E402

_choose_turn_detection = ModelChoice(
    RealtimeTurnDetectionType0Type0, RealtimeTurnDetectionType0Type1
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeSession._oc_fields = (
    ("id", "id", False, "string"),
    ("object", "object", False, ("const", "realtime.session")),
    ("modalities", "modalities", False, "any"),
    ("model", "model", False, "string"),
    ("instructions", "instructions", False, "string"),
    ("voice", "voice", False, "string"),
    (
        "input_audio_format",
        "input_audio_format",
        False,
        ("enum", "RealtimeSessionInputAudioFormat", ("g711_alaw", "g711_ulaw", "pcm16")),
    ),
    (
        "output_audio_format",
        "output_audio_format",
        False,
        ("enum", "RealtimeSessionOutputAudioFormat", ("g711_alaw", "g711_ulaw", "pcm16")),
    ),
    (
        "input_audio_transcription",
        "input_audio_transcription",
        False,
        (
            "union",
            (
                AudioTranscriptionResponse,
                "null",
            ),
        ),
    ),
    (
        "turn_detection",
        "turn_detection",
        False,
        (
            "union",
            (
                RealtimeTurnDetectionType0Type0,
                RealtimeTurnDetectionType0Type1,
                "null",
            ),
        ),
    ),
    (
        "input_audio_noise_reduction",
        "input_audio_noise_reduction",
        False,
        RealtimeSessionInputAudioNoiseReduction,
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
                RealtimeSessionTracingType0Type1,
                "null",
            ),
        ),
    ),
    ("tools", "tools", False, ("list", RealtimeFunctionTool)),
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
    ("expires_at", "expires_at", False, "integer"),
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
    (
        "include",
        "include",
        False,
        (
            "union",
            (
                ("list", ("const", "item.input_audio_transcription.logprobs")),
                "null",
            ),
        ),
    ),
)
