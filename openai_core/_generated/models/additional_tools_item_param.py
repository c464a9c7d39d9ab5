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

T = TypeVar("T", bound="AdditionalToolsItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "role",
        "tools",
        "id",
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
class AdditionalToolsItemParam(_Model):
    """Schema `AdditionalToolsItemParam`.

    Attributes:
        type (Literal['additional_tools']): Always 'additional_tools'.
        role (Literal['developer']): Always 'developer'.
        tools (list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam
            | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool |
            NamespaceToolParam | ProgrammaticToolCallingParam | ToolSearchToolParam | WebSearchPreviewTool |
            WebSearchTool]):
        id (None | str | Unset):
    """

    type: Literal["additional_tools"]
    role: Literal["developer"]
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "role",
        "tools",
    )
    _oc_consts = {"type": "additional_tools", "role": "developer"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["role"] = self.role
        field_dict["tools"] = dump(self.tools)
        if self.id is not UNSET:
            field_dict["id"] = self.id
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
        role = d.get("role")
        _tools = d.get("tools")
        tools = [_read_tools_item(_i0) for _i0 in _tools] if isinstance(_tools, list) else _tools
        id = d.get("id", UNSET)
        additional_tools_item_param = cls(
            type=type_,
            role=role,
            tools=tools,
            id=id,
        )
        if type_ is None or role is None or tools is None:
            additional_tools_item_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            additional_tools_item_param.additional_properties = _extra_fields(d)
        return additional_tools_item_param

    @property
    def type_(self) -> Literal["additional_tools"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["additional_tools"]) -> None:
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
AdditionalToolsItemParam._oc_fields = (
    ("type", "type", True, ("const", "additional_tools")),
    ("role", "role", True, ("const", "developer")),
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
)
