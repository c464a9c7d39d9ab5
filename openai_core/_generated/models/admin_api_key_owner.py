# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminApiKeyOwner")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "object",
        "id",
        "name",
        "created_at",
        "role",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class AdminApiKeyOwner:
    """
    Attributes:
        type_ (str | Unset):
        object_ (str | Unset):
        id (str | Unset):
        name (str | Unset):
        created_at (int | Unset):
        role (str | Unset):
    """

    type_: str | Unset = UNSET
    object_: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    created_at: int | Unset = UNSET
    role: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        object_ = self.object_

        id = self.id

        name = self.name

        created_at = self.created_at

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if object_ is not UNSET:
            field_dict["object"] = object_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d.get("type", UNSET)

        object_ = d.get("object", UNSET)

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        created_at = d.get("created_at", UNSET)

        role = d.get("role", UNSET)

        admin_api_key_owner = cls(
            type_=type_,
            object_=object_,
            id=id,
            name=name,
            created_at=created_at,
            role=role,
        )

        admin_api_key_owner.additional_properties = _extra_fields(d)
        return admin_api_key_owner

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
