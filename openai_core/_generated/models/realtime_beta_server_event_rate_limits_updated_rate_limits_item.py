# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..models.realtime_beta_server_event_rate_limits_updated_rate_limits_item_name import (
    RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "limit",
        "remaining",
        "reset_seconds",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem(_Model):
    """
    Attributes:
        name (RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName | Unset): One of: 'requests', 'tokens' (others
            kept).
        limit (int | Unset):
        remaining (int | Unset):
        reset_seconds (float | Unset):
    """

    name: RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName | Unset = UNSET
    limit: int | Unset = UNSET
    remaining: int | Unset = UNSET
    reset_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.limit is not UNSET:
            field_dict["limit"] = self.limit
        if self.remaining is not UNSET:
            field_dict["remaining"] = self.remaining
        if self.reset_seconds is not UNSET:
            field_dict["reset_seconds"] = self.reset_seconds
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        name = d.get("name", UNSET)
        limit = d.get("limit", UNSET)
        remaining = d.get("remaining", UNSET)
        reset_seconds = d.get("reset_seconds", UNSET)
        realtime_beta_server_event_rate_limits_updated_rate_limits_item = cls(
            name=name,
            limit=limit,
            remaining=remaining,
            reset_seconds=reset_seconds,
        )
        if not _FIELDS.issuperset(d):
            realtime_beta_server_event_rate_limits_updated_rate_limits_item.additional_properties = _extra_fields(
                d
            )
        return realtime_beta_server_event_rate_limits_updated_rate_limits_item

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
RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem._oc_fields = (
    (
        "name",
        "name",
        False,
        (
            "enum",
            "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName",
            ("requests", "tokens"),
        ),
    ),
    ("limit", "limit", False, "integer"),
    ("remaining", "remaining", False, "integer"),
    ("reset_seconds", "reset_seconds", False, "number"),
)
