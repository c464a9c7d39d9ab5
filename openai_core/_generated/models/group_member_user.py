# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..models.group_member_user_user_type import (
    GroupMemberUserUserType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupMemberUser")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "user_type",
        "email",
        "picture",
        "is_service_account",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class GroupMemberUser(_Model):
    """Schema `GroupMemberUser`.

    Attributes:
        id (str):
        name (str):
        user_type (GroupMemberUserUserType): One of: 'user', 'tenant_user' (others kept).
        email (None | str | Unset):
        picture (None | str | Unset):
        is_service_account (bool | None | Unset):
    """

    id: str
    name: str
    user_type: GroupMemberUserUserType
    email: None | str | Unset = UNSET
    picture: None | str | Unset = UNSET
    is_service_account: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "name",
        "user_type",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["user_type"] = self.user_type
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.picture is not UNSET:
            field_dict["picture"] = self.picture
        if self.is_service_account is not UNSET:
            field_dict["is_service_account"] = self.is_service_account
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        name = d.get("name")
        user_type = d.get("user_type")
        email = d.get("email", UNSET)
        picture = d.get("picture", UNSET)
        is_service_account = d.get("is_service_account", UNSET)
        group_member_user = cls(
            id=id,
            name=name,
            user_type=user_type,
            email=email,
            picture=picture,
            is_service_account=is_service_account,
        )
        if id is None or name is None or user_type is None:
            group_member_user._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            group_member_user.additional_properties = _extra_fields(d)
        return group_member_user

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
GroupMemberUser._oc_fields = (
    ("id", "id", True, "string"),
    ("name", "name", True, "string"),
    ("user_type", "user_type", True, ("enum", "GroupMemberUserUserType", ("tenant_user", "user"))),
    (
        "email",
        "email",
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
        "picture",
        "picture",
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
        "is_service_account",
        "is_service_account",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
)
