# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "created_at",
        "default_version",
        "latest_version",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class SkillResource:
    """Schema `SkillResource`.

    Attributes:
        id (str):
        name (str):
        description (str):
        created_at (int):
        default_version (str):
        latest_version (str):
        object_ (Literal['skill'] | Unset): Always 'skill'.
    """

    id: str
    name: str
    description: str
    created_at: int
    default_version: str
    latest_version: str
    object_: Literal["skill"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        created_at = self.created_at

        default_version = self.default_version

        latest_version = self.latest_version

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "created_at": created_at,
                "default_version": default_version,
                "latest_version": latest_version,
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

        description = d["description"]

        created_at = d["created_at"]

        default_version = d["default_version"]

        latest_version = d["latest_version"]

        object_ = cast("Literal['skill'] | Unset", d.get("object", UNSET))
        if object_ != "skill" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'skill', got '{object_}'")

        skill_resource = cls(
            id=id,
            name=name,
            description=description,
            created_at=created_at,
            default_version=default_version,
            latest_version=latest_version,
            object_=object_,
        )

        skill_resource.additional_properties = _extra_fields(d)
        return skill_resource

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
