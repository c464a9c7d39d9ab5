# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_log_role_unbound_from_resource_source import (
    AuditLogRoleUnboundFromResourceSource,
    check_audit_log_role_unbound_from_resource_source,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogRoleUnboundFromResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class AuditLogRoleUnboundFromResource:
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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        role_id = self.role_id

        resource_id = self.resource_id

        resource_type = self.resource_type

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        workspace_id = self.workspace_id

        connector_id = self.connector_id

        connector_name = self.connector_name

        enabled = self.enabled

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if connector_name is not UNSET:
            field_dict["connector_name"] = connector_name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        role_id = d.get("role_id", UNSET)

        resource_id = d.get("resource_id", UNSET)

        resource_type = d.get("resource_type", UNSET)

        permissions = cast("list[str]", d.get("permissions", UNSET))

        workspace_id = d.get("workspace_id", UNSET)

        connector_id = d.get("connector_id", UNSET)

        connector_name = d.get("connector_name", UNSET)

        enabled = d.get("enabled", UNSET)

        _source = d.get("source", UNSET)
        source: AuditLogRoleUnboundFromResourceSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = check_audit_log_role_unbound_from_resource_source(_source)

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
