# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunStepDetailsToolCallsFileSearchObjectFileSearch")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "ranking_options",
        "results",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RunStepDetailsToolCallsFileSearchObjectFileSearch(_Model):
    """
    Attributes:
        ranking_options (RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset): Schema
            `RunStepDetailsToolCallsFileSearchRankingOptionsObject`.
        results (list[RunStepDetailsToolCallsFileSearchResultObject] | Unset):
    """

    ranking_options: RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset = UNSET
    results: list[RunStepDetailsToolCallsFileSearchResultObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.ranking_options is not UNSET:
            field_dict["ranking_options"] = dump(self.ranking_options)
        if self.results is not UNSET:
            field_dict["results"] = dump(self.results)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _ranking_options = d.get("ranking_options", UNSET)
        ranking_options = (
            RunStepDetailsToolCallsFileSearchRankingOptionsObject.from_dict(_ranking_options)
            if isinstance(_ranking_options, dict)
            else _ranking_options
        )
        _results = d.get("results", UNSET)
        results = (
            [
                (
                    RunStepDetailsToolCallsFileSearchResultObject.from_dict(_i0)
                    if isinstance(_i0, dict)
                    else _i0
                )
                for _i0 in _results
            ]
            if isinstance(_results, list)
            else _results
        )
        run_step_details_tool_calls_file_search_object_file_search = cls(
            ranking_options=ranking_options,
            results=results,
        )
        if not _FIELDS.issuperset(d):
            run_step_details_tool_calls_file_search_object_file_search.additional_properties = (
                _extra_fields(d)
            )
        return run_step_details_tool_calls_file_search_object_file_search

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
from ..models.run_step_details_tool_calls_file_search_ranking_options_object import (
    RunStepDetailsToolCallsFileSearchRankingOptionsObject,  # noqa: E402
)
from ..models.run_step_details_tool_calls_file_search_result_object import (
    RunStepDetailsToolCallsFileSearchResultObject,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RunStepDetailsToolCallsFileSearchObjectFileSearch._oc_fields = (
    (
        "ranking_options",
        "ranking_options",
        False,
        RunStepDetailsToolCallsFileSearchRankingOptionsObject,
    ),
    ("results", "results", False, ("list", RunStepDetailsToolCallsFileSearchResultObject)),
)
