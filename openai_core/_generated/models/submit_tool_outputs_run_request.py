# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitToolOutputsRunRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "tool_outputs",
        "stream",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class SubmitToolOutputsRunRequest:
    """Schema `SubmitToolOutputsRunRequest`.

    Attributes:
        tool_outputs (list[SubmitToolOutputsRunRequestToolOutputsItem]):
        stream (bool | None | Unset):
    """

    tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem]
    stream: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_outputs = []
        for tool_outputs_item_data in self.tool_outputs:
            tool_outputs_item = tool_outputs_item_data.to_dict()
            tool_outputs.append(tool_outputs_item)

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_outputs": tool_outputs,
            }
        )
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tool_outputs = []
        _tool_outputs = d["tool_outputs"]
        for tool_outputs_item_data in _tool_outputs:
            tool_outputs_item = SubmitToolOutputsRunRequestToolOutputsItem.from_dict(
                tool_outputs_item_data
            )

            tool_outputs.append(tool_outputs_item)

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        stream = _parse_stream(d.get("stream", UNSET))

        submit_tool_outputs_run_request = cls(
            tool_outputs=tool_outputs,
            stream=stream,
        )

        submit_tool_outputs_run_request.additional_properties = _extra_fields(d)
        return submit_tool_outputs_run_request

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
from ..models.submit_tool_outputs_run_request_tool_outputs_item import (
    SubmitToolOutputsRunRequestToolOutputsItem,  # noqa: E402
)
