# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupRoleAssignment")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "group",
        "role",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class GroupRoleAssignment(_Model):
    """Schema `GroupRoleAssignment`.

    Attributes:
        group (Group): Schema `Group`.
        role (Role): Schema `Role`.
        object (Literal['group.role'] | Unset): Always 'group.role'.
    """

    group: Group
    role: Role
    object: Literal["group.role"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "group",
        "role",
    )
    _oc_consts = {"object": "group.role"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["group"] = dump(self.group)
        field_dict["role"] = dump(self.role)
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
        _group = d.get("group")
        group = Group.from_dict(_group) if isinstance(_group, dict) else _group
        _role = d.get("role")
        role = Role.from_dict(_role) if isinstance(_role, dict) else _role
        object_ = d.get("object", UNSET)
        group_role_assignment = cls(
            group=group,
            role=role,
            object=object_,
        )
        if group is None or role is None:
            group_role_assignment._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            group_role_assignment.additional_properties = _extra_fields(d)
        return group_role_assignment

    @property
    def object_(self) -> Literal["group.role"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["group.role"] | Unset) -> None:
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


# Imported last: the classes above exist before any model that refers back to them is loaded.
from ..models.group import Group  # noqa: E402
from ..models.role import Role  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
GroupRoleAssignment._oc_fields = (
    ("group", "group", True, Group),
    ("role", "role", True, Role),
    ("object", "object", False, ("const", "group.role")),
)
