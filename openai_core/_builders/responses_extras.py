"""
The Responses API builders that do more than one JSON round trip: `client.responses.parse(T)`
(structured output) and `client.responses.run_tools()` (the tool loop). Both have every setter of
`responses.create` (`.model()`, `.input()`, `.instructions()`, ...); only their sending differs.

- `parse(T)`: sends `text.format` `{"type": "json_schema", "name", "schema", "strict": true}` with
  the strict schema chat uses; `send()` returns `ParsedResponse[T]` (re-asking up to
  `max_reasks(n)` times on an invalid answer), `send_streaming()` yields partial answers, then
  `final()`. `.tool(ToolDefinition.from_type(U))` lets the answer come from a function call.
- `run_tools()`: `into_runner()` / `send()` (plain rounds), `into_streaming_runner()` /
  `send_streaming()` (streamed rounds with events); stored responses continue with
  `previous_response_id`, `.store(False)` resends the whole input each round.

The parsing, re-asking and tool loop are the ones chat uses (`_structured`, `_tools`), given the
Responses shapes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._exceptions import InvalidConfigError
from .._generated.builders.responses import ResponsesCreateSetters
from .._request import OperationLike, RequestSpec
from .base import BuilderBase
from .catalog import operations
from .client_like import AsyncClientLike, ClientLike
from .loop_settings import ReaskSettings, ToolRoundSettings

if TYPE_CHECKING:
    from typing_extensions import Self

    from .._structured.parsing import ParsedResponse
    from .._structured.reask import ReaskLoop
    from .._structured.streamed import AsyncParsedResponseStream, ParsedResponseStream
    from .._tools.definition import ToolDefinition, ToolRegistry
    from .._tools.loop import ToolLoop
    from .._tools.responses_runners import (
        AsyncResponsesStreamingToolRunner,
        AsyncResponsesToolRunner,
        ResponsesStreamingToolRunner,
        ResponsesToolRunner,
    )

__all__ = [
    "AsyncResponsesParseBuilder",
    "AsyncResponsesRunToolsBuilder",
    "ResponsesParseBuilder",
    "ResponsesRunToolsBuilder",
    "input_items",
]

T = TypeVar("T")
_CREATE = "responses.create"


def _create_op() -> OperationLike:
    return operations()[_CREATE]


def input_items(value: Any) -> list[dict[str, Any]]:
    """
    Return a request's `input` as a list of items: a string is one user message.

    Raises:
        InvalidConfigError: `input` is neither a string nor a list of item objects.
    """
    if value is None:
        return []
    if isinstance(value, str):
        return [{"role": "user", "content": value}]
    if isinstance(value, list) and all(isinstance(item, Mapping) for item in value):
        return [dict(item) for item in value]
    raise InvalidConfigError(
        f"Expected input to be a string or a list of input items, got {type(value).__name__}."
    )


def _with_input(
    spec: RequestSpec, items: list[dict[str, Any]] | None, fields: Mapping[str, Any] = {}
) -> RequestSpec:
    if items is None:
        return spec
    out = spec.copy()
    out.body["input"] = items
    out.body.update(fields)
    return out


def _stream_spec(spec: RequestSpec) -> RequestSpec:
    out = spec.copy()
    out.body["stream"] = True
    out.accept = "text/event-stream"
    return out


class _ParseBase(ReaskSettings, ResponsesCreateSetters, BuilderBase[Any], Generic[T]):
    __slots__ = ("_max_reasks", "_type", "_typed_tools")

    def __init__(self, client: Any, response_type: Any, **fields: Any) -> None:
        super().__init__(client, _create_op(), (), **fields)
        self._type = response_type
        self._init_reasks()
        self._typed_tools: list[Any] = []

    def tool(self, definition: ToolDefinition | Mapping[str, Any]) -> Self:
        """
        Add one tool: a `ToolDefinition` (sent as a Responses function tool) or a tool dict.
        A `ToolDefinition.from_type(U)` tool also makes the answer come from the first function
        call's arguments (built as `U`) when the model calls it.
        """
        from .._tools.definition import ToolDefinition

        tools = self._spec.body.setdefault("tools", [])
        if isinstance(definition, ToolDefinition):
            if definition.arguments_type is not None:
                self._typed_tools.append(definition)
            tools.append(definition.to_responses())
        else:
            tools.append(dict(definition))
        return self

    def _parse_spec(self) -> RequestSpec:
        from .._structured.schema import text_format_for

        spec = self._spec.copy()
        text = dict(spec.body.get("text") or {})
        text.setdefault("format", text_format_for(self._type))
        spec.body["text"] = text
        return spec

    def _registry(self) -> ToolRegistry | None:
        from .._tools.definition import ToolRegistry

        return ToolRegistry(self._typed_tools) if self._typed_tools else None

    def _reask_loop(self) -> tuple[ReaskLoop, RequestSpec]:
        from .._structured.reask import RESPONSES, ReaskLoop

        spec = self._parse_spec()
        items = input_items(spec.body.get("input"))
        loop = ReaskLoop(
            self._type, items, max_reasks=self._max_reasks, tools=self._registry(), shape=RESPONSES
        )
        return loop, spec

    def _streaming_spec(self) -> RequestSpec:
        if self._max_reasks:
            raise InvalidConfigError(
                "max_reasks() applies to send() only: send_streaming() cannot take back partial "
                "answers it has already yielded. Use send() to re-ask, or drop max_reasks()."
            )
        return _stream_spec(self._parse_spec())


class ResponsesParseBuilder(_ParseBase[T]):
    """Builder of `responses.parse(T)`: sends a strict json_schema text format, parses the answer."""

    _client: ClientLike

    __slots__ = ()

    def send(self) -> ParsedResponse[T]:
        """
        Send and return ParsedResponse (`.parsed` is a T, `.response` the Response), re-asking
        on an invalid answer as `max_reasks()` allows.

        Raises:
            RefusalError, LengthFinishReasonError, ContentFilterFinishReasonError: The model
                refused or the response is incomplete (never re-asked).
            ResponseValidationError: The (last) answer does not fit the type.
        """
        reask, spec = self._reask_loop()
        while True:
            response = self._client._send(_with_input(spec, reask.next_request_messages()))
            parsed: ParsedResponse[T] | None = reask.handle(response)
            if parsed is not None:
                return parsed

    def send_streaming(self) -> ParsedResponseStream[T]:
        """
        Open the answer as a stream: iterate it for partial answers (dicts), then call
        `final()` for the ParsedResponse.
        """
        from .._streaming.responses import ResponseStream
        from .._structured.streamed import ParsedResponseStream

        response = self._client._open_stream(self._streaming_spec())
        return ParsedResponseStream(ResponseStream(response), self._type, self._registry())


class AsyncResponsesParseBuilder(_ParseBase[T]):
    """Async twin of ResponsesParseBuilder."""

    _client: AsyncClientLike

    __slots__ = ()

    async def send(self) -> ParsedResponse[T]:
        """
        Send and return ParsedResponse (`.parsed` is a T, `.response` the Response), re-asking
        on an invalid answer as `max_reasks()` allows.

        Raises:
            RefusalError, LengthFinishReasonError, ContentFilterFinishReasonError: The model
                refused or the response is incomplete (never re-asked).
            ResponseValidationError: The (last) answer does not fit the type.
        """
        reask, spec = self._reask_loop()
        while True:
            response = await self._client._send(_with_input(spec, reask.next_request_messages()))
            parsed: ParsedResponse[T] | None = reask.handle(response)
            if parsed is not None:
                return parsed

    async def send_streaming(self) -> AsyncParsedResponseStream[T]:
        """
        Open the answer as a stream: `async for` over it for partial answers (dicts), then
        `await final()` for the ParsedResponse.
        """
        from .._streaming.responses import AsyncResponseStream
        from .._structured.streamed import AsyncParsedResponseStream

        response = await self._client._open_stream(self._streaming_spec())
        return AsyncParsedResponseStream(
            AsyncResponseStream(response), self._type, self._registry()
        )


class _RunToolsBase(ToolRoundSettings, ResponsesCreateSetters, BuilderBase[Any]):
    __slots__ = ("_max_rounds", "_raise_on_tool_error", "_registered")

    def __init__(self, client: Any, **fields: Any) -> None:
        super().__init__(client, _create_op(), (), **fields)
        self._init_tool_rounds()

    def _loop(self) -> tuple[ToolLoop, Callable[[list[dict[str, Any]]], RequestSpec]]:
        """The loop, and what builds each round's request from the items it sends."""
        from .._tools.definition import ToolRegistry
        from .._tools.loop import ResponsesShape, ToolLoop

        registry = ToolRegistry(self._registered)
        spec = self._spec.copy()
        spec.check_required()
        spec.body["tools"] = [*spec.body.get("tools", []), *registry.to_responses()]
        loop = ToolLoop(
            input_items(spec.body.get("input")),
            registry,
            max_rounds=self._max_rounds,
            raise_on_tool_error=self._raise_on_tool_error,
            shape=ResponsesShape(stored=spec.body.get("store") is not False),
        )

        def request(items: list[dict[str, Any]]) -> RequestSpec:
            return _with_input(spec, items, loop.next_request_fields())

        return loop, request


