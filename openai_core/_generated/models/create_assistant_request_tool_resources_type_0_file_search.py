# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAssistantRequestToolResourcesType0FileSearch")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "vector_store_ids",
        "vector_stores",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateAssistantRequestToolResourcesType0FileSearch:
    """
    Attributes:
        vector_store_ids (list[str] | Unset): Items 0..1.
        vector_stores (list[CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItem] | Unset): Items 0..1.
    """

    vector_store_ids: list[str] | Unset = UNSET
    vector_stores: (
        list[CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vector_store_ids: list[str] | Unset = UNSET
        if not isinstance(self.vector_store_ids, Unset):
            vector_store_ids = self.vector_store_ids

        vector_stores: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vector_stores, Unset):
            vector_stores = []
            for vector_stores_item_data in self.vector_stores:
                vector_stores_item = vector_stores_item_data.to_dict()
                vector_stores.append(vector_stores_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vector_store_ids is not UNSET:
            field_dict["vector_store_ids"] = vector_store_ids
        if vector_stores is not UNSET:
            field_dict["vector_stores"] = vector_stores

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        vector_store_ids = cast("list[str]", d.get("vector_store_ids", UNSET))

        _vector_stores = d.get("vector_stores", UNSET)
        vector_stores: (
            list[CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItem] | Unset
        ) = UNSET
        if _vector_stores is not UNSET:
            vector_stores = []
            for vector_stores_item_data in _vector_stores:
                vector_stores_item = (
                    CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItem.from_dict(
                        vector_stores_item_data
                    )
                )

                vector_stores.append(vector_stores_item)

        create_assistant_request_tool_resources_type_0_file_search = cls(
            vector_store_ids=vector_store_ids,
            vector_stores=vector_stores,
        )

        create_assistant_request_tool_resources_type_0_file_search.additional_properties = (
            _extra_fields(d)
        )
        return create_assistant_request_tool_resources_type_0_file_search

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
from ..models.create_assistant_request_tool_resources_type_0_file_search_vector_stores_item import (
    CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItem,  # noqa: E402
)
