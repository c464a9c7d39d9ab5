# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.beta_compound_filter_type import (
    BetaCompoundFilterType,
)

T = TypeVar("T", bound="BetaCompoundFilter")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "filters",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaCompoundFilter(_Model):
    """Schema `BetaCompoundFilter`.

    Attributes:
        type (BetaCompoundFilterType): One of: 'and', 'or' (others kept).
        filters (list[Any | BetaComparisonFilter]):
    """

    type: BetaCompoundFilterType
    filters: list[Any | BetaComparisonFilter]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "filters",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["filters"] = dump(self.filters)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        _filters = d.get("filters")
        filters = (
            [
                (BetaComparisonFilter.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _filters
            ]
            if isinstance(_filters, list)
            else _filters
        )
        beta_compound_filter = cls(
            type=type_,
            filters=filters,
        )
        if type_ is None or filters is None:
            beta_compound_filter._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_compound_filter.additional_properties = _extra_fields(d)
        return beta_compound_filter

    @property
    def type_(self) -> BetaCompoundFilterType:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: BetaCompoundFilterType) -> None:
        self.type = value

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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaCompoundFilter._oc_fields = (
    ("type", "type", True, ("enum", "BetaCompoundFilterType", ("and", "or"))),
    (
        "filters",
        "filters",
        True,
        (
            "list",
            (
                "union",
                (
                    BetaComparisonFilter,
                    "any",
                ),
            ),
        ),
    ),
)
