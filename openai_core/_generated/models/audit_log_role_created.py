# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogRoleCreated")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "role_name",
        "permissions",
        "resource_type",
        "resource_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class AuditLogRoleCreated(_Model):
    """
    Attributes:
        id (str | Unset):
        role_name (str | Unset):
        permissions (list[str] | Unset):
        resource_type (str | Unset):
        resource_id (str | Unset):
    """

    id: str | Unset = UNSET
    role_name: str | Unset = UNSET
    permissions: list[str] | Unset = UNSET
    resource_type: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.role_name is not UNSET:
            field_dict["role_name"] = self.role_name
        if self.permissions is not UNSET:
            field_dict["permissions"] = self.permissions
        if self.resource_type is not UNSET:
            field_dict["resource_type"] = self.resource_type
        if self.resource_id is not UNSET:
            field_dict["resource_id"] = self.resource_id
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id", UNSET)
        role_name = d.get("role_name", UNSET)
        permissions = d.get("permissions", UNSET)
        resource_type = d.get("resource_type", UNSET)
        resource_id = d.get("resource_id", UNSET)
        audit_log_role_created = cls(
            id=id,
            role_name=role_name,
            permissions=permissions,
            resource_type=resource_type,
            resource_id=resource_id,
        )
        if not _FIELDS.issuperset(d):
            audit_log_role_created.additional_properties = _extra_fields(d)
        return audit_log_role_created

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
AuditLogRoleCreated._oc_fields = (
    ("id", "id", False, "string"),
    ("role_name", "role_name", False, "string"),
    ("permissions", "permissions", False, ("list", "string")),
    ("resource_type", "resource_type", False, "string"),
    ("resource_id", "resource_id", False, "string"),
)
