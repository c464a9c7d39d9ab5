# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogOrganizationUpdatedChangesRequested")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "title",
        "description",
        "name",
        "threads_ui_visibility",
        "usage_dashboard_visibility",
        "api_call_logging",
        "api_call_logging_project_ids",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class AuditLogOrganizationUpdatedChangesRequested(_Model):
    """
    Attributes:
        title (str | Unset):
        description (str | Unset):
        name (str | Unset):
        threads_ui_visibility (str | Unset):
        usage_dashboard_visibility (str | Unset):
        api_call_logging (str | Unset):
        api_call_logging_project_ids (str | Unset):
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    threads_ui_visibility: str | Unset = UNSET
    usage_dashboard_visibility: str | Unset = UNSET
    api_call_logging: str | Unset = UNSET
    api_call_logging_project_ids: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.threads_ui_visibility is not UNSET:
            field_dict["threads_ui_visibility"] = self.threads_ui_visibility
        if self.usage_dashboard_visibility is not UNSET:
            field_dict["usage_dashboard_visibility"] = self.usage_dashboard_visibility
        if self.api_call_logging is not UNSET:
            field_dict["api_call_logging"] = self.api_call_logging
        if self.api_call_logging_project_ids is not UNSET:
            field_dict["api_call_logging_project_ids"] = self.api_call_logging_project_ids
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        title = d.get("title", UNSET)
        description = d.get("description", UNSET)
        name = d.get("name", UNSET)
        threads_ui_visibility = d.get("threads_ui_visibility", UNSET)
        usage_dashboard_visibility = d.get("usage_dashboard_visibility", UNSET)
        api_call_logging = d.get("api_call_logging", UNSET)
        api_call_logging_project_ids = d.get("api_call_logging_project_ids", UNSET)
        audit_log_organization_updated_changes_requested = cls(
            title=title,
            description=description,
            name=name,
            threads_ui_visibility=threads_ui_visibility,
            usage_dashboard_visibility=usage_dashboard_visibility,
            api_call_logging=api_call_logging,
            api_call_logging_project_ids=api_call_logging_project_ids,
        )
        if not _FIELDS.issuperset(d):
            audit_log_organization_updated_changes_requested.additional_properties = _extra_fields(
                d
            )
        return audit_log_organization_updated_changes_requested

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
AuditLogOrganizationUpdatedChangesRequested._oc_fields = (
    ("title", "title", False, "string"),
    ("description", "description", False, "string"),
    ("name", "name", False, "string"),
    ("threads_ui_visibility", "threads_ui_visibility", False, "string"),
    ("usage_dashboard_visibility", "usage_dashboard_visibility", False, "string"),
    ("api_call_logging", "api_call_logging", False, "string"),
    ("api_call_logging_project_ids", "api_call_logging_project_ids", False, "string"),
)
