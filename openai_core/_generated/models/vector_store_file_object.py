# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.vector_store_file_object_status import (
    VectorStoreFileObjectStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VectorStoreFileObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_chunking_strategy(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "static":
            return StaticChunkingStrategyResponseParam.from_dict(data)
        if tag == "other":
            return OtherChunkingStrategyResponseParam.from_dict(data)
        return _choose_chunking_strategy(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class VectorStoreFileObject(_Model):
    """Schema `VectorStoreFileObject`.

    Attributes:
        id (str):
        usage_bytes (int):
        created_at (int):
        vector_store_id (str):
        status (VectorStoreFileObjectStatus): One of: 'in_progress', 'completed', 'cancelled', 'failed' (others kept).
        object (Literal['vector_store.file'] | Unset): Always 'vector_store.file'.
        last_error (None | Unset | VectorStoreFileObjectLastErrorType0):
        chunking_strategy (OtherChunkingStrategyResponseParam | StaticChunkingStrategyResponseParam | Unset):
        attributes (None | Unset | VectorStoreFileAttributesType0): Schema `VectorStoreFileAttributes`.
    """

    id: str
    usage_bytes: int
    created_at: int
    vector_store_id: str
    status: VectorStoreFileObjectStatus
    object: Literal["vector_store.file"] | Unset = UNSET
    last_error: None | Unset | VectorStoreFileObjectLastErrorType0 = UNSET
    chunking_strategy: (
        OtherChunkingStrategyResponseParam | StaticChunkingStrategyResponseParam | Unset
    ) = UNSET
    attributes: None | Unset | VectorStoreFileAttributesType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "usage_bytes",
        "created_at",
        "vector_store_id",
        "status",
    )
    _oc_consts = {"object": "vector_store.file"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["usage_bytes"] = self.usage_bytes
        field_dict["created_at"] = self.created_at
        field_dict["vector_store_id"] = self.vector_store_id
        field_dict["status"] = self.status
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.last_error is not UNSET:
            field_dict["last_error"] = dump(self.last_error)
        if self.chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = dump(self.chunking_strategy)
        if self.attributes is not UNSET:
            field_dict["attributes"] = dump(self.attributes)
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
        usage_bytes = d.get("usage_bytes")
        created_at = d.get("created_at")
        vector_store_id = d.get("vector_store_id")
        status = d.get("status")
        object_ = d.get("object", UNSET)
        _last_error = d.get("last_error", UNSET)
        last_error = (
            VectorStoreFileObjectLastErrorType0.from_dict(_last_error)
            if isinstance(_last_error, dict)
            else _last_error
        )
        _chunking_strategy = d.get("chunking_strategy", UNSET)
        chunking_strategy = _read_chunking_strategy(_chunking_strategy)
        _attributes = d.get("attributes", UNSET)
        attributes = (
            VectorStoreFileAttributesType0.from_dict(_attributes)
            if isinstance(_attributes, dict)
            else _attributes
        )
        vector_store_file_object = cls(
            id=id,
            usage_bytes=usage_bytes,
            created_at=created_at,
            vector_store_id=vector_store_id,
            status=status,
            object=object_,
            last_error=last_error,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
        )
        if (
            id is None
            or usage_bytes is None
            or created_at is None
            or vector_store_id is None
            or status is None
        ):
            vector_store_file_object._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            vector_store_file_object.additional_properties = _extra_fields(d)
        return vector_store_file_object

    @property
    def object_(self) -> Literal["vector_store.file"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["vector_store.file"] | Unset) -> None:
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
from ..models.other_chunking_strategy_response_param import OtherChunkingStrategyResponseParam  # noqa: E402
from ..models.static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam  # noqa: E402
from ..models.vector_store_file_attributes_type_0 import VectorStoreFileAttributesType0  # noqa: E402
from ..models.vector_store_file_object_last_error_type_0 import VectorStoreFileObjectLastErrorType0  # noqa: E402

_choose_chunking_strategy = ModelChoice(
    StaticChunkingStrategyResponseParam, OtherChunkingStrategyResponseParam
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
VectorStoreFileObject._oc_fields = (
    ("id", "id", True, "string"),
    ("usage_bytes", "usage_bytes", True, "integer"),
    ("created_at", "created_at", True, "integer"),
    ("vector_store_id", "vector_store_id", True, "string"),
    (
        "status",
        "status",
        True,
        (
            "enum",
            "VectorStoreFileObjectStatus",
            ("cancelled", "completed", "failed", "in_progress"),
        ),
    ),
    ("object", "object", False, ("const", "vector_store.file")),
    (
        "last_error",
        "last_error",
        False,
        (
            "union",
            (
                VectorStoreFileObjectLastErrorType0,
                "null",
            ),
        ),
    ),
    (
        "chunking_strategy",
        "chunking_strategy",
        False,
        (
            "union",
            (
                StaticChunkingStrategyResponseParam,
                OtherChunkingStrategyResponseParam,
            ),
        ),
    ),
    (
        "attributes",
        "attributes",
        False,
        (
            "union",
            (
                VectorStoreFileAttributesType0,
                "null",
            ),
        ),
    ),
)
