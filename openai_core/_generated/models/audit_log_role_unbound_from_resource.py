# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..models.audit_log_role_unbound_from_resource_source import (
    AuditLogRoleUnboundFromResourceSource,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogRoleUnboundFromResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "role_id",
        "resource_id",
        "resource_type",
        "permissions",
        "workspace_id",
        "connector_id",
        "connector_name",
        "enabled",
        "source",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class AuditLogRoleUnboundFromResource(_Model):
    """
    Attributes:
        id (str | Unset):
        role_id (str | Unset):
        resource_id (str | Unset):
        resource_type (str | Unset):
        permissions (list[str] | Unset):
        workspace_id (str | Unset):
        connector_id (str | Unset):
        connector_name (str | Unset):
        enabled (bool | Unset):
        source (AuditLogRoleUnboundFromResourceSource | Unset): One of: 'role_toggle', 'role_connector_update',
            'role_delete', 'workspace_permissions', 'connector_publish' (others kept).
    """

    id: str | Unset = UNSET
    role_id: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    permissions: list[str] | Unset = UNSET
    workspace_id: str | Unset = UNSET
    connector_id: str | Unset = UNSET
    connector_name: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    source: AuditLogRoleUnboundFromResourceSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.role_id is not UNSET:
            field_dict["role_id"] = self.role_id
        if self.resource_id is not UNSET:
            field_dict["resource_id"] = self.resource_id
        if self.resource_type is not UNSET:
            field_dict["resource_type"] = self.resource_type
        if self.permissions is not UNSET:
            field_dict["permissions"] = self.permissions
        if self.workspace_id is not UNSET:
            field_dict["workspace_id"] = self.workspace_id
        if self.connector_id is not UNSET:
            field_dict["connector_id"] = self.connector_id
        if self.connector_name is not UNSET:
            field_dict["connector_name"] = self.connector_name
        if self.enabled is not UNSET:
            field_dict["enabled"] = self.enabled
        if self.source is not UNSET:
            field_dict["source"] = self.source
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id", UNSET)
        role_id = d.get("role_id", UNSET)
        resource_id = d.get("resource_id", UNSET)
        resource_type = d.get("resource_type", UNSET)
        permissions = d.get("permissions", UNSET)
        workspace_id = d.get("workspace_id", UNSET)
        connector_id = d.get("connector_id", UNSET)
        connector_name = d.get("connector_name", UNSET)
        enabled = d.get("enabled", UNSET)
        source = d.get("source", UNSET)
        audit_log_role_unbound_from_resource = cls(
            id=id,
            role_id=role_id,
            resource_id=resource_id,
            resource_type=resource_type,
            permissions=permissions,
            workspace_id=workspace_id,
            connector_id=connector_id,
            connector_name=connector_name,
            enabled=enabled,
            source=source,
        )
        if not _FIELDS.issuperset(d):
            audit_log_role_unbound_from_resource.additional_properties = _extra_fields(d)
        return audit_log_role_unbound_from_resource

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
AuditLogRoleUnboundFromResource._oc_fields = (
    ("id", "id", False, "string"),
    ("role_id", "role_id", False, "string"),
    ("resource_id", "resource_id", False, "string"),
    ("resource_type", "resource_type", False, "string"),
    ("permissions", "permissions", False, ("list", "string")),
    ("workspace_id", "workspace_id", False, "string"),
    ("connector_id", "connector_id", False, "string"),
    ("connector_name", "connector_name", False, "string"),
    ("enabled", "enabled", False, "boolean"),
    (
        "source",
        "source",
        False,
        (
            "enum",
            "AuditLogRoleUnboundFromResourceSource",
            (
                "connector_publish",
                "role_connector_update",
                "role_delete",
                "role_toggle",
                "workspace_permissions",
            ),
        ),
    ),
)
