# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVectorStoreFileBatchRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "file_ids",
        "files",
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
class CreateVectorStoreFileBatchRequest(_Model):
    """Schema `CreateVectorStoreFileBatchRequest`.

    Attributes:
        file_ids (list[str] | Unset): Items 1..2000.
        files (list[CreateVectorStoreFileRequest] | Unset): Items 1..2000.
        chunking_strategy (AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset): Schema
            `ChunkingStrategyRequestParam`.
        attributes (None | Unset | VectorStoreFileAttributesType0): Schema `VectorStoreFileAttributes`.
    """

    file_ids: list[str] | Unset = UNSET
    files: list[CreateVectorStoreFileRequest] | Unset = UNSET
    chunking_strategy: (
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset
    ) = UNSET
    attributes: None | Unset | VectorStoreFileAttributesType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.file_ids is not UNSET:
            field_dict["file_ids"] = self.file_ids
        if self.files is not UNSET:
            field_dict["files"] = dump(self.files)
        if self.chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = dump(self.chunking_strategy)
        if self.attributes is not UNSET:
            field_dict["attributes"] = dump(self.attributes)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        file_ids = d.get("file_ids", UNSET)
        _files = d.get("files", UNSET)
        files = (
            [
                (CreateVectorStoreFileRequest.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _files
            ]
            if isinstance(_files, list)
            else _files
        )
        _chunking_strategy = d.get("chunking_strategy", UNSET)
        chunking_strategy = _read_chunking_strategy(_chunking_strategy)
        _attributes = d.get("attributes", UNSET)
        attributes = (
            VectorStoreFileAttributesType0.from_dict(_attributes)
            if isinstance(_attributes, dict)
            else _attributes
        )
        create_vector_store_file_batch_request = cls(
            file_ids=file_ids,
            files=files,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
        )
        if not _FIELDS.issuperset(d):
            create_vector_store_file_batch_request.additional_properties = _extra_fields(d)
        return create_vector_store_file_batch_request

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
from ..models.create_vector_store_file_request import CreateVectorStoreFileRequest  # noqa: E402
from ..models.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam  # noqa: E402
from ..models.vector_store_file_attributes_type_0 import VectorStoreFileAttributesType0  # noqa: E402

_choose_chunking_strategy = ModelChoice(
    AutoChunkingStrategyRequestParam, StaticChunkingStrategyRequestParam
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateVectorStoreFileBatchRequest._oc_fields = (
    ("file_ids", "file_ids", False, ("list", "string")),
    ("files", "files", False, ("list", CreateVectorStoreFileRequest)),
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
