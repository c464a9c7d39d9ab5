# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserRoleUpdateRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "role",
        "role_id",
        "technical_level",
        "developer_persona",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class UserRoleUpdateRequest(_Model):
    """Schema `UserRoleUpdateRequest`.

    Attributes:
        role (None | str | Unset):
        role_id (None | str | Unset):
        technical_level (None | str | Unset):
        developer_persona (None | str | Unset):
    """

    role: None | str | Unset = UNSET
    role_id: None | str | Unset = UNSET
    technical_level: None | str | Unset = UNSET
    developer_persona: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.role is not UNSET:
            field_dict["role"] = self.role
        if self.role_id is not UNSET:
            field_dict["role_id"] = self.role_id
        if self.technical_level is not UNSET:
            field_dict["technical_level"] = self.technical_level
        if self.developer_persona is not UNSET:
            field_dict["developer_persona"] = self.developer_persona
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        role = d.get("role", UNSET)
        role_id = d.get("role_id", UNSET)
        technical_level = d.get("technical_level", UNSET)
        developer_persona = d.get("developer_persona", UNSET)
        user_role_update_request = cls(
            role=role,
            role_id=role_id,
            technical_level=technical_level,
            developer_persona=developer_persona,
        )
        if not _FIELDS.issuperset(d):
            user_role_update_request.additional_properties = _extra_fields(d)
        return user_role_update_request

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
UserRoleUpdateRequest._oc_fields = (
    (
        "role",
        "role",
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
        "role_id",
        "role_id",
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
        "technical_level",
        "technical_level",
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
        "developer_persona",
        "developer_persona",
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
