# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_data_retention_type import (
    ProjectDataRetentionType,
    check_project_data_retention_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectDataRetention")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ProjectDataRetention:
    """Schema `ProjectDataRetention`.

    Attributes:
        type_ (ProjectDataRetentionType): One of: 'organization_default', 'none', 'zero_data_retention',
            'modified_abuse_monitoring', 'enhanced_zero_data_retention', 'enhanced_modified_abuse_monitoring' (others kept).
        object_ (Literal['project.data_retention'] | Unset): Always 'project.data_retention'.
    """

    type_: ProjectDataRetentionType
    object_: Literal["project.data_retention"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = check_project_data_retention_type(d["type"])

        object_ = cast("Literal['project.data_retention'] | Unset", d.get("object", UNSET))
        if object_ != "project.data_retention" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'project.data_retention', got '{object_}'")

        project_data_retention = cls(
            type_=type_,
            object_=object_,
        )

        project_data_retention.additional_properties = _extra_fields(d)
        return project_data_retention

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
