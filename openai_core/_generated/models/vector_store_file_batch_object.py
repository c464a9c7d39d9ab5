# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vector_store_file_batch_object_status import (
    VectorStoreFileBatchObjectStatus,
    check_vector_store_file_batch_object_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VectorStoreFileBatchObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class VectorStoreFileBatchObject:
    """Schema `VectorStoreFileBatchObject`.

    Attributes:
        id (str):
        created_at (int):
        vector_store_id (str):
        status (VectorStoreFileBatchObjectStatus): One of: 'in_progress', 'completed', 'cancelled', 'failed' (others
            kept).
        file_counts (VectorStoreFileBatchObjectFileCounts):
        object_ (Literal['vector_store.files_batch'] | Unset): Always 'vector_store.files_batch'.
    """

    id: str
    created_at: int
    vector_store_id: str
    status: VectorStoreFileBatchObjectStatus
    file_counts: VectorStoreFileBatchObjectFileCounts
    object_: Literal["vector_store.files_batch"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        vector_store_id = self.vector_store_id

        status: str = self.status

        file_counts = self.file_counts.to_dict()

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "vector_store_id": vector_store_id,
                "status": status,
                "file_counts": file_counts,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = d["created_at"]

        vector_store_id = d["vector_store_id"]

        status = check_vector_store_file_batch_object_status(d["status"])

        file_counts = VectorStoreFileBatchObjectFileCounts.from_dict(d["file_counts"])

        object_ = cast("Literal['vector_store.files_batch'] | Unset", d.get("object", UNSET))
        if object_ != "vector_store.files_batch" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'vector_store.files_batch', got '{object_}'")

        vector_store_file_batch_object = cls(
            id=id,
            created_at=created_at,
            vector_store_id=vector_store_id,
            status=status,
            file_counts=file_counts,
            object_=object_,
        )

        vector_store_file_batch_object.additional_properties = _extra_fields(d)
        return vector_store_file_batch_object

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
