# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchError")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "code",
        "message",
        "param",
        "line",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BatchError(_Model):
    """Schema `BatchError`.

    Attributes:
        code (str | Unset):
        message (str | Unset):
        param (None | str | Unset):
        line (int | None | Unset):
    """

    code: str | Unset = UNSET
    message: str | Unset = UNSET
    param: None | str | Unset = UNSET
    line: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.code is not UNSET:
            field_dict["code"] = self.code
        if self.message is not UNSET:
            field_dict["message"] = self.message
        if self.param is not UNSET:
            field_dict["param"] = self.param
        if self.line is not UNSET:
            field_dict["line"] = self.line
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        code = d.get("code", UNSET)
        message = d.get("message", UNSET)
        param = d.get("param", UNSET)
        line = d.get("line", UNSET)
        batch_error = cls(
            code=code,
            message=message,
            param=param,
            line=line,
        )
        if not _FIELDS.issuperset(d):
            batch_error.additional_properties = _extra_fields(d)
        return batch_error

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
BatchError._oc_fields = (
    ("code", "code", False, "string"),
    ("message", "message", False, "string"),
    (
        "param",
        "param",
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
        "line",
        "line",
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
