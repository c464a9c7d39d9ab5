# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequestAssistantMessage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "role",
        "content",
        "refusal",
        "name",
        "audio",
        "tool_calls",
        "function_call",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_content(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [_read_content_type_0_type_1_item(_i1) for _i1 in data]
            if isinstance(data, list)
            else data
        )
    return data


def _read_content_type_0_type_1_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "text":
            return ChatCompletionRequestMessageContentPartText.from_dict(data)
        if tag == "refusal":
            return ChatCompletionRequestMessageContentPartRefusal.from_dict(data)
        return _choose_content_type_0_type_1_item(data)
    return data


def _read_componentsschemas_chat_completion_message_tool_calls_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "function":
            return ChatCompletionMessageToolCall.from_dict(data)
        if tag == "custom":
            return ChatCompletionMessageCustomToolCall.from_dict(data)
        return _choose_componentsschemas_chat_completion_message_tool_calls_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ChatCompletionRequestAssistantMessage(_Model):
    """Schema `ChatCompletionRequestAssistantMessage`.

    Attributes:
        role (Literal['assistant']): Always 'assistant'.
        content (list[ChatCompletionRequestMessageContentPartRefusal | ChatCompletionRequestMessageContentPartText] |
            None | str | Unset):
        refusal (None | str | Unset):
        name (str | Unset):
        audio (ChatCompletionRequestAssistantMessageAudioType0 | None | Unset):
        tool_calls (list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | Unset): Schema
            `ChatCompletionMessageToolCalls`.
        function_call (ChatCompletionRequestAssistantMessageFunctionCallType0 | None | Unset):
    """

    role: Literal["assistant"]
    content: (
        list[
            ChatCompletionRequestMessageContentPartRefusal
            | ChatCompletionRequestMessageContentPartText
        ]
        | None
        | str
        | Unset
    ) = UNSET
    refusal: None | str | Unset = UNSET
    name: str | Unset = UNSET
    audio: ChatCompletionRequestAssistantMessageAudioType0 | None | Unset = UNSET
    tool_calls: (
        list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | Unset
    ) = UNSET
    function_call: ChatCompletionRequestAssistantMessageFunctionCallType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("role",)
    _oc_consts = {"role": "assistant"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["role"] = self.role
        if self.content is not UNSET:
            field_dict["content"] = dump(self.content)
        if self.refusal is not UNSET:
            field_dict["refusal"] = self.refusal
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.audio is not UNSET:
            field_dict["audio"] = dump(self.audio)
        if self.tool_calls is not UNSET:
            field_dict["tool_calls"] = dump(self.tool_calls)
        if self.function_call is not UNSET:
            field_dict["function_call"] = dump(self.function_call)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        role = d.get("role")
        _content = d.get("content", UNSET)
        content = _read_content(_content)
        refusal = d.get("refusal", UNSET)
        name = d.get("name", UNSET)
        _audio = d.get("audio", UNSET)
        audio = (
            ChatCompletionRequestAssistantMessageAudioType0.from_dict(_audio)
            if isinstance(_audio, dict)
            else _audio
        )
        _tool_calls = d.get("tool_calls", UNSET)
        tool_calls = (
            [
                _read_componentsschemas_chat_completion_message_tool_calls_item(_i0)
                for _i0 in _tool_calls
            ]
            if isinstance(_tool_calls, list)
            else _tool_calls
        )
        _function_call = d.get("function_call", UNSET)
        function_call = (
            ChatCompletionRequestAssistantMessageFunctionCallType0.from_dict(_function_call)
            if isinstance(_function_call, dict)
            else _function_call
        )
        chat_completion_request_assistant_message = cls(
            role=role,
            content=content,
            refusal=refusal,
            name=name,
            audio=audio,
            tool_calls=tool_calls,
            function_call=function_call,
        )
        if role is None:
            chat_completion_request_assistant_message._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            chat_completion_request_assistant_message.additional_properties = _extra_fields(d)
        return chat_completion_request_assistant_message

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
from ..models.chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall  # noqa: E402
from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall  # noqa: E402
from ..models.chat_completion_request_assistant_message_audio_type_0 import (
    ChatCompletionRequestAssistantMessageAudioType0,  # noqa: E402
)
from ..models.chat_completion_request_assistant_message_function_call_type_0 import (
    ChatCompletionRequestAssistantMessageFunctionCallType0,  # noqa: E402
)
from ..models.chat_completion_request_message_content_part_refusal import (
    ChatCompletionRequestMessageContentPartRefusal,  # noqa: E402
)
from ..models.chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,  # noqa: E402
)

_choose_content_type_0_type_1_item = ModelChoice(
    ChatCompletionRequestMessageContentPartText, ChatCompletionRequestMessageContentPartRefusal
)
_choose_componentsschemas_chat_completion_message_tool_calls_item = ModelChoice(
    ChatCompletionMessageToolCall, ChatCompletionMessageCustomToolCall
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ChatCompletionRequestAssistantMessage._oc_fields = (
    ("role", "role", True, ("const", "assistant")),
    (
        "content",
        "content",
        False,
        (
            "union",
            (
                "string",
                (
                    "list",
                    (
                        "union",
                        (
                            ChatCompletionRequestMessageContentPartText,
                            ChatCompletionRequestMessageContentPartRefusal,
                        ),
                    ),
                ),
                "null",
            ),
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
    ("name", "name", False, "string"),
    (
        "audio",
        "audio",
        False,
        (
            "union",
            (
                ChatCompletionRequestAssistantMessageAudioType0,
                "null",
            ),
        ),
    ),
    (
        "tool_calls",
        "tool_calls",
        False,
        (
            "list",
            (
                "union",
                (
                    ChatCompletionMessageToolCall,
                    ChatCompletionMessageCustomToolCall,
                ),
            ),
        ),
    ),
    (
        "function_call",
        "function_call",
        False,
        (
            "union",
            (
                ChatCompletionRequestAssistantMessageFunctionCallType0,
                "null",
            ),
        ),
    ),
)
