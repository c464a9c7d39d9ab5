# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_project_residency import PublicProjectResidency, check_public_project_residency
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectCreateRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "residency",
        "external_key_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ProjectCreateRequest:
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

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        residency: None | str | Unset
        if isinstance(self.residency, Unset):
            residency = UNSET
        elif isinstance(self.residency, str):
            residency = self.residency
        else:
            residency = self.residency

        external_key_id: None | str | Unset
        if isinstance(self.external_key_id, Unset):
            external_key_id = UNSET
        else:
            external_key_id = self.external_key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if residency is not UNSET:
            field_dict["residency"] = residency
        if external_key_id is not UNSET:
            field_dict["external_key_id"] = external_key_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        def _parse_residency(data: object) -> None | PublicProjectResidency | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                residency_type_0 = check_public_project_residency(data)

                return residency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PublicProjectResidency | Unset", data)

        residency = _parse_residency(d.get("residency", UNSET))

        def _parse_external_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        external_key_id = _parse_external_key_id(d.get("external_key_id", UNSET))

        project_create_request = cls(
            name=name,
            residency=residency,
            external_key_id=external_key_id,
        )

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
