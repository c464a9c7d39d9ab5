# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_api_key_owner_project_access import (
    ProjectApiKeyOwnerProjectAccess,
    check_project_api_key_owner_project_access,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectApiKey")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "redacted_value",
        "name",
        "created_at",
        "id",
        "owner_project_access",
        "owner",
        "object",
        "last_used_at",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ProjectApiKey:
    """Schema `ProjectApiKey`.

    Attributes:
        redacted_value (str):
        name (str):
        created_at (int):
        id (str):
        owner_project_access (ProjectApiKeyOwnerProjectAccess): One of: 'active', 'inactive' (others kept).
        owner (ProjectApiKeyOwner):
        object_ (Literal['organization.project.api_key'] | Unset): Always 'organization.project.api_key'.
        last_used_at (int | None | Unset):
    """

    redacted_value: str
    name: str
    created_at: int
    id: str
    owner_project_access: ProjectApiKeyOwnerProjectAccess
    owner: ProjectApiKeyOwner
    object_: Literal["organization.project.api_key"] | Unset = UNSET
    last_used_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        redacted_value = self.redacted_value

        name = self.name

        created_at = self.created_at

        id = self.id

        owner_project_access: str = self.owner_project_access

        owner = self.owner.to_dict()

        object_ = self.object_

        last_used_at: int | None | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        else:
            last_used_at = self.last_used_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redacted_value": redacted_value,
                "name": name,
                "created_at": created_at,
                "id": id,
                "owner_project_access": owner_project_access,
                "owner": owner,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        redacted_value = d["redacted_value"]

        name = d["name"]

        created_at = d["created_at"]

        id = d["id"]

        owner_project_access = check_project_api_key_owner_project_access(d["owner_project_access"])

        owner = ProjectApiKeyOwner.from_dict(d["owner"])

        object_ = cast("Literal['organization.project.api_key'] | Unset", d.get("object", UNSET))
        if object_ != "organization.project.api_key" and not isinstance(object_, Unset):
            raise ValueError(
                f"object must match const 'organization.project.api_key', got '{object_}'"
            )

        def _parse_last_used_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        last_used_at = _parse_last_used_at(d.get("last_used_at", UNSET))

        project_api_key = cls(
            redacted_value=redacted_value,
            name=name,
            created_at=created_at,
            id=id,
            owner_project_access=owner_project_access,
            owner=owner,
            object_=object_,
            last_used_at=last_used_at,
        )

        project_api_key.additional_properties = _extra_fields(d)
        return project_api_key

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
from ..models.project_api_key_owner import ProjectApiKeyOwner  # noqa: E402
