# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CostsResult")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CostsResult:
    """Schema `CostsResult`.

    Attributes:
        object_ (Literal['organization.costs.result'] | Unset): Always 'organization.costs.result'.
        amount (CostsResultAmount | Unset):
        line_item (None | str | Unset):
        project_id (None | str | Unset):
        api_key_id (None | str | Unset):
        quantity (float | None | Unset):
        quantity_unit (None | str | Unset):
    """

    object_: Literal["organization.costs.result"] | Unset = UNSET
    amount: CostsResultAmount | Unset = UNSET
    line_item: None | str | Unset = UNSET
    project_id: None | str | Unset = UNSET
    api_key_id: None | str | Unset = UNSET
    quantity: float | None | Unset = UNSET
    quantity_unit: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        line_item: None | str | Unset
        if isinstance(self.line_item, Unset):
            line_item = UNSET
        else:
            line_item = self.line_item

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        api_key_id: None | str | Unset
        if isinstance(self.api_key_id, Unset):
            api_key_id = UNSET
        else:
            api_key_id = self.api_key_id

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        quantity_unit: None | str | Unset
        if isinstance(self.quantity_unit, Unset):
            quantity_unit = UNSET
        else:
            quantity_unit = self.quantity_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if amount is not UNSET:
            field_dict["amount"] = amount
        if line_item is not UNSET:
            field_dict["line_item"] = line_item
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if quantity_unit is not UNSET:
            field_dict["quantity_unit"] = quantity_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        object_ = cast("Literal['organization.costs.result'] | Unset", d.get("object", UNSET))
        if object_ != "organization.costs.result" and not isinstance(object_, Unset):
            raise ValueError(
                f"object must match const 'organization.costs.result', got '{object_}'"
            )

        _amount = d.get("amount", UNSET)
        amount: CostsResultAmount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = CostsResultAmount.from_dict(_amount)

        def _parse_line_item(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        line_item = _parse_line_item(d.get("line_item", UNSET))

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        project_id = _parse_project_id(d.get("project_id", UNSET))

        def _parse_api_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        api_key_id = _parse_api_key_id(d.get("api_key_id", UNSET))

        def _parse_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        quantity = _parse_quantity(d.get("quantity", UNSET))

        def _parse_quantity_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        quantity_unit = _parse_quantity_unit(d.get("quantity_unit", UNSET))

        costs_result = cls(
            object_=object_,
            amount=amount,
            line_item=line_item,
            project_id=project_id,
            api_key_id=api_key_id,
            quantity=quantity,
            quantity_unit=quantity_unit,
        )

        costs_result.additional_properties = _extra_fields(d)
        return costs_result

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
