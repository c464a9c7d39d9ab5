# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.project_service_account_create_response_role import (
    ProjectServiceAccountCreateResponseRole,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectServiceAccountCreateResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "role",
        "created_at",
        "object",
        "api_key",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ProjectServiceAccountCreateResponse(_Model):
    """Schema `ProjectServiceAccountCreateResponse`.

    Attributes:
        id (str):
        name (str):
        role (ProjectServiceAccountCreateResponseRole): One of: 'member', 'none' (others kept).
        created_at (int):
        object (Literal['organization.project.service_account'] | Unset): Always 'organization.project.service_account'.
        api_key (None | ProjectServiceAccountApiKey | Unset):
    """

    id: str
    name: str
    role: ProjectServiceAccountCreateResponseRole
    created_at: int
    object: Literal["organization.project.service_account"] | Unset = UNSET
    api_key: None | ProjectServiceAccountApiKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "name",
        "role",
        "created_at",
    )
    _oc_consts = {"object": "organization.project.service_account"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["role"] = self.role
        field_dict["created_at"] = self.created_at
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.api_key is not UNSET:
            field_dict["api_key"] = dump(self.api_key)
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
        name = d.get("name")
        role = d.get("role")
        created_at = d.get("created_at")
        object_ = d.get("object", UNSET)
        _api_key = d.get("api_key", UNSET)
        api_key = (
            ProjectServiceAccountApiKey.from_dict(_api_key)
            if isinstance(_api_key, dict)
            else _api_key
        )
        project_service_account_create_response = cls(
            id=id,
            name=name,
            role=role,
            created_at=created_at,
            object=object_,
            api_key=api_key,
        )
        if id is None or name is None or role is None or created_at is None:
            project_service_account_create_response._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            project_service_account_create_response.additional_properties = _extra_fields(d)
        return project_service_account_create_response

    @property
    def object_(self) -> Literal["organization.project.service_account"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["organization.project.service_account"] | Unset) -> None:
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
from ..models.project_service_account_api_key import ProjectServiceAccountApiKey  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ProjectServiceAccountCreateResponse._oc_fields = (
    ("id", "id", True, "string"),
    ("name", "name", True, "string"),
    ("role", "role", True, ("enum", "ProjectServiceAccountCreateResponseRole", ("member", "none"))),
    ("created_at", "created_at", True, "integer"),
    ("object", "object", False, ("const", "organization.project.service_account")),
    (
        "api_key",
        "api_key",
        False,
        (
            "union",
            (
                ProjectServiceAccountApiKey,
                "null",
            ),
        ),
    ),
)
