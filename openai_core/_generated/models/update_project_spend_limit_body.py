# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateProjectSpendLimitBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "threshold_amount",
        "currency",
        "interval",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class UpdateProjectSpendLimitBody:
    """Schema `UpdateProjectSpendLimitBody`.

    Attributes:
        threshold_amount (int): Range 1..inf.
        currency (Literal['USD']): Always 'USD'.
        interval (Literal['month']): Always 'month'.
    """

    threshold_amount: int
    currency: Literal["USD"]
    interval: Literal["month"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        threshold_amount = self.threshold_amount

        currency = self.currency

        interval = self.interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "threshold_amount": threshold_amount,
                "currency": currency,
                "interval": interval,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        threshold_amount = d["threshold_amount"]

        currency = cast("Literal['USD']", d["currency"])
        if currency != "USD":
            raise ValueError(f"currency must match const 'USD', got '{currency}'")

        interval = cast("Literal['month']", d["interval"])
        if interval != "month":
            raise ValueError(f"interval must match const 'month', got '{interval}'")

        update_project_spend_limit_body = cls(
            threshold_amount=threshold_amount,
            currency=currency,
            interval=interval,
        )

        update_project_spend_limit_body.additional_properties = _extra_fields(d)
        return update_project_spend_limit_body

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
