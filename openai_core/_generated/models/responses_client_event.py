# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.include_enum import IncludeEnum
from ..models.model_ids_responses_type_1 import (
    ModelIdsResponsesType1,
)
from ..models.responses_client_event_prompt_cache_retention_type_0 import (
    ResponsesClientEventPromptCacheRetentionType0,
)
from ..models.responses_client_event_truncation_type_0 import (
    ResponsesClientEventTruncationType0,
)
from ..models.service_tier_responses_type_0 import (
    ServiceTierResponsesType0,
)
from ..models.tool_choice_options import ToolChoiceOptions
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesClientEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "stream_id",
        "metadata",
        "top_logprobs",
        "temperature",
        "top_p",
        "user",
        "safety_identifier",
        "prompt_cache_key",
        "prompt_cache_retention",
        "prompt_cache_options",
        "previous_response_id",
        "model",
        "background",
        "max_tool_calls",
        "text",
        "tools",
        "tool_choice",
        "prompt",
        "service_tier",
        "truncation",
        "reasoning",
        "input",
        "include",
        "parallel_tool_calls",
        "store",
        "instructions",
        "moderation",
        "stream",
        "stream_options",
        "conversation",
        "context_management",
        "max_output_tokens",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_componentsschemas_tools_array_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_componentsschemas_tools_array_item(data)
    return data


