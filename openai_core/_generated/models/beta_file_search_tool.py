# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaFileSearchTool")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaFileSearchTool:
    """Schema `BetaFileSearchTool`.

    Attributes:
        type_ (Literal['file_search']): Always 'file_search'.
        vector_store_ids (list[str]):
        max_num_results (int | Unset):
        ranking_options (BetaRankingOptions | Unset): Schema `BetaRankingOptions`.
        filters (BetaComparisonFilter | BetaCompoundFilter | None | Unset):
    """

    type_: Literal["file_search"]
    vector_store_ids: list[str]
    max_num_results: int | Unset = UNSET
    ranking_options: BetaRankingOptions | Unset = UNSET
    filters: BetaComparisonFilter | BetaCompoundFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        vector_store_ids = self.vector_store_ids

        max_num_results = self.max_num_results

        ranking_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ranking_options, Unset):
            ranking_options = self.ranking_options.to_dict()

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, BetaComparisonFilter):
            filters = self.filters.to_dict()
        elif isinstance(self.filters, BetaCompoundFilter):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "vector_store_ids": vector_store_ids,
            }
        )
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['file_search']", d["type"])
        if type_ != "file_search":
            raise ValueError(f"type must match const 'file_search', got '{type_}'")

        vector_store_ids = cast("list[str]", d["vector_store_ids"])

        max_num_results = d.get("max_num_results", UNSET)

        _ranking_options = d.get("ranking_options", UNSET)
        ranking_options: BetaRankingOptions | Unset
        if isinstance(_ranking_options, Unset):
            ranking_options = UNSET
        else:
            ranking_options = BetaRankingOptions.from_dict(_ranking_options)

        def _parse_filters(
            data: object,
        ) -> BetaComparisonFilter | BetaCompoundFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_filters_type_0 = BetaComparisonFilter.from_dict(data)

                return componentsschemas_beta_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_filters_type_1 = BetaCompoundFilter.from_dict(data)

                return componentsschemas_beta_filters_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaComparisonFilter | BetaCompoundFilter | None | Unset", data)

        filters = _parse_filters(d.get("filters", UNSET))

        beta_file_search_tool = cls(
            type_=type_,
            vector_store_ids=vector_store_ids,
            max_num_results=max_num_results,
            ranking_options=ranking_options,
            filters=filters,
        )

        beta_file_search_tool.additional_properties = _extra_fields(d)
        return beta_file_search_tool

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