class ResponsesRunToolsBuilder(_RunToolsBase):
    """Builder of `responses.run_tools()`: calls tools until the model answers."""

    _client: ClientLike

    __slots__ = ()

    def into_runner(self) -> ResponsesToolRunner:
        """Return a ResponsesToolRunner; its accessors (final_output_text(), ...) run the loop."""
        from .._tools.responses_runners import ResponsesToolRunner

        loop, request = self._loop()
        client = self._client
        return ResponsesToolRunner(lambda items: client._send(request(items)), loop)

    def into_streaming_runner(self) -> ResponsesStreamingToolRunner:
        """
        Return a ResponsesStreamingToolRunner: each round is streamed; iterate `events()` for
        the rounds' Responses events plus `round.start`, `round.done` and `tool_call.result`.
        Nothing is sent until it is iterated (or an accessor is called).
        """
        from .._streaming.responses import ResponseStream
        from .._tools.responses_runners import ResponsesStreamingToolRunner

        loop, request = self._loop()
        client = self._client

        def open_stream(items: list[dict[str, Any]]) -> Any:
            return ResponseStream(client._open_stream(_stream_spec(request(items))))

        return ResponsesStreamingToolRunner(open_stream, loop)

    def send(self) -> Any:
        """Run the loop and return the final Response."""
        return self.into_runner().run()

    def send_streaming(self) -> ResponsesStreamingToolRunner:
        """Send the first round now (its errors raise here); return the streaming runner."""
        return self.into_streaming_runner().start()


