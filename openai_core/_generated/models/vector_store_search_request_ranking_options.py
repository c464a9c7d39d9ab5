# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vector_store_search_request_ranking_options_ranker import (
    VectorStoreSearchRequestRankingOptionsRanker,
    check_vector_store_search_request_ranking_options_ranker,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VectorStoreSearchRequestRankingOptions")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "ranker",
        "score_threshold",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class VectorStoreSearchRequestRankingOptions:
    """
    Attributes:
        ranker (VectorStoreSearchRequestRankingOptionsRanker | Unset): One of: 'none', 'auto', 'default-2024-11-15'
            (others kept). Server default: 'auto'. Default: 'auto'.
        score_threshold (float | Unset): Range 0..1. Server default: 0. Default: 0.0.
    """

    ranker: VectorStoreSearchRequestRankingOptionsRanker | Unset = "auto"
    score_threshold: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ranker: str | Unset = UNSET
        if not isinstance(self.ranker, Unset):
            ranker = self.ranker

        score_threshold = self.score_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ranker is not UNSET:
            field_dict["ranker"] = ranker
        if score_threshold is not UNSET:
            field_dict["score_threshold"] = score_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _ranker = d.get("ranker", UNSET)
        ranker: VectorStoreSearchRequestRankingOptionsRanker | Unset
        if isinstance(_ranker, Unset):
            ranker = UNSET
        else:
            ranker = check_vector_store_search_request_ranking_options_ranker(_ranker)

        score_threshold = d.get("score_threshold", UNSET)

        vector_store_search_request_ranking_options = cls(
            ranker=ranker,
            score_threshold=score_threshold,
        )

        vector_store_search_request_ranking_options.additional_properties = _extra_fields(d)
        return vector_store_search_request_ranking_options

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
