# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaApproximateLocation")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
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
class BetaApproximateLocation(_Model):
    """Schema `BetaApproximateLocation`.

    Attributes:
        type (Literal['approximate']): Always 'approximate'.
        country (None | str | Unset):
        region (None | str | Unset):
        city (None | str | Unset):
        timezone (None | str | Unset):
    """

    type: Literal["approximate"]
    country: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("type",)
    _oc_consts = {"type": "approximate"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        if self.country is not UNSET:
            field_dict["country"] = self.country
        if self.region is not UNSET:
            field_dict["region"] = self.region
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.timezone is not UNSET:
            field_dict["timezone"] = self.timezone
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
        country = d.get("country", UNSET)
        region = d.get("region", UNSET)
        city = d.get("city", UNSET)
        timezone = d.get("timezone", UNSET)
        beta_approximate_location = cls(
            type=type_,
            country=country,
            region=region,
            city=city,
            timezone=timezone,
        )
        if type_ is None:
            beta_approximate_location._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_approximate_location.additional_properties = _extra_fields(d)
        return beta_approximate_location

    @property
    def type_(self) -> Literal["approximate"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["approximate"]) -> None:
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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaApproximateLocation._oc_fields = (
    ("type", "type", True, ("const", "approximate")),
    (
        "country",
        "country",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "region",
        "region",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "city",
        "city",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "timezone",
        "timezone",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
)
