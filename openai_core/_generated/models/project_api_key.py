# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.project_api_key_owner_project_access import (
    ProjectApiKeyOwnerProjectAccess,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectApiKey")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ProjectApiKey(_Model):
    """Schema `ProjectApiKey`.

    Attributes:
        redacted_value (str):
        name (str):
        created_at (int):
        id (str):
        owner_project_access (ProjectApiKeyOwnerProjectAccess): One of: 'active', 'inactive' (others kept).
        owner (ProjectApiKeyOwner):
        object (Literal['organization.project.api_key'] | Unset): Always 'organization.project.api_key'.
        last_used_at (int | None | Unset):
    """

    redacted_value: str
    name: str
    created_at: int
    id: str
    owner_project_access: ProjectApiKeyOwnerProjectAccess
    owner: ProjectApiKeyOwner
    object: Literal["organization.project.api_key"] | Unset = UNSET
    last_used_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "redacted_value",
        "name",
        "created_at",
        "id",
        "owner_project_access",
        "owner",
    )
    _oc_consts = {"object": "organization.project.api_key"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["redacted_value"] = self.redacted_value
        field_dict["name"] = self.name
        field_dict["created_at"] = self.created_at
        field_dict["id"] = self.id
        field_dict["owner_project_access"] = self.owner_project_access
        field_dict["owner"] = dump(self.owner)
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.last_used_at is not UNSET:
            field_dict["last_used_at"] = self.last_used_at
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        redacted_value = d.get("redacted_value")
        name = d.get("name")
        created_at = d.get("created_at")
        id = d.get("id")
        owner_project_access = d.get("owner_project_access")
        _owner = d.get("owner")
        owner = ProjectApiKeyOwner.from_dict(_owner) if isinstance(_owner, dict) else _owner
        object_ = d.get("object", UNSET)
        last_used_at = d.get("last_used_at", UNSET)
        project_api_key = cls(
            redacted_value=redacted_value,
            name=name,
            created_at=created_at,
            id=id,
            owner_project_access=owner_project_access,
            owner=owner,
            object=object_,
            last_used_at=last_used_at,
        )
        if (
            redacted_value is None
            or name is None
            or created_at is None
            or id is None
            or owner_project_access is None
            or owner is None
        ):
            project_api_key._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            project_api_key.additional_properties = _extra_fields(d)
        return project_api_key

    @property
    def object_(self) -> Literal["organization.project.api_key"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["organization.project.api_key"] | Unset) -> None:
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


# Imported last: the classes above exist before any model that refers back to them is loaded.
from ..models.project_api_key_owner import ProjectApiKeyOwner  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ProjectApiKey._oc_fields = (
    ("redacted_value", "redacted_value", True, "string"),
    ("name", "name", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("id", "id", True, "string"),
    (
        "owner_project_access",
        "owner_project_access",
        True,
        ("enum", "ProjectApiKeyOwnerProjectAccess", ("active", "inactive")),
    ),
    ("owner", "owner", True, ProjectApiKeyOwner),
    ("object", "object", False, ("const", "organization.project.api_key")),
    (
        "last_used_at",
        "last_used_at",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
)
