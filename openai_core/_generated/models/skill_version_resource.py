# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillVersionResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "skill_id",
        "version",
        "created_at",
        "name",
        "description",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class SkillVersionResource:
    """Schema `SkillVersionResource`.

    Attributes:
        id (str):
        skill_id (str):
        version (str):
        created_at (int):
        name (str):
        description (str):
        object_ (Literal['skill.version'] | Unset): Always 'skill.version'.
    """

    id: str
    skill_id: str
    version: str
    created_at: int
    name: str
    description: str
    object_: Literal["skill.version"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        skill_id = self.skill_id

        version = self.version

        created_at = self.created_at

        name = self.name

        description = self.description

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "skill_id": skill_id,
                "version": version,
                "created_at": created_at,
                "name": name,
                "description": description,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        skill_id = d["skill_id"]

        version = d["version"]

        created_at = d["created_at"]

        name = d["name"]

        description = d["description"]

        object_ = cast("Literal['skill.version'] | Unset", d.get("object", UNSET))
        if object_ != "skill.version" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'skill.version', got '{object_}'")

        skill_version_resource = cls(
            id=id,
            skill_id=skill_id,
            version=version,
            created_at=created_at,
            name=name,
            description=description,
            object_=object_,
        )

        skill_version_resource.additional_properties = _extra_fields(d)
        return skill_version_resource

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
