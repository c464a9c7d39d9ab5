# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_response_create_params_output_modalities_item import (
    RealtimeResponseCreateParamsOutputModalitiesItem,
    check_realtime_response_create_params_output_modalities_item,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeResponseCreateParams")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "output_modalities",
        "instructions",
        "audio",
        "tools",
        "tool_choice",
        "parallel_tool_calls",
        "reasoning",
        "max_output_tokens",
        "conversation",
        "metadata",
        "prompt",
        "input",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeResponseCreateParams:
    """Schema `RealtimeResponseCreateParams`.

    Attributes:
        output_modalities (list[RealtimeResponseCreateParamsOutputModalitiesItem] | Unset):
        instructions (str | Unset):
        audio (RealtimeResponseCreateParamsAudio | Unset):
        tools (list[MCPTool | RealtimeFunctionTool] | Unset):
        tool_choice (ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset): Server default: 'auto'. Default:
            'auto'.
        parallel_tool_calls (bool | Unset):
        reasoning (RealtimeReasoning | Unset): Schema `RealtimeReasoning`.
        max_output_tokens (int | Literal['inf'] | Unset):
        conversation (str | Unset):
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
        prompt (None | PromptType0 | Unset): Schema `Prompt`.
        input_ (list[RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput |
            RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem |
            RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse |
            RealtimeMCPListTools | RealtimeMCPToolCall] | Unset):
    """

    output_modalities: list[RealtimeResponseCreateParamsOutputModalitiesItem] | Unset = UNSET
    instructions: str | Unset = UNSET
    audio: RealtimeResponseCreateParamsAudio | Unset = UNSET
    tools: list[MCPTool | RealtimeFunctionTool] | Unset = UNSET
    tool_choice: ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset = "auto"
    parallel_tool_calls: bool | Unset = UNSET
    reasoning: RealtimeReasoning | Unset = UNSET
    max_output_tokens: int | Literal["inf"] | Unset = UNSET
    conversation: str | Unset = UNSET
    metadata: MetadataType0 | None | Unset = UNSET
    prompt: None | PromptType0 | Unset = UNSET
    input_: (
        list[
            RealtimeConversationItemFunctionCall
            | RealtimeConversationItemFunctionCallOutput
            | RealtimeConversationItemMessageAssistant
            | RealtimeConversationItemMessageSystem
            | RealtimeConversationItemMessageUser
            | RealtimeMCPApprovalRequest
            | RealtimeMCPApprovalResponse
            | RealtimeMCPListTools
            | RealtimeMCPToolCall
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output_modalities: list[str] | Unset = UNSET
        if not isinstance(self.output_modalities, Unset):
            output_modalities = []
            for output_modalities_item_data in self.output_modalities:
                output_modalities_item: str = output_modalities_item_data
                output_modalities.append(output_modalities_item)

        instructions = self.instructions

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

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

        parallel_tool_calls = self.parallel_tool_calls

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        max_output_tokens: int | Literal["inf"] | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        conversation = self.conversation

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, PromptType0):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

        input_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = []
            for input_item_data in self.input_:
                input_item: dict[str, Any]
                if isinstance(input_item_data, RealtimeConversationItemMessageSystem):
                    input_item = input_item_data.to_dict()
                elif isinstance(input_item_data, RealtimeConversationItemMessageUser):
                    input_item = input_item_data.to_dict()
                elif isinstance(input_item_data, RealtimeConversationItemMessageAssistant):
                    input_item = input_item_data.to_dict()
                elif isinstance(input_item_data, RealtimeConversationItemFunctionCall):
                    input_item = input_item_data.to_dict()
                elif isinstance(input_item_data, RealtimeConversationItemFunctionCallOutput):
                    input_item = input_item_data.to_dict()
                elif isinstance(input_item_data, RealtimeMCPApprovalResponse):
                    input_item = input_item_data.to_dict()
                elif isinstance(input_item_data, RealtimeMCPListTools):
                    input_item = input_item_data.to_dict()
                elif isinstance(input_item_data, RealtimeMCPToolCall):
                    input_item = input_item_data.to_dict()
                else:
                    input_item = input_item_data.to_dict()

                input_.append(input_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if audio is not UNSET:
            field_dict["audio"] = audio
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _output_modalities = d.get("output_modalities", UNSET)
        output_modalities: list[RealtimeResponseCreateParamsOutputModalitiesItem] | Unset = UNSET
        if _output_modalities is not UNSET:
            output_modalities = []
            for output_modalities_item_data in _output_modalities:
                output_modalities_item = (
                    check_realtime_response_create_params_output_modalities_item(
                        output_modalities_item_data
                    )
                )

                output_modalities.append(output_modalities_item)

        instructions = d.get("instructions", UNSET)

        _audio = d.get("audio", UNSET)
        audio: RealtimeResponseCreateParamsAudio | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = RealtimeResponseCreateParamsAudio.from_dict(_audio)

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

        parallel_tool_calls = d.get("parallel_tool_calls", UNSET)

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

        conversation = d.get("conversation", UNSET)

        def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                return componentsschemas_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MetadataType0 | None | Unset", data)

        metadata = _parse_metadata(d.get("metadata", UNSET))

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

        _input_ = d.get("input", UNSET)
        input_: (
            list[
                RealtimeConversationItemFunctionCall
                | RealtimeConversationItemFunctionCallOutput
                | RealtimeConversationItemMessageAssistant
                | RealtimeConversationItemMessageSystem
                | RealtimeConversationItemMessageUser
                | RealtimeMCPApprovalRequest
                | RealtimeMCPApprovalResponse
                | RealtimeMCPListTools
                | RealtimeMCPToolCall
            ]
            | Unset
        ) = UNSET
        if _input_ is not UNSET:
            input_ = []
            for input_item_data in _input_:

                def _parse_input_item(
                    data: object,
                ) -> (
                    RealtimeConversationItemFunctionCall
                    | RealtimeConversationItemFunctionCallOutput
                    | RealtimeConversationItemMessageAssistant
                    | RealtimeConversationItemMessageSystem
                    | RealtimeConversationItemMessageUser
                    | RealtimeMCPApprovalRequest
                    | RealtimeMCPApprovalResponse
                    | RealtimeMCPListTools
                    | RealtimeMCPToolCall
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_0 = (
                            RealtimeConversationItemMessageSystem.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_1 = (
                            RealtimeConversationItemMessageUser.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_2 = (
                            RealtimeConversationItemMessageAssistant.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_3 = (
                            RealtimeConversationItemFunctionCall.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_4 = (
                            RealtimeConversationItemFunctionCallOutput.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_5 = (
                            RealtimeMCPApprovalResponse.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_6 = (
                            RealtimeMCPListTools.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_7 = (
                            RealtimeMCPToolCall.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_realtime_conversation_item_type_8 = (
                        RealtimeMCPApprovalRequest.from_dict(data)
                    )

                    return componentsschemas_realtime_conversation_item_type_8

                input_item = _parse_input_item(input_item_data)

                input_.append(input_item)

        realtime_response_create_params = cls(
            output_modalities=output_modalities,
            instructions=instructions,
            audio=audio,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            reasoning=reasoning,
            max_output_tokens=max_output_tokens,
            conversation=conversation,
            metadata=metadata,
            prompt=prompt,
            input_=input_,
        )

        realtime_response_create_params.additional_properties = _extra_fields(d)
        return realtime_response_create_params

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
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
from ..models.prompt_type_0 import PromptType0  # noqa: E402
from ..models.realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall  # noqa: E402
from ..models.realtime_conversation_item_function_call_output import (
    RealtimeConversationItemFunctionCallOutput,  # noqa: E402
)
from ..models.realtime_conversation_item_message_assistant import (
    RealtimeConversationItemMessageAssistant,  # noqa: E402
)
from ..models.realtime_conversation_item_message_system import RealtimeConversationItemMessageSystem  # noqa: E402
from ..models.realtime_conversation_item_message_user import RealtimeConversationItemMessageUser  # noqa: E402
from ..models.realtime_function_tool import RealtimeFunctionTool  # noqa: E402
from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest  # noqa: E402
from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse  # noqa: E402
from ..models.realtime_mcp_list_tools import RealtimeMCPListTools  # noqa: E402
from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall  # noqa: E402
from ..models.realtime_reasoning import RealtimeReasoning  # noqa: E402
from ..models.realtime_response_create_params_audio import RealtimeResponseCreateParamsAudio  # noqa: E402
from ..models.tool_choice_function import ToolChoiceFunction  # noqa: E402
from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: E402
