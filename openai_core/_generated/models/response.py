# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.model_ids_responses_type_1 import (
    ModelIdsResponsesType1,
)
from ..models.response_prompt_cache_retention_type_0 import (
    ResponsePromptCacheRetentionType0,
)
from ..models.response_status import ResponseStatus
from ..models.response_truncation_type_0 import (
    ResponseTruncationType0,
)
from ..models.service_tier_responses_type_0 import (
    ServiceTierResponsesType0,
)
from ..models.tool_choice_options import ToolChoiceOptions
from ..types import UNSET, Unset

T = TypeVar("T", bound="Response")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "metadata",
        "model",
        "tools",
        "tool_choice",
        "id",
        "created_at",
        "error",
        "output",
        "parallel_tool_calls",
        "top_logprobs",
        "temperature",
        "top_p",
        "user",
        "safety_identifier",
        "prompt_cache_key",
        "prompt_cache_retention",
        "previous_response_id",
        "background",
        "max_tool_calls",
        "text",
        "prompt",
        "service_tier",
        "truncation",
        "object",
        "status",
        "completed_at",
        "incomplete_details",
        "reasoning",
        "instructions",
        "usage",
        "prompt_cache_options",
        "moderation",
        "conversation",
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


def _read_output_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_output_item(data)
    return data


def _read_instructions(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [_read_instructions_type_0_type_1_item(_i1) for _i1 in data]
            if isinstance(data, list)
            else data
        )
    return data


