# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_log_actor_api_key_type import (
    AuditLogActorApiKeyType,
    check_audit_log_actor_api_key_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogActorApiKey")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
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
class AuditLogActorApiKey:
    """Schema `AuditLogActorApiKey`.

    Attributes:
        id (str | Unset):
        type_ (AuditLogActorApiKeyType | Unset): One of: 'user', 'service_account' (others kept).
        user (AuditLogActorUser | Unset): Schema `AuditLogActorUser`.
        service_account (AuditLogActorServiceAccount | Unset): Schema `AuditLogActorServiceAccount`.
    """

    id: str | Unset = UNSET
    type_: AuditLogActorApiKeyType | Unset = UNSET
    user: AuditLogActorUser | Unset = UNSET
    service_account: AuditLogActorServiceAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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
        if id is not UNSET:
            field_dict["id"] = id
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
        id = d.get("id", UNSET)

        _type_ = d.get("type", UNSET)
        type_: AuditLogActorApiKeyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_audit_log_actor_api_key_type(_type_)

        _user = d.get("user", UNSET)
        user: AuditLogActorUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = AuditLogActorUser.from_dict(_user)

        _service_account = d.get("service_account", UNSET)
        service_account: AuditLogActorServiceAccount | Unset
        if isinstance(_service_account, Unset):
            service_account = UNSET
        else:
            service_account = AuditLogActorServiceAccount.from_dict(_service_account)

        audit_log_actor_api_key = cls(
            id=id,
            type_=type_,
            user=user,
            service_account=service_account,
        )

        audit_log_actor_api_key.additional_properties = _extra_fields(d)
        return audit_log_actor_api_key

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
from ..models.audit_log_actor_service_account import AuditLogActorServiceAccount  # noqa: E402
from ..models.audit_log_actor_user import AuditLogActorUser  # noqa: E402
