# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "added_at",
        "object",
        "name",
        "email",
        "role",
        "is_default",
        "created",
        "user",
        "is_service_account",
        "is_scale_tier_authorized_purchaser",
        "is_scim_managed",
        "api_key_last_used_at",
        "technical_level",
        "developer_persona",
        "projects",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class User(_Model):
    """Schema `User`.

    Attributes:
        id (str):
        added_at (int):
        object (Literal['organization.user'] | Unset): Always 'organization.user'.
        name (None | str | Unset):
        email (None | str | Unset):
        role (None | str | Unset):
        is_default (bool | Unset):
        created (int | Unset):
        user (UserUser | Unset):
        is_service_account (bool | Unset):
        is_scale_tier_authorized_purchaser (bool | None | Unset):
        is_scim_managed (bool | Unset):
        api_key_last_used_at (int | None | Unset):
        technical_level (None | str | Unset):
        developer_persona (None | str | Unset):
        projects (None | Unset | UserProjectsType0):
    """

    id: str
    added_at: int
    object: Literal["organization.user"] | Unset = UNSET
    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    is_default: bool | Unset = UNSET
    created: int | Unset = UNSET
    user: UserUser | Unset = UNSET
    is_service_account: bool | Unset = UNSET
    is_scale_tier_authorized_purchaser: bool | None | Unset = UNSET
    is_scim_managed: bool | Unset = UNSET
    api_key_last_used_at: int | None | Unset = UNSET
    technical_level: None | str | Unset = UNSET
    developer_persona: None | str | Unset = UNSET
    projects: None | Unset | UserProjectsType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "added_at",
    )
    _oc_consts = {"object": "organization.user"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["added_at"] = self.added_at
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.role is not UNSET:
            field_dict["role"] = self.role
        if self.is_default is not UNSET:
            field_dict["is_default"] = self.is_default
        if self.created is not UNSET:
            field_dict["created"] = self.created
        if self.user is not UNSET:
            field_dict["user"] = dump(self.user)
        if self.is_service_account is not UNSET:
            field_dict["is_service_account"] = self.is_service_account
        if self.is_scale_tier_authorized_purchaser is not UNSET:
            field_dict["is_scale_tier_authorized_purchaser"] = (
                self.is_scale_tier_authorized_purchaser
            )
        if self.is_scim_managed is not UNSET:
            field_dict["is_scim_managed"] = self.is_scim_managed
        if self.api_key_last_used_at is not UNSET:
            field_dict["api_key_last_used_at"] = self.api_key_last_used_at
        if self.technical_level is not UNSET:
            field_dict["technical_level"] = self.technical_level
        if self.developer_persona is not UNSET:
            field_dict["developer_persona"] = self.developer_persona
        if self.projects is not UNSET:
            field_dict["projects"] = dump(self.projects)
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
        added_at = d.get("added_at")
        object_ = d.get("object", UNSET)
        name = d.get("name", UNSET)
        email = d.get("email", UNSET)
        role = d.get("role", UNSET)
        is_default = d.get("is_default", UNSET)
        created = d.get("created", UNSET)
        _user = d.get("user", UNSET)
        user = UserUser.from_dict(_user) if isinstance(_user, dict) else _user
        is_service_account = d.get("is_service_account", UNSET)
        is_scale_tier_authorized_purchaser = d.get("is_scale_tier_authorized_purchaser", UNSET)
        is_scim_managed = d.get("is_scim_managed", UNSET)
        api_key_last_used_at = d.get("api_key_last_used_at", UNSET)
        technical_level = d.get("technical_level", UNSET)
        developer_persona = d.get("developer_persona", UNSET)
        _projects = d.get("projects", UNSET)
        projects = (
            UserProjectsType0.from_dict(_projects) if isinstance(_projects, dict) else _projects
        )
        user_object = cls(
            id=id,
            added_at=added_at,
            object=object_,
            name=name,
            email=email,
            role=role,
            is_default=is_default,
            created=created,
            user=user,
            is_service_account=is_service_account,
            is_scale_tier_authorized_purchaser=is_scale_tier_authorized_purchaser,
            is_scim_managed=is_scim_managed,
            api_key_last_used_at=api_key_last_used_at,
            technical_level=technical_level,
            developer_persona=developer_persona,
            projects=projects,
        )
        if id is None or added_at is None:
            user_object._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            user_object.additional_properties = _extra_fields(d)
        return user_object

    @property
    def object_(self) -> Literal["organization.user"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["organization.user"] | Unset) -> None:
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
from ..models.user_projects_type_0 import UserProjectsType0  # noqa: E402
from ..models.user_user import UserUser  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
User._oc_fields = (
    ("id", "id", True, "string"),
    ("added_at", "added_at", True, "integer"),
    ("object", "object", False, ("const", "organization.user")),
    (
        "name",
        "name",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "email",
        "email",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "role",
        "role",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    ("is_default", "is_default", False, "boolean"),
    ("created", "created", False, "integer"),
    ("user", "user", False, UserUser),
    ("is_service_account", "is_service_account", False, "boolean"),
    (
        "is_scale_tier_authorized_purchaser",
        "is_scale_tier_authorized_purchaser",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
    ("is_scim_managed", "is_scim_managed", False, "boolean"),
    (
        "api_key_last_used_at",
        "api_key_last_used_at",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "technical_level",
        "technical_level",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "developer_persona",
        "developer_persona",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "projects",
        "projects",
        False,
        (
            "union",
            (
                UserProjectsType0,
                "null",
            ),
        ),
    ),
)
