# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssignedRoleDetails")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "permissions",
        "resource_type",
        "predefined_role",
        "description",
        "created_at",
        "updated_at",
        "created_by",
        "created_by_user_obj",
        "metadata",
        "assignment_sources",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class AssignedRoleDetails:
    """Schema `AssignedRoleDetails`.

    Attributes:
        id (str):
        name (str):
        permissions (list[str]):
        resource_type (str):
        predefined_role (bool):
        description (None | str | Unset):
        created_at (int | None | Unset):
        updated_at (int | None | Unset):
        created_by (None | str | Unset):
        created_by_user_obj (AssignedRoleDetailsCreatedByUserObjType0 | None | Unset):
        metadata (AssignedRoleDetailsMetadataType0 | None | Unset):
        assignment_sources (list[AssignedRoleDetailsAssignmentSourcesType0Item] | None | Unset):
    """

    id: str
    name: str
    permissions: list[str]
    resource_type: str
    predefined_role: bool
    description: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_by_user_obj: AssignedRoleDetailsCreatedByUserObjType0 | None | Unset = UNSET
    metadata: AssignedRoleDetailsMetadataType0 | None | Unset = UNSET
    assignment_sources: list[AssignedRoleDetailsAssignmentSourcesType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        permissions = self.permissions

        resource_type = self.resource_type

        predefined_role = self.predefined_role

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_by_user_obj: dict[str, Any] | None | Unset
        if isinstance(self.created_by_user_obj, Unset):
            created_by_user_obj = UNSET
        elif isinstance(self.created_by_user_obj, AssignedRoleDetailsCreatedByUserObjType0):
            created_by_user_obj = self.created_by_user_obj.to_dict()
        else:
            created_by_user_obj = self.created_by_user_obj

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, AssignedRoleDetailsMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        assignment_sources: list[dict[str, Any]] | None | Unset
        if isinstance(self.assignment_sources, Unset):
            assignment_sources = UNSET
        elif isinstance(self.assignment_sources, list):
            assignment_sources = []
            for assignment_sources_type_0_item_data in self.assignment_sources:
                assignment_sources_type_0_item = assignment_sources_type_0_item_data.to_dict()
                assignment_sources.append(assignment_sources_type_0_item)

        else:
            assignment_sources = self.assignment_sources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "permissions": permissions,
                "resource_type": resource_type,
                "predefined_role": predefined_role,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_by_user_obj is not UNSET:
            field_dict["created_by_user_obj"] = created_by_user_obj
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if assignment_sources is not UNSET:
            field_dict["assignment_sources"] = assignment_sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        permissions = cast("list[str]", d["permissions"])

        resource_type = d["resource_type"]

        predefined_role = d["predefined_role"]

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        description = _parse_description(d.get("description", UNSET))

        def _parse_created_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        created_at = _parse_created_at(d.get("created_at", UNSET))

        def _parse_updated_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        updated_at = _parse_updated_at(d.get("updated_at", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        created_by = _parse_created_by(d.get("created_by", UNSET))

        def _parse_created_by_user_obj(
            data: object,
        ) -> AssignedRoleDetailsCreatedByUserObjType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_user_obj_type_0 = AssignedRoleDetailsCreatedByUserObjType0.from_dict(
                    data
                )

                return created_by_user_obj_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AssignedRoleDetailsCreatedByUserObjType0 | None | Unset", data)

        created_by_user_obj = _parse_created_by_user_obj(d.get("created_by_user_obj", UNSET))

        def _parse_metadata(data: object) -> AssignedRoleDetailsMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = AssignedRoleDetailsMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AssignedRoleDetailsMetadataType0 | None | Unset", data)

        metadata = _parse_metadata(d.get("metadata", UNSET))

        def _parse_assignment_sources(
            data: object,
        ) -> list[AssignedRoleDetailsAssignmentSourcesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                assignment_sources_type_0 = []
                _assignment_sources_type_0 = data
                for assignment_sources_type_0_item_data in _assignment_sources_type_0:
                    assignment_sources_type_0_item = (
                        AssignedRoleDetailsAssignmentSourcesType0Item.from_dict(
                            assignment_sources_type_0_item_data
                        )
                    )

                    assignment_sources_type_0.append(assignment_sources_type_0_item)

                return assignment_sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[AssignedRoleDetailsAssignmentSourcesType0Item] | None | Unset", data)

        assignment_sources = _parse_assignment_sources(d.get("assignment_sources", UNSET))

        assigned_role_details = cls(
            id=id,
            name=name,
            permissions=permissions,
            resource_type=resource_type,
            predefined_role=predefined_role,
            description=description,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            created_by_user_obj=created_by_user_obj,
            metadata=metadata,
            assignment_sources=assignment_sources,
        )

        assigned_role_details.additional_properties = _extra_fields(d)
        return assigned_role_details

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
from ..models.assigned_role_details_assignment_sources_type_0_item import (
    AssignedRoleDetailsAssignmentSourcesType0Item,  # noqa: E402
)
from ..models.assigned_role_details_created_by_user_obj_type_0 import (
    AssignedRoleDetailsCreatedByUserObjType0,  # noqa: E402
)
from ..models.assigned_role_details_metadata_type_0 import AssignedRoleDetailsMetadataType0  # noqa: E402
