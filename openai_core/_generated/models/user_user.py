# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUser")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "object",
        "email",
        "name",
        "picture",
        "enabled",
        "banned",
        "banned_at",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class UserUser:
    """
    Attributes:
        id (str):
        object_ (Literal['user'] | Unset): Always 'user'.
        email (None | str | Unset):
        name (None | str | Unset):
        picture (None | str | Unset):
        enabled (bool | None | Unset):
        banned (bool | None | Unset):
        banned_at (int | None | Unset):
    """

    id: str
    object_: Literal["user"] | Unset = UNSET
    email: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    picture: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    banned: bool | None | Unset = UNSET
    banned_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        picture: None | str | Unset
        if isinstance(self.picture, Unset):
            picture = UNSET
        else:
            picture = self.picture

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        banned: bool | None | Unset
        if isinstance(self.banned, Unset):
            banned = UNSET
        else:
            banned = self.banned

        banned_at: int | None | Unset
        if isinstance(self.banned_at, Unset):
            banned_at = UNSET
        else:
            banned_at = self.banned_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if picture is not UNSET:
            field_dict["picture"] = picture
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if banned is not UNSET:
            field_dict["banned"] = banned
        if banned_at is not UNSET:
            field_dict["banned_at"] = banned_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        object_ = cast("Literal['user'] | Unset", d.get("object", UNSET))
        if object_ != "user" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'user', got '{object_}'")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        email = _parse_email(d.get("email", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name = _parse_name(d.get("name", UNSET))

        def _parse_picture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        picture = _parse_picture(d.get("picture", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        enabled = _parse_enabled(d.get("enabled", UNSET))

        def _parse_banned(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        banned = _parse_banned(d.get("banned", UNSET))

        def _parse_banned_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        banned_at = _parse_banned_at(d.get("banned_at", UNSET))

        user_user = cls(
            id=id,
            object_=object_,
            email=email,
            name=name,
            picture=picture,
            enabled=enabled,
            banned=banned,
            banned_at=banned_at,
        )

        user_user.additional_properties = _extra_fields(d)
        return user_user

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
