# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPListTools")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "server_label",
        "tools",
        "error",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class MCPListTools(_Model):
    """Schema `MCPListTools`.

    Attributes:
        type (Literal['mcp_list_tools']): Always 'mcp_list_tools'.
        id (str):
        server_label (str):
        tools (list[MCPListToolsTool]):
        error (None | str | Unset):
    """

    type: Literal["mcp_list_tools"]
    id: str
    server_label: str
    tools: list[MCPListToolsTool]
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "id",
        "server_label",
        "tools",
    )
    _oc_consts = {"type": "mcp_list_tools"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["server_label"] = self.server_label
        field_dict["tools"] = dump(self.tools)
        if self.error is not UNSET:
            field_dict["error"] = self.error
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
        id = d.get("id")
        server_label = d.get("server_label")
        _tools = d.get("tools")
        tools = (
            [(MCPListToolsTool.from_dict(_i0) if isinstance(_i0, dict) else _i0) for _i0 in _tools]
            if isinstance(_tools, list)
            else _tools
        )
        error = d.get("error", UNSET)
        mcp_list_tools = cls(
            type=type_,
            id=id,
            server_label=server_label,
            tools=tools,
            error=error,
        )
        if type_ is None or id is None or server_label is None or tools is None:
            mcp_list_tools._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            mcp_list_tools.additional_properties = _extra_fields(d)
        return mcp_list_tools

    @property
    def type_(self) -> Literal["mcp_list_tools"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["mcp_list_tools"]) -> None:
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
from ..models.mcp_list_tools_tool import MCPListToolsTool  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
MCPListTools._oc_fields = (
    ("type", "type", True, ("const", "mcp_list_tools")),
    ("id", "id", True, "string"),
    ("server_label", "server_label", True, "string"),
    ("tools", "tools", True, ("list", MCPListToolsTool)),
    (
        "error",
        "error",
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
