# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Role")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "permissions",
        "resource_type",
        "predefined_role",
        "object",
        "description",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class Role:
    """Schema `Role`.

    Attributes:
        id (str):
        name (str):
        permissions (list[str]):
        resource_type (str):
        predefined_role (bool):
        object_ (Literal['role'] | Unset): Always 'role'.
        description (None | str | Unset):
    """

    id: str
    name: str
    permissions: list[str]
    resource_type: str
    predefined_role: bool
    object_: Literal["role"] | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        permissions = self.permissions

        resource_type = self.resource_type

        predefined_role = self.predefined_role

        object_ = self.object_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "permissions": permissions,
                "resource_type": resource_type,
                "predefined_role": predefined_role,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        permissions = cast("list[str]", d["permissions"])

        resource_type = d["resource_type"]

        predefined_role = d["predefined_role"]

        object_ = cast("Literal['role'] | Unset", d.get("object", UNSET))
        if object_ != "role" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'role', got '{object_}'")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        description = _parse_description(d.get("description", UNSET))

        role = cls(
            id=id,
            name=name,
            permissions=permissions,
            resource_type=resource_type,
            predefined_role=predefined_role,
            object_=object_,
            description=description,
        )

        role.additional_properties = _extra_fields(d)
        return role

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
