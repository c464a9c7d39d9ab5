# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invite_role import InviteRole, check_invite_role
from ..models.invite_status import InviteStatus, check_invite_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Invite")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class Invite:
    """Schema `Invite`.

    Attributes:
        id (str):
        email (str):
        role (InviteRole): One of: 'owner', 'reader' (others kept).
        status (InviteStatus): One of: 'accepted', 'expired', 'pending' (others kept).
        created_at (int):
        projects (list[InviteProjectsItem]):
        object_ (Literal['organization.invite'] | Unset): Always 'organization.invite'.
        expires_at (int | None | Unset):
        accepted_at (int | None | Unset):
    """

    id: str
    email: str
    role: InviteRole
    status: InviteStatus
    created_at: int
    projects: list[InviteProjectsItem]
    object_: Literal["organization.invite"] | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    accepted_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        role: str = self.role

        status: str = self.status

        created_at = self.created_at

        projects = []
        for projects_item_data in self.projects:
            projects_item = projects_item_data.to_dict()
            projects.append(projects_item)

        object_ = self.object_

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        accepted_at: int | None | Unset
        if isinstance(self.accepted_at, Unset):
            accepted_at = UNSET
        else:
            accepted_at = self.accepted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "role": role,
                "status": status,
                "created_at": created_at,
                "projects": projects,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if accepted_at is not UNSET:
            field_dict["accepted_at"] = accepted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        email = d["email"]

        role = check_invite_role(d["role"])

        status = check_invite_status(d["status"])

        created_at = d["created_at"]

        projects = []
        _projects = d["projects"]
        for projects_item_data in _projects:
            projects_item = InviteProjectsItem.from_dict(projects_item_data)

            projects.append(projects_item)

        object_ = cast("Literal['organization.invite'] | Unset", d.get("object", UNSET))
        if object_ != "organization.invite" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'organization.invite', got '{object_}'")

        def _parse_expires_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        expires_at = _parse_expires_at(d.get("expires_at", UNSET))

        def _parse_accepted_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        accepted_at = _parse_accepted_at(d.get("accepted_at", UNSET))

        invite = cls(
            id=id,
            email=email,
            role=role,
            status=status,
            created_at=created_at,
            projects=projects,
            object_=object_,
            expires_at=expires_at,
            accepted_at=accepted_at,
        )

        invite.additional_properties = _extra_fields(d)
        return invite

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
