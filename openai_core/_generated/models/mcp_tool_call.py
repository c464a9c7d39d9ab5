# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.mcp_tool_call_status import MCPToolCallStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPToolCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_error(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "mcp_protocol_error":
            return MCPProtocolError.from_dict(data)
        if tag == "mcp_tool_execution_error":
            return MCPToolExecutionError.from_dict(data)
        if tag == "http_error":
            return HTTPError.from_dict(data)
        return _choose_error(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class MCPToolCall(_Model):
    """Schema `MCPToolCall`.

    Attributes:
        type (Literal['mcp_call']): Always 'mcp_call'.
        id (str):
        server_label (str):
        name (str):
        arguments (str):
        output (None | str | Unset):
        error (HTTPError | MCPProtocolError | MCPToolExecutionError | None | Unset):
        status (MCPToolCallStatus | Unset): Schema `MCPToolCallStatus`.
        approval_request_id (None | str | Unset):
    """

    type: Literal["mcp_call"]
    id: str
    server_label: str
    name: str
    arguments: str
    output: None | str | Unset = UNSET
    error: HTTPError | MCPProtocolError | MCPToolExecutionError | None | Unset = UNSET
    status: MCPToolCallStatus | Unset = UNSET
    approval_request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "id",
        "server_label",
        "name",
        "arguments",
    )
    _oc_consts = {"type": "mcp_call"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["server_label"] = self.server_label
        field_dict["name"] = self.name
        field_dict["arguments"] = self.arguments
        if self.output is not UNSET:
            field_dict["output"] = self.output
        if self.error is not UNSET:
            field_dict["error"] = dump(self.error)
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.approval_request_id is not UNSET:
            field_dict["approval_request_id"] = self.approval_request_id
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
        name = d.get("name")
        arguments = d.get("arguments")
        output = d.get("output", UNSET)
        _error = d.get("error", UNSET)
        error = _read_error(_error)
        status = d.get("status", UNSET)
        approval_request_id = d.get("approval_request_id", UNSET)
        mcp_tool_call = cls(
            type=type_,
            id=id,
            server_label=server_label,
            name=name,
            arguments=arguments,
            output=output,
            error=error,
            status=status,
            approval_request_id=approval_request_id,
        )
        if type_ is None or id is None or server_label is None or name is None or arguments is None:
            mcp_tool_call._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            mcp_tool_call.additional_properties = _extra_fields(d)
        return mcp_tool_call

    @property
    def type_(self) -> Literal["mcp_call"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["mcp_call"]) -> None:
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
from ..models.http_error import HTTPError  # noqa: E402
from ..models.mcp_protocol_error import MCPProtocolError  # noqa: E402
from ..models.mcp_tool_execution_error import MCPToolExecutionError  # noqa: E402

_choose_error = ModelChoice(MCPProtocolError, MCPToolExecutionError, HTTPError)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
MCPToolCall._oc_fields = (
    ("type", "type", True, ("const", "mcp_call")),
    ("id", "id", True, "string"),
    ("server_label", "server_label", True, "string"),
    ("name", "name", True, "string"),
    ("arguments", "arguments", True, "string"),
    (
        "output",
        "output",
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
        "error",
        "error",
        False,
        (
            "union",
            (
                MCPProtocolError,
                MCPToolExecutionError,
                HTTPError,
                "null",
            ),
        ),
    ),
    (
        "status",
        "status",
        False,
        (
            "enum",
            "MCPToolCallStatus",
            ("calling", "completed", "failed", "in_progress", "incomplete"),
        ),
    ),
    (
        "approval_request_id",
        "approval_request_id",
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
