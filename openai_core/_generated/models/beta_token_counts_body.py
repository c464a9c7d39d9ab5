# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump
from ..models.beta_tool_choice_options import BetaToolChoiceOptions
from ..models.beta_truncation_enum import BetaTruncationEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaTokenCountsBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "model",
        "input",
        "previous_response_id",
        "tools",
        "text",
        "reasoning",
        "truncation",
        "instructions",
        "personality",
        "conversation",
        "tool_choice",
        "parallel_tool_calls",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_input_(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [_read_input_type_0_type_1_item(_i1) for _i1 in data]
            if isinstance(data, list)
            else data
        )
    return data


def _read_input_type_0_type_1_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_input_type_0_type_1_item(data)
    return data


def _read_tools(data: Any) -> Any:
    if isinstance(data, list):
        return [_read_tools_type_0_item(_i1) for _i1 in data] if isinstance(data, list) else data
    return data


def _read_tools_type_0_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_tools_type_0_item(data)
    return data


def _read_tool_choice(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_tool_choice(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaTokenCountsBody(_Model):
    """Schema `BetaTokenCountsBody`.

    Attributes:
        model (None | str | Unset):
        input (list[BetaAdditionalToolsItemParam | BetaAgentMessageItemParam | BetaApplyPatchToolCallItemParam |
            BetaApplyPatchToolCallOutputItemParam | BetaCodeInterpreterToolCall | BetaCompactionSummaryItemParam |
            BetaCompactionTriggerItemParam | BetaComputerCallOutputItemParam | BetaComputerToolCall | BetaCustomToolCall |
            BetaCustomToolCallOutput | BetaEasyInputMessage | BetaFileSearchToolCall | BetaFunctionCallOutputItemParam |
            BetaFunctionShellCallItemParam | BetaFunctionShellCallOutputItemParam | BetaFunctionToolCall |
            BetaImageGenToolCall | BetaInputMessage | BetaItemReferenceParam | BetaLocalShellToolCall |
            BetaLocalShellToolCallOutput | BetaMCPApprovalRequest | BetaMCPApprovalResponse | BetaMCPListTools |
            BetaMCPToolCall | BetaMultiAgentCallItemParam | BetaMultiAgentCallOutputItemParam | BetaOutputMessage |
            BetaProgramItemParam | BetaProgramOutputItemParam | BetaReasoningItem | BetaToolSearchCallItemParam |
            BetaToolSearchOutputItemParam | BetaWebSearchToolCall] | None | str | Unset):
        previous_response_id (None | str | Unset):
        tools (list[BetaApplyPatchToolParam | BetaCodeInterpreterTool | BetaComputerTool | BetaComputerUsePreviewTool |
            BetaCustomToolParam | BetaFileSearchTool | BetaFunctionShellToolParam | BetaFunctionTool | BetaImageGenTool |
            BetaLocalShellToolParam | BetaMCPTool | BetaNamespaceToolParam | BetaProgrammaticToolCallingParam |
            BetaToolSearchToolParam | BetaWebSearchPreviewTool | BetaWebSearchTool] | None | Unset):
        text (BetaResponseTextParam | None | Unset):
        reasoning (BetaReasoning | None | Unset):
        truncation (BetaTruncationEnum | Unset): Schema `BetaTruncationEnum`.
        instructions (None | str | Unset):
        personality (str | Unset): Schema `BetaPersonalityEnum`.
        conversation (BetaConversationParam2 | None | str | Unset):
        tool_choice (BetaSpecificApplyPatchParam | BetaSpecificFunctionShellParam |
            BetaSpecificProgrammaticToolCallingParam | BetaToolChoiceAllowed | BetaToolChoiceCustom | BetaToolChoiceFunction
            | BetaToolChoiceMCP | BetaToolChoiceOptions | BetaToolChoiceTypes | None | Unset):
        parallel_tool_calls (bool | None | Unset):
    """

    model: None | str | Unset = UNSET
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
        | None
        | str
        | Unset
    ) = UNSET
    previous_response_id: None | str | Unset = UNSET
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
        | None
        | Unset
    ) = UNSET
    text: BetaResponseTextParam | None | Unset = UNSET
    reasoning: BetaReasoning | None | Unset = UNSET
    truncation: BetaTruncationEnum | Unset = UNSET
    instructions: None | str | Unset = UNSET
    personality: str | Unset = UNSET
    conversation: BetaConversationParam2 | None | str | Unset = UNSET
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
        | None
        | Unset
    ) = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.input is not UNSET:
            field_dict["input"] = dump(self.input)
        if self.previous_response_id is not UNSET:
            field_dict["previous_response_id"] = self.previous_response_id
        if self.tools is not UNSET:
            field_dict["tools"] = dump(self.tools)
        if self.text is not UNSET:
            field_dict["text"] = dump(self.text)
        if self.reasoning is not UNSET:
            field_dict["reasoning"] = dump(self.reasoning)
        if self.truncation is not UNSET:
            field_dict["truncation"] = self.truncation
        if self.instructions is not UNSET:
            field_dict["instructions"] = self.instructions
        if self.personality is not UNSET:
            field_dict["personality"] = self.personality
        if self.conversation is not UNSET:
            field_dict["conversation"] = dump(self.conversation)
        if self.tool_choice is not UNSET:
            field_dict["tool_choice"] = dump(self.tool_choice)
        if self.parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = self.parallel_tool_calls
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        model = d.get("model", UNSET)
        _input_ = d.get("input", UNSET)
        input_ = _read_input_(_input_)
        previous_response_id = d.get("previous_response_id", UNSET)
        _tools = d.get("tools", UNSET)
        tools = _read_tools(_tools)
        _text = d.get("text", UNSET)
        text = BetaResponseTextParam.from_dict(_text) if isinstance(_text, dict) else _text
        _reasoning = d.get("reasoning", UNSET)
        reasoning = (
            BetaReasoning.from_dict(_reasoning) if isinstance(_reasoning, dict) else _reasoning
        )
        truncation = d.get("truncation", UNSET)
        instructions = d.get("instructions", UNSET)
        personality = d.get("personality", UNSET)
        _conversation = d.get("conversation", UNSET)
        conversation = (
            BetaConversationParam2.from_dict(_conversation)
            if isinstance(_conversation, dict)
            else _conversation
        )
        _tool_choice = d.get("tool_choice", UNSET)
        tool_choice = _read_tool_choice(_tool_choice)
        parallel_tool_calls = d.get("parallel_tool_calls", UNSET)
        beta_token_counts_body = cls(
            model=model,
            input=input_,
            previous_response_id=previous_response_id,
            tools=tools,
            text=text,
            reasoning=reasoning,
            truncation=truncation,
            instructions=instructions,
            personality=personality,
            conversation=conversation,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
        )
        if not _FIELDS.issuperset(d):
            beta_token_counts_body.additional_properties = _extra_fields(d)
        return beta_token_counts_body

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
        | None
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
        | None
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
from ..models.beta_multi_agent_call_item_param import BetaMultiAgentCallItemParam  # noqa: E402
from ..models.beta_multi_agent_call_output_item_param import BetaMultiAgentCallOutputItemParam  # noqa: E402
from ..models.beta_namespace_tool_param import BetaNamespaceToolParam  # noqa: E402
from ..models.beta_output_message import BetaOutputMessage  # noqa: E402
from ..models.beta_program_item_param import BetaProgramItemParam  # noqa: E402
from ..models.beta_program_output_item_param import BetaProgramOutputItemParam  # noqa: E402
from ..models.beta_programmatic_tool_calling_param import BetaProgrammaticToolCallingParam  # noqa: E402
from ..models.beta_reasoning import BetaReasoning  # noqa: E402
from ..models.beta_reasoning_item import BetaReasoningItem  # noqa: E402
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

_choose_input_type_0_type_1_item = ModelChoice(
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
_choose_tools_type_0_item = ModelChoice(
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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaTokenCountsBody._oc_fields = (
    (
        "model",
        "model",
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
        "tools",
        "tools",
        False,
        (
            "union",
            (
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
                "null",
            ),
        ),
    ),
    (
        "text",
        "text",
        False,
        (
            "union",
            (
                BetaResponseTextParam,
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
    ("truncation", "truncation", False, ("enum", "BetaTruncationEnum", ("auto", "disabled"))),
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
    ("personality", "personality", False, "string"),
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
)
