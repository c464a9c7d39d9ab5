# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateConversationBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "metadata",
        "items",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_items(data: Any) -> Any:
    if isinstance(data, list):
        return [_read_items_type_0_item(_i1) for _i1 in data] if isinstance(data, list) else data
    return data


def _read_items_type_0_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_items_type_0_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateConversationBody(_Model):
    """Schema `CreateConversationBody`.

    Attributes:
        metadata (MetadataType0 | None | Unset):
        items (list[AdditionalToolsItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam |
            CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam
            | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall |
            FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall |
            ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput |
            MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ProgramItemParam |
            ProgramOutputItemParam | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam |
            WebSearchToolCall] | None | Unset):
    """

    metadata: MetadataType0 | None | Unset = UNSET
    items: (
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
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.metadata is not UNSET:
            field_dict["metadata"] = dump(self.metadata)
        if self.items is not UNSET:
            field_dict["items"] = dump(self.items)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _metadata = d.get("metadata", UNSET)
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        _items = d.get("items", UNSET)
        items = _read_items(_items)
        create_conversation_body = cls(
            metadata=metadata,
            items=items,
        )
        if not _FIELDS.issuperset(d):
            create_conversation_body.additional_properties = _extra_fields(d)
        return create_conversation_body

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
from ..models.code_interpreter_tool_call import CodeInterpreterToolCall  # noqa: E402
from ..models.compaction_summary_item_param import CompactionSummaryItemParam  # noqa: E402
from ..models.compaction_trigger_item_param import CompactionTriggerItemParam  # noqa: E402
from ..models.computer_call_output_item_param import ComputerCallOutputItemParam  # noqa: E402
from ..models.computer_tool_call import ComputerToolCall  # noqa: E402
from ..models.custom_tool_call import CustomToolCall  # noqa: E402
from ..models.custom_tool_call_output import CustomToolCallOutput  # noqa: E402
from ..models.easy_input_message import EasyInputMessage  # noqa: E402
from ..models.file_search_tool_call import FileSearchToolCall  # noqa: E402
from ..models.function_call_output_item_param import FunctionCallOutputItemParam  # noqa: E402
from ..models.function_shell_call_item_param import FunctionShellCallItemParam  # noqa: E402
from ..models.function_shell_call_output_item_param import FunctionShellCallOutputItemParam  # noqa: E402
from ..models.function_tool_call import FunctionToolCall  # noqa: E402
from ..models.image_gen_tool_call import ImageGenToolCall  # noqa: E402
from ..models.input_message import InputMessage  # noqa: E402
from ..models.item_reference_param import ItemReferenceParam  # noqa: E402
from ..models.local_shell_tool_call import LocalShellToolCall  # noqa: E402
from ..models.local_shell_tool_call_output import LocalShellToolCallOutput  # noqa: E402
from ..models.mcp_approval_request import MCPApprovalRequest  # noqa: E402
from ..models.mcp_approval_response import MCPApprovalResponse  # noqa: E402
from ..models.mcp_list_tools import MCPListTools  # noqa: E402
from ..models.mcp_tool_call import MCPToolCall  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
from ..models.output_message import OutputMessage  # noqa: E402
from ..models.program_item_param import ProgramItemParam  # noqa: E402
from ..models.program_output_item_param import ProgramOutputItemParam  # noqa: E402
from ..models.reasoning_item import ReasoningItem  # noqa: E402
from ..models.tool_search_call_item_param import ToolSearchCallItemParam  # noqa: E402
from ..models.tool_search_output_item_param import ToolSearchOutputItemParam  # noqa: E402
from ..models.web_search_tool_call import WebSearchToolCall  # noqa: E402

_choose_items_type_0_item = ModelChoice(
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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateConversationBody._oc_fields = (
    (
        "metadata",
        "metadata",
        False,
        (
            "union",
            (
                MetadataType0,
                "null",
            ),
        ),
    ),
    (
        "items",
        "items",
        False,
        (
            "union",
            (
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
)
