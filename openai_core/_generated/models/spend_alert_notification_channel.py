# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpendAlertNotificationChannel")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "recipients",
        "subject_prefix",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class SpendAlertNotificationChannel:
    """Schema `SpendAlertNotificationChannel`.

    Attributes:
        type_ (Literal['email']): Always 'email'.
        recipients (list[str]):
        subject_prefix (None | str | Unset):
    """

    type_: Literal["email"]
    recipients: list[str]
    subject_prefix: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        recipients = self.recipients

        subject_prefix: None | str | Unset
        if isinstance(self.subject_prefix, Unset):
            subject_prefix = UNSET
        else:
            subject_prefix = self.subject_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "recipients": recipients,
            }
        )
        if subject_prefix is not UNSET:
            field_dict["subject_prefix"] = subject_prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['email']", d["type"])
        if type_ != "email":
            raise ValueError(f"type must match const 'email', got '{type_}'")

        recipients = cast("list[str]", d["recipients"])

        def _parse_subject_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        subject_prefix = _parse_subject_prefix(d.get("subject_prefix", UNSET))

        spend_alert_notification_channel = cls(
            type_=type_,
            recipients=recipients,
            subject_prefix=subject_prefix,
        )

        spend_alert_notification_channel.additional_properties = _extra_fields(d)
        return spend_alert_notification_channel

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
