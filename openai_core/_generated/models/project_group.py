# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_group_group_type import ProjectGroupGroupType, check_project_group_group_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectGroup")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ProjectGroup:
    """Schema `ProjectGroup`.

    Attributes:
        project_id (str):
        group_id (str):
        group_name (str):
        group_type (ProjectGroupGroupType): One of: 'group', 'tenant_group' (others kept).
        created_at (int):
        object_ (Literal['project.group'] | Unset): Always 'project.group'.
    """

    project_id: str
    group_id: str
    group_name: str
    group_type: ProjectGroupGroupType
    created_at: int
    object_: Literal["project.group"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        group_id = self.group_id

        group_name = self.group_name

        group_type: str = self.group_type

        created_at = self.created_at

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "group_id": group_id,
                "group_name": group_name,
                "group_type": group_type,
                "created_at": created_at,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        project_id = d["project_id"]

        group_id = d["group_id"]

        group_name = d["group_name"]

        group_type = check_project_group_group_type(d["group_type"])

        created_at = d["created_at"]

        object_ = cast("Literal['project.group'] | Unset", d.get("object", UNSET))
        if object_ != "project.group" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'project.group', got '{object_}'")

        project_group = cls(
            project_id=project_id,
            group_id=group_id,
            group_name=group_name,
            group_type=group_type,
            created_at=created_at,
            object_=object_,
        )

        project_group.additional_properties = _extra_fields(d)
        return project_group

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
