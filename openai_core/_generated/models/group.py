# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Group")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "created_at",
        "scim_managed",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class Group:
    """Schema `Group`.

    Attributes:
        id (str):
        name (str):
        created_at (int):
        scim_managed (bool):
        object_ (Literal['group'] | Unset): Always 'group'.
    """

    id: str
    name: str
    created_at: int
    scim_managed: bool
    object_: Literal["group"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = self.created_at

        scim_managed = self.scim_managed

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "scim_managed": scim_managed,
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

        created_at = d["created_at"]

        scim_managed = d["scim_managed"]

        object_ = cast("Literal['group'] | Unset", d.get("object", UNSET))
        if object_ != "group" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'group', got '{object_}'")

        group = cls(
            id=id,
            name=name,
            created_at=created_at,
            scim_managed=scim_managed,
            object_=object_,
        )

        group.additional_properties = _extra_fields(d)
        return group

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
