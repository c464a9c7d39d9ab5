# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_session_input_audio_format import (
    RealtimeSessionInputAudioFormat,
    check_realtime_session_input_audio_format,
)
from ..models.realtime_session_output_audio_format import (
    RealtimeSessionOutputAudioFormat,
    check_realtime_session_output_audio_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeSession")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeSession:
    """Schema `RealtimeSession`.

    Attributes:
        id (str | Unset):
        object_ (Literal['realtime.session'] | Unset): Always 'realtime.session'.
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
    object_: Literal["realtime.session"] | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        modalities = self.modalities

        model = self.model

        instructions = self.instructions

        voice = self.voice

        input_audio_format: str | Unset = UNSET
        if not isinstance(self.input_audio_format, Unset):
            input_audio_format = self.input_audio_format

        output_audio_format: str | Unset = UNSET
        if not isinstance(self.output_audio_format, Unset):
            output_audio_format = self.output_audio_format

        input_audio_transcription: dict[str, Any] | None | Unset
        if isinstance(self.input_audio_transcription, Unset):
            input_audio_transcription = UNSET
        elif isinstance(self.input_audio_transcription, AudioTranscriptionResponse):
            input_audio_transcription = self.input_audio_transcription.to_dict()
        else:
            input_audio_transcription = self.input_audio_transcription

        turn_detection: dict[str, Any] | None | Unset
        if isinstance(self.turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(self.turn_detection, RealtimeTurnDetectionType0Type0):
            turn_detection = self.turn_detection.to_dict()
        elif isinstance(self.turn_detection, RealtimeTurnDetectionType0Type1):
            turn_detection = self.turn_detection.to_dict()
        else:
            turn_detection = self.turn_detection

        input_audio_noise_reduction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_audio_noise_reduction, Unset):
            input_audio_noise_reduction = self.input_audio_noise_reduction.to_dict()

        speed = self.speed

        tracing: dict[str, Any] | Literal["auto"] | None | Unset
        if isinstance(self.tracing, Unset):
            tracing = UNSET
        elif isinstance(self.tracing, RealtimeSessionTracingType0Type1):
            tracing = self.tracing.to_dict()
        else:
            tracing = self.tracing

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

        expires_at = self.expires_at

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, PromptType0):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

        include: list[Literal["item.input_audio_transcription.logprobs"]] | None | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = self.include

        else:
            include = self.include

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if model is not UNSET:
            field_dict["model"] = model
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
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if input_audio_noise_reduction is not UNSET:
            field_dict["input_audio_noise_reduction"] = input_audio_noise_reduction
        if speed is not UNSET:
            field_dict["speed"] = speed
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_response_output_tokens is not UNSET:
            field_dict["max_response_output_tokens"] = max_response_output_tokens
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        object_ = cast("Literal['realtime.session'] | Unset", d.get("object", UNSET))
        if object_ != "realtime.session" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'realtime.session', got '{object_}'")

        modalities = d.get("modalities", UNSET)

        model = d.get("model", UNSET)

        instructions = d.get("instructions", UNSET)

        voice = d.get("voice", UNSET)

        _input_audio_format = d.get("input_audio_format", UNSET)
        input_audio_format: RealtimeSessionInputAudioFormat | Unset
        if isinstance(_input_audio_format, Unset):
            input_audio_format = UNSET
        else:
            input_audio_format = check_realtime_session_input_audio_format(_input_audio_format)

        _output_audio_format = d.get("output_audio_format", UNSET)
        output_audio_format: RealtimeSessionOutputAudioFormat | Unset
        if isinstance(_output_audio_format, Unset):
            output_audio_format = UNSET
        else:
            output_audio_format = check_realtime_session_output_audio_format(_output_audio_format)

        def _parse_input_audio_transcription(
            data: object,
        ) -> AudioTranscriptionResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_audio_transcription_type_0 = AudioTranscriptionResponse.from_dict(data)

                return input_audio_transcription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AudioTranscriptionResponse | None | Unset", data)

        input_audio_transcription = _parse_input_audio_transcription(
            d.get("input_audio_transcription", UNSET)
        )

        def _parse_turn_detection(
            data: object,
        ) -> None | RealtimeTurnDetectionType0Type0 | RealtimeTurnDetectionType0Type1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_turn_detection_type_0_type_0 = (
                    RealtimeTurnDetectionType0Type0.from_dict(data)
                )

                return componentsschemas_realtime_turn_detection_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_turn_detection_type_0_type_1 = (
                    RealtimeTurnDetectionType0Type1.from_dict(data)
                )

                return componentsschemas_realtime_turn_detection_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "None | RealtimeTurnDetectionType0Type0 | RealtimeTurnDetectionType0Type1 | Unset",
                data,
            )

        turn_detection = _parse_turn_detection(d.get("turn_detection", UNSET))

        _input_audio_noise_reduction = d.get("input_audio_noise_reduction", UNSET)
        input_audio_noise_reduction: RealtimeSessionInputAudioNoiseReduction | Unset
        if isinstance(_input_audio_noise_reduction, Unset):
            input_audio_noise_reduction = UNSET
        else:
            input_audio_noise_reduction = RealtimeSessionInputAudioNoiseReduction.from_dict(
                _input_audio_noise_reduction
            )

        speed = d.get("speed", UNSET)

        def _parse_tracing(
            data: object,
        ) -> Literal["auto"] | None | RealtimeSessionTracingType0Type1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            tracing_type_0_type_0 = cast("Literal['auto']", data)
            if tracing_type_0_type_0 != "auto":
                raise ValueError(
                    f"tracing_type_0_type_0 must match const 'auto', got '{tracing_type_0_type_0}'"
                )
            return tracing_type_0_type_0
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tracing_type_0_type_1 = RealtimeSessionTracingType0Type1.from_dict(data)

                return tracing_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("Literal['auto'] | None | RealtimeSessionTracingType0Type1 | Unset", data)

        tracing = _parse_tracing(d.get("tracing", UNSET))

        _tools = d.get("tools", UNSET)
        tools: list[RealtimeFunctionTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = RealtimeFunctionTool.from_dict(tools_item_data)

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

        expires_at = d.get("expires_at", UNSET)

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

        def _parse_include(
            data: object,
        ) -> list[Literal["item.input_audio_transcription.logprobs"]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                include_type_0 = []
                _include_type_0 = data
                for include_type_0_item_data in _include_type_0:
                    include_type_0_item = cast(
                        "Literal['item.input_audio_transcription.logprobs']",
                        include_type_0_item_data,
                    )
                    if include_type_0_item != "item.input_audio_transcription.logprobs":
                        raise ValueError(
                            f"include_type_0_item must match const 'item.input_audio_transcription.logprobs', got '{include_type_0_item}'"
                        )
                    include_type_0.append(include_type_0_item)

                return include_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[Literal['item.input_audio_transcription.logprobs']] | None | Unset", data
            )

        include = _parse_include(d.get("include", UNSET))

        realtime_session = cls(
            id=id,
            object_=object_,
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

        realtime_session.additional_properties = _extra_fields(d)
        return realtime_session

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
