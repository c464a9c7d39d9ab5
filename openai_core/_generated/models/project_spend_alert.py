# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectSpendAlert")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ProjectSpendAlert(_Model):
    """Schema `ProjectSpendAlert`.

    Attributes:
        id (str):
        threshold_amount (int):
        currency (Literal['USD']): Always 'USD'.
        interval (Literal['month']): Always 'month'.
        notification_channel (SpendAlertNotificationChannel): Schema `SpendAlertNotificationChannel`.
        object (Literal['project.spend_alert'] | Unset): Always 'project.spend_alert'.
    """

    id: str
    threshold_amount: int
    currency: Literal["USD"]
    interval: Literal["month"]
    notification_channel: SpendAlertNotificationChannel
    object: Literal["project.spend_alert"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "threshold_amount",
        "currency",
        "interval",
        "notification_channel",
    )
    _oc_consts = {"currency": "USD", "interval": "month", "object": "project.spend_alert"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["threshold_amount"] = self.threshold_amount
        field_dict["currency"] = self.currency
        field_dict["interval"] = self.interval
        field_dict["notification_channel"] = dump(self.notification_channel)
        if self.object is not UNSET:
            field_dict["object"] = self.object
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        threshold_amount = d.get("threshold_amount")
        currency = d.get("currency")
        interval = d.get("interval")
        _notification_channel = d.get("notification_channel")
        notification_channel = (
            SpendAlertNotificationChannel.from_dict(_notification_channel)
            if isinstance(_notification_channel, dict)
            else _notification_channel
        )
        object_ = d.get("object", UNSET)
        project_spend_alert = cls(
            id=id,
            threshold_amount=threshold_amount,
            currency=currency,
            interval=interval,
            notification_channel=notification_channel,
            object=object_,
        )
        if (
            id is None
            or threshold_amount is None
            or currency is None
            or interval is None
            or notification_channel is None
        ):
            project_spend_alert._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            project_spend_alert.additional_properties = _extra_fields(d)
        return project_spend_alert

    @property
    def object_(self) -> Literal["project.spend_alert"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["project.spend_alert"] | Unset) -> None:
        self.object = value

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
ProjectSpendAlert._oc_fields = (
    ("id", "id", True, "string"),
    ("threshold_amount", "threshold_amount", True, "integer"),
    ("currency", "currency", True, ("const", "USD")),
    ("interval", "interval", True, ("const", "month")),
    ("notification_channel", "notification_channel", True, SpendAlertNotificationChannel),
    ("object", "object", False, ("const", "project.spend_alert")),
)
