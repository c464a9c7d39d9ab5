# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionMessageToolCallChunk")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "index",
        "id",
        "type",
        "function",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ChatCompletionMessageToolCallChunk:
    """Schema `ChatCompletionMessageToolCallChunk`.

    Attributes:
        index (int):
        id (str | Unset):
        type_ (Literal['function'] | Unset): Always 'function'.
        function (ChatCompletionMessageToolCallChunkFunction | Unset):
    """

    index: int
    id: str | Unset = UNSET
    type_: Literal["function"] | Unset = UNSET
    function: ChatCompletionMessageToolCallChunkFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        id = self.id

        type_ = self.type_

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        index = d["index"]

        id = d.get("id", UNSET)

        type_ = cast("Literal['function'] | Unset", d.get("type", UNSET))
        if type_ != "function" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'function', got '{type_}'")

        _function = d.get("function", UNSET)
        function: ChatCompletionMessageToolCallChunkFunction | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = ChatCompletionMessageToolCallChunkFunction.from_dict(_function)

        chat_completion_message_tool_call_chunk = cls(
            index=index,
            id=id,
            type_=type_,
            function=function,
        )

        chat_completion_message_tool_call_chunk.additional_properties = _extra_fields(d)
        return chat_completion_message_tool_call_chunk

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
from ..models.chat_completion_message_tool_call_chunk_function import (
    ChatCompletionMessageToolCallChunkFunction,  # noqa: E402
)
