# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionShellActionParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "commands",
        "timeout_ms",
        "max_output_length",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class FunctionShellActionParam(_Model):
    """Schema `FunctionShellActionParam`.

    Attributes:
        commands (list[str]):
        timeout_ms (int | None | Unset):
        max_output_length (int | None | Unset):
    """

    commands: list[str]
    timeout_ms: int | None | Unset = UNSET
    max_output_length: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("commands",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["commands"] = self.commands
        if self.timeout_ms is not UNSET:
            field_dict["timeout_ms"] = self.timeout_ms
        if self.max_output_length is not UNSET:
            field_dict["max_output_length"] = self.max_output_length
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        commands = d.get("commands")
        timeout_ms = d.get("timeout_ms", UNSET)
        max_output_length = d.get("max_output_length", UNSET)
        function_shell_action_param = cls(
            commands=commands,
            timeout_ms=timeout_ms,
            max_output_length=max_output_length,
        )
        if commands is None:
            function_shell_action_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            function_shell_action_param.additional_properties = _extra_fields(d)
        return function_shell_action_param

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
FunctionShellActionParam._oc_fields = (
    ("commands", "commands", True, ("list", "string")),
    (
        "timeout_ms",
        "timeout_ms",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "max_output_length",
        "max_output_length",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
)
