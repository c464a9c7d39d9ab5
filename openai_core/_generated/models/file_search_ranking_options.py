# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..models.file_search_ranker import FileSearchRanker
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileSearchRankingOptions")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "score_threshold",
        "ranker",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class FileSearchRankingOptions(_Model):
    """Schema `FileSearchRankingOptions`.

    Attributes:
        score_threshold (float): Range 0..1.
        ranker (FileSearchRanker | Unset): Schema `FileSearchRanker`.
    """

    score_threshold: float
    ranker: FileSearchRanker | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("score_threshold",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["score_threshold"] = self.score_threshold
        if self.ranker is not UNSET:
            field_dict["ranker"] = self.ranker
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        score_threshold = d.get("score_threshold")
        ranker = d.get("ranker", UNSET)
        file_search_ranking_options = cls(
            score_threshold=score_threshold,
            ranker=ranker,
        )
        if score_threshold is None:
            file_search_ranking_options._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
FileSearchRankingOptions._oc_fields = (
    ("score_threshold", "score_threshold", True, "number"),
    ("ranker", "ranker", False, ("enum", "FileSearchRanker", ("auto", "default_2024_08_21"))),
)
