# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="CertificateCertificateDetails")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "valid_at",
        "expires_at",
        "content",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CertificateCertificateDetails(_Model):
    """
    Attributes:
        valid_at (int | Unset):
        expires_at (int | Unset):
        content (str | Unset):
    """

    valid_at: int | Unset = UNSET
    expires_at: int | Unset = UNSET
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.valid_at is not UNSET:
            field_dict["valid_at"] = self.valid_at
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = self.expires_at
        if self.content is not UNSET:
            field_dict["content"] = self.content
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        valid_at = d.get("valid_at", UNSET)
        expires_at = d.get("expires_at", UNSET)
        content = d.get("content", UNSET)
        certificate_certificate_details = cls(
            valid_at=valid_at,
            expires_at=expires_at,
            content=content,
        )
        if not _FIELDS.issuperset(d):
            certificate_certificate_details.additional_properties = _extra_fields(d)
        return certificate_certificate_details

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
CertificateCertificateDetails._oc_fields = (
    ("valid_at", "valid_at", False, "integer"),
    ("expires_at", "expires_at", False, "integer"),
    ("content", "content", False, "string"),
)
