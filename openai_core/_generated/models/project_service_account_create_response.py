# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_service_account_create_response_role import (
    ProjectServiceAccountCreateResponseRole,
    check_project_service_account_create_response_role,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectServiceAccountCreateResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "role",
        "created_at",
        "object",
        "api_key",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ProjectServiceAccountCreateResponse:
    """Schema `ProjectServiceAccountCreateResponse`.

    Attributes:
        id (str):
        name (str):
        role (ProjectServiceAccountCreateResponseRole): One of: 'member', 'none' (others kept).
        created_at (int):
        object_ (Literal['organization.project.service_account'] | Unset): Always
            'organization.project.service_account'.
        api_key (None | ProjectServiceAccountApiKey | Unset):
    """

    id: str
    name: str
    role: ProjectServiceAccountCreateResponseRole
    created_at: int
    object_: Literal["organization.project.service_account"] | Unset = UNSET
    api_key: None | ProjectServiceAccountApiKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        role: str = self.role

        created_at = self.created_at

        object_ = self.object_

        api_key: dict[str, Any] | None | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        elif isinstance(self.api_key, ProjectServiceAccountApiKey):
            api_key = self.api_key.to_dict()
        else:
            api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "role": role,
                "created_at": created_at,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if api_key is not UNSET:
            field_dict["api_key"] = api_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        role = check_project_service_account_create_response_role(d["role"])

        created_at = d["created_at"]

        object_ = cast(
            "Literal['organization.project.service_account'] | Unset", d.get("object", UNSET)
        )
        if object_ != "organization.project.service_account" and not isinstance(object_, Unset):
            raise ValueError(
                f"object must match const 'organization.project.service_account', got '{object_}'"
            )

        def _parse_api_key(data: object) -> None | ProjectServiceAccountApiKey | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                api_key_type_0 = ProjectServiceAccountApiKey.from_dict(data)

                return api_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ProjectServiceAccountApiKey | Unset", data)

        api_key = _parse_api_key(d.get("api_key", UNSET))

        project_service_account_create_response = cls(
            id=id,
            name=name,
            role=role,
            created_at=created_at,
            object_=object_,
            api_key=api_key,
        )

        project_service_account_create_response.additional_properties = _extra_fields(d)
        return project_service_account_create_response

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
from ..models.project_service_account_api_key import ProjectServiceAccountApiKey  # noqa: E402
