# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.vector_store_file_batch_object_status import (
    VectorStoreFileBatchObjectStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VectorStoreFileBatchObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "vector_store_id",
        "status",
        "file_counts",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class VectorStoreFileBatchObject(_Model):
    """Schema `VectorStoreFileBatchObject`.

    Attributes:
        id (str):
        created_at (int):
        vector_store_id (str):
        status (VectorStoreFileBatchObjectStatus): One of: 'in_progress', 'completed', 'cancelled', 'failed' (others
            kept).
        file_counts (VectorStoreFileBatchObjectFileCounts):
        object (Literal['vector_store.files_batch'] | Unset): Always 'vector_store.files_batch'.
    """

    id: str
    created_at: int
    vector_store_id: str
    status: VectorStoreFileBatchObjectStatus
    file_counts: VectorStoreFileBatchObjectFileCounts
    object: Literal["vector_store.files_batch"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "created_at",
        "vector_store_id",
        "status",
        "file_counts",
    )
    _oc_consts = {"object": "vector_store.files_batch"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["created_at"] = self.created_at
        field_dict["vector_store_id"] = self.vector_store_id
        field_dict["status"] = self.status
        field_dict["file_counts"] = dump(self.file_counts)
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
        created_at = d.get("created_at")
        vector_store_id = d.get("vector_store_id")
        status = d.get("status")
        _file_counts = d.get("file_counts")
        file_counts = (
            VectorStoreFileBatchObjectFileCounts.from_dict(_file_counts)
            if isinstance(_file_counts, dict)
            else _file_counts
        )
        object_ = d.get("object", UNSET)
        vector_store_file_batch_object = cls(
            id=id,
            created_at=created_at,
            vector_store_id=vector_store_id,
            status=status,
            file_counts=file_counts,
            object=object_,
        )
        if (
            id is None
            or created_at is None
            or vector_store_id is None
            or status is None
            or file_counts is None
        ):
            vector_store_file_batch_object._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            vector_store_file_batch_object.additional_properties = _extra_fields(d)
        return vector_store_file_batch_object

    @property
    def object_(self) -> Literal["vector_store.files_batch"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["vector_store.files_batch"] | Unset) -> None:
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
from ..models.vector_store_file_batch_object_file_counts import VectorStoreFileBatchObjectFileCounts  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
VectorStoreFileBatchObject._oc_fields = (
    ("id", "id", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("vector_store_id", "vector_store_id", True, "string"),
    (
        "status",
        "status",
        True,
        (
            "enum",
            "VectorStoreFileBatchObjectStatus",
            ("cancelled", "completed", "failed", "in_progress"),
        ),
    ),
    ("file_counts", "file_counts", True, VectorStoreFileBatchObjectFileCounts),
    ("object", "object", False, ("const", "vector_store.files_batch")),
)
