# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RunObjectRequiredActionType0SubmitToolOutputs")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "tool_calls",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RunObjectRequiredActionType0SubmitToolOutputs:
    """
    Attributes:
        tool_calls (list[RunToolCallObject]):
    """

    tool_calls: list[RunToolCallObject]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_calls = []
        for tool_calls_item_data in self.tool_calls:
            tool_calls_item = tool_calls_item_data.to_dict()
            tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_calls": tool_calls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tool_calls = []
        _tool_calls = d["tool_calls"]
        for tool_calls_item_data in _tool_calls:
            tool_calls_item = RunToolCallObject.from_dict(tool_calls_item_data)

            tool_calls.append(tool_calls_item)

        run_object_required_action_type_0_submit_tool_outputs = cls(
            tool_calls=tool_calls,
        )

        run_object_required_action_type_0_submit_tool_outputs.additional_properties = _extra_fields(
            d
        )
        return run_object_required_action_type_0_submit_tool_outputs

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
from ..models.run_tool_call_object import RunToolCallObject  # noqa: E402
