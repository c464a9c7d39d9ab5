# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogRoleUpdatedChangesRequested")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class AuditLogRoleUpdatedChangesRequested:
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

    def to_dict(self) -> dict[str, Any]:
        role_name = self.role_name

        resource_id = self.resource_id

        resource_type = self.resource_type

        permissions_added: list[str] | Unset = UNSET
        if not isinstance(self.permissions_added, Unset):
            permissions_added = self.permissions_added

        permissions_removed: list[str] | Unset = UNSET
        if not isinstance(self.permissions_removed, Unset):
            permissions_removed = self.permissions_removed

        description = self.description

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role_name is not UNSET:
            field_dict["role_name"] = role_name
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if permissions_added is not UNSET:
            field_dict["permissions_added"] = permissions_added
        if permissions_removed is not UNSET:
            field_dict["permissions_removed"] = permissions_removed
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        role_name = d.get("role_name", UNSET)

        resource_id = d.get("resource_id", UNSET)

        resource_type = d.get("resource_type", UNSET)

        permissions_added = cast("list[str]", d.get("permissions_added", UNSET))

        permissions_removed = cast("list[str]", d.get("permissions_removed", UNSET))

        description = d.get("description", UNSET)

        _metadata = d.get("metadata", UNSET)
        metadata: AuditLogRoleUpdatedChangesRequestedMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AuditLogRoleUpdatedChangesRequestedMetadata.from_dict(_metadata)

        audit_log_role_updated_changes_requested = cls(
            role_name=role_name,
            resource_id=resource_id,
            resource_type=resource_type,
            permissions_added=permissions_added,
            permissions_removed=permissions_removed,
            description=description,
            metadata=metadata,
        )

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
