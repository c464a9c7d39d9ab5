# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogRoleUpdatedChangesRequested")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "role_name",
        "resource_id",
        "resource_type",
        "permissions_added",
        "permissions_removed",
        "description",
        "metadata",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class AuditLogRoleUpdatedChangesRequested(_Model):
    """
    Attributes:
        role_name (str | Unset):
        resource_id (str | Unset):
        resource_type (str | Unset):
        permissions_added (list[str] | Unset):
        permissions_removed (list[str] | Unset):
        description (str | Unset):
        metadata (AuditLogRoleUpdatedChangesRequestedMetadata | Unset):
    """

    role_name: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    permissions_added: list[str] | Unset = UNSET
    permissions_removed: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    metadata: AuditLogRoleUpdatedChangesRequestedMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.role_name is not UNSET:
            field_dict["role_name"] = self.role_name
        if self.resource_id is not UNSET:
            field_dict["resource_id"] = self.resource_id
        if self.resource_type is not UNSET:
            field_dict["resource_type"] = self.resource_type
        if self.permissions_added is not UNSET:
            field_dict["permissions_added"] = self.permissions_added
        if self.permissions_removed is not UNSET:
            field_dict["permissions_removed"] = self.permissions_removed
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.metadata is not UNSET:
            field_dict["metadata"] = dump(self.metadata)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        role_name = d.get("role_name", UNSET)
        resource_id = d.get("resource_id", UNSET)
        resource_type = d.get("resource_type", UNSET)
        permissions_added = d.get("permissions_added", UNSET)
        permissions_removed = d.get("permissions_removed", UNSET)
        description = d.get("description", UNSET)
        _metadata = d.get("metadata", UNSET)
        metadata = (
            AuditLogRoleUpdatedChangesRequestedMetadata.from_dict(_metadata)
            if isinstance(_metadata, dict)
            else _metadata
        )
        audit_log_role_updated_changes_requested = cls(
            role_name=role_name,
            resource_id=resource_id,
            resource_type=resource_type,
            permissions_added=permissions_added,
            permissions_removed=permissions_removed,
            description=description,
            metadata=metadata,
        )
        if not _FIELDS.issuperset(d):
            audit_log_role_updated_changes_requested.additional_properties = _extra_fields(d)
        return audit_log_role_updated_changes_requested

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
from ..models.audit_log_role_updated_changes_requested_metadata import (
    AuditLogRoleUpdatedChangesRequestedMetadata,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
AuditLogRoleUpdatedChangesRequested._oc_fields = (
    ("role_name", "role_name", False, "string"),
    ("resource_id", "resource_id", False, "string"),
    ("resource_type", "resource_type", False, "string"),
    ("permissions_added", "permissions_added", False, ("list", "string")),
    ("permissions_removed", "permissions_removed", False, ("list", "string")),
    ("description", "description", False, "string"),
    ("metadata", "metadata", False, AuditLogRoleUpdatedChangesRequestedMetadata),
)
