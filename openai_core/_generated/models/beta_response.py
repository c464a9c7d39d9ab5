# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.beta_model_ids_responses_type_1 import (
    BetaModelIdsResponsesType1,
)
from ..models.beta_response_prompt_cache_retention_type_0 import (
    BetaResponsePromptCacheRetentionType0,
)
from ..models.beta_response_status import BetaResponseStatus
from ..models.beta_response_truncation_type_0 import (
    BetaResponseTruncationType0,
)
from ..models.beta_service_tier_responses_type_0 import (
    BetaServiceTierResponsesType0,
)
from ..models.beta_tool_choice_options import BetaToolChoiceOptions
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaResponse")

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


def _read_componentsschemas_beta_tools_array_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_componentsschemas_beta_tools_array_item(data)
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
class BetaResponse(_Model):
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
        object (Literal['response'] | Unset): Always 'response'.
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
    object: Literal["response"] | Unset = UNSET
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
        metadata = (
            BetaMetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        )
        model = d.get("model")
        _tools = d.get("tools")
        tools = (
            [_read_componentsschemas_beta_tools_array_item(_i0) for _i0 in _tools]
            if isinstance(_tools, list)
            else _tools
        )
        _tool_choice = d.get("tool_choice")
        tool_choice = _read_tool_choice(_tool_choice)
        id = d.get("id")
        created_at = d.get("created_at")
        _error = d.get("error")
        error = BetaResponseErrorType0.from_dict(_error) if isinstance(_error, dict) else _error
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
        text = BetaResponseTextParam.from_dict(_text) if isinstance(_text, dict) else _text
        _prompt = d.get("prompt", UNSET)
        prompt = BetaPromptType0.from_dict(_prompt) if isinstance(_prompt, dict) else _prompt
        service_tier = d.get("service_tier", UNSET)
        truncation = d.get("truncation", UNSET)
        object_ = d.get("object", UNSET)
        status = d.get("status", UNSET)
        completed_at = d.get("completed_at", UNSET)
        _incomplete_details = d.get("incomplete_details", UNSET)
        incomplete_details = (
            BetaResponseIncompleteDetailsType0.from_dict(_incomplete_details)
            if isinstance(_incomplete_details, dict)
            else _incomplete_details
        )
        _reasoning = d.get("reasoning", UNSET)
        reasoning = (
            BetaReasoning.from_dict(_reasoning) if isinstance(_reasoning, dict) else _reasoning
        )
        _instructions = d.get("instructions", UNSET)
        instructions = _read_instructions(_instructions)
        _usage = d.get("usage", UNSET)
        usage = BetaResponseUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        _prompt_cache_options = d.get("prompt_cache_options", UNSET)
        prompt_cache_options = (
            BetaPromptCacheOptions.from_dict(_prompt_cache_options)
            if isinstance(_prompt_cache_options, dict)
            else _prompt_cache_options
        )
        _moderation = d.get("moderation", UNSET)
        moderation = (
            BetaModeration.from_dict(_moderation) if isinstance(_moderation, dict) else _moderation
        )
        _conversation = d.get("conversation", UNSET)
        conversation = (
            BetaResponseConversation.from_dict(_conversation)
            if isinstance(_conversation, dict)
            else _conversation
        )
        max_output_tokens = d.get("max_output_tokens", UNSET)
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
            beta_response._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_response.additional_properties = _extra_fields(d)
        return beta_response

    @property
    def object_(self) -> Literal["response"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["response"] | Unset) -> None:
        self.object = value

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
_choose_output_item = ModelChoice(
    BetaOutputMessage,
    BetaFileSearchToolCall,
    BetaFunctionToolCall,
    BetaFunctionToolCallOutputResource,
    BetaAgentMessage,
    BetaMultiAgentCall,
    BetaMultiAgentCallOutput,
    BetaWebSearchToolCall,
    BetaComputerToolCall,
    BetaComputerToolCallOutputResource,
    BetaReasoningItem,
    BetaProgram,
    BetaProgramOutput,
    BetaToolSearchCall,
    BetaToolSearchOutput,
    BetaAdditionalTools,
    BetaCompactionBody,
    BetaImageGenToolCall,
    BetaCodeInterpreterToolCall,
    BetaLocalShellToolCall,
    BetaLocalShellToolCallOutput,
    BetaFunctionShellCall,
    BetaFunctionShellCallOutput,
    BetaApplyPatchToolCall,
    BetaApplyPatchToolCallOutput,
    BetaMCPToolCall,
    BetaMCPListTools,
    BetaMCPApprovalRequest,
    BetaMCPApprovalResponseResource,
    BetaCustomToolCall,
    BetaCustomToolCallOutputResource,
)
_choose_instructions_type_0_type_1_item = ModelChoice(
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
BetaResponse._oc_fields = (
    (
        "metadata",
        "metadata",
        True,
        (
            "union",
            (
                BetaMetadataType0,
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
        "tools",
        "tools",
        True,
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
        True,
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
    ("id", "id", True, "string"),
    ("created_at", "created_at", True, "number"),
    (
        "error",
        "error",
        True,
        (
            "union",
            (
                BetaResponseErrorType0,
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
                    BetaOutputMessage,
                    BetaFileSearchToolCall,
                    BetaFunctionToolCall,
                    BetaFunctionToolCallOutputResource,
                    BetaAgentMessage,
                    BetaMultiAgentCall,
                    BetaMultiAgentCallOutput,
                    BetaWebSearchToolCall,
                    BetaComputerToolCall,
                    BetaComputerToolCallOutputResource,
                    BetaReasoningItem,
                    BetaProgram,
                    BetaProgramOutput,
                    BetaToolSearchCall,
                    BetaToolSearchOutput,
                    BetaAdditionalTools,
                    BetaCompactionBody,
                    BetaImageGenToolCall,
                    BetaCodeInterpreterToolCall,
                    BetaLocalShellToolCall,
                    BetaLocalShellToolCallOutput,
                    BetaFunctionShellCall,
                    BetaFunctionShellCallOutput,
                    BetaApplyPatchToolCall,
                    BetaApplyPatchToolCallOutput,
                    BetaMCPToolCall,
                    BetaMCPListTools,
                    BetaMCPApprovalRequest,
                    BetaMCPApprovalResponseResource,
                    BetaCustomToolCall,
                    BetaCustomToolCallOutputResource,
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
                ("enum", "BetaResponsePromptCacheRetentionType0", ("24h", "in_memory")),
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
    ("text", "text", False, BetaResponseTextParam),
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
                ("enum", "BetaResponseTruncationType0", ("auto", "disabled")),
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
            "BetaResponseStatus",
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
                BetaResponseIncompleteDetailsType0,
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
                "null",
            ),
        ),
    ),
    ("usage", "usage", False, BetaResponseUsage),
    ("prompt_cache_options", "prompt_cache_options", False, BetaPromptCacheOptions),
    (
        "moderation",
        "moderation",
        False,
        (
            "union",
            (
                BetaModeration,
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
                BetaResponseConversation,
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
