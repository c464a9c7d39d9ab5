# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.responses` (7 operations).

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
    from ..._builders.event_builders import AsyncResponseEventsBuilder, ResponseEventsBuilder
    from ..._builders.pagination import AsyncListBuilder, AsyncPage, ListBuilder, Page
    from ..._response import ApiResponse
    from ..models.additional_tools import AdditionalTools
    from ..models.additional_tools_item_param import AdditionalToolsItemParam
    from ..models.apply_patch_tool_call import ApplyPatchToolCall
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compact_resource import CompactResource
    from ..models.compaction_body import CompactionBody
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParam
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
    from ..models.computer_tool import ComputerTool
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_tool_call_output_resource import ComputerToolCallOutputResource
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.context_management_param import ContextManagementParam
    from ..models.conversation_param_2 import ConversationParam2
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource
    from ..models.custom_tool_call_resource import CustomToolCallResource
    from ..models.custom_tool_param import CustomToolParam
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_search_tool import FileSearchTool
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_shell_call_output_item_param import FunctionShellCallOutputItemParam
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool import FunctionTool
    from ..models.function_tool_call import FunctionToolCall
    from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource
    from ..models.function_tool_call_resource import FunctionToolCallResource
    from ..models.image_gen_tool import ImageGenTool
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.input_message import InputMessage
    from ..models.input_message_resource import InputMessageResource
    from ..models.item_reference_param import ItemReferenceParam
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.local_shell_tool_param import LocalShellToolParam
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response import MCPApprovalResponse
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool import MCPTool
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.metadata_type_0 import MetadataType0
    from ..models.model_ids_responses_type_1 import ModelIdsResponsesType1
    from ..models.moderation_param import ModerationParam
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.output_message import OutputMessage
    from ..models.program import Program
    from ..models.program_item_param import ProgramItemParam
    from ..models.program_output import ProgramOutput
    from ..models.program_output_item_param import ProgramOutputItemParam
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from ..models.prompt_cache_options_param import PromptCacheOptionsParam
    from ..models.prompt_type_0 import PromptType0
    from ..models.reasoning import Reasoning
    from ..models.reasoning_item import ReasoningItem
    from ..models.response import Response
    from ..models.response_stream_options_type_0 import ResponseStreamOptionsType0
    from ..models.response_text_param import ResponseTextParam
    from ..models.specific_apply_patch_param import SpecificApplyPatchParam
    from ..models.specific_function_shell_param import SpecificFunctionShellParam
    from ..models.specific_programmatic_tool_calling_param import (
        SpecificProgrammaticToolCallingParam,
    )
    from ..models.token_counts_resource import TokenCountsResource
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.tool_choice_custom import ToolChoiceCustom
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.tool_choice_types import ToolChoiceTypes
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool
    from ..models.web_search_tool_call import WebSearchToolCall
    from ..params import (
        AdditionalToolsItemParamParam,
        ApplyPatchToolCallItemParamParam,
        ApplyPatchToolCallOutputItemParamParam,
        ApplyPatchToolParamParam,
        CodeInterpreterToolCallParam,
        CodeInterpreterToolParam,
        CompactionSummaryItemParamParam,
        CompactionTriggerItemParamParam,
        ComputerCallOutputItemParamParam,
        ComputerToolCallParam,
        ComputerToolParam,
        ComputerUsePreviewToolParam,
        ContextManagementParamParam,
        ConversationParam2Param,
        CustomToolCallOutputParam,
        CustomToolCallParam,
        CustomToolParamParam,
        EasyInputMessageParam,
        FileSearchToolCallParam,
        FileSearchToolParam,
        FunctionCallOutputItemParamParam,
        FunctionShellCallItemParamParam,
        FunctionShellCallOutputItemParamParam,
        FunctionShellToolParamParam,
        FunctionToolCallParam,
        FunctionToolDict,
        ImageGenToolCallParam,
        ImageGenToolParam,
        InputMessageParam,
        ItemReferenceParamParam,
        LocalShellToolCallOutputParam,
        LocalShellToolCallParam,
        LocalShellToolParamParam,
        MCPApprovalRequestParam,
        MCPApprovalResponseParam,
        MCPListToolsParam,
        MCPToolCallParam,
        MCPToolParam,
        ModerationParamParam,
        NamespaceToolParamParam,
        OutputMessageParam,
        ProgramItemParamParam,
        ProgrammaticToolCallingParamParam,
        ProgramOutputItemParamParam,
        PromptCacheOptionsParamParam,
        PromptType0Param,
        ReasoningItemParam,
        ReasoningParam,
        ResponsesCancelParams,
        ResponsesCompactParams,
        ResponsesCreateParams,
        ResponsesDeleteParams,
        ResponsesInputItemsListParams,
        ResponsesInputTokensCountParams,
        ResponsesRetrieveParams,
        ResponseStreamOptionsType0Param,
        ResponseTextParamParam,
        SpecificApplyPatchParamParam,
        SpecificFunctionShellParamParam,
        SpecificProgrammaticToolCallingParamParam,
        ToolChoiceAllowedParam,
        ToolChoiceCustomParam,
        ToolChoiceFunctionParam,
        ToolChoiceMCPParam,
        ToolChoiceTypesParam,
        ToolSearchCallItemParamParam,
        ToolSearchOutputItemParamParam,
        ToolSearchToolParamParam,
        WebSearchPreviewToolParam,
        WebSearchToolCallParam,
        WebSearchToolParam,
    )

