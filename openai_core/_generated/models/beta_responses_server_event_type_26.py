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

T = TypeVar("T", bound="BetaResponsesServerEventType26")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "output_index",
        "sequence_number",
        "item",
        "agent",
        "stream_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaResponsesServerEventType26(_Model):
    """
    Attributes:
        type (Literal['response.output_item.added']): Always 'response.output_item.added'.
        output_index (int):
        sequence_number (int):
        item (BetaAdditionalTools | BetaAgentMessage | BetaApplyPatchToolCall | BetaApplyPatchToolCallOutput |
            BetaCodeInterpreterToolCall | BetaCompactionBody | BetaComputerToolCall | BetaComputerToolCallOutputResource |
            BetaCustomToolCall | BetaCustomToolCallOutputResource | BetaFileSearchToolCall | BetaFunctionShellCall |
            BetaFunctionShellCallOutput | BetaFunctionToolCall | BetaFunctionToolCallOutputResource | BetaImageGenToolCall |
            BetaLocalShellToolCall | BetaLocalShellToolCallOutput | BetaMCPApprovalRequest | BetaMCPApprovalResponseResource
            | BetaMCPListTools | BetaMCPToolCall | BetaMultiAgentCall | BetaMultiAgentCallOutput | BetaOutputMessage |
            BetaProgram | BetaProgramOutput | BetaReasoningItem | BetaToolSearchCall | BetaToolSearchOutput |
            BetaWebSearchToolCall): Schema `BetaOutputItem`.
        agent (BetaAgentTag | None | Unset):
        stream_id (str | Unset):
    """

    type: Literal["response.output_item.added"]
    output_index: int
    sequence_number: int
    item: (
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
    )
    agent: BetaAgentTag | None | Unset = UNSET
    stream_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "output_index",
        "sequence_number",
        "item",
    )
    _oc_consts = {"type": "response.output_item.added"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["output_index"] = self.output_index
        field_dict["sequence_number"] = self.sequence_number
        field_dict["item"] = dump(self.item)
        if self.agent is not UNSET:
            field_dict["agent"] = dump(self.agent)
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
        output_index = d.get("output_index")
        sequence_number = d.get("sequence_number")
        _item = d.get("item")
        item = _read_item(_item)
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTag.from_dict(_agent) if isinstance(_agent, dict) else _agent
        stream_id = d.get("stream_id", UNSET)
        beta_responses_server_event_type_26 = cls(
            type=type_,
            output_index=output_index,
            sequence_number=sequence_number,
            item=item,
            agent=agent,
            stream_id=stream_id,
        )
        if type_ is None or output_index is None or sequence_number is None or item is None:
            beta_responses_server_event_type_26._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_responses_server_event_type_26.additional_properties = _extra_fields(d)
        return beta_responses_server_event_type_26

    @property
    def type_(self) -> Literal["response.output_item.added"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["response.output_item.added"]) -> None:
        self.type = value

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
from ..models.beta_agent_message import BetaAgentMessage  # noqa: E402
from ..models.beta_agent_tag import BetaAgentTag  # noqa: E402
from ..models.beta_apply_patch_tool_call import BetaApplyPatchToolCall  # noqa: E402
from ..models.beta_apply_patch_tool_call_output import BetaApplyPatchToolCallOutput  # noqa: E402
from ..models.beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall  # noqa: E402
from ..models.beta_compaction_body import BetaCompactionBody  # noqa: E402
from ..models.beta_computer_tool_call import BetaComputerToolCall  # noqa: E402
from ..models.beta_computer_tool_call_output_resource import BetaComputerToolCallOutputResource  # noqa: E402
from ..models.beta_custom_tool_call import BetaCustomToolCall  # noqa: E402
from ..models.beta_custom_tool_call_output_resource import BetaCustomToolCallOutputResource  # noqa: E402
from ..models.beta_file_search_tool_call import BetaFileSearchToolCall  # noqa: E402
from ..models.beta_function_shell_call import BetaFunctionShellCall  # noqa: E402
from ..models.beta_function_shell_call_output import BetaFunctionShellCallOutput  # noqa: E402
from ..models.beta_function_tool_call import BetaFunctionToolCall  # noqa: E402
from ..models.beta_function_tool_call_output_resource import BetaFunctionToolCallOutputResource  # noqa: E402
from ..models.beta_image_gen_tool_call import BetaImageGenToolCall  # noqa: E402
from ..models.beta_local_shell_tool_call import BetaLocalShellToolCall  # noqa: E402
from ..models.beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput  # noqa: E402
from ..models.beta_mcp_approval_request import BetaMCPApprovalRequest  # noqa: E402
from ..models.beta_mcp_approval_response_resource import BetaMCPApprovalResponseResource  # noqa: E402
from ..models.beta_mcp_list_tools import BetaMCPListTools  # noqa: E402
from ..models.beta_mcp_tool_call import BetaMCPToolCall  # noqa: E402
from ..models.beta_multi_agent_call import BetaMultiAgentCall  # noqa: E402
from ..models.beta_multi_agent_call_output import BetaMultiAgentCallOutput  # noqa: E402
from ..models.beta_output_message import BetaOutputMessage  # noqa: E402
from ..models.beta_program import BetaProgram  # noqa: E402
from ..models.beta_program_output import BetaProgramOutput  # noqa: E402
from ..models.beta_reasoning_item import BetaReasoningItem  # noqa: E402
from ..models.beta_tool_search_call import BetaToolSearchCall  # noqa: E402
from ..models.beta_tool_search_output import BetaToolSearchOutput  # noqa: E402
from ..models.beta_web_search_tool_call import BetaWebSearchToolCall  # noqa: E402

_choose_item = ModelChoice(
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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaResponsesServerEventType26._oc_fields = (
    ("type", "type", True, ("const", "response.output_item.added")),
    ("output_index", "output_index", True, "integer"),
    ("sequence_number", "sequence_number", True, "integer"),
    (
        "item",
        "item",
        True,
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
    (
        "agent",
        "agent",
        False,
        (
            "union",
            (
                BetaAgentTag,
                "null",
            ),
        ),
    ),
    ("stream_id", "stream_id", False, "string"),
)
