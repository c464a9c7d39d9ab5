# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.beta` (7 operations).

Each `...Setters` mixin has one setter per body field and query parameter of its operation; the
hand-written layer composes it with its builder base on first use. The `...Builder` classes in
the last TYPE_CHECKING block name, for the type checker, what the namespace methods return
(for lists, the item type of their pages, which the runtime ListBuilder fills from the answer).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ._base import NamespaceMixin, SetterMixin, defer_path_check

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from typing_extensions import Self, Unpack

    from ..._builders.base import AsyncRequestBuilder, RequestBuilder
    from ..._builders.pagination import AsyncListBuilder, AsyncPage, ListBuilder, Page
    from ..._response import ApiResponse
    from ..models.beta_additional_tools import BetaAdditionalTools
    from ..models.beta_additional_tools_item_param import BetaAdditionalToolsItemParam
    from ..models.beta_agent_message import BetaAgentMessage
    from ..models.beta_agent_message_item_param import BetaAgentMessageItemParam
    from ..models.beta_apply_patch_tool_call import BetaApplyPatchToolCall
    from ..models.beta_apply_patch_tool_call_item_param import BetaApplyPatchToolCallItemParam
    from ..models.beta_apply_patch_tool_call_output import BetaApplyPatchToolCallOutput
    from ..models.beta_apply_patch_tool_call_output_item_param import (
        BetaApplyPatchToolCallOutputItemParam,
    )
    from ..models.beta_apply_patch_tool_param import BetaApplyPatchToolParam
    from ..models.beta_code_interpreter_tool import BetaCodeInterpreterTool
    from ..models.beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall
    from ..models.beta_compact_resource import BetaCompactResource
    from ..models.beta_compaction_body import BetaCompactionBody
    from ..models.beta_compaction_summary_item_param import BetaCompactionSummaryItemParam
    from ..models.beta_compaction_trigger_item_param import BetaCompactionTriggerItemParam
    from ..models.beta_computer_call_output_item_param import BetaComputerCallOutputItemParam
    from ..models.beta_computer_tool import BetaComputerTool
    from ..models.beta_computer_tool_call import BetaComputerToolCall
    from ..models.beta_computer_tool_call_output_resource import BetaComputerToolCallOutputResource
    from ..models.beta_computer_use_preview_tool import BetaComputerUsePreviewTool
    from ..models.beta_context_management_param import BetaContextManagementParam
    from ..models.beta_conversation_param_2 import BetaConversationParam2
    from ..models.beta_custom_tool_call import BetaCustomToolCall
    from ..models.beta_custom_tool_call_output import BetaCustomToolCallOutput
    from ..models.beta_custom_tool_call_output_resource import BetaCustomToolCallOutputResource
    from ..models.beta_custom_tool_call_resource import BetaCustomToolCallResource
    from ..models.beta_custom_tool_param import BetaCustomToolParam
    from ..models.beta_easy_input_message import BetaEasyInputMessage
    from ..models.beta_file_search_tool import BetaFileSearchTool
    from ..models.beta_file_search_tool_call import BetaFileSearchToolCall
    from ..models.beta_function_call_output_item_param import BetaFunctionCallOutputItemParam
    from ..models.beta_function_shell_call import BetaFunctionShellCall
    from ..models.beta_function_shell_call_item_param import BetaFunctionShellCallItemParam
    from ..models.beta_function_shell_call_output import BetaFunctionShellCallOutput
    from ..models.beta_function_shell_call_output_item_param import (
        BetaFunctionShellCallOutputItemParam,
    )
    from ..models.beta_function_shell_tool_param import BetaFunctionShellToolParam
    from ..models.beta_function_tool import BetaFunctionTool
    from ..models.beta_function_tool_call import BetaFunctionToolCall
    from ..models.beta_function_tool_call_output_resource import BetaFunctionToolCallOutputResource
    from ..models.beta_function_tool_call_resource import BetaFunctionToolCallResource
    from ..models.beta_image_gen_tool import BetaImageGenTool
    from ..models.beta_image_gen_tool_call import BetaImageGenToolCall
    from ..models.beta_input_message import BetaInputMessage
    from ..models.beta_input_message_resource import BetaInputMessageResource
    from ..models.beta_item_reference_param import BetaItemReferenceParam
    from ..models.beta_local_shell_tool_call import BetaLocalShellToolCall
    from ..models.beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput
    from ..models.beta_local_shell_tool_param import BetaLocalShellToolParam
    from ..models.beta_mcp_approval_request import BetaMCPApprovalRequest
    from ..models.beta_mcp_approval_response import BetaMCPApprovalResponse
    from ..models.beta_mcp_approval_response_resource import BetaMCPApprovalResponseResource
    from ..models.beta_mcp_list_tools import BetaMCPListTools
    from ..models.beta_mcp_tool import BetaMCPTool
    from ..models.beta_mcp_tool_call import BetaMCPToolCall
    from ..models.beta_metadata_type_0 import BetaMetadataType0
    from ..models.beta_model_ids_responses_type_1 import BetaModelIdsResponsesType1
    from ..models.beta_moderation_param import BetaModerationParam
    from ..models.beta_multi_agent_call import BetaMultiAgentCall
    from ..models.beta_multi_agent_call_item_param import BetaMultiAgentCallItemParam
    from ..models.beta_multi_agent_call_output import BetaMultiAgentCallOutput
    from ..models.beta_multi_agent_call_output_item_param import BetaMultiAgentCallOutputItemParam
    from ..models.beta_multi_agent_param import BetaMultiAgentParam
    from ..models.beta_namespace_tool_param import BetaNamespaceToolParam
    from ..models.beta_output_message import BetaOutputMessage
    from ..models.beta_program import BetaProgram
    from ..models.beta_program_item_param import BetaProgramItemParam
    from ..models.beta_program_output import BetaProgramOutput
    from ..models.beta_program_output_item_param import BetaProgramOutputItemParam
    from ..models.beta_programmatic_tool_calling_param import BetaProgrammaticToolCallingParam
    from ..models.beta_prompt_cache_options_param import BetaPromptCacheOptionsParam
    from ..models.beta_prompt_type_0 import BetaPromptType0
    from ..models.beta_reasoning import BetaReasoning
    from ..models.beta_reasoning_item import BetaReasoningItem
    from ..models.beta_response import BetaResponse
    from ..models.beta_response_stream_options_type_0 import BetaResponseStreamOptionsType0
    from ..models.beta_response_text_param import BetaResponseTextParam
    from ..models.beta_specific_apply_patch_param import BetaSpecificApplyPatchParam
    from ..models.beta_specific_function_shell_param import BetaSpecificFunctionShellParam
    from ..models.beta_specific_programmatic_tool_calling_param import (
        BetaSpecificProgrammaticToolCallingParam,
    )
    from ..models.beta_token_counts_resource import BetaTokenCountsResource
    from ..models.beta_tool_choice_allowed import BetaToolChoiceAllowed
    from ..models.beta_tool_choice_custom import BetaToolChoiceCustom
    from ..models.beta_tool_choice_function import BetaToolChoiceFunction
    from ..models.beta_tool_choice_mcp import BetaToolChoiceMCP
    from ..models.beta_tool_choice_types import BetaToolChoiceTypes
    from ..models.beta_tool_search_call import BetaToolSearchCall
    from ..models.beta_tool_search_call_item_param import BetaToolSearchCallItemParam
    from ..models.beta_tool_search_output import BetaToolSearchOutput
    from ..models.beta_tool_search_output_item_param import BetaToolSearchOutputItemParam
    from ..models.beta_tool_search_tool_param import BetaToolSearchToolParam
    from ..models.beta_web_search_preview_tool import BetaWebSearchPreviewTool
    from ..models.beta_web_search_tool import BetaWebSearchTool
    from ..models.beta_web_search_tool_call import BetaWebSearchToolCall
    from ..params import (
        BetaAdditionalToolsItemParamParam,
        BetaAgentMessageItemParamParam,
        BetaApplyPatchToolCallItemParamParam,
        BetaApplyPatchToolCallOutputItemParamParam,
        BetaApplyPatchToolParamParam,
        BetaCodeInterpreterToolCallParam,
        BetaCodeInterpreterToolParam,
        BetaCompactionSummaryItemParamParam,
        BetaCompactionTriggerItemParamParam,
        BetaComputerCallOutputItemParamParam,
        BetaComputerToolCallParam,
        BetaComputerToolParam,
        BetaComputerUsePreviewToolParam,
        BetaContextManagementParamParam,
        BetaConversationParam2Param,
        BetaCustomToolCallOutputParam,
        BetaCustomToolCallParam,
        BetaCustomToolParamParam,
        BetaEasyInputMessageParam,
        BetaFileSearchToolCallParam,
        BetaFileSearchToolParam,
        BetaFunctionCallOutputItemParamParam,
        BetaFunctionShellCallItemParamParam,
        BetaFunctionShellCallOutputItemParamParam,
        BetaFunctionShellToolParamParam,
        BetaFunctionToolCallParam,
        BetaFunctionToolDict,
        BetaImageGenToolCallParam,
        BetaImageGenToolParam,
        BetaInputMessageParam,
        BetaItemReferenceParamParam,
        BetaLocalShellToolCallOutputParam,
        BetaLocalShellToolCallParam,
        BetaLocalShellToolParamParam,
        BetaMCPApprovalRequestParam,
        BetaMCPApprovalResponseParam,
        BetaMCPListToolsParam,
        BetaMCPToolCallParam,
        BetaMCPToolParam,
        BetaModerationParamParam,
        BetaMultiAgentCallItemParamParam,
        BetaMultiAgentCallOutputItemParamParam,
        BetaMultiAgentParamParam,
        BetaNamespaceToolParamParam,
        BetaOutputMessageParam,
        BetaProgramItemParamParam,
        BetaProgrammaticToolCallingParamParam,
        BetaProgramOutputItemParamParam,
        BetaPromptCacheOptionsParamParam,
        BetaPromptType0Param,
        BetaReasoningItemParam,
        BetaReasoningParam,
        BetaResponsesCancelParams,
        BetaResponsesCompactParams,
        BetaResponsesCreateParams,
        BetaResponsesDeleteParams,
        BetaResponsesInputItemsListParams,
        BetaResponsesInputTokensCountParams,
        BetaResponsesRetrieveParams,
        BetaResponseStreamOptionsType0Param,
        BetaResponseTextParamParam,
        BetaSpecificApplyPatchParamParam,
        BetaSpecificFunctionShellParamParam,
        BetaSpecificProgrammaticToolCallingParamParam,
        BetaToolChoiceAllowedParam,
        BetaToolChoiceCustomParam,
        BetaToolChoiceFunctionParam,
        BetaToolChoiceMCPParam,
        BetaToolChoiceTypesParam,
        BetaToolSearchCallItemParamParam,
        BetaToolSearchOutputItemParamParam,
        BetaToolSearchToolParamParam,
        BetaWebSearchPreviewToolParam,
        BetaWebSearchToolCallParam,
        BetaWebSearchToolParam,
    )

