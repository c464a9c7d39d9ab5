# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_tool_call_status import MCPToolCallStatus, check_mcp_tool_call_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPToolCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "server_label",
        "name",
        "arguments",
        "output",
        "error",
        "status",
        "approval_request_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class MCPToolCall:
    """Schema `MCPToolCall`.

    Attributes:
        type_ (Literal['mcp_call']): Always 'mcp_call'.
        id (str):
        server_label (str):
        name (str):
        arguments (str):
        output (None | str | Unset):
        error (HTTPError | MCPProtocolError | MCPToolExecutionError | None | Unset):
        status (MCPToolCallStatus | Unset): Schema `MCPToolCallStatus`.
        approval_request_id (None | str | Unset):
    """

    type_: Literal["mcp_call"]
    id: str
    server_label: str
    name: str
    arguments: str
    output: None | str | Unset = UNSET
    error: HTTPError | MCPProtocolError | MCPToolExecutionError | None | Unset = UNSET
    status: MCPToolCallStatus | Unset = UNSET
    approval_request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        server_label = self.server_label

        name = self.name

        arguments = self.arguments

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, MCPProtocolError):
            error = self.error.to_dict()
        elif isinstance(self.error, MCPToolExecutionError):
            error = self.error.to_dict()
        elif isinstance(self.error, HTTPError):
            error = self.error.to_dict()
        else:
            error = self.error

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        approval_request_id: None | str | Unset
        if isinstance(self.approval_request_id, Unset):
            approval_request_id = UNSET
        else:
            approval_request_id = self.approval_request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "server_label": server_label,
                "name": name,
                "arguments": arguments,
            }
        )
        if output is not UNSET:
            field_dict["output"] = output
        if error is not UNSET:
            field_dict["error"] = error
        if status is not UNSET:
            field_dict["status"] = status
        if approval_request_id is not UNSET:
            field_dict["approval_request_id"] = approval_request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['mcp_call']", d["type"])
        if type_ != "mcp_call":
            raise ValueError(f"type must match const 'mcp_call', got '{type_}'")

        id = d["id"]

        server_label = d["server_label"]

        name = d["name"]

        arguments = d["arguments"]

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        output = _parse_output(d.get("output", UNSET))

        def _parse_error(
            data: object,
        ) -> HTTPError | MCPProtocolError | MCPToolExecutionError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_mcp_tool_call_error_type_0 = MCPProtocolError.from_dict(data)

                return componentsschemas_mcp_tool_call_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_mcp_tool_call_error_type_1 = MCPToolExecutionError.from_dict(data)

                return componentsschemas_mcp_tool_call_error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_mcp_tool_call_error_type_2 = HTTPError.from_dict(data)

                return componentsschemas_mcp_tool_call_error_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("HTTPError | MCPProtocolError | MCPToolExecutionError | None | Unset", data)

        error = _parse_error(d.get("error", UNSET))

        _status = d.get("status", UNSET)
        status: MCPToolCallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_mcp_tool_call_status(_status)

        def _parse_approval_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        approval_request_id = _parse_approval_request_id(d.get("approval_request_id", UNSET))

        mcp_tool_call = cls(
            type_=type_,
            id=id,
            server_label=server_label,
            name=name,
            arguments=arguments,
            output=output,
            error=error,
            status=status,
            approval_request_id=approval_request_id,
        )

        mcp_tool_call.additional_properties = _extra_fields(d)
        return mcp_tool_call

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
from ..models.http_error import HTTPError  # noqa: E402
from ..models.mcp_protocol_error import MCPProtocolError  # noqa: E402
from ..models.mcp_tool_execution_error import MCPToolExecutionError  # noqa: E402
