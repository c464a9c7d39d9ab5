# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectUser")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "role",
        "added_at",
        "object",
        "name",
        "email",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ProjectUser:
    """Schema `ProjectUser`.

    Attributes:
        id (str):
        role (str):
        added_at (int):
        object_ (Literal['organization.project.user'] | Unset): Always 'organization.project.user'.
        name (None | str | Unset):
        email (None | str | Unset):
    """

    id: str
    role: str
    added_at: int
    object_: Literal["organization.project.user"] | Unset = UNSET
    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        role = self.role

        added_at = self.added_at

        object_ = self.object_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "role": role,
                "added_at": added_at,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        role = d["role"]

        added_at = d["added_at"]

        object_ = cast("Literal['organization.project.user'] | Unset", d.get("object", UNSET))
        if object_ != "organization.project.user" and not isinstance(object_, Unset):
            raise ValueError(
                f"object must match const 'organization.project.user', got '{object_}'"
            )

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name = _parse_name(d.get("name", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        email = _parse_email(d.get("email", UNSET))

        project_user = cls(
            id=id,
            role=role,
            added_at=added_at,
            object_=object_,
            name=name,
            email=email,
        )

        project_user.additional_properties = _extra_fields(d)
        return project_user

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