__all__ = [
    "Beta",
    "AsyncBeta",
    "BetaResponses",
    "AsyncBetaResponses",
    "BetaResponsesInputItems",
    "AsyncBetaResponsesInputItems",
    "BetaResponsesInputTokens",
    "AsyncBetaResponsesInputTokens",
    "BetaResponsesCancelSetters",
    "BetaResponsesCompactSetters",
    "BetaResponsesCreateSetters",
    "BetaResponsesDeleteSetters",
    "BetaResponsesInputItemsListSetters",
    "BetaResponsesInputTokensCountSetters",
    "BetaResponsesRetrieveSetters",
]


class BetaResponsesCancelSetters(SetterMixin):
    """Setters of `beta.responses.cancel` (POST /responses/{response_id}/cancel?beta=true): it has no body fields or query parameters."""

    __slots__ = ()


class BetaResponsesCompactSetters(SetterMixin):
    """Setters of `beta.responses.compact` (POST /responses/compact?beta=true)."""

    __slots__ = ()

    def model(self, value: BetaModelIdsResponsesType1 | str | None) -> Self:
        """Set the required body field "model" (string or string enum of 19 values or null)."""
        return self.set("model", value)

    def input(
        self,
        value: Sequence[
            BetaEasyInputMessage
            | BetaInputMessage
            | BetaOutputMessage
            | BetaFileSearchToolCall
            | BetaComputerToolCall
            | BetaComputerCallOutputItemParam
            | BetaWebSearchToolCall
            | BetaFunctionToolCall
            | BetaFunctionCallOutputItemParam
            | BetaAgentMessageItemParam
            | BetaMultiAgentCallItemParam
            | BetaMultiAgentCallOutputItemParam
            | BetaToolSearchCallItemParam
            | BetaToolSearchOutputItemParam
            | BetaAdditionalToolsItemParam
            | BetaReasoningItem
            | BetaCompactionSummaryItemParam
            | BetaImageGenToolCall
            | BetaCodeInterpreterToolCall
            | BetaLocalShellToolCall
            | BetaLocalShellToolCallOutput
            | BetaFunctionShellCallItemParam
            | BetaFunctionShellCallOutputItemParam
            | BetaApplyPatchToolCallItemParam
            | BetaApplyPatchToolCallOutputItemParam
            | BetaMCPListTools
            | BetaMCPApprovalRequest
            | BetaMCPApprovalResponse
            | BetaMCPToolCall
            | BetaCustomToolCallOutput
            | BetaCustomToolCall
            | BetaCompactionTriggerItemParam
            | BetaItemReferenceParam
            | BetaProgramItemParam
            | BetaProgramOutputItemParam
            | BetaEasyInputMessageParam
            | BetaInputMessageParam
            | BetaOutputMessageParam
            | BetaFileSearchToolCallParam
            | BetaComputerToolCallParam
            | BetaComputerCallOutputItemParamParam
            | BetaWebSearchToolCallParam
            | BetaFunctionToolCallParam
            | BetaFunctionCallOutputItemParamParam
            | BetaAgentMessageItemParamParam
            | BetaMultiAgentCallItemParamParam
            | BetaMultiAgentCallOutputItemParamParam
            | BetaToolSearchCallItemParamParam
            | BetaToolSearchOutputItemParamParam
            | BetaAdditionalToolsItemParamParam
            | BetaReasoningItemParam
            | BetaCompactionSummaryItemParamParam
            | BetaImageGenToolCallParam
            | BetaCodeInterpreterToolCallParam
            | BetaLocalShellToolCallParam
            | BetaLocalShellToolCallOutputParam
            | BetaFunctionShellCallItemParamParam
            | BetaFunctionShellCallOutputItemParamParam
            | BetaApplyPatchToolCallItemParamParam
            | BetaApplyPatchToolCallOutputItemParamParam
            | BetaMCPListToolsParam
            | BetaMCPApprovalRequestParam
            | BetaMCPApprovalResponseParam
            | BetaMCPToolCallParam
            | BetaCustomToolCallOutputParam
            | BetaCustomToolCallParam
            | BetaCompactionTriggerItemParamParam
            | BetaItemReferenceParamParam
            | BetaProgramItemParamParam
            | BetaProgramOutputItemParamParam
        ]
        | str
        | None,
    ) -> Self:
        """Set the optional body field "input" (string or array of a union of 35 types or null)."""
        return self.set("input", value)

    def previous_response_id(self, value: str | None) -> Self:
        """Set the optional body field "previous_response_id" (string or null)."""
        return self.set("previous_response_id", value)

    def instructions(self, value: str | None) -> Self:
        """Set the optional body field "instructions" (string or null)."""
        return self.set("instructions", value)

    def prompt_cache_key(self, value: str | None) -> Self:
        """Set the optional body field "prompt_cache_key" (string or null)."""
        return self.set("prompt_cache_key", value)

    def prompt_cache_retention(self, value: Literal["24h", "in_memory"] | str | None) -> Self:
        """Set the optional body field "prompt_cache_retention" ("24h" | "in_memory" or null)."""
        return self.set("prompt_cache_retention", value)

    def prompt_cache_options(
        self, value: BetaPromptCacheOptionsParam | BetaPromptCacheOptionsParamParam | None
    ) -> Self:
        """Set the optional body field "prompt_cache_options" (BetaPromptCacheOptionsParam or null)."""
        return self.set("prompt_cache_options", value)

    def service_tier(
        self, value: Literal["auto", "default", "fast", "flex", "priority"] | str | None
    ) -> Self:
        """Set the optional body field "service_tier" (string enum of 5 values or null)."""
        return self.set("service_tier", value)


