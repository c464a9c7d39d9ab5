"""
The chat completion builders: typed setters for every field of the chat request, message helpers
and content parts. Shared by create, stream, parse and run_tools, sync and async.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from .._exceptions import InvalidConfigError
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
        ChatCompletionStreamOptionsParam,
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
JSON = Any


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


class ChatSetters(BuilderBase[T]):
    """Typed setters for the chat completion request body (wire names, same order as the spec)."""

    __slots__ = ()

    def _field(self, name: str, value: Any) -> Self:
        self._spec.body[name] = to_jsonable(value)
        return self

    def _append(self, message: dict[str, Any]) -> Self:
        messages = self._spec.body.setdefault("messages", [])
        messages.append(message)
        return self

    # Messages

    def messages(self, messages: Sequence[MessageInput]) -> Self:
        """Replace the conversation with `messages` (dicts or generated message models)."""
        return self._field("messages", list(messages))

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

    def tools(self, tools: Sequence[ToolInput]) -> Self:
        """Replace the list of tools."""
        return self._field("tools", list(tools))

    def tool_choice(self, choice: ToolChoiceInput) -> Self:
        """ "none", "auto", "required", or a named tool ({"type": "function", ...})."""
        return self._field("tool_choice", choice)

    def parallel_tool_calls(self, enabled: bool) -> Self:
        """Allow the model to call several tools in one turn."""
        return self._field("parallel_tool_calls", enabled)

    def functions(self, functions: Sequence[Any]) -> Self:
        """Deprecated function definitions (use tools)."""
        return self._field("functions", list(functions))

    def function_call(self, choice: str | Mapping[str, Any]) -> Self:
        """Deprecated function choice (use tool_choice)."""
        return self._field("function_call", choice)

    # Sampling and output

    def model(self, model: str) -> Self:
        """The model id, e.g. "gpt-4o-mini" (the deployment name on Azure)."""
        return self._field("model", model)

    def temperature(self, temperature: float | None) -> Self:
        """Sampling temperature, 0 to 2."""
        return self._field("temperature", temperature)

    def top_p(self, top_p: float | None) -> Self:
        """Nucleus sampling mass, 0 to 1."""
        return self._field("top_p", top_p)

    def n(self, n: int | None) -> Self:
        """How many choices to generate."""
        return self._field("n", n)

    def max_tokens(self, max_tokens: int | None) -> Self:
        """Token limit of the answer (older name; see max_completion_tokens)."""
        return self._field("max_tokens", max_tokens)

    def max_completion_tokens(self, max_tokens: int | None) -> Self:
        """Token limit of the answer, reasoning tokens included."""
        return self._field("max_completion_tokens", max_tokens)

    def stop(self, stop: str | Sequence[str] | None) -> Self:
        """Up to four sequences that end the answer."""
        return self._field("stop", stop if stop is None or isinstance(stop, str) else list(stop))

    def seed(self, seed: int | None) -> Self:
        """Seed for best-effort deterministic sampling."""
        return self._field("seed", seed)

    def frequency_penalty(self, penalty: float | None) -> Self:
        """Penalty for repeated tokens by frequency, -2 to 2."""
        return self._field("frequency_penalty", penalty)

    def presence_penalty(self, penalty: float | None) -> Self:
        """Penalty for tokens already present, -2 to 2."""
        return self._field("presence_penalty", penalty)

    def logit_bias(self, bias: Mapping[str, int] | None) -> Self:
        """Bias per token id, -100 to 100."""
        return self._field("logit_bias", bias)

    def logprobs(self, enabled: bool | None) -> Self:
        """Return log probabilities of the output tokens."""
        return self._field("logprobs", enabled)

    def top_logprobs(self, count: int | None) -> Self:
        """How many most likely tokens to return per position (needs logprobs)."""
        return self._field("top_logprobs", count)

    def response_format(self, response_format: ResponseFormatInput) -> Self:
        """{"type": "text"}, {"type": "json_object"} or {"type": "json_schema", ...}."""
        return self._field("response_format", response_format)

    def reasoning_effort(self, effort: str | None) -> Self:
        """Reasoning effort for reasoning models: "minimal", "low", "medium", "high"."""
        return self._field("reasoning_effort", effort)

    def verbosity(self, verbosity: str | None) -> Self:
        """Answer verbosity: "low", "medium", "high"."""
        return self._field("verbosity", verbosity)

    def modalities(self, modalities: Sequence[str] | None) -> Self:
        """Output modalities, e.g. ["text", "audio"]."""
        return self._field("modalities", None if modalities is None else list(modalities))

    def audio(self, audio: Mapping[str, Any] | Any) -> Self:
        """Audio output parameters ({"voice": ..., "format": ...})."""
        return self._field("audio", audio)

    def prediction(self, prediction: Mapping[str, Any] | Any) -> Self:
        """Predicted output content, to speed up regeneration."""
        return self._field("prediction", prediction)

    def web_search_options(self, options: Mapping[str, Any] | Any) -> Self:
        """Web search tool options."""
        return self._field("web_search_options", options)

    def stream_options(self, options: ChatCompletionStreamOptionsParam | None) -> Self:
        """Stream options, e.g. {"include_usage": True}."""
        return self._field("stream_options", options)

    # Accounting, storage and routing

    def user(self, user: str) -> Self:
        """A stable id of the end user (deprecated in favour of safety_identifier)."""
        return self._field("user", user)

    def safety_identifier(self, identifier: str) -> Self:
        """A stable, hashed id of the end user for abuse detection."""
        return self._field("safety_identifier", identifier)

    def metadata(self, metadata: Mapping[str, str] | None) -> Self:
        """Up to 16 string key/value pairs stored with the completion."""
        return self._field("metadata", metadata)

    def store(self, store: bool | None) -> Self:
        """Store the completion for later retrieval (stored completions)."""
        return self._field("store", store)

    def service_tier(self, tier: str | None) -> Self:
        """Processing tier: "auto", "default", "flex", "priority", ..."""
        return self._field("service_tier", tier)

    def prompt_cache_key(self, key: str) -> Self:
        """Key that groups similar requests for prompt caching."""
        return self._field("prompt_cache_key", key)

    def prompt_cache_retention(self, retention: str | None) -> Self:
        """How long cached prompts are kept, e.g. "24h"."""
        return self._field("prompt_cache_retention", retention)

    def prompt_cache_options(self, options: Mapping[str, Any] | Any) -> Self:
        """Prompt caching options."""
        return self._field("prompt_cache_options", options)

    def moderation(self, moderation: Mapping[str, Any] | Any) -> Self:
        """Moderation settings for the request."""
        return self._field("moderation", moderation)

    def stream(self, stream: bool | None) -> Self:
        """Set the raw `stream` field; use chat.completions.stream() to read a stream."""
        return self._field("stream", stream)


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
