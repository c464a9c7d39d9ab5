# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_model_ids_responses_type_1 import (
    BetaModelIdsResponsesType1,
    check_beta_model_ids_responses_type_1,
)
from ..models.beta_response_prompt_cache_retention_type_0 import (
    BetaResponsePromptCacheRetentionType0,
    check_beta_response_prompt_cache_retention_type_0,
)
from ..models.beta_response_status import BetaResponseStatus, check_beta_response_status
from ..models.beta_response_truncation_type_0 import (
    BetaResponseTruncationType0,
    check_beta_response_truncation_type_0,
)
from ..models.beta_service_tier_responses_type_0 import (
    BetaServiceTierResponsesType0,
    check_beta_service_tier_responses_type_0,
)
from ..models.beta_tool_choice_options import BetaToolChoiceOptions, check_beta_tool_choice_options
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaResponse")

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
class BetaResponse:
    """Schema `BetaResponse`.

    Attributes:
        metadata (BetaMetadataType0 | None): Schema `BetaMetadata`.
        model (BetaModelIdsResponsesType1 | str): Schema `BetaModelIdsResponses`.
        tools (list[BetaApplyPatchToolParam | BetaCodeInterpreterTool | BetaComputerTool | BetaComputerUsePreviewTool |
            BetaCustomToolParam | BetaFileSearchTool | BetaFunctionShellToolParam | BetaFunctionTool | BetaImageGenTool |
            BetaLocalShellToolParam | BetaMCPTool | BetaNamespaceToolParam | BetaProgrammaticToolCallingParam |
            BetaToolSearchToolParam | BetaWebSearchPreviewTool | BetaWebSearchTool]): Schema `BetaToolsArray`.
        tool_choice (BetaSpecificApplyPatchParam | BetaSpecificFunctionShellParam |
            BetaSpecificProgrammaticToolCallingParam | BetaToolChoiceAllowed | BetaToolChoiceCustom | BetaToolChoiceFunction
            | BetaToolChoiceMCP | BetaToolChoiceOptions | BetaToolChoiceTypes): Schema `BetaToolChoiceParam`.
        id (str):
        created_at (float):
        error (BetaResponseErrorType0 | None): Schema `BetaResponseError`.
        output (list[BetaAdditionalTools | BetaAgentMessage | BetaApplyPatchToolCall | BetaApplyPatchToolCallOutput |
            BetaCodeInterpreterToolCall | BetaCompactionBody | BetaComputerToolCall | BetaComputerToolCallOutputResource |
            BetaCustomToolCall | BetaCustomToolCallOutputResource | BetaFileSearchToolCall | BetaFunctionShellCall |
            BetaFunctionShellCallOutput | BetaFunctionToolCall | BetaFunctionToolCallOutputResource | BetaImageGenToolCall |
            BetaLocalShellToolCall | BetaLocalShellToolCallOutput | BetaMCPApprovalRequest | BetaMCPApprovalResponseResource
            | BetaMCPListTools | BetaMCPToolCall | BetaMultiAgentCall | BetaMultiAgentCallOutput | BetaOutputMessage |
            BetaProgram | BetaProgramOutput | BetaReasoningItem | BetaToolSearchCall | BetaToolSearchOutput |
            BetaWebSearchToolCall]):
        parallel_tool_calls (bool): Server default: True. Default: True.
        top_logprobs (int | None | Unset):
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        user (str | Unset): Deprecated.
        safety_identifier (None | str | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_retention (BetaResponsePromptCacheRetentionType0 | None | Unset): Deprecated.
        previous_response_id (None | str | Unset):
        background (bool | None | Unset):
        max_tool_calls (int | None | Unset):
        text (BetaResponseTextParam | Unset): Schema `BetaResponseTextParam`.
        prompt (BetaPromptType0 | None | Unset): Schema `BetaPrompt`.
        service_tier (BetaServiceTierResponsesType0 | None | Unset): Schema `BetaServiceTierResponses`.
        truncation (BetaResponseTruncationType0 | None | Unset):
        object_ (Literal['response'] | Unset): Always 'response'.
        status (BetaResponseStatus | Unset): One of: 'completed', 'failed', 'in_progress', 'cancelled', 'queued',
            'incomplete' (others kept).
        completed_at (float | None | Unset):
        incomplete_details (BetaResponseIncompleteDetailsType0 | None | Unset):
        reasoning (BetaReasoning | None | Unset):
        instructions (list[BetaAdditionalToolsItemParam | BetaAgentMessageItemParam | BetaApplyPatchToolCallItemParam |
            BetaApplyPatchToolCallOutputItemParam | BetaCodeInterpreterToolCall | BetaCompactionSummaryItemParam |
            BetaCompactionTriggerItemParam | BetaComputerCallOutputItemParam | BetaComputerToolCall | BetaCustomToolCall |
            BetaCustomToolCallOutput | BetaEasyInputMessage | BetaFileSearchToolCall | BetaFunctionCallOutputItemParam |
            BetaFunctionShellCallItemParam | BetaFunctionShellCallOutputItemParam | BetaFunctionToolCall |
            BetaImageGenToolCall | BetaInputMessage | BetaItemReferenceParam | BetaLocalShellToolCall |
            BetaLocalShellToolCallOutput | BetaMCPApprovalRequest | BetaMCPApprovalResponse | BetaMCPListTools |
            BetaMCPToolCall | BetaMultiAgentCallItemParam | BetaMultiAgentCallOutputItemParam | BetaOutputMessage |
            BetaProgramItemParam | BetaProgramOutputItemParam | BetaReasoningItem | BetaToolSearchCallItemParam |
            BetaToolSearchOutputItemParam | BetaWebSearchToolCall] | None | str | Unset):
        usage (BetaResponseUsage | Unset): Schema `BetaResponseUsage`.
        prompt_cache_options (BetaPromptCacheOptions | Unset): Schema `BetaPromptCacheOptions`.
        moderation (BetaModeration | None | Unset):
        conversation (BetaResponseConversation | None | Unset):
        max_output_tokens (int | None | Unset):
    """

    metadata: BetaMetadataType0 | None
    model: BetaModelIdsResponsesType1 | str
    tools: list[
        BetaApplyPatchToolParam
        | BetaCodeInterpreterTool
        | BetaComputerTool
        | BetaComputerUsePreviewTool
        | BetaCustomToolParam
        | BetaFileSearchTool
        | BetaFunctionShellToolParam
        | BetaFunctionTool
        | BetaImageGenTool
        | BetaLocalShellToolParam
        | BetaMCPTool
        | BetaNamespaceToolParam
        | BetaProgrammaticToolCallingParam
        | BetaToolSearchToolParam
        | BetaWebSearchPreviewTool
        | BetaWebSearchTool
    ]
    tool_choice: (
        BetaSpecificApplyPatchParam
        | BetaSpecificFunctionShellParam
        | BetaSpecificProgrammaticToolCallingParam
        | BetaToolChoiceAllowed
        | BetaToolChoiceCustom
        | BetaToolChoiceFunction
        | BetaToolChoiceMCP
        | BetaToolChoiceOptions
        | BetaToolChoiceTypes
    )
    id: str
    created_at: float
    error: BetaResponseErrorType0 | None
    output: list[
        BetaAdditionalTools
        | BetaAgentMessage
        | BetaApplyPatchToolCall
        | BetaApplyPatchToolCallOutput
        | BetaCodeInterpreterToolCall
        | BetaCompactionBody
        | BetaComputerToolCall
        | BetaComputerToolCallOutputResource
        | BetaCustomToolCall
        | BetaCustomToolCallOutputResource
        | BetaFileSearchToolCall
        | BetaFunctionShellCall
        | BetaFunctionShellCallOutput
        | BetaFunctionToolCall
        | BetaFunctionToolCallOutputResource
        | BetaImageGenToolCall
        | BetaLocalShellToolCall
        | BetaLocalShellToolCallOutput
        | BetaMCPApprovalRequest
        | BetaMCPApprovalResponseResource
        | BetaMCPListTools
        | BetaMCPToolCall
        | BetaMultiAgentCall
        | BetaMultiAgentCallOutput
        | BetaOutputMessage
        | BetaProgram
        | BetaProgramOutput
        | BetaReasoningItem
        | BetaToolSearchCall
        | BetaToolSearchOutput
        | BetaWebSearchToolCall
    ]
    parallel_tool_calls: bool = True
    top_logprobs: int | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    user: str | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_retention: BetaResponsePromptCacheRetentionType0 | None | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    background: bool | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    text: BetaResponseTextParam | Unset = UNSET
    prompt: BetaPromptType0 | None | Unset = UNSET
    service_tier: BetaServiceTierResponsesType0 | None | Unset = UNSET
    truncation: BetaResponseTruncationType0 | None | Unset = UNSET
    object_: Literal["response"] | Unset = UNSET
    status: BetaResponseStatus | Unset = UNSET
    completed_at: float | None | Unset = UNSET
    incomplete_details: BetaResponseIncompleteDetailsType0 | None | Unset = UNSET
    reasoning: BetaReasoning | None | Unset = UNSET
    instructions: (
        list[
            BetaAdditionalToolsItemParam
            | BetaAgentMessageItemParam
            | BetaApplyPatchToolCallItemParam
            | BetaApplyPatchToolCallOutputItemParam
            | BetaCodeInterpreterToolCall
            | BetaCompactionSummaryItemParam
            | BetaCompactionTriggerItemParam
            | BetaComputerCallOutputItemParam
            | BetaComputerToolCall
            | BetaCustomToolCall
            | BetaCustomToolCallOutput
            | BetaEasyInputMessage
            | BetaFileSearchToolCall
            | BetaFunctionCallOutputItemParam
            | BetaFunctionShellCallItemParam
            | BetaFunctionShellCallOutputItemParam
            | BetaFunctionToolCall
            | BetaImageGenToolCall
            | BetaInputMessage
            | BetaItemReferenceParam
            | BetaLocalShellToolCall
            | BetaLocalShellToolCallOutput
            | BetaMCPApprovalRequest
            | BetaMCPApprovalResponse
            | BetaMCPListTools
            | BetaMCPToolCall
            | BetaMultiAgentCallItemParam
            | BetaMultiAgentCallOutputItemParam
            | BetaOutputMessage
            | BetaProgramItemParam
            | BetaProgramOutputItemParam
            | BetaReasoningItem
            | BetaToolSearchCallItemParam
            | BetaToolSearchOutputItemParam
            | BetaWebSearchToolCall
        ]
        | None
        | str
        | Unset
    ) = UNSET
    usage: BetaResponseUsage | Unset = UNSET
    prompt_cache_options: BetaPromptCacheOptions | Unset = UNSET
    moderation: BetaModeration | None | Unset = UNSET
    conversation: BetaResponseConversation | None | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | None
        if isinstance(self.metadata, BetaMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        model: str
        if isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        tools = []
        for componentsschemas_beta_tools_array_item_data in self.tools:
            componentsschemas_beta_tools_array_item: dict[str, Any]
            if isinstance(componentsschemas_beta_tools_array_item_data, BetaFunctionTool):
                componentsschemas_beta_tools_array_item = (
                    componentsschemas_beta_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_beta_tools_array_item_data, BetaFileSearchTool):
                componentsschemas_beta_tools_array_item = (
                    componentsschemas_beta_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_beta_tools_array_item_data, BetaComputerTool):
                componentsschemas_beta_tools_array_item = (
                    componentsschemas_beta_tools_array_item_data.to_dict()
                )
            elif isinstance(
                componentsschemas_beta_tools_array_item_data, BetaComputerUsePreviewTool
            ):
                componentsschemas_beta_tools_array_item = (
                    componentsschemas_beta_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_beta_tools_array_item_data, BetaWebSearchTool):
                componentsschemas_beta_tools_array_item = (
                    componentsschemas_beta_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_beta_tools_array_item_data, BetaMCPTool):
                componentsschemas_beta_tools_array_item = (
                    componentsschemas_beta_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_beta_tools_array_item_data, BetaCodeInterpreterTool):
                componentsschemas_beta_tools_array_item = (
                    componentsschemas_beta_tools_array_item_data.to_dict()
                )
            elif isinstance(
                componentsschemas_beta_tools_array_item_data, BetaProgrammaticToolCallingParam
            ):
                componentsschemas_beta_tools_array_item = (
                    componentsschemas_beta_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_beta_tools_array_item_data, BetaImageGenTool):
                componentsschemas_beta_tools_array_item = (
                    componentsschemas_beta_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_beta_tools_array_item_data, BetaLocalShellToolParam):
                componentsschemas_beta_tools_array_item = (
                    componentsschemas_beta_tools_array_item_data.to_dict()
                )
            elif isinstance(
                componentsschemas_beta_tools_array_item_data, BetaFunctionShellToolParam
            ):
                componentsschemas_beta_tools_array_item = (
                    componentsschemas_beta_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_beta_tools_array_item_data, BetaCustomToolParam):
                componentsschemas_beta_tools_array_item = (
                    componentsschemas_beta_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_beta_tools_array_item_data, BetaNamespaceToolParam):
                componentsschemas_beta_tools_array_item = (
                    componentsschemas_beta_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_beta_tools_array_item_data, BetaToolSearchToolParam):
                componentsschemas_beta_tools_array_item = (
                    componentsschemas_beta_tools_array_item_data.to_dict()
                )
            elif isinstance(componentsschemas_beta_tools_array_item_data, BetaWebSearchPreviewTool):
                componentsschemas_beta_tools_array_item = (
                    componentsschemas_beta_tools_array_item_data.to_dict()
                )
            else:
                componentsschemas_beta_tools_array_item = (
                    componentsschemas_beta_tools_array_item_data.to_dict()
                )

            tools.append(componentsschemas_beta_tools_array_item)

        tool_choice: dict[str, Any] | str
        if isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, BetaToolChoiceAllowed):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, BetaToolChoiceTypes):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, BetaToolChoiceFunction):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, BetaToolChoiceMCP):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, BetaToolChoiceCustom):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, BetaSpecificProgrammaticToolCallingParam):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, BetaSpecificApplyPatchParam):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        id = self.id

        created_at = self.created_at

        error: dict[str, Any] | None
        if isinstance(self.error, BetaResponseErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        output = []
        for output_item_data in self.output:
            output_item: dict[str, Any]
            if isinstance(output_item_data, BetaOutputMessage):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaFileSearchToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaFunctionToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaFunctionToolCallOutputResource):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaAgentMessage):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaMultiAgentCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaMultiAgentCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaWebSearchToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaComputerToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaComputerToolCallOutputResource):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaReasoningItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaProgram):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaProgramOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaToolSearchCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaToolSearchOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaAdditionalTools):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaCompactionBody):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaImageGenToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaCodeInterpreterToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaLocalShellToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaLocalShellToolCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaFunctionShellCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaFunctionShellCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaApplyPatchToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaApplyPatchToolCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaMCPToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaMCPListTools):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaMCPApprovalRequest):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaMCPApprovalResponseResource):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaCustomToolCall):
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
        elif isinstance(self.prompt, BetaPromptType0):
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
        elif isinstance(self.incomplete_details, BetaResponseIncompleteDetailsType0):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, BetaReasoning):
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
                if isinstance(instructions_type_0_type_1_item_data, BetaEasyInputMessage):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaInputMessage):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaOutputMessage):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaFileSearchToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaComputerToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(
                    instructions_type_0_type_1_item_data, BetaComputerCallOutputItemParam
                ):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaWebSearchToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaFunctionToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(
                    instructions_type_0_type_1_item_data, BetaFunctionCallOutputItemParam
                ):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaAgentMessageItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaMultiAgentCallItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(
                    instructions_type_0_type_1_item_data, BetaMultiAgentCallOutputItemParam
                ):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaToolSearchCallItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(
                    instructions_type_0_type_1_item_data, BetaToolSearchOutputItemParam
                ):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaAdditionalToolsItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaReasoningItem):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(
                    instructions_type_0_type_1_item_data, BetaCompactionSummaryItemParam
                ):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaImageGenToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaCodeInterpreterToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaLocalShellToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaLocalShellToolCallOutput):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(
                    instructions_type_0_type_1_item_data, BetaFunctionShellCallItemParam
                ):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(
                    instructions_type_0_type_1_item_data, BetaFunctionShellCallOutputItemParam
                ):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(
                    instructions_type_0_type_1_item_data, BetaApplyPatchToolCallItemParam
                ):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(
                    instructions_type_0_type_1_item_data, BetaApplyPatchToolCallOutputItemParam
                ):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaMCPListTools):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaMCPApprovalRequest):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaMCPApprovalResponse):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaMCPToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaCustomToolCallOutput):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaCustomToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(
                    instructions_type_0_type_1_item_data, BetaCompactionTriggerItemParam
                ):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaItemReferenceParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, BetaProgramItemParam):
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
        elif isinstance(self.moderation, BetaModeration):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation

        conversation: dict[str, Any] | None | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, BetaResponseConversation):
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

        def _parse_metadata(data: object) -> BetaMetadataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_metadata_type_0 = BetaMetadataType0.from_dict(data)

                return componentsschemas_beta_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaMetadataType0 | None", data)

        metadata = _parse_metadata(d["metadata"])

        def _parse_model(data: object) -> BetaModelIdsResponsesType1 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_beta_model_ids_responses_type_1 = (
                    check_beta_model_ids_responses_type_1(data)
                )

                return componentsschemas_beta_model_ids_responses_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaModelIdsResponsesType1 | str", data)

        model = _parse_model(d["model"])

        tools = []
        _tools = d["tools"]
        for componentsschemas_beta_tools_array_item_data in _tools:

            def _parse_componentsschemas_beta_tools_array_item(
                data: object,
            ) -> (
                BetaApplyPatchToolParam
                | BetaCodeInterpreterTool
                | BetaComputerTool
                | BetaComputerUsePreviewTool
                | BetaCustomToolParam
                | BetaFileSearchTool
                | BetaFunctionShellToolParam
                | BetaFunctionTool
                | BetaImageGenTool
                | BetaLocalShellToolParam
                | BetaMCPTool
                | BetaNamespaceToolParam
                | BetaProgrammaticToolCallingParam
                | BetaToolSearchToolParam
                | BetaWebSearchPreviewTool
                | BetaWebSearchTool
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_tool_type_0 = BetaFunctionTool.from_dict(data)

                    return componentsschemas_beta_tool_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_tool_type_1 = BetaFileSearchTool.from_dict(data)

                    return componentsschemas_beta_tool_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_tool_type_2 = BetaComputerTool.from_dict(data)

                    return componentsschemas_beta_tool_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_tool_type_3 = BetaComputerUsePreviewTool.from_dict(data)

                    return componentsschemas_beta_tool_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_tool_type_4 = BetaWebSearchTool.from_dict(data)

                    return componentsschemas_beta_tool_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_tool_type_5 = BetaMCPTool.from_dict(data)

                    return componentsschemas_beta_tool_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_tool_type_6 = BetaCodeInterpreterTool.from_dict(data)

                    return componentsschemas_beta_tool_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_tool_type_7 = BetaProgrammaticToolCallingParam.from_dict(
                        data
                    )

                    return componentsschemas_beta_tool_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_tool_type_8 = BetaImageGenTool.from_dict(data)

                    return componentsschemas_beta_tool_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_tool_type_9 = BetaLocalShellToolParam.from_dict(data)

                    return componentsschemas_beta_tool_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_tool_type_10 = BetaFunctionShellToolParam.from_dict(data)

                    return componentsschemas_beta_tool_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_tool_type_11 = BetaCustomToolParam.from_dict(data)

                    return componentsschemas_beta_tool_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_tool_type_12 = BetaNamespaceToolParam.from_dict(data)

                    return componentsschemas_beta_tool_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_tool_type_13 = BetaToolSearchToolParam.from_dict(data)

                    return componentsschemas_beta_tool_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_tool_type_14 = BetaWebSearchPreviewTool.from_dict(data)

                    return componentsschemas_beta_tool_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_type_15 = BetaApplyPatchToolParam.from_dict(data)

                return componentsschemas_beta_tool_type_15

            componentsschemas_beta_tools_array_item = (
                _parse_componentsschemas_beta_tools_array_item(
                    componentsschemas_beta_tools_array_item_data
                )
            )

            tools.append(componentsschemas_beta_tools_array_item)

        def _parse_tool_choice(
            data: object,
        ) -> (
            BetaSpecificApplyPatchParam
            | BetaSpecificFunctionShellParam
            | BetaSpecificProgrammaticToolCallingParam
            | BetaToolChoiceAllowed
            | BetaToolChoiceCustom
            | BetaToolChoiceFunction
            | BetaToolChoiceMCP
            | BetaToolChoiceOptions
            | BetaToolChoiceTypes
        ):
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_beta_tool_choice_param_type_0 = check_beta_tool_choice_options(
                    data
                )

                return componentsschemas_beta_tool_choice_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_choice_param_type_1 = BetaToolChoiceAllowed.from_dict(
                    data
                )

                return componentsschemas_beta_tool_choice_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_choice_param_type_2 = BetaToolChoiceTypes.from_dict(
                    data
                )

                return componentsschemas_beta_tool_choice_param_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_choice_param_type_3 = BetaToolChoiceFunction.from_dict(
                    data
                )

                return componentsschemas_beta_tool_choice_param_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_choice_param_type_4 = BetaToolChoiceMCP.from_dict(data)

                return componentsschemas_beta_tool_choice_param_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_choice_param_type_5 = BetaToolChoiceCustom.from_dict(
                    data
                )

                return componentsschemas_beta_tool_choice_param_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_choice_param_type_6 = (
                    BetaSpecificProgrammaticToolCallingParam.from_dict(data)
                )

                return componentsschemas_beta_tool_choice_param_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_choice_param_type_7 = (
                    BetaSpecificApplyPatchParam.from_dict(data)
                )

                return componentsschemas_beta_tool_choice_param_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_beta_tool_choice_param_type_8 = (
                BetaSpecificFunctionShellParam.from_dict(data)
            )

            return componentsschemas_beta_tool_choice_param_type_8

        tool_choice = _parse_tool_choice(d["tool_choice"])

        id = d["id"]

        created_at = d["created_at"]

        def _parse_error(data: object) -> BetaResponseErrorType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_response_error_type_0 = BetaResponseErrorType0.from_dict(
                    data
                )

                return componentsschemas_beta_response_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaResponseErrorType0 | None", data)

        error = _parse_error(d["error"])

        output = []
        _output = d["output"]
        for output_item_data in _output:

            def _parse_output_item(
                data: object,
            ) -> (
                BetaAdditionalTools
                | BetaAgentMessage
                | BetaApplyPatchToolCall
                | BetaApplyPatchToolCallOutput
                | BetaCodeInterpreterToolCall
                | BetaCompactionBody
                | BetaComputerToolCall
                | BetaComputerToolCallOutputResource
                | BetaCustomToolCall
                | BetaCustomToolCallOutputResource
                | BetaFileSearchToolCall
                | BetaFunctionShellCall
                | BetaFunctionShellCallOutput
                | BetaFunctionToolCall
                | BetaFunctionToolCallOutputResource
                | BetaImageGenToolCall
                | BetaLocalShellToolCall
                | BetaLocalShellToolCallOutput
                | BetaMCPApprovalRequest
                | BetaMCPApprovalResponseResource
                | BetaMCPListTools
                | BetaMCPToolCall
                | BetaMultiAgentCall
                | BetaMultiAgentCallOutput
                | BetaOutputMessage
                | BetaProgram
                | BetaProgramOutput
                | BetaReasoningItem
                | BetaToolSearchCall
                | BetaToolSearchOutput
                | BetaWebSearchToolCall
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_0 = BetaOutputMessage.from_dict(data)

                    return componentsschemas_beta_output_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_1 = BetaFileSearchToolCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_output_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_2 = BetaFunctionToolCall.from_dict(data)

                    return componentsschemas_beta_output_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_3 = (
                        BetaFunctionToolCallOutputResource.from_dict(data)
                    )

                    return componentsschemas_beta_output_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_4 = BetaAgentMessage.from_dict(data)

                    return componentsschemas_beta_output_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_5 = BetaMultiAgentCall.from_dict(data)

                    return componentsschemas_beta_output_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_6 = BetaMultiAgentCallOutput.from_dict(
                        data
                    )

                    return componentsschemas_beta_output_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_7 = BetaWebSearchToolCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_output_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_8 = BetaComputerToolCall.from_dict(data)

                    return componentsschemas_beta_output_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_9 = (
                        BetaComputerToolCallOutputResource.from_dict(data)
                    )

                    return componentsschemas_beta_output_item_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_10 = BetaReasoningItem.from_dict(data)

                    return componentsschemas_beta_output_item_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_11 = BetaProgram.from_dict(data)

                    return componentsschemas_beta_output_item_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_12 = BetaProgramOutput.from_dict(data)

                    return componentsschemas_beta_output_item_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_13 = BetaToolSearchCall.from_dict(data)

                    return componentsschemas_beta_output_item_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_14 = BetaToolSearchOutput.from_dict(
                        data
                    )

                    return componentsschemas_beta_output_item_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_15 = BetaAdditionalTools.from_dict(data)

                    return componentsschemas_beta_output_item_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_16 = BetaCompactionBody.from_dict(data)

                    return componentsschemas_beta_output_item_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_17 = BetaImageGenToolCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_output_item_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_18 = (
                        BetaCodeInterpreterToolCall.from_dict(data)
                    )

                    return componentsschemas_beta_output_item_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_19 = BetaLocalShellToolCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_output_item_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_20 = (
                        BetaLocalShellToolCallOutput.from_dict(data)
                    )

                    return componentsschemas_beta_output_item_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_21 = BetaFunctionShellCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_output_item_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_22 = (
                        BetaFunctionShellCallOutput.from_dict(data)
                    )

                    return componentsschemas_beta_output_item_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_23 = BetaApplyPatchToolCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_output_item_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_24 = (
                        BetaApplyPatchToolCallOutput.from_dict(data)
                    )

                    return componentsschemas_beta_output_item_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_25 = BetaMCPToolCall.from_dict(data)

                    return componentsschemas_beta_output_item_type_25
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_26 = BetaMCPListTools.from_dict(data)

                    return componentsschemas_beta_output_item_type_26
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_27 = BetaMCPApprovalRequest.from_dict(
                        data
                    )

                    return componentsschemas_beta_output_item_type_27
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_28 = (
                        BetaMCPApprovalResponseResource.from_dict(data)
                    )

                    return componentsschemas_beta_output_item_type_28
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_item_type_29 = BetaCustomToolCall.from_dict(data)

                    return componentsschemas_beta_output_item_type_29
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_30 = (
                    BetaCustomToolCallOutputResource.from_dict(data)
                )

                return componentsschemas_beta_output_item_type_30

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
        ) -> BetaResponsePromptCacheRetentionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prompt_cache_retention_type_0 = check_beta_response_prompt_cache_retention_type_0(
                    data
                )

                return prompt_cache_retention_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaResponsePromptCacheRetentionType0 | None | Unset", data)

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
        text: BetaResponseTextParam | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = BetaResponseTextParam.from_dict(_text)

        def _parse_prompt(data: object) -> BetaPromptType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_prompt_type_0 = BetaPromptType0.from_dict(data)

                return componentsschemas_beta_prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaPromptType0 | None | Unset", data)

        prompt = _parse_prompt(d.get("prompt", UNSET))

        def _parse_service_tier(data: object) -> BetaServiceTierResponsesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_beta_service_tier_responses_type_0 = (
                    check_beta_service_tier_responses_type_0(data)
                )

                return componentsschemas_beta_service_tier_responses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaServiceTierResponsesType0 | None | Unset", data)

        service_tier = _parse_service_tier(d.get("service_tier", UNSET))

        def _parse_truncation(data: object) -> BetaResponseTruncationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                truncation_type_0 = check_beta_response_truncation_type_0(data)

                return truncation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaResponseTruncationType0 | None | Unset", data)

        truncation = _parse_truncation(d.get("truncation", UNSET))

        object_ = cast("Literal['response'] | Unset", d.get("object", UNSET))
        if object_ != "response" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'response', got '{object_}'")

        _status = d.get("status", UNSET)
        status: BetaResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_beta_response_status(_status)

        def _parse_completed_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        completed_at = _parse_completed_at(d.get("completed_at", UNSET))

        def _parse_incomplete_details(
            data: object,
        ) -> BetaResponseIncompleteDetailsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incomplete_details_type_0 = BetaResponseIncompleteDetailsType0.from_dict(data)

                return incomplete_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaResponseIncompleteDetailsType0 | None | Unset", data)

        incomplete_details = _parse_incomplete_details(d.get("incomplete_details", UNSET))

        def _parse_reasoning(data: object) -> BetaReasoning | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = BetaReasoning.from_dict(data)

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaReasoning | None | Unset", data)

        reasoning = _parse_reasoning(d.get("reasoning", UNSET))

        def _parse_instructions(
            data: object,
        ) -> (
            list[
                BetaAdditionalToolsItemParam
                | BetaAgentMessageItemParam
                | BetaApplyPatchToolCallItemParam
                | BetaApplyPatchToolCallOutputItemParam
                | BetaCodeInterpreterToolCall
                | BetaCompactionSummaryItemParam
                | BetaCompactionTriggerItemParam
                | BetaComputerCallOutputItemParam
                | BetaComputerToolCall
                | BetaCustomToolCall
                | BetaCustomToolCallOutput
                | BetaEasyInputMessage
                | BetaFileSearchToolCall
                | BetaFunctionCallOutputItemParam
                | BetaFunctionShellCallItemParam
                | BetaFunctionShellCallOutputItemParam
                | BetaFunctionToolCall
                | BetaImageGenToolCall
                | BetaInputMessage
                | BetaItemReferenceParam
                | BetaLocalShellToolCall
                | BetaLocalShellToolCallOutput
                | BetaMCPApprovalRequest
                | BetaMCPApprovalResponse
                | BetaMCPListTools
                | BetaMCPToolCall
                | BetaMultiAgentCallItemParam
                | BetaMultiAgentCallOutputItemParam
                | BetaOutputMessage
                | BetaProgramItemParam
                | BetaProgramOutputItemParam
                | BetaReasoningItem
                | BetaToolSearchCallItemParam
                | BetaToolSearchOutputItemParam
                | BetaWebSearchToolCall
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
                        BetaAdditionalToolsItemParam
                        | BetaAgentMessageItemParam
                        | BetaApplyPatchToolCallItemParam
                        | BetaApplyPatchToolCallOutputItemParam
                        | BetaCodeInterpreterToolCall
                        | BetaCompactionSummaryItemParam
                        | BetaCompactionTriggerItemParam
                        | BetaComputerCallOutputItemParam
                        | BetaComputerToolCall
                        | BetaCustomToolCall
                        | BetaCustomToolCallOutput
                        | BetaEasyInputMessage
                        | BetaFileSearchToolCall
                        | BetaFunctionCallOutputItemParam
                        | BetaFunctionShellCallItemParam
                        | BetaFunctionShellCallOutputItemParam
                        | BetaFunctionToolCall
                        | BetaImageGenToolCall
                        | BetaInputMessage
                        | BetaItemReferenceParam
                        | BetaLocalShellToolCall
                        | BetaLocalShellToolCallOutput
                        | BetaMCPApprovalRequest
                        | BetaMCPApprovalResponse
                        | BetaMCPListTools
                        | BetaMCPToolCall
                        | BetaMultiAgentCallItemParam
                        | BetaMultiAgentCallOutputItemParam
                        | BetaOutputMessage
                        | BetaProgramItemParam
                        | BetaProgramOutputItemParam
                        | BetaReasoningItem
                        | BetaToolSearchCallItemParam
                        | BetaToolSearchOutputItemParam
                        | BetaWebSearchToolCall
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_input_item_type_0 = (
                                BetaEasyInputMessage.from_dict(data)
                            )

                            return componentsschemas_beta_input_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_0 = BetaInputMessage.from_dict(data)

                            return componentsschemas_beta_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_1 = BetaOutputMessage.from_dict(data)

                            return componentsschemas_beta_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_2 = BetaFileSearchToolCall.from_dict(
                                data
                            )

                            return componentsschemas_beta_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_3 = BetaComputerToolCall.from_dict(
                                data
                            )

                            return componentsschemas_beta_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_4 = (
                                BetaComputerCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_5 = BetaWebSearchToolCall.from_dict(
                                data
                            )

                            return componentsschemas_beta_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_6 = BetaFunctionToolCall.from_dict(
                                data
                            )

                            return componentsschemas_beta_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_7 = (
                                BetaFunctionCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_8 = (
                                BetaAgentMessageItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_9 = (
                                BetaMultiAgentCallItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_10 = (
                                BetaMultiAgentCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_11 = (
                                BetaToolSearchCallItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_12 = (
                                BetaToolSearchOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_13 = (
                                BetaAdditionalToolsItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_14 = BetaReasoningItem.from_dict(data)

                            return componentsschemas_beta_item_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_15 = (
                                BetaCompactionSummaryItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_16 = BetaImageGenToolCall.from_dict(
                                data
                            )

                            return componentsschemas_beta_item_type_16
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_17 = (
                                BetaCodeInterpreterToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_17
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_18 = BetaLocalShellToolCall.from_dict(
                                data
                            )

                            return componentsschemas_beta_item_type_18
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_19 = (
                                BetaLocalShellToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_19
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_20 = (
                                BetaFunctionShellCallItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_20
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_21 = (
                                BetaFunctionShellCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_21
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_22 = (
                                BetaApplyPatchToolCallItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_22
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_23 = (
                                BetaApplyPatchToolCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_23
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_24 = BetaMCPListTools.from_dict(data)

                            return componentsschemas_beta_item_type_24
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_25 = BetaMCPApprovalRequest.from_dict(
                                data
                            )

                            return componentsschemas_beta_item_type_25
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_26 = BetaMCPApprovalResponse.from_dict(
                                data
                            )

                            return componentsschemas_beta_item_type_26
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_27 = BetaMCPToolCall.from_dict(data)

                            return componentsschemas_beta_item_type_27
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_28 = (
                                BetaCustomToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_28
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_29 = BetaCustomToolCall.from_dict(data)

                            return componentsschemas_beta_item_type_29
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_input_item_type_2 = (
                                BetaCompactionTriggerItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_input_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_input_item_type_3 = (
                                BetaItemReferenceParam.from_dict(data)
                            )

                            return componentsschemas_beta_input_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_input_item_type_4 = (
                                BetaProgramItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_input_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_input_item_type_5 = (
                            BetaProgramOutputItemParam.from_dict(data)
                        )

                        return componentsschemas_beta_input_item_type_5

                    instructions_type_0_type_1_item = _parse_instructions_type_0_type_1_item(
                        instructions_type_0_type_1_item_data
                    )

                    instructions_type_0_type_1.append(instructions_type_0_type_1_item)

                return instructions_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[BetaAdditionalToolsItemParam | BetaAgentMessageItemParam | BetaApplyPatchToolCallItemParam | BetaApplyPatchToolCallOutputItemParam | BetaCodeInterpreterToolCall | BetaCompactionSummaryItemParam | BetaCompactionTriggerItemParam | BetaComputerCallOutputItemParam | BetaComputerToolCall | BetaCustomToolCall | BetaCustomToolCallOutput | BetaEasyInputMessage | BetaFileSearchToolCall | BetaFunctionCallOutputItemParam | BetaFunctionShellCallItemParam | BetaFunctionShellCallOutputItemParam | BetaFunctionToolCall | BetaImageGenToolCall | BetaInputMessage | BetaItemReferenceParam | BetaLocalShellToolCall | BetaLocalShellToolCallOutput | BetaMCPApprovalRequest | BetaMCPApprovalResponse | BetaMCPListTools | BetaMCPToolCall | BetaMultiAgentCallItemParam | BetaMultiAgentCallOutputItemParam | BetaOutputMessage | BetaProgramItemParam | BetaProgramOutputItemParam | BetaReasoningItem | BetaToolSearchCallItemParam | BetaToolSearchOutputItemParam | BetaWebSearchToolCall] | None | str | Unset",
                data,
            )

        instructions = _parse_instructions(d.get("instructions", UNSET))

        _usage = d.get("usage", UNSET)
        usage: BetaResponseUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = BetaResponseUsage.from_dict(_usage)

        _prompt_cache_options = d.get("prompt_cache_options", UNSET)
        prompt_cache_options: BetaPromptCacheOptions | Unset
        if isinstance(_prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        else:
            prompt_cache_options = BetaPromptCacheOptions.from_dict(_prompt_cache_options)

        def _parse_moderation(data: object) -> BetaModeration | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moderation_type_0 = BetaModeration.from_dict(data)

                return moderation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaModeration | None | Unset", data)

        moderation = _parse_moderation(d.get("moderation", UNSET))

        def _parse_conversation(data: object) -> BetaResponseConversation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_type_0 = BetaResponseConversation.from_dict(data)

                return conversation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaResponseConversation | None | Unset", data)

        conversation = _parse_conversation(d.get("conversation", UNSET))

        def _parse_max_output_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_output_tokens = _parse_max_output_tokens(d.get("max_output_tokens", UNSET))

        beta_response = cls(
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

        beta_response.additional_properties = _extra_fields(d)
        return beta_response

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
from ..models.beta_additional_tools import BetaAdditionalTools  # noqa: E402
from ..models.beta_additional_tools_item_param import BetaAdditionalToolsItemParam  # noqa: E402
from ..models.beta_agent_message import BetaAgentMessage  # noqa: E402
from ..models.beta_agent_message_item_param import BetaAgentMessageItemParam  # noqa: E402
from ..models.beta_apply_patch_tool_call import BetaApplyPatchToolCall  # noqa: E402
from ..models.beta_apply_patch_tool_call_item_param import BetaApplyPatchToolCallItemParam  # noqa: E402
from ..models.beta_apply_patch_tool_call_output import BetaApplyPatchToolCallOutput  # noqa: E402
from ..models.beta_apply_patch_tool_call_output_item_param import (
    BetaApplyPatchToolCallOutputItemParam,  # noqa: E402
)
from ..models.beta_apply_patch_tool_param import BetaApplyPatchToolParam  # noqa: E402
from ..models.beta_code_interpreter_tool import BetaCodeInterpreterTool  # noqa: E402
from ..models.beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall  # noqa: E402
from ..models.beta_compaction_body import BetaCompactionBody  # noqa: E402
from ..models.beta_compaction_summary_item_param import BetaCompactionSummaryItemParam  # noqa: E402
from ..models.beta_compaction_trigger_item_param import BetaCompactionTriggerItemParam  # noqa: E402
from ..models.beta_computer_call_output_item_param import BetaComputerCallOutputItemParam  # noqa: E402
from ..models.beta_computer_tool import BetaComputerTool  # noqa: E402
from ..models.beta_computer_tool_call import BetaComputerToolCall  # noqa: E402
from ..models.beta_computer_tool_call_output_resource import BetaComputerToolCallOutputResource  # noqa: E402
from ..models.beta_computer_use_preview_tool import BetaComputerUsePreviewTool  # noqa: E402
from ..models.beta_custom_tool_call import BetaCustomToolCall  # noqa: E402
from ..models.beta_custom_tool_call_output import BetaCustomToolCallOutput  # noqa: E402
from ..models.beta_custom_tool_call_output_resource import BetaCustomToolCallOutputResource  # noqa: E402
from ..models.beta_custom_tool_param import BetaCustomToolParam  # noqa: E402
from ..models.beta_easy_input_message import BetaEasyInputMessage  # noqa: E402
from ..models.beta_file_search_tool import BetaFileSearchTool  # noqa: E402
from ..models.beta_file_search_tool_call import BetaFileSearchToolCall  # noqa: E402
from ..models.beta_function_call_output_item_param import BetaFunctionCallOutputItemParam  # noqa: E402
from ..models.beta_function_shell_call import BetaFunctionShellCall  # noqa: E402
from ..models.beta_function_shell_call_item_param import BetaFunctionShellCallItemParam  # noqa: E402
from ..models.beta_function_shell_call_output import BetaFunctionShellCallOutput  # noqa: E402
from ..models.beta_function_shell_call_output_item_param import BetaFunctionShellCallOutputItemParam  # noqa: E402
from ..models.beta_function_shell_tool_param import BetaFunctionShellToolParam  # noqa: E402
from ..models.beta_function_tool import BetaFunctionTool  # noqa: E402
from ..models.beta_function_tool_call import BetaFunctionToolCall  # noqa: E402
from ..models.beta_function_tool_call_output_resource import BetaFunctionToolCallOutputResource  # noqa: E402
from ..models.beta_image_gen_tool import BetaImageGenTool  # noqa: E402
from ..models.beta_image_gen_tool_call import BetaImageGenToolCall  # noqa: E402
from ..models.beta_input_message import BetaInputMessage  # noqa: E402
from ..models.beta_item_reference_param import BetaItemReferenceParam  # noqa: E402
from ..models.beta_local_shell_tool_call import BetaLocalShellToolCall  # noqa: E402
from ..models.beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput  # noqa: E402
from ..models.beta_local_shell_tool_param import BetaLocalShellToolParam  # noqa: E402
from ..models.beta_mcp_approval_request import BetaMCPApprovalRequest  # noqa: E402
from ..models.beta_mcp_approval_response import BetaMCPApprovalResponse  # noqa: E402
from ..models.beta_mcp_approval_response_resource import BetaMCPApprovalResponseResource  # noqa: E402
from ..models.beta_mcp_list_tools import BetaMCPListTools  # noqa: E402
from ..models.beta_mcp_tool import BetaMCPTool  # noqa: E402
from ..models.beta_mcp_tool_call import BetaMCPToolCall  # noqa: E402
from ..models.beta_metadata_type_0 import BetaMetadataType0  # noqa: E402
from ..models.beta_moderation import BetaModeration  # noqa: E402
from ..models.beta_multi_agent_call import BetaMultiAgentCall  # noqa: E402
from ..models.beta_multi_agent_call_item_param import BetaMultiAgentCallItemParam  # noqa: E402
from ..models.beta_multi_agent_call_output import BetaMultiAgentCallOutput  # noqa: E402
from ..models.beta_multi_agent_call_output_item_param import BetaMultiAgentCallOutputItemParam  # noqa: E402
from ..models.beta_namespace_tool_param import BetaNamespaceToolParam  # noqa: E402
from ..models.beta_output_message import BetaOutputMessage  # noqa: E402
from ..models.beta_program import BetaProgram  # noqa: E402
from ..models.beta_program_item_param import BetaProgramItemParam  # noqa: E402
from ..models.beta_program_output import BetaProgramOutput  # noqa: E402
from ..models.beta_program_output_item_param import BetaProgramOutputItemParam  # noqa: E402
from ..models.beta_programmatic_tool_calling_param import BetaProgrammaticToolCallingParam  # noqa: E402
from ..models.beta_prompt_cache_options import BetaPromptCacheOptions  # noqa: E402
from ..models.beta_prompt_type_0 import BetaPromptType0  # noqa: E402
from ..models.beta_reasoning import BetaReasoning  # noqa: E402
from ..models.beta_reasoning_item import BetaReasoningItem  # noqa: E402
from ..models.beta_response_conversation import BetaResponseConversation  # noqa: E402
from ..models.beta_response_error_type_0 import BetaResponseErrorType0  # noqa: E402
from ..models.beta_response_incomplete_details_type_0 import BetaResponseIncompleteDetailsType0  # noqa: E402
from ..models.beta_response_text_param import BetaResponseTextParam  # noqa: E402
from ..models.beta_response_usage import BetaResponseUsage  # noqa: E402
from ..models.beta_specific_apply_patch_param import BetaSpecificApplyPatchParam  # noqa: E402
from ..models.beta_specific_function_shell_param import BetaSpecificFunctionShellParam  # noqa: E402
from ..models.beta_specific_programmatic_tool_calling_param import (
    BetaSpecificProgrammaticToolCallingParam,  # noqa: E402
)
from ..models.beta_tool_choice_allowed import BetaToolChoiceAllowed  # noqa: E402
from ..models.beta_tool_choice_custom import BetaToolChoiceCustom  # noqa: E402
from ..models.beta_tool_choice_function import BetaToolChoiceFunction  # noqa: E402
from ..models.beta_tool_choice_mcp import BetaToolChoiceMCP  # noqa: E402
from ..models.beta_tool_choice_types import BetaToolChoiceTypes  # noqa: E402
from ..models.beta_tool_search_call import BetaToolSearchCall  # noqa: E402
from ..models.beta_tool_search_call_item_param import BetaToolSearchCallItemParam  # noqa: E402
from ..models.beta_tool_search_output import BetaToolSearchOutput  # noqa: E402
from ..models.beta_tool_search_output_item_param import BetaToolSearchOutputItemParam  # noqa: E402
from ..models.beta_tool_search_tool_param import BetaToolSearchToolParam  # noqa: E402
from ..models.beta_web_search_preview_tool import BetaWebSearchPreviewTool  # noqa: E402
from ..models.beta_web_search_tool import BetaWebSearchTool  # noqa: E402
from ..models.beta_web_search_tool_call import BetaWebSearchToolCall  # noqa: E402
