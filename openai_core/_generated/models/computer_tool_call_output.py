# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.computer_tool_call_output_status import (
    ComputerToolCallOutputStatus,
    check_computer_tool_call_output_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputerToolCallOutput")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "call_id",
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
class ComputerToolCallOutput:
    """Schema `ComputerToolCallOutput`.

    Attributes:
        type_ (Literal['computer_call_output']): Always 'computer_call_output'.
        call_id (str):
        output (ComputerScreenshotImage): Schema `ComputerScreenshotImage`.
        id (str | Unset):
        acknowledged_safety_checks (list[ComputerCallSafetyCheckParam] | Unset):
        status (ComputerToolCallOutputStatus | Unset): One of: 'in_progress', 'completed', 'incomplete' (others kept).
    """

    type_: Literal["computer_call_output"]
    call_id: str
    output: ComputerScreenshotImage
    id: str | Unset = UNSET
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | Unset = UNSET
    status: ComputerToolCallOutputStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        call_id = self.call_id

        output = self.output.to_dict()

        id = self.id

        acknowledged_safety_checks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acknowledged_safety_checks, Unset):
            acknowledged_safety_checks = []
            for acknowledged_safety_checks_item_data in self.acknowledged_safety_checks:
                acknowledged_safety_checks_item = acknowledged_safety_checks_item_data.to_dict()
                acknowledged_safety_checks.append(acknowledged_safety_checks_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "call_id": call_id,
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
        type_ = cast("Literal['computer_call_output']", d["type"])
        if type_ != "computer_call_output":
            raise ValueError(f"type must match const 'computer_call_output', got '{type_}'")

        call_id = d["call_id"]

        output = ComputerScreenshotImage.from_dict(d["output"])

        id = d.get("id", UNSET)

        _acknowledged_safety_checks = d.get("acknowledged_safety_checks", UNSET)
        acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | Unset = UNSET
        if _acknowledged_safety_checks is not UNSET:
            acknowledged_safety_checks = []
            for acknowledged_safety_checks_item_data in _acknowledged_safety_checks:
                acknowledged_safety_checks_item = ComputerCallSafetyCheckParam.from_dict(
                    acknowledged_safety_checks_item_data
                )

                acknowledged_safety_checks.append(acknowledged_safety_checks_item)

        _status = d.get("status", UNSET)
        status: ComputerToolCallOutputStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_computer_tool_call_output_status(_status)

        computer_tool_call_output = cls(
            type_=type_,
            call_id=call_id,
            output=output,
            id=id,
            acknowledged_safety_checks=acknowledged_safety_checks,
            status=status,
        )

        computer_tool_call_output.additional_properties = _extra_fields(d)
        return computer_tool_call_output

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
