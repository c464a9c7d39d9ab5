# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchLocation")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "country",
        "region",
        "city",
        "timezone",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class WebSearchLocation(_Model):
    """Schema `WebSearchLocation`.

    Attributes:
        country (str | Unset):
        region (str | Unset):
        city (str | Unset):
        timezone (str | Unset):
    """

    country: str | Unset = UNSET
    region: str | Unset = UNSET
    city: str | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.country is not UNSET:
            field_dict["country"] = self.country
        if self.region is not UNSET:
            field_dict["region"] = self.region
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.timezone is not UNSET:
            field_dict["timezone"] = self.timezone
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        country = d.get("country", UNSET)
        region = d.get("region", UNSET)
        city = d.get("city", UNSET)
        timezone = d.get("timezone", UNSET)
        web_search_location = cls(
            country=country,
            region=region,
            city=city,
            timezone=timezone,
        )
        if not _FIELDS.issuperset(d):
            web_search_location.additional_properties = _extra_fields(d)
        return web_search_location

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
WebSearchLocation._oc_fields = (
    ("country", "country", False, "string"),
    ("region", "region", False, "string"),
    ("city", "city", False, "string"),
    ("timezone", "timezone", False, "string"),
)
