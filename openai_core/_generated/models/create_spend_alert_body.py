# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys

T = TypeVar("T", bound="CreateSpendAlertBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "threshold_amount",
        "currency",
        "interval",
        "notification_channel",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateSpendAlertBody(_Model):
    """Schema `CreateSpendAlertBody`.

    Attributes:
        threshold_amount (int): Range 0..inf.
        currency (Literal['USD']): Always 'USD'.
        interval (Literal['month']): Always 'month'.
        notification_channel (SpendAlertNotificationChannel): Schema `SpendAlertNotificationChannel`.
    """

    threshold_amount: int
    currency: Literal["USD"]
    interval: Literal["month"]
    notification_channel: SpendAlertNotificationChannel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "threshold_amount",
        "currency",
        "interval",
        "notification_channel",
    )
    _oc_consts = {"currency": "USD", "interval": "month"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["threshold_amount"] = self.threshold_amount
        field_dict["currency"] = self.currency
        field_dict["interval"] = self.interval
        field_dict["notification_channel"] = dump(self.notification_channel)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        threshold_amount = d.get("threshold_amount")
        currency = d.get("currency")
        interval = d.get("interval")
        _notification_channel = d.get("notification_channel")
        notification_channel = (
            SpendAlertNotificationChannel.from_dict(_notification_channel)
            if isinstance(_notification_channel, dict)
            else _notification_channel
        )
        create_spend_alert_body = cls(
            threshold_amount=threshold_amount,
            currency=currency,
            interval=interval,
            notification_channel=notification_channel,
        )
        if (
            threshold_amount is None
            or currency is None
            or interval is None
            or notification_channel is None
        ):
            create_spend_alert_body._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_spend_alert_body.additional_properties = _extra_fields(d)
        return create_spend_alert_body

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
from ..models.spend_alert_notification_channel import SpendAlertNotificationChannel  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateSpendAlertBody._oc_fields = (
    ("threshold_amount", "threshold_amount", True, "integer"),
    ("currency", "currency", True, ("const", "USD")),
    ("interval", "interval", True, ("const", "month")),
    ("notification_channel", "notification_channel", True, SpendAlertNotificationChannel),
)
