# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VectorStoreSearchRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class VectorStoreSearchRequest:
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

    def to_dict(self) -> dict[str, Any]:
        query: list[str] | str
        if isinstance(self.query, list):
            query = self.query

        else:
            query = self.query

        rewrite_query = self.rewrite_query

        max_num_results = self.max_num_results

        filters: dict[str, Any] | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, ComparisonFilter):
            filters = self.filters.to_dict()
        else:
            filters = self.filters.to_dict()

        ranking_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ranking_options, Unset):
            ranking_options = self.ranking_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if rewrite_query is not UNSET:
            field_dict["rewrite_query"] = rewrite_query
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results
        if filters is not UNSET:
            field_dict["filters"] = filters
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_query(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                query_type_1 = cast("list[str]", data)

                return query_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | str", data)

        query = _parse_query(d["query"])

        rewrite_query = d.get("rewrite_query", UNSET)

        max_num_results = d.get("max_num_results", UNSET)

        def _parse_filters(data: object) -> ComparisonFilter | CompoundFilter | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = ComparisonFilter.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            filters_type_1 = CompoundFilter.from_dict(data)

            return filters_type_1

        filters = _parse_filters(d.get("filters", UNSET))

        _ranking_options = d.get("ranking_options", UNSET)
        ranking_options: VectorStoreSearchRequestRankingOptions | Unset
        if isinstance(_ranking_options, Unset):
            ranking_options = UNSET
        else:
            ranking_options = VectorStoreSearchRequestRankingOptions.from_dict(_ranking_options)

        vector_store_search_request = cls(
            query=query,
            rewrite_query=rewrite_query,
            max_num_results=max_num_results,
            filters=filters,
            ranking_options=ranking_options,
        )

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
