# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.function_call_item_status import (
    FunctionCallItemStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputerCallOutputItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_acknowledged_safety_checks(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [
                (ComputerCallSafetyCheckParam.from_dict(_i1) if isinstance(_i1, dict) else _i1)
                for _i1 in data
            ]
            if isinstance(data, list)
            else data
        )
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ComputerCallOutputItemParam(_Model):
    """Schema `ComputerCallOutputItemParam`.

    Attributes:
        call_id (str): Length 1..64.
        type (Literal['computer_call_output']): Always 'computer_call_output'.
        output (ComputerScreenshotImage): Schema `ComputerScreenshotImage`.
        id (None | str | Unset):
        acknowledged_safety_checks (list[ComputerCallSafetyCheckParam] | None | Unset):
        status (FunctionCallItemStatus | None | Unset):
    """

    call_id: str
    type: Literal["computer_call_output"]
    output: ComputerScreenshotImage
    id: None | str | Unset = UNSET
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None | Unset = UNSET
    status: FunctionCallItemStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "call_id",
        "type",
        "output",
    )
    _oc_consts = {"type": "computer_call_output"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["call_id"] = self.call_id
        field_dict["type"] = self.type
        field_dict["output"] = dump(self.output)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.acknowledged_safety_checks is not UNSET:
            field_dict["acknowledged_safety_checks"] = dump(self.acknowledged_safety_checks)
        if self.status is not UNSET:
            field_dict["status"] = self.status
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        call_id = d.get("call_id")
        type_ = d.get("type")
        _output = d.get("output")
        output = (
            ComputerScreenshotImage.from_dict(_output) if isinstance(_output, dict) else _output
        )
        id = d.get("id", UNSET)
        _acknowledged_safety_checks = d.get("acknowledged_safety_checks", UNSET)
        acknowledged_safety_checks = _read_acknowledged_safety_checks(_acknowledged_safety_checks)
        status = d.get("status", UNSET)
        computer_call_output_item_param = cls(
            call_id=call_id,
            type=type_,
            output=output,
            id=id,
            acknowledged_safety_checks=acknowledged_safety_checks,
            status=status,
        )
        if call_id is None or type_ is None or output is None:
            computer_call_output_item_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            computer_call_output_item_param.additional_properties = _extra_fields(d)
        return computer_call_output_item_param

    @property
    def type_(self) -> Literal["computer_call_output"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["computer_call_output"]) -> None:
        self.type = value

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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ComputerCallOutputItemParam._oc_fields = (
    ("call_id", "call_id", True, "string"),
    ("type", "type", True, ("const", "computer_call_output")),
    ("output", "output", True, ComputerScreenshotImage),
    (
        "id",
        "id",
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
        "acknowledged_safety_checks",
        "acknowledged_safety_checks",
        False,
        (
            "union",
            (
                ("list", ComputerCallSafetyCheckParam),
                "null",
            ),
        ),
    ),
    (
        "status",
        "status",
        False,
        (
            "union",
            (
                ("enum", "FunctionCallItemStatus", ("completed", "in_progress", "incomplete")),
                "null",
            ),
        ),
    ),
)
