# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "input",
        "outputs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_outputs_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "logs":
            return RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject.from_dict(data)
        if tag == "image":
            return RunStepDeltaStepDetailsToolCallsCodeOutputImageObject.from_dict(data)
        return _choose_outputs_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter(_Model):
    """
    Attributes:
        input (str | Unset):
        outputs (list[RunStepDeltaStepDetailsToolCallsCodeOutputImageObject |
            RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject] | Unset):
    """

    input: str | Unset = UNSET
    outputs: (
        list[
            RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
            | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.input is not UNSET:
            field_dict["input"] = self.input
        if self.outputs is not UNSET:
            field_dict["outputs"] = dump(self.outputs)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        input_ = d.get("input", UNSET)
        _outputs = d.get("outputs", UNSET)
        outputs = (
            [_read_outputs_item(_i0) for _i0 in _outputs]
            if isinstance(_outputs, list)
            else _outputs
        )
        run_step_delta_step_details_tool_calls_code_object_code_interpreter = cls(
            input=input_,
            outputs=outputs,
        )
        if not _FIELDS.issuperset(d):
            run_step_delta_step_details_tool_calls_code_object_code_interpreter.additional_properties = _extra_fields(
                d
            )
        return run_step_delta_step_details_tool_calls_code_object_code_interpreter

    @property
    def input_(self) -> str | Unset:
        """The `input` field, under its former name."""
        return self.input

    @input_.setter
    def input_(self, value: str | Unset) -> None:
        self.input = value

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
from ..models.run_step_delta_step_details_tool_calls_code_output_image_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,  # noqa: E402
)
from ..models.run_step_delta_step_details_tool_calls_code_output_logs_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,  # noqa: E402
)

_choose_outputs_item = ModelChoice(
    RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter._oc_fields = (
    ("input", "input", False, "string"),
    (
        "outputs",
        "outputs",
        False,
        (
            "list",
            (
                "union",
                (
                    RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
                    RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
                ),
            ),
        ),
    ),
)
