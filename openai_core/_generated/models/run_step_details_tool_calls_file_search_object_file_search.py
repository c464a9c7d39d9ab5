# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunStepDetailsToolCallsFileSearchObjectFileSearch")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "ranking_options",
        "results",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RunStepDetailsToolCallsFileSearchObjectFileSearch:
    """
    Attributes:
        ranking_options (RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset): Schema
            `RunStepDetailsToolCallsFileSearchRankingOptionsObject`.
        results (list[RunStepDetailsToolCallsFileSearchResultObject] | Unset):
    """

    ranking_options: RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset = UNSET
    results: list[RunStepDetailsToolCallsFileSearchResultObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ranking_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ranking_options, Unset):
            ranking_options = self.ranking_options.to_dict()

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _ranking_options = d.get("ranking_options", UNSET)
        ranking_options: RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset
        if isinstance(_ranking_options, Unset):
            ranking_options = UNSET
        else:
            ranking_options = RunStepDetailsToolCallsFileSearchRankingOptionsObject.from_dict(
                _ranking_options
            )

        _results = d.get("results", UNSET)
        results: list[RunStepDetailsToolCallsFileSearchResultObject] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = RunStepDetailsToolCallsFileSearchResultObject.from_dict(
                    results_item_data
                )

                results.append(results_item)

        run_step_details_tool_calls_file_search_object_file_search = cls(
            ranking_options=ranking_options,
            results=results,
        )

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
