# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchActionSearch")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "query",
        "queries",
        "sources",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class WebSearchActionSearch(_Model):
    """Schema `WebSearchActionSearch`.

    Attributes:
        type (Literal['search']): Always 'search'.
        query (str | Unset): Deprecated.
        queries (list[str] | Unset):
        sources (list[WebSearchActionSearchSourcesItem] | Unset):
    """

    type: Literal["search"]
    query: str | Unset = UNSET
    queries: list[str] | Unset = UNSET
    sources: list[WebSearchActionSearchSourcesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("type",)
    _oc_consts = {"type": "search"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        if self.query is not UNSET:
            field_dict["query"] = self.query
        if self.queries is not UNSET:
            field_dict["queries"] = self.queries
        if self.sources is not UNSET:
            field_dict["sources"] = dump(self.sources)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        query = d.get("query", UNSET)
        queries = d.get("queries", UNSET)
        _sources = d.get("sources", UNSET)
        sources = (
            [
                (WebSearchActionSearchSourcesItem.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _sources
            ]
            if isinstance(_sources, list)
            else _sources
        )
        web_search_action_search = cls(
            type=type_,
            query=query,
            queries=queries,
            sources=sources,
        )
        if type_ is None:
            web_search_action_search._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            web_search_action_search.additional_properties = _extra_fields(d)
        return web_search_action_search

    @property
    def type_(self) -> Literal["search"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["search"]) -> None:
        self.type = value

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
from ..models.web_search_action_search_sources_item import WebSearchActionSearchSourcesItem  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
WebSearchActionSearch._oc_fields = (
    ("type", "type", True, ("const", "search")),
    ("query", "query", False, "string"),
    ("queries", "queries", False, ("list", "string")),
    ("sources", "sources", False, ("list", WebSearchActionSearchSourcesItem)),
)
