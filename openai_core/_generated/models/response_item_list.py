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

T = TypeVar("T", bound="ResponseItemList")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "data",
        "has_more",
        "first_id",
        "last_id",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_data_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_data_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ResponseItemList(_Model):
    """Schema `ResponseItemList`.

    Attributes:
        data (list[AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall |
            CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCallOutputResource |
            CustomToolCallResource | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput |
            FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | InputMessageResource |
            LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools
            | MCPToolCall | OutputMessage | Program | ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput |
            WebSearchToolCall]):
        has_more (bool):
        first_id (str):
        last_id (str):
        object (Literal['list'] | Unset): Always 'list'.
    """

    data: list[
        AdditionalTools
        | ApplyPatchToolCall
        | ApplyPatchToolCallOutput
        | CodeInterpreterToolCall
        | CompactionBody
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | CustomToolCallOutputResource
        | CustomToolCallResource
        | FileSearchToolCall
        | FunctionShellCall
        | FunctionShellCallOutput
        | FunctionToolCallOutputResource
        | FunctionToolCallResource
        | ImageGenToolCall
        | InputMessageResource
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
    ]
    has_more: bool
    first_id: str
    last_id: str
    object: Literal["list"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "data",
        "has_more",
        "first_id",
        "last_id",
    )
    _oc_consts = {"object": "list"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data"] = dump(self.data)
        field_dict["has_more"] = self.has_more
        field_dict["first_id"] = self.first_id
        field_dict["last_id"] = self.last_id
        if self.object is not UNSET:
            field_dict["object"] = self.object
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _data = d.get("data")
        data = [_read_data_item(_i0) for _i0 in _data] if isinstance(_data, list) else _data
        has_more = d.get("has_more")
        first_id = d.get("first_id")
        last_id = d.get("last_id")
        object_ = d.get("object", UNSET)
        response_item_list = cls(
            data=data,
            has_more=has_more,
            first_id=first_id,
            last_id=last_id,
            object=object_,
        )
        if data is None or has_more is None or first_id is None or last_id is None:
            response_item_list._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            response_item_list.additional_properties = _extra_fields(d)
        return response_item_list

    @property
    def object_(self) -> Literal["list"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["list"] | Unset) -> None:
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
from ..models.additional_tools import AdditionalTools  # noqa: E402
from ..models.apply_patch_tool_call import ApplyPatchToolCall  # noqa: E402
from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput  # noqa: E402
from ..models.code_interpreter_tool_call import CodeInterpreterToolCall  # noqa: E402
from ..models.compaction_body import CompactionBody  # noqa: E402
from ..models.computer_tool_call import ComputerToolCall  # noqa: E402
from ..models.computer_tool_call_output_resource import ComputerToolCallOutputResource  # noqa: E402
from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource  # noqa: E402
from ..models.custom_tool_call_resource import CustomToolCallResource  # noqa: E402
from ..models.file_search_tool_call import FileSearchToolCall  # noqa: E402
from ..models.function_shell_call import FunctionShellCall  # noqa: E402
from ..models.function_shell_call_output import FunctionShellCallOutput  # noqa: E402
from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource  # noqa: E402
from ..models.function_tool_call_resource import FunctionToolCallResource  # noqa: E402
from ..models.image_gen_tool_call import ImageGenToolCall  # noqa: E402
from ..models.input_message_resource import InputMessageResource  # noqa: E402
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

_choose_data_item = ModelChoice(
    InputMessageResource,
    OutputMessage,
    FileSearchToolCall,
    ComputerToolCall,
    ComputerToolCallOutputResource,
    WebSearchToolCall,
    FunctionToolCallResource,
    FunctionToolCallOutputResource,
    ToolSearchCall,
    ToolSearchOutput,
    AdditionalTools,
    ReasoningItem,
    Program,
    ProgramOutput,
    CompactionBody,
    ImageGenToolCall,
    CodeInterpreterToolCall,
    LocalShellToolCall,
    LocalShellToolCallOutput,
    FunctionShellCall,
    FunctionShellCallOutput,
    ApplyPatchToolCall,
    ApplyPatchToolCallOutput,
    MCPListTools,
    MCPApprovalRequest,
    MCPApprovalResponseResource,
    MCPToolCall,
    CustomToolCallResource,
    CustomToolCallOutputResource,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ResponseItemList._oc_fields = (
    (
        "data",
        "data",
        True,
        (
            "list",
            (
                "union",
                (
                    InputMessageResource,
                    OutputMessage,
                    FileSearchToolCall,
                    ComputerToolCall,
                    ComputerToolCallOutputResource,
                    WebSearchToolCall,
                    FunctionToolCallResource,
                    FunctionToolCallOutputResource,
                    ToolSearchCall,
                    ToolSearchOutput,
                    AdditionalTools,
                    ReasoningItem,
                    Program,
                    ProgramOutput,
                    CompactionBody,
                    ImageGenToolCall,
                    CodeInterpreterToolCall,
                    LocalShellToolCall,
                    LocalShellToolCallOutput,
                    FunctionShellCall,
                    FunctionShellCallOutput,
                    ApplyPatchToolCall,
                    ApplyPatchToolCallOutput,
                    MCPListTools,
                    MCPApprovalRequest,
                    MCPApprovalResponseResource,
                    MCPToolCall,
                    CustomToolCallResource,
                    CustomToolCallOutputResource,
                ),
            ),
        ),
    ),
    ("has_more", "has_more", True, "boolean"),
    ("first_id", "first_id", True, "string"),
    ("last_id", "last_id", True, "string"),
    ("object", "object", False, ("const", "list")),
)
