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

T = TypeVar("T", bound="CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "file_ids",
        "chunking_strategy",
        "metadata",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_chunking_strategy(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "auto":
            return CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0.from_dict(
                data
            )
        if tag == "static":
            return CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1.from_dict(
                data
            )
        return _choose_chunking_strategy(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItem(_Model):
    """
    Attributes:
        file_ids (list[str] | Unset): Items 0..100000000.
        chunking_strategy (CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0 |
            CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1 | Unset):
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
    """

    file_ids: list[str] | Unset = UNSET
    chunking_strategy: (
        CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0
        | CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1
        | Unset
    ) = UNSET
    metadata: MetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.file_ids is not UNSET:
            field_dict["file_ids"] = self.file_ids
        if self.chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = dump(self.chunking_strategy)
        if self.metadata is not UNSET:
            field_dict["metadata"] = dump(self.metadata)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        file_ids = d.get("file_ids", UNSET)
        _chunking_strategy = d.get("chunking_strategy", UNSET)
        chunking_strategy = _read_chunking_strategy(_chunking_strategy)
        _metadata = d.get("metadata", UNSET)
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        create_assistant_request_tool_resources_type_0_file_search_vector_stores_item = cls(
            file_ids=file_ids,
            chunking_strategy=chunking_strategy,
            metadata=metadata,
        )
        if not _FIELDS.issuperset(d):
            create_assistant_request_tool_resources_type_0_file_search_vector_stores_item.additional_properties = _extra_fields(
                d
            )
        return create_assistant_request_tool_resources_type_0_file_search_vector_stores_item

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
from ..models.create_assistant_request_tool_resources_type_0_file_search_vector_stores_item_chunking_strategy_type_0 import (
    CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0,  # noqa: E402
)
from ..models.create_assistant_request_tool_resources_type_0_file_search_vector_stores_item_chunking_strategy_type_1 import (
    CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1,  # noqa: E402
)
from ..models.metadata_type_0 import MetadataType0  # noqa: E402

_choose_chunking_strategy = ModelChoice(
    CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0,
    CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItem._oc_fields = (
    ("file_ids", "file_ids", False, ("list", "string")),
    (
        "chunking_strategy",
        "chunking_strategy",
        False,
        (
            "union",
            (
                CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0,
                CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1,
            ),
        ),
    ),
    (
        "metadata",
        "metadata",
        False,
        (
            "union",
            (
                MetadataType0,
                "null",
            ),
        ),
    ),
)
