# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="CostsResult")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "object",
        "amount",
        "line_item",
        "project_id",
        "api_key_id",
        "quantity",
        "quantity_unit",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CostsResult(_Model):
    """Schema `CostsResult`.

    Attributes:
        object (Literal['organization.costs.result'] | Unset): Always 'organization.costs.result'.
        amount (CostsResultAmount | Unset):
        line_item (None | str | Unset):
        project_id (None | str | Unset):
        api_key_id (None | str | Unset):
        quantity (float | None | Unset):
        quantity_unit (None | str | Unset):
    """

    object: Literal["organization.costs.result"] | Unset = UNSET
    amount: CostsResultAmount | Unset = UNSET
    line_item: None | str | Unset = UNSET
    project_id: None | str | Unset = UNSET
    api_key_id: None | str | Unset = UNSET
    quantity: float | None | Unset = UNSET
    quantity_unit: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {"object": "organization.costs.result"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.amount is not UNSET:
            field_dict["amount"] = dump(self.amount)
        if self.line_item is not UNSET:
            field_dict["line_item"] = self.line_item
        if self.project_id is not UNSET:
            field_dict["project_id"] = self.project_id
        if self.api_key_id is not UNSET:
            field_dict["api_key_id"] = self.api_key_id
        if self.quantity is not UNSET:
            field_dict["quantity"] = self.quantity
        if self.quantity_unit is not UNSET:
            field_dict["quantity_unit"] = self.quantity_unit
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        object_ = d.get("object", UNSET)
        _amount = d.get("amount", UNSET)
        amount = CostsResultAmount.from_dict(_amount) if isinstance(_amount, dict) else _amount
        line_item = d.get("line_item", UNSET)
        project_id = d.get("project_id", UNSET)
        api_key_id = d.get("api_key_id", UNSET)
        quantity = d.get("quantity", UNSET)
        quantity_unit = d.get("quantity_unit", UNSET)
        costs_result = cls(
            object=object_,
            amount=amount,
            line_item=line_item,
            project_id=project_id,
            api_key_id=api_key_id,
            quantity=quantity,
            quantity_unit=quantity_unit,
        )
        if not _FIELDS.issuperset(d):
            costs_result.additional_properties = _extra_fields(d)
        return costs_result

    @property
    def object_(self) -> Literal["organization.costs.result"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["organization.costs.result"] | Unset) -> None:
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
from ..models.costs_result_amount import CostsResultAmount  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CostsResult._oc_fields = (
    ("object", "object", False, ("const", "organization.costs.result")),
    ("amount", "amount", False, CostsResultAmount),
    (
        "line_item",
        "line_item",
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
        "project_id",
        "project_id",
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
        "api_key_id",
        "api_key_id",
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
        "quantity",
        "quantity",
        False,
        (
            "union",
            (
                "number",
                "null",
            ),
        ),
    ),
    (
        "quantity_unit",
        "quantity_unit",
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
