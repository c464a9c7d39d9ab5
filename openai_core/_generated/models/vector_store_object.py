# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.vector_store_object_status import (
    VectorStoreObjectStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VectorStoreObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "name",
        "usage_bytes",
        "file_counts",
        "status",
        "metadata",
        "object",
        "expires_after",
        "expires_at",
        "last_active_at",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class VectorStoreObject(_Model):
    """Schema `VectorStoreObject`.

    Attributes:
        id (str):
        created_at (int):
        name (str):
        usage_bytes (int):
        file_counts (VectorStoreObjectFileCounts):
        status (VectorStoreObjectStatus): One of: 'expired', 'in_progress', 'completed' (others kept).
        metadata (MetadataType0 | None): Schema `Metadata`.
        object (Literal['vector_store'] | Unset): Always 'vector_store'.
        expires_after (VectorStoreExpirationAfter | Unset): Schema `VectorStoreExpirationAfter`.
        expires_at (int | None | Unset):
        last_active_at (int | None | Unset):
    """

    id: str
    created_at: int
    name: str
    usage_bytes: int
    file_counts: VectorStoreObjectFileCounts
    status: VectorStoreObjectStatus
    metadata: MetadataType0 | None
    object: Literal["vector_store"] | Unset = UNSET
    expires_after: VectorStoreExpirationAfter | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    last_active_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "created_at",
        "name",
        "usage_bytes",
        "file_counts",
        "status",
        "metadata",
    )
    _oc_consts = {"object": "vector_store"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["created_at"] = self.created_at
        field_dict["name"] = self.name
        field_dict["usage_bytes"] = self.usage_bytes
        field_dict["file_counts"] = dump(self.file_counts)
        field_dict["status"] = self.status
        field_dict["metadata"] = dump(self.metadata)
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.expires_after is not UNSET:
            field_dict["expires_after"] = dump(self.expires_after)
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = self.expires_at
        if self.last_active_at is not UNSET:
            field_dict["last_active_at"] = self.last_active_at
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
        created_at = d.get("created_at")
        name = d.get("name")
        usage_bytes = d.get("usage_bytes")
        _file_counts = d.get("file_counts")
        file_counts = (
            VectorStoreObjectFileCounts.from_dict(_file_counts)
            if isinstance(_file_counts, dict)
            else _file_counts
        )
        status = d.get("status")
        _metadata = d.get("metadata")
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        object_ = d.get("object", UNSET)
        _expires_after = d.get("expires_after", UNSET)
        expires_after = (
            VectorStoreExpirationAfter.from_dict(_expires_after)
            if isinstance(_expires_after, dict)
            else _expires_after
        )
        expires_at = d.get("expires_at", UNSET)
        last_active_at = d.get("last_active_at", UNSET)
        vector_store_object = cls(
            id=id,
            created_at=created_at,
            name=name,
            usage_bytes=usage_bytes,
            file_counts=file_counts,
            status=status,
            metadata=metadata,
            object=object_,
            expires_after=expires_after,
            expires_at=expires_at,
            last_active_at=last_active_at,
        )
        if (
            id is None
            or created_at is None
            or name is None
            or usage_bytes is None
            or file_counts is None
            or status is None
            or metadata is None
        ):
            vector_store_object._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            vector_store_object.additional_properties = _extra_fields(d)
        return vector_store_object

    @property
    def object_(self) -> Literal["vector_store"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["vector_store"] | Unset) -> None:
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
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
from ..models.vector_store_expiration_after import VectorStoreExpirationAfter  # noqa: E402
from ..models.vector_store_object_file_counts import VectorStoreObjectFileCounts  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
VectorStoreObject._oc_fields = (
    ("id", "id", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("name", "name", True, "string"),
    ("usage_bytes", "usage_bytes", True, "integer"),
    ("file_counts", "file_counts", True, VectorStoreObjectFileCounts),
    (
        "status",
        "status",
        True,
        ("enum", "VectorStoreObjectStatus", ("completed", "expired", "in_progress")),
    ),
    (
        "metadata",
        "metadata",
        True,
        (
            "union",
            (
                MetadataType0,
                "null",
            ),
        ),
    ),
    ("object", "object", False, ("const", "vector_store")),
    ("expires_after", "expires_after", False, VectorStoreExpirationAfter),
    (
        "expires_at",
        "expires_at",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "last_active_at",
        "last_active_at",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
)
