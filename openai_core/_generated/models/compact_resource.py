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

T = TypeVar("T", bound="CompactResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "output",
        "created_at",
        "usage",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_output_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_output_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CompactResource(_Model):
    """Schema `CompactResource`.

    Attributes:
        id (str):
        output (list[AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall |
            CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput |
            FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCall | FunctionToolCallOutput |
            ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest |
            MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | Program | ProgramOutput | ReasoningItem |
            ToolSearchCall | ToolSearchOutput | WebSearchToolCall]):
        created_at (int):
        usage (ResponseUsage): Schema `ResponseUsage`.
        object (Literal['response.compaction'] | Unset): Always 'response.compaction'.
    """

    id: str
    output: list[
        AdditionalTools
        | ApplyPatchToolCall
        | ApplyPatchToolCallOutput
        | CodeInterpreterToolCall
        | CompactionBody
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | CustomToolCall
        | CustomToolCallOutput
        | FileSearchToolCall
        | FunctionShellCall
        | FunctionShellCallOutput
        | FunctionToolCall
        | FunctionToolCallOutput
        | ImageGenToolCall
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | MCPApprovalRequest
        | MCPApprovalResponseResource
        | MCPListTools
        | MCPToolCall
        | Message
        | Program
        | ProgramOutput
        | ReasoningItem
        | ToolSearchCall
        | ToolSearchOutput
        | WebSearchToolCall
    ]
    created_at: int
    usage: ResponseUsage
    object: Literal["response.compaction"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "output",
        "created_at",
        "usage",
    )
    _oc_consts = {"object": "response.compaction"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["output"] = dump(self.output)
        field_dict["created_at"] = self.created_at
        field_dict["usage"] = dump(self.usage)
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
        id = d.get("id")
        _output = d.get("output")
        output = (
            [_read_output_item(_i0) for _i0 in _output] if isinstance(_output, list) else _output
        )
        created_at = d.get("created_at")
        _usage = d.get("usage")
        usage = ResponseUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        object_ = d.get("object", UNSET)
        compact_resource = cls(
            id=id,
            output=output,
            created_at=created_at,
            usage=usage,
            object=object_,
        )
        if id is None or output is None or created_at is None or usage is None:
            compact_resource._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            compact_resource.additional_properties = _extra_fields(d)
        return compact_resource

    @property
    def object_(self) -> Literal["response.compaction"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["response.compaction"] | Unset) -> None:
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
from ..models.custom_tool_call import CustomToolCall  # noqa: E402
from ..models.custom_tool_call_output import CustomToolCallOutput  # noqa: E402
from ..models.file_search_tool_call import FileSearchToolCall  # noqa: E402
from ..models.function_shell_call import FunctionShellCall  # noqa: E402
from ..models.function_shell_call_output import FunctionShellCallOutput  # noqa: E402
from ..models.function_tool_call import FunctionToolCall  # noqa: E402
from ..models.function_tool_call_output import FunctionToolCallOutput  # noqa: E402
from ..models.image_gen_tool_call import ImageGenToolCall  # noqa: E402
from ..models.local_shell_tool_call import LocalShellToolCall  # noqa: E402
from ..models.local_shell_tool_call_output import LocalShellToolCallOutput  # noqa: E402
from ..models.mcp_approval_request import MCPApprovalRequest  # noqa: E402
from ..models.mcp_approval_response_resource import MCPApprovalResponseResource  # noqa: E402
from ..models.mcp_list_tools import MCPListTools  # noqa: E402
from ..models.mcp_tool_call import MCPToolCall  # noqa: E402
from ..models.message import Message  # noqa: E402
from ..models.program import Program  # noqa: E402
from ..models.program_output import ProgramOutput  # noqa: E402
from ..models.reasoning_item import ReasoningItem  # noqa: E402
from ..models.response_usage import ResponseUsage  # noqa: E402
from ..models.tool_search_call import ToolSearchCall  # noqa: E402
from ..models.tool_search_output import ToolSearchOutput  # noqa: E402
from ..models.web_search_tool_call import WebSearchToolCall  # noqa: E402

_choose_output_item = ModelChoice(
    Message,
    Program,
    ProgramOutput,
    FunctionToolCall,
    ToolSearchCall,
    ToolSearchOutput,
    AdditionalTools,
    FunctionToolCallOutput,
    FileSearchToolCall,
    WebSearchToolCall,
    ImageGenToolCall,
    ComputerToolCall,
    ComputerToolCallOutputResource,
    ReasoningItem,
    CompactionBody,
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
    CustomToolCall,
    CustomToolCallOutput,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CompactResource._oc_fields = (
    ("id", "id", True, "string"),
    (
        "output",
        "output",
        True,
        (
            "list",
            (
                "union",
                (
                    Message,
                    Program,
                    ProgramOutput,
                    FunctionToolCall,
                    ToolSearchCall,
                    ToolSearchOutput,
                    AdditionalTools,
                    FunctionToolCallOutput,
                    FileSearchToolCall,
                    WebSearchToolCall,
                    ImageGenToolCall,
                    ComputerToolCall,
                    ComputerToolCallOutputResource,
                    ReasoningItem,
                    CompactionBody,
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
                    CustomToolCall,
                    CustomToolCallOutput,
                ),
            ),
        ),
    ),
    ("created_at", "created_at", True, "integer"),
    ("usage", "usage", True, ResponseUsage),
    ("object", "object", False, ("const", "response.compaction")),
)
