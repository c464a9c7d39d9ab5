# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserRoleUpdateRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "role",
        "role_id",
        "technical_level",
        "developer_persona",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class UserRoleUpdateRequest:
    """Schema `UserRoleUpdateRequest`.

    Attributes:
        role (None | str | Unset):
        role_id (None | str | Unset):
        technical_level (None | str | Unset):
        developer_persona (None | str | Unset):
    """

    role: None | str | Unset = UNSET
    role_id: None | str | Unset = UNSET
    technical_level: None | str | Unset = UNSET
    developer_persona: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        role_id: None | str | Unset
        if isinstance(self.role_id, Unset):
            role_id = UNSET
        else:
            role_id = self.role_id

        technical_level: None | str | Unset
        if isinstance(self.technical_level, Unset):
            technical_level = UNSET
        else:
            technical_level = self.technical_level

        developer_persona: None | str | Unset
        if isinstance(self.developer_persona, Unset):
            developer_persona = UNSET
        else:
            developer_persona = self.developer_persona

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if technical_level is not UNSET:
            field_dict["technical_level"] = technical_level
        if developer_persona is not UNSET:
            field_dict["developer_persona"] = developer_persona

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        role = _parse_role(d.get("role", UNSET))

        def _parse_role_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        role_id = _parse_role_id(d.get("role_id", UNSET))

        def _parse_technical_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        technical_level = _parse_technical_level(d.get("technical_level", UNSET))

        def _parse_developer_persona(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        developer_persona = _parse_developer_persona(d.get("developer_persona", UNSET))

        user_role_update_request = cls(
            role=role,
            role_id=role_id,
            technical_level=technical_level,
            developer_persona=developer_persona,
        )

        user_role_update_request.additional_properties = _extra_fields(d)
        return user_role_update_request

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
