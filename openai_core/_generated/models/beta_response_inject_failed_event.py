# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaResponseInjectFailedEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "response_id",
        "input",
        "error",
        "sequence_number",
        "stream_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaResponseInjectFailedEvent:
    """Schema `BetaResponseInjectFailedEvent`.

    Attributes:
        type_ (Literal['response.inject.failed']): Always 'response.inject.failed'.
        response_id (str):
        input_ (list[BetaAdditionalToolsItemParam | BetaAgentMessageItemParam | BetaApplyPatchToolCallItemParam |
            BetaApplyPatchToolCallOutputItemParam | BetaCodeInterpreterToolCall | BetaCompactionSummaryItemParam |
            BetaCompactionTriggerItemParam | BetaComputerCallOutputItemParam | BetaComputerToolCall | BetaCustomToolCall |
            BetaCustomToolCallOutput | BetaEasyInputMessage | BetaFileSearchToolCall | BetaFunctionCallOutputItemParam |
            BetaFunctionShellCallItemParam | BetaFunctionShellCallOutputItemParam | BetaFunctionToolCall |
            BetaImageGenToolCall | BetaInputMessage | BetaItemReferenceParam | BetaLocalShellToolCall |
            BetaLocalShellToolCallOutput | BetaMCPApprovalRequest | BetaMCPApprovalResponse | BetaMCPListTools |
            BetaMCPToolCall | BetaMultiAgentCallItemParam | BetaMultiAgentCallOutputItemParam | BetaOutputMessage |
            BetaProgramItemParam | BetaProgramOutputItemParam | BetaReasoningItem | BetaToolSearchCallItemParam |
            BetaToolSearchOutputItemParam | BetaWebSearchToolCall]):
        error (BetaResponseInjectFailedEventError):
        sequence_number (int):
        stream_id (str | Unset):
    """

    type_: Literal["response.inject.failed"]
    response_id: str
    input_: list[
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
    error: BetaResponseInjectFailedEventError
    sequence_number: int
    stream_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        response_id = self.response_id

        input_ = []
        for input_item_data in self.input_:
            input_item: dict[str, Any]
            if isinstance(input_item_data, BetaEasyInputMessage):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaInputMessage):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaOutputMessage):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaFileSearchToolCall):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaComputerToolCall):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaComputerCallOutputItemParam):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaWebSearchToolCall):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaFunctionToolCall):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaFunctionCallOutputItemParam):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaAgentMessageItemParam):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaMultiAgentCallItemParam):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaMultiAgentCallOutputItemParam):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaToolSearchCallItemParam):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaToolSearchOutputItemParam):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaAdditionalToolsItemParam):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaReasoningItem):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaCompactionSummaryItemParam):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaImageGenToolCall):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaCodeInterpreterToolCall):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaLocalShellToolCall):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaLocalShellToolCallOutput):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaFunctionShellCallItemParam):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaFunctionShellCallOutputItemParam):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaApplyPatchToolCallItemParam):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaApplyPatchToolCallOutputItemParam):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaMCPListTools):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaMCPApprovalRequest):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaMCPApprovalResponse):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaMCPToolCall):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaCustomToolCallOutput):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaCustomToolCall):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaCompactionTriggerItemParam):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaItemReferenceParam):
                input_item = input_item_data.to_dict()
            elif isinstance(input_item_data, BetaProgramItemParam):
                input_item = input_item_data.to_dict()
            else:
                input_item = input_item_data.to_dict()

            input_.append(input_item)

        error = self.error.to_dict()

        sequence_number = self.sequence_number

        stream_id = self.stream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "response_id": response_id,
                "input": input_,
                "error": error,
                "sequence_number": sequence_number,
            }
        )
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['response.inject.failed']", d["type"])
        if type_ != "response.inject.failed":
            raise ValueError(f"type must match const 'response.inject.failed', got '{type_}'")

        response_id = d["response_id"]

        input_ = []
        _input_ = d["input"]
        for input_item_data in _input_:

            def _parse_input_item(
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
                    componentsschemas_beta_input_item_type_0 = BetaEasyInputMessage.from_dict(data)

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
                    componentsschemas_beta_item_type_2 = BetaFileSearchToolCall.from_dict(data)

                    return componentsschemas_beta_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_type_3 = BetaComputerToolCall.from_dict(data)

                    return componentsschemas_beta_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_type_4 = BetaComputerCallOutputItemParam.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_type_5 = BetaWebSearchToolCall.from_dict(data)

                    return componentsschemas_beta_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_type_6 = BetaFunctionToolCall.from_dict(data)

                    return componentsschemas_beta_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_type_7 = BetaFunctionCallOutputItemParam.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_type_8 = BetaAgentMessageItemParam.from_dict(data)

                    return componentsschemas_beta_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_type_9 = BetaMultiAgentCallItemParam.from_dict(data)

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
                    componentsschemas_beta_item_type_11 = BetaToolSearchCallItemParam.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_type_12 = BetaToolSearchOutputItemParam.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_type_13 = BetaAdditionalToolsItemParam.from_dict(
                        data
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
                    componentsschemas_beta_item_type_15 = BetaCompactionSummaryItemParam.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_type_16 = BetaImageGenToolCall.from_dict(data)

                    return componentsschemas_beta_item_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_type_17 = BetaCodeInterpreterToolCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_type_18 = BetaLocalShellToolCall.from_dict(data)

                    return componentsschemas_beta_item_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_type_19 = BetaLocalShellToolCallOutput.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_type_20 = BetaFunctionShellCallItemParam.from_dict(
                        data
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
                    componentsschemas_beta_item_type_22 = BetaApplyPatchToolCallItemParam.from_dict(
                        data
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
                    componentsschemas_beta_item_type_25 = BetaMCPApprovalRequest.from_dict(data)

                    return componentsschemas_beta_item_type_25
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_type_26 = BetaMCPApprovalResponse.from_dict(data)

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
                    componentsschemas_beta_item_type_28 = BetaCustomToolCallOutput.from_dict(data)

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
                    componentsschemas_beta_input_item_type_3 = BetaItemReferenceParam.from_dict(
                        data
                    )

                    return componentsschemas_beta_input_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_input_item_type_4 = BetaProgramItemParam.from_dict(data)

                    return componentsschemas_beta_input_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_input_item_type_5 = BetaProgramOutputItemParam.from_dict(
                    data
                )

                return componentsschemas_beta_input_item_type_5

            input_item = _parse_input_item(input_item_data)

            input_.append(input_item)

        error = BetaResponseInjectFailedEventError.from_dict(d["error"])

        sequence_number = d["sequence_number"]

        stream_id = d.get("stream_id", UNSET)

        beta_response_inject_failed_event = cls(
            type_=type_,
            response_id=response_id,
            input_=input_,
            error=error,
            sequence_number=sequence_number,
            stream_id=stream_id,
        )

        beta_response_inject_failed_event.additional_properties = _extra_fields(d)
        return beta_response_inject_failed_event

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
from ..models.beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall  # noqa: E402
from ..models.beta_compaction_summary_item_param import BetaCompactionSummaryItemParam  # noqa: E402
from ..models.beta_compaction_trigger_item_param import BetaCompactionTriggerItemParam  # noqa: E402
from ..models.beta_computer_call_output_item_param import BetaComputerCallOutputItemParam  # noqa: E402
from ..models.beta_computer_tool_call import BetaComputerToolCall  # noqa: E402
from ..models.beta_custom_tool_call import BetaCustomToolCall  # noqa: E402
from ..models.beta_custom_tool_call_output import BetaCustomToolCallOutput  # noqa: E402
from ..models.beta_easy_input_message import BetaEasyInputMessage  # noqa: E402
from ..models.beta_file_search_tool_call import BetaFileSearchToolCall  # noqa: E402
from ..models.beta_function_call_output_item_param import BetaFunctionCallOutputItemParam  # noqa: E402
from ..models.beta_function_shell_call_item_param import BetaFunctionShellCallItemParam  # noqa: E402
from ..models.beta_function_shell_call_output_item_param import BetaFunctionShellCallOutputItemParam  # noqa: E402
from ..models.beta_function_tool_call import BetaFunctionToolCall  # noqa: E402
from ..models.beta_image_gen_tool_call import BetaImageGenToolCall  # noqa: E402
from ..models.beta_input_message import BetaInputMessage  # noqa: E402
from ..models.beta_item_reference_param import BetaItemReferenceParam  # noqa: E402
from ..models.beta_local_shell_tool_call import BetaLocalShellToolCall  # noqa: E402
from ..models.beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput  # noqa: E402
from ..models.beta_mcp_approval_request import BetaMCPApprovalRequest  # noqa: E402
from ..models.beta_mcp_approval_response import BetaMCPApprovalResponse  # noqa: E402
from ..models.beta_mcp_list_tools import BetaMCPListTools  # noqa: E402
from ..models.beta_mcp_tool_call import BetaMCPToolCall  # noqa: E402
from ..models.beta_multi_agent_call_item_param import BetaMultiAgentCallItemParam  # noqa: E402
from ..models.beta_multi_agent_call_output_item_param import BetaMultiAgentCallOutputItemParam  # noqa: E402
from ..models.beta_output_message import BetaOutputMessage  # noqa: E402
from ..models.beta_program_item_param import BetaProgramItemParam  # noqa: E402
from ..models.beta_program_output_item_param import BetaProgramOutputItemParam  # noqa: E402
from ..models.beta_reasoning_item import BetaReasoningItem  # noqa: E402
from ..models.beta_response_inject_failed_event_error import BetaResponseInjectFailedEventError  # noqa: E402
from ..models.beta_tool_search_call_item_param import BetaToolSearchCallItemParam  # noqa: E402
from ..models.beta_tool_search_output_item_param import BetaToolSearchOutputItemParam  # noqa: E402
from ..models.beta_web_search_tool_call import BetaWebSearchToolCall  # noqa: E402
