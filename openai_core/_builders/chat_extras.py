"""
The chat builders that do more than one JSON round trip: `stream()` (SSE, via _streaming),
`parse(T)` (structured output, via _structured) and `run_tools()` (the tool loop, via _tools). They share every setter of the create builder; only their sending differs.

- `parse(T)`: `send()` (re-asking up to `max_reasks(n)` times on an invalid answer, see
  _parsing_reask.py) and `send_streaming()` (partial answers, then `final()`; see
  _parsing_stream.py). `.tool(ToolDefinition.from_type(U))` lets the answer come from a tool call.
- `run_tools()`: `into_runner()` / `send()` (plain rounds) and `into_streaming_runner()` /
  `send_streaming()` (streamed rounds with events, see _tools_streaming.py); `send_streaming()`
  sends the first round at once, `into_streaming_runner()` waits until it is read.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import httpx

from .._exceptions import InvalidConfigError
from .._request import OperationLike, RequestSpec
from .catalog import operations
from .chat import ChatSetters
from .client_like import AnyClient, AsyncClientLike, ClientLike
from .loop_settings import ReaskSettings, ToolRoundSettings

if TYPE_CHECKING:
    from typing_extensions import Self, Unpack

    from .._generated.models.chat_completion import ChatCompletion
    from .._generated.models.chat_completion_chunk import ChatCompletionChunk
    from .._generated.params import ChatCompletionsCreateParams
    from .._streaming.chat import (
        AsyncChatCompletionEventStream,
        AsyncChatCompletionStream,
        ChatCompletionEventStream,
        ChatCompletionStream,
    )
    from .._streaming.events import ChatStreamEvent
    from .._structured.parsing import ParsedChatCompletion
    from .._structured.reask import ReaskLoop
    from .._structured.streamed import AsyncParsedChatCompletionStream, ParsedChatCompletionStream
    from .._tools.runners import AsyncToolRunner, ToolLoop, ToolRegistry, ToolRunner
    from .._tools.streaming_runners import AsyncStreamingToolRunner, StreamingToolRunner

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
    _client: ClientLike

    def send(self) -> ChatCompletionStream[ChatCompletionChunk, ChatCompletion]:
        """Open the stream; iterate it (or use it in a `with` block) for ChatCompletionChunk."""
        from .._streaming.chat import ChatCompletionStream

        return ChatCompletionStream(self.send_raw())

    def send_events(self) -> ChatCompletionEventStream[ChatCompletionChunk, ChatCompletion]:
        """Open the stream as runtime events (content.delta, tool_calls..., chunk)."""
        from .._streaming.chat import ChatCompletionEventStream

        return ChatCompletionEventStream(self.send_raw())

    def send_raw(self) -> httpx.Response:
        """Open the stream and return the unread httpx.Response (close it when done)."""
        response: httpx.Response = self._client._open_stream(stream_spec(self._spec))
        return response


class AsyncChatCompletionStreamBuilder(ChatSetters[Any]):
    """Async twin of ChatCompletionStreamBuilder."""

    __slots__ = ()
    _client: AsyncClientLike

    async def send(self) -> AsyncChatCompletionStream[ChatCompletionChunk, ChatCompletion]:
        """Open the stream; `async for` over it for ChatCompletionChunk."""
        from .._streaming.chat import AsyncChatCompletionStream

        return AsyncChatCompletionStream(await self.send_raw())

    async def send_events(
        self,
    ) -> AsyncChatCompletionEventStream[ChatCompletionChunk, ChatCompletion]:
        """Open the stream as runtime events."""
        from .._streaming.chat import AsyncChatCompletionEventStream

        return AsyncChatCompletionEventStream(await self.send_raw())

    async def send_raw(self) -> httpx.Response:
        """Open the stream and return the unread httpx.Response (close it when done)."""
        response: httpx.Response = await self._client._open_stream(stream_spec(self._spec))
        return response


class _ParseBase(ReaskSettings, ChatSetters[Any], Generic[T]):
    __slots__ = ("_max_reasks", "_type", "_typed_tools")

    def __init__(self, client: AnyClient, response_type: Any, **fields: Any) -> None:
        super().__init__(client, _create_op(), (), **fields)
        self._type = response_type
        self._init_reasks()
        self._typed_tools: list[Any] = []

    def tool(
        self,
        definition: str | Mapping[str, Any] | Any,
        *,
        description: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        strict: bool | None = None,
    ) -> Self:
        """
        Add one tool, as on every chat builder; a `ToolDefinition.from_type(U)` tool also makes
        the answer come from the first call's arguments (built as `U`) when the model calls it.
        """
        from .._tools.definition import ToolDefinition

        if isinstance(definition, ToolDefinition):
            if definition.arguments_type is not None:
                self._typed_tools.append(definition)
            self._spec.body.setdefault("tools", []).append(definition.to_openai())
            return self
        return super().tool(
            definition, description=description, parameters=parameters, strict=strict
        )

    def _parse_spec(self) -> RequestSpec:
        from .._structured.schema import response_format_for

        spec = self._spec.copy()
        spec.body.setdefault("response_format", response_format_for(self._type))
        return spec

    def _registry(self) -> ToolRegistry | None:
        from .._tools.definition import ToolRegistry

        return ToolRegistry(self._typed_tools) if self._typed_tools else None

    def _reask_loop(self) -> tuple[ReaskLoop, RequestSpec]:
        from .._structured.reask import ReaskLoop

        spec = self._parse_spec()
        messages = spec.body.get("messages", [])
        return ReaskLoop(
            self._type, messages, max_reasks=self._max_reasks, tools=self._registry()
        ), spec

    def _streaming_spec(self) -> RequestSpec:
        if self._max_reasks:
            raise InvalidConfigError(
                "max_reasks() applies to send() only: send_streaming() cannot take back partial "
                "answers it has already yielded. Use send() to re-ask, or drop max_reasks()."
            )
        return stream_spec(self._parse_spec())


def _next_spec(spec: RequestSpec, messages: list[dict[str, Any]] | None) -> RequestSpec:
    return spec if messages is None else _with_messages(spec, messages)


class ChatCompletionParseBuilder(_ParseBase[T]):
    """Builder of `chat.completions.parse(T)`: sends a strict json_schema, parses the answer."""

    __slots__ = ()
    _client: ClientLike

    def send(self) -> ParsedChatCompletion[T]:
        """
        Send and return ParsedChatCompletion (`.parsed` is a T, `.response` the completion),
        re-asking on an invalid answer as `max_reasks()` allows.

        Raises:
            RefusalError, LengthFinishReasonError, ContentFilterFinishReasonError: The model
                refused or the answer was cut short (never re-asked).
            ResponseValidationError: The (last) answer does not fit the type.
        """
        reask, spec = self._reask_loop()
        while True:
            completion = self._client._send(_next_spec(spec, reask.next_request_messages()))
            parsed: ParsedChatCompletion[T] | None = reask.handle(completion)
            if parsed is not None:
                return parsed

    def send_streaming(self) -> ParsedChatCompletionStream[T]:
        """
        Open the answer as a stream: iterate it for partial answers (dicts), then call
        `final()` for the ParsedChatCompletion.
        """
        from .._streaming.chat import ChatCompletionEventStream
        from .._structured.streamed import ParsedChatCompletionStream

        response = self._client._open_stream(self._streaming_spec())
        return ParsedChatCompletionStream(
            ChatCompletionEventStream(response), self._type, self._registry()
        )


class AsyncChatCompletionParseBuilder(_ParseBase[T]):
    """Async twin of ChatCompletionParseBuilder."""

    __slots__ = ()
    _client: AsyncClientLike

    async def send(self) -> ParsedChatCompletion[T]:
        """
        Send and return ParsedChatCompletion (`.parsed` is a T, `.response` the completion),
        re-asking on an invalid answer as `max_reasks()` allows.

        Raises:
            RefusalError, LengthFinishReasonError, ContentFilterFinishReasonError: The model
                refused or the answer was cut short (never re-asked).
            ResponseValidationError: The (last) answer does not fit the type.
        """
        reask, spec = self._reask_loop()
        while True:
            completion = await self._client._send(_next_spec(spec, reask.next_request_messages()))
            parsed: ParsedChatCompletion[T] | None = reask.handle(completion)
            if parsed is not None:
                return parsed

    async def send_streaming(self) -> AsyncParsedChatCompletionStream[T]:
        """
        Open the answer as a stream: `async for` over it for partial answers (dicts), then
        `await final()` for the ParsedChatCompletion.
        """
        from .._streaming.chat import AsyncChatCompletionEventStream
        from .._structured.streamed import AsyncParsedChatCompletionStream

        response = await self._client._open_stream(self._streaming_spec())
        return AsyncParsedChatCompletionStream(
            AsyncChatCompletionEventStream(response), self._type, self._registry()
        )


class _RunToolsBase(ToolRoundSettings, ChatSetters[Any]):
    __slots__ = ("_max_rounds", "_raise_on_tool_error", "_registered")

    def __init__(self, client: AnyClient, **fields: Any) -> None:
        super().__init__(client, _create_op(), (), **fields)
        self._init_tool_rounds()

    def _loop(self) -> tuple[ToolLoop, RequestSpec]:
        from .._tools.runners import ToolLoop, ToolRegistry

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
    _client: ClientLike

    def into_runner(self) -> ToolRunner:
        """Return a ToolRunner; its accessors (final_content(), messages(), ...) run the loop."""
        from .._tools.runners import ToolRunner

        loop, spec = self._loop()
        client = self._client
        return ToolRunner(lambda messages: client._send(_with_messages(spec, messages)), loop)

    def into_streaming_runner(self) -> StreamingToolRunner[ChatStreamEvent]:
        """
        Return a StreamingToolRunner: each round is streamed; iterate `events()` for the
        rounds' runtime events plus `round.start`, `round.done` and `tool_call.result`. Nothing
        is sent until it is iterated (or an accessor is called).
        """
        from .._streaming.chat import ChatCompletionEventStream
        from .._tools.streaming_runners import StreamingToolRunner

        loop, spec = self._loop()
        client = self._client

        def open_stream(messages: list[dict[str, Any]]) -> Any:
            spec_now = stream_spec(_with_messages(spec, messages))
            return ChatCompletionEventStream(client._open_stream(spec_now))

        return StreamingToolRunner(open_stream, loop)

    def send(self) -> ChatCompletion:
        """Run the loop and return the final ChatCompletion."""
        return self.into_runner().run()

    def send_streaming(self) -> StreamingToolRunner[ChatStreamEvent]:
        """Send the first round now (its errors raise here); return the StreamingToolRunner."""
        return self.into_streaming_runner().start()


class AsyncChatCompletionRunToolsBuilder(_RunToolsBase):
    """Async twin of ChatCompletionRunToolsBuilder (a round's tools run concurrently)."""

    __slots__ = ()
    _client: AsyncClientLike

    def into_runner(self) -> AsyncToolRunner:
        """Return an AsyncToolRunner; await its accessors to run the loop."""
        from .._tools.runners import AsyncToolRunner

        loop, spec = self._loop()
        client = self._client

        async def send(messages: list[dict[str, Any]]) -> Any:
            return await client._send(_with_messages(spec, messages))

        return AsyncToolRunner(send, loop)

    def into_streaming_runner(self) -> AsyncStreamingToolRunner[ChatStreamEvent]:
        """
        Return an AsyncStreamingToolRunner: `async for` over `events()`; nothing is sent until
        it is iterated (or an accessor is awaited).
        """
        from .._streaming.chat import AsyncChatCompletionEventStream
        from .._tools.streaming_runners import AsyncStreamingToolRunner

        loop, spec = self._loop()
        client = self._client

        async def open_stream(messages: list[dict[str, Any]]) -> Any:
            spec_now = stream_spec(_with_messages(spec, messages))
            return AsyncChatCompletionEventStream(await client._open_stream(spec_now))

        return AsyncStreamingToolRunner(open_stream, loop)

    async def send(self) -> ChatCompletion:
        """Run the loop and return the final ChatCompletion."""
        return await self.into_runner().run()

    async def send_streaming(self) -> AsyncStreamingToolRunner[ChatStreamEvent]:
        """Send the first round now (its errors raise here); return the runner."""
        return await self.into_streaming_runner().start()


class ChatExtrasMixin:
    """stream / parse / run_tools for the sync chat completions namespace."""

    _client: ClientLike

    def stream(self, **fields: Unpack[ChatCompletionsCreateParams]) -> ChatCompletionStreamBuilder:
        """Return a builder whose `send()` opens a ChatCompletionStream."""
        return ChatCompletionStreamBuilder(self._client, _create_op(), (), **fields)

    @overload
    def parse(
        self, response_type: type[T], **fields: Unpack[ChatCompletionsCreateParams]
    ) -> ChatCompletionParseBuilder[T]: ...
    @overload
    def parse(
        self, response_type: object, **fields: Unpack[ChatCompletionsCreateParams]
    ) -> ChatCompletionParseBuilder[Any]: ...
    def parse(
        self, response_type: Any, **fields: Unpack[ChatCompletionsCreateParams]
    ) -> ChatCompletionParseBuilder[Any]:
        """
        Return a builder that asks for `response_type` and parses the answer into it: a class
        (attrs, dataclass, TypedDict, Enum, pydantic model) gives `ParsedChatCompletion[T]`;
        a JSON-schema dict, a Literal or a union gives `ParsedChatCompletion[Any]`.
        """
        return ChatCompletionParseBuilder(self._client, response_type, **fields)

    def run_tools(
        self, **fields: Unpack[ChatCompletionsCreateParams]
    ) -> ChatCompletionRunToolsBuilder:
        """Return a builder that runs registered tools until the model answers."""
        return ChatCompletionRunToolsBuilder(self._client, **fields)


class AsyncChatExtrasMixin:
    """stream / parse / run_tools for the async chat completions namespace."""

    _client: AsyncClientLike

    def stream(
        self, **fields: Unpack[ChatCompletionsCreateParams]
    ) -> AsyncChatCompletionStreamBuilder:
        """Return a builder whose `send()` opens an AsyncChatCompletionStream."""
        return AsyncChatCompletionStreamBuilder(self._client, _create_op(), (), **fields)

    @overload
    def parse(
        self, response_type: type[T], **fields: Unpack[ChatCompletionsCreateParams]
    ) -> AsyncChatCompletionParseBuilder[T]: ...
    @overload
    def parse(
        self, response_type: object, **fields: Unpack[ChatCompletionsCreateParams]
    ) -> AsyncChatCompletionParseBuilder[Any]: ...
    def parse(
        self, response_type: Any, **fields: Unpack[ChatCompletionsCreateParams]
    ) -> AsyncChatCompletionParseBuilder[Any]:
        """Return a builder that asks for `response_type` and parses the answer into it."""
        return AsyncChatCompletionParseBuilder(self._client, response_type, **fields)

    def run_tools(
        self, **fields: Unpack[ChatCompletionsCreateParams]
    ) -> AsyncChatCompletionRunToolsBuilder:
        """Return a builder that runs registered tools until the model answers."""
        return AsyncChatCompletionRunToolsBuilder(self._client, **fields)
