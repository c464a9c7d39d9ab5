# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogOrganizationUpdated")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "changes_requested",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class AuditLogOrganizationUpdated:
    """
    Attributes:
        id (str | Unset):
        changes_requested (AuditLogOrganizationUpdatedChangesRequested | Unset):
    """

    id: str | Unset = UNSET
    changes_requested: AuditLogOrganizationUpdatedChangesRequested | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        changes_requested: dict[str, Any] | Unset = UNSET
        if not isinstance(self.changes_requested, Unset):
            changes_requested = self.changes_requested.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if changes_requested is not UNSET:
            field_dict["changes_requested"] = changes_requested

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        _changes_requested = d.get("changes_requested", UNSET)
        changes_requested: AuditLogOrganizationUpdatedChangesRequested | Unset
        if isinstance(_changes_requested, Unset):
            changes_requested = UNSET
        else:
            changes_requested = AuditLogOrganizationUpdatedChangesRequested.from_dict(
                _changes_requested
            )

        audit_log_organization_updated = cls(
            id=id,
            changes_requested=changes_requested,
        )

        audit_log_organization_updated.additional_properties = _extra_fields(d)
        return audit_log_organization_updated

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
from ..models.audit_log_organization_updated_changes_requested import (
    AuditLogOrganizationUpdatedChangesRequested,  # noqa: E402
)
