# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_service_account_role import (
    ProjectServiceAccountRole,
    check_project_service_account_role,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectServiceAccount")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "role",
        "created_at",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ProjectServiceAccount:
    """Schema `ProjectServiceAccount`.

    Attributes:
        id (str):
        name (str):
        role (ProjectServiceAccountRole): One of: 'owner', 'member', 'none' (others kept).
        created_at (int):
        object_ (Literal['organization.project.service_account'] | Unset): Always
            'organization.project.service_account'.
    """

    id: str
    name: str
    role: ProjectServiceAccountRole
    created_at: int
    object_: Literal["organization.project.service_account"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        role: str = self.role

        created_at = self.created_at

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "role": role,
                "created_at": created_at,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        role = check_project_service_account_role(d["role"])

        created_at = d["created_at"]

        object_ = cast(
            "Literal['organization.project.service_account'] | Unset", d.get("object", UNSET)
        )
        if object_ != "organization.project.service_account" and not isinstance(object_, Unset):
            raise ValueError(
                f"object must match const 'organization.project.service_account', got '{object_}'"
            )

        project_service_account = cls(
            id=id,
            name=name,
            role=role,
            created_at=created_at,
            object_=object_,
        )

        project_service_account.additional_properties = _extra_fields(d)
        return project_service_account

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
