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

T = TypeVar("T", bound="RealtimeMCPToolCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "server_label",
        "name",
        "arguments",
        "approval_request_id",
        "output",
        "error",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_error(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "protocol_error":
            return RealtimeMCPProtocolError.from_dict(data)
        if tag == "tool_execution_error":
            return RealtimeMCPToolExecutionError.from_dict(data)
        if tag == "http_error":
            return RealtimeMCPHTTPError.from_dict(data)
        return _choose_error(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeMCPToolCall(_Model):
    """Schema `RealtimeMCPToolCall`.

    Attributes:
        type (Literal['mcp_call']): Always 'mcp_call'.
        id (str):
        server_label (str):
        name (str):
        arguments (str):
        approval_request_id (None | str | Unset):
        output (None | str | Unset):
        error (None | RealtimeMCPHTTPError | RealtimeMCPProtocolError | RealtimeMCPToolExecutionError | Unset):
    """

    type: Literal["mcp_call"]
    id: str
    server_label: str
    name: str
    arguments: str
    approval_request_id: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    error: (
        None
        | RealtimeMCPHTTPError
        | RealtimeMCPProtocolError
        | RealtimeMCPToolExecutionError
        | Unset
    ) = UNSET
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
        if self.approval_request_id is not UNSET:
            field_dict["approval_request_id"] = self.approval_request_id
        if self.output is not UNSET:
            field_dict["output"] = self.output
        if self.error is not UNSET:
            field_dict["error"] = dump(self.error)
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
        approval_request_id = d.get("approval_request_id", UNSET)
        output = d.get("output", UNSET)
        _error = d.get("error", UNSET)
        error = _read_error(_error)
        realtime_mcp_tool_call = cls(
            type=type_,
            id=id,
            server_label=server_label,
            name=name,
            arguments=arguments,
            approval_request_id=approval_request_id,
            output=output,
            error=error,
        )
        if type_ is None or id is None or server_label is None or name is None or arguments is None:
            realtime_mcp_tool_call._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            realtime_mcp_tool_call.additional_properties = _extra_fields(d)
        return realtime_mcp_tool_call

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
from ..models.realtime_mcp_protocol_error import RealtimeMCPProtocolError  # noqa: E402
from ..models.realtime_mcp_tool_execution_error import RealtimeMCPToolExecutionError  # noqa: E402
from ..models.realtime_mcphttp_error import RealtimeMCPHTTPError  # noqa: E402

_choose_error = ModelChoice(
    RealtimeMCPProtocolError, RealtimeMCPToolExecutionError, RealtimeMCPHTTPError
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeMCPToolCall._oc_fields = (
    ("type", "type", True, ("const", "mcp_call")),
    ("id", "id", True, "string"),
    ("server_label", "server_label", True, "string"),
    ("name", "name", True, "string"),
    ("arguments", "arguments", True, "string"),
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
                RealtimeMCPProtocolError,
                RealtimeMCPToolExecutionError,
                RealtimeMCPHTTPError,
                "null",
            ),
        ),
    ),
)
