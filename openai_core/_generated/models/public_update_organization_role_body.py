# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicUpdateOrganizationRoleBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "permissions",
        "description",
        "role_name",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class PublicUpdateOrganizationRoleBody(_Model):
    """Schema `PublicUpdateOrganizationRoleBody`.

    Attributes:
        permissions (list[str] | None | Unset):
        description (None | str | Unset):
        role_name (None | str | Unset):
    """

    permissions: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    role_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.permissions is not UNSET:
            field_dict["permissions"] = self.permissions
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.role_name is not UNSET:
            field_dict["role_name"] = self.role_name
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        permissions = d.get("permissions", UNSET)
        description = d.get("description", UNSET)
        role_name = d.get("role_name", UNSET)
        public_update_organization_role_body = cls(
            permissions=permissions,
            description=description,
            role_name=role_name,
        )
        if not _FIELDS.issuperset(d):
            public_update_organization_role_body.additional_properties = _extra_fields(d)
        return public_update_organization_role_body

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
PublicUpdateOrganizationRoleBody._oc_fields = (
    (
        "permissions",
        "permissions",
        False,
        (
            "union",
            (
                ("list", "string"),
                "null",
            ),
        ),
    ),
    (
        "description",
        "description",
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
        "role_name",
        "role_name",
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
