# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..models.group_response_group_type import (
    GroupResponseGroupType,
)

T = TypeVar("T", bound="GroupResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "created_at",
        "is_scim_managed",
        "group_type",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class GroupResponse(_Model):
    """Schema `GroupResponse`.

    Attributes:
        id (str):
        name (str):
        created_at (int):
        is_scim_managed (bool):
        group_type (GroupResponseGroupType): One of: 'group', 'tenant_group' (others kept).
    """

    id: str
    name: str
    created_at: int
    is_scim_managed: bool
    group_type: GroupResponseGroupType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "name",
        "created_at",
        "is_scim_managed",
        "group_type",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["created_at"] = self.created_at
        field_dict["is_scim_managed"] = self.is_scim_managed
        field_dict["group_type"] = self.group_type
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        name = d.get("name")
        created_at = d.get("created_at")
        is_scim_managed = d.get("is_scim_managed")
        group_type = d.get("group_type")
        group_response = cls(
            id=id,
            name=name,
            created_at=created_at,
            is_scim_managed=is_scim_managed,
            group_type=group_type,
        )
        if (
            id is None
            or name is None
            or created_at is None
            or is_scim_managed is None
            or group_type is None
        ):
            group_response._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            group_response.additional_properties = _extra_fields(d)
        return group_response

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
GroupResponse._oc_fields = (
    ("id", "id", True, "string"),
    ("name", "name", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("is_scim_managed", "is_scim_managed", True, "boolean"),
    (
        "group_type",
        "group_type",
        True,
        ("enum", "GroupResponseGroupType", ("group", "tenant_group")),
    ),
)
