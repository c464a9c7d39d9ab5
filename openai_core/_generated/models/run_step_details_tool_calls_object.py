# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys

T = TypeVar("T", bound="RunStepDetailsToolCallsObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "tool_calls",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_tool_calls_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "code_interpreter":
            return RunStepDetailsToolCallsCodeObject.from_dict(data)
        if tag == "file_search":
            return RunStepDetailsToolCallsFileSearchObject.from_dict(data)
        if tag == "function":
            return RunStepDetailsToolCallsFunctionObject.from_dict(data)
        return _choose_tool_calls_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RunStepDetailsToolCallsObject(_Model):
    """Schema `RunStepDetailsToolCallsObject`.

    Attributes:
        type (Literal['tool_calls']): Always 'tool_calls'.
        tool_calls (list[RunStepDetailsToolCallsCodeObject | RunStepDetailsToolCallsFileSearchObject |
            RunStepDetailsToolCallsFunctionObject]):
    """

    type: Literal["tool_calls"]
    tool_calls: list[
        RunStepDetailsToolCallsCodeObject
        | RunStepDetailsToolCallsFileSearchObject
        | RunStepDetailsToolCallsFunctionObject
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "tool_calls",
    )
    _oc_consts = {"type": "tool_calls"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["tool_calls"] = dump(self.tool_calls)
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
        _tool_calls = d.get("tool_calls")
        tool_calls = (
            [_read_tool_calls_item(_i0) for _i0 in _tool_calls]
            if isinstance(_tool_calls, list)
            else _tool_calls
        )
        run_step_details_tool_calls_object = cls(
            type=type_,
            tool_calls=tool_calls,
        )
        if type_ is None or tool_calls is None:
            run_step_details_tool_calls_object._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            run_step_details_tool_calls_object.additional_properties = _extra_fields(d)
        return run_step_details_tool_calls_object

    @property
    def type_(self) -> Literal["tool_calls"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["tool_calls"]) -> None:
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
from ..models.run_step_details_tool_calls_code_object import RunStepDetailsToolCallsCodeObject  # noqa: E402
from ..models.run_step_details_tool_calls_file_search_object import (
    RunStepDetailsToolCallsFileSearchObject,  # noqa: E402
)
from ..models.run_step_details_tool_calls_function_object import (
    RunStepDetailsToolCallsFunctionObject,  # noqa: E402
)

_choose_tool_calls_item = ModelChoice(
    RunStepDetailsToolCallsCodeObject,
    RunStepDetailsToolCallsFileSearchObject,
    RunStepDetailsToolCallsFunctionObject,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RunStepDetailsToolCallsObject._oc_fields = (
    ("type", "type", True, ("const", "tool_calls")),
    (
        "tool_calls",
        "tool_calls",
        True,
        (
            "list",
            (
                "union",
                (
                    RunStepDetailsToolCallsCodeObject,
                    RunStepDetailsToolCallsFileSearchObject,
                    RunStepDetailsToolCallsFunctionObject,
                ),
            ),
        ),
    ),
)
