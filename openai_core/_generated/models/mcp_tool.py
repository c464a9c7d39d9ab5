# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.callable_tool_allowed_caller import (
    CallableToolAllowedCaller,
)
from ..models.mcp_tool_connector_id import MCPToolConnectorId
from ..models.mcp_tool_require_approval_type_0_type_1 import (
    MCPToolRequireApprovalType0Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPTool")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "server_label",
        "server_url",
        "connector_id",
        "tunnel_id",
        "authorization",
        "server_description",
        "headers",
        "allowed_tools",
        "allowed_callers",
        "require_approval",
        "defer_loading",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class MCPTool(_Model):
    """Schema `MCPTool`.

    Attributes:
        type (Literal['mcp']): Always 'mcp'.
        server_label (str):
        server_url (str | Unset):
        connector_id (MCPToolConnectorId | Unset): One of: 'connector_dropbox', 'connector_gmail',
            'connector_googlecalendar', 'connector_googledrive', 'connector_microsoftteams', 'connector_outlookcalendar',
            'connector_outlookemail', 'connector_sharepoint' (others kept).
        tunnel_id (str | Unset): Pattern `^tunnel_[a-z0-9]{32}$`.
        authorization (str | Unset):
        server_description (str | Unset):
        headers (MCPToolHeadersType0 | None | Unset):
        allowed_tools (list[str] | MCPToolFilter | None | Unset):
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset):
        require_approval (MCPToolRequireApprovalType0Type0 | MCPToolRequireApprovalType0Type1 | None | Unset):
        defer_loading (bool | Unset):
    """

    type: Literal["mcp"]
    server_label: str
    server_url: str | Unset = UNSET
    connector_id: MCPToolConnectorId | Unset = UNSET
    tunnel_id: str | Unset = UNSET
    authorization: str | Unset = UNSET
    server_description: str | Unset = UNSET
    headers: MCPToolHeadersType0 | None | Unset = UNSET
    allowed_tools: list[str] | MCPToolFilter | None | Unset = UNSET
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = UNSET
    require_approval: (
        MCPToolRequireApprovalType0Type0 | MCPToolRequireApprovalType0Type1 | None | Unset
    ) = UNSET
    defer_loading: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "server_label",
    )
    _oc_consts = {"type": "mcp"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["server_label"] = self.server_label
        if self.server_url is not UNSET:
            field_dict["server_url"] = self.server_url
        if self.connector_id is not UNSET:
            field_dict["connector_id"] = self.connector_id
        if self.tunnel_id is not UNSET:
            field_dict["tunnel_id"] = self.tunnel_id
        if self.authorization is not UNSET:
            field_dict["authorization"] = self.authorization
        if self.server_description is not UNSET:
            field_dict["server_description"] = self.server_description
        if self.headers is not UNSET:
            field_dict["headers"] = dump(self.headers)
        if self.allowed_tools is not UNSET:
            field_dict["allowed_tools"] = dump(self.allowed_tools)
        if self.allowed_callers is not UNSET:
            field_dict["allowed_callers"] = self.allowed_callers
        if self.require_approval is not UNSET:
            field_dict["require_approval"] = dump(self.require_approval)
        if self.defer_loading is not UNSET:
            field_dict["defer_loading"] = self.defer_loading
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
        server_label = d.get("server_label")
        server_url = d.get("server_url", UNSET)
        connector_id = d.get("connector_id", UNSET)
        tunnel_id = d.get("tunnel_id", UNSET)
        authorization = d.get("authorization", UNSET)
        server_description = d.get("server_description", UNSET)
        _headers = d.get("headers", UNSET)
        headers = (
            MCPToolHeadersType0.from_dict(_headers) if isinstance(_headers, dict) else _headers
        )
        _allowed_tools = d.get("allowed_tools", UNSET)
        allowed_tools = (
            MCPToolFilter.from_dict(_allowed_tools)
            if isinstance(_allowed_tools, dict)
            else _allowed_tools
        )
        allowed_callers = d.get("allowed_callers", UNSET)
        _require_approval = d.get("require_approval", UNSET)
        require_approval = (
            MCPToolRequireApprovalType0Type0.from_dict(_require_approval)
            if isinstance(_require_approval, dict)
            else _require_approval
        )
        defer_loading = d.get("defer_loading", UNSET)
        mcp_tool = cls(
            type=type_,
            server_label=server_label,
            server_url=server_url,
            connector_id=connector_id,
            tunnel_id=tunnel_id,
            authorization=authorization,
            server_description=server_description,
            headers=headers,
            allowed_tools=allowed_tools,
            allowed_callers=allowed_callers,
            require_approval=require_approval,
            defer_loading=defer_loading,
        )
        if type_ is None or server_label is None:
            mcp_tool._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            mcp_tool.additional_properties = _extra_fields(d)
        return mcp_tool

    @property
    def type_(self) -> Literal["mcp"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["mcp"]) -> None:
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
from ..models.mcp_tool_filter import MCPToolFilter  # noqa: E402
from ..models.mcp_tool_headers_type_0 import MCPToolHeadersType0  # noqa: E402
from ..models.mcp_tool_require_approval_type_0_type_0 import MCPToolRequireApprovalType0Type0  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
MCPTool._oc_fields = (
    ("type", "type", True, ("const", "mcp")),
    ("server_label", "server_label", True, "string"),
    ("server_url", "server_url", False, "string"),
    (
        "connector_id",
        "connector_id",
        False,
        (
            "enum",
            "MCPToolConnectorId",
            (
                "connector_dropbox",
                "connector_gmail",
                "connector_googlecalendar",
                "connector_googledrive",
                "connector_microsoftteams",
                "connector_outlookcalendar",
                "connector_outlookemail",
                "connector_sharepoint",
            ),
        ),
    ),
    ("tunnel_id", "tunnel_id", False, "string"),
    ("authorization", "authorization", False, "string"),
    ("server_description", "server_description", False, "string"),
    (
        "headers",
        "headers",
        False,
        (
            "union",
            (
                MCPToolHeadersType0,
                "null",
            ),
        ),
    ),
    (
        "allowed_tools",
        "allowed_tools",
        False,
        (
            "union",
            (
                ("list", "string"),
                MCPToolFilter,
                "null",
            ),
        ),
    ),
    (
        "allowed_callers",
        "allowed_callers",
        False,
        (
            "union",
            (
                ("list", ("enum", "CallableToolAllowedCaller", ("direct", "programmatic"))),
                "null",
            ),
        ),
    ),
    (
        "require_approval",
        "require_approval",
        False,
        (
            "union",
            (
                MCPToolRequireApprovalType0Type0,
                ("enum", "MCPToolRequireApprovalType0Type1", ("always", "never")),
                "null",
            ),
        ),
    ),
    ("defer_loading", "defer_loading", False, "boolean"),
)
