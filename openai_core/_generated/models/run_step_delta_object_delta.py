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

T = TypeVar("T", bound="RunStepDeltaObjectDelta")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "step_details",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_step_details(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "message_creation":
            return RunStepDeltaStepDetailsMessageCreationObject.from_dict(data)
        if tag == "tool_calls":
            return RunStepDeltaStepDetailsToolCallsObject.from_dict(data)
        return _choose_step_details(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RunStepDeltaObjectDelta(_Model):
    """
    Attributes:
        step_details (RunStepDeltaStepDetailsMessageCreationObject | RunStepDeltaStepDetailsToolCallsObject | Unset):
    """

    step_details: (
        RunStepDeltaStepDetailsMessageCreationObject
        | RunStepDeltaStepDetailsToolCallsObject
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.step_details is not UNSET:
            field_dict["step_details"] = dump(self.step_details)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _step_details = d.get("step_details", UNSET)
        step_details = _read_step_details(_step_details)
        run_step_delta_object_delta = cls(
            step_details=step_details,
        )
        if not _FIELDS.issuperset(d):
            run_step_delta_object_delta.additional_properties = _extra_fields(d)
        return run_step_delta_object_delta

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
from ..models.run_step_delta_step_details_message_creation_object import (
    RunStepDeltaStepDetailsMessageCreationObject,  # noqa: E402
)
from ..models.run_step_delta_step_details_tool_calls_object import (
    RunStepDeltaStepDetailsToolCallsObject,  # noqa: E402
)

_choose_step_details = ModelChoice(
    RunStepDeltaStepDetailsMessageCreationObject, RunStepDeltaStepDetailsToolCallsObject
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RunStepDeltaObjectDelta._oc_fields = (
    (
        "step_details",
        "step_details",
        False,
        (
            "union",
            (
                RunStepDeltaStepDetailsMessageCreationObject,
                RunStepDeltaStepDetailsToolCallsObject,
            ),
        ),
    ),
)
