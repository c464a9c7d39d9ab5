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

T = TypeVar("T", bound="VectorStoreSearchRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "query",
        "rewrite_query",
        "max_num_results",
        "filters",
        "ranking_options",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_filters(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_filters(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class VectorStoreSearchRequest(_Model):
    """Schema `VectorStoreSearchRequest`.

    Attributes:
        query (list[str] | str):
        rewrite_query (bool | Unset): Server default: False. Default: False.
        max_num_results (int | Unset): Range 1..50. Server default: 10. Default: 10.
        filters (ComparisonFilter | CompoundFilter | Unset):
        ranking_options (VectorStoreSearchRequestRankingOptions | Unset):
    """

    query: list[str] | str
    rewrite_query: bool | Unset = False
    max_num_results: int | Unset = 10
    filters: ComparisonFilter | CompoundFilter | Unset = UNSET
    ranking_options: VectorStoreSearchRequestRankingOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("query",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["query"] = self.query
        if self.rewrite_query is not UNSET:
            field_dict["rewrite_query"] = self.rewrite_query
        if self.max_num_results is not UNSET:
            field_dict["max_num_results"] = self.max_num_results
        if self.filters is not UNSET:
            field_dict["filters"] = dump(self.filters)
        if self.ranking_options is not UNSET:
            field_dict["ranking_options"] = dump(self.ranking_options)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        query = d.get("query")
        rewrite_query = d.get("rewrite_query", UNSET)
        max_num_results = d.get("max_num_results", UNSET)
        _filters = d.get("filters", UNSET)
        filters = _read_filters(_filters)
        _ranking_options = d.get("ranking_options", UNSET)
        ranking_options = (
            VectorStoreSearchRequestRankingOptions.from_dict(_ranking_options)
            if isinstance(_ranking_options, dict)
            else _ranking_options
        )
        vector_store_search_request = cls(
            query=query,
            rewrite_query=rewrite_query,
            max_num_results=max_num_results,
            filters=filters,
            ranking_options=ranking_options,
        )
        if query is None:
            vector_store_search_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            vector_store_search_request.additional_properties = _extra_fields(d)
        return vector_store_search_request

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
from ..models.comparison_filter import ComparisonFilter  # noqa: E402
from ..models.compound_filter import CompoundFilter  # noqa: E402
from ..models.vector_store_search_request_ranking_options import (
    VectorStoreSearchRequestRankingOptions,  # noqa: E402
)

_choose_filters = ModelChoice(ComparisonFilter, CompoundFilter)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
VectorStoreSearchRequest._oc_fields = (
    (
        "query",
        "query",
        True,
        (
            "union",
            (
                "string",
                ("list", "string"),
            ),
        ),
    ),
    ("rewrite_query", "rewrite_query", False, "boolean"),
    ("max_num_results", "max_num_results", False, "integer"),
    (
        "filters",
        "filters",
        False,
        (
            "union",
            (
                ComparisonFilter,
                CompoundFilter,
            ),
        ),
    ),
    ("ranking_options", "ranking_options", False, VectorStoreSearchRequestRankingOptions),
)
