# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageCodeInterpreterSessionsResult")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "num_sessions",
        "object",
        "project_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class UsageCodeInterpreterSessionsResult(_Model):
    """Schema `UsageCodeInterpreterSessionsResult`.

    Attributes:
        num_sessions (int):
        object (Literal['organization.usage.code_interpreter_sessions.result'] | Unset): Always
            'organization.usage.code_interpreter_sessions.result'.
        project_id (None | str | Unset):
    """

    num_sessions: int
    object: Literal["organization.usage.code_interpreter_sessions.result"] | Unset = UNSET
    project_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("num_sessions",)
    _oc_consts = {"object": "organization.usage.code_interpreter_sessions.result"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["num_sessions"] = self.num_sessions
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.project_id is not UNSET:
            field_dict["project_id"] = self.project_id
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        num_sessions = d.get("num_sessions")
        object_ = d.get("object", UNSET)
        project_id = d.get("project_id", UNSET)
        usage_code_interpreter_sessions_result = cls(
            num_sessions=num_sessions,
            object=object_,
            project_id=project_id,
        )
        if num_sessions is None:
            usage_code_interpreter_sessions_result._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            usage_code_interpreter_sessions_result.additional_properties = _extra_fields(d)
        return usage_code_interpreter_sessions_result

    @property
    def object_(self) -> Literal["organization.usage.code_interpreter_sessions.result"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(
        self, value: Literal["organization.usage.code_interpreter_sessions.result"] | Unset
    ) -> None:
        self.object = value

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
UsageCodeInterpreterSessionsResult._oc_fields = (
    ("num_sessions", "num_sessions", True, "integer"),
    ("object", "object", False, ("const", "organization.usage.code_interpreter_sessions.result")),
    (
        "project_id",
        "project_id",
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
