"""
The chat builders that do more than one JSON round trip: `stream()` (SSE, via _streaming.py),
`parse(T)` (structured output, via _schema.py / _parsing.py) and `run_tools()` (the tool loop,
via _tools.py). They share every setter of the create builder; only their sending differs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._chat_builder import ChatSetters
from ._exceptions import InvalidConfigError
from ._request import OperationLike, RequestSpec

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._generated.models.chat_completion import ChatCompletion
    from ._generated.models.chat_completion_chunk import ChatCompletionChunk
    from ._parsing import ParsedChatCompletion
    from ._streaming import (
        AsyncChatCompletionEventStream,
        AsyncChatCompletionStream,
        ChatCompletionEventStream,
        ChatCompletionStream,
    )
    from ._tools import AsyncToolRunner, ToolDefinition, ToolLoop, ToolRunner

__all__ = [
    "AsyncChatCompletionParseBuilder",
    "AsyncChatCompletionRunToolsBuilder",
    "AsyncChatCompletionStreamBuilder",
    "AsyncChatExtrasMixin",
    "ChatCompletionParseBuilder",
    "ChatCompletionRunToolsBuilder",
    "ChatCompletionStreamBuilder",
    "ChatExtrasMixin",
]

T = TypeVar("T")
_CREATE = "chat.completions.create"


def _create_op() -> OperationLike:
    from ._resources import operations

    return operations()[_CREATE]


def stream_spec(spec: RequestSpec) -> RequestSpec:
    """Return a copy of `spec` asking for an SSE answer, usage included unless set otherwise."""
    out = spec.copy()
    out.body["stream"] = True
    out.body.setdefault("stream_options", {"include_usage": True})
    out.accept = "text/event-stream"
    return out


class ChatCompletionStreamBuilder(ChatSetters[Any]):
    """Builder of `chat.completions.stream()`: `send()` gives typed chunks, `send_events()` events."""

    __slots__ = ()

    def send(self) -> ChatCompletionStream[ChatCompletionChunk, ChatCompletion]:
        """Open the stream; iterate it (or use it in a `with` block) for ChatCompletionChunk."""
        from ._streaming import ChatCompletionStream

        return ChatCompletionStream(self.send_raw())

    def send_events(self) -> ChatCompletionEventStream[ChatCompletionChunk, ChatCompletion]:
        """Open the stream as runtime events (content.delta, tool_calls..., chunk)."""
        from ._streaming import ChatCompletionEventStream

        return ChatCompletionEventStream(self.send_raw())

    def send_raw(self) -> httpx.Response:
        """Open the stream and return the unread httpx.Response (close it when done)."""
        response: httpx.Response = self._client._open_stream(stream_spec(self._spec))
        return response


class AsyncChatCompletionStreamBuilder(ChatSetters[Any]):
    """Async twin of ChatCompletionStreamBuilder."""

    __slots__ = ()

    async def send(self) -> AsyncChatCompletionStream[ChatCompletionChunk, ChatCompletion]:
        """Open the stream; `async for` over it for ChatCompletionChunk."""
        from ._streaming import AsyncChatCompletionStream

        return AsyncChatCompletionStream(await self.send_raw())

    async def send_events(
        self,
    ) -> AsyncChatCompletionEventStream[ChatCompletionChunk, ChatCompletion]:
        """Open the stream as runtime events."""
        from ._streaming import AsyncChatCompletionEventStream

        return AsyncChatCompletionEventStream(await self.send_raw())

    async def send_raw(self) -> httpx.Response:
        """Open the stream and return the unread httpx.Response (close it when done)."""
        response: httpx.Response = await self._client._open_stream(stream_spec(self._spec))
        return response


class _ParseBase(ChatSetters[Any], Generic[T]):
    __slots__ = ("_type",)

    def __init__(self, client: Any, response_type: Any, **fields: Any) -> None:
        super().__init__(client, _create_op(), (), **fields)
        self._type = response_type

    def _parse_spec(self) -> RequestSpec:
        from ._schema import response_format_for

        spec = self._spec.copy()
        spec.body.setdefault("response_format", response_format_for(self._type))
        return spec


class ChatCompletionParseBuilder(_ParseBase[T]):
    """Builder of `chat.completions.parse(T)`: sends a strict json_schema, parses the answer."""

    __slots__ = ()

    def send(self) -> ParsedChatCompletion[T]:
        """Send and return ParsedChatCompletion (`.parsed` is a T, `.response` the completion)."""
        from ._parsing import parse_completion

        parsed: ParsedChatCompletion[T] = parse_completion(
            self._type, self._client._send(self._parse_spec())
        )
        return parsed


class AsyncChatCompletionParseBuilder(_ParseBase[T]):
    """Async twin of ChatCompletionParseBuilder."""

    __slots__ = ()

    async def send(self) -> ParsedChatCompletion[T]:
        """Send and return ParsedChatCompletion (`.parsed` is a T, `.response` the completion)."""
        from ._parsing import parse_completion

        parsed: ParsedChatCompletion[T] = parse_completion(
            self._type, await self._client._send(self._parse_spec())
        )
        return parsed


class _RunToolsBase(ChatSetters[Any]):
    __slots__ = ("_max_rounds", "_raise_on_tool_error", "_registered")

    def __init__(self, client: Any, **fields: Any) -> None:
        super().__init__(client, _create_op(), (), **fields)
        self._registered: list[Any] = []
        self._max_rounds = 8
        self._raise_on_tool_error = False

    def register_tool(self, tool: ToolDefinition | Callable[..., Any]) -> Self:
        """Register a tool the model may call: a `@tool` definition or a plain function."""
        self._registered.append(tool)
        return self

    def max_rounds(self, rounds: int) -> Self:
        """How many rounds of tool calls may run before the runner gives up with ToolError."""
        if rounds < 1:
            raise InvalidConfigError(f"Expected max_rounds >= 1, got {rounds!r}.")
        self._max_rounds = rounds
        return self

    def raise_on_tool_error(self, enabled: bool = True) -> Self:
        """Raise ToolError when a tool fails instead of sending the error to the model."""
        self._raise_on_tool_error = enabled
        return self

    def _loop(self) -> tuple[ToolLoop, RequestSpec]:
        from ._tools import ToolLoop, ToolRegistry

        registry = ToolRegistry(self._registered)
        spec = self._spec.copy()
        spec.check_required()
        spec.body["tools"] = [*spec.body.get("tools", []), *registry.to_openai()]
        loop = ToolLoop(
            spec.body.get("messages", []),
            registry,
            max_rounds=self._max_rounds,
            raise_on_tool_error=self._raise_on_tool_error,
        )
        return loop, spec


def _with_messages(spec: RequestSpec, messages: list[dict[str, Any]]) -> RequestSpec:
    out = spec.copy()
    out.body["messages"] = messages
    return out


class ChatCompletionRunToolsBuilder(_RunToolsBase):
    """Builder of `chat.completions.run_tools()`: calls tools until the model answers."""

    __slots__ = ()

    def into_runner(self) -> ToolRunner:
        """Return a ToolRunner; its accessors (final_content(), messages(), ...) run the loop."""
        from ._tools import ToolRunner

        loop, spec = self._loop()
        client = self._client
        return ToolRunner(lambda messages: client._send(_with_messages(spec, messages)), loop)

    def send(self) -> Any:
        """Run the loop and return the final ChatCompletion."""
        return self.into_runner().run()


class AsyncChatCompletionRunToolsBuilder(_RunToolsBase):
    """Async twin of ChatCompletionRunToolsBuilder (a round's tools run concurrently)."""

    __slots__ = ()

    def into_runner(self) -> AsyncToolRunner:
        """Return an AsyncToolRunner; await its accessors to run the loop."""
        from ._tools import AsyncToolRunner

        loop, spec = self._loop()
        client = self._client

        async def send(messages: list[dict[str, Any]]) -> Any:
            return await client._send(_with_messages(spec, messages))

        return AsyncToolRunner(send, loop)

    async def send(self) -> Any:
        """Run the loop and return the final ChatCompletion."""
        return await self.into_runner().run()


class ChatExtrasMixin:
    """stream / parse / run_tools for the sync chat completions namespace."""

    _client: Any

    def stream(self, **fields: Any) -> ChatCompletionStreamBuilder:
        """Return a builder whose `send()` opens a ChatCompletionStream."""
        return ChatCompletionStreamBuilder(self._client, _create_op(), (), **fields)

    def parse(self, response_type: type[T] | Any, **fields: Any) -> ChatCompletionParseBuilder[T]:
        """Return a builder that asks for `response_type` and parses the answer into it."""
        return ChatCompletionParseBuilder(self._client, response_type, **fields)

    def run_tools(self, **fields: Any) -> ChatCompletionRunToolsBuilder:
        """Return a builder that runs registered tools until the model answers."""
        return ChatCompletionRunToolsBuilder(self._client, **fields)


class AsyncChatExtrasMixin:
    """stream / parse / run_tools for the async chat completions namespace."""

    _client: Any

    def stream(self, **fields: Any) -> AsyncChatCompletionStreamBuilder:
        """Return a builder whose `send()` opens an AsyncChatCompletionStream."""
        return AsyncChatCompletionStreamBuilder(self._client, _create_op(), (), **fields)

    def parse(
        self, response_type: type[T] | Any, **fields: Any
    ) -> AsyncChatCompletionParseBuilder[T]:
        """Return a builder that asks for `response_type` and parses the answer into it."""
        return AsyncChatCompletionParseBuilder(self._client, response_type, **fields)

    def run_tools(self, **fields: Any) -> AsyncChatCompletionRunToolsBuilder:
        """Return a builder that runs registered tools until the model answers."""
        return AsyncChatCompletionRunToolsBuilder(self._client, **fields)
