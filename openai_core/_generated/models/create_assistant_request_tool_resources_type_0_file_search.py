# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAssistantRequestToolResourcesType0FileSearch")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "vector_store_ids",
        "vector_stores",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateAssistantRequestToolResourcesType0FileSearch(_Model):
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

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.vector_store_ids is not UNSET:
            field_dict["vector_store_ids"] = self.vector_store_ids
        if self.vector_stores is not UNSET:
            field_dict["vector_stores"] = dump(self.vector_stores)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        vector_store_ids = d.get("vector_store_ids", UNSET)
        _vector_stores = d.get("vector_stores", UNSET)
        vector_stores = (
            [
                (
                    CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItem.from_dict(
                        _i0
                    )
                    if isinstance(_i0, dict)
                    else _i0
                )
                for _i0 in _vector_stores
            ]
            if isinstance(_vector_stores, list)
            else _vector_stores
        )
        create_assistant_request_tool_resources_type_0_file_search = cls(
            vector_store_ids=vector_store_ids,
            vector_stores=vector_stores,
        )
        if not _FIELDS.issuperset(d):
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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateAssistantRequestToolResourcesType0FileSearch._oc_fields = (
    ("vector_store_ids", "vector_store_ids", False, ("list", "string")),
    (
        "vector_stores",
        "vector_stores",
        False,
        ("list", CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItem),
    ),
)
