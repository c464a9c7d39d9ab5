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

T = TypeVar("T", bound="UserUser")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "object",
        "email",
        "name",
        "picture",
        "enabled",
        "banned",
        "banned_at",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class UserUser(_Model):
    """
    Attributes:
        id (str):
        object (Literal['user'] | Unset): Always 'user'.
        email (None | str | Unset):
        name (None | str | Unset):
        picture (None | str | Unset):
        enabled (bool | None | Unset):
        banned (bool | None | Unset):
        banned_at (int | None | Unset):
    """

    id: str
    object: Literal["user"] | Unset = UNSET
    email: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    picture: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    banned: bool | None | Unset = UNSET
    banned_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("id",)
    _oc_consts = {"object": "user"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.picture is not UNSET:
            field_dict["picture"] = self.picture
        if self.enabled is not UNSET:
            field_dict["enabled"] = self.enabled
        if self.banned is not UNSET:
            field_dict["banned"] = self.banned
        if self.banned_at is not UNSET:
            field_dict["banned_at"] = self.banned_at
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
        object_ = d.get("object", UNSET)
        email = d.get("email", UNSET)
        name = d.get("name", UNSET)
        picture = d.get("picture", UNSET)
        enabled = d.get("enabled", UNSET)
        banned = d.get("banned", UNSET)
        banned_at = d.get("banned_at", UNSET)
        user_user = cls(
            id=id,
            object=object_,
            email=email,
            name=name,
            picture=picture,
            enabled=enabled,
            banned=banned,
            banned_at=banned_at,
        )
        if id is None:
            user_user._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            user_user.additional_properties = _extra_fields(d)
        return user_user

    @property
    def object_(self) -> Literal["user"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["user"] | Unset) -> None:
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
UserUser._oc_fields = (
    ("id", "id", True, "string"),
    ("object", "object", False, ("const", "user")),
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
        "name",
        "name",
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
        "enabled",
        "enabled",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
    (
        "banned",
        "banned",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
    (
        "banned_at",
        "banned_at",
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
