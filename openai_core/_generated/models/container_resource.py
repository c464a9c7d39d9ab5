# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_resource_memory_limit import (
    ContainerResourceMemoryLimit,
    check_container_resource_memory_limit,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "created_at",
        "status",
        "object",
        "last_active_at",
        "expires_after",
        "memory_limit",
        "network_policy",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ContainerResource:
    """Schema `ContainerResource`.

    Attributes:
        id (str):
        name (str):
        created_at (int):
        status (str):
        object_ (str | Unset):
        last_active_at (int | Unset):
        expires_after (ContainerResourceExpiresAfter | Unset):
        memory_limit (ContainerResourceMemoryLimit | Unset): One of: '1g', '4g', '16g', '64g' (others kept).
        network_policy (ContainerResourceNetworkPolicy | Unset):
    """

    id: str
    name: str
    created_at: int
    status: str
    object_: str | Unset = UNSET
    last_active_at: int | Unset = UNSET
    expires_after: ContainerResourceExpiresAfter | Unset = UNSET
    memory_limit: ContainerResourceMemoryLimit | Unset = UNSET
    network_policy: ContainerResourceNetworkPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = self.created_at

        status = self.status

        object_ = self.object_

        last_active_at = self.last_active_at

        expires_after: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expires_after, Unset):
            expires_after = self.expires_after.to_dict()

        memory_limit: str | Unset = UNSET
        if not isinstance(self.memory_limit, Unset):
            memory_limit = self.memory_limit

        network_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_policy, Unset):
            network_policy = self.network_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "status": status,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if last_active_at is not UNSET:
            field_dict["last_active_at"] = last_active_at
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit
        if network_policy is not UNSET:
            field_dict["network_policy"] = network_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        created_at = d["created_at"]

        status = d["status"]

        object_ = d.get("object", UNSET)

        last_active_at = d.get("last_active_at", UNSET)

        _expires_after = d.get("expires_after", UNSET)
        expires_after: ContainerResourceExpiresAfter | Unset
        if isinstance(_expires_after, Unset):
            expires_after = UNSET
        else:
            expires_after = ContainerResourceExpiresAfter.from_dict(_expires_after)

        _memory_limit = d.get("memory_limit", UNSET)
        memory_limit: ContainerResourceMemoryLimit | Unset
        if isinstance(_memory_limit, Unset):
            memory_limit = UNSET
        else:
            memory_limit = check_container_resource_memory_limit(_memory_limit)

        _network_policy = d.get("network_policy", UNSET)
        network_policy: ContainerResourceNetworkPolicy | Unset
        if isinstance(_network_policy, Unset):
            network_policy = UNSET
        else:
            network_policy = ContainerResourceNetworkPolicy.from_dict(_network_policy)

        container_resource = cls(
            id=id,
            name=name,
            created_at=created_at,
            status=status,
            object_=object_,
            last_active_at=last_active_at,
            expires_after=expires_after,
            memory_limit=memory_limit,
            network_policy=network_policy,
        )

        container_resource.additional_properties = _extra_fields(d)
        return container_resource

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
from ..models.container_resource_expires_after import ContainerResourceExpiresAfter  # noqa: E402
from ..models.container_resource_network_policy import ContainerResourceNetworkPolicy  # noqa: E402
