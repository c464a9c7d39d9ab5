# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeSessionCreateResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "object",
        "expires_at",
        "include",
        "model",
        "output_modalities",
        "instructions",
        "audio",
        "tracing",
        "turn_detection",
        "tools",
        "tool_choice",
        "max_output_tokens",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeSessionCreateResponse:
    """Schema `RealtimeSessionCreateResponse`.

    Attributes:
        id (str | Unset):
        object_ (str | Unset):
        expires_at (int | Unset):
        include (list[Literal['item.input_audio_transcription.logprobs']] | Unset):
        model (str | Unset):
        output_modalities (Any | Unset):
        instructions (str | Unset):
        audio (RealtimeSessionCreateResponseAudio | Unset):
        tracing (Literal['auto'] | RealtimeSessionCreateResponseTracingType1 | Unset):
        turn_detection (RealtimeSessionCreateResponseTurnDetection | Unset):
        tools (list[RealtimeFunctionTool] | Unset):
        tool_choice (str | Unset):
        max_output_tokens (int | Literal['inf'] | Unset):
    """

    id: str | Unset = UNSET
    object_: str | Unset = UNSET
    expires_at: int | Unset = UNSET
    include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
    model: str | Unset = UNSET
    output_modalities: Any | Unset = UNSET
    instructions: str | Unset = UNSET
    audio: RealtimeSessionCreateResponseAudio | Unset = UNSET
    tracing: Literal["auto"] | RealtimeSessionCreateResponseTracingType1 | Unset = UNSET
    turn_detection: RealtimeSessionCreateResponseTurnDetection | Unset = UNSET
    tools: list[RealtimeFunctionTool] | Unset = UNSET
    tool_choice: str | Unset = UNSET
    max_output_tokens: int | Literal["inf"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        expires_at = self.expires_at

        include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = self.include

        model = self.model

        output_modalities = self.output_modalities

        instructions = self.instructions

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        tracing: dict[str, Any] | Literal["auto"] | Unset
        if isinstance(self.tracing, Unset):
            tracing = UNSET
        elif isinstance(self.tracing, RealtimeSessionCreateResponseTracingType1):
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

        max_output_tokens: int | Literal["inf"] | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if include is not UNSET:
            field_dict["include"] = include
        if model is not UNSET:
            field_dict["model"] = model
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if audio is not UNSET:
            field_dict["audio"] = audio
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        object_ = d.get("object", UNSET)

        expires_at = d.get("expires_at", UNSET)

        _include = d.get("include", UNSET)
        include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
        if _include is not UNSET:
            include = []
            for include_item_data in _include:
                include_item = cast(
                    "Literal['item.input_audio_transcription.logprobs']", include_item_data
                )
                if include_item != "item.input_audio_transcription.logprobs":
                    raise ValueError(
                        f"include_item must match const 'item.input_audio_transcription.logprobs', got '{include_item}'"
                    )
                include.append(include_item)

        model = d.get("model", UNSET)

        output_modalities = d.get("output_modalities", UNSET)

        instructions = d.get("instructions", UNSET)

        _audio = d.get("audio", UNSET)
        audio: RealtimeSessionCreateResponseAudio | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = RealtimeSessionCreateResponseAudio.from_dict(_audio)

        def _parse_tracing(
            data: object,
        ) -> Literal["auto"] | RealtimeSessionCreateResponseTracingType1 | Unset:
            if isinstance(data, Unset):
                return data
            tracing_type_0 = cast("Literal['auto']", data)
            if tracing_type_0 != "auto":
                raise ValueError(f"tracing_type_0 must match const 'auto', got '{tracing_type_0}'")
            return tracing_type_0
            if not isinstance(data, dict):
                raise TypeError()
            tracing_type_1 = RealtimeSessionCreateResponseTracingType1.from_dict(data)

            return tracing_type_1

        tracing = _parse_tracing(d.get("tracing", UNSET))

        _turn_detection = d.get("turn_detection", UNSET)
        turn_detection: RealtimeSessionCreateResponseTurnDetection | Unset
        if isinstance(_turn_detection, Unset):
            turn_detection = UNSET
        else:
            turn_detection = RealtimeSessionCreateResponseTurnDetection.from_dict(_turn_detection)

        _tools = d.get("tools", UNSET)
        tools: list[RealtimeFunctionTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = RealtimeFunctionTool.from_dict(tools_item_data)

                tools.append(tools_item)

        tool_choice = d.get("tool_choice", UNSET)

        def _parse_max_output_tokens(data: object) -> int | Literal["inf"] | Unset:
            if isinstance(data, Unset):
                return data
            max_output_tokens_type_1 = cast("Literal['inf']", data)
            if max_output_tokens_type_1 != "inf":
                raise ValueError(
                    f"max_output_tokens_type_1 must match const 'inf', got '{max_output_tokens_type_1}'"
                )
            return max_output_tokens_type_1
            return cast("int | Literal['inf'] | Unset", data)

        max_output_tokens = _parse_max_output_tokens(d.get("max_output_tokens", UNSET))

        realtime_session_create_response = cls(
            id=id,
            object_=object_,
            expires_at=expires_at,
            include=include,
            model=model,
            output_modalities=output_modalities,
            instructions=instructions,
            audio=audio,
            tracing=tracing,
            turn_detection=turn_detection,
            tools=tools,
            tool_choice=tool_choice,
            max_output_tokens=max_output_tokens,
        )

        realtime_session_create_response.additional_properties = _extra_fields(d)
        return realtime_session_create_response

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
from ..models.realtime_function_tool import RealtimeFunctionTool  # noqa: E402
from ..models.realtime_session_create_response_audio import RealtimeSessionCreateResponseAudio  # noqa: E402
from ..models.realtime_session_create_response_tracing_type_1 import (
    RealtimeSessionCreateResponseTracingType1,  # noqa: E402
)
from ..models.realtime_session_create_response_turn_detection import (
    RealtimeSessionCreateResponseTurnDetection,  # noqa: E402
)
