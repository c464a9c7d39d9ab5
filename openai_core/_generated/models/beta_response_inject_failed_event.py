# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaResponseInjectFailedEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_input_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_input_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaResponseInjectFailedEvent(_Model):
    """Schema `BetaResponseInjectFailedEvent`.

    Attributes:
        type (Literal['response.inject.failed']): Always 'response.inject.failed'.
        response_id (str):
        input (list[BetaAdditionalToolsItemParam | BetaAgentMessageItemParam | BetaApplyPatchToolCallItemParam |
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

    type: Literal["response.inject.failed"]
    response_id: str
    input: list[
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

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "response_id",
        "input",
        "error",
        "sequence_number",
    )
    _oc_consts = {"type": "response.inject.failed"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["response_id"] = self.response_id
        field_dict["input"] = dump(self.input)
        field_dict["error"] = dump(self.error)
        field_dict["sequence_number"] = self.sequence_number
        if self.stream_id is not UNSET:
            field_dict["stream_id"] = self.stream_id
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
        response_id = d.get("response_id")
        _input_ = d.get("input")
        input_ = (
            [_read_input_item(_i0) for _i0 in _input_] if isinstance(_input_, list) else _input_
        )
        _error = d.get("error")
        error = (
            BetaResponseInjectFailedEventError.from_dict(_error)
            if isinstance(_error, dict)
            else _error
        )
        sequence_number = d.get("sequence_number")
        stream_id = d.get("stream_id", UNSET)
        beta_response_inject_failed_event = cls(
            type=type_,
            response_id=response_id,
            input=input_,
            error=error,
            sequence_number=sequence_number,
            stream_id=stream_id,
        )
        if (
            type_ is None
            or response_id is None
            or input_ is None
            or error is None
            or sequence_number is None
        ):
            beta_response_inject_failed_event._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_response_inject_failed_event.additional_properties = _extra_fields(d)
        return beta_response_inject_failed_event

    @property
    def type_(self) -> Literal["response.inject.failed"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["response.inject.failed"]) -> None:
        self.type = value

    @property
    def input_(
        self,
    ) -> list[
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
    ]:
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
        ],
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

_choose_input_item = ModelChoice(
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
BetaResponseInjectFailedEvent._oc_fields = (
    ("type", "type", True, ("const", "response.inject.failed")),
    ("response_id", "response_id", True, "string"),
    (
        "input",
        "input",
        True,
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
    ("error", "error", True, BetaResponseInjectFailedEventError),
    ("sequence_number", "sequence_number", True, "integer"),
    ("stream_id", "stream_id", False, "string"),
)
