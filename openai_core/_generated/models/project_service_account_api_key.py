# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectServiceAccountApiKey")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "value",
        "name",
        "created_at",
        "id",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ProjectServiceAccountApiKey:
    """Schema `ProjectServiceAccountApiKey`.

    Attributes:
        value (str):
        name (str):
        created_at (int):
        id (str):
        object_ (Literal['organization.project.service_account.api_key'] | Unset): Always
            'organization.project.service_account.api_key'.
    """

    value: str
    name: str
    created_at: int
    id: str
    object_: Literal["organization.project.service_account.api_key"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        name = self.name

        created_at = self.created_at

        id = self.id

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "name": name,
                "created_at": created_at,
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        value = d["value"]

        name = d["name"]

        created_at = d["created_at"]

        id = d["id"]

        object_ = cast(
            "Literal['organization.project.service_account.api_key'] | Unset",
            d.get("object", UNSET),
        )
        if object_ != "organization.project.service_account.api_key" and not isinstance(
            object_, Unset
        ):
            raise ValueError(
                f"object must match const 'organization.project.service_account.api_key', got '{object_}'"
            )

        project_service_account_api_key = cls(
            value=value,
            name=name,
            created_at=created_at,
            id=id,
            object_=object_,
        )

        project_service_account_api_key.additional_properties = _extra_fields(d)
        return project_service_account_api_key

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
