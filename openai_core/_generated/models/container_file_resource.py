# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerFileResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ContainerFileResource(_Model):
    """Schema `ContainerFileResource`.

    Attributes:
        id (str):
        container_id (str):
        created_at (int):
        bytes (int):
        path (str):
        source (str):
        object (str | Unset):
    """

    id: str
    container_id: str
    created_at: int
    bytes: int
    path: str
    source: str
    object: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "container_id",
        "created_at",
        "bytes",
        "path",
        "source",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["container_id"] = self.container_id
        field_dict["created_at"] = self.created_at
        field_dict["bytes"] = self.bytes
        field_dict["path"] = self.path
        field_dict["source"] = self.source
        if self.object is not UNSET:
            field_dict["object"] = self.object
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
        container_id = d.get("container_id")
        created_at = d.get("created_at")
        bytes_ = d.get("bytes")
        path = d.get("path")
        source = d.get("source")
        object_ = d.get("object", UNSET)
        container_file_resource = cls(
            id=id,
            container_id=container_id,
            created_at=created_at,
            bytes=bytes_,
            path=path,
            source=source,
            object=object_,
        )
        if (
            id is None
            or container_id is None
            or created_at is None
            or bytes_ is None
            or path is None
            or source is None
        ):
            container_file_resource._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            container_file_resource.additional_properties = _extra_fields(d)
        return container_file_resource

    @property
    def bytes_(self) -> int:
        """The `bytes` field, under its former name."""
        return self.bytes

    @bytes_.setter
    def bytes_(self, value: int) -> None:
        self.bytes = value

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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ContainerFileResource._oc_fields = (
    ("id", "id", True, "string"),
    ("container_id", "container_id", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("bytes", "bytes", True, "integer"),
    ("path", "path", True, "string"),
    ("source", "source", True, "string"),
    ("object", "object", False, "string"),
)
