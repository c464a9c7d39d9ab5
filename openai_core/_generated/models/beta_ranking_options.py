# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..models.beta_ranker_version_type import BetaRankerVersionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaRankingOptions")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "ranker",
        "score_threshold",
        "hybrid_search",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaRankingOptions(_Model):
    """Schema `BetaRankingOptions`.

    Attributes:
        ranker (BetaRankerVersionType | Unset): Schema `BetaRankerVersionType`.
        score_threshold (float | Unset):
        hybrid_search (BetaHybridSearchOptions | Unset): Schema `BetaHybridSearchOptions`.
    """

    ranker: BetaRankerVersionType | Unset = UNSET
    score_threshold: float | Unset = UNSET
    hybrid_search: BetaHybridSearchOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.ranker is not UNSET:
            field_dict["ranker"] = self.ranker
        if self.score_threshold is not UNSET:
            field_dict["score_threshold"] = self.score_threshold
        if self.hybrid_search is not UNSET:
            field_dict["hybrid_search"] = dump(self.hybrid_search)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        ranker = d.get("ranker", UNSET)
        score_threshold = d.get("score_threshold", UNSET)
        _hybrid_search = d.get("hybrid_search", UNSET)
        hybrid_search = (
            BetaHybridSearchOptions.from_dict(_hybrid_search)
            if isinstance(_hybrid_search, dict)
            else _hybrid_search
        )
        beta_ranking_options = cls(
            ranker=ranker,
            score_threshold=score_threshold,
            hybrid_search=hybrid_search,
        )
        if not _FIELDS.issuperset(d):
            beta_ranking_options.additional_properties = _extra_fields(d)
        return beta_ranking_options

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
from ..models.beta_hybrid_search_options import BetaHybridSearchOptions  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaRankingOptions._oc_fields = (
    ("ranker", "ranker", False, ("enum", "BetaRankerVersionType", ("auto", "default-2024-11-15"))),
    ("score_threshold", "score_threshold", False, "number"),
    ("hybrid_search", "hybrid_search", False, BetaHybridSearchOptions),
)
