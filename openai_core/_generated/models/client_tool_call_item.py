# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_tool_call_status import ClientToolCallStatus, check_client_tool_call_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientToolCallItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "thread_id",
        "type",
        "status",
        "call_id",
        "name",
        "arguments",
        "object",
        "output",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ClientToolCallItem:
    """Schema `ClientToolCallItem`.

    Attributes:
        id (str):
        created_at (int):
        thread_id (str):
        type_ (Literal['chatkit.client_tool_call']): Always 'chatkit.client_tool_call'.
        status (ClientToolCallStatus): Schema `ClientToolCallStatus`.
        call_id (str):
        name (str):
        arguments (str):
        object_ (Literal['chatkit.thread_item'] | Unset): Always 'chatkit.thread_item'.
        output (None | str | Unset):
    """

    id: str
    created_at: int
    thread_id: str
    type_: Literal["chatkit.client_tool_call"]
    status: ClientToolCallStatus
    call_id: str
    name: str
    arguments: str
    object_: Literal["chatkit.thread_item"] | Unset = UNSET
    output: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        thread_id = self.thread_id

        type_ = self.type_

        status: str = self.status

        call_id = self.call_id

        name = self.name

        arguments = self.arguments

        object_ = self.object_

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "thread_id": thread_id,
                "type": type_,
                "status": status,
                "call_id": call_id,
                "name": name,
                "arguments": arguments,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = d["created_at"]

        thread_id = d["thread_id"]

        type_ = cast("Literal['chatkit.client_tool_call']", d["type"])
        if type_ != "chatkit.client_tool_call":
            raise ValueError(f"type must match const 'chatkit.client_tool_call', got '{type_}'")

        status = check_client_tool_call_status(d["status"])

        call_id = d["call_id"]

        name = d["name"]

        arguments = d["arguments"]

        object_ = cast("Literal['chatkit.thread_item'] | Unset", d.get("object", UNSET))
        if object_ != "chatkit.thread_item" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'chatkit.thread_item', got '{object_}'")

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        output = _parse_output(d.get("output", UNSET))

        client_tool_call_item = cls(
            id=id,
            created_at=created_at,
            thread_id=thread_id,
            type_=type_,
            status=status,
            call_id=call_id,
            name=name,
            arguments=arguments,
            object_=object_,
            output=output,
        )

        client_tool_call_item.additional_properties = _extra_fields(d)
        return client_tool_call_item

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
