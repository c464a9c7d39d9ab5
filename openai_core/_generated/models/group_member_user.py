# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_member_user_user_type import (
    GroupMemberUserUserType,
    check_group_member_user_user_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupMemberUser")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "user_type",
        "email",
        "picture",
        "is_service_account",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class GroupMemberUser:
    """Schema `GroupMemberUser`.

    Attributes:
        id (str):
        name (str):
        user_type (GroupMemberUserUserType): One of: 'user', 'tenant_user' (others kept).
        email (None | str | Unset):
        picture (None | str | Unset):
        is_service_account (bool | None | Unset):
    """

    id: str
    name: str
    user_type: GroupMemberUserUserType
    email: None | str | Unset = UNSET
    picture: None | str | Unset = UNSET
    is_service_account: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        user_type: str = self.user_type

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        picture: None | str | Unset
        if isinstance(self.picture, Unset):
            picture = UNSET
        else:
            picture = self.picture

        is_service_account: bool | None | Unset
        if isinstance(self.is_service_account, Unset):
            is_service_account = UNSET
        else:
            is_service_account = self.is_service_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "user_type": user_type,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if picture is not UNSET:
            field_dict["picture"] = picture
        if is_service_account is not UNSET:
            field_dict["is_service_account"] = is_service_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        user_type = check_group_member_user_user_type(d["user_type"])

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        email = _parse_email(d.get("email", UNSET))

        def _parse_picture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        picture = _parse_picture(d.get("picture", UNSET))

        def _parse_is_service_account(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        is_service_account = _parse_is_service_account(d.get("is_service_account", UNSET))

        group_member_user = cls(
            id=id,
            name=name,
            user_type=user_type,
            email=email,
            picture=picture,
            is_service_account=is_service_account,
        )

        group_member_user.additional_properties = _extra_fields(d)
        return group_member_user

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
