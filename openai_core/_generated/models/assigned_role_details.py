# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssignedRoleDetails")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "permissions",
        "resource_type",
        "predefined_role",
        "description",
        "created_at",
        "updated_at",
        "created_by",
        "created_by_user_obj",
        "metadata",
        "assignment_sources",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_assignment_sources(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [
                (
                    AssignedRoleDetailsAssignmentSourcesType0Item.from_dict(_i1)
                    if isinstance(_i1, dict)
                    else _i1
                )
                for _i1 in data
            ]
            if isinstance(data, list)
            else data
        )
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class AssignedRoleDetails(_Model):
    """Schema `AssignedRoleDetails`.

    Attributes:
        id (str):
        name (str):
        permissions (list[str]):
        resource_type (str):
        predefined_role (bool):
        description (None | str | Unset):
        created_at (int | None | Unset):
        updated_at (int | None | Unset):
        created_by (None | str | Unset):
        created_by_user_obj (AssignedRoleDetailsCreatedByUserObjType0 | None | Unset):
        metadata (AssignedRoleDetailsMetadataType0 | None | Unset):
        assignment_sources (list[AssignedRoleDetailsAssignmentSourcesType0Item] | None | Unset):
    """

    id: str
    name: str
    permissions: list[str]
    resource_type: str
    predefined_role: bool
    description: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_by_user_obj: AssignedRoleDetailsCreatedByUserObjType0 | None | Unset = UNSET
    metadata: AssignedRoleDetailsMetadataType0 | None | Unset = UNSET
    assignment_sources: list[AssignedRoleDetailsAssignmentSourcesType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "name",
        "permissions",
        "resource_type",
        "predefined_role",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["permissions"] = self.permissions
        field_dict["resource_type"] = self.resource_type
        field_dict["predefined_role"] = self.predefined_role
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.created_at is not UNSET:
            field_dict["created_at"] = self.created_at
        if self.updated_at is not UNSET:
            field_dict["updated_at"] = self.updated_at
        if self.created_by is not UNSET:
            field_dict["created_by"] = self.created_by
        if self.created_by_user_obj is not UNSET:
            field_dict["created_by_user_obj"] = dump(self.created_by_user_obj)
        if self.metadata is not UNSET:
            field_dict["metadata"] = dump(self.metadata)
        if self.assignment_sources is not UNSET:
            field_dict["assignment_sources"] = dump(self.assignment_sources)
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
        permissions = d.get("permissions")
        resource_type = d.get("resource_type")
        predefined_role = d.get("predefined_role")
        description = d.get("description", UNSET)
        created_at = d.get("created_at", UNSET)
        updated_at = d.get("updated_at", UNSET)
        created_by = d.get("created_by", UNSET)
        _created_by_user_obj = d.get("created_by_user_obj", UNSET)
        created_by_user_obj = (
            AssignedRoleDetailsCreatedByUserObjType0.from_dict(_created_by_user_obj)
            if isinstance(_created_by_user_obj, dict)
            else _created_by_user_obj
        )
        _metadata = d.get("metadata", UNSET)
        metadata = (
            AssignedRoleDetailsMetadataType0.from_dict(_metadata)
            if isinstance(_metadata, dict)
            else _metadata
        )
        _assignment_sources = d.get("assignment_sources", UNSET)
        assignment_sources = _read_assignment_sources(_assignment_sources)
        assigned_role_details = cls(
            id=id,
            name=name,
            permissions=permissions,
            resource_type=resource_type,
            predefined_role=predefined_role,
            description=description,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            created_by_user_obj=created_by_user_obj,
            metadata=metadata,
            assignment_sources=assignment_sources,
        )
        if (
            id is None
            or name is None
            or permissions is None
            or resource_type is None
            or predefined_role is None
        ):
            assigned_role_details._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            assigned_role_details.additional_properties = _extra_fields(d)
        return assigned_role_details

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
from ..models.assigned_role_details_assignment_sources_type_0_item import (
    AssignedRoleDetailsAssignmentSourcesType0Item,  # noqa: E402
)
from ..models.assigned_role_details_created_by_user_obj_type_0 import (
    AssignedRoleDetailsCreatedByUserObjType0,  # noqa: E402
)
from ..models.assigned_role_details_metadata_type_0 import AssignedRoleDetailsMetadataType0  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
AssignedRoleDetails._oc_fields = (
    ("id", "id", True, "string"),
    ("name", "name", True, "string"),
    ("permissions", "permissions", True, ("list", "string")),
    ("resource_type", "resource_type", True, "string"),
    ("predefined_role", "predefined_role", True, "boolean"),
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
        "created_at",
        "created_at",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "updated_at",
        "updated_at",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "created_by",
        "created_by",
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
        "created_by_user_obj",
        "created_by_user_obj",
        False,
        (
            "union",
            (
                AssignedRoleDetailsCreatedByUserObjType0,
                "null",
            ),
        ),
    ),
    (
        "metadata",
        "metadata",
        False,
        (
            "union",
            (
                AssignedRoleDetailsMetadataType0,
                "null",
            ),
        ),
    ),
    (
        "assignment_sources",
        "assignment_sources",
        False,
        (
            "union",
            (
                ("list", AssignedRoleDetailsAssignmentSourcesType0Item),
                "null",
            ),
        ),
    ),
)