class BetaResponsesCreateSetters(SetterMixin):
    """Setters of `beta.responses.create` (POST /responses?beta=true)."""

    __slots__ = ()

    def metadata(self, value: BetaMetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "metadata" (BetaMetadataType0 or null)."""
        return self.set("metadata", value)

    def top_logprobs(self, value: int | None) -> Self:
        """Set the optional body field "top_logprobs" (integer or null)."""
        return self.set("top_logprobs", value)

    def temperature(self, value: float | None) -> Self:
        """Set the optional body field "temperature" (number or null)."""
        return self.set("temperature", value)

    def top_p(self, value: float | None) -> Self:
        """Set the optional body field "top_p" (number or null)."""
        return self.set("top_p", value)

    def user(self, value: str) -> Self:
        """Set the optional body field "user" (string)."""
        return self.set("user", value)

    def safety_identifier(self, value: str | None) -> Self:
        """Set the optional body field "safety_identifier" (string or null)."""
        return self.set("safety_identifier", value)

    def prompt_cache_key(self, value: str | None) -> Self:
        """Set the optional body field "prompt_cache_key" (string or null)."""
        return self.set("prompt_cache_key", value)

    def prompt_cache_retention(self, value: Literal["24h", "in_memory"] | str | None) -> Self:
        """Set the optional body field "prompt_cache_retention" ("24h" | "in_memory" or null)."""
        return self.set("prompt_cache_retention", value)

    def prompt_cache_options(
        self, value: BetaPromptCacheOptionsParam | BetaPromptCacheOptionsParamParam
    ) -> Self:
        """Set the optional body field "prompt_cache_options" (BetaPromptCacheOptionsParam)."""
        return self.set("prompt_cache_options", value)

    def previous_response_id(self, value: str | None) -> Self:
        """Set the optional body field "previous_response_id" (string or null)."""
        return self.set("previous_response_id", value)

    def model(self, value: BetaModelIdsResponsesType1 | str) -> Self:
        """Set the optional body field "model" (string or string enum of 19 values)."""
        return self.set("model", value)

    def background(self, value: bool | None) -> Self:
        """Set the optional body field "background" (boolean or null)."""
        return self.set("background", value)

    def max_tool_calls(self, value: int | None) -> Self:
        """Set the optional body field "max_tool_calls" (integer or null)."""
        return self.set("max_tool_calls", value)

    def text(self, value: BetaResponseTextParam | BetaResponseTextParamParam) -> Self:
        """Set the optional body field "text" (BetaResponseTextParam)."""
        return self.set("text", value)

    def tools(
        self,
        value: Sequence[
            BetaFunctionTool
            | BetaFileSearchTool
            | BetaComputerTool
            | BetaComputerUsePreviewTool
            | BetaWebSearchTool
            | BetaMCPTool
            | BetaCodeInterpreterTool
            | BetaProgrammaticToolCallingParam
            | BetaImageGenTool
            | BetaLocalShellToolParam
            | BetaFunctionShellToolParam
            | BetaCustomToolParam
            | BetaNamespaceToolParam
            | BetaToolSearchToolParam
            | BetaWebSearchPreviewTool
            | BetaApplyPatchToolParam
            | BetaFunctionToolDict
            | BetaFileSearchToolParam
            | BetaComputerToolParam
            | BetaComputerUsePreviewToolParam
            | BetaWebSearchToolParam
            | BetaMCPToolParam
            | BetaCodeInterpreterToolParam
            | BetaProgrammaticToolCallingParamParam
            | BetaImageGenToolParam
            | BetaLocalShellToolParamParam
            | BetaFunctionShellToolParamParam
            | BetaCustomToolParamParam
            | BetaNamespaceToolParamParam
            | BetaToolSearchToolParamParam
            | BetaWebSearchPreviewToolParam
            | BetaApplyPatchToolParamParam
        ],
    ) -> Self:
        """Set the optional body field "tools" (array of a union of 16 types)."""
        return self.set("tools", value)

    def tool_choice(
        self,
        value: Literal["auto", "none", "required"]
        | BetaToolChoiceAllowed
        | BetaToolChoiceTypes
        | BetaToolChoiceFunction
        | BetaToolChoiceMCP
        | BetaToolChoiceCustom
        | BetaSpecificProgrammaticToolCallingParam
        | BetaSpecificApplyPatchParam
        | BetaSpecificFunctionShellParam
        | BetaToolChoiceAllowedParam
        | BetaToolChoiceTypesParam
        | BetaToolChoiceFunctionParam
        | BetaToolChoiceMCPParam
        | BetaToolChoiceCustomParam
        | BetaSpecificProgrammaticToolCallingParamParam
        | BetaSpecificApplyPatchParamParam
        | BetaSpecificFunctionShellParamParam
        | str,
    ) -> Self:
        """Set the optional body field "tool_choice" (a union of 9 types)."""
        return self.set("tool_choice", value)

    def prompt(self, value: BetaPromptType0 | BetaPromptType0Param | None) -> Self:
        """Set the optional body field "prompt" (BetaPromptType0 or null)."""
        return self.set("prompt", value)

    def service_tier(
        self,
        value: Literal["auto", "default", "fast", "flex", "priority", "scale", "ultrafast"]
        | str
        | None,
    ) -> Self:
        """Set the optional body field "service_tier" (string enum of 7 values or null)."""
        return self.set("service_tier", value)

    def truncation(self, value: Literal["auto", "disabled"] | str | None) -> Self:
        """Set the optional body field "truncation" ("auto" | "disabled" or null)."""
        return self.set("truncation", value)

    def reasoning(self, value: BetaReasoning | BetaReasoningParam | None) -> Self:
        """Set the optional body field "reasoning" (BetaReasoning or null)."""
        return self.set("reasoning", value)

    def input(
        self,
        value: Sequence[
            BetaEasyInputMessage
            | BetaInputMessage
            | BetaOutputMessage
            | BetaFileSearchToolCall
            | BetaComputerToolCall
            | BetaComputerCallOutputItemParam
            | BetaWebSearchToolCall
            | BetaFunctionToolCall
            | BetaFunctionCallOutputItemParam
            | BetaAgentMessageItemParam
            | BetaMultiAgentCallItemParam
            | BetaMultiAgentCallOutputItemParam
            | BetaToolSearchCallItemParam
            | BetaToolSearchOutputItemParam
            | BetaAdditionalToolsItemParam
            | BetaReasoningItem
            | BetaCompactionSummaryItemParam
            | BetaImageGenToolCall
            | BetaCodeInterpreterToolCall
            | BetaLocalShellToolCall
            | BetaLocalShellToolCallOutput
            | BetaFunctionShellCallItemParam
            | BetaFunctionShellCallOutputItemParam
            | BetaApplyPatchToolCallItemParam
            | BetaApplyPatchToolCallOutputItemParam
            | BetaMCPListTools
            | BetaMCPApprovalRequest
            | BetaMCPApprovalResponse
            | BetaMCPToolCall
            | BetaCustomToolCallOutput
            | BetaCustomToolCall
            | BetaCompactionTriggerItemParam
            | BetaItemReferenceParam
            | BetaProgramItemParam
            | BetaProgramOutputItemParam
            | BetaEasyInputMessageParam
            | BetaInputMessageParam
            | BetaOutputMessageParam
            | BetaFileSearchToolCallParam
            | BetaComputerToolCallParam
            | BetaComputerCallOutputItemParamParam
            | BetaWebSearchToolCallParam
            | BetaFunctionToolCallParam
            | BetaFunctionCallOutputItemParamParam
            | BetaAgentMessageItemParamParam
            | BetaMultiAgentCallItemParamParam
            | BetaMultiAgentCallOutputItemParamParam
            | BetaToolSearchCallItemParamParam
            | BetaToolSearchOutputItemParamParam
            | BetaAdditionalToolsItemParamParam
            | BetaReasoningItemParam
            | BetaCompactionSummaryItemParamParam
            | BetaImageGenToolCallParam
            | BetaCodeInterpreterToolCallParam
            | BetaLocalShellToolCallParam
            | BetaLocalShellToolCallOutputParam
            | BetaFunctionShellCallItemParamParam
            | BetaFunctionShellCallOutputItemParamParam
            | BetaApplyPatchToolCallItemParamParam
            | BetaApplyPatchToolCallOutputItemParamParam
            | BetaMCPListToolsParam
            | BetaMCPApprovalRequestParam
            | BetaMCPApprovalResponseParam
            | BetaMCPToolCallParam
            | BetaCustomToolCallOutputParam
            | BetaCustomToolCallParam
            | BetaCompactionTriggerItemParamParam
            | BetaItemReferenceParamParam
            | BetaProgramItemParamParam
            | BetaProgramOutputItemParamParam
        ]
        | str,
    ) -> Self:
        """Set the optional body field "input" (string or array of a union of 35 types)."""
        return self.set("input", value)

    def include(
        self,
        value: Sequence[
            Literal[
                "code_interpreter_call.outputs",
                "computer_call_output.output.image_url",
                "file_search_call.results",
                "message.input_image.image_url",
                "message.output_text.logprobs",
                "reasoning.encrypted_content",
                "web_search_call.action.sources",
                "web_search_call.results",
            ]
            | str
        ]
        | None,
    ) -> Self:
        """Set the optional body field "include" (array of string enum of 8 values or null)."""
        return self.set("include", value)

    def parallel_tool_calls(self, value: bool | None) -> Self:
        """Set the optional body field "parallel_tool_calls" (boolean or null)."""
        return self.set("parallel_tool_calls", value)

    def store(self, value: bool | None) -> Self:
        """Set the optional body field "store" (boolean or null)."""
        return self.set("store", value)

    def instructions(self, value: str | None) -> Self:
        """Set the optional body field "instructions" (string or null)."""
        return self.set("instructions", value)

    def moderation(self, value: BetaModerationParam | BetaModerationParamParam | None) -> Self:
        """Set the optional body field "moderation" (BetaModerationParam or null)."""
        return self.set("moderation", value)

    def stream(self, value: bool | None) -> Self:
        """Set the optional body field "stream" (boolean or null)."""
        return self.set("stream", value)

    def stream_options(
        self, value: BetaResponseStreamOptionsType0 | BetaResponseStreamOptionsType0Param | None
    ) -> Self:
        """Set the optional body field "stream_options" (BetaResponseStreamOptionsType0 or null)."""
        return self.set("stream_options", value)

    def conversation(
        self, value: BetaConversationParam2 | BetaConversationParam2Param | str | None
    ) -> Self:
        """Set the optional body field "conversation" (string or BetaConversationParam2 or null)."""
        return self.set("conversation", value)

    def context_management(
        self, value: Sequence[BetaContextManagementParam | BetaContextManagementParamParam] | None
    ) -> Self:
        """Set the optional body field "context_management" (array of BetaContextManagementParam or null)."""
        return self.set("context_management", value)

    def max_output_tokens(self, value: int | None) -> Self:
        """Set the optional body field "max_output_tokens" (integer or null)."""
        return self.set("max_output_tokens", value)

    def multi_agent(self, value: BetaMultiAgentParam | BetaMultiAgentParamParam | None) -> Self:
        """Set the optional body field "multi_agent" (BetaMultiAgentParam or null)."""
        return self.set("multi_agent", value)


class BetaResponsesDeleteSetters(SetterMixin):
    """Setters of `beta.responses.delete` (DELETE /responses/{response_id}?beta=true): it has no body fields or query parameters."""

    __slots__ = ()


class BetaResponsesInputItemsListSetters(SetterMixin):
    """Setters of `beta.responses.input_items.list` (GET /responses/{response_id}/input_items?beta=true)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def include(
        self,
        value: Sequence[
            Literal[
                "code_interpreter_call.outputs",
                "computer_call_output.output.image_url",
                "file_search_call.results",
                "message.input_image.image_url",
                "message.output_text.logprobs",
                "reasoning.encrypted_content",
                "web_search_call.action.sources",
                "web_search_call.results",
            ]
            | str
        ],
    ) -> Self:
        """Set the optional query parameter "include" (array of string enum of 8 values)."""
        return self.set("include", value)


class BetaResponsesInputTokensCountSetters(SetterMixin):
    """Setters of `beta.responses.input_tokens.count` (POST /responses/input_tokens?beta=true)."""

    __slots__ = ()

    def model(self, value: str | None) -> Self:
        """Set the optional body field "model" (string or null)."""
        return self.set("model", value)

    def input(
        self,
        value: Sequence[
            BetaEasyInputMessage
            | BetaInputMessage
            | BetaOutputMessage
            | BetaFileSearchToolCall
            | BetaComputerToolCall
            | BetaComputerCallOutputItemParam
            | BetaWebSearchToolCall
            | BetaFunctionToolCall
            | BetaFunctionCallOutputItemParam
            | BetaAgentMessageItemParam
            | BetaMultiAgentCallItemParam
            | BetaMultiAgentCallOutputItemParam
            | BetaToolSearchCallItemParam
            | BetaToolSearchOutputItemParam
            | BetaAdditionalToolsItemParam
            | BetaReasoningItem
            | BetaCompactionSummaryItemParam
            | BetaImageGenToolCall
            | BetaCodeInterpreterToolCall
            | BetaLocalShellToolCall
            | BetaLocalShellToolCallOutput
            | BetaFunctionShellCallItemParam
            | BetaFunctionShellCallOutputItemParam
            | BetaApplyPatchToolCallItemParam
            | BetaApplyPatchToolCallOutputItemParam
            | BetaMCPListTools
            | BetaMCPApprovalRequest
            | BetaMCPApprovalResponse
            | BetaMCPToolCall
            | BetaCustomToolCallOutput
            | BetaCustomToolCall
            | BetaCompactionTriggerItemParam
            | BetaItemReferenceParam
            | BetaProgramItemParam
            | BetaProgramOutputItemParam
            | BetaEasyInputMessageParam
            | BetaInputMessageParam
            | BetaOutputMessageParam
            | BetaFileSearchToolCallParam
            | BetaComputerToolCallParam
            | BetaComputerCallOutputItemParamParam
            | BetaWebSearchToolCallParam
            | BetaFunctionToolCallParam
            | BetaFunctionCallOutputItemParamParam
            | BetaAgentMessageItemParamParam
            | BetaMultiAgentCallItemParamParam
            | BetaMultiAgentCallOutputItemParamParam
            | BetaToolSearchCallItemParamParam
            | BetaToolSearchOutputItemParamParam
            | BetaAdditionalToolsItemParamParam
            | BetaReasoningItemParam
            | BetaCompactionSummaryItemParamParam
            | BetaImageGenToolCallParam
            | BetaCodeInterpreterToolCallParam
            | BetaLocalShellToolCallParam
            | BetaLocalShellToolCallOutputParam
            | BetaFunctionShellCallItemParamParam
            | BetaFunctionShellCallOutputItemParamParam
            | BetaApplyPatchToolCallItemParamParam
            | BetaApplyPatchToolCallOutputItemParamParam
            | BetaMCPListToolsParam
            | BetaMCPApprovalRequestParam
            | BetaMCPApprovalResponseParam
            | BetaMCPToolCallParam
            | BetaCustomToolCallOutputParam
            | BetaCustomToolCallParam
            | BetaCompactionTriggerItemParamParam
            | BetaItemReferenceParamParam
            | BetaProgramItemParamParam
            | BetaProgramOutputItemParamParam
        ]
        | str
        | None,
    ) -> Self:
        """Set the optional body field "input" (string or array of a union of 35 types or null)."""
        return self.set("input", value)

    def previous_response_id(self, value: str | None) -> Self:
        """Set the optional body field "previous_response_id" (string or null)."""
        return self.set("previous_response_id", value)

    def tools(
        self,
        value: Sequence[
            BetaFunctionTool
            | BetaFileSearchTool
            | BetaComputerTool
            | BetaComputerUsePreviewTool
            | BetaWebSearchTool
            | BetaMCPTool
            | BetaCodeInterpreterTool
            | BetaProgrammaticToolCallingParam
            | BetaImageGenTool
            | BetaLocalShellToolParam
            | BetaFunctionShellToolParam
            | BetaCustomToolParam
            | BetaNamespaceToolParam
            | BetaToolSearchToolParam
            | BetaWebSearchPreviewTool
            | BetaApplyPatchToolParam
            | BetaFunctionToolDict
            | BetaFileSearchToolParam
            | BetaComputerToolParam
            | BetaComputerUsePreviewToolParam
            | BetaWebSearchToolParam
            | BetaMCPToolParam
            | BetaCodeInterpreterToolParam
            | BetaProgrammaticToolCallingParamParam
            | BetaImageGenToolParam
            | BetaLocalShellToolParamParam
            | BetaFunctionShellToolParamParam
            | BetaCustomToolParamParam
            | BetaNamespaceToolParamParam
            | BetaToolSearchToolParamParam
            | BetaWebSearchPreviewToolParam
            | BetaApplyPatchToolParamParam
        ]
        | None,
    ) -> Self:
        """Set the optional body field "tools" (array of a union of 16 types or null)."""
        return self.set("tools", value)

    def text(self, value: BetaResponseTextParam | BetaResponseTextParamParam | None) -> Self:
        """Set the optional body field "text" (BetaResponseTextParam or null)."""
        return self.set("text", value)

    def reasoning(self, value: BetaReasoning | BetaReasoningParam | None) -> Self:
        """Set the optional body field "reasoning" (BetaReasoning or null)."""
        return self.set("reasoning", value)

    def truncation(self, value: Literal["auto", "disabled"] | str) -> Self:
        """Set the optional body field "truncation" ("auto" | "disabled")."""
        return self.set("truncation", value)

    def instructions(self, value: str | None) -> Self:
        """Set the optional body field "instructions" (string or null)."""
        return self.set("instructions", value)

    def personality(self, value: str) -> Self:
        """Set the optional body field "personality" (string)."""
        return self.set("personality", value)

    def conversation(
        self, value: BetaConversationParam2 | BetaConversationParam2Param | str | None
    ) -> Self:
        """Set the optional body field "conversation" (string or BetaConversationParam2 or null)."""
        return self.set("conversation", value)

    def tool_choice(
        self,
        value: Literal["auto", "none", "required"]
        | BetaToolChoiceAllowed
        | BetaToolChoiceTypes
        | BetaToolChoiceFunction
        | BetaToolChoiceMCP
        | BetaToolChoiceCustom
        | BetaSpecificProgrammaticToolCallingParam
        | BetaSpecificApplyPatchParam
        | BetaSpecificFunctionShellParam
        | BetaToolChoiceAllowedParam
        | BetaToolChoiceTypesParam
        | BetaToolChoiceFunctionParam
        | BetaToolChoiceMCPParam
        | BetaToolChoiceCustomParam
        | BetaSpecificProgrammaticToolCallingParamParam
        | BetaSpecificApplyPatchParamParam
        | BetaSpecificFunctionShellParamParam
        | str
        | None,
    ) -> Self:
        """Set the optional body field "tool_choice" (a union of 9 types or null)."""
        return self.set("tool_choice", value)

    def parallel_tool_calls(self, value: bool | None) -> Self:
        """Set the optional body field "parallel_tool_calls" (boolean or null)."""
        return self.set("parallel_tool_calls", value)


class BetaResponsesRetrieveSetters(SetterMixin):
    """Setters of `beta.responses.retrieve` (GET /responses/{response_id}?beta=true)."""

    __slots__ = ()

    def include(
        self,
        value: Sequence[
            Literal[
                "code_interpreter_call.outputs",
                "computer_call_output.output.image_url",
                "file_search_call.results",
                "message.input_image.image_url",
                "message.output_text.logprobs",
                "reasoning.encrypted_content",
                "web_search_call.action.sources",
                "web_search_call.results",
            ]
            | str
        ],
    ) -> Self:
        """Set the optional query parameter "include" (array of string enum of 8 values)."""
        return self.set("include", value)

    def stream(self, value: bool) -> Self:
        """Set the optional query parameter "stream" (boolean)."""
        return self.set("stream", value)

    def starting_after(self, value: int) -> Self:
        """Set the optional query parameter "starting_after" (integer)."""
        return self.set("starting_after", value)

    def include_obfuscation(self, value: bool) -> Self:
        """Set the optional query parameter "include_obfuscation" (boolean)."""
        return self.set("include_obfuscation", value)


class Beta(NamespaceMixin):
    """`client.beta`."""

    __slots__ = ()

    @property
    def responses(self) -> BetaResponses:
        """`client.beta.responses`."""
        namespace: BetaResponses = self._sub("responses")
        return namespace


class AsyncBeta(NamespaceMixin):
    """`client.beta` of an AsyncClient."""

    __slots__ = ()

    @property
    def responses(self) -> AsyncBetaResponses:
        """`client.beta.responses`."""
        namespace: AsyncBetaResponses = self._sub("responses")
        return namespace


class BetaResponses(NamespaceMixin):
    """`client.beta.responses`."""

    __slots__ = ()

    @property
    def input_items(self) -> BetaResponsesInputItems:
        """`client.beta.responses.input_items`."""
        namespace: BetaResponsesInputItems = self._sub("input_items")
        return namespace

    @property
    def input_tokens(self) -> BetaResponsesInputTokens:
        """`client.beta.responses.input_tokens`."""
        namespace: BetaResponsesInputTokens = self._sub("input_tokens")
        return namespace

    @defer_path_check
    def cancel(
        self, response_id: str, **fields: Unpack[BetaResponsesCancelParams]
    ) -> BetaResponsesCancelBuilder:
        """Return a builder for `beta.responses.cancel` (POST /responses/{response_id}/cancel?beta=true); keywords pre-fill its setters."""
        builder: BetaResponsesCancelBuilder = self._op("cancel", (response_id,), fields)
        return builder

    def compact(self, **fields: Unpack[BetaResponsesCompactParams]) -> BetaResponsesCompactBuilder:
        """Return a builder for `beta.responses.compact` (POST /responses/compact?beta=true); keywords pre-fill its setters."""
        builder: BetaResponsesCompactBuilder = self._op("compact", (), fields)
        return builder

    def create(self, **fields: Unpack[BetaResponsesCreateParams]) -> BetaResponsesCreateBuilder:
        """Return a builder for `beta.responses.create` (POST /responses?beta=true); keywords pre-fill its setters."""
        builder: BetaResponsesCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, response_id: str, **fields: Unpack[BetaResponsesDeleteParams]
    ) -> BetaResponsesDeleteBuilder:
        """Return a builder for `beta.responses.delete` (DELETE /responses/{response_id}?beta=true); keywords pre-fill its setters."""
        builder: BetaResponsesDeleteBuilder = self._op("delete", (response_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, response_id: str, **fields: Unpack[BetaResponsesRetrieveParams]
    ) -> BetaResponsesRetrieveBuilder:
        """Return a builder for `beta.responses.retrieve` (GET /responses/{response_id}?beta=true); keywords pre-fill its setters."""
        builder: BetaResponsesRetrieveBuilder = self._op("retrieve", (response_id,), fields)
        return builder


class AsyncBetaResponses(NamespaceMixin):
    """`client.beta.responses` of an AsyncClient."""

    __slots__ = ()

    @property
    def input_items(self) -> AsyncBetaResponsesInputItems:
        """`client.beta.responses.input_items`."""
        namespace: AsyncBetaResponsesInputItems = self._sub("input_items")
        return namespace

    @property
    def input_tokens(self) -> AsyncBetaResponsesInputTokens:
        """`client.beta.responses.input_tokens`."""
        namespace: AsyncBetaResponsesInputTokens = self._sub("input_tokens")
        return namespace

    @defer_path_check
    def cancel(
        self, response_id: str, **fields: Unpack[BetaResponsesCancelParams]
    ) -> AsyncBetaResponsesCancelBuilder:
        """Return a builder for `beta.responses.cancel` (POST /responses/{response_id}/cancel?beta=true); keywords pre-fill its setters."""
        builder: AsyncBetaResponsesCancelBuilder = self._op("cancel", (response_id,), fields)
        return builder

    def compact(
        self, **fields: Unpack[BetaResponsesCompactParams]
    ) -> AsyncBetaResponsesCompactBuilder:
        """Return a builder for `beta.responses.compact` (POST /responses/compact?beta=true); keywords pre-fill its setters."""
        builder: AsyncBetaResponsesCompactBuilder = self._op("compact", (), fields)
        return builder

    def create(
        self, **fields: Unpack[BetaResponsesCreateParams]
    ) -> AsyncBetaResponsesCreateBuilder:
        """Return a builder for `beta.responses.create` (POST /responses?beta=true); keywords pre-fill its setters."""
        builder: AsyncBetaResponsesCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, response_id: str, **fields: Unpack[BetaResponsesDeleteParams]
    ) -> AsyncBetaResponsesDeleteBuilder:
        """Return a builder for `beta.responses.delete` (DELETE /responses/{response_id}?beta=true); keywords pre-fill its setters."""
        builder: AsyncBetaResponsesDeleteBuilder = self._op("delete", (response_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, response_id: str, **fields: Unpack[BetaResponsesRetrieveParams]
    ) -> AsyncBetaResponsesRetrieveBuilder:
        """Return a builder for `beta.responses.retrieve` (GET /responses/{response_id}?beta=true); keywords pre-fill its setters."""
        builder: AsyncBetaResponsesRetrieveBuilder = self._op("retrieve", (response_id,), fields)
        return builder


class BetaResponsesInputItems(NamespaceMixin):
    """`client.beta.responses.input_items`."""

    __slots__ = ()

    @defer_path_check
    def list(
        self, response_id: str, **fields: Unpack[BetaResponsesInputItemsListParams]
    ) -> BetaResponsesInputItemsListBuilder:
        """Return a builder for `beta.responses.input_items.list` (GET /responses/{response_id}/input_items?beta=true); keywords pre-fill its setters."""
        builder: BetaResponsesInputItemsListBuilder = self._op("list", (response_id,), fields)
        return builder


class AsyncBetaResponsesInputItems(NamespaceMixin):
    """`client.beta.responses.input_items` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def list(
        self, response_id: str, **fields: Unpack[BetaResponsesInputItemsListParams]
    ) -> AsyncBetaResponsesInputItemsListBuilder:
        """Return a builder for `beta.responses.input_items.list` (GET /responses/{response_id}/input_items?beta=true); keywords pre-fill its setters."""
        builder: AsyncBetaResponsesInputItemsListBuilder = self._op("list", (response_id,), fields)
        return builder


class BetaResponsesInputTokens(NamespaceMixin):
    """`client.beta.responses.input_tokens`."""

    __slots__ = ()

    def count(
        self, **fields: Unpack[BetaResponsesInputTokensCountParams]
    ) -> BetaResponsesInputTokensCountBuilder:
        """Return a builder for `beta.responses.input_tokens.count` (POST /responses/input_tokens?beta=true); keywords pre-fill its setters."""
        builder: BetaResponsesInputTokensCountBuilder = self._op("count", (), fields)
        return builder


class AsyncBetaResponsesInputTokens(NamespaceMixin):
    """`client.beta.responses.input_tokens` of an AsyncClient."""

    __slots__ = ()

    def count(
        self, **fields: Unpack[BetaResponsesInputTokensCountParams]
    ) -> AsyncBetaResponsesInputTokensCountBuilder:
        """Return a builder for `beta.responses.input_tokens.count` (POST /responses/input_tokens?beta=true); keywords pre-fill its setters."""
        builder: AsyncBetaResponsesInputTokensCountBuilder = self._op("count", (), fields)
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "beta": (Beta, AsyncBeta),
    "beta.responses": (BetaResponses, AsyncBetaResponses),
    "beta.responses.input_items": (BetaResponsesInputItems, AsyncBetaResponsesInputItems),
    "beta.responses.input_tokens": (BetaResponsesInputTokens, AsyncBetaResponsesInputTokens),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "beta.responses.cancel": BetaResponsesCancelSetters,
    "beta.responses.compact": BetaResponsesCompactSetters,
    "beta.responses.create": BetaResponsesCreateSetters,
    "beta.responses.delete": BetaResponsesDeleteSetters,
    "beta.responses.input_items.list": BetaResponsesInputItemsListSetters,
    "beta.responses.input_tokens.count": BetaResponsesInputTokensCountSetters,
    "beta.responses.retrieve": BetaResponsesRetrieveSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class BetaResponsesCancelBuilder(BetaResponsesCancelSetters, RequestBuilder[BetaResponse]):
        """Builder of `beta.responses.cancel`: `send()` returns BetaResponse."""

    class AsyncBetaResponsesCancelBuilder(
        BetaResponsesCancelSetters, AsyncRequestBuilder[BetaResponse]
    ):
        """Async builder of `beta.responses.cancel`: `await send()` returns BetaResponse."""

    class BetaResponsesCompactBuilder(
        BetaResponsesCompactSetters, RequestBuilder[BetaCompactResource]
    ):
        """Builder of `beta.responses.compact`: `send()` returns BetaCompactResource."""

    class AsyncBetaResponsesCompactBuilder(
        BetaResponsesCompactSetters, AsyncRequestBuilder[BetaCompactResource]
    ):
        """Async builder of `beta.responses.compact`: `await send()` returns BetaCompactResource."""

    class BetaResponsesCreateBuilder(BetaResponsesCreateSetters, RequestBuilder[BetaResponse]):
        """Builder of `beta.responses.create`: `send()` returns BetaResponse."""

    class AsyncBetaResponsesCreateBuilder(
        BetaResponsesCreateSetters, AsyncRequestBuilder[BetaResponse]
    ):
        """Async builder of `beta.responses.create`: `await send()` returns BetaResponse."""

    class BetaResponsesDeleteBuilder(BetaResponsesDeleteSetters, RequestBuilder[None]):
        """Builder of `beta.responses.delete`: `send()` returns None."""

    class AsyncBetaResponsesDeleteBuilder(BetaResponsesDeleteSetters, AsyncRequestBuilder[None]):
        """Async builder of `beta.responses.delete`: `await send()` returns None."""

    class BetaResponsesInputItemsListBuilder(BetaResponsesInputItemsListSetters, ListBuilder):
        """Builder of `beta.responses.input_items.list`: `send()` returns a Page of BetaInputMessageResource | BetaOutputMessage | BetaFileSearchToolCall | BetaComputerToolCall | BetaComputerToolCallOutputResource | BetaWebSearchToolCall | BetaFunctionToolCallResource | BetaFunctionToolCallOutputResource | BetaAgentMessage | BetaMultiAgentCall | BetaMultiAgentCallOutput | BetaToolSearchCall | BetaToolSearchOutput | BetaAdditionalTools | BetaReasoningItem | BetaProgram | BetaProgramOutput | BetaCompactionBody | BetaImageGenToolCall | BetaCodeInterpreterToolCall | BetaLocalShellToolCall | BetaLocalShellToolCallOutput | BetaFunctionShellCall | BetaFunctionShellCallOutput | BetaApplyPatchToolCall | BetaApplyPatchToolCallOutput | BetaMCPListTools | BetaMCPApprovalRequest | BetaMCPApprovalResponseResource | BetaMCPToolCall | BetaCustomToolCallResource | BetaCustomToolCallOutputResource."""

        def send(
            self,
        ) -> Page[
            BetaInputMessageResource
            | BetaOutputMessage
            | BetaFileSearchToolCall
            | BetaComputerToolCall
            | BetaComputerToolCallOutputResource
            | BetaWebSearchToolCall
            | BetaFunctionToolCallResource
            | BetaFunctionToolCallOutputResource
            | BetaAgentMessage
            | BetaMultiAgentCall
            | BetaMultiAgentCallOutput
            | BetaToolSearchCall
            | BetaToolSearchOutput
            | BetaAdditionalTools
            | BetaReasoningItem
            | BetaProgram
            | BetaProgramOutput
            | BetaCompactionBody
            | BetaImageGenToolCall
            | BetaCodeInterpreterToolCall
            | BetaLocalShellToolCall
            | BetaLocalShellToolCallOutput
            | BetaFunctionShellCall
            | BetaFunctionShellCallOutput
            | BetaApplyPatchToolCall
            | BetaApplyPatchToolCallOutput
            | BetaMCPListTools
            | BetaMCPApprovalRequest
            | BetaMCPApprovalResponseResource
            | BetaMCPToolCall
            | BetaCustomToolCallResource
            | BetaCustomToolCallOutputResource
        ]: ...
        def send_with_meta(
            self,
        ) -> ApiResponse[
            Page[
                BetaInputMessageResource
                | BetaOutputMessage
                | BetaFileSearchToolCall
                | BetaComputerToolCall
                | BetaComputerToolCallOutputResource
                | BetaWebSearchToolCall
                | BetaFunctionToolCallResource
                | BetaFunctionToolCallOutputResource
                | BetaAgentMessage
                | BetaMultiAgentCall
                | BetaMultiAgentCallOutput
                | BetaToolSearchCall
                | BetaToolSearchOutput
                | BetaAdditionalTools
                | BetaReasoningItem
                | BetaProgram
                | BetaProgramOutput
                | BetaCompactionBody
                | BetaImageGenToolCall
                | BetaCodeInterpreterToolCall
                | BetaLocalShellToolCall
                | BetaLocalShellToolCallOutput
                | BetaFunctionShellCall
                | BetaFunctionShellCallOutput
                | BetaApplyPatchToolCall
                | BetaApplyPatchToolCallOutput
                | BetaMCPListTools
                | BetaMCPApprovalRequest
                | BetaMCPApprovalResponseResource
                | BetaMCPToolCall
                | BetaCustomToolCallResource
                | BetaCustomToolCallOutputResource
            ]
        ]: ...
        def iter_all(
            self,
        ) -> Iterator[
            BetaInputMessageResource
            | BetaOutputMessage
            | BetaFileSearchToolCall
            | BetaComputerToolCall
            | BetaComputerToolCallOutputResource
            | BetaWebSearchToolCall
            | BetaFunctionToolCallResource
            | BetaFunctionToolCallOutputResource
            | BetaAgentMessage
            | BetaMultiAgentCall
            | BetaMultiAgentCallOutput
            | BetaToolSearchCall
            | BetaToolSearchOutput
            | BetaAdditionalTools
            | BetaReasoningItem
            | BetaProgram
            | BetaProgramOutput
            | BetaCompactionBody
            | BetaImageGenToolCall
            | BetaCodeInterpreterToolCall
            | BetaLocalShellToolCall
            | BetaLocalShellToolCallOutput
            | BetaFunctionShellCall
            | BetaFunctionShellCallOutput
            | BetaApplyPatchToolCall
            | BetaApplyPatchToolCallOutput
            | BetaMCPListTools
            | BetaMCPApprovalRequest
            | BetaMCPApprovalResponseResource
            | BetaMCPToolCall
            | BetaCustomToolCallResource
            | BetaCustomToolCallOutputResource
        ]: ...

    class AsyncBetaResponsesInputItemsListBuilder(
        BetaResponsesInputItemsListSetters, AsyncListBuilder
    ):
        """Async builder of `beta.responses.input_items.list`: `await send()` returns a Page of BetaInputMessageResource | BetaOutputMessage | BetaFileSearchToolCall | BetaComputerToolCall | BetaComputerToolCallOutputResource | BetaWebSearchToolCall | BetaFunctionToolCallResource | BetaFunctionToolCallOutputResource | BetaAgentMessage | BetaMultiAgentCall | BetaMultiAgentCallOutput | BetaToolSearchCall | BetaToolSearchOutput | BetaAdditionalTools | BetaReasoningItem | BetaProgram | BetaProgramOutput | BetaCompactionBody | BetaImageGenToolCall | BetaCodeInterpreterToolCall | BetaLocalShellToolCall | BetaLocalShellToolCallOutput | BetaFunctionShellCall | BetaFunctionShellCallOutput | BetaApplyPatchToolCall | BetaApplyPatchToolCallOutput | BetaMCPListTools | BetaMCPApprovalRequest | BetaMCPApprovalResponseResource | BetaMCPToolCall | BetaCustomToolCallResource | BetaCustomToolCallOutputResource."""

        async def send(
            self,
        ) -> AsyncPage[
            BetaInputMessageResource
            | BetaOutputMessage
            | BetaFileSearchToolCall
            | BetaComputerToolCall
            | BetaComputerToolCallOutputResource
            | BetaWebSearchToolCall
            | BetaFunctionToolCallResource
            | BetaFunctionToolCallOutputResource
            | BetaAgentMessage
            | BetaMultiAgentCall
            | BetaMultiAgentCallOutput
            | BetaToolSearchCall
            | BetaToolSearchOutput
            | BetaAdditionalTools
            | BetaReasoningItem
            | BetaProgram
            | BetaProgramOutput
            | BetaCompactionBody
            | BetaImageGenToolCall
            | BetaCodeInterpreterToolCall
            | BetaLocalShellToolCall
            | BetaLocalShellToolCallOutput
            | BetaFunctionShellCall
            | BetaFunctionShellCallOutput
            | BetaApplyPatchToolCall
            | BetaApplyPatchToolCallOutput
            | BetaMCPListTools
            | BetaMCPApprovalRequest
            | BetaMCPApprovalResponseResource
            | BetaMCPToolCall
            | BetaCustomToolCallResource
            | BetaCustomToolCallOutputResource
        ]: ...
        async def send_with_meta(
            self,
        ) -> ApiResponse[
            AsyncPage[
                BetaInputMessageResource
                | BetaOutputMessage
                | BetaFileSearchToolCall
                | BetaComputerToolCall
                | BetaComputerToolCallOutputResource
                | BetaWebSearchToolCall
                | BetaFunctionToolCallResource
                | BetaFunctionToolCallOutputResource
                | BetaAgentMessage
                | BetaMultiAgentCall
                | BetaMultiAgentCallOutput
                | BetaToolSearchCall
                | BetaToolSearchOutput
                | BetaAdditionalTools
                | BetaReasoningItem
                | BetaProgram
                | BetaProgramOutput
                | BetaCompactionBody
                | BetaImageGenToolCall
                | BetaCodeInterpreterToolCall
                | BetaLocalShellToolCall
                | BetaLocalShellToolCallOutput
                | BetaFunctionShellCall
                | BetaFunctionShellCallOutput
                | BetaApplyPatchToolCall
                | BetaApplyPatchToolCallOutput
                | BetaMCPListTools
                | BetaMCPApprovalRequest
                | BetaMCPApprovalResponseResource
                | BetaMCPToolCall
                | BetaCustomToolCallResource
                | BetaCustomToolCallOutputResource
            ]
        ]: ...
        def iter_all(
            self,
        ) -> AsyncIterator[
            BetaInputMessageResource
            | BetaOutputMessage
            | BetaFileSearchToolCall
            | BetaComputerToolCall
            | BetaComputerToolCallOutputResource
            | BetaWebSearchToolCall
            | BetaFunctionToolCallResource
            | BetaFunctionToolCallOutputResource
            | BetaAgentMessage
            | BetaMultiAgentCall
            | BetaMultiAgentCallOutput
            | BetaToolSearchCall
            | BetaToolSearchOutput
            | BetaAdditionalTools
            | BetaReasoningItem
            | BetaProgram
            | BetaProgramOutput
            | BetaCompactionBody
            | BetaImageGenToolCall
            | BetaCodeInterpreterToolCall
            | BetaLocalShellToolCall
            | BetaLocalShellToolCallOutput
            | BetaFunctionShellCall
            | BetaFunctionShellCallOutput
            | BetaApplyPatchToolCall
            | BetaApplyPatchToolCallOutput
            | BetaMCPListTools
            | BetaMCPApprovalRequest
            | BetaMCPApprovalResponseResource
            | BetaMCPToolCall
            | BetaCustomToolCallResource
            | BetaCustomToolCallOutputResource
        ]: ...

    class BetaResponsesInputTokensCountBuilder(
        BetaResponsesInputTokensCountSetters, RequestBuilder[BetaTokenCountsResource]
    ):
        """Builder of `beta.responses.input_tokens.count`: `send()` returns BetaTokenCountsResource."""

    class AsyncBetaResponsesInputTokensCountBuilder(
        BetaResponsesInputTokensCountSetters, AsyncRequestBuilder[BetaTokenCountsResource]
    ):
        """Async builder of `beta.responses.input_tokens.count`: `await send()` returns BetaTokenCountsResource."""

    class BetaResponsesRetrieveBuilder(BetaResponsesRetrieveSetters, RequestBuilder[BetaResponse]):
        """Builder of `beta.responses.retrieve`: `send()` returns BetaResponse."""

    class AsyncBetaResponsesRetrieveBuilder(
        BetaResponsesRetrieveSetters, AsyncRequestBuilder[BetaResponse]
    ):
        """Async builder of `beta.responses.retrieve`: `await send()` returns BetaResponse."""
