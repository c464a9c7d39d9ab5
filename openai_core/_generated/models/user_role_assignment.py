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

T = TypeVar("T", bound="UserRoleAssignment")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "user",
        "role",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class UserRoleAssignment(_Model):
    """Schema `UserRoleAssignment`.

    Attributes:
        user (User): Schema `User`.
        role (Role): Schema `Role`.
        object (Literal['user.role'] | Unset): Always 'user.role'.
    """

    user: User
    role: Role
    object: Literal["user.role"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "user",
        "role",
    )
    _oc_consts = {"object": "user.role"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["user"] = dump(self.user)
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
        _user = d.get("user")
        user = User.from_dict(_user) if isinstance(_user, dict) else _user
        _role = d.get("role")
        role = Role.from_dict(_role) if isinstance(_role, dict) else _role
        object_ = d.get("object", UNSET)
        user_role_assignment = cls(
            user=user,
            role=role,
            object=object_,
        )
        if user is None or role is None:
            user_role_assignment._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            user_role_assignment.additional_properties = _extra_fields(d)
        return user_role_assignment

    @property
    def object_(self) -> Literal["user.role"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["user.role"] | Unset) -> None:
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
from ..models.role import Role  # noqa: E402
from ..models.user_object import User  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
UserRoleAssignment._oc_fields = (
    ("user", "user", True, User),
    ("role", "role", True, Role),
    ("object", "object", False, ("const", "user.role")),
)
