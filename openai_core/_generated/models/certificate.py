# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certificate_object import CertificateObject, check_certificate_object
from ..types import UNSET, Unset

T = TypeVar("T", bound="Certificate")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class Certificate:
    """Schema `Certificate`.

    Attributes:
        id (str):
        created_at (int):
        certificate_details (CertificateCertificateDetails):
        object_ (CertificateObject | Unset): One of: 'certificate', 'organization.certificate',
            'organization.project.certificate' (others kept).
        name (None | str | Unset):
        active (bool | Unset):
    """

    id: str
    created_at: int
    certificate_details: CertificateCertificateDetails
    object_: CertificateObject | Unset = UNSET
    name: None | str | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        certificate_details = self.certificate_details.to_dict()

        object_: str | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "certificate_details": certificate_details,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if name is not UNSET:
            field_dict["name"] = name
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = d["created_at"]

        certificate_details = CertificateCertificateDetails.from_dict(d["certificate_details"])

        _object_ = d.get("object", UNSET)
        object_: CertificateObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = check_certificate_object(_object_)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name = _parse_name(d.get("name", UNSET))

        active = d.get("active", UNSET)

        certificate = cls(
            id=id,
            created_at=created_at,
            certificate_details=certificate_details,
            object_=object_,
            name=name,
            active=active,
        )

        certificate.additional_properties = _extra_fields(d)
        return certificate

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
