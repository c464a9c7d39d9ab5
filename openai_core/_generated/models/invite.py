# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.invite_role import InviteRole
from ..models.invite_status import InviteStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Invite")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "email",
        "role",
        "status",
        "created_at",
        "projects",
        "object",
        "expires_at",
        "accepted_at",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class Invite(_Model):
    """Schema `Invite`.

    Attributes:
        id (str):
        email (str):
        role (InviteRole): One of: 'owner', 'reader' (others kept).
        status (InviteStatus): One of: 'accepted', 'expired', 'pending' (others kept).
        created_at (int):
        projects (list[InviteProjectsItem]):
        object (Literal['organization.invite'] | Unset): Always 'organization.invite'.
        expires_at (int | None | Unset):
        accepted_at (int | None | Unset):
    """

    id: str
    email: str
    role: InviteRole
    status: InviteStatus
    created_at: int
    projects: list[InviteProjectsItem]
    object: Literal["organization.invite"] | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    accepted_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "email",
        "role",
        "status",
        "created_at",
        "projects",
    )
    _oc_consts = {"object": "organization.invite"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["email"] = self.email
        field_dict["role"] = self.role
        field_dict["status"] = self.status
        field_dict["created_at"] = self.created_at
        field_dict["projects"] = dump(self.projects)
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = self.expires_at
        if self.accepted_at is not UNSET:
            field_dict["accepted_at"] = self.accepted_at
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
        email = d.get("email")
        role = d.get("role")
        status = d.get("status")
        created_at = d.get("created_at")
        _projects = d.get("projects")
        projects = (
            [
                (InviteProjectsItem.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _projects
            ]
            if isinstance(_projects, list)
            else _projects
        )
        object_ = d.get("object", UNSET)
        expires_at = d.get("expires_at", UNSET)
        accepted_at = d.get("accepted_at", UNSET)
        invite = cls(
            id=id,
            email=email,
            role=role,
            status=status,
            created_at=created_at,
            projects=projects,
            object=object_,
            expires_at=expires_at,
            accepted_at=accepted_at,
        )
        if (
            id is None
            or email is None
            or role is None
            or status is None
            or created_at is None
            or projects is None
        ):
            invite._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            invite.additional_properties = _extra_fields(d)
        return invite

    @property
    def object_(self) -> Literal["organization.invite"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["organization.invite"] | Unset) -> None:
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
from ..models.invite_projects_item import InviteProjectsItem  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
Invite._oc_fields = (
    ("id", "id", True, "string"),
    ("email", "email", True, "string"),
    ("role", "role", True, ("enum", "InviteRole", ("owner", "reader"))),
    ("status", "status", True, ("enum", "InviteStatus", ("accepted", "expired", "pending"))),
    ("created_at", "created_at", True, "integer"),
    ("projects", "projects", True, ("list", InviteProjectsItem)),
    ("object", "object", False, ("const", "organization.invite")),
    (
        "expires_at",
        "expires_at",
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
        "accepted_at",
        "accepted_at",
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
