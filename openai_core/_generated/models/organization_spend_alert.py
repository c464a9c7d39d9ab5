# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationSpendAlert")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "threshold_amount",
        "currency",
        "interval",
        "notification_channel",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class OrganizationSpendAlert:
    """Schema `OrganizationSpendAlert`.

    Attributes:
        id (str):
        threshold_amount (int):
        currency (Literal['USD']): Always 'USD'.
        interval (Literal['month']): Always 'month'.
        notification_channel (SpendAlertNotificationChannel): Schema `SpendAlertNotificationChannel`.
        object_ (Literal['organization.spend_alert'] | Unset): Always 'organization.spend_alert'.
    """

    id: str
    threshold_amount: int
    currency: Literal["USD"]
    interval: Literal["month"]
    notification_channel: SpendAlertNotificationChannel
    object_: Literal["organization.spend_alert"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        threshold_amount = self.threshold_amount

        currency = self.currency

        interval = self.interval

        notification_channel = self.notification_channel.to_dict()

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "threshold_amount": threshold_amount,
                "currency": currency,
                "interval": interval,
                "notification_channel": notification_channel,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        threshold_amount = d["threshold_amount"]

        currency = cast("Literal['USD']", d["currency"])
        if currency != "USD":
            raise ValueError(f"currency must match const 'USD', got '{currency}'")

        interval = cast("Literal['month']", d["interval"])
        if interval != "month":
            raise ValueError(f"interval must match const 'month', got '{interval}'")

        notification_channel = SpendAlertNotificationChannel.from_dict(d["notification_channel"])

        object_ = cast("Literal['organization.spend_alert'] | Unset", d.get("object", UNSET))
        if object_ != "organization.spend_alert" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'organization.spend_alert', got '{object_}'")

        organization_spend_alert = cls(
            id=id,
            threshold_amount=threshold_amount,
            currency=currency,
            interval=interval,
            notification_channel=notification_channel,
            object_=object_,
        )

        organization_spend_alert.additional_properties = _extra_fields(d)
        return organization_spend_alert

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
