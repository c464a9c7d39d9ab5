# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_rate_limits_updated_rate_limits_item_name import (
    RealtimeServerEventRateLimitsUpdatedRateLimitsItemName,
    check_realtime_server_event_rate_limits_updated_rate_limits_item_name,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeServerEventRateLimitsUpdatedRateLimitsItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "limit",
        "remaining",
        "reset_seconds",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeServerEventRateLimitsUpdatedRateLimitsItem:
    """
    Attributes:
        name (RealtimeServerEventRateLimitsUpdatedRateLimitsItemName | Unset): One of: 'requests', 'tokens' (others
            kept).
        limit (int | Unset):
        remaining (int | Unset):
        reset_seconds (float | Unset):
    """

    name: RealtimeServerEventRateLimitsUpdatedRateLimitsItemName | Unset = UNSET
    limit: int | Unset = UNSET
    remaining: int | Unset = UNSET
    reset_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name

        limit = self.limit

        remaining = self.remaining

        reset_seconds = self.reset_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if limit is not UNSET:
            field_dict["limit"] = limit
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if reset_seconds is not UNSET:
            field_dict["reset_seconds"] = reset_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _name = d.get("name", UNSET)
        name: RealtimeServerEventRateLimitsUpdatedRateLimitsItemName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = check_realtime_server_event_rate_limits_updated_rate_limits_item_name(_name)

        limit = d.get("limit", UNSET)

        remaining = d.get("remaining", UNSET)

        reset_seconds = d.get("reset_seconds", UNSET)

        realtime_server_event_rate_limits_updated_rate_limits_item = cls(
            name=name,
            limit=limit,
            remaining=remaining,
            reset_seconds=reset_seconds,
        )

        realtime_server_event_rate_limits_updated_rate_limits_item.additional_properties = (
            _extra_fields(d)
        )
        return realtime_server_event_rate_limits_updated_rate_limits_item

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
