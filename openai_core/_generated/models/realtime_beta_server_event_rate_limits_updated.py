# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RealtimeBetaServerEventRateLimitsUpdated")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "event_id",
        "type",
        "rate_limits",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeBetaServerEventRateLimitsUpdated:
    """Schema `RealtimeBetaServerEventRateLimitsUpdated`.

    Attributes:
        event_id (str):
        type_ (Literal['rate_limits.updated']): Always 'rate_limits.updated'.
        rate_limits (list[RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem]):
    """

    event_id: str
    type_: Literal["rate_limits.updated"]
    rate_limits: list[RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        rate_limits = []
        for rate_limits_item_data in self.rate_limits:
            rate_limits_item = rate_limits_item_data.to_dict()
            rate_limits.append(rate_limits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "rate_limits": rate_limits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event_id = d["event_id"]

        type_ = cast("Literal['rate_limits.updated']", d["type"])
        if type_ != "rate_limits.updated":
            raise ValueError(f"type must match const 'rate_limits.updated', got '{type_}'")

        rate_limits = []
        _rate_limits = d["rate_limits"]
        for rate_limits_item_data in _rate_limits:
            rate_limits_item = RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem.from_dict(
                rate_limits_item_data
            )

            rate_limits.append(rate_limits_item)

        realtime_beta_server_event_rate_limits_updated = cls(
            event_id=event_id,
            type_=type_,
            rate_limits=rate_limits,
        )

        realtime_beta_server_event_rate_limits_updated.additional_properties = _extra_fields(d)
        return realtime_beta_server_event_rate_limits_updated

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
from ..models.realtime_beta_server_event_rate_limits_updated_rate_limits_item import (
    RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem,  # noqa: E402
)
