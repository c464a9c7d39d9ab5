# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdditionalToolsItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "role",
        "tools",
        "id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class AdditionalToolsItemParam:
    """Schema `AdditionalToolsItemParam`.

    Attributes:
        type_ (Literal['additional_tools']): Always 'additional_tools'.
        role (Literal['developer']): Always 'developer'.
        tools (list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam
            | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool |
            NamespaceToolParam | ProgrammaticToolCallingParam | ToolSearchToolParam | WebSearchPreviewTool |
            WebSearchTool]):
        id (None | str | Unset):
    """

    type_: Literal["additional_tools"]
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

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        role = self.role

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, FunctionTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, FileSearchTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ComputerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ComputerUsePreviewTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, WebSearchTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, MCPTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, CodeInterpreterTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ProgrammaticToolCallingParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ImageGenTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LocalShellToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, FunctionShellToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, CustomToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, NamespaceToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ToolSearchToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, WebSearchPreviewTool):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "role": role,
                "tools": tools,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['additional_tools']", d["type"])
        if type_ != "additional_tools":
            raise ValueError(f"type must match const 'additional_tools', got '{type_}'")

        role = cast("Literal['developer']", d["role"])
        if role != "developer":
            raise ValueError(f"role must match const 'developer', got '{role}'")

        tools = []
        _tools = d["tools"]
        for tools_item_data in _tools:

            def _parse_tools_item(
                data: object,
            ) -> (
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
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_0 = FunctionTool.from_dict(data)

                    return componentsschemas_tool_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_1 = FileSearchTool.from_dict(data)

                    return componentsschemas_tool_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_2 = ComputerTool.from_dict(data)

                    return componentsschemas_tool_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_3 = ComputerUsePreviewTool.from_dict(data)

                    return componentsschemas_tool_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_4 = WebSearchTool.from_dict(data)

                    return componentsschemas_tool_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_5 = MCPTool.from_dict(data)

                    return componentsschemas_tool_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_6 = CodeInterpreterTool.from_dict(data)

                    return componentsschemas_tool_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_7 = ProgrammaticToolCallingParam.from_dict(data)

                    return componentsschemas_tool_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_8 = ImageGenTool.from_dict(data)

                    return componentsschemas_tool_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_9 = LocalShellToolParam.from_dict(data)

                    return componentsschemas_tool_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_10 = FunctionShellToolParam.from_dict(data)

                    return componentsschemas_tool_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_11 = CustomToolParam.from_dict(data)

                    return componentsschemas_tool_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_12 = NamespaceToolParam.from_dict(data)

                    return componentsschemas_tool_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_13 = ToolSearchToolParam.from_dict(data)

                    return componentsschemas_tool_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_14 = WebSearchPreviewTool.from_dict(data)

                    return componentsschemas_tool_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_type_15 = ApplyPatchToolParam.from_dict(data)

                return componentsschemas_tool_type_15

            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        id = _parse_id(d.get("id", UNSET))

        additional_tools_item_param = cls(
            type_=type_,
            role=role,
            tools=tools,
            id=id,
        )

        additional_tools_item_param.additional_properties = _extra_fields(d)
        return additional_tools_item_param

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
