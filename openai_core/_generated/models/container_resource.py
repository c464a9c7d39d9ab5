# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.container_resource_memory_limit import (
    ContainerResourceMemoryLimit,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ContainerResource(_Model):
    """Schema `ContainerResource`.

    Attributes:
        id (str):
        name (str):
        created_at (int):
        status (str):
        object (str | Unset):
        last_active_at (int | Unset):
        expires_after (ContainerResourceExpiresAfter | Unset):
        memory_limit (ContainerResourceMemoryLimit | Unset): One of: '1g', '4g', '16g', '64g' (others kept).
        network_policy (ContainerResourceNetworkPolicy | Unset):
    """

    id: str
    name: str
    created_at: int
    status: str
    object: str | Unset = UNSET
    last_active_at: int | Unset = UNSET
    expires_after: ContainerResourceExpiresAfter | Unset = UNSET
    memory_limit: ContainerResourceMemoryLimit | Unset = UNSET
    network_policy: ContainerResourceNetworkPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "name",
        "created_at",
        "status",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["created_at"] = self.created_at
        field_dict["status"] = self.status
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.last_active_at is not UNSET:
            field_dict["last_active_at"] = self.last_active_at
        if self.expires_after is not UNSET:
            field_dict["expires_after"] = dump(self.expires_after)
        if self.memory_limit is not UNSET:
            field_dict["memory_limit"] = self.memory_limit
        if self.network_policy is not UNSET:
            field_dict["network_policy"] = dump(self.network_policy)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        name = d.get("name")
        created_at = d.get("created_at")
        status = d.get("status")
        object_ = d.get("object", UNSET)
        last_active_at = d.get("last_active_at", UNSET)
        _expires_after = d.get("expires_after", UNSET)
        expires_after = (
            ContainerResourceExpiresAfter.from_dict(_expires_after)
            if isinstance(_expires_after, dict)
            else _expires_after
        )
        memory_limit = d.get("memory_limit", UNSET)
        _network_policy = d.get("network_policy", UNSET)
        network_policy = (
            ContainerResourceNetworkPolicy.from_dict(_network_policy)
            if isinstance(_network_policy, dict)
            else _network_policy
        )
        container_resource = cls(
            id=id,
            name=name,
            created_at=created_at,
            status=status,
            object=object_,
            last_active_at=last_active_at,
            expires_after=expires_after,
            memory_limit=memory_limit,
            network_policy=network_policy,
        )
        if id is None or name is None or created_at is None or status is None:
            container_resource._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            container_resource.additional_properties = _extra_fields(d)
        return container_resource

    @property
    def object_(self) -> str | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: str | Unset) -> None:
        self.object = value

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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ContainerResource._oc_fields = (
    ("id", "id", True, "string"),
    ("name", "name", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("status", "status", True, "string"),
    ("object", "object", False, "string"),
    ("last_active_at", "last_active_at", False, "integer"),
    ("expires_after", "expires_after", False, ContainerResourceExpiresAfter),
    (
        "memory_limit",
        "memory_limit",
        False,
        ("enum", "ContainerResourceMemoryLimit", ("16g", "1g", "4g", "64g")),
    ),
    ("network_policy", "network_policy", False, ContainerResourceNetworkPolicy),
)
