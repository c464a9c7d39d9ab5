# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationProjectCertificate")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "certificate_details",
        "active",
        "object",
        "name",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class OrganizationProjectCertificate:
    """Schema `OrganizationProjectCertificate`.

    Attributes:
        id (str):
        created_at (int):
        certificate_details (OrganizationProjectCertificateCertificateDetails):
        active (bool):
        object_ (Literal['organization.project.certificate'] | Unset): Always 'organization.project.certificate'.
        name (None | str | Unset):
    """

    id: str
    created_at: int
    certificate_details: OrganizationProjectCertificateCertificateDetails
    active: bool
    object_: Literal["organization.project.certificate"] | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        certificate_details = self.certificate_details.to_dict()

        active = self.active

        object_ = self.object_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "certificate_details": certificate_details,
                "active": active,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = d["created_at"]

        certificate_details = OrganizationProjectCertificateCertificateDetails.from_dict(
            d["certificate_details"]
        )

        active = d["active"]

        object_ = cast(
            "Literal['organization.project.certificate'] | Unset", d.get("object", UNSET)
        )
        if object_ != "organization.project.certificate" and not isinstance(object_, Unset):
            raise ValueError(
                f"object must match const 'organization.project.certificate', got '{object_}'"
            )

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name = _parse_name(d.get("name", UNSET))

        organization_project_certificate = cls(
            id=id,
            created_at=created_at,
            certificate_details=certificate_details,
            active=active,
            object_=object_,
            name=name,
        )

        organization_project_certificate.additional_properties = _extra_fields(d)
        return organization_project_certificate

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
from ..models.organization_project_certificate_certificate_details import (
    OrganizationProjectCertificateCertificateDetails,  # noqa: E402
)
