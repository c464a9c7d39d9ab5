# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaFileSearchTool")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "vector_store_ids",
        "max_num_results",
        "ranking_options",
        "filters",
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
class BetaFileSearchTool(_Model):
    """Schema `BetaFileSearchTool`.

    Attributes:
        type (Literal['file_search']): Always 'file_search'.
        vector_store_ids (list[str]):
        max_num_results (int | Unset):
        ranking_options (BetaRankingOptions | Unset): Schema `BetaRankingOptions`.
        filters (BetaComparisonFilter | BetaCompoundFilter | None | Unset):
    """

    type: Literal["file_search"]
    vector_store_ids: list[str]
    max_num_results: int | Unset = UNSET
    ranking_options: BetaRankingOptions | Unset = UNSET
    filters: BetaComparisonFilter | BetaCompoundFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "vector_store_ids",
    )
    _oc_consts = {"type": "file_search"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["vector_store_ids"] = self.vector_store_ids
        if self.max_num_results is not UNSET:
            field_dict["max_num_results"] = self.max_num_results
        if self.ranking_options is not UNSET:
            field_dict["ranking_options"] = dump(self.ranking_options)
        if self.filters is not UNSET:
            field_dict["filters"] = dump(self.filters)
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
        vector_store_ids = d.get("vector_store_ids")
        max_num_results = d.get("max_num_results", UNSET)
        _ranking_options = d.get("ranking_options", UNSET)
        ranking_options = (
            BetaRankingOptions.from_dict(_ranking_options)
            if isinstance(_ranking_options, dict)
            else _ranking_options
        )
        _filters = d.get("filters", UNSET)
        filters = _read_filters(_filters)
        beta_file_search_tool = cls(
            type=type_,
            vector_store_ids=vector_store_ids,
            max_num_results=max_num_results,
            ranking_options=ranking_options,
            filters=filters,
        )
        if type_ is None or vector_store_ids is None:
            beta_file_search_tool._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_file_search_tool.additional_properties = _extra_fields(d)
        return beta_file_search_tool

    @property
    def type_(self) -> Literal["file_search"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["file_search"]) -> None:
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
from ..models.beta_comparison_filter import BetaComparisonFilter  # noqa: E402
from ..models.beta_compound_filter import BetaCompoundFilter  # noqa: E402
from ..models.beta_ranking_options import BetaRankingOptions  # noqa: E402

_choose_filters = ModelChoice(BetaComparisonFilter, BetaCompoundFilter)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaFileSearchTool._oc_fields = (
    ("type", "type", True, ("const", "file_search")),
    ("vector_store_ids", "vector_store_ids", True, ("list", "string")),
    ("max_num_results", "max_num_results", False, "integer"),
    ("ranking_options", "ranking_options", False, BetaRankingOptions),
    (
        "filters",
        "filters",
        False,
        (
            "union",
            (
                BetaComparisonFilter,
                BetaCompoundFilter,
                "null",
            ),
        ),
    ),
)
