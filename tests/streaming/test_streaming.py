"""Tests of the chat stream shells (openai_core/_streaming.py) over real httpx.Response objects."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import httpx
import pytest

from openai_core._exceptions import (
    APITimeoutError,
    BadRequestError,
    RequestCancelledError,
    StreamError,
)
from openai_core._streaming.chat import (
    AsyncChatCompletionEventStream,
    AsyncChatCompletionStream,
    ChatCompletionEventStream,
    ChatCompletionStream,
)

FIXTURES = Path(__file__).parent.parent / "fixtures"
CONTENT = "Bonjour! Ça va? 你好 👋 How can I help?"
MODES = ["sync", "async"]
PAIRS = [
    (ChatCompletionStream, AsyncChatCompletionStream),
    (ChatCompletionEventStream, AsyncChatCompletionEventStream),
]


@pytest.fixture
def anyio_backend():
    return "asyncio"


def split(raw: bytes, size: int = 0) -> list[bytes]:
    """One chunk per SSE event (size 0), like a real server, or fixed-size pieces."""
    if size:
        return [raw[i : i + size] for i in range(0, len(raw), size)]
    return [piece + b"\n\n" for piece in raw.split(b"\n\n") if piece]


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that yields the given chunks, then optionally raises."""

    def __init__(self, chunks, error: BaseException | None = None) -> None:
        self.chunks = list(chunks)
        self.error = error
        self.closed = False
        self.served = 0

    def __iter__(self):
        for chunk in self.chunks:
            self.served += 1
            yield chunk
        if self.error is not None:
            raise self.error

    async def __aiter__(self):
        for chunk in self.__iter__():
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


class Driver:
    """Runs one test body against the sync or the async shell, awaiting where needed."""

    def __init__(self, mode, events: bool, body: Chunks, **options) -> None:
        pair = PAIRS[1] if events else PAIRS[0]
        cls = pair[0] if mode == "sync" else pair[1]
        self.mode = mode
        self.body = body
        self.closed_calls: list[int] = []
        options.setdefault("chunk_factory", lambda d: d)
        options.setdefault("completion_factory", lambda d: d)
        options.setdefault("on_close", lambda: self.closed_calls.append(1))
        request = httpx.Request("POST", "http://127.0.0.1/v1/chat/completions")
        response = httpx.Response(200, stream=body, request=request)
        self.stream = cls(response, **options)

    async def items(self, limit: int | None = None):
        out = []
        if self.mode == "sync":
            for item in self.stream:
                out.append(item)
                if limit is not None and len(out) >= limit:
                    break
        else:
            async for item in self.stream:
                out.append(item)
                if limit is not None and len(out) >= limit:
                    break
        return out

    async def text_deltas(self):
        if self.mode == "sync":
            return list(self.stream.text_deltas())
        return [text async for text in self.stream.text_deltas()]

    async def call(self, name: str):
        result = getattr(self.stream, name)()
        return await result if inspect.isawaitable(result) else result

    async def use_as_context_manager(self, limit: int):
        if self.mode == "sync":
            with self.stream as stream:
                return [item for _, item in zip(range(limit), stream, strict=False)]
        async with self.stream as stream:
            out = []
            async for item in stream:
                out.append(item)
                if len(out) >= limit:
                    break
            return out


def fixture_body(name: str, size: int = 0) -> Chunks:
    return Chunks(split((FIXTURES / name).read_bytes(), size))


# -- parity ---------------------------------------------------------------------------------------


def public_methods(cls):
    return {
        name: [p for p in inspect.signature(member).parameters if p != "self"]
        for name, member in inspect.getmembers(cls)
        if callable(member) and not name.startswith("_")
    }


@pytest.mark.parametrize(("sync_cls", "async_cls"), PAIRS, ids=lambda c: c.__name__)
def test_sync_and_async_twins_have_the_same_public_methods(sync_cls, async_cls):
    assert public_methods(sync_cls) == public_methods(async_cls)
    assert {"close", "final_completion", "snapshot", "text_deltas"} <= set(public_methods(sync_cls))


