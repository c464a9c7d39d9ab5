# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..models.local_shell_tool_call_output_status_type_0 import (
    LocalShellToolCallOutputStatusType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocalShellToolCallOutput")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "output",
        "status",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class LocalShellToolCallOutput(_Model):
    """Schema `LocalShellToolCallOutput`.

    Attributes:
        type (Literal['local_shell_call_output']): Always 'local_shell_call_output'.
        id (str):
        output (str):
        status (LocalShellToolCallOutputStatusType0 | None | Unset):
    """

    type: Literal["local_shell_call_output"]
    id: str
    output: str
    status: LocalShellToolCallOutputStatusType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "id",
        "output",
    )
    _oc_consts = {"type": "local_shell_call_output"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["output"] = self.output
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
        id = d.get("id")
        output = d.get("output")
        status = d.get("status", UNSET)
        local_shell_tool_call_output = cls(
            type=type_,
            id=id,
            output=output,
            status=status,
        )
        if type_ is None or id is None or output is None:
            local_shell_tool_call_output._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            local_shell_tool_call_output.additional_properties = _extra_fields(d)
        return local_shell_tool_call_output

    @property
    def type_(self) -> Literal["local_shell_call_output"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["local_shell_call_output"]) -> None:
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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
LocalShellToolCallOutput._oc_fields = (
    ("type", "type", True, ("const", "local_shell_call_output")),
    ("id", "id", True, "string"),
    ("output", "output", True, "string"),
    (
        "status",
        "status",
        False,
        (
            "union",
            (
                (
                    "enum",
                    "LocalShellToolCallOutputStatusType0",
                    ("completed", "in_progress", "incomplete"),
                ),
                "null",
            ),
        ),
    ),
)
