# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillVersionResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class SkillVersionResource(_Model):
    """Schema `SkillVersionResource`.

    Attributes:
        id (str):
        skill_id (str):
        version (str):
        created_at (int):
        name (str):
        description (str):
        object (Literal['skill.version'] | Unset): Always 'skill.version'.
    """

    id: str
    skill_id: str
    version: str
    created_at: int
    name: str
    description: str
    object: Literal["skill.version"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "skill_id",
        "version",
        "created_at",
        "name",
        "description",
    )
    _oc_consts = {"object": "skill.version"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["skill_id"] = self.skill_id
        field_dict["version"] = self.version
        field_dict["created_at"] = self.created_at
        field_dict["name"] = self.name
        field_dict["description"] = self.description
        if self.object is not UNSET:
            field_dict["object"] = self.object
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        skill_id = d.get("skill_id")
        version = d.get("version")
        created_at = d.get("created_at")
        name = d.get("name")
        description = d.get("description")
        object_ = d.get("object", UNSET)
        skill_version_resource = cls(
            id=id,
            skill_id=skill_id,
            version=version,
            created_at=created_at,
            name=name,
            description=description,
            object=object_,
        )
        if (
            id is None
            or skill_id is None
            or version is None
            or created_at is None
            or name is None
            or description is None
        ):
            skill_version_resource._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            skill_version_resource.additional_properties = _extra_fields(d)
        return skill_version_resource

    @property
    def object_(self) -> Literal["skill.version"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["skill.version"] | Unset) -> None:
        self.object = value

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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
SkillVersionResource._oc_fields = (
    ("id", "id", True, "string"),
    ("skill_id", "skill_id", True, "string"),
    ("version", "version", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("name", "name", True, "string"),
    ("description", "description", True, "string"),
    ("object", "object", False, ("const", "skill.version")),
)
