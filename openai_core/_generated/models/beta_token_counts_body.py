# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_tool_choice_options import BetaToolChoiceOptions, check_beta_tool_choice_options
from ..models.beta_truncation_enum import BetaTruncationEnum, check_beta_truncation_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaTokenCountsBody")

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
class BetaTokenCountsBody:
    """Schema `BetaTokenCountsBody`.

    Attributes:
        model (None | str | Unset):
        input_ (list[BetaAdditionalToolsItemParam | BetaAgentMessageItemParam | BetaApplyPatchToolCallItemParam |
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
                if isinstance(input_type_0_type_1_item_data, BetaEasyInputMessage):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaInputMessage):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaOutputMessage):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaFileSearchToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaComputerToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaComputerCallOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaWebSearchToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaFunctionToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaFunctionCallOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaAgentMessageItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaMultiAgentCallItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaMultiAgentCallOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaToolSearchCallItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaToolSearchOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaAdditionalToolsItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaReasoningItem):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaCompactionSummaryItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaImageGenToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaCodeInterpreterToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaLocalShellToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaLocalShellToolCallOutput):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaFunctionShellCallItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(
                    input_type_0_type_1_item_data, BetaFunctionShellCallOutputItemParam
                ):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaApplyPatchToolCallItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(
                    input_type_0_type_1_item_data, BetaApplyPatchToolCallOutputItemParam
                ):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaMCPListTools):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaMCPApprovalRequest):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaMCPApprovalResponse):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaMCPToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaCustomToolCallOutput):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaCustomToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaCompactionTriggerItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaItemReferenceParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaProgramItemParam):
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
                if isinstance(tools_type_0_item_data, BetaFunctionTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, BetaFileSearchTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, BetaComputerTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, BetaComputerUsePreviewTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, BetaWebSearchTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, BetaMCPTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, BetaCodeInterpreterTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, BetaProgrammaticToolCallingParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, BetaImageGenTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, BetaLocalShellToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, BetaFunctionShellToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, BetaCustomToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, BetaNamespaceToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, BetaToolSearchToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, BetaWebSearchPreviewTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, BetaResponseTextParam):
            text = self.text.to_dict()
        else:
            text = self.text

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, BetaReasoning):
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
        elif isinstance(self.conversation, BetaConversationParam2):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation

        tool_choice: dict[str, Any] | None | str | Unset
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
        elif isinstance(self.tool_choice, BetaSpecificFunctionShellParam):
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
                input_type_0_type_1 = []
                _input_type_0_type_1 = data
                for input_type_0_type_1_item_data in _input_type_0_type_1:

                    def _parse_input_type_0_type_1_item(
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

                    input_type_0_type_1_item = _parse_input_type_0_type_1_item(
                        input_type_0_type_1_item_data
                    )

                    input_type_0_type_1.append(input_type_0_type_1_item)

                return input_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[BetaAdditionalToolsItemParam | BetaAgentMessageItemParam | BetaApplyPatchToolCallItemParam | BetaApplyPatchToolCallOutputItemParam | BetaCodeInterpreterToolCall | BetaCompactionSummaryItemParam | BetaCompactionTriggerItemParam | BetaComputerCallOutputItemParam | BetaComputerToolCall | BetaCustomToolCall | BetaCustomToolCallOutput | BetaEasyInputMessage | BetaFileSearchToolCall | BetaFunctionCallOutputItemParam | BetaFunctionShellCallItemParam | BetaFunctionShellCallOutputItemParam | BetaFunctionToolCall | BetaImageGenToolCall | BetaInputMessage | BetaItemReferenceParam | BetaLocalShellToolCall | BetaLocalShellToolCallOutput | BetaMCPApprovalRequest | BetaMCPApprovalResponse | BetaMCPListTools | BetaMCPToolCall | BetaMultiAgentCallItemParam | BetaMultiAgentCallOutputItemParam | BetaOutputMessage | BetaProgramItemParam | BetaProgramOutputItemParam | BetaReasoningItem | BetaToolSearchCallItemParam | BetaToolSearchOutputItemParam | BetaWebSearchToolCall] | None | str | Unset",
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
                            componentsschemas_beta_tool_type_3 = (
                                BetaComputerUsePreviewTool.from_dict(data)
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
                            componentsschemas_beta_tool_type_6 = BetaCodeInterpreterTool.from_dict(
                                data
                            )

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
                            componentsschemas_beta_tool_type_9 = BetaLocalShellToolParam.from_dict(
                                data
                            )

                            return componentsschemas_beta_tool_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_tool_type_10 = (
                                BetaFunctionShellToolParam.from_dict(data)
                            )

                            return componentsschemas_beta_tool_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_tool_type_11 = BetaCustomToolParam.from_dict(
                                data
                            )

                            return componentsschemas_beta_tool_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_tool_type_12 = BetaNamespaceToolParam.from_dict(
                                data
                            )

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
                            componentsschemas_beta_tool_type_14 = (
                                BetaWebSearchPreviewTool.from_dict(data)
                            )

                            return componentsschemas_beta_tool_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_tool_type_15 = BetaApplyPatchToolParam.from_dict(
                            data
                        )

                        return componentsschemas_beta_tool_type_15

                    tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[BetaApplyPatchToolParam | BetaCodeInterpreterTool | BetaComputerTool | BetaComputerUsePreviewTool | BetaCustomToolParam | BetaFileSearchTool | BetaFunctionShellToolParam | BetaFunctionTool | BetaImageGenTool | BetaLocalShellToolParam | BetaMCPTool | BetaNamespaceToolParam | BetaProgrammaticToolCallingParam | BetaToolSearchToolParam | BetaWebSearchPreviewTool | BetaWebSearchTool] | None | Unset",
                data,
            )

        tools = _parse_tools(d.get("tools", UNSET))

        def _parse_text(data: object) -> BetaResponseTextParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_type_0 = BetaResponseTextParam.from_dict(data)

                return text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaResponseTextParam | None | Unset", data)

        text = _parse_text(d.get("text", UNSET))

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

        _truncation = d.get("truncation", UNSET)
        truncation: BetaTruncationEnum | Unset
        if isinstance(_truncation, Unset):
            truncation = UNSET
        else:
            truncation = check_beta_truncation_enum(_truncation)

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        instructions = _parse_instructions(d.get("instructions", UNSET))

        personality = d.get("personality", UNSET)

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
            | None
            | Unset
        ):
            if data is None:
                return data
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_choice_param_type_8 = (
                    BetaSpecificFunctionShellParam.from_dict(data)
                )

                return componentsschemas_beta_tool_choice_param_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "BetaSpecificApplyPatchParam | BetaSpecificFunctionShellParam | BetaSpecificProgrammaticToolCallingParam | BetaToolChoiceAllowed | BetaToolChoiceCustom | BetaToolChoiceFunction | BetaToolChoiceMCP | BetaToolChoiceOptions | BetaToolChoiceTypes | None | Unset",
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

        beta_token_counts_body = cls(
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

        beta_token_counts_body.additional_properties = _extra_fields(d)
        return beta_token_counts_body

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
