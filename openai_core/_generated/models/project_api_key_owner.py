# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_api_key_owner_type import (
    ProjectApiKeyOwnerType,
    check_project_api_key_owner_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectApiKeyOwner")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "user",
        "service_account",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ProjectApiKeyOwner:
    """
    Attributes:
        type_ (ProjectApiKeyOwnerType | Unset): One of: 'user', 'service_account' (others kept).
        user (ProjectApiKeyOwnerUser | Unset): Schema `ProjectApiKeyOwnerUser`.
        service_account (ProjectApiKeyOwnerServiceAccount | Unset): Schema `ProjectApiKeyOwnerServiceAccount`.
    """

    type_: ProjectApiKeyOwnerType | Unset = UNSET
    user: ProjectApiKeyOwnerUser | Unset = UNSET
    service_account: ProjectApiKeyOwnerServiceAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        service_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_account, Unset):
            service_account = self.service_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user is not UNSET:
            field_dict["user"] = user
        if service_account is not UNSET:
            field_dict["service_account"] = service_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _type_ = d.get("type", UNSET)
        type_: ProjectApiKeyOwnerType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_project_api_key_owner_type(_type_)

        _user = d.get("user", UNSET)
        user: ProjectApiKeyOwnerUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = ProjectApiKeyOwnerUser.from_dict(_user)

        _service_account = d.get("service_account", UNSET)
        service_account: ProjectApiKeyOwnerServiceAccount | Unset
        if isinstance(_service_account, Unset):
            service_account = UNSET
        else:
            service_account = ProjectApiKeyOwnerServiceAccount.from_dict(_service_account)

        project_api_key_owner = cls(
            type_=type_,
            user=user,
            service_account=service_account,
        )

        project_api_key_owner.additional_properties = _extra_fields(d)
        return project_api_key_owner

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
from ..models.project_api_key_owner_service_account import ProjectApiKeyOwnerServiceAccount  # noqa: E402
from ..models.project_api_key_owner_user import ProjectApiKeyOwnerUser  # noqa: E402
