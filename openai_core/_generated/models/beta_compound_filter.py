# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_compound_filter_type import (
    BetaCompoundFilterType,
    check_beta_compound_filter_type,
)

T = TypeVar("T", bound="BetaCompoundFilter")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "filters",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaCompoundFilter:
    """Schema `BetaCompoundFilter`.

    Attributes:
        type_ (BetaCompoundFilterType): One of: 'and', 'or' (others kept).
        filters (list[Any | BetaComparisonFilter]):
    """

    type_: BetaCompoundFilterType
    filters: list[Any | BetaComparisonFilter]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        filters = []
        for filters_item_data in self.filters:
            filters_item: Any | dict[str, Any]
            if isinstance(filters_item_data, BetaComparisonFilter):
                filters_item = filters_item_data.to_dict()
            else:
                filters_item = filters_item_data
            filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "filters": filters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = check_beta_compound_filter_type(d["type"])

        filters = []
        _filters = d["filters"]
        for filters_item_data in _filters:

            def _parse_filters_item(data: object) -> Any | BetaComparisonFilter:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    filters_item_type_0 = BetaComparisonFilter.from_dict(data)

                    return filters_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("Any | BetaComparisonFilter", data)

            filters_item = _parse_filters_item(filters_item_data)

            filters.append(filters_item)

        beta_compound_filter = cls(
            type_=type_,
            filters=filters,
        )

        beta_compound_filter.additional_properties = _extra_fields(d)
        return beta_compound_filter

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
