# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..models.public_project_residency import PublicProjectResidency
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectCreateRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "residency",
        "external_key_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ProjectCreateRequest(_Model):
    """Schema `ProjectCreateRequest`.

    Attributes:
        name (str):
        residency (None | PublicProjectResidency | Unset):
        external_key_id (None | str | Unset):
    """

    name: str
    residency: None | PublicProjectResidency | Unset = UNSET
    external_key_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("name",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = self.name
        if self.residency is not UNSET:
            field_dict["residency"] = self.residency
        if self.external_key_id is not UNSET:
            field_dict["external_key_id"] = self.external_key_id
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        name = d.get("name")
        residency = d.get("residency", UNSET)
        external_key_id = d.get("external_key_id", UNSET)
        project_create_request = cls(
            name=name,
            residency=residency,
            external_key_id=external_key_id,
        )
        if name is None:
            project_create_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            project_create_request.additional_properties = _extra_fields(d)
        return project_create_request

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
ProjectCreateRequest._oc_fields = (
    ("name", "name", True, "string"),
    (
        "residency",
        "residency",
        False,
        (
            "union",
            (
                (
                    "enum",
                    "PublicProjectResidency",
                    (
                        "AE_STORAGE",
                        "AE_STORAGE_PROCESSING",
                        "AU_STORAGE",
                        "CA_STORAGE",
                        "EU_STORAGE_PROCESSING",
                        "GB_STORAGE",
                        "GLOBAL",
                        "IN_STORAGE",
                        "JP_STORAGE",
                        "KR_STORAGE",
                        "SG_STORAGE",
                        "US_STORAGE_PROCESSING",
                    ),
                ),
                "null",
            ),
        ),
    ),
    (
        "external_key_id",
        "external_key_id",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
)
