# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_truncation_type_0 import (
    RealtimeTruncationType0,
    check_realtime_truncation_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeSessionCreateRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeSessionCreateRequest:
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

    def to_dict(self) -> dict[str, Any]:
        client_secret: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_secret, Unset):
            client_secret = self.client_secret.to_dict()

        modalities = self.modalities

        instructions = self.instructions

        voice: dict[str, Any] | str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, VoiceIdsOrCustomVoiceType1):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        input_audio_format = self.input_audio_format

        output_audio_format = self.output_audio_format

        input_audio_transcription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_audio_transcription, Unset):
            input_audio_transcription = self.input_audio_transcription.to_dict()

        speed = self.speed

        tracing: dict[str, Any] | Literal["auto"] | Unset
        if isinstance(self.tracing, Unset):
            tracing = UNSET
        elif isinstance(self.tracing, RealtimeSessionCreateRequestTracingType1):
            tracing = self.tracing.to_dict()
        else:
            tracing = self.tracing

        turn_detection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.turn_detection, Unset):
            turn_detection = self.turn_detection.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice = self.tool_choice

        temperature = self.temperature

        max_response_output_tokens: int | Literal["inf"] | Unset
        if isinstance(self.max_response_output_tokens, Unset):
            max_response_output_tokens = UNSET
        else:
            max_response_output_tokens = self.max_response_output_tokens

        truncation: dict[str, Any] | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        elif isinstance(self.truncation, str):
            truncation = self.truncation
        else:
            truncation = self.truncation.to_dict()

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, PromptType0):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if voice is not UNSET:
            field_dict["voice"] = voice
        if input_audio_format is not UNSET:
            field_dict["input_audio_format"] = input_audio_format
        if output_audio_format is not UNSET:
            field_dict["output_audio_format"] = output_audio_format
        if input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = input_audio_transcription
        if speed is not UNSET:
            field_dict["speed"] = speed
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_response_output_tokens is not UNSET:
            field_dict["max_response_output_tokens"] = max_response_output_tokens
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _client_secret = d.get("client_secret", UNSET)
        client_secret: RealtimeSessionCreateRequestClientSecret | Unset
        if isinstance(_client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = RealtimeSessionCreateRequestClientSecret.from_dict(_client_secret)

        modalities = d.get("modalities", UNSET)

        instructions = d.get("instructions", UNSET)

        def _parse_voice(data: object) -> str | Unset | VoiceIdsOrCustomVoiceType1:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_voice_ids_or_custom_voice_type_1 = (
                    VoiceIdsOrCustomVoiceType1.from_dict(data)
                )

                return componentsschemas_voice_ids_or_custom_voice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("str | Unset | VoiceIdsOrCustomVoiceType1", data)

        voice = _parse_voice(d.get("voice", UNSET))

        input_audio_format = d.get("input_audio_format", UNSET)

        output_audio_format = d.get("output_audio_format", UNSET)

        _input_audio_transcription = d.get("input_audio_transcription", UNSET)
        input_audio_transcription: RealtimeSessionCreateRequestInputAudioTranscription | Unset
        if isinstance(_input_audio_transcription, Unset):
            input_audio_transcription = UNSET
        else:
            input_audio_transcription = (
                RealtimeSessionCreateRequestInputAudioTranscription.from_dict(
                    _input_audio_transcription
                )
            )

        speed = d.get("speed", UNSET)

        def _parse_tracing(
            data: object,
        ) -> Literal["auto"] | RealtimeSessionCreateRequestTracingType1 | Unset:
            if isinstance(data, Unset):
                return data
            tracing_type_0 = cast("Literal['auto']", data)
            if tracing_type_0 != "auto":
                raise ValueError(f"tracing_type_0 must match const 'auto', got '{tracing_type_0}'")
            return tracing_type_0
            if not isinstance(data, dict):
                raise TypeError()
            tracing_type_1 = RealtimeSessionCreateRequestTracingType1.from_dict(data)

            return tracing_type_1

        tracing = _parse_tracing(d.get("tracing", UNSET))

        _turn_detection = d.get("turn_detection", UNSET)
        turn_detection: RealtimeSessionCreateRequestTurnDetection | Unset
        if isinstance(_turn_detection, Unset):
            turn_detection = UNSET
        else:
            turn_detection = RealtimeSessionCreateRequestTurnDetection.from_dict(_turn_detection)

        _tools = d.get("tools", UNSET)
        tools: list[RealtimeSessionCreateRequestToolsItem] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = RealtimeSessionCreateRequestToolsItem.from_dict(tools_item_data)

                tools.append(tools_item)

        tool_choice = d.get("tool_choice", UNSET)

        temperature = d.get("temperature", UNSET)

        def _parse_max_response_output_tokens(data: object) -> int | Literal["inf"] | Unset:
            if isinstance(data, Unset):
                return data
            max_response_output_tokens_type_1 = cast("Literal['inf']", data)
            if max_response_output_tokens_type_1 != "inf":
                raise ValueError(
                    f"max_response_output_tokens_type_1 must match const 'inf', got '{max_response_output_tokens_type_1}'"
                )
            return max_response_output_tokens_type_1
            return cast("int | Literal['inf'] | Unset", data)

        max_response_output_tokens = _parse_max_response_output_tokens(
            d.get("max_response_output_tokens", UNSET)
        )

        def _parse_truncation(
            data: object,
        ) -> RealtimeTruncationType0 | RealtimeTruncationType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_realtime_truncation_type_0 = check_realtime_truncation_type_0(
                    data
                )

                return componentsschemas_realtime_truncation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_realtime_truncation_type_1 = RealtimeTruncationType1.from_dict(data)

            return componentsschemas_realtime_truncation_type_1

        truncation = _parse_truncation(d.get("truncation", UNSET))

        def _parse_prompt(data: object) -> None | PromptType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_prompt_type_0 = PromptType0.from_dict(data)

                return componentsschemas_prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PromptType0 | Unset", data)

        prompt = _parse_prompt(d.get("prompt", UNSET))

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
