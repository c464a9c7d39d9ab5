# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callable_tool_allowed_caller import (
    CallableToolAllowedCaller,
    check_callable_tool_allowed_caller,
)
from ..models.mcp_tool_connector_id import MCPToolConnectorId, check_mcp_tool_connector_id
from ..models.mcp_tool_require_approval_type_0_type_1 import (
    MCPToolRequireApprovalType0Type1,
    check_mcp_tool_require_approval_type_0_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPTool")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class MCPTool:
    """Schema `MCPTool`.

    Attributes:
        type_ (Literal['mcp']): Always 'mcp'.
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

    type_: Literal["mcp"]
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

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        server_label = self.server_label

        server_url = self.server_url

        connector_id: str | Unset = UNSET
        if not isinstance(self.connector_id, Unset):
            connector_id = self.connector_id

        tunnel_id = self.tunnel_id

        authorization = self.authorization

        server_description = self.server_description

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, MCPToolHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        allowed_tools: dict[str, Any] | list[str] | None | Unset
        if isinstance(self.allowed_tools, Unset):
            allowed_tools = UNSET
        elif isinstance(self.allowed_tools, list):
            allowed_tools = self.allowed_tools

        elif isinstance(self.allowed_tools, MCPToolFilter):
            allowed_tools = self.allowed_tools.to_dict()
        else:
            allowed_tools = self.allowed_tools

        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in self.allowed_callers:
                allowed_callers_type_0_item: str = allowed_callers_type_0_item_data
                allowed_callers.append(allowed_callers_type_0_item)

        else:
            allowed_callers = self.allowed_callers

        require_approval: dict[str, Any] | None | str | Unset
        if isinstance(self.require_approval, Unset):
            require_approval = UNSET
        elif isinstance(self.require_approval, MCPToolRequireApprovalType0Type0):
            require_approval = self.require_approval.to_dict()
        elif isinstance(self.require_approval, str):
            require_approval = self.require_approval
        else:
            require_approval = self.require_approval

        defer_loading = self.defer_loading

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "server_label": server_label,
            }
        )
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if tunnel_id is not UNSET:
            field_dict["tunnel_id"] = tunnel_id
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if server_description is not UNSET:
            field_dict["server_description"] = server_description
        if headers is not UNSET:
            field_dict["headers"] = headers
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['mcp']", d["type"])
        if type_ != "mcp":
            raise ValueError(f"type must match const 'mcp', got '{type_}'")

        server_label = d["server_label"]

        server_url = d.get("server_url", UNSET)

        _connector_id = d.get("connector_id", UNSET)
        connector_id: MCPToolConnectorId | Unset
        if isinstance(_connector_id, Unset):
            connector_id = UNSET
        else:
            connector_id = check_mcp_tool_connector_id(_connector_id)

        tunnel_id = d.get("tunnel_id", UNSET)

        authorization = d.get("authorization", UNSET)

        server_description = d.get("server_description", UNSET)

        def _parse_headers(data: object) -> MCPToolHeadersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = MCPToolHeadersType0.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MCPToolHeadersType0 | None | Unset", data)

        headers = _parse_headers(d.get("headers", UNSET))

        def _parse_allowed_tools(data: object) -> list[str] | MCPToolFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_tools_type_0_type_0 = cast("list[str]", data)

                return allowed_tools_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allowed_tools_type_0_type_1 = MCPToolFilter.from_dict(data)

                return allowed_tools_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | MCPToolFilter | None | Unset", data)

        allowed_tools = _parse_allowed_tools(d.get("allowed_tools", UNSET))

        def _parse_allowed_callers(data: object) -> list[CallableToolAllowedCaller] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_callers_type_0 = []
                _allowed_callers_type_0 = data
                for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                    allowed_callers_type_0_item = check_callable_tool_allowed_caller(
                        allowed_callers_type_0_item_data
                    )

                    allowed_callers_type_0.append(allowed_callers_type_0_item)

                return allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[CallableToolAllowedCaller] | None | Unset", data)

        allowed_callers = _parse_allowed_callers(d.get("allowed_callers", UNSET))

        def _parse_require_approval(
            data: object,
        ) -> MCPToolRequireApprovalType0Type0 | MCPToolRequireApprovalType0Type1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                require_approval_type_0_type_0 = MCPToolRequireApprovalType0Type0.from_dict(data)

                return require_approval_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                require_approval_type_0_type_1 = check_mcp_tool_require_approval_type_0_type_1(data)

                return require_approval_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "MCPToolRequireApprovalType0Type0 | MCPToolRequireApprovalType0Type1 | None | Unset",
                data,
            )

        require_approval = _parse_require_approval(d.get("require_approval", UNSET))

        defer_loading = d.get("defer_loading", UNSET)

        mcp_tool = cls(
            type_=type_,
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

        mcp_tool.additional_properties = _extra_fields(d)
        return mcp_tool

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
