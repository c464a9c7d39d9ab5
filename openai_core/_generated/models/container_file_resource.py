# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerFileResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "container_id",
        "created_at",
        "bytes",
        "path",
        "source",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ContainerFileResource:
    """Schema `ContainerFileResource`.

    Attributes:
        id (str):
        container_id (str):
        created_at (int):
        bytes_ (int):
        path (str):
        source (str):
        object_ (str | Unset):
    """

    id: str
    container_id: str
    created_at: int
    bytes_: int
    path: str
    source: str
    object_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        container_id = self.container_id

        created_at = self.created_at

        bytes_ = self.bytes_

        path = self.path

        source = self.source

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "container_id": container_id,
                "created_at": created_at,
                "bytes": bytes_,
                "path": path,
                "source": source,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        container_id = d["container_id"]

        created_at = d["created_at"]

        bytes_ = d["bytes"]

        path = d["path"]

        source = d["source"]

        object_ = d.get("object", UNSET)

        container_file_resource = cls(
            id=id,
            container_id=container_id,
            created_at=created_at,
            bytes_=bytes_,
            path=path,
            source=source,
            object_=object_,
        )

        container_file_resource.additional_properties = _extra_fields(d)
        return container_file_resource

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
