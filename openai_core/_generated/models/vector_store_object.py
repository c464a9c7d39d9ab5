# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vector_store_object_status import (
    VectorStoreObjectStatus,
    check_vector_store_object_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VectorStoreObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class VectorStoreObject:
    """Schema `VectorStoreObject`.

    Attributes:
        id (str):
        created_at (int):
        name (str):
        usage_bytes (int):
        file_counts (VectorStoreObjectFileCounts):
        status (VectorStoreObjectStatus): One of: 'expired', 'in_progress', 'completed' (others kept).
        metadata (MetadataType0 | None): Schema `Metadata`.
        object_ (Literal['vector_store'] | Unset): Always 'vector_store'.
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
    object_: Literal["vector_store"] | Unset = UNSET
    expires_after: VectorStoreExpirationAfter | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    last_active_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        name = self.name

        usage_bytes = self.usage_bytes

        file_counts = self.file_counts.to_dict()

        status: str = self.status

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        object_ = self.object_

        expires_after: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expires_after, Unset):
            expires_after = self.expires_after.to_dict()

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        last_active_at: int | None | Unset
        if isinstance(self.last_active_at, Unset):
            last_active_at = UNSET
        else:
            last_active_at = self.last_active_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "name": name,
                "usage_bytes": usage_bytes,
                "file_counts": file_counts,
                "status": status,
                "metadata": metadata,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if last_active_at is not UNSET:
            field_dict["last_active_at"] = last_active_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = d["created_at"]

        name = d["name"]

        usage_bytes = d["usage_bytes"]

        file_counts = VectorStoreObjectFileCounts.from_dict(d["file_counts"])

        status = check_vector_store_object_status(d["status"])

        def _parse_metadata(data: object) -> MetadataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                return componentsschemas_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MetadataType0 | None", data)

        metadata = _parse_metadata(d["metadata"])

        object_ = cast("Literal['vector_store'] | Unset", d.get("object", UNSET))
        if object_ != "vector_store" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'vector_store', got '{object_}'")

        _expires_after = d.get("expires_after", UNSET)
        expires_after: VectorStoreExpirationAfter | Unset
        if isinstance(_expires_after, Unset):
            expires_after = UNSET
        else:
            expires_after = VectorStoreExpirationAfter.from_dict(_expires_after)

        def _parse_expires_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        expires_at = _parse_expires_at(d.get("expires_at", UNSET))

        def _parse_last_active_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        last_active_at = _parse_last_active_at(d.get("last_active_at", UNSET))

        vector_store_object = cls(
            id=id,
            created_at=created_at,
            name=name,
            usage_bytes=usage_bytes,
            file_counts=file_counts,
            status=status,
            metadata=metadata,
            object_=object_,
            expires_after=expires_after,
            expires_at=expires_at,
            last_active_at=last_active_at,
        )

        vector_store_object.additional_properties = _extra_fields(d)
        return vector_store_object

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