class AsyncResponsesRunToolsBuilder(_RunToolsBase):
    """Async twin of ResponsesRunToolsBuilder (a round's tools run concurrently)."""

    _client: AsyncClientLike

    __slots__ = ()

    def into_runner(self) -> AsyncResponsesToolRunner:
        """Return an AsyncResponsesToolRunner; await its accessors to run the loop."""
        from .._tools.responses_runners import AsyncResponsesToolRunner

        loop, request = self._loop()
        client = self._client

        async def send(items: list[dict[str, Any]]) -> Any:
            return await client._send(request(items))

        return AsyncResponsesToolRunner(send, loop)

    def into_streaming_runner(self) -> AsyncResponsesStreamingToolRunner:
        """
        Return an AsyncResponsesStreamingToolRunner: `async for` over `events()`; nothing is
        sent until it is iterated (or an accessor is awaited).
        """
        from .._streaming.responses import AsyncResponseStream
        from .._tools.responses_runners import AsyncResponsesStreamingToolRunner

        loop, request = self._loop()
        client = self._client

        async def open_stream(items: list[dict[str, Any]]) -> Any:
            return AsyncResponseStream(await client._open_stream(_stream_spec(request(items))))

        return AsyncResponsesStreamingToolRunner(open_stream, loop)

    async def send(self) -> Any:
        """Run the loop and return the final Response."""
        return await self.into_runner().run()

    async def send_streaming(self) -> AsyncResponsesStreamingToolRunner:
        """Send the first round now (its errors raise here); return the streaming runner."""
        return await self.into_streaming_runner().start()
