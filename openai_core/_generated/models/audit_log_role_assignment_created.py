# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogRoleAssignmentCreated")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "principal_id",
        "principal_type",
        "resource_id",
        "resource_type",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class AuditLogRoleAssignmentCreated(_Model):
    """
    Attributes:
        id (str | Unset):
        principal_id (str | Unset):
        principal_type (str | Unset):
        resource_id (str | Unset):
        resource_type (str | Unset):
    """

    id: str | Unset = UNSET
    principal_id: str | Unset = UNSET
    principal_type: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.principal_id is not UNSET:
            field_dict["principal_id"] = self.principal_id
        if self.principal_type is not UNSET:
            field_dict["principal_type"] = self.principal_type
        if self.resource_id is not UNSET:
            field_dict["resource_id"] = self.resource_id
        if self.resource_type is not UNSET:
            field_dict["resource_type"] = self.resource_type
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id", UNSET)
        principal_id = d.get("principal_id", UNSET)
        principal_type = d.get("principal_type", UNSET)
        resource_id = d.get("resource_id", UNSET)
        resource_type = d.get("resource_type", UNSET)
        audit_log_role_assignment_created = cls(
            id=id,
            principal_id=principal_id,
            principal_type=principal_type,
            resource_id=resource_id,
            resource_type=resource_type,
        )
        if not _FIELDS.issuperset(d):
            audit_log_role_assignment_created.additional_properties = _extra_fields(d)
        return audit_log_role_assignment_created

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
AuditLogRoleAssignmentCreated._oc_fields = (
    ("id", "id", False, "string"),
    ("principal_id", "principal_id", False, "string"),
    ("principal_type", "principal_type", False, "string"),
    ("resource_id", "resource_id", False, "string"),
    ("resource_type", "resource_type", False, "string"),
)
