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

T = TypeVar("T", bound="ProjectSpendLimitResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "threshold_amount",
        "currency",
        "interval",
        "enforcement",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ProjectSpendLimitResource(_Model):
    """Schema `ProjectSpendLimitResource`.

    Attributes:
        threshold_amount (int):
        currency (str): Schema `SpendLimitCurrency`.
        interval (str): Schema `SpendLimitInterval`.
        enforcement (SpendLimitEnforcement): Schema `SpendLimitEnforcement`.
        object (Literal['project.spend_limit'] | Unset): Always 'project.spend_limit'.
    """

    threshold_amount: int
    currency: str
    interval: str
    enforcement: SpendLimitEnforcement
    object: Literal["project.spend_limit"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "threshold_amount",
        "currency",
        "interval",
        "enforcement",
    )
    _oc_consts = {"object": "project.spend_limit"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["threshold_amount"] = self.threshold_amount
        field_dict["currency"] = self.currency
        field_dict["interval"] = self.interval
        field_dict["enforcement"] = dump(self.enforcement)
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
        threshold_amount = d.get("threshold_amount")
        currency = d.get("currency")
        interval = d.get("interval")
        _enforcement = d.get("enforcement")
        enforcement = (
            SpendLimitEnforcement.from_dict(_enforcement)
            if isinstance(_enforcement, dict)
            else _enforcement
        )
        object_ = d.get("object", UNSET)
        project_spend_limit_resource = cls(
            threshold_amount=threshold_amount,
            currency=currency,
            interval=interval,
            enforcement=enforcement,
            object=object_,
        )
        if threshold_amount is None or currency is None or interval is None or enforcement is None:
            project_spend_limit_resource._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            project_spend_limit_resource.additional_properties = _extra_fields(d)
        return project_spend_limit_resource

    @property
    def object_(self) -> Literal["project.spend_limit"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["project.spend_limit"] | Unset) -> None:
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
from ..models.spend_limit_enforcement import SpendLimitEnforcement  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ProjectSpendLimitResource._oc_fields = (
    ("threshold_amount", "threshold_amount", True, "integer"),
    ("currency", "currency", True, "string"),
    ("interval", "interval", True, "string"),
    ("enforcement", "enforcement", True, SpendLimitEnforcement),
    ("object", "object", False, ("const", "project.spend_limit")),
)
