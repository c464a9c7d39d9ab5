# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminApiKeyCreateResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class AdminApiKeyCreateResponse(_Model):
    """Schema `AdminApiKeyCreateResponse`.

    Attributes:
        id (str):
        redacted_value (str):
        created_at (int):
        owner (AdminApiKeyCreateResponseOwner):
        value (str):
        object (Literal['organization.admin_api_key'] | Unset): Always 'organization.admin_api_key'.
        name (None | str | Unset):
        expires_at (int | None | Unset):
        last_used_at (int | None | Unset):
    """

    id: str
    redacted_value: str
    created_at: int
    owner: AdminApiKeyCreateResponseOwner
    value: str
    object: Literal["organization.admin_api_key"] | Unset = UNSET
    name: None | str | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    last_used_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "redacted_value",
        "created_at",
        "owner",
        "value",
    )
    _oc_consts = {"object": "organization.admin_api_key"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["redacted_value"] = self.redacted_value
        field_dict["created_at"] = self.created_at
        field_dict["owner"] = dump(self.owner)
        field_dict["value"] = self.value
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = self.expires_at
        if self.last_used_at is not UNSET:
            field_dict["last_used_at"] = self.last_used_at
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        redacted_value = d.get("redacted_value")
        created_at = d.get("created_at")
        _owner = d.get("owner")
        owner = (
            AdminApiKeyCreateResponseOwner.from_dict(_owner) if isinstance(_owner, dict) else _owner
        )
        value = d.get("value")
        object_ = d.get("object", UNSET)
        name = d.get("name", UNSET)
        expires_at = d.get("expires_at", UNSET)
        last_used_at = d.get("last_used_at", UNSET)
        admin_api_key_create_response = cls(
            id=id,
            redacted_value=redacted_value,
            created_at=created_at,
            owner=owner,
            value=value,
            object=object_,
            name=name,
            expires_at=expires_at,
            last_used_at=last_used_at,
        )
        if (
            id is None
            or redacted_value is None
            or created_at is None
            or owner is None
            or value is None
        ):
            admin_api_key_create_response._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            admin_api_key_create_response.additional_properties = _extra_fields(d)
        return admin_api_key_create_response

    @property
    def object_(self) -> Literal["organization.admin_api_key"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["organization.admin_api_key"] | Unset) -> None:
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


# Imported last: the classes above exist before any model that refers back to them is loaded.
from ..models.admin_api_key_create_response_owner import AdminApiKeyCreateResponseOwner  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
AdminApiKeyCreateResponse._oc_fields = (
    ("id", "id", True, "string"),
    ("redacted_value", "redacted_value", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("owner", "owner", True, AdminApiKeyCreateResponseOwner),
    ("value", "value", True, "string"),
    ("object", "object", False, ("const", "organization.admin_api_key")),
    (
        "name",
        "name",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "expires_at",
        "expires_at",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "last_used_at",
        "last_used_at",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
)
