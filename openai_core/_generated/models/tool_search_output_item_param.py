# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.function_call_item_status import (
    FunctionCallItemStatus,
)
from ..models.tool_search_execution_type import (
    ToolSearchExecutionType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolSearchOutputItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "tools",
        "id",
        "call_id",
        "execution",
        "status",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_tools_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_tools_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ToolSearchOutputItemParam(_Model):
    """Schema `ToolSearchOutputItemParam`.

    Attributes:
        type (Literal['tool_search_output']): Always 'tool_search_output'.
        tools (list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam
            | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool |
            NamespaceToolParam | ProgrammaticToolCallingParam | ToolSearchToolParam | WebSearchPreviewTool |
            WebSearchTool]):
        id (None | str | Unset):
        call_id (None | str | Unset):
        execution (ToolSearchExecutionType | Unset): Schema `ToolSearchExecutionType`.
        status (FunctionCallItemStatus | None | Unset):
    """

    type: Literal["tool_search_output"]
    tools: list[
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
    id: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    execution: ToolSearchExecutionType | Unset = UNSET
    status: FunctionCallItemStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "tools",
    )
    _oc_consts = {"type": "tool_search_output"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["tools"] = dump(self.tools)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.call_id is not UNSET:
            field_dict["call_id"] = self.call_id
        if self.execution is not UNSET:
            field_dict["execution"] = self.execution
        if self.status is not UNSET:
            field_dict["status"] = self.status
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
        _tools = d.get("tools")
        tools = [_read_tools_item(_i0) for _i0 in _tools] if isinstance(_tools, list) else _tools
        id = d.get("id", UNSET)
        call_id = d.get("call_id", UNSET)
        execution = d.get("execution", UNSET)
        status = d.get("status", UNSET)
        tool_search_output_item_param = cls(
            type=type_,
            tools=tools,
            id=id,
            call_id=call_id,
            execution=execution,
            status=status,
        )
        if type_ is None or tools is None:
            tool_search_output_item_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            tool_search_output_item_param.additional_properties = _extra_fields(d)
        return tool_search_output_item_param

    @property
    def type_(self) -> Literal["tool_search_output"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["tool_search_output"]) -> None:
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
from ..models.apply_patch_tool_param import ApplyPatchToolParam  # noqa: E402
from ..models.code_interpreter_tool import CodeInterpreterTool  # noqa: E402
from ..models.computer_tool import ComputerTool  # noqa: E402
from ..models.computer_use_preview_tool import ComputerUsePreviewTool  # noqa: E402
from ..models.custom_tool_param import CustomToolParam  # noqa: E402
from ..models.file_search_tool import FileSearchTool  # noqa: E402
from ..models.function_shell_tool_param import FunctionShellToolParam  # noqa: E402
from ..models.function_tool import FunctionTool  # noqa: E402
from ..models.image_gen_tool import ImageGenTool  # noqa: E402
from ..models.local_shell_tool_param import LocalShellToolParam  # noqa: E402
from ..models.mcp_tool import MCPTool  # noqa: E402
from ..models.namespace_tool_param import NamespaceToolParam  # noqa: E402
from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam  # noqa: E402
from ..models.tool_search_tool_param import ToolSearchToolParam  # noqa: E402
from ..models.web_search_preview_tool import WebSearchPreviewTool  # noqa: E402
from ..models.web_search_tool import WebSearchTool  # noqa: E402

_choose_tools_item = ModelChoice(
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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ToolSearchOutputItemParam._oc_fields = (
    ("type", "type", True, ("const", "tool_search_output")),
    (
        "tools",
        "tools",
        True,
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
    ),
    (
        "id",
        "id",
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
        "call_id",
        "call_id",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    ("execution", "execution", False, ("enum", "ToolSearchExecutionType", ("client", "server"))),
    (
        "status",
        "status",
        False,
        (
            "union",
            (
                ("enum", "FunctionCallItemStatus", ("completed", "in_progress", "incomplete")),
                "null",
            ),
        ),
    ),
)
