# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequestAssistantMessage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ChatCompletionRequestAssistantMessage:
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

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_0_type_1_item_data in self.content:
                content_type_0_type_1_item: dict[str, Any]
                if isinstance(
                    content_type_0_type_1_item_data, ChatCompletionRequestMessageContentPartText
                ):
                    content_type_0_type_1_item = content_type_0_type_1_item_data.to_dict()
                else:
                    content_type_0_type_1_item = content_type_0_type_1_item_data.to_dict()

                content.append(content_type_0_type_1_item)

        else:
            content = self.content

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        name = self.name

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, ChatCompletionRequestAssistantMessageAudioType0):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for componentsschemas_chat_completion_message_tool_calls_item_data in self.tool_calls:
                componentsschemas_chat_completion_message_tool_calls_item: dict[str, Any]
                if isinstance(
                    componentsschemas_chat_completion_message_tool_calls_item_data,
                    ChatCompletionMessageToolCall,
                ):
                    componentsschemas_chat_completion_message_tool_calls_item = (
                        componentsschemas_chat_completion_message_tool_calls_item_data.to_dict()
                    )
                else:
                    componentsschemas_chat_completion_message_tool_calls_item = (
                        componentsschemas_chat_completion_message_tool_calls_item_data.to_dict()
                    )

                tool_calls.append(componentsschemas_chat_completion_message_tool_calls_item)

        function_call: dict[str, Any] | None | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(self.function_call, ChatCompletionRequestAssistantMessageFunctionCallType0):
            function_call = self.function_call.to_dict()
        else:
            function_call = self.function_call

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if name is not UNSET:
            field_dict["name"] = name
        if audio is not UNSET:
            field_dict["audio"] = audio
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if function_call is not UNSET:
            field_dict["function_call"] = function_call

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        role = cast("Literal['assistant']", d["role"])
        if role != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        def _parse_content(
            data: object,
        ) -> (
            list[
                ChatCompletionRequestMessageContentPartRefusal
                | ChatCompletionRequestMessageContentPartText
            ]
            | None
            | str
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_0_type_1 = []
                _content_type_0_type_1 = data
                for content_type_0_type_1_item_data in _content_type_0_type_1:

                    def _parse_content_type_0_type_1_item(
                        data: object,
                    ) -> (
                        ChatCompletionRequestMessageContentPartRefusal
                        | ChatCompletionRequestMessageContentPartText
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_request_assistant_message_content_part_type_0 = ChatCompletionRequestMessageContentPartText.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_request_assistant_message_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_completion_request_assistant_message_content_part_type_1 = ChatCompletionRequestMessageContentPartRefusal.from_dict(
                            data
                        )

                        return componentsschemas_chat_completion_request_assistant_message_content_part_type_1

                    content_type_0_type_1_item = _parse_content_type_0_type_1_item(
                        content_type_0_type_1_item_data
                    )

                    content_type_0_type_1.append(content_type_0_type_1_item)

                return content_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[ChatCompletionRequestMessageContentPartRefusal | ChatCompletionRequestMessageContentPartText] | None | str | Unset",
                data,
            )

        content = _parse_content(d.get("content", UNSET))

        def _parse_refusal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        refusal = _parse_refusal(d.get("refusal", UNSET))

        name = d.get("name", UNSET)

        def _parse_audio(
            data: object,
        ) -> ChatCompletionRequestAssistantMessageAudioType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_0 = ChatCompletionRequestAssistantMessageAudioType0.from_dict(data)

                return audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatCompletionRequestAssistantMessageAudioType0 | None | Unset", data)

        audio = _parse_audio(d.get("audio", UNSET))

        _tool_calls = d.get("tool_calls", UNSET)
        tool_calls: (
            list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | Unset
        ) = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for componentsschemas_chat_completion_message_tool_calls_item_data in _tool_calls:

                def _parse_componentsschemas_chat_completion_message_tool_calls_item(
                    data: object,
                ) -> ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_completion_message_tool_calls_item_type_0 = (
                            ChatCompletionMessageToolCall.from_dict(data)
                        )

                        return componentsschemas_chat_completion_message_tool_calls_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_message_tool_calls_item_type_1 = (
                        ChatCompletionMessageCustomToolCall.from_dict(data)
                    )

                    return componentsschemas_chat_completion_message_tool_calls_item_type_1

                componentsschemas_chat_completion_message_tool_calls_item = (
                    _parse_componentsschemas_chat_completion_message_tool_calls_item(
                        componentsschemas_chat_completion_message_tool_calls_item_data
                    )
                )

                tool_calls.append(componentsschemas_chat_completion_message_tool_calls_item)

        def _parse_function_call(
            data: object,
        ) -> ChatCompletionRequestAssistantMessageFunctionCallType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                function_call_type_0 = (
                    ChatCompletionRequestAssistantMessageFunctionCallType0.from_dict(data)
                )

                return function_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "ChatCompletionRequestAssistantMessageFunctionCallType0 | None | Unset", data
            )

        function_call = _parse_function_call(d.get("function_call", UNSET))

        chat_completion_request_assistant_message = cls(
            role=role,
            content=content,
            refusal=refusal,
            name=name,
            audio=audio,
            tool_calls=tool_calls,
            function_call=function_call,
        )

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
