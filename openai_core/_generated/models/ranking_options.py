# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ranker_version_type import RankerVersionType, check_ranker_version_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="RankingOptions")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "ranker",
        "score_threshold",
        "hybrid_search",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RankingOptions:
    """Schema `RankingOptions`.

    Attributes:
        ranker (RankerVersionType | Unset): Schema `RankerVersionType`.
        score_threshold (float | Unset):
        hybrid_search (HybridSearchOptions | Unset): Schema `HybridSearchOptions`.
    """

    ranker: RankerVersionType | Unset = UNSET
    score_threshold: float | Unset = UNSET
    hybrid_search: HybridSearchOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ranker: str | Unset = UNSET
        if not isinstance(self.ranker, Unset):
            ranker = self.ranker

        score_threshold = self.score_threshold

        hybrid_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hybrid_search, Unset):
            hybrid_search = self.hybrid_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ranker is not UNSET:
            field_dict["ranker"] = ranker
        if score_threshold is not UNSET:
            field_dict["score_threshold"] = score_threshold
        if hybrid_search is not UNSET:
            field_dict["hybrid_search"] = hybrid_search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _ranker = d.get("ranker", UNSET)
        ranker: RankerVersionType | Unset
        if isinstance(_ranker, Unset):
            ranker = UNSET
        else:
            ranker = check_ranker_version_type(_ranker)

        score_threshold = d.get("score_threshold", UNSET)

        _hybrid_search = d.get("hybrid_search", UNSET)
        hybrid_search: HybridSearchOptions | Unset
        if isinstance(_hybrid_search, Unset):
            hybrid_search = UNSET
        else:
            hybrid_search = HybridSearchOptions.from_dict(_hybrid_search)

        ranking_options = cls(
            ranker=ranker,
            score_threshold=score_threshold,
            hybrid_search=hybrid_search,
        )

        ranking_options.additional_properties = _extra_fields(d)
        return ranking_options

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
from ..models.hybrid_search_options import HybridSearchOptions  # noqa: E402
