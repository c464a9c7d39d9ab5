# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.beta_computer_tool_call_output_status import (
    BetaComputerToolCallOutputStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaComputerToolCallOutput")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "call_id",
        "output",
        "agent",
        "id",
        "acknowledged_safety_checks",
        "status",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaComputerToolCallOutput(_Model):
    """Schema `BetaComputerToolCallOutput`.

    Attributes:
        type (Literal['computer_call_output']): Always 'computer_call_output'.
        call_id (str):
        output (BetaComputerScreenshotImage): Schema `BetaComputerScreenshotImage`.
        agent (BetaAgentTag | None | Unset):
        id (str | Unset):
        acknowledged_safety_checks (list[BetaComputerCallSafetyCheckParam] | Unset):
        status (BetaComputerToolCallOutputStatus | Unset): One of: 'in_progress', 'completed', 'incomplete' (others
            kept).
    """

    type: Literal["computer_call_output"]
    call_id: str
    output: BetaComputerScreenshotImage
    agent: BetaAgentTag | None | Unset = UNSET
    id: str | Unset = UNSET
    acknowledged_safety_checks: list[BetaComputerCallSafetyCheckParam] | Unset = UNSET
    status: BetaComputerToolCallOutputStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "call_id",
        "output",
    )
    _oc_consts = {"type": "computer_call_output"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["call_id"] = self.call_id
        field_dict["output"] = dump(self.output)
        if self.agent is not UNSET:
            field_dict["agent"] = dump(self.agent)
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
        type_ = d.get("type")
        call_id = d.get("call_id")
        _output = d.get("output")
        output = (
            BetaComputerScreenshotImage.from_dict(_output) if isinstance(_output, dict) else _output
        )
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTag.from_dict(_agent) if isinstance(_agent, dict) else _agent
        id = d.get("id", UNSET)
        _acknowledged_safety_checks = d.get("acknowledged_safety_checks", UNSET)
        acknowledged_safety_checks = (
            [
                (BetaComputerCallSafetyCheckParam.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _acknowledged_safety_checks
            ]
            if isinstance(_acknowledged_safety_checks, list)
            else _acknowledged_safety_checks
        )
        status = d.get("status", UNSET)
        beta_computer_tool_call_output = cls(
            type=type_,
            call_id=call_id,
            output=output,
            agent=agent,
            id=id,
            acknowledged_safety_checks=acknowledged_safety_checks,
            status=status,
        )
        if type_ is None or call_id is None or output is None:
            beta_computer_tool_call_output._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_computer_tool_call_output.additional_properties = _extra_fields(d)
        return beta_computer_tool_call_output

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
from ..models.beta_agent_tag import BetaAgentTag  # noqa: E402
from ..models.beta_computer_call_safety_check_param import BetaComputerCallSafetyCheckParam  # noqa: E402
from ..models.beta_computer_screenshot_image import BetaComputerScreenshotImage  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaComputerToolCallOutput._oc_fields = (
    ("type", "type", True, ("const", "computer_call_output")),
    ("call_id", "call_id", True, "string"),
    ("output", "output", True, BetaComputerScreenshotImage),
    (
        "agent",
        "agent",
        False,
        (
            "union",
            (
                BetaAgentTag,
                "null",
            ),
        ),
    ),
    ("id", "id", False, "string"),
    (
        "acknowledged_safety_checks",
        "acknowledged_safety_checks",
        False,
        ("list", BetaComputerCallSafetyCheckParam),
    ),
    (
        "status",
        "status",
        False,
        ("enum", "BetaComputerToolCallOutputStatus", ("completed", "in_progress", "incomplete")),
    ),
)
