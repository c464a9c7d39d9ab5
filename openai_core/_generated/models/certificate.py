# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.certificate_object import CertificateObject
from ..types import UNSET, Unset

T = TypeVar("T", bound="Certificate")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "certificate_details",
        "object",
        "name",
        "active",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class Certificate(_Model):
    """Schema `Certificate`.

    Attributes:
        id (str):
        created_at (int):
        certificate_details (CertificateCertificateDetails):
        object (CertificateObject | Unset): One of: 'certificate', 'organization.certificate',
            'organization.project.certificate' (others kept).
        name (None | str | Unset):
        active (bool | Unset):
    """

    id: str
    created_at: int
    certificate_details: CertificateCertificateDetails
    object: CertificateObject | Unset = UNSET
    name: None | str | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "created_at",
        "certificate_details",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["created_at"] = self.created_at
        field_dict["certificate_details"] = dump(self.certificate_details)
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.active is not UNSET:
            field_dict["active"] = self.active
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
        _certificate_details = d.get("certificate_details")
        certificate_details = (
            CertificateCertificateDetails.from_dict(_certificate_details)
            if isinstance(_certificate_details, dict)
            else _certificate_details
        )
        object_ = d.get("object", UNSET)
        name = d.get("name", UNSET)
        active = d.get("active", UNSET)
        certificate = cls(
            id=id,
            created_at=created_at,
            certificate_details=certificate_details,
            object=object_,
            name=name,
            active=active,
        )
        if id is None or created_at is None or certificate_details is None:
            certificate._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            certificate.additional_properties = _extra_fields(d)
        return certificate

    @property
    def object_(self) -> CertificateObject | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: CertificateObject | Unset) -> None:
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
from ..models.certificate_certificate_details import CertificateCertificateDetails  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
Certificate._oc_fields = (
    ("id", "id", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("certificate_details", "certificate_details", True, CertificateCertificateDetails),
    (
        "object",
        "object",
        False,
        (
            "enum",
            "CertificateObject",
            ("certificate", "organization.certificate", "organization.project.certificate"),
        ),
    ),
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
    ("active", "active", False, "boolean"),
)
