# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaWebSearchActionSearch")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "query",
        "queries",
        "sources",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaWebSearchActionSearch:
    """Schema `BetaWebSearchActionSearch`.

    Attributes:
        type_ (Literal['search']): Always 'search'.
        query (str | Unset): Deprecated.
        queries (list[str] | Unset):
        sources (list[BetaWebSearchActionSearchSourcesItem] | Unset):
    """

    type_: Literal["search"]
    query: str | Unset = UNSET
    queries: list[str] | Unset = UNSET
    sources: list[BetaWebSearchActionSearchSourcesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        query = self.query

        queries: list[str] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = self.queries

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query
        if queries is not UNSET:
            field_dict["queries"] = queries
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['search']", d["type"])
        if type_ != "search":
            raise ValueError(f"type must match const 'search', got '{type_}'")

        query = d.get("query", UNSET)

        queries = cast("list[str]", d.get("queries", UNSET))

        _sources = d.get("sources", UNSET)
        sources: list[BetaWebSearchActionSearchSourcesItem] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = BetaWebSearchActionSearchSourcesItem.from_dict(sources_item_data)

                sources.append(sources_item)

        beta_web_search_action_search = cls(
            type_=type_,
            query=query,
            queries=queries,
            sources=sources,
        )

        beta_web_search_action_search.additional_properties = _extra_fields(d)
        return beta_web_search_action_search

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
from ..models.beta_web_search_action_search_sources_item import BetaWebSearchActionSearchSourcesItem  # noqa: E402
