# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.computer_tool_call_output_resource_status import (
    ComputerToolCallOutputResourceStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputerToolCallOutputResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "call_id",
        "output",
        "status",
        "acknowledged_safety_checks",
        "created_by",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ComputerToolCallOutputResource(_Model):
    """Schema `ComputerToolCallOutputResource`.

    Attributes:
        type (Literal['computer_call_output']): Always 'computer_call_output'.
        id (str):
        call_id (str):
        output (ComputerScreenshotImage): Schema `ComputerScreenshotImage`.
        status (ComputerToolCallOutputResourceStatus): One of: 'in_progress', 'completed', 'incomplete' (others kept).
        acknowledged_safety_checks (list[ComputerCallSafetyCheckParam] | Unset):
        created_by (str | Unset):
    """

    type: Literal["computer_call_output"]
    id: str
    call_id: str
    output: ComputerScreenshotImage
    status: ComputerToolCallOutputResourceStatus
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "id",
        "call_id",
        "output",
        "status",
    )
    _oc_consts = {"type": "computer_call_output"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["call_id"] = self.call_id
        field_dict["output"] = dump(self.output)
        field_dict["status"] = self.status
        if self.acknowledged_safety_checks is not UNSET:
            field_dict["acknowledged_safety_checks"] = dump(self.acknowledged_safety_checks)
        if self.created_by is not UNSET:
            field_dict["created_by"] = self.created_by
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        id = d.get("id")
        call_id = d.get("call_id")
        _output = d.get("output")
        output = (
            ComputerScreenshotImage.from_dict(_output) if isinstance(_output, dict) else _output
        )
        status = d.get("status")
        _acknowledged_safety_checks = d.get("acknowledged_safety_checks", UNSET)
        acknowledged_safety_checks = (
            [
                (ComputerCallSafetyCheckParam.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _acknowledged_safety_checks
            ]
            if isinstance(_acknowledged_safety_checks, list)
            else _acknowledged_safety_checks
        )
        created_by = d.get("created_by", UNSET)
        computer_tool_call_output_resource = cls(
            type=type_,
            id=id,
            call_id=call_id,
            output=output,
            status=status,
            acknowledged_safety_checks=acknowledged_safety_checks,
            created_by=created_by,
        )
        if type_ is None or id is None or call_id is None or output is None or status is None:
            computer_tool_call_output_resource._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            computer_tool_call_output_resource.additional_properties = _extra_fields(d)
        return computer_tool_call_output_resource

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
ComputerToolCallOutputResource._oc_fields = (
    ("type", "type", True, ("const", "computer_call_output")),
    ("id", "id", True, "string"),
    ("call_id", "call_id", True, "string"),
    ("output", "output", True, ComputerScreenshotImage),
    (
        "status",
        "status",
        True,
        (
            "enum",
            "ComputerToolCallOutputResourceStatus",
            ("completed", "in_progress", "incomplete"),
        ),
    ),
    (
        "acknowledged_safety_checks",
        "acknowledged_safety_checks",
        False,
        ("list", ComputerCallSafetyCheckParam),
    ),
    ("created_by", "created_by", False, "string"),
)
