# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_conversation_item_function_call_status import (
    RealtimeConversationItemFunctionCallStatus,
    check_realtime_conversation_item_function_call_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeConversationItemFunctionCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "arguments",
        "id",
        "object",
        "status",
        "call_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeConversationItemFunctionCall:
    """Schema `RealtimeConversationItemFunctionCall`.

    Attributes:
        type_ (Literal['function_call']): Always 'function_call'.
        name (str):
        arguments (str):
        id (str | Unset):
        object_ (Literal['realtime.item'] | Unset): Always 'realtime.item'.
        status (RealtimeConversationItemFunctionCallStatus | Unset): One of: 'completed', 'incomplete', 'in_progress'
            (others kept).
        call_id (str | Unset):
    """

    type_: Literal["function_call"]
    name: str
    arguments: str
    id: str | Unset = UNSET
    object_: Literal["realtime.item"] | Unset = UNSET
    status: RealtimeConversationItemFunctionCallStatus | Unset = UNSET
    call_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        arguments = self.arguments

        id = self.id

        object_ = self.object_

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        call_id = self.call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "arguments": arguments,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if status is not UNSET:
            field_dict["status"] = status
        if call_id is not UNSET:
            field_dict["call_id"] = call_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['function_call']", d["type"])
        if type_ != "function_call":
            raise ValueError(f"type must match const 'function_call', got '{type_}'")

        name = d["name"]

        arguments = d["arguments"]

        id = d.get("id", UNSET)

        object_ = cast("Literal['realtime.item'] | Unset", d.get("object", UNSET))
        if object_ != "realtime.item" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'realtime.item', got '{object_}'")

        _status = d.get("status", UNSET)
        status: RealtimeConversationItemFunctionCallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_realtime_conversation_item_function_call_status(_status)

        call_id = d.get("call_id", UNSET)

        realtime_conversation_item_function_call = cls(
            type_=type_,
            name=name,
            arguments=arguments,
            id=id,
            object_=object_,
            status=status,
            call_id=call_id,
        )

        realtime_conversation_item_function_call.additional_properties = _extra_fields(d)
        return realtime_conversation_item_function_call

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
