# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectServiceAccountCreateRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "create_service_account_only",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ProjectServiceAccountCreateRequest:
    """Schema `ProjectServiceAccountCreateRequest`.

    Attributes:
        name (str):
        create_service_account_only (bool | None | Unset):
    """

    name: str
    create_service_account_only: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        create_service_account_only: bool | None | Unset
        if isinstance(self.create_service_account_only, Unset):
            create_service_account_only = UNSET
        else:
            create_service_account_only = self.create_service_account_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if create_service_account_only is not UNSET:
            field_dict["create_service_account_only"] = create_service_account_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        def _parse_create_service_account_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        create_service_account_only = _parse_create_service_account_only(
            d.get("create_service_account_only", UNSET)
        )

        project_service_account_create_request = cls(
            name=name,
            create_service_account_only=create_service_account_only,
        )

        project_service_account_create_request.additional_properties = _extra_fields(d)
        return project_service_account_create_request

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
