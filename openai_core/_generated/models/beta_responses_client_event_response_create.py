# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_include_enum import BetaIncludeEnum, check_beta_include_enum
from ..models.beta_model_ids_responses_type_1 import (
    BetaModelIdsResponsesType1,
    check_beta_model_ids_responses_type_1,
)
from ..models.beta_responses_client_event_response_create_prompt_cache_retention_type_0 import (
    BetaResponsesClientEventResponseCreatePromptCacheRetentionType0,
    check_beta_responses_client_event_response_create_prompt_cache_retention_type_0,
)
from ..models.beta_responses_client_event_response_create_truncation_type_0 import (
    BetaResponsesClientEventResponseCreateTruncationType0,
    check_beta_responses_client_event_response_create_truncation_type_0,
)
from ..models.beta_service_tier_responses_type_0 import (
    BetaServiceTierResponsesType0,
    check_beta_service_tier_responses_type_0,
)
from ..models.beta_tool_choice_options import BetaToolChoiceOptions, check_beta_tool_choice_options
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaResponsesClientEventResponseCreate")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
        "multi_agent",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaResponsesClientEventResponseCreate:
    """Schema `BetaResponsesClientEventResponseCreate`.

    Attributes:
        type_ (Literal['response.create']): Always 'response.create'.
        stream_id (str | Unset): Length 1..256. Pattern `^[A-Za-z0-9_.-]+$`.
        metadata (BetaMetadataType0 | None | Unset): Schema `BetaMetadata`.
        top_logprobs (int | None | Unset):
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        user (str | Unset): Deprecated.
        safety_identifier (None | str | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_retention (BetaResponsesClientEventResponseCreatePromptCacheRetentionType0 | None | Unset):
            Deprecated.
        prompt_cache_options (BetaPromptCacheOptionsParam | Unset): Schema `BetaPromptCacheOptionsParam`.
        previous_response_id (None | str | Unset):
        model (BetaModelIdsResponsesType1 | str | Unset): Schema `BetaModelIdsResponses`.
        background (bool | None | Unset):
        max_tool_calls (int | None | Unset):
        text (BetaResponseTextParam | Unset): Schema `BetaResponseTextParam`.
        tools (list[BetaApplyPatchToolParam | BetaCodeInterpreterTool | BetaComputerTool | BetaComputerUsePreviewTool |
            BetaCustomToolParam | BetaFileSearchTool | BetaFunctionShellToolParam | BetaFunctionTool | BetaImageGenTool |
            BetaLocalShellToolParam | BetaMCPTool | BetaNamespaceToolParam | BetaProgrammaticToolCallingParam |
            BetaToolSearchToolParam | BetaWebSearchPreviewTool | BetaWebSearchTool] | Unset): Schema `BetaToolsArray`.
        tool_choice (BetaSpecificApplyPatchParam | BetaSpecificFunctionShellParam |
            BetaSpecificProgrammaticToolCallingParam | BetaToolChoiceAllowed | BetaToolChoiceCustom | BetaToolChoiceFunction
            | BetaToolChoiceMCP | BetaToolChoiceOptions | BetaToolChoiceTypes | Unset): Schema `BetaToolChoiceParam`.
        prompt (BetaPromptType0 | None | Unset): Schema `BetaPrompt`.
        service_tier (BetaServiceTierResponsesType0 | None | Unset): Schema `BetaServiceTierResponses`.
        truncation (BetaResponsesClientEventResponseCreateTruncationType0 | None | Unset): Deprecated.
        reasoning (BetaReasoning | None | Unset):
        input_ (list[BetaAdditionalToolsItemParam | BetaAgentMessageItemParam | BetaApplyPatchToolCallItemParam |
            BetaApplyPatchToolCallOutputItemParam | BetaCodeInterpreterToolCall | BetaCompactionSummaryItemParam |
            BetaCompactionTriggerItemParam | BetaComputerCallOutputItemParam | BetaComputerToolCall | BetaCustomToolCall |
            BetaCustomToolCallOutput | BetaEasyInputMessage | BetaFileSearchToolCall | BetaFunctionCallOutputItemParam |
            BetaFunctionShellCallItemParam | BetaFunctionShellCallOutputItemParam | BetaFunctionToolCall |
            BetaImageGenToolCall | BetaInputMessage | BetaItemReferenceParam | BetaLocalShellToolCall |
            BetaLocalShellToolCallOutput | BetaMCPApprovalRequest | BetaMCPApprovalResponse | BetaMCPListTools |
            BetaMCPToolCall | BetaMultiAgentCallItemParam | BetaMultiAgentCallOutputItemParam | BetaOutputMessage |
            BetaProgramItemParam | BetaProgramOutputItemParam | BetaReasoningItem | BetaToolSearchCallItemParam |
            BetaToolSearchOutputItemParam | BetaWebSearchToolCall] | str | Unset): Schema `BetaInputParam`.
        include (list[BetaIncludeEnum] | None | Unset):
        parallel_tool_calls (bool | None | Unset):
        store (bool | None | Unset):
        instructions (None | str | Unset):
        moderation (BetaModerationParam | None | Unset):
        stream (bool | None | Unset):
        stream_options (BetaResponseStreamOptionsType0 | None | Unset): Schema `BetaResponseStreamOptions`.
        conversation (BetaConversationParam2 | None | str | Unset):
        context_management (list[BetaContextManagementParam] | None | Unset):
        max_output_tokens (int | None | Unset):
        multi_agent (BetaMultiAgentParam | None | Unset):
    """

    type_: Literal["response.create"]
    stream_id: str | Unset = UNSET
    metadata: BetaMetadataType0 | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    user: str | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_retention: (
        BetaResponsesClientEventResponseCreatePromptCacheRetentionType0 | None | Unset
    ) = UNSET
    prompt_cache_options: BetaPromptCacheOptionsParam | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    model: BetaModelIdsResponsesType1 | str | Unset = UNSET
    background: bool | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    text: BetaResponseTextParam | Unset = UNSET
    tools: (
        list[
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
        | Unset
    ) = UNSET
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
        | Unset
    ) = UNSET
    prompt: BetaPromptType0 | None | Unset = UNSET
    service_tier: BetaServiceTierResponsesType0 | None | Unset = UNSET
    truncation: BetaResponsesClientEventResponseCreateTruncationType0 | None | Unset = UNSET
    reasoning: BetaReasoning | None | Unset = UNSET
    input_: (
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
        | str
        | Unset
    ) = UNSET
    include: list[BetaIncludeEnum] | None | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    store: bool | None | Unset = UNSET
    instructions: None | str | Unset = UNSET
    moderation: BetaModerationParam | None | Unset = UNSET
    stream: bool | None | Unset = UNSET
    stream_options: BetaResponseStreamOptionsType0 | None | Unset = UNSET
    conversation: BetaConversationParam2 | None | str | Unset = UNSET
    context_management: list[BetaContextManagementParam] | None | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    multi_agent: BetaMultiAgentParam | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        stream_id = self.stream_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, BetaMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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

        prompt_cache_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = self.prompt_cache_options.to_dict()

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        model: str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

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

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
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
                elif isinstance(
                    componentsschemas_beta_tools_array_item_data, BetaCodeInterpreterTool
                ):
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
                elif isinstance(
                    componentsschemas_beta_tools_array_item_data, BetaLocalShellToolParam
                ):
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
                elif isinstance(
                    componentsschemas_beta_tools_array_item_data, BetaNamespaceToolParam
                ):
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_tools_array_item_data, BetaToolSearchToolParam
                ):
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_tools_array_item_data, BetaWebSearchPreviewTool
                ):
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )
                else:
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )

                tools.append(componentsschemas_beta_tools_array_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
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

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, BetaReasoning):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        input_: list[dict[str, Any]] | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = []
            for componentsschemas_beta_input_param_type_1_item_data in self.input_:
                componentsschemas_beta_input_param_type_1_item: dict[str, Any]
                if isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaEasyInputMessage
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaInputMessage
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaOutputMessage
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaFileSearchToolCall
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaComputerToolCall
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data,
                    BetaComputerCallOutputItemParam,
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaWebSearchToolCall
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaFunctionToolCall
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data,
                    BetaFunctionCallOutputItemParam,
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaAgentMessageItemParam
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaMultiAgentCallItemParam
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data,
                    BetaMultiAgentCallOutputItemParam,
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaToolSearchCallItemParam
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data,
                    BetaToolSearchOutputItemParam,
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data,
                    BetaAdditionalToolsItemParam,
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaReasoningItem
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data,
                    BetaCompactionSummaryItemParam,
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaImageGenToolCall
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaCodeInterpreterToolCall
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaLocalShellToolCall
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data,
                    BetaLocalShellToolCallOutput,
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data,
                    BetaFunctionShellCallItemParam,
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data,
                    BetaFunctionShellCallOutputItemParam,
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data,
                    BetaApplyPatchToolCallItemParam,
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data,
                    BetaApplyPatchToolCallOutputItemParam,
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaMCPListTools
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaMCPApprovalRequest
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaMCPApprovalResponse
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaMCPToolCall
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaCustomToolCallOutput
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaCustomToolCall
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data,
                    BetaCompactionTriggerItemParam,
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaItemReferenceParam
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_param_type_1_item_data, BetaProgramItemParam
                ):
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )
                else:
                    componentsschemas_beta_input_param_type_1_item = (
                        componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    )

                input_.append(componentsschemas_beta_input_param_type_1_item)

        else:
            input_ = self.input_

        include: list[str] | None | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = []
            for include_type_0_item_data in self.include:
                include_type_0_item: str = include_type_0_item_data
                include.append(include_type_0_item)

        else:
            include = self.include

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, BetaModerationParam):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, BetaResponseStreamOptionsType0):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

        conversation: dict[str, Any] | None | str | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, BetaConversationParam2):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation

        context_management: list[dict[str, Any]] | None | Unset
        if isinstance(self.context_management, Unset):
            context_management = UNSET
        elif isinstance(self.context_management, list):
            context_management = []
            for context_management_type_0_item_data in self.context_management:
                context_management_type_0_item = context_management_type_0_item_data.to_dict()
                context_management.append(context_management_type_0_item)

        else:
            context_management = self.context_management

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        multi_agent: dict[str, Any] | None | Unset
        if isinstance(self.multi_agent, Unset):
            multi_agent = UNSET
        elif isinstance(self.multi_agent, BetaMultiAgentParam):
            multi_agent = self.multi_agent.to_dict()
        else:
            multi_agent = self.multi_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if model is not UNSET:
            field_dict["model"] = model
        if background is not UNSET:
            field_dict["background"] = background
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if text is not UNSET:
            field_dict["text"] = text
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if input_ is not UNSET:
            field_dict["input"] = input_
        if include is not UNSET:
            field_dict["include"] = include
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if store is not UNSET:
            field_dict["store"] = store
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if context_management is not UNSET:
            field_dict["context_management"] = context_management
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if multi_agent is not UNSET:
            field_dict["multi_agent"] = multi_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['response.create']", d["type"])
        if type_ != "response.create":
            raise ValueError(f"type must match const 'response.create', got '{type_}'")

        stream_id = d.get("stream_id", UNSET)

        def _parse_metadata(data: object) -> BetaMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_metadata_type_0 = BetaMetadataType0.from_dict(data)

                return componentsschemas_beta_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaMetadataType0 | None | Unset", data)

        metadata = _parse_metadata(d.get("metadata", UNSET))

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
        ) -> BetaResponsesClientEventResponseCreatePromptCacheRetentionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prompt_cache_retention_type_0 = (
                    check_beta_responses_client_event_response_create_prompt_cache_retention_type_0(
                        data
                    )
                )

                return prompt_cache_retention_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "BetaResponsesClientEventResponseCreatePromptCacheRetentionType0 | None | Unset",
                data,
            )

        prompt_cache_retention = _parse_prompt_cache_retention(
            d.get("prompt_cache_retention", UNSET)
        )

        _prompt_cache_options = d.get("prompt_cache_options", UNSET)
        prompt_cache_options: BetaPromptCacheOptionsParam | Unset
        if isinstance(_prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        else:
            prompt_cache_options = BetaPromptCacheOptionsParam.from_dict(_prompt_cache_options)

        def _parse_previous_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        previous_response_id = _parse_previous_response_id(d.get("previous_response_id", UNSET))

        def _parse_model(data: object) -> BetaModelIdsResponsesType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_beta_model_ids_responses_type_1 = (
                    check_beta_model_ids_responses_type_1(data)
                )

                return componentsschemas_beta_model_ids_responses_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaModelIdsResponsesType1 | str | Unset", data)

        model = _parse_model(d.get("model", UNSET))

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

        _tools = d.get("tools", UNSET)
        tools: (
            list[
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
            | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
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
                        componentsschemas_beta_tool_type_3 = BetaComputerUsePreviewTool.from_dict(
                            data
                        )

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
                        componentsschemas_beta_tool_type_7 = (
                            BetaProgrammaticToolCallingParam.from_dict(data)
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
                        componentsschemas_beta_tool_type_10 = BetaFunctionShellToolParam.from_dict(
                            data
                        )

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
                        componentsschemas_beta_tool_type_13 = BetaToolSearchToolParam.from_dict(
                            data
                        )

                        return componentsschemas_beta_tool_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_tool_type_14 = BetaWebSearchPreviewTool.from_dict(
                            data
                        )

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
            | Unset
        ):
            if isinstance(data, Unset):
                return data
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

        tool_choice = _parse_tool_choice(d.get("tool_choice", UNSET))

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

        def _parse_truncation(
            data: object,
        ) -> BetaResponsesClientEventResponseCreateTruncationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                truncation_type_0 = (
                    check_beta_responses_client_event_response_create_truncation_type_0(data)
                )

                return truncation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "BetaResponsesClientEventResponseCreateTruncationType0 | None | Unset", data
            )

        truncation = _parse_truncation(d.get("truncation", UNSET))

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

        def _parse_input_(
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
            | str
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_beta_input_param_type_1 = []
                _componentsschemas_beta_input_param_type_1 = data
                for (
                    componentsschemas_beta_input_param_type_1_item_data
                ) in _componentsschemas_beta_input_param_type_1:

                    def _parse_componentsschemas_beta_input_param_type_1_item(
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

                    componentsschemas_beta_input_param_type_1_item = (
                        _parse_componentsschemas_beta_input_param_type_1_item(
                            componentsschemas_beta_input_param_type_1_item_data
                        )
                    )

                    componentsschemas_beta_input_param_type_1.append(
                        componentsschemas_beta_input_param_type_1_item
                    )

                return componentsschemas_beta_input_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[BetaAdditionalToolsItemParam | BetaAgentMessageItemParam | BetaApplyPatchToolCallItemParam | BetaApplyPatchToolCallOutputItemParam | BetaCodeInterpreterToolCall | BetaCompactionSummaryItemParam | BetaCompactionTriggerItemParam | BetaComputerCallOutputItemParam | BetaComputerToolCall | BetaCustomToolCall | BetaCustomToolCallOutput | BetaEasyInputMessage | BetaFileSearchToolCall | BetaFunctionCallOutputItemParam | BetaFunctionShellCallItemParam | BetaFunctionShellCallOutputItemParam | BetaFunctionToolCall | BetaImageGenToolCall | BetaInputMessage | BetaItemReferenceParam | BetaLocalShellToolCall | BetaLocalShellToolCallOutput | BetaMCPApprovalRequest | BetaMCPApprovalResponse | BetaMCPListTools | BetaMCPToolCall | BetaMultiAgentCallItemParam | BetaMultiAgentCallOutputItemParam | BetaOutputMessage | BetaProgramItemParam | BetaProgramOutputItemParam | BetaReasoningItem | BetaToolSearchCallItemParam | BetaToolSearchOutputItemParam | BetaWebSearchToolCall] | str | Unset",
                data,
            )

        input_ = _parse_input_(d.get("input", UNSET))

        def _parse_include(data: object) -> list[BetaIncludeEnum] | None | Unset:
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
                    include_type_0_item = check_beta_include_enum(include_type_0_item_data)

                    include_type_0.append(include_type_0_item)

                return include_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[BetaIncludeEnum] | None | Unset", data)

        include = _parse_include(d.get("include", UNSET))

        def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        parallel_tool_calls = _parse_parallel_tool_calls(d.get("parallel_tool_calls", UNSET))

        def _parse_store(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        store = _parse_store(d.get("store", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        instructions = _parse_instructions(d.get("instructions", UNSET))

        def _parse_moderation(data: object) -> BetaModerationParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moderation_type_0 = BetaModerationParam.from_dict(data)

                return moderation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaModerationParam | None | Unset", data)

        moderation = _parse_moderation(d.get("moderation", UNSET))

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        stream = _parse_stream(d.get("stream", UNSET))

        def _parse_stream_options(data: object) -> BetaResponseStreamOptionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_response_stream_options_type_0 = (
                    BetaResponseStreamOptionsType0.from_dict(data)
                )

                return componentsschemas_beta_response_stream_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaResponseStreamOptionsType0 | None | Unset", data)

        stream_options = _parse_stream_options(d.get("stream_options", UNSET))

        def _parse_conversation(data: object) -> BetaConversationParam2 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_conversation_param_type_1 = BetaConversationParam2.from_dict(
                    data
                )

                return componentsschemas_beta_conversation_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaConversationParam2 | None | str | Unset", data)

        conversation = _parse_conversation(d.get("conversation", UNSET))

        def _parse_context_management(
            data: object,
        ) -> list[BetaContextManagementParam] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                context_management_type_0 = []
                _context_management_type_0 = data
                for context_management_type_0_item_data in _context_management_type_0:
                    context_management_type_0_item = BetaContextManagementParam.from_dict(
                        context_management_type_0_item_data
                    )

                    context_management_type_0.append(context_management_type_0_item)

                return context_management_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[BetaContextManagementParam] | None | Unset", data)

        context_management = _parse_context_management(d.get("context_management", UNSET))

        def _parse_max_output_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_output_tokens = _parse_max_output_tokens(d.get("max_output_tokens", UNSET))

        def _parse_multi_agent(data: object) -> BetaMultiAgentParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                multi_agent_type_0 = BetaMultiAgentParam.from_dict(data)

                return multi_agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaMultiAgentParam | None | Unset", data)

        multi_agent = _parse_multi_agent(d.get("multi_agent", UNSET))

        beta_responses_client_event_response_create = cls(
            type_=type_,
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
            input_=input_,
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
            multi_agent=multi_agent,
        )

        beta_responses_client_event_response_create.additional_properties = _extra_fields(d)
        return beta_responses_client_event_response_create

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
from ..models.beta_additional_tools_item_param import BetaAdditionalToolsItemParam  # noqa: E402
from ..models.beta_agent_message_item_param import BetaAgentMessageItemParam  # noqa: E402
from ..models.beta_apply_patch_tool_call_item_param import BetaApplyPatchToolCallItemParam  # noqa: E402
from ..models.beta_apply_patch_tool_call_output_item_param import (
    BetaApplyPatchToolCallOutputItemParam,  # noqa: E402
)
from ..models.beta_apply_patch_tool_param import BetaApplyPatchToolParam  # noqa: E402
from ..models.beta_code_interpreter_tool import BetaCodeInterpreterTool  # noqa: E402
from ..models.beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall  # noqa: E402
from ..models.beta_compaction_summary_item_param import BetaCompactionSummaryItemParam  # noqa: E402
from ..models.beta_compaction_trigger_item_param import BetaCompactionTriggerItemParam  # noqa: E402
from ..models.beta_computer_call_output_item_param import BetaComputerCallOutputItemParam  # noqa: E402
from ..models.beta_computer_tool import BetaComputerTool  # noqa: E402
from ..models.beta_computer_tool_call import BetaComputerToolCall  # noqa: E402
from ..models.beta_computer_use_preview_tool import BetaComputerUsePreviewTool  # noqa: E402
from ..models.beta_context_management_param import BetaContextManagementParam  # noqa: E402
from ..models.beta_conversation_param_2 import BetaConversationParam2  # noqa: E402
from ..models.beta_custom_tool_call import BetaCustomToolCall  # noqa: E402
from ..models.beta_custom_tool_call_output import BetaCustomToolCallOutput  # noqa: E402
from ..models.beta_custom_tool_param import BetaCustomToolParam  # noqa: E402
from ..models.beta_easy_input_message import BetaEasyInputMessage  # noqa: E402
from ..models.beta_file_search_tool import BetaFileSearchTool  # noqa: E402
from ..models.beta_file_search_tool_call import BetaFileSearchToolCall  # noqa: E402
from ..models.beta_function_call_output_item_param import BetaFunctionCallOutputItemParam  # noqa: E402
from ..models.beta_function_shell_call_item_param import BetaFunctionShellCallItemParam  # noqa: E402
from ..models.beta_function_shell_call_output_item_param import BetaFunctionShellCallOutputItemParam  # noqa: E402
from ..models.beta_function_shell_tool_param import BetaFunctionShellToolParam  # noqa: E402
from ..models.beta_function_tool import BetaFunctionTool  # noqa: E402
from ..models.beta_function_tool_call import BetaFunctionToolCall  # noqa: E402
from ..models.beta_image_gen_tool import BetaImageGenTool  # noqa: E402
from ..models.beta_image_gen_tool_call import BetaImageGenToolCall  # noqa: E402
from ..models.beta_input_message import BetaInputMessage  # noqa: E402
from ..models.beta_item_reference_param import BetaItemReferenceParam  # noqa: E402
from ..models.beta_local_shell_tool_call import BetaLocalShellToolCall  # noqa: E402
from ..models.beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput  # noqa: E402
from ..models.beta_local_shell_tool_param import BetaLocalShellToolParam  # noqa: E402
from ..models.beta_mcp_approval_request import BetaMCPApprovalRequest  # noqa: E402
from ..models.beta_mcp_approval_response import BetaMCPApprovalResponse  # noqa: E402
from ..models.beta_mcp_list_tools import BetaMCPListTools  # noqa: E402
from ..models.beta_mcp_tool import BetaMCPTool  # noqa: E402
from ..models.beta_mcp_tool_call import BetaMCPToolCall  # noqa: E402
from ..models.beta_metadata_type_0 import BetaMetadataType0  # noqa: E402
from ..models.beta_moderation_param import BetaModerationParam  # noqa: E402
from ..models.beta_multi_agent_call_item_param import BetaMultiAgentCallItemParam  # noqa: E402
from ..models.beta_multi_agent_call_output_item_param import BetaMultiAgentCallOutputItemParam  # noqa: E402
from ..models.beta_multi_agent_param import BetaMultiAgentParam  # noqa: E402
from ..models.beta_namespace_tool_param import BetaNamespaceToolParam  # noqa: E402
from ..models.beta_output_message import BetaOutputMessage  # noqa: E402
from ..models.beta_program_item_param import BetaProgramItemParam  # noqa: E402
from ..models.beta_program_output_item_param import BetaProgramOutputItemParam  # noqa: E402
from ..models.beta_programmatic_tool_calling_param import BetaProgrammaticToolCallingParam  # noqa: E402
from ..models.beta_prompt_cache_options_param import BetaPromptCacheOptionsParam  # noqa: E402
from ..models.beta_prompt_type_0 import BetaPromptType0  # noqa: E402
from ..models.beta_reasoning import BetaReasoning  # noqa: E402
from ..models.beta_reasoning_item import BetaReasoningItem  # noqa: E402
from ..models.beta_response_stream_options_type_0 import BetaResponseStreamOptionsType0  # noqa: E402
from ..models.beta_response_text_param import BetaResponseTextParam  # noqa: E402
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
from ..models.beta_tool_search_call_item_param import BetaToolSearchCallItemParam  # noqa: E402
from ..models.beta_tool_search_output_item_param import BetaToolSearchOutputItemParam  # noqa: E402
from ..models.beta_tool_search_tool_param import BetaToolSearchToolParam  # noqa: E402
from ..models.beta_web_search_preview_tool import BetaWebSearchPreviewTool  # noqa: E402
from ..models.beta_web_search_tool import BetaWebSearchTool  # noqa: E402
from ..models.beta_web_search_tool_call import BetaWebSearchToolCall  # noqa: E402
