# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_search_ranker import FileSearchRanker, check_file_search_ranker
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileSearchRankingOptions")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "score_threshold",
        "ranker",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class FileSearchRankingOptions:
    """Schema `FileSearchRankingOptions`.

    Attributes:
        score_threshold (float): Range 0..1.
        ranker (FileSearchRanker | Unset): Schema `FileSearchRanker`.
    """

    score_threshold: float
    ranker: FileSearchRanker | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score_threshold = self.score_threshold

        ranker: str | Unset = UNSET
        if not isinstance(self.ranker, Unset):
            ranker = self.ranker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score_threshold": score_threshold,
            }
        )
        if ranker is not UNSET:
            field_dict["ranker"] = ranker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        score_threshold = d["score_threshold"]

        _ranker = d.get("ranker", UNSET)
        ranker: FileSearchRanker | Unset
        if isinstance(_ranker, Unset):
            ranker = UNSET
        else:
            ranker = check_file_search_ranker(_ranker)

        file_search_ranking_options = cls(
            score_threshold=score_threshold,
            ranker=ranker,
        )

        file_search_ranking_options.additional_properties = _extra_fields(d)
        return file_search_ranking_options

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