__all__ = [
    "Responses",
    "AsyncResponses",
    "ResponsesInputItems",
    "AsyncResponsesInputItems",
    "ResponsesInputTokens",
    "AsyncResponsesInputTokens",
    "ResponsesCancelSetters",
    "ResponsesCompactSetters",
    "ResponsesCreateSetters",
    "ResponsesDeleteSetters",
    "ResponsesInputItemsListSetters",
    "ResponsesInputTokensCountSetters",
    "ResponsesRetrieveSetters",
]


class ResponsesCancelSetters(SetterMixin):
    """Setters of `responses.cancel` (POST /responses/{response_id}/cancel): it has no body fields or query parameters."""

    __slots__ = ()


class ResponsesCompactSetters(SetterMixin):
    """Setters of `responses.compact` (POST /responses/compact)."""

    __slots__ = ()

    def model(self, value: ModelIdsResponsesType1 | str | None) -> Self:
        """Set the required body field "model" (string or string enum of 19 values or null)."""
        return self.set("model", value)

    def input(
        self,
        value: Sequence[
            EasyInputMessage
            | InputMessage
            | OutputMessage
            | FileSearchToolCall
            | ComputerToolCall
            | ComputerCallOutputItemParam
            | WebSearchToolCall
            | FunctionToolCall
            | FunctionCallOutputItemParam
            | ToolSearchCallItemParam
            | ToolSearchOutputItemParam
            | AdditionalToolsItemParam
            | ReasoningItem
            | CompactionSummaryItemParam
            | ImageGenToolCall
            | CodeInterpreterToolCall
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | FunctionShellCallItemParam
            | FunctionShellCallOutputItemParam
            | ApplyPatchToolCallItemParam
            | ApplyPatchToolCallOutputItemParam
            | MCPListTools
            | MCPApprovalRequest
            | MCPApprovalResponse
            | MCPToolCall
            | CustomToolCallOutput
            | CustomToolCall
            | CompactionTriggerItemParam
            | ItemReferenceParam
            | ProgramItemParam
            | ProgramOutputItemParam
            | EasyInputMessageParam
            | InputMessageParam
            | OutputMessageParam
            | FileSearchToolCallParam
            | ComputerToolCallParam
            | ComputerCallOutputItemParamParam
            | WebSearchToolCallParam
            | FunctionToolCallParam
            | FunctionCallOutputItemParamParam
            | ToolSearchCallItemParamParam
            | ToolSearchOutputItemParamParam
            | AdditionalToolsItemParamParam
            | ReasoningItemParam
            | CompactionSummaryItemParamParam
            | ImageGenToolCallParam
            | CodeInterpreterToolCallParam
            | LocalShellToolCallParam
            | LocalShellToolCallOutputParam
            | FunctionShellCallItemParamParam
            | FunctionShellCallOutputItemParamParam
            | ApplyPatchToolCallItemParamParam
            | ApplyPatchToolCallOutputItemParamParam
            | MCPListToolsParam
            | MCPApprovalRequestParam
            | MCPApprovalResponseParam
            | MCPToolCallParam
            | CustomToolCallOutputParam
            | CustomToolCallParam
            | CompactionTriggerItemParamParam
            | ItemReferenceParamParam
            | ProgramItemParamParam
            | ProgramOutputItemParamParam
        ]
        | str
        | None,
    ) -> Self:
        """Set the optional body field "input" (string or array of a union of 32 types or null)."""
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
        self, value: PromptCacheOptionsParam | PromptCacheOptionsParamParam | None
    ) -> Self:
        """Set the optional body field "prompt_cache_options" (PromptCacheOptionsParam or null)."""
        return self.set("prompt_cache_options", value)

    def service_tier(
        self, value: Literal["auto", "default", "fast", "flex", "priority"] | str | None
    ) -> Self:
        """Set the optional body field "service_tier" (string enum of 5 values or null)."""
        return self.set("service_tier", value)


