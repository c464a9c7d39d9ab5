"""
The chat completion builders: the generated setters of `chat.completions.create` (one per field
of the spec), message and tool helpers, and content parts. Shared by create, stream, parse and
run_tools, sync and async. Importing this module loads the generated chat builders module.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from .._exceptions import InvalidConfigError
from .._generated.builders.chat import ChatCompletionsCreateSetters
from .._request import to_jsonable
from .base import AsyncRequestBuilder, BuilderBase, RequestBuilder

if TYPE_CHECKING:
    from typing import TypeAlias

    from typing_extensions import Self

    from .._generated.models.chat_completion_allowed_tools_choice import (
        ChatCompletionAllowedToolsChoice,
    )
    from .._generated.models.chat_completion_named_tool_choice import (
        ChatCompletionNamedToolChoice,
    )
    from .._generated.models.chat_completion_named_tool_choice_custom import (
        ChatCompletionNamedToolChoiceCustom,
    )
    from .._generated.models.chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage,
    )
    from .._generated.models.chat_completion_request_developer_message import (
        ChatCompletionRequestDeveloperMessage,
    )
    from .._generated.models.chat_completion_request_function_message import (
        ChatCompletionRequestFunctionMessage,
    )
    from .._generated.models.chat_completion_request_system_message import (
        ChatCompletionRequestSystemMessage,
    )
    from .._generated.models.chat_completion_request_tool_message import (
        ChatCompletionRequestToolMessage,
    )
    from .._generated.models.chat_completion_request_user_message import (
        ChatCompletionRequestUserMessage,
    )
    from .._generated.models.chat_completion_tool import ChatCompletionTool
    from .._generated.models.custom_tool_chat_completions import CustomToolChatCompletions
    from .._generated.models.response_format_json_object import ResponseFormatJsonObject
    from .._generated.models.response_format_json_schema import ResponseFormatJsonSchema
    from .._generated.models.response_format_text import ResponseFormatText
    from .._generated.params import (
        ChatCompletionContentPartFileParam,
        ChatCompletionContentPartImageParam,
        ChatCompletionContentPartInputAudioParam,
        ChatCompletionContentPartParam,
        ChatCompletionContentPartTextParam,
        ChatCompletionMessageParam,
        ChatCompletionRequestMessageContentPartFileFileParam,
        ChatCompletionRequestMessageContentPartImageImageUrlParam,
        ChatCompletionRequestMessageContentPartRefusalParam,
        ChatCompletionResponseFormatParam,
        ChatCompletionToolChoiceOptionParam,
        ChatCompletionToolParam,
        CustomToolChatCompletionsParam,
    )

    # What the setters take: the request TypedDicts (a dict literal is checked key by key) or
    # the generated models.
    MessageInput: TypeAlias = (
        ChatCompletionMessageParam
        | ChatCompletionRequestDeveloperMessage
        | ChatCompletionRequestSystemMessage
        | ChatCompletionRequestUserMessage
        | ChatCompletionRequestAssistantMessage
        | ChatCompletionRequestToolMessage
        | ChatCompletionRequestFunctionMessage
    )
    ToolInput: TypeAlias = (
        ChatCompletionToolParam
        | CustomToolChatCompletionsParam
        | ChatCompletionTool
        | CustomToolChatCompletions
    )
    ToolChoiceInput: TypeAlias = (
        ChatCompletionToolChoiceOptionParam
        | ChatCompletionAllowedToolsChoice
        | ChatCompletionNamedToolChoice
        | ChatCompletionNamedToolChoiceCustom
    )
    ResponseFormatInput: TypeAlias = (
        ChatCompletionResponseFormatParam
        | ResponseFormatText
        | ResponseFormatJsonSchema
        | ResponseFormatJsonObject
    )
    # Content: a string, or parts (a bare string in a list is a text part).
    UserContent: TypeAlias = str | Sequence[str | ChatCompletionContentPartParam]
    TextContent: TypeAlias = str | Sequence[str | ChatCompletionContentPartTextParam]
    AssistantContent: TypeAlias = (
        str
        | Sequence[
            str
            | ChatCompletionContentPartTextParam
            | ChatCompletionRequestMessageContentPartRefusalParam
        ]
    )

__all__ = [
    "AsyncChatCompletionCreateBuilder",
    "ChatCompletionCreateBuilder",
    "ChatSetters",
    "file_part",
    "image_url_part",
    "input_audio_part",
    "text_part",
]

T = TypeVar("T")


def text_part(text: str) -> ChatCompletionContentPartTextParam:
    """Return a text content part."""
    return {"type": "text", "text": text}


def image_url_part(url: str, detail: str | None = None) -> ChatCompletionContentPartImageParam:
    """Return an image content part (an https URL or a data: URL); detail: "auto", "low", "high"."""
    image: ChatCompletionRequestMessageContentPartImageImageUrlParam = {"url": url}
    if detail is not None:
        image["detail"] = detail
    return {"type": "image_url", "image_url": image}


def input_audio_part(data: str, format: str) -> ChatCompletionContentPartInputAudioParam:
    """Return an audio content part: base64 `data` in `format` ("wav" or "mp3")."""
    return {"type": "input_audio", "input_audio": {"data": data, "format": format}}


def file_part(
    *, file_id: str | None = None, file_data: str | None = None, filename: str | None = None
) -> ChatCompletionContentPartFileParam:
    """Return a file content part: an uploaded `file_id`, or base64 `file_data` with a filename."""
    file: ChatCompletionRequestMessageContentPartFileFileParam = {}
    if file_id is not None:
        file["file_id"] = file_id
    if file_data is not None:
        file["file_data"] = file_data
    if filename is not None:
        file["filename"] = filename
    if not file:
        raise InvalidConfigError("file_part() needs file_id=... or file_data=... (with filename).")
    return {"type": "file", "file": file}


def _content(content: str | Sequence[Any] | None) -> Any:
    if content is None or isinstance(content, str):
        return content
    return [text_part(p) if isinstance(p, str) else to_jsonable(p) for p in content]


class ChatSetters(ChatCompletionsCreateSetters, BuilderBase[T]):
    """
    The chat request's setters: one per body field, generated from the spec (so a new field
    arrives typed), plus the helpers the spec cannot give: `message_*`, `message`, `tool`,
    and `messages` / `stop` taking any sequence.
    """

    __slots__ = ()

    def _append(self, message: dict[str, Any]) -> Self:
        messages = self._spec.body.setdefault("messages", [])
        messages.append(message)
        return self

    # Messages

    def messages(self, messages: Sequence[MessageInput]) -> Self:
        """Replace the conversation with `messages` (dicts or generated message models)."""
        return self.set("messages", list(messages))

    def message(self, message: MessageInput) -> Self:
        """Append one message (a dict or a generated message model)."""
        return self._append(to_jsonable(message))

    def message_system(self, content: TextContent, *, name: str | None = None) -> Self:
        """Append a system message."""
        return self._append(_message("system", content, name))

    def message_developer(self, content: TextContent, *, name: str | None = None) -> Self:
        """Append a developer message (the newer name for system instructions)."""
        return self._append(_message("developer", content, name))

    def message_user(
        self,
        content: UserContent,
        *,
        name: str | None = None,
        image_url: str | None = None,
        image_detail: str | None = None,
    ) -> Self:
        """
        Append a user message: text, or content parts (text_part, image_url_part,
        input_audio_part, file_part, or dicts); `image_url` adds an image part to text.
        """
        if image_url is not None:
            parts: list[str | ChatCompletionContentPartParam] = (
                [content] if isinstance(content, str) else list(content)
            )
            content = [*parts, image_url_part(image_url, image_detail)]
        return self._append(_message("user", content, name))

    def message_assistant(
        self,
        content: AssistantContent | None = None,
        *,
        tool_calls: Sequence[Any] | None = None,
        name: str | None = None,
        refusal: str | None = None,
    ) -> Self:
        """Append an assistant message (text and/or the tool calls it made)."""
        message = _message("assistant", content, name)
        if tool_calls is not None:
            message["tool_calls"] = to_jsonable(list(tool_calls))
        if refusal is not None:
            message["refusal"] = refusal
        return self._append(message)

    def message_tool(self, content: TextContent, tool_call_id: str) -> Self:
        """Append a tool result answering the assistant's tool call `tool_call_id`."""
        return self._append(
            {"role": "tool", "content": _content(content), "tool_call_id": tool_call_id}
        )

    # Tools

    def tool(
        self,
        definition: str | Mapping[str, Any] | Any,
        *,
        description: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        strict: bool | None = None,
    ) -> Self:
        """Add one tool: a tool dict / model, or a function name with description and schema."""
        if isinstance(definition, str):
            function: dict[str, Any] = {"name": definition}
            if description is not None:
                function["description"] = description
            function["parameters"] = to_jsonable(parameters or {"type": "object", "properties": {}})
            if strict is not None:
                function["strict"] = strict
            tool: Any = {"type": "function", "function": function}
        else:
            tool = to_jsonable(definition)
        self._spec.body.setdefault("tools", []).append(tool)
        return self

    def stop(self, stop: str | Sequence[str] | None) -> Self:
        """Up to four sequences that end the answer (a string, any sequence of them, or None)."""
        return self.set("stop", stop if stop is None or isinstance(stop, str) else list(stop))


def _message(role: str, content: Any, name: str | None) -> dict[str, Any]:
    message: dict[str, Any] = {"role": role, "content": _content(content)}
    if name is not None:
        message["name"] = name
    return message


def _reject_stream_flag(builder: BuilderBase[Any]) -> None:
    if builder._spec.body.get("stream") is True:
        raise InvalidConfigError(
            "This builder reads one JSON answer but stream(True) was set; use "
            "client.chat.completions.stream() to read a streamed answer."
        )


class ChatCompletionCreateBuilder(ChatSetters[T], RequestBuilder[T]):
    """Builder of `client.chat.completions.create()`; `send()` returns a ChatCompletion."""

    __slots__ = ()

    def send(self) -> T:
        """Send the request and return the ChatCompletion."""
        _reject_stream_flag(self)
        return RequestBuilder.send(self)


class AsyncChatCompletionCreateBuilder(ChatSetters[T], AsyncRequestBuilder[T]):
    """Async twin of ChatCompletionCreateBuilder."""

    __slots__ = ()

    async def send(self) -> T:
        """Send the request and return the ChatCompletion."""
        _reject_stream_flag(self)
        return await AsyncRequestBuilder.send(self)
