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

T = TypeVar("T", bound="GroupUserAssignment")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "user_id",
        "group_id",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class GroupUserAssignment(_Model):
    """Schema `GroupUserAssignment`.

    Attributes:
        user_id (str):
        group_id (str):
        object (Literal['group.user'] | Unset): Always 'group.user'.
    """

    user_id: str
    group_id: str
    object: Literal["group.user"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "user_id",
        "group_id",
    )
    _oc_consts = {"object": "group.user"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["user_id"] = self.user_id
        field_dict["group_id"] = self.group_id
        if self.object is not UNSET:
            field_dict["object"] = self.object
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        user_id = d.get("user_id")
        group_id = d.get("group_id")
        object_ = d.get("object", UNSET)
        group_user_assignment = cls(
            user_id=user_id,
            group_id=group_id,
            object=object_,
        )
        if user_id is None or group_id is None:
            group_user_assignment._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            group_user_assignment.additional_properties = _extra_fields(d)
        return group_user_assignment

    @property
    def object_(self) -> Literal["group.user"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["group.user"] | Unset) -> None:
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
GroupUserAssignment._oc_fields = (
    ("user_id", "user_id", True, "string"),
    ("group_id", "group_id", True, "string"),
    ("object", "object", False, ("const", "group.user")),
)
