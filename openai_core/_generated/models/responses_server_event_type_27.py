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

T = TypeVar("T", bound="ResponsesServerEventType27")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "output_index",
        "sequence_number",
        "item",
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
class ResponsesServerEventType27(_Model):
    """
    Attributes:
        type (Literal['response.output_item.done']): Always 'response.output_item.done'.
        output_index (int):
        sequence_number (int):
        item (AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody
            | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutputResource |
            FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCall |
            FunctionToolCallOutputResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput |
            MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | OutputMessage | Program |
            ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall): Schema `OutputItem`.
        stream_id (str | Unset):
    """

    type: Literal["response.output_item.done"]
    output_index: int
    sequence_number: int
    item: (
        AdditionalTools
        | ApplyPatchToolCall
        | ApplyPatchToolCallOutput
        | CodeInterpreterToolCall
        | CompactionBody
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | CustomToolCall
        | CustomToolCallOutputResource
        | FileSearchToolCall
        | FunctionShellCall
        | FunctionShellCallOutput
        | FunctionToolCall
        | FunctionToolCallOutputResource
        | ImageGenToolCall
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | MCPApprovalRequest
        | MCPApprovalResponseResource
        | MCPListTools
        | MCPToolCall
        | OutputMessage
        | Program
        | ProgramOutput
        | ReasoningItem
        | ToolSearchCall
        | ToolSearchOutput
        | WebSearchToolCall
    )
    stream_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "output_index",
        "sequence_number",
        "item",
    )
    _oc_consts = {"type": "response.output_item.done"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["output_index"] = self.output_index
        field_dict["sequence_number"] = self.sequence_number
        field_dict["item"] = dump(self.item)
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
        stream_id = d.get("stream_id", UNSET)
        responses_server_event_type_27 = cls(
            type=type_,
            output_index=output_index,
            sequence_number=sequence_number,
            item=item,
            stream_id=stream_id,
        )
        if type_ is None or output_index is None or sequence_number is None or item is None:
            responses_server_event_type_27._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            responses_server_event_type_27.additional_properties = _extra_fields(d)
        return responses_server_event_type_27

    @property
    def type_(self) -> Literal["response.output_item.done"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["response.output_item.done"]) -> None:
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
from ..models.additional_tools import AdditionalTools  # noqa: E402
from ..models.apply_patch_tool_call import ApplyPatchToolCall  # noqa: E402
from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput  # noqa: E402
from ..models.code_interpreter_tool_call import CodeInterpreterToolCall  # noqa: E402
from ..models.compaction_body import CompactionBody  # noqa: E402
from ..models.computer_tool_call import ComputerToolCall  # noqa: E402
from ..models.computer_tool_call_output_resource import ComputerToolCallOutputResource  # noqa: E402
from ..models.custom_tool_call import CustomToolCall  # noqa: E402
from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource  # noqa: E402
from ..models.file_search_tool_call import FileSearchToolCall  # noqa: E402
from ..models.function_shell_call import FunctionShellCall  # noqa: E402
from ..models.function_shell_call_output import FunctionShellCallOutput  # noqa: E402
from ..models.function_tool_call import FunctionToolCall  # noqa: E402
from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource  # noqa: E402
from ..models.image_gen_tool_call import ImageGenToolCall  # noqa: E402
from ..models.local_shell_tool_call import LocalShellToolCall  # noqa: E402
from ..models.local_shell_tool_call_output import LocalShellToolCallOutput  # noqa: E402
from ..models.mcp_approval_request import MCPApprovalRequest  # noqa: E402
from ..models.mcp_approval_response_resource import MCPApprovalResponseResource  # noqa: E402
from ..models.mcp_list_tools import MCPListTools  # noqa: E402
from ..models.mcp_tool_call import MCPToolCall  # noqa: E402
from ..models.output_message import OutputMessage  # noqa: E402
from ..models.program import Program  # noqa: E402
from ..models.program_output import ProgramOutput  # noqa: E402
from ..models.reasoning_item import ReasoningItem  # noqa: E402
from ..models.tool_search_call import ToolSearchCall  # noqa: E402
from ..models.tool_search_output import ToolSearchOutput  # noqa: E402
from ..models.web_search_tool_call import WebSearchToolCall  # noqa: E402

_choose_item = ModelChoice(
    OutputMessage,
    FileSearchToolCall,
    FunctionToolCall,
    FunctionToolCallOutputResource,
    WebSearchToolCall,
    ComputerToolCall,
    ComputerToolCallOutputResource,
    ReasoningItem,
    Program,
    ProgramOutput,
    ToolSearchCall,
    ToolSearchOutput,
    AdditionalTools,
    CompactionBody,
    ImageGenToolCall,
    CodeInterpreterToolCall,
    LocalShellToolCall,
    LocalShellToolCallOutput,
    FunctionShellCall,
    FunctionShellCallOutput,
    ApplyPatchToolCall,
    ApplyPatchToolCallOutput,
    MCPToolCall,
    MCPListTools,
    MCPApprovalRequest,
    MCPApprovalResponseResource,
    CustomToolCall,
    CustomToolCallOutputResource,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ResponsesServerEventType27._oc_fields = (
    ("type", "type", True, ("const", "response.output_item.done")),
    ("output_index", "output_index", True, "integer"),
    ("sequence_number", "sequence_number", True, "integer"),
    (
        "item",
        "item",
        True,
        (
            "union",
            (
                OutputMessage,
                FileSearchToolCall,
                FunctionToolCall,
                FunctionToolCallOutputResource,
                WebSearchToolCall,
                ComputerToolCall,
                ComputerToolCallOutputResource,
                ReasoningItem,
                Program,
                ProgramOutput,
                ToolSearchCall,
                ToolSearchOutput,
                AdditionalTools,
                CompactionBody,
                ImageGenToolCall,
                CodeInterpreterToolCall,
                LocalShellToolCall,
                LocalShellToolCallOutput,
                FunctionShellCall,
                FunctionShellCallOutput,
                ApplyPatchToolCall,
                ApplyPatchToolCallOutput,
                MCPToolCall,
                MCPListTools,
                MCPApprovalRequest,
                MCPApprovalResponseResource,
                CustomToolCall,
                CustomToolCallOutputResource,
            ),
        ),
    ),
    ("stream_id", "stream_id", False, "string"),
)
