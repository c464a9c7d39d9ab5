# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.beta_function_call_item_status import (
    BetaFunctionCallItemStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaComputerCallOutputItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "call_id",
        "type",
        "output",
        "agent",
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
                (BetaComputerCallSafetyCheckParam.from_dict(_i1) if isinstance(_i1, dict) else _i1)
                for _i1 in data
            ]
            if isinstance(data, list)
            else data
        )
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaComputerCallOutputItemParam(_Model):
    """Schema `BetaComputerCallOutputItemParam`.

    Attributes:
        call_id (str): Length 1..64.
        type (Literal['computer_call_output']): Always 'computer_call_output'.
        output (BetaComputerScreenshotImage): Schema `BetaComputerScreenshotImage`.
        agent (BetaAgentTagParam | None | Unset):
        id (None | str | Unset):
        acknowledged_safety_checks (list[BetaComputerCallSafetyCheckParam] | None | Unset):
        status (BetaFunctionCallItemStatus | None | Unset):
    """

    call_id: str
    type: Literal["computer_call_output"]
    output: BetaComputerScreenshotImage
    agent: BetaAgentTagParam | None | Unset = UNSET
    id: None | str | Unset = UNSET
    acknowledged_safety_checks: list[BetaComputerCallSafetyCheckParam] | None | Unset = UNSET
    status: BetaFunctionCallItemStatus | None | Unset = UNSET
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
        call_id = d.get("call_id")
        type_ = d.get("type")
        _output = d.get("output")
        output = (
            BetaComputerScreenshotImage.from_dict(_output) if isinstance(_output, dict) else _output
        )
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTagParam.from_dict(_agent) if isinstance(_agent, dict) else _agent
        id = d.get("id", UNSET)
        _acknowledged_safety_checks = d.get("acknowledged_safety_checks", UNSET)
        acknowledged_safety_checks = _read_acknowledged_safety_checks(_acknowledged_safety_checks)
        status = d.get("status", UNSET)
        beta_computer_call_output_item_param = cls(
            call_id=call_id,
            type=type_,
            output=output,
            agent=agent,
            id=id,
            acknowledged_safety_checks=acknowledged_safety_checks,
            status=status,
        )
        if call_id is None or type_ is None or output is None:
            beta_computer_call_output_item_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_computer_call_output_item_param.additional_properties = _extra_fields(d)
        return beta_computer_call_output_item_param

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
from ..models.beta_agent_tag_param import BetaAgentTagParam  # noqa: E402
from ..models.beta_computer_call_safety_check_param import BetaComputerCallSafetyCheckParam  # noqa: E402
from ..models.beta_computer_screenshot_image import BetaComputerScreenshotImage  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaComputerCallOutputItemParam._oc_fields = (
    ("call_id", "call_id", True, "string"),
    ("type", "type", True, ("const", "computer_call_output")),
    ("output", "output", True, BetaComputerScreenshotImage),
    (
        "agent",
        "agent",
        False,
        (
            "union",
            (
                BetaAgentTagParam,
                "null",
            ),
        ),
    ),
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
                ("list", BetaComputerCallSafetyCheckParam),
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
                ("enum", "BetaFunctionCallItemStatus", ("completed", "in_progress", "incomplete")),
                "null",
            ),
        ),
    ),
)
