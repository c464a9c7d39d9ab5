# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump
from ..models.tool_choice_options import ToolChoiceOptions
from ..models.truncation_enum import TruncationEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenCountsBody")

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
class TokenCountsBody(_Model):
    """Schema `TokenCountsBody`.

    Attributes:
        model (None | str | Unset):
        input (list[AdditionalToolsItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam |
            CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam
            | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall |
            FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall |
            ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput |
            MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ProgramItemParam |
            ProgramOutputItemParam | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam |
            WebSearchToolCall] | None | str | Unset):
        previous_response_id (None | str | Unset):
        tools (list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam
            | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool |
            NamespaceToolParam | ProgrammaticToolCallingParam | ToolSearchToolParam | WebSearchPreviewTool | WebSearchTool]
            | None | Unset):
        text (None | ResponseTextParam | Unset):
        reasoning (None | Reasoning | Unset):
        truncation (TruncationEnum | Unset): Schema `TruncationEnum`.
        instructions (None | str | Unset):
        personality (str | Unset): Schema `PersonalityEnum`.
        conversation (ConversationParam2 | None | str | Unset):
        tool_choice (None | SpecificApplyPatchParam | SpecificFunctionShellParam | SpecificProgrammaticToolCallingParam
            | ToolChoiceAllowed | ToolChoiceCustom | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions |
            ToolChoiceTypes | Unset):
        parallel_tool_calls (bool | None | Unset):
    """

    model: None | str | Unset = UNSET
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
        | None
        | str
        | Unset
    ) = UNSET
    previous_response_id: None | str | Unset = UNSET
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
        | None
        | Unset
    ) = UNSET
    text: None | ResponseTextParam | Unset = UNSET
    reasoning: None | Reasoning | Unset = UNSET
    truncation: TruncationEnum | Unset = UNSET
    instructions: None | str | Unset = UNSET
    personality: str | Unset = UNSET
    conversation: ConversationParam2 | None | str | Unset = UNSET
    tool_choice: (
        None
        | SpecificApplyPatchParam
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
        text = ResponseTextParam.from_dict(_text) if isinstance(_text, dict) else _text
        _reasoning = d.get("reasoning", UNSET)
        reasoning = Reasoning.from_dict(_reasoning) if isinstance(_reasoning, dict) else _reasoning
        truncation = d.get("truncation", UNSET)
        instructions = d.get("instructions", UNSET)
        personality = d.get("personality", UNSET)
        _conversation = d.get("conversation", UNSET)
        conversation = (
            ConversationParam2.from_dict(_conversation)
            if isinstance(_conversation, dict)
            else _conversation
        )
        _tool_choice = d.get("tool_choice", UNSET)
        tool_choice = _read_tool_choice(_tool_choice)
        parallel_tool_calls = d.get("parallel_tool_calls", UNSET)
        token_counts_body = cls(
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
            token_counts_body.additional_properties = _extra_fields(d)
        return token_counts_body

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
from ..models.namespace_tool_param import NamespaceToolParam  # noqa: E402
from ..models.output_message import OutputMessage  # noqa: E402
from ..models.program_item_param import ProgramItemParam  # noqa: E402
from ..models.program_output_item_param import ProgramOutputItemParam  # noqa: E402
from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam  # noqa: E402
from ..models.reasoning import Reasoning  # noqa: E402
from ..models.reasoning_item import ReasoningItem  # noqa: E402
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

_choose_input_type_0_type_1_item = ModelChoice(
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
_choose_tools_type_0_item = ModelChoice(
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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
TokenCountsBody._oc_fields = (
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
                ResponseTextParam,
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
    ("truncation", "truncation", False, ("enum", "TruncationEnum", ("auto", "disabled"))),
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
                ConversationParam2,
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
                ("enum", "ToolChoiceOptions", ("auto", "none", "required")),
                ToolChoiceAllowed,
                ToolChoiceTypes,
                ToolChoiceFunction,
                ToolChoiceMCP,
                ToolChoiceCustom,
                SpecificProgrammaticToolCallingParam,
                SpecificApplyPatchParam,
                SpecificFunctionShellParam,
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
