# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminApiKeyCreateResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "redacted_value",
        "created_at",
        "owner",
        "value",
        "object",
        "name",
        "expires_at",
        "last_used_at",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class AdminApiKeyCreateResponse:
    """Schema `AdminApiKeyCreateResponse`.

    Attributes:
        id (str):
        redacted_value (str):
        created_at (int):
        owner (AdminApiKeyCreateResponseOwner):
        value (str):
        object_ (Literal['organization.admin_api_key'] | Unset): Always 'organization.admin_api_key'.
        name (None | str | Unset):
        expires_at (int | None | Unset):
        last_used_at (int | None | Unset):
    """

    id: str
    redacted_value: str
    created_at: int
    owner: AdminApiKeyCreateResponseOwner
    value: str
    object_: Literal["organization.admin_api_key"] | Unset = UNSET
    name: None | str | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    last_used_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        redacted_value = self.redacted_value

        created_at = self.created_at

        owner = self.owner.to_dict()

        value = self.value

        object_ = self.object_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        last_used_at: int | None | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        else:
            last_used_at = self.last_used_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "redacted_value": redacted_value,
                "created_at": created_at,
                "owner": owner,
                "value": value,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if name is not UNSET:
            field_dict["name"] = name
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        redacted_value = d["redacted_value"]

        created_at = d["created_at"]

        owner = AdminApiKeyCreateResponseOwner.from_dict(d["owner"])

        value = d["value"]

        object_ = cast("Literal['organization.admin_api_key'] | Unset", d.get("object", UNSET))
        if object_ != "organization.admin_api_key" and not isinstance(object_, Unset):
            raise ValueError(
                f"object must match const 'organization.admin_api_key', got '{object_}'"
            )

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name = _parse_name(d.get("name", UNSET))

        def _parse_expires_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        expires_at = _parse_expires_at(d.get("expires_at", UNSET))

        def _parse_last_used_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        last_used_at = _parse_last_used_at(d.get("last_used_at", UNSET))

        admin_api_key_create_response = cls(
            id=id,
            redacted_value=redacted_value,
            created_at=created_at,
            owner=owner,
            value=value,
            object_=object_,
            name=name,
            expires_at=expires_at,
            last_used_at=last_used_at,
        )

        admin_api_key_create_response.additional_properties = _extra_fields(d)
        return admin_api_key_create_response

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
from ..models.admin_api_key_create_response_owner import AdminApiKeyCreateResponseOwner  # noqa: E402
