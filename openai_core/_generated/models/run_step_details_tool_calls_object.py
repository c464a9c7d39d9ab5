# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RunStepDetailsToolCallsObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "tool_calls",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RunStepDetailsToolCallsObject:
    """Schema `RunStepDetailsToolCallsObject`.

    Attributes:
        type_ (Literal['tool_calls']): Always 'tool_calls'.
        tool_calls (list[RunStepDetailsToolCallsCodeObject | RunStepDetailsToolCallsFileSearchObject |
            RunStepDetailsToolCallsFunctionObject]):
    """

    type_: Literal["tool_calls"]
    tool_calls: list[
        RunStepDetailsToolCallsCodeObject
        | RunStepDetailsToolCallsFileSearchObject
        | RunStepDetailsToolCallsFunctionObject
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tool_calls = []
        for tool_calls_item_data in self.tool_calls:
            tool_calls_item: dict[str, Any]
            if isinstance(tool_calls_item_data, RunStepDetailsToolCallsCodeObject):
                tool_calls_item = tool_calls_item_data.to_dict()
            elif isinstance(tool_calls_item_data, RunStepDetailsToolCallsFileSearchObject):
                tool_calls_item = tool_calls_item_data.to_dict()
            else:
                tool_calls_item = tool_calls_item_data.to_dict()

            tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tool_calls": tool_calls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['tool_calls']", d["type"])
        if type_ != "tool_calls":
            raise ValueError(f"type must match const 'tool_calls', got '{type_}'")

        tool_calls = []
        _tool_calls = d["tool_calls"]
        for tool_calls_item_data in _tool_calls:

            def _parse_tool_calls_item(
                data: object,
            ) -> (
                RunStepDetailsToolCallsCodeObject
                | RunStepDetailsToolCallsFileSearchObject
                | RunStepDetailsToolCallsFunctionObject
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tool_calls_item_type_0 = RunStepDetailsToolCallsCodeObject.from_dict(data)

                    return tool_calls_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tool_calls_item_type_1 = RunStepDetailsToolCallsFileSearchObject.from_dict(data)

                    return tool_calls_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                tool_calls_item_type_2 = RunStepDetailsToolCallsFunctionObject.from_dict(data)

                return tool_calls_item_type_2

            tool_calls_item = _parse_tool_calls_item(tool_calls_item_data)

            tool_calls.append(tool_calls_item)

        run_step_details_tool_calls_object = cls(
            type_=type_,
            tool_calls=tool_calls,
        )

        run_step_details_tool_calls_object.additional_properties = _extra_fields(d)
        return run_step_details_tool_calls_object

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