def _read_tool_choice(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_tool_choice(data)
    return data


def _read_input_(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [_read_componentsschemas_input_param_type_1_item(_i1) for _i1 in data]
            if isinstance(data, list)
            else data
        )
    return data


def _read_componentsschemas_input_param_type_1_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_componentsschemas_input_param_type_1_item(data)
    return data


def _read_context_management(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [
                (ContextManagementParam.from_dict(_i1) if isinstance(_i1, dict) else _i1)
                for _i1 in data
            ]
            if isinstance(data, list)
            else data
        )
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ResponsesClientEvent(_Model):
    """Schema `ResponsesClientEventResponseCreate`.

    Attributes:
        type (Literal['response.create']): Always 'response.create'.
        stream_id (str | Unset): Length 1..256. Pattern `^[A-Za-z0-9_.-]+$`.
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
        top_logprobs (int | None | Unset):
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        user (str | Unset): Deprecated.
        safety_identifier (None | str | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_retention (None | ResponsesClientEventPromptCacheRetentionType0 | Unset): Deprecated.
        prompt_cache_options (PromptCacheOptionsParam | Unset): Schema `PromptCacheOptionsParam`.
        previous_response_id (None | str | Unset):
        model (ModelIdsResponsesType1 | str | Unset): Schema `ModelIdsResponses`.
        background (bool | None | Unset):
        max_tool_calls (int | None | Unset):
        text (ResponseTextParam | Unset): Schema `ResponseTextParam`.
        tools (list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam
            | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool |
            NamespaceToolParam | ProgrammaticToolCallingParam | ToolSearchToolParam | WebSearchPreviewTool | WebSearchTool]
            | Unset): Schema `ToolsArray`.
        tool_choice (SpecificApplyPatchParam | SpecificFunctionShellParam | SpecificProgrammaticToolCallingParam |
            ToolChoiceAllowed | ToolChoiceCustom | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | ToolChoiceTypes
            | Unset): Schema `ToolChoiceParam`.
        prompt (None | PromptType0 | Unset): Schema `Prompt`.
        service_tier (None | ServiceTierResponsesType0 | Unset): Schema `ServiceTierResponses`.
        truncation (None | ResponsesClientEventTruncationType0 | Unset): Deprecated.
        reasoning (None | Reasoning | Unset):
        input (list[AdditionalToolsItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam |
            CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam
            | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall |
            FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall |
            ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput |
            MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ProgramItemParam |
            ProgramOutputItemParam | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam |
            WebSearchToolCall] | str | Unset): Schema `InputParam`.
        include (list[IncludeEnum] | None | Unset):
        parallel_tool_calls (bool | None | Unset):
        store (bool | None | Unset):
        instructions (None | str | Unset):
        moderation (ModerationParam | None | Unset):
        stream (bool | None | Unset):
        stream_options (None | ResponseStreamOptionsType0 | Unset): Schema `ResponseStreamOptions`.
        conversation (ConversationParam2 | None | str | Unset):
        context_management (list[ContextManagementParam] | None | Unset):
        max_output_tokens (int | None | Unset):
    """

    type: Literal["response.create"]
    stream_id: str | Unset = UNSET
    metadata: MetadataType0 | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    user: str | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_retention: None | ResponsesClientEventPromptCacheRetentionType0 | Unset = UNSET
    prompt_cache_options: PromptCacheOptionsParam | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    model: ModelIdsResponsesType1 | str | Unset = UNSET
    background: bool | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    text: ResponseTextParam | Unset = UNSET
    tools: (
        list[
            ApplyPatchToolParam
            | CodeInterpreterTool
            | ComputerTool
            | ComputerUsePreviewTool
            | CustomToolParam
            | FileSearchTool
            | FunctionShellToolParam
            | FunctionTool
            | ImageGenTool
            | LocalShellToolParam
            | MCPTool
            | NamespaceToolParam
            | ProgrammaticToolCallingParam
            | ToolSearchToolParam
            | WebSearchPreviewTool
            | WebSearchTool
        ]
        | Unset
    ) = UNSET
    tool_choice: (
        SpecificApplyPatchParam
        | SpecificFunctionShellParam
        | SpecificProgrammaticToolCallingParam
        | ToolChoiceAllowed
        | ToolChoiceCustom
        | ToolChoiceFunction
        | ToolChoiceMCP
        | ToolChoiceOptions
        | ToolChoiceTypes
        | Unset
    ) = UNSET
    prompt: None | PromptType0 | Unset = UNSET
    service_tier: None | ServiceTierResponsesType0 | Unset = UNSET
    truncation: None | ResponsesClientEventTruncationType0 | Unset = UNSET
    reasoning: None | Reasoning | Unset = UNSET
    input: (
        list[
            AdditionalToolsItemParam
            | ApplyPatchToolCallItemParam
            | ApplyPatchToolCallOutputItemParam
            | CodeInterpreterToolCall
            | CompactionSummaryItemParam
            | CompactionTriggerItemParam
            | ComputerCallOutputItemParam
            | ComputerToolCall
            | CustomToolCall
            | CustomToolCallOutput
            | EasyInputMessage
            | FileSearchToolCall
            | FunctionCallOutputItemParam
            | FunctionShellCallItemParam
            | FunctionShellCallOutputItemParam
            | FunctionToolCall
            | ImageGenToolCall
            | InputMessage
            | ItemReferenceParam
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | MCPApprovalRequest
            | MCPApprovalResponse
            | MCPListTools
            | MCPToolCall
            | OutputMessage
            | ProgramItemParam
            | ProgramOutputItemParam
            | ReasoningItem
            | ToolSearchCallItemParam
            | ToolSearchOutputItemParam
            | WebSearchToolCall
        ]
        | str
        | Unset
    ) = UNSET
    include: list[IncludeEnum] | None | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    store: bool | None | Unset = UNSET
    instructions: None | str | Unset = UNSET
    moderation: ModerationParam | None | Unset = UNSET
    stream: bool | None | Unset = UNSET
    stream_options: None | ResponseStreamOptionsType0 | Unset = UNSET
    conversation: ConversationParam2 | None | str | Unset = UNSET
    context_management: list[ContextManagementParam] | None | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("type",)
    _oc_consts = {"type": "response.create"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        if self.stream_id is not UNSET:
            field_dict["stream_id"] = self.stream_id
        if self.metadata is not UNSET:
            field_dict["metadata"] = dump(self.metadata)
        if self.top_logprobs is not UNSET:
            field_dict["top_logprobs"] = self.top_logprobs
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
        if self.top_p is not UNSET:
            field_dict["top_p"] = self.top_p
        if self.user is not UNSET:
            field_dict["user"] = self.user
        if self.safety_identifier is not UNSET:
            field_dict["safety_identifier"] = self.safety_identifier
        if self.prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = self.prompt_cache_key
        if self.prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = self.prompt_cache_retention
        if self.prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = dump(self.prompt_cache_options)
        if self.previous_response_id is not UNSET:
            field_dict["previous_response_id"] = self.previous_response_id
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.background is not UNSET:
            field_dict["background"] = self.background
        if self.max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = self.max_tool_calls
        if self.text is not UNSET:
            field_dict["text"] = dump(self.text)
        if self.tools is not UNSET:
            field_dict["tools"] = dump(self.tools)
        if self.tool_choice is not UNSET:
            field_dict["tool_choice"] = dump(self.tool_choice)
        if self.prompt is not UNSET:
            field_dict["prompt"] = dump(self.prompt)
        if self.service_tier is not UNSET:
            field_dict["service_tier"] = self.service_tier
        if self.truncation is not UNSET:
            field_dict["truncation"] = self.truncation
        if self.reasoning is not UNSET:
            field_dict["reasoning"] = dump(self.reasoning)
        if self.input is not UNSET:
            field_dict["input"] = dump(self.input)
        if self.include is not UNSET:
            field_dict["include"] = self.include
        if self.parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = self.parallel_tool_calls
        if self.store is not UNSET:
            field_dict["store"] = self.store
        if self.instructions is not UNSET:
            field_dict["instructions"] = self.instructions
        if self.moderation is not UNSET:
            field_dict["moderation"] = dump(self.moderation)
        if self.stream is not UNSET:
            field_dict["stream"] = self.stream
        if self.stream_options is not UNSET:
            field_dict["stream_options"] = dump(self.stream_options)
        if self.conversation is not UNSET:
            field_dict["conversation"] = dump(self.conversation)
        if self.context_management is not UNSET:
            field_dict["context_management"] = dump(self.context_management)
        if self.max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = self.max_output_tokens
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        stream_id = d.get("stream_id", UNSET)
        _metadata = d.get("metadata", UNSET)
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        top_logprobs = d.get("top_logprobs", UNSET)
        temperature = d.get("temperature", UNSET)
        top_p = d.get("top_p", UNSET)
        user = d.get("user", UNSET)
        safety_identifier = d.get("safety_identifier", UNSET)
        prompt_cache_key = d.get("prompt_cache_key", UNSET)
        prompt_cache_retention = d.get("prompt_cache_retention", UNSET)
        _prompt_cache_options = d.get("prompt_cache_options", UNSET)
        prompt_cache_options = (
            PromptCacheOptionsParam.from_dict(_prompt_cache_options)
            if isinstance(_prompt_cache_options, dict)
            else _prompt_cache_options
        )
        previous_response_id = d.get("previous_response_id", UNSET)
        model = d.get("model", UNSET)
        background = d.get("background", UNSET)
        max_tool_calls = d.get("max_tool_calls", UNSET)
        _text = d.get("text", UNSET)
        text = ResponseTextParam.from_dict(_text) if isinstance(_text, dict) else _text
        _tools = d.get("tools", UNSET)
        tools = (
            [_read_componentsschemas_tools_array_item(_i0) for _i0 in _tools]
            if isinstance(_tools, list)
            else _tools
        )
        _tool_choice = d.get("tool_choice", UNSET)
        tool_choice = _read_tool_choice(_tool_choice)
        _prompt = d.get("prompt", UNSET)
        prompt = PromptType0.from_dict(_prompt) if isinstance(_prompt, dict) else _prompt
        service_tier = d.get("service_tier", UNSET)
        truncation = d.get("truncation", UNSET)
        _reasoning = d.get("reasoning", UNSET)
        reasoning = Reasoning.from_dict(_reasoning) if isinstance(_reasoning, dict) else _reasoning
        _input_ = d.get("input", UNSET)
        input_ = _read_input_(_input_)
        include = d.get("include", UNSET)
        parallel_tool_calls = d.get("parallel_tool_calls", UNSET)
        store = d.get("store", UNSET)
        instructions = d.get("instructions", UNSET)
        _moderation = d.get("moderation", UNSET)
        moderation = (
            ModerationParam.from_dict(_moderation) if isinstance(_moderation, dict) else _moderation
        )
        stream = d.get("stream", UNSET)
        _stream_options = d.get("stream_options", UNSET)
        stream_options = (
            ResponseStreamOptionsType0.from_dict(_stream_options)
            if isinstance(_stream_options, dict)
            else _stream_options
        )
        _conversation = d.get("conversation", UNSET)
        conversation = (
            ConversationParam2.from_dict(_conversation)
            if isinstance(_conversation, dict)
            else _conversation
        )
        _context_management = d.get("context_management", UNSET)
        context_management = _read_context_management(_context_management)
        max_output_tokens = d.get("max_output_tokens", UNSET)
        responses_client_event = cls(
            type=type_,
            stream_id=stream_id,
            metadata=metadata,
            top_logprobs=top_logprobs,
            temperature=temperature,
            top_p=top_p,
            user=user,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            prompt_cache_options=prompt_cache_options,
            previous_response_id=previous_response_id,
            model=model,
            background=background,
            max_tool_calls=max_tool_calls,
            text=text,
            tools=tools,
            tool_choice=tool_choice,
            prompt=prompt,
            service_tier=service_tier,
            truncation=truncation,
            reasoning=reasoning,
            input=input_,
            include=include,
            parallel_tool_calls=parallel_tool_calls,
            store=store,
            instructions=instructions,
            moderation=moderation,
            stream=stream,
            stream_options=stream_options,
            conversation=conversation,
            context_management=context_management,
            max_output_tokens=max_output_tokens,
        )
        if type_ is None:
            responses_client_event._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            responses_client_event.additional_properties = _extra_fields(d)
        return responses_client_event

    @property
    def type_(self) -> Literal["response.create"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["response.create"]) -> None:
        self.type = value

    @property
    def input_(
        self,
    ) -> (
        list[
            AdditionalToolsItemParam
            | ApplyPatchToolCallItemParam
            | ApplyPatchToolCallOutputItemParam
            | CodeInterpreterToolCall
            | CompactionSummaryItemParam
            | CompactionTriggerItemParam
            | ComputerCallOutputItemParam
            | ComputerToolCall
            | CustomToolCall
            | CustomToolCallOutput
            | EasyInputMessage
            | FileSearchToolCall
            | FunctionCallOutputItemParam
            | FunctionShellCallItemParam
            | FunctionShellCallOutputItemParam
            | FunctionToolCall
            | ImageGenToolCall
            | InputMessage
            | ItemReferenceParam
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | MCPApprovalRequest
            | MCPApprovalResponse
            | MCPListTools
            | MCPToolCall
            | OutputMessage
            | ProgramItemParam
            | ProgramOutputItemParam
            | ReasoningItem
            | ToolSearchCallItemParam
            | ToolSearchOutputItemParam
            | WebSearchToolCall
        ]
        | str
        | Unset
    ):
        """The `input` field, under its former name."""
        return self.input

    @input_.setter
    def input_(
        self,
        value: list[
            AdditionalToolsItemParam
            | ApplyPatchToolCallItemParam
            | ApplyPatchToolCallOutputItemParam
            | CodeInterpreterToolCall
            | CompactionSummaryItemParam
            | CompactionTriggerItemParam
            | ComputerCallOutputItemParam
            | ComputerToolCall
            | CustomToolCall
            | CustomToolCallOutput
            | EasyInputMessage
            | FileSearchToolCall
            | FunctionCallOutputItemParam
            | FunctionShellCallItemParam
            | FunctionShellCallOutputItemParam
            | FunctionToolCall
            | ImageGenToolCall
            | InputMessage
            | ItemReferenceParam
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | MCPApprovalRequest
            | MCPApprovalResponse
            | MCPListTools
            | MCPToolCall
            | OutputMessage
            | ProgramItemParam
            | ProgramOutputItemParam
            | ReasoningItem
            | ToolSearchCallItemParam
            | ToolSearchOutputItemParam
            | WebSearchToolCall
        ]
        | str
        | Unset,
    ) -> None:
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
from ..models.additional_tools_item_param import AdditionalToolsItemParam  # noqa: E402
from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam  # noqa: E402
from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam  # noqa: E402
from ..models.apply_patch_tool_param import ApplyPatchToolParam  # noqa: E402
from ..models.code_interpreter_tool import CodeInterpreterTool  # noqa: E402
from ..models.code_interpreter_tool_call import CodeInterpreterToolCall  # noqa: E402
from ..models.compaction_summary_item_param import CompactionSummaryItemParam  # noqa: E402
from ..models.compaction_trigger_item_param import CompactionTriggerItemParam  # noqa: E402
from ..models.computer_call_output_item_param import ComputerCallOutputItemParam  # noqa: E402
from ..models.computer_tool import ComputerTool  # noqa: E402
from ..models.computer_tool_call import ComputerToolCall  # noqa: E402
from ..models.computer_use_preview_tool import ComputerUsePreviewTool  # noqa: E402
from ..models.context_management_param import ContextManagementParam  # noqa: E402
from ..models.conversation_param_2 import ConversationParam2  # noqa: E402
from ..models.custom_tool_call import CustomToolCall  # noqa: E402
from ..models.custom_tool_call_output import CustomToolCallOutput  # noqa: E402
from ..models.custom_tool_param import CustomToolParam  # noqa: E402
from ..models.easy_input_message import EasyInputMessage  # noqa: E402
from ..models.file_search_tool import FileSearchTool  # noqa: E402
from ..models.file_search_tool_call import FileSearchToolCall  # noqa: E402
from ..models.function_call_output_item_param import FunctionCallOutputItemParam  # noqa: E402
from ..models.function_shell_call_item_param import FunctionShellCallItemParam  # noqa: E402
from ..models.function_shell_call_output_item_param import FunctionShellCallOutputItemParam  # noqa: E402
from ..models.function_shell_tool_param import FunctionShellToolParam  # noqa: E402
from ..models.function_tool import FunctionTool  # noqa: E402
from ..models.function_tool_call import FunctionToolCall  # noqa: E402
from ..models.image_gen_tool import ImageGenTool  # noqa: E402
from ..models.image_gen_tool_call import ImageGenToolCall  # noqa: E402
from ..models.input_message import InputMessage  # noqa: E402
from ..models.item_reference_param import ItemReferenceParam  # noqa: E402
from ..models.local_shell_tool_call import LocalShellToolCall  # noqa: E402
from ..models.local_shell_tool_call_output import LocalShellToolCallOutput  # noqa: E402
from ..models.local_shell_tool_param import LocalShellToolParam  # noqa: E402
from ..models.mcp_approval_request import MCPApprovalRequest  # noqa: E402
from ..models.mcp_approval_response import MCPApprovalResponse  # noqa: E402
from ..models.mcp_list_tools import MCPListTools  # noqa: E402
from ..models.mcp_tool import MCPTool  # noqa: E402
from ..models.mcp_tool_call import MCPToolCall  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
from ..models.moderation_param import ModerationParam  # noqa: E402
from ..models.namespace_tool_param import NamespaceToolParam  # noqa: E402
from ..models.output_message import OutputMessage  # noqa: E402
from ..models.program_item_param import ProgramItemParam  # noqa: E402
from ..models.program_output_item_param import ProgramOutputItemParam  # noqa: E402
from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam  # noqa: E402
from ..models.prompt_cache_options_param import PromptCacheOptionsParam  # noqa: E402
from ..models.prompt_type_0 import PromptType0  # noqa: E402
from ..models.reasoning import Reasoning  # noqa: E402
from ..models.reasoning_item import ReasoningItem  # noqa: E402
from ..models.response_stream_options_type_0 import ResponseStreamOptionsType0  # noqa: E402
from ..models.response_text_param import ResponseTextParam  # noqa: E402
from ..models.specific_apply_patch_param import SpecificApplyPatchParam  # noqa: E402
from ..models.specific_function_shell_param import SpecificFunctionShellParam  # noqa: E402
from ..models.specific_programmatic_tool_calling_param import SpecificProgrammaticToolCallingParam  # noqa: E402
from ..models.tool_choice_allowed import ToolChoiceAllowed  # noqa: E402
from ..models.tool_choice_custom import ToolChoiceCustom  # noqa: E402
from ..models.tool_choice_function import ToolChoiceFunction  # noqa: E402
from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: E402
from ..models.tool_choice_types import ToolChoiceTypes  # noqa: E402
from ..models.tool_search_call_item_param import ToolSearchCallItemParam  # noqa: E402
from ..models.tool_search_output_item_param import ToolSearchOutputItemParam  # noqa: E402
from ..models.tool_search_tool_param import ToolSearchToolParam  # noqa: E402
from ..models.web_search_preview_tool import WebSearchPreviewTool  # noqa: E402
from ..models.web_search_tool import WebSearchTool  # noqa: E402
from ..models.web_search_tool_call import WebSearchToolCall  # noqa: E402

_choose_componentsschemas_tools_array_item = ModelChoice(
    FunctionTool,
    FileSearchTool,
    ComputerTool,
    ComputerUsePreviewTool,
    WebSearchTool,
    MCPTool,
    CodeInterpreterTool,
    ProgrammaticToolCallingParam,
    ImageGenTool,
    LocalShellToolParam,
    FunctionShellToolParam,
    CustomToolParam,
    NamespaceToolParam,
    ToolSearchToolParam,
    WebSearchPreviewTool,
    ApplyPatchToolParam,
)
_choose_tool_choice = ModelChoice(
    ToolChoiceAllowed,
    ToolChoiceTypes,
    ToolChoiceFunction,
    ToolChoiceMCP,
    ToolChoiceCustom,
    SpecificProgrammaticToolCallingParam,
    SpecificApplyPatchParam,
    SpecificFunctionShellParam,
)
_choose_componentsschemas_input_param_type_1_item = ModelChoice(
    EasyInputMessage,
    InputMessage,
    OutputMessage,
    FileSearchToolCall,
    ComputerToolCall,
    ComputerCallOutputItemParam,
    WebSearchToolCall,
    FunctionToolCall,
    FunctionCallOutputItemParam,
    ToolSearchCallItemParam,
    ToolSearchOutputItemParam,
    AdditionalToolsItemParam,
    ReasoningItem,
    CompactionSummaryItemParam,
    ImageGenToolCall,
    CodeInterpreterToolCall,
    LocalShellToolCall,
    LocalShellToolCallOutput,
    FunctionShellCallItemParam,
    FunctionShellCallOutputItemParam,
    ApplyPatchToolCallItemParam,
    ApplyPatchToolCallOutputItemParam,
    MCPListTools,
    MCPApprovalRequest,
    MCPApprovalResponse,
    MCPToolCall,
    CustomToolCallOutput,
    CustomToolCall,
    CompactionTriggerItemParam,
    ItemReferenceParam,
    ProgramItemParam,
    ProgramOutputItemParam,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ResponsesClientEvent._oc_fields = (
    ("type", "type", True, ("const", "response.create")),
    ("stream_id", "stream_id", False, "string"),
    (
        "metadata",
        "metadata",
        False,
        (
            "union",
            (
                MetadataType0,
                "null",
            ),
        ),
    ),
    (
        "top_logprobs",
        "top_logprobs",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "temperature",
        "temperature",
        False,
        (
            "union",
            (
                "number",
                "null",
            ),
        ),
    ),
    (
        "top_p",
        "top_p",
        False,
        (
            "union",
            (
                "number",
                "null",
            ),
        ),
    ),
    ("user", "user", False, "string"),
    (
        "safety_identifier",
        "safety_identifier",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "prompt_cache_key",
        "prompt_cache_key",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "prompt_cache_retention",
        "prompt_cache_retention",
        False,
        (
            "union",
            (
                ("enum", "ResponsesClientEventPromptCacheRetentionType0", ("24h", "in_memory")),
                "null",
            ),
        ),
    ),
    ("prompt_cache_options", "prompt_cache_options", False, PromptCacheOptionsParam),
    (
        "previous_response_id",
        "previous_response_id",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "model",
        "model",
        False,
        (
            "union",
            (
                "string",
                (
                    "enum",
                    "ModelIdsResponsesType1",
                    (
                        "computer-use-preview",
                        "computer-use-preview-2025-03-11",
                        "gpt-5-codex",
                        "gpt-5-pro",
                        "gpt-5-pro-2025-10-06",
                        "gpt-5.1-codex-max",
                        "gpt-5.5-pro",
                        "gpt-5.5-pro-2026-04-23",
                        "gpt-5.6-cyber",
                        "gpt-daybreak-blue-latest",
                        "gpt-daybreak-red-latest",
                        "o1-pro",
                        "o1-pro-2025-03-19",
                        "o3-deep-research",
                        "o3-deep-research-2025-06-26",
                        "o3-pro",
                        "o3-pro-2025-06-10",
                        "o4-mini-deep-research",
                        "o4-mini-deep-research-2025-06-26",
                    ),
                ),
            ),
        ),
    ),
    (
        "background",
        "background",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
    (
        "max_tool_calls",
        "max_tool_calls",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    ("text", "text", False, ResponseTextParam),
    (
        "tools",
        "tools",
        False,
        (
            "list",
            (
                "union",
                (
                    FunctionTool,
                    FileSearchTool,
                    ComputerTool,
                    ComputerUsePreviewTool,
                    WebSearchTool,
                    MCPTool,
                    CodeInterpreterTool,
                    ProgrammaticToolCallingParam,
                    ImageGenTool,
                    LocalShellToolParam,
                    FunctionShellToolParam,
                    CustomToolParam,
                    NamespaceToolParam,
                    ToolSearchToolParam,
                    WebSearchPreviewTool,
                    ApplyPatchToolParam,
                ),
            ),
        ),
    ),
    (
        "tool_choice",
        "tool_choice",
        False,
        (
            "union",
            (
                ("enum", "ToolChoiceOptions", ("auto", "none", "required")),
                ToolChoiceAllowed,
                ToolChoiceTypes,
                ToolChoiceFunction,
                ToolChoiceMCP,
                ToolChoiceCustom,
                SpecificProgrammaticToolCallingParam,
                SpecificApplyPatchParam,
                SpecificFunctionShellParam,
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
    (
        "service_tier",
        "service_tier",
        False,
        (
            "union",
            (
                (
                    "enum",
                    "ServiceTierResponsesType0",
                    ("auto", "default", "fast", "flex", "priority", "scale", "ultrafast"),
                ),
                "null",
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
                ("enum", "ResponsesClientEventTruncationType0", ("auto", "disabled")),
                "null",
            ),
        ),
    ),
    (
        "reasoning",
        "reasoning",
        False,
        (
            "union",
            (
                Reasoning,
                "null",
            ),
        ),
    ),
    (
        "input",
        "input",
        False,
        (
            "union",
            (
                "string",
                (
                    "list",
                    (
                        "union",
                        (
                            EasyInputMessage,
                            InputMessage,
                            OutputMessage,
                            FileSearchToolCall,
                            ComputerToolCall,
                            ComputerCallOutputItemParam,
                            WebSearchToolCall,
                            FunctionToolCall,
                            FunctionCallOutputItemParam,
                            ToolSearchCallItemParam,
                            ToolSearchOutputItemParam,
                            AdditionalToolsItemParam,
                            ReasoningItem,
                            CompactionSummaryItemParam,
                            ImageGenToolCall,
                            CodeInterpreterToolCall,
                            LocalShellToolCall,
                            LocalShellToolCallOutput,
                            FunctionShellCallItemParam,
                            FunctionShellCallOutputItemParam,
                            ApplyPatchToolCallItemParam,
                            ApplyPatchToolCallOutputItemParam,
                            MCPListTools,
                            MCPApprovalRequest,
                            MCPApprovalResponse,
                            MCPToolCall,
                            CustomToolCallOutput,
                            CustomToolCall,
                            CompactionTriggerItemParam,
                            ItemReferenceParam,
                            ProgramItemParam,
                            ProgramOutputItemParam,
                        ),
                    ),
                ),
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
                (
                    "list",
                    (
                        "enum",
                        "IncludeEnum",
                        (
                            "code_interpreter_call.outputs",
                            "computer_call_output.output.image_url",
                            "file_search_call.results",
                            "message.input_image.image_url",
                            "message.output_text.logprobs",
                            "reasoning.encrypted_content",
                            "web_search_call.action.sources",
                            "web_search_call.results",
                        ),
                    ),
                ),
                "null",
            ),
        ),
    ),
    (
        "parallel_tool_calls",
        "parallel_tool_calls",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
    (
        "store",
        "store",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
    (
        "instructions",
        "instructions",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "moderation",
        "moderation",
        False,
        (
            "union",
            (
                ModerationParam,
                "null",
            ),
        ),
    ),
    (
        "stream",
        "stream",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
    (
        "stream_options",
        "stream_options",
        False,
        (
            "union",
            (
                ResponseStreamOptionsType0,
                "null",
            ),
        ),
    ),
    (
        "conversation",
        "conversation",
        False,
        (
            "union",
            (
                "string",
                ConversationParam2,
                "null",
            ),
        ),
    ),
    (
        "context_management",
        "context_management",
        False,
        (
            "union",
            (
                ("list", ContextManagementParam),
                "null",
            ),
        ),
    ),
    (
        "max_output_tokens",
        "max_output_tokens",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
)
