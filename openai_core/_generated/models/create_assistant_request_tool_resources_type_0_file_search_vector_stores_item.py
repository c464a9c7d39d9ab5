# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "file_ids",
        "chunking_strategy",
        "metadata",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItem:
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

    def to_dict(self) -> dict[str, Any]:
        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

        chunking_strategy: dict[str, Any] | Unset
        if isinstance(self.chunking_strategy, Unset):
            chunking_strategy = UNSET
        elif isinstance(
            self.chunking_strategy,
            CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0,
        ):
            chunking_strategy = self.chunking_strategy.to_dict()
        else:
            chunking_strategy = self.chunking_strategy.to_dict()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = chunking_strategy
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        file_ids = cast("list[str]", d.get("file_ids", UNSET))

        def _parse_chunking_strategy(
            data: object,
        ) -> (
            CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0
            | CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                chunking_strategy_type_0 = CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0.from_dict(
                    data
                )

                return chunking_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            chunking_strategy_type_1 = CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1.from_dict(
                data
            )

            return chunking_strategy_type_1

        chunking_strategy = _parse_chunking_strategy(d.get("chunking_strategy", UNSET))

        def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                return componentsschemas_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MetadataType0 | None | Unset", data)

        metadata = _parse_metadata(d.get("metadata", UNSET))

        create_assistant_request_tool_resources_type_0_file_search_vector_stores_item = cls(
            file_ids=file_ids,
            chunking_strategy=chunking_strategy,
            metadata=metadata,
        )

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
