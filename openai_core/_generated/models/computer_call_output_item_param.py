# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_call_item_status import (
    FunctionCallItemStatus,
    check_function_call_item_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputerCallOutputItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "call_id",
        "type",
        "output",
        "id",
        "acknowledged_safety_checks",
        "status",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ComputerCallOutputItemParam:
    """Schema `ComputerCallOutputItemParam`.

    Attributes:
        call_id (str): Length 1..64.
        type_ (Literal['computer_call_output']): Always 'computer_call_output'.
        output (ComputerScreenshotImage): Schema `ComputerScreenshotImage`.
        id (None | str | Unset):
        acknowledged_safety_checks (list[ComputerCallSafetyCheckParam] | None | Unset):
        status (FunctionCallItemStatus | None | Unset):
    """

    call_id: str
    type_: Literal["computer_call_output"]
    output: ComputerScreenshotImage
    id: None | str | Unset = UNSET
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None | Unset = UNSET
    status: FunctionCallItemStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        type_ = self.type_

        output = self.output.to_dict()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        acknowledged_safety_checks: list[dict[str, Any]] | None | Unset
        if isinstance(self.acknowledged_safety_checks, Unset):
            acknowledged_safety_checks = UNSET
        elif isinstance(self.acknowledged_safety_checks, list):
            acknowledged_safety_checks = []
            for acknowledged_safety_checks_type_0_item_data in self.acknowledged_safety_checks:
                acknowledged_safety_checks_type_0_item = (
                    acknowledged_safety_checks_type_0_item_data.to_dict()
                )
                acknowledged_safety_checks.append(acknowledged_safety_checks_type_0_item)

        else:
            acknowledged_safety_checks = self.acknowledged_safety_checks

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "type": type_,
                "output": output,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if acknowledged_safety_checks is not UNSET:
            field_dict["acknowledged_safety_checks"] = acknowledged_safety_checks
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        call_id = d["call_id"]

        type_ = cast("Literal['computer_call_output']", d["type"])
        if type_ != "computer_call_output":
            raise ValueError(f"type must match const 'computer_call_output', got '{type_}'")

        output = ComputerScreenshotImage.from_dict(d["output"])

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        id = _parse_id(d.get("id", UNSET))

        def _parse_acknowledged_safety_checks(
            data: object,
        ) -> list[ComputerCallSafetyCheckParam] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                acknowledged_safety_checks_type_0 = []
                _acknowledged_safety_checks_type_0 = data
                for (
                    acknowledged_safety_checks_type_0_item_data
                ) in _acknowledged_safety_checks_type_0:
                    acknowledged_safety_checks_type_0_item = ComputerCallSafetyCheckParam.from_dict(
                        acknowledged_safety_checks_type_0_item_data
                    )

                    acknowledged_safety_checks_type_0.append(acknowledged_safety_checks_type_0_item)

                return acknowledged_safety_checks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[ComputerCallSafetyCheckParam] | None | Unset", data)

        acknowledged_safety_checks = _parse_acknowledged_safety_checks(
            d.get("acknowledged_safety_checks", UNSET)
        )

        def _parse_status(data: object) -> FunctionCallItemStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_function_call_item_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("FunctionCallItemStatus | None | Unset", data)

        status = _parse_status(d.get("status", UNSET))

        computer_call_output_item_param = cls(
            call_id=call_id,
            type_=type_,
            output=output,
            id=id,
            acknowledged_safety_checks=acknowledged_safety_checks,
            status=status,
        )

        computer_call_output_item_param.additional_properties = _extra_fields(d)
        return computer_call_output_item_param

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
from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam  # noqa: E402
from ..models.computer_screenshot_image import ComputerScreenshotImage  # noqa: E402
