# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..models.audit_log_actor_api_key_type import (
    AuditLogActorApiKeyType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogActorApiKey")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "user",
        "service_account",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class AuditLogActorApiKey(_Model):
    """Schema `AuditLogActorApiKey`.

    Attributes:
        id (str | Unset):
        type (AuditLogActorApiKeyType | Unset): One of: 'user', 'service_account' (others kept).
        user (AuditLogActorUser | Unset): Schema `AuditLogActorUser`.
        service_account (AuditLogActorServiceAccount | Unset): Schema `AuditLogActorServiceAccount`.
    """

    id: str | Unset = UNSET
    type: AuditLogActorApiKeyType | Unset = UNSET
    user: AuditLogActorUser | Unset = UNSET
    service_account: AuditLogActorServiceAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.type is not UNSET:
            field_dict["type"] = self.type
        if self.user is not UNSET:
            field_dict["user"] = dump(self.user)
        if self.service_account is not UNSET:
            field_dict["service_account"] = dump(self.service_account)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id", UNSET)
        type_ = d.get("type", UNSET)
        _user = d.get("user", UNSET)
        user = AuditLogActorUser.from_dict(_user) if isinstance(_user, dict) else _user
        _service_account = d.get("service_account", UNSET)
        service_account = (
            AuditLogActorServiceAccount.from_dict(_service_account)
            if isinstance(_service_account, dict)
            else _service_account
        )
        audit_log_actor_api_key = cls(
            id=id,
            type=type_,
            user=user,
            service_account=service_account,
        )
        if not _FIELDS.issuperset(d):
            audit_log_actor_api_key.additional_properties = _extra_fields(d)
        return audit_log_actor_api_key

    @property
    def type_(self) -> AuditLogActorApiKeyType | Unset:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: AuditLogActorApiKeyType | Unset) -> None:
        self.type = value

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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
AuditLogActorApiKey._oc_fields = (
    ("id", "id", False, "string"),
    ("type", "type", False, ("enum", "AuditLogActorApiKeyType", ("service_account", "user"))),
    ("user", "user", False, AuditLogActorUser),
    ("service_account", "service_account", False, AuditLogActorServiceAccount),
)
