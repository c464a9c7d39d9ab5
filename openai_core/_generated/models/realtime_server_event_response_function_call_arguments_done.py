# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RealtimeServerEventResponseFunctionCallArgumentsDone")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "event_id",
        "type",
        "response_id",
        "item_id",
        "output_index",
        "call_id",
        "name",
        "arguments",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeServerEventResponseFunctionCallArgumentsDone:
    """Schema `RealtimeServerEventResponseFunctionCallArgumentsDone`.

    Attributes:
        event_id (str):
        type_ (Literal['response.function_call_arguments.done']): Always 'response.function_call_arguments.done'.
        response_id (str):
        item_id (str):
        output_index (int):
        call_id (str):
        name (str):
        arguments (str):
    """

    event_id: str
    type_: Literal["response.function_call_arguments.done"]
    response_id: str
    item_id: str
    output_index: int
    call_id: str
    name: str
    arguments: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        response_id = self.response_id

        item_id = self.item_id

        output_index = self.output_index

        call_id = self.call_id

        name = self.name

        arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response_id": response_id,
                "item_id": item_id,
                "output_index": output_index,
                "call_id": call_id,
                "name": name,
                "arguments": arguments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event_id = d["event_id"]

        type_ = cast("Literal['response.function_call_arguments.done']", d["type"])
        if type_ != "response.function_call_arguments.done":
            raise ValueError(
                f"type must match const 'response.function_call_arguments.done', got '{type_}'"
            )

        response_id = d["response_id"]

        item_id = d["item_id"]

        output_index = d["output_index"]

        call_id = d["call_id"]

        name = d["name"]

        arguments = d["arguments"]

        realtime_server_event_response_function_call_arguments_done = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
            item_id=item_id,
            output_index=output_index,
            call_id=call_id,
            name=name,
            arguments=arguments,
        )

        realtime_server_event_response_function_call_arguments_done.additional_properties = (
            _extra_fields(d)
        )
        return realtime_server_event_response_function_call_arguments_done

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
