# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_session_create_response_ga_output_modalities_item import (
    RealtimeSessionCreateResponseGAOutputModalitiesItem,
    check_realtime_session_create_response_ga_output_modalities_item,
)
from ..models.realtime_truncation_type_0 import (
    RealtimeTruncationType0,
    check_realtime_truncation_type_0,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeSessionCreateResponseGA")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "object",
        "expires_at",
        "output_modalities",
        "model",
        "instructions",
        "audio",
        "include",
        "tracing",
        "tools",
        "tool_choice",
        "reasoning",
        "max_output_tokens",
        "truncation",
        "prompt",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeSessionCreateResponseGA:
    """Schema `RealtimeSessionCreateResponseGA`.

    Attributes:
        type_ (Literal['realtime']): Always 'realtime'.
        id (str):
        object_ (Literal['realtime.session'] | Unset): Always 'realtime.session'.
        expires_at (int | Unset):
        output_modalities (list[RealtimeSessionCreateResponseGAOutputModalitiesItem] | Unset):
        model (str | Unset):
        instructions (str | Unset):
        audio (RealtimeSessionCreateResponseGAAudio | Unset):
        include (list[Literal['item.input_audio_transcription.logprobs']] | Unset):
        tracing (Literal['auto'] | None | RealtimeSessionCreateResponseGATracingType0Type1 | Unset):
        tools (list[MCPTool | RealtimeFunctionTool] | Unset):
        tool_choice (ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset): Server default: 'auto'. Default:
            'auto'.
        reasoning (RealtimeReasoning | Unset): Schema `RealtimeReasoning`.
        max_output_tokens (int | Literal['inf'] | Unset):
        truncation (RealtimeTruncationType0 | RealtimeTruncationType1 | Unset): Schema `RealtimeTruncation`.
        prompt (None | PromptType0 | Unset): Schema `Prompt`.
    """

    type_: Literal["realtime"]
    id: str
    object_: Literal["realtime.session"] | Unset = UNSET
    expires_at: int | Unset = UNSET
    output_modalities: list[RealtimeSessionCreateResponseGAOutputModalitiesItem] | Unset = UNSET
    model: str | Unset = UNSET
    instructions: str | Unset = UNSET
    audio: RealtimeSessionCreateResponseGAAudio | Unset = UNSET
    include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
    tracing: Literal["auto"] | None | RealtimeSessionCreateResponseGATracingType0Type1 | Unset = (
        UNSET
    )
    tools: list[MCPTool | RealtimeFunctionTool] | Unset = UNSET
    tool_choice: ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset = "auto"
    reasoning: RealtimeReasoning | Unset = UNSET
    max_output_tokens: int | Literal["inf"] | Unset = UNSET
    truncation: RealtimeTruncationType0 | RealtimeTruncationType1 | Unset = UNSET
    prompt: None | PromptType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        object_ = self.object_

        expires_at = self.expires_at

        output_modalities: list[str] | Unset = UNSET
        if not isinstance(self.output_modalities, Unset):
            output_modalities = []
            for output_modalities_item_data in self.output_modalities:
                output_modalities_item: str = output_modalities_item_data
                output_modalities.append(output_modalities_item)

        model = self.model

        instructions = self.instructions

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = self.include

        tracing: dict[str, Any] | Literal["auto"] | None | Unset
        if isinstance(self.tracing, Unset):
            tracing = UNSET
        elif isinstance(self.tracing, RealtimeSessionCreateResponseGATracingType0Type1):
            tracing = self.tracing.to_dict()
        else:
            tracing = self.tracing

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, RealtimeFunctionTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, ToolChoiceFunction):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        max_output_tokens: int | Literal["inf"] | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

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
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if model is not UNSET:
            field_dict["model"] = model
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if audio is not UNSET:
            field_dict["audio"] = audio
        if include is not UNSET:
            field_dict["include"] = include
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['realtime']", d["type"])
        if type_ != "realtime":
            raise ValueError(f"type must match const 'realtime', got '{type_}'")

        id = d["id"]

        object_ = cast("Literal['realtime.session'] | Unset", d.get("object", UNSET))
        if object_ != "realtime.session" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'realtime.session', got '{object_}'")

        expires_at = d.get("expires_at", UNSET)

        _output_modalities = d.get("output_modalities", UNSET)
        output_modalities: list[RealtimeSessionCreateResponseGAOutputModalitiesItem] | Unset = UNSET
        if _output_modalities is not UNSET:
            output_modalities = []
            for output_modalities_item_data in _output_modalities:
                output_modalities_item = (
                    check_realtime_session_create_response_ga_output_modalities_item(
                        output_modalities_item_data
                    )
                )

                output_modalities.append(output_modalities_item)

        model = d.get("model", UNSET)

        instructions = d.get("instructions", UNSET)

        _audio = d.get("audio", UNSET)
        audio: RealtimeSessionCreateResponseGAAudio | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = RealtimeSessionCreateResponseGAAudio.from_dict(_audio)

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

        def _parse_tracing(
            data: object,
        ) -> Literal["auto"] | None | RealtimeSessionCreateResponseGATracingType0Type1 | Unset:
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
                tracing_type_0_type_1 = RealtimeSessionCreateResponseGATracingType0Type1.from_dict(
                    data
                )

                return tracing_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "Literal['auto'] | None | RealtimeSessionCreateResponseGATracingType0Type1 | Unset",
                data,
            )

        tracing = _parse_tracing(d.get("tracing", UNSET))

        _tools = d.get("tools", UNSET)
        tools: list[MCPTool | RealtimeFunctionTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(data: object) -> MCPTool | RealtimeFunctionTool:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_0 = RealtimeFunctionTool.from_dict(data)

                        return tools_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_1 = MCPTool.from_dict(data)

                    return tools_item_type_1

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(
            data: object,
        ) -> ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_choice_type_0 = check_tool_choice_options(data)

                return tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_1 = ToolChoiceFunction.from_dict(data)

                return tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tool_choice_type_2 = ToolChoiceMCP.from_dict(data)

            return tool_choice_type_2

        tool_choice = _parse_tool_choice(d.get("tool_choice", UNSET))

        _reasoning = d.get("reasoning", UNSET)
        reasoning: RealtimeReasoning | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = RealtimeReasoning.from_dict(_reasoning)

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

        realtime_session_create_response_ga = cls(
            type_=type_,
            id=id,
            object_=object_,
            expires_at=expires_at,
            output_modalities=output_modalities,
            model=model,
            instructions=instructions,
            audio=audio,
            include=include,
            tracing=tracing,
            tools=tools,
            tool_choice=tool_choice,
            reasoning=reasoning,
            max_output_tokens=max_output_tokens,
            truncation=truncation,
            prompt=prompt,
        )

        realtime_session_create_response_ga.additional_properties = _extra_fields(d)
        return realtime_session_create_response_ga

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
from ..models.mcp_tool import MCPTool  # noqa: E402
from ..models.prompt_type_0 import PromptType0  # noqa: E402
from ..models.realtime_function_tool import RealtimeFunctionTool  # noqa: E402
from ..models.realtime_reasoning import RealtimeReasoning  # noqa: E402
from ..models.realtime_session_create_response_ga_audio import RealtimeSessionCreateResponseGAAudio  # noqa: E402
from ..models.realtime_session_create_response_ga_tracing_type_0_type_1 import (
    RealtimeSessionCreateResponseGATracingType0Type1,  # noqa: E402
)
from ..models.realtime_truncation_type_1 import RealtimeTruncationType1  # noqa: E402
from ..models.tool_choice_function import ToolChoiceFunction  # noqa: E402
from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: E402
