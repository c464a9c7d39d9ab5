# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..models.project_group_group_type import ProjectGroupGroupType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectGroup")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "project_id",
        "group_id",
        "group_name",
        "group_type",
        "created_at",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ProjectGroup(_Model):
    """Schema `ProjectGroup`.

    Attributes:
        project_id (str):
        group_id (str):
        group_name (str):
        group_type (ProjectGroupGroupType): One of: 'group', 'tenant_group' (others kept).
        created_at (int):
        object (Literal['project.group'] | Unset): Always 'project.group'.
    """

    project_id: str
    group_id: str
    group_name: str
    group_type: ProjectGroupGroupType
    created_at: int
    object: Literal["project.group"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "project_id",
        "group_id",
        "group_name",
        "group_type",
        "created_at",
    )
    _oc_consts = {"object": "project.group"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["project_id"] = self.project_id
        field_dict["group_id"] = self.group_id
        field_dict["group_name"] = self.group_name
        field_dict["group_type"] = self.group_type
        field_dict["created_at"] = self.created_at
        if self.object is not UNSET:
            field_dict["object"] = self.object
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        project_id = d.get("project_id")
        group_id = d.get("group_id")
        group_name = d.get("group_name")
        group_type = d.get("group_type")
        created_at = d.get("created_at")
        object_ = d.get("object", UNSET)
        project_group = cls(
            project_id=project_id,
            group_id=group_id,
            group_name=group_name,
            group_type=group_type,
            created_at=created_at,
            object=object_,
        )
        if (
            project_id is None
            or group_id is None
            or group_name is None
            or group_type is None
            or created_at is None
        ):
            project_group._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            project_group.additional_properties = _extra_fields(d)
        return project_group

    @property
    def object_(self) -> Literal["project.group"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["project.group"] | Unset) -> None:
        self.object = value

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
ProjectGroup._oc_fields = (
    ("project_id", "project_id", True, "string"),
    ("group_id", "group_id", True, "string"),
    ("group_name", "group_name", True, "string"),
    (
        "group_type",
        "group_type",
        True,
        ("enum", "ProjectGroupGroupType", ("group", "tenant_group")),
    ),
    ("created_at", "created_at", True, "integer"),
    ("object", "object", False, ("const", "project.group")),
)