class ResponsesCreateSetters(SetterMixin):
    """Setters of `responses.create` (POST /responses)."""

    __slots__ = ()

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "metadata" (MetadataType0 or null)."""
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
        self, value: PromptCacheOptionsParam | PromptCacheOptionsParamParam
    ) -> Self:
        """Set the optional body field "prompt_cache_options" (PromptCacheOptionsParam)."""
        return self.set("prompt_cache_options", value)

    def previous_response_id(self, value: str | None) -> Self:
        """Set the optional body field "previous_response_id" (string or null)."""
        return self.set("previous_response_id", value)

    def model(self, value: ModelIdsResponsesType1 | str) -> Self:
        """Set the optional body field "model" (string or string enum of 19 values)."""
        return self.set("model", value)

    def background(self, value: bool | None) -> Self:
        """Set the optional body field "background" (boolean or null)."""
        return self.set("background", value)

    def max_tool_calls(self, value: int | None) -> Self:
        """Set the optional body field "max_tool_calls" (integer or null)."""
        return self.set("max_tool_calls", value)

    def text(self, value: ResponseTextParam | ResponseTextParamParam) -> Self:
        """Set the optional body field "text" (ResponseTextParam)."""
        return self.set("text", value)

    def tools(
        self,
        value: Sequence[
            FunctionTool
            | FileSearchTool
            | ComputerTool
            | ComputerUsePreviewTool
            | WebSearchTool
            | MCPTool
            | CodeInterpreterTool
            | ProgrammaticToolCallingParam
            | ImageGenTool
            | LocalShellToolParam
            | FunctionShellToolParam
            | CustomToolParam
            | NamespaceToolParam
            | ToolSearchToolParam
            | WebSearchPreviewTool
            | ApplyPatchToolParam
            | FunctionToolDict
            | FileSearchToolParam
            | ComputerToolParam
            | ComputerUsePreviewToolParam
            | WebSearchToolParam
            | MCPToolParam
            | CodeInterpreterToolParam
            | ProgrammaticToolCallingParamParam
            | ImageGenToolParam
            | LocalShellToolParamParam
            | FunctionShellToolParamParam
            | CustomToolParamParam
            | NamespaceToolParamParam
            | ToolSearchToolParamParam
            | WebSearchPreviewToolParam
            | ApplyPatchToolParamParam
        ],
    ) -> Self:
        """Set the optional body field "tools" (array of a union of 16 types)."""
        return self.set("tools", value)

    def tool_choice(
        self,
        value: Literal["auto", "none", "required"]
        | ToolChoiceAllowed
        | ToolChoiceTypes
        | ToolChoiceFunction
        | ToolChoiceMCP
        | ToolChoiceCustom
        | SpecificProgrammaticToolCallingParam
        | SpecificApplyPatchParam
        | SpecificFunctionShellParam
        | ToolChoiceAllowedParam
        | ToolChoiceTypesParam
        | ToolChoiceFunctionParam
        | ToolChoiceMCPParam
        | ToolChoiceCustomParam
        | SpecificProgrammaticToolCallingParamParam
        | SpecificApplyPatchParamParam
        | SpecificFunctionShellParamParam
        | str,
    ) -> Self:
        """Set the optional body field "tool_choice" (a union of 9 types)."""
        return self.set("tool_choice", value)

    def prompt(self, value: PromptType0 | PromptType0Param | None) -> Self:
        """Set the optional body field "prompt" (PromptType0 or null)."""
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

    def reasoning(self, value: Reasoning | ReasoningParam | None) -> Self:
        """Set the optional body field "reasoning" (Reasoning or null)."""
        return self.set("reasoning", value)

    def input(
        self,
        value: Sequence[
            EasyInputMessage
            | InputMessage
            | OutputMessage
            | FileSearchToolCall
            | ComputerToolCall
            | ComputerCallOutputItemParam
            | WebSearchToolCall
            | FunctionToolCall
            | FunctionCallOutputItemParam
            | ToolSearchCallItemParam
            | ToolSearchOutputItemParam
            | AdditionalToolsItemParam
            | ReasoningItem
            | CompactionSummaryItemParam
            | ImageGenToolCall
            | CodeInterpreterToolCall
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | FunctionShellCallItemParam
            | FunctionShellCallOutputItemParam
            | ApplyPatchToolCallItemParam
            | ApplyPatchToolCallOutputItemParam
            | MCPListTools
            | MCPApprovalRequest
            | MCPApprovalResponse
            | MCPToolCall
            | CustomToolCallOutput
            | CustomToolCall
            | CompactionTriggerItemParam
            | ItemReferenceParam
            | ProgramItemParam
            | ProgramOutputItemParam
            | EasyInputMessageParam
            | InputMessageParam
            | OutputMessageParam
            | FileSearchToolCallParam
            | ComputerToolCallParam
            | ComputerCallOutputItemParamParam
            | WebSearchToolCallParam
            | FunctionToolCallParam
            | FunctionCallOutputItemParamParam
            | ToolSearchCallItemParamParam
            | ToolSearchOutputItemParamParam
            | AdditionalToolsItemParamParam
            | ReasoningItemParam
            | CompactionSummaryItemParamParam
            | ImageGenToolCallParam
            | CodeInterpreterToolCallParam
            | LocalShellToolCallParam
            | LocalShellToolCallOutputParam
            | FunctionShellCallItemParamParam
            | FunctionShellCallOutputItemParamParam
            | ApplyPatchToolCallItemParamParam
            | ApplyPatchToolCallOutputItemParamParam
            | MCPListToolsParam
            | MCPApprovalRequestParam
            | MCPApprovalResponseParam
            | MCPToolCallParam
            | CustomToolCallOutputParam
            | CustomToolCallParam
            | CompactionTriggerItemParamParam
            | ItemReferenceParamParam
            | ProgramItemParamParam
            | ProgramOutputItemParamParam
        ]
        | str,
    ) -> Self:
        """Set the optional body field "input" (string or array of a union of 32 types)."""
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

    def moderation(self, value: ModerationParam | ModerationParamParam | None) -> Self:
        """Set the optional body field "moderation" (ModerationParam or null)."""
        return self.set("moderation", value)

    def stream(self, value: bool | None) -> Self:
        """Set the optional body field "stream" (boolean or null)."""
        return self.set("stream", value)

    def stream_options(
        self, value: ResponseStreamOptionsType0 | ResponseStreamOptionsType0Param | None
    ) -> Self:
        """Set the optional body field "stream_options" (ResponseStreamOptionsType0 or null)."""
        return self.set("stream_options", value)

    def conversation(
        self, value: ConversationParam2 | ConversationParam2Param | str | None
    ) -> Self:
        """Set the optional body field "conversation" (string or ConversationParam2 or null)."""
        return self.set("conversation", value)

    def context_management(
        self, value: Sequence[ContextManagementParam | ContextManagementParamParam] | None
    ) -> Self:
        """Set the optional body field "context_management" (array of ContextManagementParam or null)."""
        return self.set("context_management", value)

    def max_output_tokens(self, value: int | None) -> Self:
        """Set the optional body field "max_output_tokens" (integer or null)."""
        return self.set("max_output_tokens", value)


class ResponsesDeleteSetters(SetterMixin):
    """Setters of `responses.delete` (DELETE /responses/{response_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ResponsesInputItemsListSetters(SetterMixin):
    """Setters of `responses.input_items.list` (GET /responses/{response_id}/input_items)."""

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


class ResponsesInputTokensCountSetters(SetterMixin):
    """Setters of `responses.input_tokens.count` (POST /responses/input_tokens)."""

    __slots__ = ()

    def model(self, value: str | None) -> Self:
        """Set the optional body field "model" (string or null)."""
        return self.set("model", value)

    def input(
        self,
        value: Sequence[
            EasyInputMessage
            | InputMessage
            | OutputMessage
            | FileSearchToolCall
            | ComputerToolCall
            | ComputerCallOutputItemParam
            | WebSearchToolCall
            | FunctionToolCall
            | FunctionCallOutputItemParam
            | ToolSearchCallItemParam
            | ToolSearchOutputItemParam
            | AdditionalToolsItemParam
            | ReasoningItem
            | CompactionSummaryItemParam
            | ImageGenToolCall
            | CodeInterpreterToolCall
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | FunctionShellCallItemParam
            | FunctionShellCallOutputItemParam
            | ApplyPatchToolCallItemParam
            | ApplyPatchToolCallOutputItemParam
            | MCPListTools
            | MCPApprovalRequest
            | MCPApprovalResponse
            | MCPToolCall
            | CustomToolCallOutput
            | CustomToolCall
            | CompactionTriggerItemParam
            | ItemReferenceParam
            | ProgramItemParam
            | ProgramOutputItemParam
            | EasyInputMessageParam
            | InputMessageParam
            | OutputMessageParam
            | FileSearchToolCallParam
            | ComputerToolCallParam
            | ComputerCallOutputItemParamParam
            | WebSearchToolCallParam
            | FunctionToolCallParam
            | FunctionCallOutputItemParamParam
            | ToolSearchCallItemParamParam
            | ToolSearchOutputItemParamParam
            | AdditionalToolsItemParamParam
            | ReasoningItemParam
            | CompactionSummaryItemParamParam
            | ImageGenToolCallParam
            | CodeInterpreterToolCallParam
            | LocalShellToolCallParam
            | LocalShellToolCallOutputParam
            | FunctionShellCallItemParamParam
            | FunctionShellCallOutputItemParamParam
            | ApplyPatchToolCallItemParamParam
            | ApplyPatchToolCallOutputItemParamParam
            | MCPListToolsParam
            | MCPApprovalRequestParam
            | MCPApprovalResponseParam
            | MCPToolCallParam
            | CustomToolCallOutputParam
            | CustomToolCallParam
            | CompactionTriggerItemParamParam
            | ItemReferenceParamParam
            | ProgramItemParamParam
            | ProgramOutputItemParamParam
        ]
        | str
        | None,
    ) -> Self:
        """Set the optional body field "input" (string or array of a union of 32 types or null)."""
        return self.set("input", value)

    def previous_response_id(self, value: str | None) -> Self:
        """Set the optional body field "previous_response_id" (string or null)."""
        return self.set("previous_response_id", value)

    def tools(
        self,
        value: Sequence[
            FunctionTool
            | FileSearchTool
            | ComputerTool
            | ComputerUsePreviewTool
            | WebSearchTool
            | MCPTool
            | CodeInterpreterTool
            | ProgrammaticToolCallingParam
            | ImageGenTool
            | LocalShellToolParam
            | FunctionShellToolParam
            | CustomToolParam
            | NamespaceToolParam
            | ToolSearchToolParam
            | WebSearchPreviewTool
            | ApplyPatchToolParam
            | FunctionToolDict
            | FileSearchToolParam
            | ComputerToolParam
            | ComputerUsePreviewToolParam
            | WebSearchToolParam
            | MCPToolParam
            | CodeInterpreterToolParam
            | ProgrammaticToolCallingParamParam
            | ImageGenToolParam
            | LocalShellToolParamParam
            | FunctionShellToolParamParam
            | CustomToolParamParam
            | NamespaceToolParamParam
            | ToolSearchToolParamParam
            | WebSearchPreviewToolParam
            | ApplyPatchToolParamParam
        ]
        | None,
    ) -> Self:
        """Set the optional body field "tools" (array of a union of 16 types or null)."""
        return self.set("tools", value)

    def text(self, value: ResponseTextParam | ResponseTextParamParam | None) -> Self:
        """Set the optional body field "text" (ResponseTextParam or null)."""
        return self.set("text", value)

    def reasoning(self, value: Reasoning | ReasoningParam | None) -> Self:
        """Set the optional body field "reasoning" (Reasoning or null)."""
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
        self, value: ConversationParam2 | ConversationParam2Param | str | None
    ) -> Self:
        """Set the optional body field "conversation" (string or ConversationParam2 or null)."""
        return self.set("conversation", value)

    def tool_choice(
        self,
        value: Literal["auto", "none", "required"]
        | ToolChoiceAllowed
        | ToolChoiceTypes
        | ToolChoiceFunction
        | ToolChoiceMCP
        | ToolChoiceCustom
        | SpecificProgrammaticToolCallingParam
        | SpecificApplyPatchParam
        | SpecificFunctionShellParam
        | ToolChoiceAllowedParam
        | ToolChoiceTypesParam
        | ToolChoiceFunctionParam
        | ToolChoiceMCPParam
        | ToolChoiceCustomParam
        | SpecificProgrammaticToolCallingParamParam
        | SpecificApplyPatchParamParam
        | SpecificFunctionShellParamParam
        | str
        | None,
    ) -> Self:
        """Set the optional body field "tool_choice" (a union of 9 types or null)."""
        return self.set("tool_choice", value)

    def parallel_tool_calls(self, value: bool | None) -> Self:
        """Set the optional body field "parallel_tool_calls" (boolean or null)."""
        return self.set("parallel_tool_calls", value)


class ResponsesRetrieveSetters(SetterMixin):
    """Setters of `responses.retrieve` (GET /responses/{response_id})."""

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


class Responses(NamespaceMixin):
    """`client.responses`."""

    __slots__ = ()

    @property
    def input_items(self) -> ResponsesInputItems:
        """`client.responses.input_items`."""
        namespace: ResponsesInputItems = self._sub("input_items")
        return namespace

    @property
    def input_tokens(self) -> ResponsesInputTokens:
        """`client.responses.input_tokens`."""
        namespace: ResponsesInputTokens = self._sub("input_tokens")
        return namespace

    @defer_path_check
    def cancel(
        self, response_id: str, **fields: Unpack[ResponsesCancelParams]
    ) -> ResponsesCancelBuilder:
        """Return a builder for `responses.cancel` (POST /responses/{response_id}/cancel); keywords pre-fill its setters."""
        builder: ResponsesCancelBuilder = self._op("cancel", (response_id,), fields)
        return builder

    def compact(self, **fields: Unpack[ResponsesCompactParams]) -> ResponsesCompactBuilder:
        """Return a builder for `responses.compact` (POST /responses/compact); keywords pre-fill its setters."""
        builder: ResponsesCompactBuilder = self._op("compact", (), fields)
        return builder

    def create(self, **fields: Unpack[ResponsesCreateParams]) -> ResponsesCreateBuilder:
        """Return a builder for `responses.create` (POST /responses); keywords pre-fill its setters."""
        builder: ResponsesCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, response_id: str, **fields: Unpack[ResponsesDeleteParams]
    ) -> ResponsesDeleteBuilder:
        """Return a builder for `responses.delete` (DELETE /responses/{response_id}); keywords pre-fill its setters."""
        builder: ResponsesDeleteBuilder = self._op("delete", (response_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, response_id: str, **fields: Unpack[ResponsesRetrieveParams]
    ) -> ResponsesRetrieveBuilder:
        """Return a builder for `responses.retrieve` (GET /responses/{response_id}); keywords pre-fill its setters."""
        builder: ResponsesRetrieveBuilder = self._op("retrieve", (response_id,), fields)
        return builder


class AsyncResponses(NamespaceMixin):
    """`client.responses` of an AsyncClient."""

    __slots__ = ()

    @property
    def input_items(self) -> AsyncResponsesInputItems:
        """`client.responses.input_items`."""
        namespace: AsyncResponsesInputItems = self._sub("input_items")
        return namespace

    @property
    def input_tokens(self) -> AsyncResponsesInputTokens:
        """`client.responses.input_tokens`."""
        namespace: AsyncResponsesInputTokens = self._sub("input_tokens")
        return namespace

    @defer_path_check
    def cancel(
        self, response_id: str, **fields: Unpack[ResponsesCancelParams]
    ) -> AsyncResponsesCancelBuilder:
        """Return a builder for `responses.cancel` (POST /responses/{response_id}/cancel); keywords pre-fill its setters."""
        builder: AsyncResponsesCancelBuilder = self._op("cancel", (response_id,), fields)
        return builder

    def compact(self, **fields: Unpack[ResponsesCompactParams]) -> AsyncResponsesCompactBuilder:
        """Return a builder for `responses.compact` (POST /responses/compact); keywords pre-fill its setters."""
        builder: AsyncResponsesCompactBuilder = self._op("compact", (), fields)
        return builder

    def create(self, **fields: Unpack[ResponsesCreateParams]) -> AsyncResponsesCreateBuilder:
        """Return a builder for `responses.create` (POST /responses); keywords pre-fill its setters."""
        builder: AsyncResponsesCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, response_id: str, **fields: Unpack[ResponsesDeleteParams]
    ) -> AsyncResponsesDeleteBuilder:
        """Return a builder for `responses.delete` (DELETE /responses/{response_id}); keywords pre-fill its setters."""
        builder: AsyncResponsesDeleteBuilder = self._op("delete", (response_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, response_id: str, **fields: Unpack[ResponsesRetrieveParams]
    ) -> AsyncResponsesRetrieveBuilder:
        """Return a builder for `responses.retrieve` (GET /responses/{response_id}); keywords pre-fill its setters."""
        builder: AsyncResponsesRetrieveBuilder = self._op("retrieve", (response_id,), fields)
        return builder


class ResponsesInputItems(NamespaceMixin):
    """`client.responses.input_items`."""

    __slots__ = ()

    @defer_path_check
    def list(
        self, response_id: str, **fields: Unpack[ResponsesInputItemsListParams]
    ) -> ResponsesInputItemsListBuilder:
        """Return a builder for `responses.input_items.list` (GET /responses/{response_id}/input_items); keywords pre-fill its setters."""
        builder: ResponsesInputItemsListBuilder = self._op("list", (response_id,), fields)
        return builder


class AsyncResponsesInputItems(NamespaceMixin):
    """`client.responses.input_items` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def list(
        self, response_id: str, **fields: Unpack[ResponsesInputItemsListParams]
    ) -> AsyncResponsesInputItemsListBuilder:
        """Return a builder for `responses.input_items.list` (GET /responses/{response_id}/input_items); keywords pre-fill its setters."""
        builder: AsyncResponsesInputItemsListBuilder = self._op("list", (response_id,), fields)
        return builder


class ResponsesInputTokens(NamespaceMixin):
    """`client.responses.input_tokens`."""

    __slots__ = ()

    def count(
        self, **fields: Unpack[ResponsesInputTokensCountParams]
    ) -> ResponsesInputTokensCountBuilder:
        """Return a builder for `responses.input_tokens.count` (POST /responses/input_tokens); keywords pre-fill its setters."""
        builder: ResponsesInputTokensCountBuilder = self._op("count", (), fields)
        return builder


class AsyncResponsesInputTokens(NamespaceMixin):
    """`client.responses.input_tokens` of an AsyncClient."""

    __slots__ = ()

    def count(
        self, **fields: Unpack[ResponsesInputTokensCountParams]
    ) -> AsyncResponsesInputTokensCountBuilder:
        """Return a builder for `responses.input_tokens.count` (POST /responses/input_tokens); keywords pre-fill its setters."""
        builder: AsyncResponsesInputTokensCountBuilder = self._op("count", (), fields)
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "responses": (Responses, AsyncResponses),
    "responses.input_items": (ResponsesInputItems, AsyncResponsesInputItems),
    "responses.input_tokens": (ResponsesInputTokens, AsyncResponsesInputTokens),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "responses.cancel": ResponsesCancelSetters,
    "responses.compact": ResponsesCompactSetters,
    "responses.create": ResponsesCreateSetters,
    "responses.delete": ResponsesDeleteSetters,
    "responses.input_items.list": ResponsesInputItemsListSetters,
    "responses.input_tokens.count": ResponsesInputTokensCountSetters,
    "responses.retrieve": ResponsesRetrieveSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class ResponsesCancelBuilder(ResponsesCancelSetters, RequestBuilder[Response]):
        """Builder of `responses.cancel`: `send()` returns Response."""

    class AsyncResponsesCancelBuilder(ResponsesCancelSetters, AsyncRequestBuilder[Response]):
        """Async builder of `responses.cancel`: `await send()` returns Response."""

    class ResponsesCompactBuilder(ResponsesCompactSetters, RequestBuilder[CompactResource]):
        """Builder of `responses.compact`: `send()` returns CompactResource."""

    class AsyncResponsesCompactBuilder(
        ResponsesCompactSetters, AsyncRequestBuilder[CompactResource]
    ):
        """Async builder of `responses.compact`: `await send()` returns CompactResource."""

    class ResponsesCreateBuilder(ResponsesCreateSetters, ResponseEventsBuilder[Response]):
        """Builder of `responses.create`: `send()` returns Response."""

    class AsyncResponsesCreateBuilder(ResponsesCreateSetters, AsyncResponseEventsBuilder[Response]):
        """Async builder of `responses.create`: `await send()` returns Response."""

    class ResponsesDeleteBuilder(ResponsesDeleteSetters, RequestBuilder[None]):
        """Builder of `responses.delete`: `send()` returns None."""

    class AsyncResponsesDeleteBuilder(ResponsesDeleteSetters, AsyncRequestBuilder[None]):
        """Async builder of `responses.delete`: `await send()` returns None."""

    class ResponsesInputItemsListBuilder(ResponsesInputItemsListSetters, ListBuilder):
        """Builder of `responses.input_items.list`: `send()` returns a Page of InputMessageResource | OutputMessage | FileSearchToolCall | ComputerToolCall | ComputerToolCallOutputResource | WebSearchToolCall | FunctionToolCallResource | FunctionToolCallOutputResource | ToolSearchCall | ToolSearchOutput | AdditionalTools | ReasoningItem | Program | ProgramOutput | CompactionBody | ImageGenToolCall | CodeInterpreterToolCall | LocalShellToolCall | LocalShellToolCallOutput | FunctionShellCall | FunctionShellCallOutput | ApplyPatchToolCall | ApplyPatchToolCallOutput | MCPListTools | MCPApprovalRequest | MCPApprovalResponseResource | MCPToolCall | CustomToolCallResource | CustomToolCallOutputResource."""

        def send(
            self,
        ) -> Page[
            InputMessageResource
            | OutputMessage
            | FileSearchToolCall
            | ComputerToolCall
            | ComputerToolCallOutputResource
            | WebSearchToolCall
            | FunctionToolCallResource
            | FunctionToolCallOutputResource
            | ToolSearchCall
            | ToolSearchOutput
            | AdditionalTools
            | ReasoningItem
            | Program
            | ProgramOutput
            | CompactionBody
            | ImageGenToolCall
            | CodeInterpreterToolCall
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | FunctionShellCall
            | FunctionShellCallOutput
            | ApplyPatchToolCall
            | ApplyPatchToolCallOutput
            | MCPListTools
            | MCPApprovalRequest
            | MCPApprovalResponseResource
            | MCPToolCall
            | CustomToolCallResource
            | CustomToolCallOutputResource
        ]: ...
        def send_with_meta(
            self,
        ) -> ApiResponse[
            Page[
                InputMessageResource
                | OutputMessage
                | FileSearchToolCall
                | ComputerToolCall
                | ComputerToolCallOutputResource
                | WebSearchToolCall
                | FunctionToolCallResource
                | FunctionToolCallOutputResource
                | ToolSearchCall
                | ToolSearchOutput
                | AdditionalTools
                | ReasoningItem
                | Program
                | ProgramOutput
                | CompactionBody
                | ImageGenToolCall
                | CodeInterpreterToolCall
                | LocalShellToolCall
                | LocalShellToolCallOutput
                | FunctionShellCall
                | FunctionShellCallOutput
                | ApplyPatchToolCall
                | ApplyPatchToolCallOutput
                | MCPListTools
                | MCPApprovalRequest
                | MCPApprovalResponseResource
                | MCPToolCall
                | CustomToolCallResource
                | CustomToolCallOutputResource
            ]
        ]: ...
        def iter_all(
            self,
        ) -> Iterator[
            InputMessageResource
            | OutputMessage
            | FileSearchToolCall
            | ComputerToolCall
            | ComputerToolCallOutputResource
            | WebSearchToolCall
            | FunctionToolCallResource
            | FunctionToolCallOutputResource
            | ToolSearchCall
            | ToolSearchOutput
            | AdditionalTools
            | ReasoningItem
            | Program
            | ProgramOutput
            | CompactionBody
            | ImageGenToolCall
            | CodeInterpreterToolCall
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | FunctionShellCall
            | FunctionShellCallOutput
            | ApplyPatchToolCall
            | ApplyPatchToolCallOutput
            | MCPListTools
            | MCPApprovalRequest
            | MCPApprovalResponseResource
            | MCPToolCall
            | CustomToolCallResource
            | CustomToolCallOutputResource
        ]: ...

    class AsyncResponsesInputItemsListBuilder(ResponsesInputItemsListSetters, AsyncListBuilder):
        """Async builder of `responses.input_items.list`: `await send()` returns a Page of InputMessageResource | OutputMessage | FileSearchToolCall | ComputerToolCall | ComputerToolCallOutputResource | WebSearchToolCall | FunctionToolCallResource | FunctionToolCallOutputResource | ToolSearchCall | ToolSearchOutput | AdditionalTools | ReasoningItem | Program | ProgramOutput | CompactionBody | ImageGenToolCall | CodeInterpreterToolCall | LocalShellToolCall | LocalShellToolCallOutput | FunctionShellCall | FunctionShellCallOutput | ApplyPatchToolCall | ApplyPatchToolCallOutput | MCPListTools | MCPApprovalRequest | MCPApprovalResponseResource | MCPToolCall | CustomToolCallResource | CustomToolCallOutputResource."""

        async def send(
            self,
        ) -> AsyncPage[
            InputMessageResource
            | OutputMessage
            | FileSearchToolCall
            | ComputerToolCall
            | ComputerToolCallOutputResource
            | WebSearchToolCall
            | FunctionToolCallResource
            | FunctionToolCallOutputResource
            | ToolSearchCall
            | ToolSearchOutput
            | AdditionalTools
            | ReasoningItem
            | Program
            | ProgramOutput
            | CompactionBody
            | ImageGenToolCall
            | CodeInterpreterToolCall
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | FunctionShellCall
            | FunctionShellCallOutput
            | ApplyPatchToolCall
            | ApplyPatchToolCallOutput
            | MCPListTools
            | MCPApprovalRequest
            | MCPApprovalResponseResource
            | MCPToolCall
            | CustomToolCallResource
            | CustomToolCallOutputResource
        ]: ...
        async def send_with_meta(
            self,
        ) -> ApiResponse[
            AsyncPage[
                InputMessageResource
                | OutputMessage
                | FileSearchToolCall
                | ComputerToolCall
                | ComputerToolCallOutputResource
                | WebSearchToolCall
                | FunctionToolCallResource
                | FunctionToolCallOutputResource
                | ToolSearchCall
                | ToolSearchOutput
                | AdditionalTools
                | ReasoningItem
                | Program
                | ProgramOutput
                | CompactionBody
                | ImageGenToolCall
                | CodeInterpreterToolCall
                | LocalShellToolCall
                | LocalShellToolCallOutput
                | FunctionShellCall
                | FunctionShellCallOutput
                | ApplyPatchToolCall
                | ApplyPatchToolCallOutput
                | MCPListTools
                | MCPApprovalRequest
                | MCPApprovalResponseResource
                | MCPToolCall
                | CustomToolCallResource
                | CustomToolCallOutputResource
            ]
        ]: ...
        def iter_all(
            self,
        ) -> AsyncIterator[
            InputMessageResource
            | OutputMessage
            | FileSearchToolCall
            | ComputerToolCall
            | ComputerToolCallOutputResource
            | WebSearchToolCall
            | FunctionToolCallResource
            | FunctionToolCallOutputResource
            | ToolSearchCall
            | ToolSearchOutput
            | AdditionalTools
            | ReasoningItem
            | Program
            | ProgramOutput
            | CompactionBody
            | ImageGenToolCall
            | CodeInterpreterToolCall
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | FunctionShellCall
            | FunctionShellCallOutput
            | ApplyPatchToolCall
            | ApplyPatchToolCallOutput
            | MCPListTools
            | MCPApprovalRequest
            | MCPApprovalResponseResource
            | MCPToolCall
            | CustomToolCallResource
            | CustomToolCallOutputResource
        ]: ...

    class ResponsesInputTokensCountBuilder(
        ResponsesInputTokensCountSetters, RequestBuilder[TokenCountsResource]
    ):
        """Builder of `responses.input_tokens.count`: `send()` returns TokenCountsResource."""

    class AsyncResponsesInputTokensCountBuilder(
        ResponsesInputTokensCountSetters, AsyncRequestBuilder[TokenCountsResource]
    ):
        """Async builder of `responses.input_tokens.count`: `await send()` returns TokenCountsResource."""

    class ResponsesRetrieveBuilder(ResponsesRetrieveSetters, RequestBuilder[Response]):
        """Builder of `responses.retrieve`: `send()` returns Response."""

    class AsyncResponsesRetrieveBuilder(ResponsesRetrieveSetters, AsyncRequestBuilder[Response]):
        """Async builder of `responses.retrieve`: `await send()` returns Response."""
