# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_chunk_delta_role import (
    ChatCompletionChunkDeltaRole,
    check_chat_completion_chunk_delta_role,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionChunkDelta")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "content",
        "function_call",
        "tool_calls",
        "role",
        "refusal",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ChatCompletionChunkDelta:
    """Schema `ChatCompletionStreamResponseDelta`.

    Attributes:
        content (None | str | Unset):
        function_call (ChatCompletionChunkDeltaFunctionCall | Unset): Deprecated.
        tool_calls (list[ChatCompletionMessageToolCallChunk] | Unset):
        role (ChatCompletionChunkDeltaRole | Unset): One of: 'developer', 'system', 'user', 'assistant', 'tool' (others
            kept).
        refusal (None | str | Unset):
    """

    content: None | str | Unset = UNSET
    function_call: ChatCompletionChunkDeltaFunctionCall | Unset = UNSET
    tool_calls: list[ChatCompletionMessageToolCallChunk] | Unset = UNSET
    role: ChatCompletionChunkDeltaRole | Unset = UNSET
    refusal: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        function_call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function_call, Unset):
            function_call = self.function_call.to_dict()

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if role is not UNSET:
            field_dict["role"] = role
        if refusal is not UNSET:
            field_dict["refusal"] = refusal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        content = _parse_content(d.get("content", UNSET))

        _function_call = d.get("function_call", UNSET)
        function_call: ChatCompletionChunkDeltaFunctionCall | Unset
        if isinstance(_function_call, Unset):
            function_call = UNSET
        else:
            function_call = ChatCompletionChunkDeltaFunctionCall.from_dict(_function_call)

        _tool_calls = d.get("tool_calls", UNSET)
        tool_calls: list[ChatCompletionMessageToolCallChunk] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ChatCompletionMessageToolCallChunk.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        _role = d.get("role", UNSET)
        role: ChatCompletionChunkDeltaRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_chat_completion_chunk_delta_role(_role)

        def _parse_refusal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        refusal = _parse_refusal(d.get("refusal", UNSET))

        chat_completion_chunk_delta = cls(
            content=content,
            function_call=function_call,
            tool_calls=tool_calls,
            role=role,
            refusal=refusal,
        )

        chat_completion_chunk_delta.additional_properties = _extra_fields(d)
        return chat_completion_chunk_delta

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
from ..models.chat_completion_chunk_delta_function_call import ChatCompletionChunkDeltaFunctionCall  # noqa: E402
from ..models.chat_completion_message_tool_call_chunk import ChatCompletionMessageToolCallChunk  # noqa: E402
