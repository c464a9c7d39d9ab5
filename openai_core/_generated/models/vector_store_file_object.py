# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vector_store_file_object_status import (
    VectorStoreFileObjectStatus,
    check_vector_store_file_object_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VectorStoreFileObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "usage_bytes",
        "created_at",
        "vector_store_id",
        "status",
        "object",
        "last_error",
        "chunking_strategy",
        "attributes",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class VectorStoreFileObject:
    """Schema `VectorStoreFileObject`.

    Attributes:
        id (str):
        usage_bytes (int):
        created_at (int):
        vector_store_id (str):
        status (VectorStoreFileObjectStatus): One of: 'in_progress', 'completed', 'cancelled', 'failed' (others kept).
        object_ (Literal['vector_store.file'] | Unset): Always 'vector_store.file'.
        last_error (None | Unset | VectorStoreFileObjectLastErrorType0):
        chunking_strategy (OtherChunkingStrategyResponseParam | StaticChunkingStrategyResponseParam | Unset):
        attributes (None | Unset | VectorStoreFileAttributesType0): Schema `VectorStoreFileAttributes`.
    """

    id: str
    usage_bytes: int
    created_at: int
    vector_store_id: str
    status: VectorStoreFileObjectStatus
    object_: Literal["vector_store.file"] | Unset = UNSET
    last_error: None | Unset | VectorStoreFileObjectLastErrorType0 = UNSET
    chunking_strategy: (
        OtherChunkingStrategyResponseParam | StaticChunkingStrategyResponseParam | Unset
    ) = UNSET
    attributes: None | Unset | VectorStoreFileAttributesType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        usage_bytes = self.usage_bytes

        created_at = self.created_at

        vector_store_id = self.vector_store_id

        status: str = self.status

        object_ = self.object_

        last_error: dict[str, Any] | None | Unset
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        elif isinstance(self.last_error, VectorStoreFileObjectLastErrorType0):
            last_error = self.last_error.to_dict()
        else:
            last_error = self.last_error

        chunking_strategy: dict[str, Any] | Unset
        if isinstance(self.chunking_strategy, Unset):
            chunking_strategy = UNSET
        elif isinstance(self.chunking_strategy, StaticChunkingStrategyResponseParam):
            chunking_strategy = self.chunking_strategy.to_dict()
        else:
            chunking_strategy = self.chunking_strategy.to_dict()

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, VectorStoreFileAttributesType0):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "usage_bytes": usage_bytes,
                "created_at": created_at,
                "vector_store_id": vector_store_id,
                "status": status,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = chunking_strategy
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        usage_bytes = d["usage_bytes"]

        created_at = d["created_at"]

        vector_store_id = d["vector_store_id"]

        status = check_vector_store_file_object_status(d["status"])

        object_ = cast("Literal['vector_store.file'] | Unset", d.get("object", UNSET))
        if object_ != "vector_store.file" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'vector_store.file', got '{object_}'")

        def _parse_last_error(data: object) -> None | Unset | VectorStoreFileObjectLastErrorType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_error_type_0 = VectorStoreFileObjectLastErrorType0.from_dict(data)

                return last_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | VectorStoreFileObjectLastErrorType0", data)

        last_error = _parse_last_error(d.get("last_error", UNSET))

        def _parse_chunking_strategy(
            data: object,
        ) -> OtherChunkingStrategyResponseParam | StaticChunkingStrategyResponseParam | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                chunking_strategy_type_0 = StaticChunkingStrategyResponseParam.from_dict(data)

                return chunking_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            chunking_strategy_type_1 = OtherChunkingStrategyResponseParam.from_dict(data)

            return chunking_strategy_type_1

        chunking_strategy = _parse_chunking_strategy(d.get("chunking_strategy", UNSET))

        def _parse_attributes(data: object) -> None | Unset | VectorStoreFileAttributesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_vector_store_file_attributes_type_0 = (
                    VectorStoreFileAttributesType0.from_dict(data)
                )

                return componentsschemas_vector_store_file_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | VectorStoreFileAttributesType0", data)

        attributes = _parse_attributes(d.get("attributes", UNSET))

        vector_store_file_object = cls(
            id=id,
            usage_bytes=usage_bytes,
            created_at=created_at,
            vector_store_id=vector_store_id,
            status=status,
            object_=object_,
            last_error=last_error,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
        )

        vector_store_file_object.additional_properties = _extra_fields(d)
        return vector_store_file_object

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
from ..models.other_chunking_strategy_response_param import OtherChunkingStrategyResponseParam  # noqa: E402
from ..models.static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam  # noqa: E402
from ..models.vector_store_file_attributes_type_0 import VectorStoreFileAttributesType0  # noqa: E402
from ..models.vector_store_file_object_last_error_type_0 import VectorStoreFileObjectLastErrorType0  # noqa: E402
