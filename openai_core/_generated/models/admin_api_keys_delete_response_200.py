# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminApiKeysDeleteResponse200")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "deleted",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class AdminApiKeysDeleteResponse200(_Model):
    """
    Attributes:
        id (str):
        deleted (bool):
        object (Literal['organization.admin_api_key.deleted'] | Unset): Always 'organization.admin_api_key.deleted'.
    """

    id: str
    deleted: bool
    object: Literal["organization.admin_api_key.deleted"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "deleted",
    )
    _oc_consts = {"object": "organization.admin_api_key.deleted"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["deleted"] = self.deleted
        if self.object is not UNSET:
            field_dict["object"] = self.object
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
        deleted = d.get("deleted")
        object_ = d.get("object", UNSET)
        admin_api_keys_delete_response_200 = cls(
            id=id,
            deleted=deleted,
            object=object_,
        )
        if id is None or deleted is None:
            admin_api_keys_delete_response_200._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            admin_api_keys_delete_response_200.additional_properties = _extra_fields(d)
        return admin_api_keys_delete_response_200

    @property
    def object_(self) -> Literal["organization.admin_api_key.deleted"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["organization.admin_api_key.deleted"] | Unset) -> None:
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
AdminApiKeysDeleteResponse200._oc_fields = (
    ("id", "id", True, "string"),
    ("deleted", "deleted", True, "boolean"),
    ("object", "object", False, ("const", "organization.admin_api_key.deleted")),
)