def _read_instructions_type_0_type_1_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_instructions_type_0_type_1_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class Response(_Model):
    """Schema `Response`.

    Attributes:
        metadata (MetadataType0 | None): Schema `Metadata`.
        model (ModelIdsResponsesType1 | str): Schema `ModelIdsResponses`.
        tools (list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam
            | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool |
            NamespaceToolParam | ProgrammaticToolCallingParam | ToolSearchToolParam | WebSearchPreviewTool |
            WebSearchTool]): Schema `ToolsArray`.
        tool_choice (SpecificApplyPatchParam | SpecificFunctionShellParam | SpecificProgrammaticToolCallingParam |
            ToolChoiceAllowed | ToolChoiceCustom | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions |
            ToolChoiceTypes): Schema `ToolChoiceParam`.
        id (str):
        created_at (float):
        error (None | ResponseErrorType0): Schema `ResponseError`.
        output (list[AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall |
            CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall |
            CustomToolCallOutputResource | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput |
            FunctionToolCall | FunctionToolCallOutputResource | ImageGenToolCall | LocalShellToolCall |
            LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall |
            OutputMessage | Program | ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput |
            WebSearchToolCall]):
        parallel_tool_calls (bool): Server default: True. Default: True.
        top_logprobs (int | None | Unset):
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        user (str | Unset): Deprecated.
        safety_identifier (None | str | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_retention (None | ResponsePromptCacheRetentionType0 | Unset): Deprecated.
        previous_response_id (None | str | Unset):
        background (bool | None | Unset):
        max_tool_calls (int | None | Unset):
        text (ResponseTextParam | Unset): Schema `ResponseTextParam`.
        prompt (None | PromptType0 | Unset): Schema `Prompt`.
        service_tier (None | ServiceTierResponsesType0 | Unset): Schema `ServiceTierResponses`.
        truncation (None | ResponseTruncationType0 | Unset):
        object (Literal['response'] | Unset): Always 'response'.
        status (ResponseStatus | Unset): One of: 'completed', 'failed', 'in_progress', 'cancelled', 'queued',
            'incomplete' (others kept).
        completed_at (float | None | Unset):
        incomplete_details (None | ResponseIncompleteDetailsType0 | Unset):
        reasoning (None | Reasoning | Unset):
        instructions (list[AdditionalToolsItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam |
            CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam
            | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall |
            FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall |
            ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput |
            MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ProgramItemParam |
            ProgramOutputItemParam | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam |
            WebSearchToolCall] | None | str | Unset):
        usage (ResponseUsage | Unset): Schema `ResponseUsage`.
        prompt_cache_options (PromptCacheOptions | Unset): Schema `PromptCacheOptions`.
        moderation (Moderation | None | Unset):
        conversation (None | ResponseConversation | Unset):
        max_output_tokens (int | None | Unset):
    """

    metadata: MetadataType0 | None
    model: ModelIdsResponsesType1 | str
    tools: list[
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
    )
    id: str
    created_at: float
    error: None | ResponseErrorType0
    output: list[
        AdditionalTools
        | ApplyPatchToolCall
        | ApplyPatchToolCallOutput
        | CodeInterpreterToolCall
        | CompactionBody
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | CustomToolCall
        | CustomToolCallOutputResource
        | FileSearchToolCall
        | FunctionShellCall
        | FunctionShellCallOutput
        | FunctionToolCall
        | FunctionToolCallOutputResource
        | ImageGenToolCall
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | MCPApprovalRequest
        | MCPApprovalResponseResource
        | MCPListTools
        | MCPToolCall
        | OutputMessage
        | Program
        | ProgramOutput
        | ReasoningItem
        | ToolSearchCall
        | ToolSearchOutput
        | WebSearchToolCall
    ]
    parallel_tool_calls: bool = True
    top_logprobs: int | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    user: str | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_retention: None | ResponsePromptCacheRetentionType0 | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    background: bool | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    text: ResponseTextParam | Unset = UNSET
    prompt: None | PromptType0 | Unset = UNSET
    service_tier: None | ServiceTierResponsesType0 | Unset = UNSET
    truncation: None | ResponseTruncationType0 | Unset = UNSET
    object: Literal["response"] | Unset = UNSET
    status: ResponseStatus | Unset = UNSET
    completed_at: float | None | Unset = UNSET
    incomplete_details: None | ResponseIncompleteDetailsType0 | Unset = UNSET
    reasoning: None | Reasoning | Unset = UNSET
    instructions: (
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
        | None
        | str
        | Unset
    ) = UNSET
    usage: ResponseUsage | Unset = UNSET
    prompt_cache_options: PromptCacheOptions | Unset = UNSET
    moderation: Moderation | None | Unset = UNSET
    conversation: None | ResponseConversation | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "metadata",
        "model",
        "tools",
        "tool_choice",
        "id",
        "created_at",
        "error",
        "output",
        "parallel_tool_calls",
    )
    _oc_consts = {"object": "response"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["metadata"] = dump(self.metadata)
        field_dict["model"] = self.model
        field_dict["tools"] = dump(self.tools)
        field_dict["tool_choice"] = dump(self.tool_choice)
        field_dict["id"] = self.id
        field_dict["created_at"] = self.created_at
        field_dict["error"] = dump(self.error)
        field_dict["output"] = dump(self.output)
        field_dict["parallel_tool_calls"] = self.parallel_tool_calls
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
        if self.previous_response_id is not UNSET:
            field_dict["previous_response_id"] = self.previous_response_id
        if self.background is not UNSET:
            field_dict["background"] = self.background
        if self.max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = self.max_tool_calls
        if self.text is not UNSET:
            field_dict["text"] = dump(self.text)
        if self.prompt is not UNSET:
            field_dict["prompt"] = dump(self.prompt)
        if self.service_tier is not UNSET:
            field_dict["service_tier"] = self.service_tier
        if self.truncation is not UNSET:
            field_dict["truncation"] = self.truncation
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.completed_at is not UNSET:
            field_dict["completed_at"] = self.completed_at
        if self.incomplete_details is not UNSET:
            field_dict["incomplete_details"] = dump(self.incomplete_details)
        if self.reasoning is not UNSET:
            field_dict["reasoning"] = dump(self.reasoning)
        if self.instructions is not UNSET:
            field_dict["instructions"] = dump(self.instructions)
        if self.usage is not UNSET:
            field_dict["usage"] = dump(self.usage)
        if self.prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = dump(self.prompt_cache_options)
        if self.moderation is not UNSET:
            field_dict["moderation"] = dump(self.moderation)
        if self.conversation is not UNSET:
            field_dict["conversation"] = dump(self.conversation)
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
        _metadata = d.get("metadata")
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        model = d.get("model")
        _tools = d.get("tools")
        tools = (
            [_read_componentsschemas_tools_array_item(_i0) for _i0 in _tools]
            if isinstance(_tools, list)
            else _tools
        )
        _tool_choice = d.get("tool_choice")
        tool_choice = _read_tool_choice(_tool_choice)
        id = d.get("id")
        created_at = d.get("created_at")
        _error = d.get("error")
        error = ResponseErrorType0.from_dict(_error) if isinstance(_error, dict) else _error
        _output = d.get("output")
        output = (
            [_read_output_item(_i0) for _i0 in _output] if isinstance(_output, list) else _output
        )
        parallel_tool_calls = d.get("parallel_tool_calls")
        top_logprobs = d.get("top_logprobs", UNSET)
        temperature = d.get("temperature", UNSET)
        top_p = d.get("top_p", UNSET)
        user = d.get("user", UNSET)
        safety_identifier = d.get("safety_identifier", UNSET)
        prompt_cache_key = d.get("prompt_cache_key", UNSET)
        prompt_cache_retention = d.get("prompt_cache_retention", UNSET)
        previous_response_id = d.get("previous_response_id", UNSET)
        background = d.get("background", UNSET)
        max_tool_calls = d.get("max_tool_calls", UNSET)
        _text = d.get("text", UNSET)
        text = ResponseTextParam.from_dict(_text) if isinstance(_text, dict) else _text
        _prompt = d.get("prompt", UNSET)
        prompt = PromptType0.from_dict(_prompt) if isinstance(_prompt, dict) else _prompt
        service_tier = d.get("service_tier", UNSET)
        truncation = d.get("truncation", UNSET)
        object_ = d.get("object", UNSET)
        status = d.get("status", UNSET)
        completed_at = d.get("completed_at", UNSET)
        _incomplete_details = d.get("incomplete_details", UNSET)
        incomplete_details = (
            ResponseIncompleteDetailsType0.from_dict(_incomplete_details)
            if isinstance(_incomplete_details, dict)
            else _incomplete_details
        )
        _reasoning = d.get("reasoning", UNSET)
        reasoning = Reasoning.from_dict(_reasoning) if isinstance(_reasoning, dict) else _reasoning
        _instructions = d.get("instructions", UNSET)
        instructions = _read_instructions(_instructions)
        _usage = d.get("usage", UNSET)
        usage = ResponseUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        _prompt_cache_options = d.get("prompt_cache_options", UNSET)
        prompt_cache_options = (
            PromptCacheOptions.from_dict(_prompt_cache_options)
            if isinstance(_prompt_cache_options, dict)
            else _prompt_cache_options
        )
        _moderation = d.get("moderation", UNSET)
        moderation = (
            Moderation.from_dict(_moderation) if isinstance(_moderation, dict) else _moderation
        )
        _conversation = d.get("conversation", UNSET)
        conversation = (
            ResponseConversation.from_dict(_conversation)
            if isinstance(_conversation, dict)
            else _conversation
        )
        max_output_tokens = d.get("max_output_tokens", UNSET)
        response = cls(
            metadata=metadata,
            model=model,
            tools=tools,
            tool_choice=tool_choice,
            id=id,
            created_at=created_at,
            error=error,
            output=output,
            parallel_tool_calls=parallel_tool_calls,
            top_logprobs=top_logprobs,
            temperature=temperature,
            top_p=top_p,
            user=user,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            previous_response_id=previous_response_id,
            background=background,
            max_tool_calls=max_tool_calls,
            text=text,
            prompt=prompt,
            service_tier=service_tier,
            truncation=truncation,
            object=object_,
            status=status,
            completed_at=completed_at,
            incomplete_details=incomplete_details,
            reasoning=reasoning,
            instructions=instructions,
            usage=usage,
            prompt_cache_options=prompt_cache_options,
            moderation=moderation,
            conversation=conversation,
            max_output_tokens=max_output_tokens,
        )
        if (
            metadata is None
            or model is None
            or tools is None
            or tool_choice is None
            or id is None
            or created_at is None
            or error is None
            or output is None
            or parallel_tool_calls is None
        ):
            response._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            response.additional_properties = _extra_fields(d)
        return response

    @property
    def object_(self) -> Literal["response"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["response"] | Unset) -> None:
        self.object = value

    @property
    def output_text(self) -> str:
        """The text of every `output_text` part of every `message` output item, joined ("" if none)."""
        from ..._model_extras import response_output_text

        return response_output_text(self.output)

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
from ..models.additional_tools import AdditionalTools  # noqa: E402
from ..models.additional_tools_item_param import AdditionalToolsItemParam  # noqa: E402
from ..models.apply_patch_tool_call import ApplyPatchToolCall  # noqa: E402
from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam  # noqa: E402
from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput  # noqa: E402
from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam  # noqa: E402
from ..models.apply_patch_tool_param import ApplyPatchToolParam  # noqa: E402
from ..models.code_interpreter_tool import CodeInterpreterTool  # noqa: E402
from ..models.code_interpreter_tool_call import CodeInterpreterToolCall  # noqa: E402
from ..models.compaction_body import CompactionBody  # noqa: E402
from ..models.compaction_summary_item_param import CompactionSummaryItemParam  # noqa: E402
from ..models.compaction_trigger_item_param import CompactionTriggerItemParam  # noqa: E402
from ..models.computer_call_output_item_param import ComputerCallOutputItemParam  # noqa: E402
from ..models.computer_tool import ComputerTool  # noqa: E402
from ..models.computer_tool_call import ComputerToolCall  # noqa: E402
from ..models.computer_tool_call_output_resource import ComputerToolCallOutputResource  # noqa: E402
from ..models.computer_use_preview_tool import ComputerUsePreviewTool  # noqa: E402
from ..models.custom_tool_call import CustomToolCall  # noqa: E402
from ..models.custom_tool_call_output import CustomToolCallOutput  # noqa: E402
from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource  # noqa: E402
from ..models.custom_tool_param import CustomToolParam  # noqa: E402
from ..models.easy_input_message import EasyInputMessage  # noqa: E402
from ..models.file_search_tool import FileSearchTool  # noqa: E402
from ..models.file_search_tool_call import FileSearchToolCall  # noqa: E402
from ..models.function_call_output_item_param import FunctionCallOutputItemParam  # noqa: E402
from ..models.function_shell_call import FunctionShellCall  # noqa: E402
from ..models.function_shell_call_item_param import FunctionShellCallItemParam  # noqa: E402
from ..models.function_shell_call_output import FunctionShellCallOutput  # noqa: E402
from ..models.function_shell_call_output_item_param import FunctionShellCallOutputItemParam  # noqa: E402
from ..models.function_shell_tool_param import FunctionShellToolParam  # noqa: E402
from ..models.function_tool import FunctionTool  # noqa: E402
from ..models.function_tool_call import FunctionToolCall  # noqa: E402
from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource  # noqa: E402
from ..models.image_gen_tool import ImageGenTool  # noqa: E402
from ..models.image_gen_tool_call import ImageGenToolCall  # noqa: E402
from ..models.input_message import InputMessage  # noqa: E402
from ..models.item_reference_param import ItemReferenceParam  # noqa: E402
from ..models.local_shell_tool_call import LocalShellToolCall  # noqa: E402
from ..models.local_shell_tool_call_output import LocalShellToolCallOutput  # noqa: E402
from ..models.local_shell_tool_param import LocalShellToolParam  # noqa: E402
from ..models.mcp_approval_request import MCPApprovalRequest  # noqa: E402
from ..models.mcp_approval_response import MCPApprovalResponse  # noqa: E402
from ..models.mcp_approval_response_resource import MCPApprovalResponseResource  # noqa: E402
from ..models.mcp_list_tools import MCPListTools  # noqa: E402
from ..models.mcp_tool import MCPTool  # noqa: E402
from ..models.mcp_tool_call import MCPToolCall  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
from ..models.moderation import Moderation  # noqa: E402
from ..models.namespace_tool_param import NamespaceToolParam  # noqa: E402
from ..models.output_message import OutputMessage  # noqa: E402
from ..models.program import Program  # noqa: E402
from ..models.program_item_param import ProgramItemParam  # noqa: E402
from ..models.program_output import ProgramOutput  # noqa: E402
from ..models.program_output_item_param import ProgramOutputItemParam  # noqa: E402
from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam  # noqa: E402
from ..models.prompt_cache_options import PromptCacheOptions  # noqa: E402
from ..models.prompt_type_0 import PromptType0  # noqa: E402
from ..models.reasoning import Reasoning  # noqa: E402
from ..models.reasoning_item import ReasoningItem  # noqa: E402
from ..models.response_conversation import ResponseConversation  # noqa: E402
from ..models.response_error_type_0 import ResponseErrorType0  # noqa: E402
from ..models.response_incomplete_details_type_0 import ResponseIncompleteDetailsType0  # noqa: E402
from ..models.response_text_param import ResponseTextParam  # noqa: E402
from ..models.response_usage import ResponseUsage  # noqa: E402
from ..models.specific_apply_patch_param import SpecificApplyPatchParam  # noqa: E402
from ..models.specific_function_shell_param import SpecificFunctionShellParam  # noqa: E402
from ..models.specific_programmatic_tool_calling_param import SpecificProgrammaticToolCallingParam  # noqa: E402
from ..models.tool_choice_allowed import ToolChoiceAllowed  # noqa: E402
from ..models.tool_choice_custom import ToolChoiceCustom  # noqa: E402
from ..models.tool_choice_function import ToolChoiceFunction  # noqa: E402
from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: E402
from ..models.tool_choice_types import ToolChoiceTypes  # noqa: E402
from ..models.tool_search_call import ToolSearchCall  # noqa: E402
from ..models.tool_search_call_item_param import ToolSearchCallItemParam  # noqa: E402
from ..models.tool_search_output import ToolSearchOutput  # noqa: E402
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
_choose_output_item = ModelChoice(
    OutputMessage,
    FileSearchToolCall,
    FunctionToolCall,
    FunctionToolCallOutputResource,
    WebSearchToolCall,
    ComputerToolCall,
    ComputerToolCallOutputResource,
    ReasoningItem,
    Program,
    ProgramOutput,
    ToolSearchCall,
    ToolSearchOutput,
    AdditionalTools,
    CompactionBody,
    ImageGenToolCall,
    CodeInterpreterToolCall,
    LocalShellToolCall,
    LocalShellToolCallOutput,
    FunctionShellCall,
    FunctionShellCallOutput,
    ApplyPatchToolCall,
    ApplyPatchToolCallOutput,
    MCPToolCall,
    MCPListTools,
    MCPApprovalRequest,
    MCPApprovalResponseResource,
    CustomToolCall,
    CustomToolCallOutputResource,
)
_choose_instructions_type_0_type_1_item = ModelChoice(
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
Response._oc_fields = (
    (
        "metadata",
        "metadata",
        True,
        (
            "union",
            (
                MetadataType0,
                "null",
            ),
        ),
    ),
    (
        "model",
        "model",
        True,
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
        "tools",
        "tools",
        True,
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
        True,
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
    ("id", "id", True, "string"),
    ("created_at", "created_at", True, "number"),
    (
        "error",
        "error",
        True,
        (
            "union",
            (
                ResponseErrorType0,
                "null",
            ),
        ),
    ),
    (
        "output",
        "output",
        True,
        (
            "list",
            (
                "union",
                (
                    OutputMessage,
                    FileSearchToolCall,
                    FunctionToolCall,
                    FunctionToolCallOutputResource,
                    WebSearchToolCall,
                    ComputerToolCall,
                    ComputerToolCallOutputResource,
                    ReasoningItem,
                    Program,
                    ProgramOutput,
                    ToolSearchCall,
                    ToolSearchOutput,
                    AdditionalTools,
                    CompactionBody,
                    ImageGenToolCall,
                    CodeInterpreterToolCall,
                    LocalShellToolCall,
                    LocalShellToolCallOutput,
                    FunctionShellCall,
                    FunctionShellCallOutput,
                    ApplyPatchToolCall,
                    ApplyPatchToolCallOutput,
                    MCPToolCall,
                    MCPListTools,
                    MCPApprovalRequest,
                    MCPApprovalResponseResource,
                    CustomToolCall,
                    CustomToolCallOutputResource,
                ),
            ),
        ),
    ),
    ("parallel_tool_calls", "parallel_tool_calls", True, "boolean"),
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
                ("enum", "ResponsePromptCacheRetentionType0", ("24h", "in_memory")),
                "null",
            ),
        ),
    ),
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
                ("enum", "ResponseTruncationType0", ("auto", "disabled")),
                "null",
            ),
        ),
    ),
    ("object", "object", False, ("const", "response")),
    (
        "status",
        "status",
        False,
        (
            "enum",
            "ResponseStatus",
            ("cancelled", "completed", "failed", "in_progress", "incomplete", "queued"),
        ),
    ),
    (
        "completed_at",
        "completed_at",
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
        "incomplete_details",
        "incomplete_details",
        False,
        (
            "union",
            (
                ResponseIncompleteDetailsType0,
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
        "instructions",
        "instructions",
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
                "null",
            ),
        ),
    ),
    ("usage", "usage", False, ResponseUsage),
    ("prompt_cache_options", "prompt_cache_options", False, PromptCacheOptions),
    (
        "moderation",
        "moderation",
        False,
        (
            "union",
            (
                Moderation,
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
                ResponseConversation,
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
