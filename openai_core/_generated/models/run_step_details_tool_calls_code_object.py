# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys

T = TypeVar("T", bound="RunStepDetailsToolCallsCodeObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "code_interpreter",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RunStepDetailsToolCallsCodeObject(_Model):
    """Schema `RunStepDetailsToolCallsCodeObject`.

    Attributes:
        id (str):
        type (Literal['code_interpreter']): Always 'code_interpreter'.
        code_interpreter (RunStepDetailsToolCallsCodeObjectCodeInterpreter):
    """

    id: str
    type: Literal["code_interpreter"]
    code_interpreter: RunStepDetailsToolCallsCodeObjectCodeInterpreter
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "type",
        "code_interpreter",
    )
    _oc_consts = {"type": "code_interpreter"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["type"] = self.type
        field_dict["code_interpreter"] = dump(self.code_interpreter)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        type_ = d.get("type")
        _code_interpreter = d.get("code_interpreter")
        code_interpreter = (
            RunStepDetailsToolCallsCodeObjectCodeInterpreter.from_dict(_code_interpreter)
            if isinstance(_code_interpreter, dict)
            else _code_interpreter
        )
        run_step_details_tool_calls_code_object = cls(
            id=id,
            type=type_,
            code_interpreter=code_interpreter,
        )
        if id is None or type_ is None or code_interpreter is None:
            run_step_details_tool_calls_code_object._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            run_step_details_tool_calls_code_object.additional_properties = _extra_fields(d)
        return run_step_details_tool_calls_code_object

    @property
    def type_(self) -> Literal["code_interpreter"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["code_interpreter"]) -> None:
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
from ..models.run_step_details_tool_calls_code_object_code_interpreter import (
    RunStepDetailsToolCallsCodeObjectCodeInterpreter,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RunStepDetailsToolCallsCodeObject._oc_fields = (
    ("id", "id", True, "string"),
    ("type", "type", True, ("const", "code_interpreter")),
    (
        "code_interpreter",
        "code_interpreter",
        True,
        RunStepDetailsToolCallsCodeObjectCodeInterpreter,
    ),
)
