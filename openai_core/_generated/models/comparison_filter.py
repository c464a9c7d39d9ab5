# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comparison_filter_type import ComparisonFilterType, check_comparison_filter_type

T = TypeVar("T", bound="ComparisonFilter")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "key",
        "value",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ComparisonFilter:
    """Schema `ComparisonFilter`.

    Attributes:
        type_ (ComparisonFilterType): One of: 'eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'nin' (others kept). Server
            default: 'eq'. Default: 'eq'.
        key (str):
        value (bool | float | list[float | str] | str):
    """

    key: str
    value: bool | float | list[float | str] | str
    type_: ComparisonFilterType = "eq"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        key = self.key

        value: bool | float | list[float | str] | str
        if isinstance(self.value, list):
            value = []
            for value_type_3_item_data in self.value:
                value_type_3_item: float | str
                value_type_3_item = value_type_3_item_data
                value.append(value_type_3_item)

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "key": key,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = check_comparison_filter_type(d["type"])

        key = d["key"]

        def _parse_value(data: object) -> bool | float | list[float | str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_3 = []
                _value_type_3 = data
                for value_type_3_item_data in _value_type_3:

                    def _parse_value_type_3_item(data: object) -> float | str:
                        return cast("float | str", data)

                    value_type_3_item = _parse_value_type_3_item(value_type_3_item_data)

                    value_type_3.append(value_type_3_item)

                return value_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("bool | float | list[float | str] | str", data)

        value = _parse_value(d["value"])

        comparison_filter = cls(
            type_=type_,
            key=key,
            value=value,
        )

        comparison_filter.additional_properties = _extra_fields(d)
        return comparison_filter

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
