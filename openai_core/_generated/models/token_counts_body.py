# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..models.truncation_enum import TruncationEnum, check_truncation_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenCountsBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class TokenCountsBody:
    """Schema `TokenCountsBody`.

    Attributes:
        model (None | str | Unset):
        input_ (list[AdditionalToolsItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam |
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
    input_: (
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

    def to_dict(self) -> dict[str, Any]:
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        input_: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = []
            for input_type_0_type_1_item_data in self.input_:
                input_type_0_type_1_item: dict[str, Any]
                if isinstance(input_type_0_type_1_item_data, EasyInputMessage):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, InputMessage):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, OutputMessage):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, FileSearchToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ComputerToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ComputerCallOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, WebSearchToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, FunctionToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, FunctionCallOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ToolSearchCallItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ToolSearchOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, AdditionalToolsItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ReasoningItem):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, CompactionSummaryItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ImageGenToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, CodeInterpreterToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, LocalShellToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, LocalShellToolCallOutput):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, FunctionShellCallItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, FunctionShellCallOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ApplyPatchToolCallItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ApplyPatchToolCallOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, MCPListTools):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, MCPApprovalRequest):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, MCPApprovalResponse):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, MCPToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, CustomToolCallOutput):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, CustomToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, CompactionTriggerItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ItemReferenceParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ProgramItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                else:
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()

                input_.append(input_type_0_type_1_item)

        else:
            input_ = self.input_

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if isinstance(tools_type_0_item_data, FunctionTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, FileSearchTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ComputerTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ComputerUsePreviewTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, WebSearchTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, MCPTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, CodeInterpreterTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ProgrammaticToolCallingParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ImageGenTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LocalShellToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, FunctionShellToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, CustomToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, NamespaceToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ToolSearchToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, WebSearchPreviewTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, ResponseTextParam):
            text = self.text.to_dict()
        else:
            text = self.text

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, Reasoning):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        truncation: str | Unset = UNSET
        if not isinstance(self.truncation, Unset):
            truncation = self.truncation

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        personality = self.personality

        conversation: dict[str, Any] | None | str | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, ConversationParam2):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
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
        elif isinstance(self.tool_choice, SpecificFunctionShellParam):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if input_ is not UNSET:
            field_dict["input"] = input_
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if tools is not UNSET:
            field_dict["tools"] = tools
        if text is not UNSET:
            field_dict["text"] = text
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if personality is not UNSET:
            field_dict["personality"] = personality
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        model = _parse_model(d.get("model", UNSET))

        def _parse_input_(
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
                input_type_0_type_1 = []
                _input_type_0_type_1 = data
                for input_type_0_type_1_item_data in _input_type_0_type_1:

                    def _parse_input_type_0_type_1_item(
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

                    input_type_0_type_1_item = _parse_input_type_0_type_1_item(
                        input_type_0_type_1_item_data
                    )

                    input_type_0_type_1.append(input_type_0_type_1_item)

                return input_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[AdditionalToolsItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall | FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall | ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ProgramItemParam | ProgramOutputItemParam | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam | WebSearchToolCall] | None | str | Unset",
                data,
            )

        input_ = _parse_input_(d.get("input", UNSET))

        def _parse_previous_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        previous_response_id = _parse_previous_response_id(d.get("previous_response_id", UNSET))

        def _parse_tools(
            data: object,
        ) -> (
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
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_0 = []
                _tools_type_0 = data
                for tools_type_0_item_data in _tools_type_0:

                    def _parse_tools_type_0_item(
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
                            componentsschemas_tool_type_7 = ProgrammaticToolCallingParam.from_dict(
                                data
                            )

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

                    tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool | NamespaceToolParam | ProgrammaticToolCallingParam | ToolSearchToolParam | WebSearchPreviewTool | WebSearchTool] | None | Unset",
                data,
            )

        tools = _parse_tools(d.get("tools", UNSET))

        def _parse_text(data: object) -> None | ResponseTextParam | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_type_0 = ResponseTextParam.from_dict(data)

                return text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponseTextParam | Unset", data)

        text = _parse_text(d.get("text", UNSET))

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

        _truncation = d.get("truncation", UNSET)
        truncation: TruncationEnum | Unset
        if isinstance(_truncation, Unset):
            truncation = UNSET
        else:
            truncation = check_truncation_enum(_truncation)

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        instructions = _parse_instructions(d.get("instructions", UNSET))

        personality = d.get("personality", UNSET)

        def _parse_conversation(data: object) -> ConversationParam2 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_param_type_1 = ConversationParam2.from_dict(data)

                return componentsschemas_conversation_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ConversationParam2 | None | str | Unset", data)

        conversation = _parse_conversation(d.get("conversation", UNSET))

        def _parse_tool_choice(
            data: object,
        ) -> (
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
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_8 = SpecificFunctionShellParam.from_dict(
                    data
                )

                return componentsschemas_tool_choice_param_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "None | SpecificApplyPatchParam | SpecificFunctionShellParam | SpecificProgrammaticToolCallingParam | ToolChoiceAllowed | ToolChoiceCustom | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | ToolChoiceTypes | Unset",
                data,
            )

        tool_choice = _parse_tool_choice(d.get("tool_choice", UNSET))

        def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        parallel_tool_calls = _parse_parallel_tool_calls(d.get("parallel_tool_calls", UNSET))

        token_counts_body = cls(
            model=model,
            input_=input_,
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

        token_counts_body.additional_properties = _extra_fields(d)
        return token_counts_body

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
