# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invite_request_role import InviteRequestRole, check_invite_request_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="InviteRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "email",
        "role",
        "projects",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class InviteRequest:
    """Schema `InviteRequest`.

    Attributes:
        email (str):
        role (InviteRequestRole): One of: 'reader', 'owner' (others kept).
        projects (list[InviteRequestProjectsItem] | Unset):
    """

    email: str
    role: InviteRequestRole
    projects: list[InviteRequestProjectsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role: str = self.role

        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "role": role,
            }
        )
        if projects is not UNSET:
            field_dict["projects"] = projects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        email = d["email"]

        role = check_invite_request_role(d["role"])

        _projects = d.get("projects", UNSET)
        projects: list[InviteRequestProjectsItem] | Unset = UNSET
        if _projects is not UNSET:
            projects = []
            for projects_item_data in _projects:
                projects_item = InviteRequestProjectsItem.from_dict(projects_item_data)

                projects.append(projects_item)

        invite_request = cls(
            email=email,
            role=role,
            projects=projects,
        )

        invite_request.additional_properties = _extra_fields(d)
        return invite_request

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
from ..models.invite_request_projects_item import InviteRequestProjectsItem  # noqa: E402
