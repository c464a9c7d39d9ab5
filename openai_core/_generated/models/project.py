# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_project_residency import PublicProjectResidency, check_public_project_residency
from ..types import UNSET, Unset

T = TypeVar("T", bound="Project")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class Project:
    """Schema `Project`.

    Attributes:
        id (str):
        created_at (int):
        object_ (Literal['organization.project'] | Unset): Always 'organization.project'.
        name (None | str | Unset):
        archived_at (int | None | Unset):
        status (None | str | Unset):
        external_key_id (None | str | Unset):
        residency (PublicProjectResidency | Unset): Schema `PublicProjectResidency`.
    """

    id: str
    created_at: int
    object_: Literal["organization.project"] | Unset = UNSET
    name: None | str | Unset = UNSET
    archived_at: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    external_key_id: None | str | Unset = UNSET
    residency: PublicProjectResidency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        object_ = self.object_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        archived_at: int | None | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        else:
            archived_at = self.archived_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        external_key_id: None | str | Unset
        if isinstance(self.external_key_id, Unset):
            external_key_id = UNSET
        else:
            external_key_id = self.external_key_id

        residency: str | Unset = UNSET
        if not isinstance(self.residency, Unset):
            residency = self.residency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if name is not UNSET:
            field_dict["name"] = name
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if status is not UNSET:
            field_dict["status"] = status
        if external_key_id is not UNSET:
            field_dict["external_key_id"] = external_key_id
        if residency is not UNSET:
            field_dict["residency"] = residency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = d["created_at"]

        object_ = cast("Literal['organization.project'] | Unset", d.get("object", UNSET))
        if object_ != "organization.project" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'organization.project', got '{object_}'")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name = _parse_name(d.get("name", UNSET))

        def _parse_archived_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        archived_at = _parse_archived_at(d.get("archived_at", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        status = _parse_status(d.get("status", UNSET))

        def _parse_external_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        external_key_id = _parse_external_key_id(d.get("external_key_id", UNSET))

        _residency = d.get("residency", UNSET)
        residency: PublicProjectResidency | Unset
        if isinstance(_residency, Unset):
            residency = UNSET
        else:
            residency = check_public_project_residency(_residency)

        project = cls(
            id=id,
            created_at=created_at,
            object_=object_,
            name=name,
            archived_at=archived_at,
            status=status,
            external_key_id=external_key_id,
            residency=residency,
        )

        project.additional_properties = _extra_fields(d)
        return project

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
