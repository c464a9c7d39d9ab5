# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_extras import ResponseOutputText
from ..models.model_ids_responses_type_1 import (
    ModelIdsResponsesType1,
    check_model_ids_responses_type_1,
)
from ..models.response_prompt_cache_retention_type_0 import (
    ResponsePromptCacheRetentionType0,
    check_response_prompt_cache_retention_type_0,
)
from ..models.response_status import ResponseStatus, check_response_status
from ..models.response_truncation_type_0 import (
    ResponseTruncationType0,
    check_response_truncation_type_0,
)
from ..models.service_tier_responses_type_0 import (
    ServiceTierResponsesType0,
    check_service_tier_responses_type_0,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..types import UNSET, Unset

T = TypeVar("T", bound="Response")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class Response(ResponseOutputText):
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
        object_ (Literal['response'] | Unset): Always 'response'.
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
    object_: Literal["response"] | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | None
        if isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        model: str
        if isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        tools = []
        for componentsschemas_tools_array_item_data in self.tools:
            componentsschemas_tools_array_item: dict[str, Any]
            if isinstance(componentsschemas_tools_array_item_data, FunctionTool):
                componentsschemas_tools_array_item = (
                    componentsschemas_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_tools_array_item_data, FileSearchTool):
                componentsschemas_tools_array_item = (
                    componentsschemas_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_tools_array_item_data, ComputerTool):
                componentsschemas_tools_array_item = (
                    componentsschemas_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_tools_array_item_data, ComputerUsePreviewTool):
                componentsschemas_tools_array_item = (
                    componentsschemas_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_tools_array_item_data, WebSearchTool):
                componentsschemas_tools_array_item = (
                    componentsschemas_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_tools_array_item_data, MCPTool):
                componentsschemas_tools_array_item = (
                    componentsschemas_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_tools_array_item_data, CodeInterpreterTool):
                componentsschemas_tools_array_item = (
                    componentsschemas_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_tools_array_item_data, ProgrammaticToolCallingParam):
                componentsschemas_tools_array_item = (
                    componentsschemas_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_tools_array_item_data, ImageGenTool):
                componentsschemas_tools_array_item = (
                    componentsschemas_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_tools_array_item_data, LocalShellToolParam):
                componentsschemas_tools_array_item = (
                    componentsschemas_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_tools_array_item_data, FunctionShellToolParam):
                componentsschemas_tools_array_item = (
                    componentsschemas_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_tools_array_item_data, CustomToolParam):
                componentsschemas_tools_array_item = (
                    componentsschemas_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_tools_array_item_data, NamespaceToolParam):
                componentsschemas_tools_array_item = (
                    componentsschemas_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_tools_array_item_data, ToolSearchToolParam):
                componentsschemas_tools_array_item = (
                    componentsschemas_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_tools_array_item_data, WebSearchPreviewTool):
                componentsschemas_tools_array_item = (
                    componentsschemas_tools_array_item_data.to_dict()
                )
            else:
                componentsschemas_tools_array_item = (
                    componentsschemas_tools_array_item_data.to_dict()
                )

            tools.append(componentsschemas_tools_array_item)

        tool_choice: dict[str, Any] | str
        if isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, ToolChoiceAllowed):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceTypes):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceFunction):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceMCP):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceCustom):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, SpecificProgrammaticToolCallingParam):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, SpecificApplyPatchParam):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        id = self.id

        created_at = self.created_at

        error: dict[str, Any] | None
        if isinstance(self.error, ResponseErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        output = []
        for output_item_data in self.output:
            output_item: dict[str, Any]
            if isinstance(output_item_data, OutputMessage):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, FileSearchToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, FunctionToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, FunctionToolCallOutputResource):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, WebSearchToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ComputerToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ComputerToolCallOutputResource):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ReasoningItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, Program):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ProgramOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ToolSearchCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ToolSearchOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, AdditionalTools):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, CompactionBody):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ImageGenToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, CodeInterpreterToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, LocalShellToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, LocalShellToolCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, FunctionShellCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, FunctionShellCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ApplyPatchToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ApplyPatchToolCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, MCPToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, MCPListTools):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, MCPApprovalRequest):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, MCPApprovalResponseResource):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, CustomToolCall):
                output_item = output_item_data.to_dict()
            else:
                output_item = output_item_data.to_dict()

            output.append(output_item)

        parallel_tool_calls = self.parallel_tool_calls

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        user = self.user

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_retention: None | str | Unset
        if isinstance(self.prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        elif isinstance(self.prompt_cache_retention, str):
            prompt_cache_retention = self.prompt_cache_retention
        else:
            prompt_cache_retention = self.prompt_cache_retention

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        max_tool_calls: int | None | Unset
        if isinstance(self.max_tool_calls, Unset):
            max_tool_calls = UNSET
        else:
            max_tool_calls = self.max_tool_calls

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, PromptType0):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        elif isinstance(self.service_tier, str):
            service_tier = self.service_tier
        else:
            service_tier = self.service_tier

        truncation: None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        elif isinstance(self.truncation, str):
            truncation = self.truncation
        else:
            truncation = self.truncation

        object_ = self.object_

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        completed_at: float | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        incomplete_details: dict[str, Any] | None | Unset
        if isinstance(self.incomplete_details, Unset):
            incomplete_details = UNSET
        elif isinstance(self.incomplete_details, ResponseIncompleteDetailsType0):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, Reasoning):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        instructions: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        elif isinstance(self.instructions, list):
            instructions = []
            for instructions_type_0_type_1_item_data in self.instructions:
                instructions_type_0_type_1_item: dict[str, Any]
                if isinstance(instructions_type_0_type_1_item_data, EasyInputMessage):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, InputMessage):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, OutputMessage):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, FileSearchToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, ComputerToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, ComputerCallOutputItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, WebSearchToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, FunctionToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, FunctionCallOutputItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, ToolSearchCallItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, ToolSearchOutputItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, AdditionalToolsItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, ReasoningItem):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, CompactionSummaryItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, ImageGenToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, CodeInterpreterToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, LocalShellToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, LocalShellToolCallOutput):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, FunctionShellCallItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(
                    instructions_type_0_type_1_item_data, FunctionShellCallOutputItemParam
                ):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, ApplyPatchToolCallItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(
                    instructions_type_0_type_1_item_data, ApplyPatchToolCallOutputItemParam
                ):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, MCPListTools):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, MCPApprovalRequest):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, MCPApprovalResponse):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, MCPToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, CustomToolCallOutput):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, CustomToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, CompactionTriggerItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, ItemReferenceParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, ProgramItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                else:
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()

                instructions.append(instructions_type_0_type_1_item)

        else:
            instructions = self.instructions

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        prompt_cache_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = self.prompt_cache_options.to_dict()

        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, Moderation):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation

        conversation: dict[str, Any] | None | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, ResponseConversation):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "model": model,
                "tools": tools,
                "tool_choice": tool_choice,
                "id": id,
                "created_at": created_at,
                "error": error,
                "output": output,
                "parallel_tool_calls": parallel_tool_calls,
            }
        )
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if user is not UNSET:
            field_dict["user"] = user
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if background is not UNSET:
            field_dict["background"] = background
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if text is not UNSET:
            field_dict["text"] = text
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if object_ is not UNSET:
            field_dict["object"] = object_
        if status is not UNSET:
            field_dict["status"] = status
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if usage is not UNSET:
            field_dict["usage"] = usage
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_metadata(data: object) -> MetadataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                return componentsschemas_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MetadataType0 | None", data)

        metadata = _parse_metadata(d["metadata"])

        def _parse_model(data: object) -> ModelIdsResponsesType1 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_model_ids_responses_type_1 = check_model_ids_responses_type_1(
                    data
                )

                return componentsschemas_model_ids_responses_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ModelIdsResponsesType1 | str", data)

        model = _parse_model(d["model"])

        tools = []
        _tools = d["tools"]
        for componentsschemas_tools_array_item_data in _tools:

            def _parse_componentsschemas_tools_array_item(
                data: object,
            ) -> (
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
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_0 = FunctionTool.from_dict(data)

                    return componentsschemas_tool_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_1 = FileSearchTool.from_dict(data)

                    return componentsschemas_tool_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_2 = ComputerTool.from_dict(data)

                    return componentsschemas_tool_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_3 = ComputerUsePreviewTool.from_dict(data)

                    return componentsschemas_tool_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_4 = WebSearchTool.from_dict(data)

                    return componentsschemas_tool_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_5 = MCPTool.from_dict(data)

                    return componentsschemas_tool_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_6 = CodeInterpreterTool.from_dict(data)

                    return componentsschemas_tool_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_7 = ProgrammaticToolCallingParam.from_dict(data)

                    return componentsschemas_tool_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_8 = ImageGenTool.from_dict(data)

                    return componentsschemas_tool_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_9 = LocalShellToolParam.from_dict(data)

                    return componentsschemas_tool_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_10 = FunctionShellToolParam.from_dict(data)

                    return componentsschemas_tool_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_11 = CustomToolParam.from_dict(data)

                    return componentsschemas_tool_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_12 = NamespaceToolParam.from_dict(data)

                    return componentsschemas_tool_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_13 = ToolSearchToolParam.from_dict(data)

                    return componentsschemas_tool_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_14 = WebSearchPreviewTool.from_dict(data)

                    return componentsschemas_tool_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_type_15 = ApplyPatchToolParam.from_dict(data)

                return componentsschemas_tool_type_15

            componentsschemas_tools_array_item = _parse_componentsschemas_tools_array_item(
                componentsschemas_tools_array_item_data
            )

            tools.append(componentsschemas_tools_array_item)

        def _parse_tool_choice(
            data: object,
        ) -> (
            SpecificApplyPatchParam
            | SpecificFunctionShellParam
            | SpecificProgrammaticToolCallingParam
            | ToolChoiceAllowed
            | ToolChoiceCustom
            | ToolChoiceFunction
            | ToolChoiceMCP
            | ToolChoiceOptions
            | ToolChoiceTypes
        ):
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_0 = check_tool_choice_options(data)

                return componentsschemas_tool_choice_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_1 = ToolChoiceAllowed.from_dict(data)

                return componentsschemas_tool_choice_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_2 = ToolChoiceTypes.from_dict(data)

                return componentsschemas_tool_choice_param_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_3 = ToolChoiceFunction.from_dict(data)

                return componentsschemas_tool_choice_param_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_4 = ToolChoiceMCP.from_dict(data)

                return componentsschemas_tool_choice_param_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_5 = ToolChoiceCustom.from_dict(data)

                return componentsschemas_tool_choice_param_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_6 = (
                    SpecificProgrammaticToolCallingParam.from_dict(data)
                )

                return componentsschemas_tool_choice_param_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_7 = SpecificApplyPatchParam.from_dict(data)

                return componentsschemas_tool_choice_param_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_tool_choice_param_type_8 = SpecificFunctionShellParam.from_dict(data)

            return componentsschemas_tool_choice_param_type_8

        tool_choice = _parse_tool_choice(d["tool_choice"])

        id = d["id"]

        created_at = d["created_at"]

        def _parse_error(data: object) -> None | ResponseErrorType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_error_type_0 = ResponseErrorType0.from_dict(data)

                return componentsschemas_response_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponseErrorType0", data)

        error = _parse_error(d["error"])

        output = []
        _output = d["output"]
        for output_item_data in _output:

            def _parse_output_item(
                data: object,
            ) -> (
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
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_0 = OutputMessage.from_dict(data)

                    return componentsschemas_output_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_1 = FileSearchToolCall.from_dict(data)

                    return componentsschemas_output_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_2 = FunctionToolCall.from_dict(data)

                    return componentsschemas_output_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_3 = FunctionToolCallOutputResource.from_dict(
                        data
                    )

                    return componentsschemas_output_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_4 = WebSearchToolCall.from_dict(data)

                    return componentsschemas_output_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_5 = ComputerToolCall.from_dict(data)

                    return componentsschemas_output_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_6 = ComputerToolCallOutputResource.from_dict(
                        data
                    )

                    return componentsschemas_output_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_7 = ReasoningItem.from_dict(data)

                    return componentsschemas_output_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_8 = Program.from_dict(data)

                    return componentsschemas_output_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_9 = ProgramOutput.from_dict(data)

                    return componentsschemas_output_item_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_10 = ToolSearchCall.from_dict(data)

                    return componentsschemas_output_item_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_11 = ToolSearchOutput.from_dict(data)

                    return componentsschemas_output_item_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_12 = AdditionalTools.from_dict(data)

                    return componentsschemas_output_item_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_13 = CompactionBody.from_dict(data)

                    return componentsschemas_output_item_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_14 = ImageGenToolCall.from_dict(data)

                    return componentsschemas_output_item_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_15 = CodeInterpreterToolCall.from_dict(data)

                    return componentsschemas_output_item_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_16 = LocalShellToolCall.from_dict(data)

                    return componentsschemas_output_item_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_17 = LocalShellToolCallOutput.from_dict(data)

                    return componentsschemas_output_item_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_18 = FunctionShellCall.from_dict(data)

                    return componentsschemas_output_item_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_19 = FunctionShellCallOutput.from_dict(data)

                    return componentsschemas_output_item_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_20 = ApplyPatchToolCall.from_dict(data)

                    return componentsschemas_output_item_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_21 = ApplyPatchToolCallOutput.from_dict(data)

                    return componentsschemas_output_item_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_22 = MCPToolCall.from_dict(data)

                    return componentsschemas_output_item_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_23 = MCPListTools.from_dict(data)

                    return componentsschemas_output_item_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_24 = MCPApprovalRequest.from_dict(data)

                    return componentsschemas_output_item_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_25 = MCPApprovalResponseResource.from_dict(
                        data
                    )

                    return componentsschemas_output_item_type_25
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_26 = CustomToolCall.from_dict(data)

                    return componentsschemas_output_item_type_26
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_27 = CustomToolCallOutputResource.from_dict(data)

                return componentsschemas_output_item_type_27

            output_item = _parse_output_item(output_item_data)

            output.append(output_item)

        parallel_tool_calls = d["parallel_tool_calls"]

        def _parse_top_logprobs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        top_logprobs = _parse_top_logprobs(d.get("top_logprobs", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        temperature = _parse_temperature(d.get("temperature", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        top_p = _parse_top_p(d.get("top_p", UNSET))

        user = d.get("user", UNSET)

        def _parse_safety_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        safety_identifier = _parse_safety_identifier(d.get("safety_identifier", UNSET))

        def _parse_prompt_cache_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        prompt_cache_key = _parse_prompt_cache_key(d.get("prompt_cache_key", UNSET))

        def _parse_prompt_cache_retention(
            data: object,
        ) -> None | ResponsePromptCacheRetentionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prompt_cache_retention_type_0 = check_response_prompt_cache_retention_type_0(data)

                return prompt_cache_retention_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponsePromptCacheRetentionType0 | Unset", data)

        prompt_cache_retention = _parse_prompt_cache_retention(
            d.get("prompt_cache_retention", UNSET)
        )

        def _parse_previous_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        previous_response_id = _parse_previous_response_id(d.get("previous_response_id", UNSET))

        def _parse_background(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        background = _parse_background(d.get("background", UNSET))

        def _parse_max_tool_calls(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_tool_calls = _parse_max_tool_calls(d.get("max_tool_calls", UNSET))

        _text = d.get("text", UNSET)
        text: ResponseTextParam | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = ResponseTextParam.from_dict(_text)

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

        def _parse_service_tier(data: object) -> None | ServiceTierResponsesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_service_tier_responses_type_0 = (
                    check_service_tier_responses_type_0(data)
                )

                return componentsschemas_service_tier_responses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ServiceTierResponsesType0 | Unset", data)

        service_tier = _parse_service_tier(d.get("service_tier", UNSET))

        def _parse_truncation(data: object) -> None | ResponseTruncationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                truncation_type_0 = check_response_truncation_type_0(data)

                return truncation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponseTruncationType0 | Unset", data)

        truncation = _parse_truncation(d.get("truncation", UNSET))

        object_ = cast("Literal['response'] | Unset", d.get("object", UNSET))
        if object_ != "response" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'response', got '{object_}'")

        _status = d.get("status", UNSET)
        status: ResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_response_status(_status)

        def _parse_completed_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        completed_at = _parse_completed_at(d.get("completed_at", UNSET))

        def _parse_incomplete_details(
            data: object,
        ) -> None | ResponseIncompleteDetailsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incomplete_details_type_0 = ResponseIncompleteDetailsType0.from_dict(data)

                return incomplete_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponseIncompleteDetailsType0 | Unset", data)

        incomplete_details = _parse_incomplete_details(d.get("incomplete_details", UNSET))

        def _parse_reasoning(data: object) -> None | Reasoning | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = Reasoning.from_dict(data)

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Reasoning | Unset", data)

        reasoning = _parse_reasoning(d.get("reasoning", UNSET))

        def _parse_instructions(
            data: object,
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
            | None
            | str
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                instructions_type_0_type_1 = []
                _instructions_type_0_type_1 = data
                for instructions_type_0_type_1_item_data in _instructions_type_0_type_1:

                    def _parse_instructions_type_0_type_1_item(
                        data: object,
                    ) -> (
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
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_item_type_0 = EasyInputMessage.from_dict(data)

                            return componentsschemas_input_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_0 = InputMessage.from_dict(data)

                            return componentsschemas_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_1 = OutputMessage.from_dict(data)

                            return componentsschemas_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_2 = FileSearchToolCall.from_dict(data)

                            return componentsschemas_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_3 = ComputerToolCall.from_dict(data)

                            return componentsschemas_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_4 = ComputerCallOutputItemParam.from_dict(
                                data
                            )

                            return componentsschemas_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_5 = WebSearchToolCall.from_dict(data)

                            return componentsschemas_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_6 = FunctionToolCall.from_dict(data)

                            return componentsschemas_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_7 = FunctionCallOutputItemParam.from_dict(
                                data
                            )

                            return componentsschemas_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_8 = ToolSearchCallItemParam.from_dict(data)

                            return componentsschemas_item_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_9 = ToolSearchOutputItemParam.from_dict(
                                data
                            )

                            return componentsschemas_item_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_10 = AdditionalToolsItemParam.from_dict(
                                data
                            )

                            return componentsschemas_item_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_11 = ReasoningItem.from_dict(data)

                            return componentsschemas_item_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_12 = CompactionSummaryItemParam.from_dict(
                                data
                            )

                            return componentsschemas_item_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_13 = ImageGenToolCall.from_dict(data)

                            return componentsschemas_item_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_14 = CodeInterpreterToolCall.from_dict(data)

                            return componentsschemas_item_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_15 = LocalShellToolCall.from_dict(data)

                            return componentsschemas_item_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_16 = LocalShellToolCallOutput.from_dict(
                                data
                            )

                            return componentsschemas_item_type_16
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_17 = FunctionShellCallItemParam.from_dict(
                                data
                            )

                            return componentsschemas_item_type_17
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_18 = (
                                FunctionShellCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_item_type_18
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_19 = ApplyPatchToolCallItemParam.from_dict(
                                data
                            )

                            return componentsschemas_item_type_19
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_20 = (
                                ApplyPatchToolCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_item_type_20
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_21 = MCPListTools.from_dict(data)

                            return componentsschemas_item_type_21
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_22 = MCPApprovalRequest.from_dict(data)

                            return componentsschemas_item_type_22
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_23 = MCPApprovalResponse.from_dict(data)

                            return componentsschemas_item_type_23
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_24 = MCPToolCall.from_dict(data)

                            return componentsschemas_item_type_24
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_25 = CustomToolCallOutput.from_dict(data)

                            return componentsschemas_item_type_25
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_26 = CustomToolCall.from_dict(data)

                            return componentsschemas_item_type_26
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_item_type_2 = (
                                CompactionTriggerItemParam.from_dict(data)
                            )

                            return componentsschemas_input_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_item_type_3 = ItemReferenceParam.from_dict(data)

                            return componentsschemas_input_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_item_type_4 = ProgramItemParam.from_dict(data)

                            return componentsschemas_input_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_input_item_type_5 = ProgramOutputItemParam.from_dict(data)

                        return componentsschemas_input_item_type_5

                    instructions_type_0_type_1_item = _parse_instructions_type_0_type_1_item(
                        instructions_type_0_type_1_item_data
                    )

                    instructions_type_0_type_1.append(instructions_type_0_type_1_item)

                return instructions_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[AdditionalToolsItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall | FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall | ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ProgramItemParam | ProgramOutputItemParam | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam | WebSearchToolCall] | None | str | Unset",
                data,
            )

        instructions = _parse_instructions(d.get("instructions", UNSET))

        _usage = d.get("usage", UNSET)
        usage: ResponseUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = ResponseUsage.from_dict(_usage)

        _prompt_cache_options = d.get("prompt_cache_options", UNSET)
        prompt_cache_options: PromptCacheOptions | Unset
        if isinstance(_prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        else:
            prompt_cache_options = PromptCacheOptions.from_dict(_prompt_cache_options)

        def _parse_moderation(data: object) -> Moderation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moderation_type_0 = Moderation.from_dict(data)

                return moderation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("Moderation | None | Unset", data)

        moderation = _parse_moderation(d.get("moderation", UNSET))

        def _parse_conversation(data: object) -> None | ResponseConversation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_type_0 = ResponseConversation.from_dict(data)

                return conversation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponseConversation | Unset", data)

        conversation = _parse_conversation(d.get("conversation", UNSET))

        def _parse_max_output_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_output_tokens = _parse_max_output_tokens(d.get("max_output_tokens", UNSET))

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
            object_=object_,
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

        response.additional_properties = _extra_fields(d)
        return response

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