# -- typed chunk streams --------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("size", [0, 7], ids=["event-chunks", "7-byte-chunks"])
async def test_chunk_stream_yields_every_chunk_then_the_final_completion(mode, size):
    driver = Driver(mode, False, fixture_body("chat_content.sse", size))

    chunks = await driver.items()
    final = await driver.call("final_completion")

    assert len(chunks) == 15 and chunks[1]["choices"][0]["delta"]["content"] == "Bonjour"
    assert final["choices"][0]["message"]["content"] == CONTENT
    assert final["usage"]["total_tokens"] == 31
    assert driver.body.closed and driver.closed_calls == [1]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_chunk_factory_is_applied_to_each_chunk(mode):
    driver = Driver(mode, False, fixture_body("chat_n2.sse"), chunk_factory=lambda d: d["id"])

    assert set(await driver.items()) == {"chatcmpl-AbC123"}


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("events", [False, True], ids=["chunks", "events"])
async def test_text_deltas_give_the_content_pieces(mode, events):
    driver = Driver(mode, events, fixture_body("chat_content.sse"))

    assert "".join(await driver.text_deltas()) == CONTENT


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("events", [False, True], ids=["chunks", "events"])
async def test_final_completion_after_partial_iteration_reads_the_rest(mode, events):
    driver = Driver(mode, events, fixture_body("chat_tool_calls.sse"))

    await driver.items(limit=3)
    final = await driver.call("final_completion")

    calls = final["choices"][0]["message"]["tool_calls"]
    assert [c["id"] for c in calls] == ["call_Par1s", "call_T0ky0"]
    assert driver.stream.snapshot() == final


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("events", [False, True], ids=["chunks", "events"])
async def test_close_early_releases_the_response_once(mode, events):
    driver = Driver(mode, events, fixture_body("chat_content.sse"))

    first = await driver.use_as_context_manager(limit=2)
    await driver.call("close")

    assert len(first) == 2 and driver.body.closed and driver.closed_calls == [1]
    assert driver.body.served < len(driver.body.chunks)
    assert await driver.items() == []
    with pytest.raises(StreamError, match="closed before it completed"):
        await driver.call("final_completion")
    assert driver.stream.snapshot()["choices"][0]["message"]["content"] == "Bonjour"


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_done_ends_the_stream_without_reading_further(mode):
    raw = split((FIXTURES / "chat_content.sse").read_bytes())
    body = Chunks([*raw, b"data: never read\n\n"], error=AssertionError("read past [DONE]"))
    driver = Driver(mode, False, body)

    chunks = await driver.items()

    assert len(chunks) == 15 and body.served == len(raw) and body.closed


# -- event streams --------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_event_stream_yields_chunk_and_derived_events(mode):
    driver = Driver(mode, True, fixture_body("chat_tool_calls.sse", 5))

    events = await driver.items()

    kinds = [e.type for e in events if e.type != "chunk"]
    assert kinds.count("tool_calls.function.arguments.done") == 2
    done = [e for e in events if e.type == "tool_calls.function.arguments.done"]
    assert [e.parsed_arguments["city"] for e in done] == ["Paris", "Tōkyō"]
    assert sum(e.type == "chunk" for e in events) == 10


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_event_stream_emits_done_events_at_the_end_of_a_stream_without_done(mode):
    body = Chunks(
        [b'data: {"choices": [{"index": 0, "delta": {"content": "Hi"}}]}\n\n', b"data: [DONE]\n\n"]
    )
    driver = Driver(mode, True, body)

    events = await driver.items()

    assert [e.type for e in events] == ["chunk", "content.delta", "content.done"]


