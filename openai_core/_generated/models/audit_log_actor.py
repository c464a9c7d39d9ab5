# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..models.audit_log_actor_type import AuditLogActorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogActor")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "session",
        "api_key",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class AuditLogActor(_Model):
    """Schema `AuditLogActor`.

    Attributes:
        type (AuditLogActorType | Unset): One of: 'session', 'api_key' (others kept).
        session (AuditLogActorSession | Unset): Schema `AuditLogActorSession`.
        api_key (AuditLogActorApiKey | Unset): Schema `AuditLogActorApiKey`.
    """

    type: AuditLogActorType | Unset = UNSET
    session: AuditLogActorSession | Unset = UNSET
    api_key: AuditLogActorApiKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type is not UNSET:
            field_dict["type"] = self.type
        if self.session is not UNSET:
            field_dict["session"] = dump(self.session)
        if self.api_key is not UNSET:
            field_dict["api_key"] = dump(self.api_key)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type", UNSET)
        _session = d.get("session", UNSET)
        session = (
            AuditLogActorSession.from_dict(_session) if isinstance(_session, dict) else _session
        )
        _api_key = d.get("api_key", UNSET)
        api_key = (
            AuditLogActorApiKey.from_dict(_api_key) if isinstance(_api_key, dict) else _api_key
        )
        audit_log_actor = cls(
            type=type_,
            session=session,
            api_key=api_key,
        )
        if not _FIELDS.issuperset(d):
            audit_log_actor.additional_properties = _extra_fields(d)
        return audit_log_actor

    @property
    def type_(self) -> AuditLogActorType | Unset:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: AuditLogActorType | Unset) -> None:
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
from ..models.audit_log_actor_api_key import AuditLogActorApiKey  # noqa: E402
from ..models.audit_log_actor_session import AuditLogActorSession  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
AuditLogActor._oc_fields = (
    ("type", "type", False, ("enum", "AuditLogActorType", ("api_key", "session"))),
    ("session", "session", False, AuditLogActorSession),
    ("api_key", "api_key", False, AuditLogActorApiKey),
)
