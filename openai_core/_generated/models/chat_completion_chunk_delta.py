# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..models.chat_completion_chunk_delta_role import (
    ChatCompletionChunkDeltaRole,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionChunkDelta")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ChatCompletionChunkDelta(_Model):
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

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.content is not UNSET:
            field_dict["content"] = self.content
        if self.function_call is not UNSET:
            field_dict["function_call"] = dump(self.function_call)
        if self.tool_calls is not UNSET:
            field_dict["tool_calls"] = dump(self.tool_calls)
        if self.role is not UNSET:
            field_dict["role"] = self.role
        if self.refusal is not UNSET:
            field_dict["refusal"] = self.refusal
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        content = d.get("content", UNSET)
        _function_call = d.get("function_call", UNSET)
        function_call = (
            ChatCompletionChunkDeltaFunctionCall.from_dict(_function_call)
            if isinstance(_function_call, dict)
            else _function_call
        )
        _tool_calls = d.get("tool_calls", UNSET)
        tool_calls = (
            [
                (
                    ChatCompletionMessageToolCallChunk.from_dict(_i0)
                    if isinstance(_i0, dict)
                    else _i0
                )
                for _i0 in _tool_calls
            ]
            if isinstance(_tool_calls, list)
            else _tool_calls
        )
        role = d.get("role", UNSET)
        refusal = d.get("refusal", UNSET)
        chat_completion_chunk_delta = cls(
            content=content,
            function_call=function_call,
            tool_calls=tool_calls,
            role=role,
            refusal=refusal,
        )
        if not _FIELDS.issuperset(d):
            chat_completion_chunk_delta.additional_properties = _extra_fields(d)
        return chat_completion_chunk_delta

    @property
    def reasoning_text(self) -> str | None:
        """
        The reasoning text providers send beside the answer, or None.

        DeepSeek, Qwen, Zhipu, vLLM and others send it as `reasoning_content`; OpenRouter,
        Ollama, xAI and llama.cpp as `reasoning` (a string). Both arrive as additional properties.
        """
        extra = self.additional_properties
        if not extra:
            return None
        text = extra.get("reasoning_content")
        if isinstance(text, str):
            return text
        text = extra.get("reasoning")
        return text if isinstance(text, str) else None

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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ChatCompletionChunkDelta._oc_fields = (
    (
        "content",
        "content",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    ("function_call", "function_call", False, ChatCompletionChunkDeltaFunctionCall),
    ("tool_calls", "tool_calls", False, ("list", ChatCompletionMessageToolCallChunk)),
    (
        "role",
        "role",
        False,
        (
            "enum",
            "ChatCompletionChunkDeltaRole",
            ("assistant", "developer", "system", "tool", "user"),
        ),
    ),
    (
        "refusal",
        "refusal",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
)
