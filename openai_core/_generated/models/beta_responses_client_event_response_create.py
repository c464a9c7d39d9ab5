# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.beta_include_enum import BetaIncludeEnum
from ..models.beta_model_ids_responses_type_1 import (
    BetaModelIdsResponsesType1,
)
from ..models.beta_responses_client_event_response_create_prompt_cache_retention_type_0 import (
    BetaResponsesClientEventResponseCreatePromptCacheRetentionType0,
)
from ..models.beta_responses_client_event_response_create_truncation_type_0 import (
    BetaResponsesClientEventResponseCreateTruncationType0,
)
from ..models.beta_service_tier_responses_type_0 import (
    BetaServiceTierResponsesType0,
)
from ..models.beta_tool_choice_options import BetaToolChoiceOptions
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaResponsesClientEventResponseCreate")

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
        "multi_agent",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_componentsschemas_beta_tools_array_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_componentsschemas_beta_tools_array_item(data)
    return data


def _read_tool_choice(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_tool_choice(data)
    return data


def _read_input_(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [_read_componentsschemas_beta_input_param_type_1_item(_i1) for _i1 in data]
            if isinstance(data, list)
            else data
        )
    return data


def _read_componentsschemas_beta_input_param_type_1_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_componentsschemas_beta_input_param_type_1_item(data)
    return data


def _read_context_management(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [
                (BetaContextManagementParam.from_dict(_i1) if isinstance(_i1, dict) else _i1)
                for _i1 in data
            ]
            if isinstance(data, list)
            else data
        )
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaResponsesClientEventResponseCreate(_Model):
    """Schema `BetaResponsesClientEventResponseCreate`.

    Attributes:
        type (Literal['response.create']): Always 'response.create'.
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
        input (list[BetaAdditionalToolsItemParam | BetaAgentMessageItemParam | BetaApplyPatchToolCallItemParam |
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

    type: Literal["response.create"]
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
    input: (
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
        if self.multi_agent is not UNSET:
            field_dict["multi_agent"] = dump(self.multi_agent)
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
        metadata = (
            BetaMetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        )
        top_logprobs = d.get("top_logprobs", UNSET)
        temperature = d.get("temperature", UNSET)
        top_p = d.get("top_p", UNSET)
        user = d.get("user", UNSET)
        safety_identifier = d.get("safety_identifier", UNSET)
        prompt_cache_key = d.get("prompt_cache_key", UNSET)
        prompt_cache_retention = d.get("prompt_cache_retention", UNSET)
        _prompt_cache_options = d.get("prompt_cache_options", UNSET)
        prompt_cache_options = (
            BetaPromptCacheOptionsParam.from_dict(_prompt_cache_options)
            if isinstance(_prompt_cache_options, dict)
            else _prompt_cache_options
        )
        previous_response_id = d.get("previous_response_id", UNSET)
        model = d.get("model", UNSET)
        background = d.get("background", UNSET)
        max_tool_calls = d.get("max_tool_calls", UNSET)
        _text = d.get("text", UNSET)
        text = BetaResponseTextParam.from_dict(_text) if isinstance(_text, dict) else _text
        _tools = d.get("tools", UNSET)
        tools = (
            [_read_componentsschemas_beta_tools_array_item(_i0) for _i0 in _tools]
            if isinstance(_tools, list)
            else _tools
        )
        _tool_choice = d.get("tool_choice", UNSET)
        tool_choice = _read_tool_choice(_tool_choice)
        _prompt = d.get("prompt", UNSET)
        prompt = BetaPromptType0.from_dict(_prompt) if isinstance(_prompt, dict) else _prompt
        service_tier = d.get("service_tier", UNSET)
        truncation = d.get("truncation", UNSET)
        _reasoning = d.get("reasoning", UNSET)
        reasoning = (
            BetaReasoning.from_dict(_reasoning) if isinstance(_reasoning, dict) else _reasoning
        )
        _input_ = d.get("input", UNSET)
        input_ = _read_input_(_input_)
        include = d.get("include", UNSET)
        parallel_tool_calls = d.get("parallel_tool_calls", UNSET)
        store = d.get("store", UNSET)
        instructions = d.get("instructions", UNSET)
        _moderation = d.get("moderation", UNSET)
        moderation = (
            BetaModerationParam.from_dict(_moderation)
            if isinstance(_moderation, dict)
            else _moderation
        )
        stream = d.get("stream", UNSET)
        _stream_options = d.get("stream_options", UNSET)
        stream_options = (
            BetaResponseStreamOptionsType0.from_dict(_stream_options)
            if isinstance(_stream_options, dict)
            else _stream_options
        )
        _conversation = d.get("conversation", UNSET)
        conversation = (
            BetaConversationParam2.from_dict(_conversation)
            if isinstance(_conversation, dict)
            else _conversation
        )
        _context_management = d.get("context_management", UNSET)
        context_management = _read_context_management(_context_management)
        max_output_tokens = d.get("max_output_tokens", UNSET)
        _multi_agent = d.get("multi_agent", UNSET)
        multi_agent = (
            BetaMultiAgentParam.from_dict(_multi_agent)
            if isinstance(_multi_agent, dict)
            else _multi_agent
        )
        beta_responses_client_event_response_create = cls(
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
            multi_agent=multi_agent,
        )
        if type_ is None:
            beta_responses_client_event_response_create._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            beta_responses_client_event_response_create.additional_properties = _extra_fields(d)
        return beta_responses_client_event_response_create

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
        """The `input` field, under its former name."""
        return self.input

    @input_.setter
    def input_(
        self,
        value: list[
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

_choose_componentsschemas_beta_tools_array_item = ModelChoice(
    BetaFunctionTool,
    BetaFileSearchTool,
    BetaComputerTool,
    BetaComputerUsePreviewTool,
    BetaWebSearchTool,
    BetaMCPTool,
    BetaCodeInterpreterTool,
    BetaProgrammaticToolCallingParam,
    BetaImageGenTool,
    BetaLocalShellToolParam,
    BetaFunctionShellToolParam,
    BetaCustomToolParam,
    BetaNamespaceToolParam,
    BetaToolSearchToolParam,
    BetaWebSearchPreviewTool,
    BetaApplyPatchToolParam,
)
_choose_tool_choice = ModelChoice(
    BetaToolChoiceAllowed,
    BetaToolChoiceTypes,
    BetaToolChoiceFunction,
    BetaToolChoiceMCP,
    BetaToolChoiceCustom,
    BetaSpecificProgrammaticToolCallingParam,
    BetaSpecificApplyPatchParam,
    BetaSpecificFunctionShellParam,
)
_choose_componentsschemas_beta_input_param_type_1_item = ModelChoice(
    BetaEasyInputMessage,
    BetaInputMessage,
    BetaOutputMessage,
    BetaFileSearchToolCall,
    BetaComputerToolCall,
    BetaComputerCallOutputItemParam,
    BetaWebSearchToolCall,
    BetaFunctionToolCall,
    BetaFunctionCallOutputItemParam,
    BetaAgentMessageItemParam,
    BetaMultiAgentCallItemParam,
    BetaMultiAgentCallOutputItemParam,
    BetaToolSearchCallItemParam,
    BetaToolSearchOutputItemParam,
    BetaAdditionalToolsItemParam,
    BetaReasoningItem,
    BetaCompactionSummaryItemParam,
    BetaImageGenToolCall,
    BetaCodeInterpreterToolCall,
    BetaLocalShellToolCall,
    BetaLocalShellToolCallOutput,
    BetaFunctionShellCallItemParam,
    BetaFunctionShellCallOutputItemParam,
    BetaApplyPatchToolCallItemParam,
    BetaApplyPatchToolCallOutputItemParam,
    BetaMCPListTools,
    BetaMCPApprovalRequest,
    BetaMCPApprovalResponse,
    BetaMCPToolCall,
    BetaCustomToolCallOutput,
    BetaCustomToolCall,
    BetaCompactionTriggerItemParam,
    BetaItemReferenceParam,
    BetaProgramItemParam,
    BetaProgramOutputItemParam,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaResponsesClientEventResponseCreate._oc_fields = (
    ("type", "type", True, ("const", "response.create")),
    ("stream_id", "stream_id", False, "string"),
    (
        "metadata",
        "metadata",
        False,
        (
            "union",
            (
                BetaMetadataType0,
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
                (
                    "enum",
                    "BetaResponsesClientEventResponseCreatePromptCacheRetentionType0",
                    ("24h", "in_memory"),
                ),
                "null",
            ),
        ),
    ),
    ("prompt_cache_options", "prompt_cache_options", False, BetaPromptCacheOptionsParam),
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
                    "BetaModelIdsResponsesType1",
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
    ("text", "text", False, BetaResponseTextParam),
    (
        "tools",
        "tools",
        False,
        (
            "list",
            (
                "union",
                (
                    BetaFunctionTool,
                    BetaFileSearchTool,
                    BetaComputerTool,
                    BetaComputerUsePreviewTool,
                    BetaWebSearchTool,
                    BetaMCPTool,
                    BetaCodeInterpreterTool,
                    BetaProgrammaticToolCallingParam,
                    BetaImageGenTool,
                    BetaLocalShellToolParam,
                    BetaFunctionShellToolParam,
                    BetaCustomToolParam,
                    BetaNamespaceToolParam,
                    BetaToolSearchToolParam,
                    BetaWebSearchPreviewTool,
                    BetaApplyPatchToolParam,
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
                ("enum", "BetaToolChoiceOptions", ("auto", "none", "required")),
                BetaToolChoiceAllowed,
                BetaToolChoiceTypes,
                BetaToolChoiceFunction,
                BetaToolChoiceMCP,
                BetaToolChoiceCustom,
                BetaSpecificProgrammaticToolCallingParam,
                BetaSpecificApplyPatchParam,
                BetaSpecificFunctionShellParam,
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
                BetaPromptType0,
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
                    "BetaServiceTierResponsesType0",
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
                (
                    "enum",
                    "BetaResponsesClientEventResponseCreateTruncationType0",
                    ("auto", "disabled"),
                ),
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
                BetaReasoning,
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
                            BetaEasyInputMessage,
                            BetaInputMessage,
                            BetaOutputMessage,
                            BetaFileSearchToolCall,
                            BetaComputerToolCall,
                            BetaComputerCallOutputItemParam,
                            BetaWebSearchToolCall,
                            BetaFunctionToolCall,
                            BetaFunctionCallOutputItemParam,
                            BetaAgentMessageItemParam,
                            BetaMultiAgentCallItemParam,
                            BetaMultiAgentCallOutputItemParam,
                            BetaToolSearchCallItemParam,
                            BetaToolSearchOutputItemParam,
                            BetaAdditionalToolsItemParam,
                            BetaReasoningItem,
                            BetaCompactionSummaryItemParam,
                            BetaImageGenToolCall,
                            BetaCodeInterpreterToolCall,
                            BetaLocalShellToolCall,
                            BetaLocalShellToolCallOutput,
                            BetaFunctionShellCallItemParam,
                            BetaFunctionShellCallOutputItemParam,
                            BetaApplyPatchToolCallItemParam,
                            BetaApplyPatchToolCallOutputItemParam,
                            BetaMCPListTools,
                            BetaMCPApprovalRequest,
                            BetaMCPApprovalResponse,
                            BetaMCPToolCall,
                            BetaCustomToolCallOutput,
                            BetaCustomToolCall,
                            BetaCompactionTriggerItemParam,
                            BetaItemReferenceParam,
                            BetaProgramItemParam,
                            BetaProgramOutputItemParam,
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
                        "BetaIncludeEnum",
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
                BetaModerationParam,
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
                BetaResponseStreamOptionsType0,
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
                BetaConversationParam2,
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
                ("list", BetaContextManagementParam),
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
    (
        "multi_agent",
        "multi_agent",
        False,
        (
            "union",
            (
                BetaMultiAgentParam,
                "null",
            ),
        ),
    ),
)
