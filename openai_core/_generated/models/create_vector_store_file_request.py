# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVectorStoreFileRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "file_id",
        "chunking_strategy",
        "attributes",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_chunking_strategy(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "auto":
            return AutoChunkingStrategyRequestParam.from_dict(data)
        if tag == "static":
            return StaticChunkingStrategyRequestParam.from_dict(data)
        return _choose_chunking_strategy(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateVectorStoreFileRequest(_Model):
    """Schema `CreateVectorStoreFileRequest`.

    Attributes:
        file_id (str):
        chunking_strategy (AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset): Schema
            `ChunkingStrategyRequestParam`.
        attributes (None | Unset | VectorStoreFileAttributesType0): Schema `VectorStoreFileAttributes`.
    """

    file_id: str
    chunking_strategy: (
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset
    ) = UNSET
    attributes: None | Unset | VectorStoreFileAttributesType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("file_id",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["file_id"] = self.file_id
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
        file_id = d.get("file_id")
        _chunking_strategy = d.get("chunking_strategy", UNSET)
        chunking_strategy = _read_chunking_strategy(_chunking_strategy)
        _attributes = d.get("attributes", UNSET)
        attributes = (
            VectorStoreFileAttributesType0.from_dict(_attributes)
            if isinstance(_attributes, dict)
            else _attributes
        )
        create_vector_store_file_request = cls(
            file_id=file_id,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
        )
        if file_id is None:
            create_vector_store_file_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_vector_store_file_request.additional_properties = _extra_fields(d)
        return create_vector_store_file_request

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
from ..models.auto_chunking_strategy_request_param import AutoChunkingStrategyRequestParam  # noqa: E402
from ..models.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam  # noqa: E402
from ..models.vector_store_file_attributes_type_0 import VectorStoreFileAttributesType0  # noqa: E402

_choose_chunking_strategy = ModelChoice(
    AutoChunkingStrategyRequestParam, StaticChunkingStrategyRequestParam
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateVectorStoreFileRequest._oc_fields = (
    ("file_id", "file_id", True, "string"),
    (
        "chunking_strategy",
        "chunking_strategy",
        False,
        (
            "union",
            (
                AutoChunkingStrategyRequestParam,
                StaticChunkingStrategyRequestParam,
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
