# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminApiKeyCreateResponseOwner")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "object",
        "id",
        "name",
        "created_at",
        "role",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class AdminApiKeyCreateResponseOwner(_Model):
    """
    Attributes:
        type (str | Unset):
        object (str | Unset):
        id (str | Unset):
        name (str | Unset):
        created_at (int | Unset):
        role (str | Unset):
    """

    type: str | Unset = UNSET
    object: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    created_at: int | Unset = UNSET
    role: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type is not UNSET:
            field_dict["type"] = self.type
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.created_at is not UNSET:
            field_dict["created_at"] = self.created_at
        if self.role is not UNSET:
            field_dict["role"] = self.role
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type", UNSET)
        object_ = d.get("object", UNSET)
        id = d.get("id", UNSET)
        name = d.get("name", UNSET)
        created_at = d.get("created_at", UNSET)
        role = d.get("role", UNSET)
        admin_api_key_create_response_owner = cls(
            type=type_,
            object=object_,
            id=id,
            name=name,
            created_at=created_at,
            role=role,
        )
        if not _FIELDS.issuperset(d):
            admin_api_key_create_response_owner.additional_properties = _extra_fields(d)
        return admin_api_key_create_response_owner

    @property
    def type_(self) -> str | Unset:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        self.type = value

    @property
    def object_(self) -> str | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: str | Unset) -> None:
        self.object = value

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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
AdminApiKeyCreateResponseOwner._oc_fields = (
    ("type", "type", False, "string"),
    ("object", "object", False, "string"),
    ("id", "id", False, "string"),
    ("name", "name", False, "string"),
    ("created_at", "created_at", False, "integer"),
    ("role", "role", False, "string"),
)
