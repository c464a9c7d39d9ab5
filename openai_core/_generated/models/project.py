# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..models.public_project_residency import PublicProjectResidency
from ..types import UNSET, Unset

T = TypeVar("T", bound="Project")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "object",
        "name",
        "archived_at",
        "status",
        "external_key_id",
        "residency",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class Project(_Model):
    """Schema `Project`.

    Attributes:
        id (str):
        created_at (int):
        object (Literal['organization.project'] | Unset): Always 'organization.project'.
        name (None | str | Unset):
        archived_at (int | None | Unset):
        status (None | str | Unset):
        external_key_id (None | str | Unset):
        residency (PublicProjectResidency | Unset): Schema `PublicProjectResidency`.
    """

    id: str
    created_at: int
    object: Literal["organization.project"] | Unset = UNSET
    name: None | str | Unset = UNSET
    archived_at: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    external_key_id: None | str | Unset = UNSET
    residency: PublicProjectResidency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "created_at",
    )
    _oc_consts = {"object": "organization.project"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["created_at"] = self.created_at
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.archived_at is not UNSET:
            field_dict["archived_at"] = self.archived_at
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.external_key_id is not UNSET:
            field_dict["external_key_id"] = self.external_key_id
        if self.residency is not UNSET:
            field_dict["residency"] = self.residency
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
        created_at = d.get("created_at")
        object_ = d.get("object", UNSET)
        name = d.get("name", UNSET)
        archived_at = d.get("archived_at", UNSET)
        status = d.get("status", UNSET)
        external_key_id = d.get("external_key_id", UNSET)
        residency = d.get("residency", UNSET)
        project = cls(
            id=id,
            created_at=created_at,
            object=object_,
            name=name,
            archived_at=archived_at,
            status=status,
            external_key_id=external_key_id,
            residency=residency,
        )
        if id is None or created_at is None:
            project._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            project.additional_properties = _extra_fields(d)
        return project

    @property
    def object_(self) -> Literal["organization.project"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["organization.project"] | Unset) -> None:
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
Project._oc_fields = (
    ("id", "id", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("object", "object", False, ("const", "organization.project")),
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
        "archived_at",
        "archived_at",
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
        "status",
        "status",
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
    (
        "residency",
        "residency",
        False,
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
    ),
)
