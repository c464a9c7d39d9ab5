# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunStepDeltaStepDetailsToolCallsCodeObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "index",
        "type",
        "id",
        "code_interpreter",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RunStepDeltaStepDetailsToolCallsCodeObject:
    """Schema `RunStepDeltaStepDetailsToolCallsCodeObject`.

    Attributes:
        index (int):
        type_ (Literal['code_interpreter']): Always 'code_interpreter'.
        id (str | Unset):
        code_interpreter (RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter | Unset):
    """

    index: int
    type_: Literal["code_interpreter"]
    id: str | Unset = UNSET
    code_interpreter: RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        type_ = self.type_

        id = self.id

        code_interpreter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code_interpreter, Unset):
            code_interpreter = self.code_interpreter.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if code_interpreter is not UNSET:
            field_dict["code_interpreter"] = code_interpreter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        index = d["index"]

        type_ = cast("Literal['code_interpreter']", d["type"])
        if type_ != "code_interpreter":
            raise ValueError(f"type must match const 'code_interpreter', got '{type_}'")

        id = d.get("id", UNSET)

        _code_interpreter = d.get("code_interpreter", UNSET)
        code_interpreter: RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter | Unset
        if isinstance(_code_interpreter, Unset):
            code_interpreter = UNSET
        else:
            code_interpreter = RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter.from_dict(
                _code_interpreter
            )

        run_step_delta_step_details_tool_calls_code_object = cls(
            index=index,
            type_=type_,
            id=id,
            code_interpreter=code_interpreter,
        )

        run_step_delta_step_details_tool_calls_code_object.additional_properties = _extra_fields(d)
        return run_step_delta_step_details_tool_calls_code_object

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
from ..models.run_step_delta_step_details_tool_calls_code_object_code_interpreter import (
    RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,  # noqa: E402
)
