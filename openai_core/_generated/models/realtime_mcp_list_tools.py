# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeMCPListTools")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "server_label",
        "tools",
        "id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeMCPListTools:
    """Schema `RealtimeMCPListTools`.

    Attributes:
        type_ (Literal['mcp_list_tools']): Always 'mcp_list_tools'.
        server_label (str):
        tools (list[MCPListToolsTool]):
        id (str | Unset):
    """

    type_: Literal["mcp_list_tools"]
    server_label: str
    tools: list[MCPListToolsTool]
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        server_label = self.server_label

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "server_label": server_label,
                "tools": tools,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['mcp_list_tools']", d["type"])
        if type_ != "mcp_list_tools":
            raise ValueError(f"type must match const 'mcp_list_tools', got '{type_}'")

        server_label = d["server_label"]

        tools = []
        _tools = d["tools"]
        for tools_item_data in _tools:
            tools_item = MCPListToolsTool.from_dict(tools_item_data)

            tools.append(tools_item)

        id = d.get("id", UNSET)

        realtime_mcp_list_tools = cls(
            type_=type_,
            server_label=server_label,
            tools=tools,
            id=id,
        )

        realtime_mcp_list_tools.additional_properties = _extra_fields(d)
        return realtime_mcp_list_tools

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
from ..models.mcp_list_tools_tool import MCPListToolsTool  # noqa: E402