# -- failures -------------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("events", [False, True], ids=["chunks", "events"])
async def test_truncated_stream_raises_stream_error_and_releases(mode, events):
    raw = split((FIXTURES / "chat_content.sse").read_bytes())
    driver = Driver(mode, events, Chunks(raw[:5]))

    with pytest.raises(StreamError, match="ended before completion"):
        await driver.items()

    assert driver.body.closed and driver.closed_calls == [1]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_error_event_mid_stream_raises_api_error(mode):
    error = {"error": {"message": "bad", "type": "invalid_request_error", "code": None}}
    body = Chunks(
        [b'data: {"choices": []}\n\n', f"event: error\ndata: {json.dumps(error)}\n\n".encode()]
    )
    driver = Driver(mode, False, body)

    with pytest.raises(BadRequestError, match="bad"):
        await driver.items()


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("error", "expected", "match"),
    [
        (httpx.ReadTimeout("timed out"), APITimeoutError, "timed out"),
        (httpx.RemoteProtocolError("peer closed"), StreamError, "Connection lost mid-stream"),
        (httpx.ReadError("reset"), StreamError, "Connection lost mid-stream"),
        (RequestCancelledError(), RequestCancelledError, "cancelled"),
    ],
    ids=["timeout", "protocol", "read", "cancelled"],
)
async def test_transport_errors_are_translated_at_the_boundary(mode, error, expected, match):
    raw = split((FIXTURES / "chat_content.sse").read_bytes())
    driver = Driver(mode, False, Chunks(raw[:3], error=error))

    with pytest.raises(expected, match=match) as caught:
        await driver.items()

    assert not isinstance(caught.value, httpx.HTTPError)
    assert driver.body.closed


def test_request_id_from_the_response_reaches_stream_errors():
    request = httpx.Request("POST", "http://127.0.0.1/v1/chat/completions")
    body = Chunks([b'data: {"error": {"message": "boom", "code": 500}}\n\n'])
    response = httpx.Response(200, stream=body, request=request, headers={"x-request-id": "req_9"})
    stream = ChatCompletionStream(response, chunk_factory=lambda d: d)

    with pytest.raises(Exception) as caught:
        list(stream)

    assert caught.value.request_id == "req_9" and caught.value.status_code == 500


def test_response_without_a_request_is_accepted():
    response = httpx.Response(200, stream=fixture_body("chat_refusal.sse"))

    with ChatCompletionStream(response, chunk_factory=lambda d: d) as stream:
        chunks = list(stream)

    assert len(chunks) == 11 and stream.snapshot()["choices"][0]["message"]["refusal"]


# -- with the generated models --------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_final_completion_is_a_generated_chat_completion_by_default(mode):
    from openai_core._generated.models.chat_completion import ChatCompletion

    driver = Driver(mode, False, fixture_body("chat_tool_calls.sse"), completion_factory=None)

    final = await driver.call("final_completion")

    assert isinstance(final, ChatCompletion)
    assert final.choices[0].finish_reason == "tool_calls"
    assert [c.function.name for c in final.choices[0].message.tool_calls] == ["get_weather"] * 2
    assert final.to_dict() == driver.stream.snapshot()


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_chunks_are_generated_chat_completion_chunks_by_default(mode):
    from openai_core._generated.models.chat_completion_chunk import ChatCompletionChunk

    driver = Driver(mode, False, fixture_body("chat_content.sse"), chunk_factory=None)

    chunks = await driver.items()

    assert all(isinstance(c, ChatCompletionChunk) for c in chunks)
    assert chunks[1].choices[0].delta.content == "Bonjour"


def test_a_chunk_off_the_spec_is_read_leniently_by_default():
    body = Chunks([b'data: {"id": "x", "choices": [{"index": 0}]}\n\n', b"data: [DONE]\n\n"])
    stream = ChatCompletionStream(httpx.Response(200, stream=body))

    (chunk,) = list(stream)

    assert chunk.id == "x"
    assert chunk.created is None
    assert chunk.choices[0].delta is None
    assert [(i.path, i.got) for i in chunk.validation_issues()] == [
        ("$.choices[0].delta", "missing"),
        ("$.created", "missing"),
        ("$.model", "missing"),
    ]


def test_a_chunk_off_the_spec_raises_response_validation_error_in_strict_mode():
    from openai_core._exceptions import ResponseValidationError
    from openai_core._model_build import mark_strict

    body = Chunks([b'data: {"id": "x", "choices": [{"index": 0}]}\n\n', b"data: [DONE]\n\n"])
    response = httpx.Response(200, stream=body)
    mark_strict(response)  # what a Client(strict_response_validation=True) does
    stream = ChatCompletionStream(response)

    with pytest.raises(ResponseValidationError, match="Expected a ChatCompletionChunk") as caught:
        list(stream)

    assert caught.value.value == {"id": "x", "choices": [{"index": 0}]}
    assert caught.value.path == "$.choices[0].delta"
