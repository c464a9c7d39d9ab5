"""
Streams that break: garbage SSE lines, bodies that close without [DONE], error events, resets and
stalls mid-stream, non-UTF-8 and non-JSON data. A broken stream raises a typed error and never
yields a final completion that looks whole.
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from openai_core import (
    APIError,
    APITimeoutError,
    InternalServerError,
    OpenAICoreError,
    StreamError,
)
from openai_core._streaming.chat_state import ChatStreamState

from ._support import (
    DONE,
    chat,
    chat_stream_text,
    chunk,
    close,
    collect,
    content_of,
    is_sdk_error,
    make_client,
    recording_policy,
    resolve,
    sse_answer,
)
from .test_properties import feed_all

pytestmark = pytest.mark.anyio

WORDS = ["Hello", " there", ", ", "wörld", " 🌍"]
TEXT = "".join(WORDS)


async def open_stream(client: Any, events: bool = False) -> Any:
    builder = client.chat.completions.stream().model("m").message_user("hi")
    return await resolve(builder.send_events() if events else builder.send())


async def read_final(client: Any) -> Any:
    """Open a stream and ask for its final completion."""
    stream = await open_stream(client)
    try:
        return await resolve(stream.final_completion())
    finally:
        await resolve(stream.close())


async def test_garbage_lines_comments_and_unknown_fields_are_ignored(mode, provider, server):
    events = sse_answer(WORDS)
    noisy = [
        b": keep-alive comment\n\n",
        b"garbage-without-colon\n",
        b"unknown: field\nretry: not-a-number\nid: 7\n",
        events[0],
        b"event: ping\n\n",
        b"data:\n\n",
        b"data:    \n\n",
        *events[1:3],
        b":\r\n\r\n",
        events[3].replace(b"\n", b"\r\n"),
        *events[4:],
    ]
    provider.reply_stream(noisy)
    client = make_client(mode, server.base_url)

    assert await chat_stream_text(client) == TEXT
    await close(client)


async def test_events_split_at_every_byte_still_decode(mode, provider, server):
    body = b"".join(sse_answer(WORDS))
    provider.reply_stream([body[i : i + 1] for i in range(len(body))])
    client = make_client(mode, server.base_url)

    assert await chat_stream_text(client) == TEXT
    await close(client)


async def test_a_stream_with_a_finish_reason_but_no_done_completes(mode, provider, server):
    provider.reply_stream(sse_answer(WORDS, done=False))
    client = make_client(mode, server.base_url)

    final = await read_final(client)

    assert content_of(final) == TEXT
    await close(client)


@pytest.mark.parametrize("events", [False, True], ids=["chunks", "events"])
async def test_a_stream_that_closes_without_done_or_finish_raises(mode, provider, server, events):
    provider.reply_stream(sse_answer(WORDS, finish=False, done=False))
    client = make_client(mode, server.base_url)
    stream = await open_stream(client, events)

    with pytest.raises(StreamError, match="ended before completion"):
        await collect(stream)
    with pytest.raises(StreamError):
        await resolve(stream.final_completion())

    await close(client)


async def test_final_completion_of_a_cut_stream_is_never_returned(mode, provider, server):
    provider.reply_stream(sse_answer(WORDS, finish=False, done=False))
    client = make_client(mode, server.base_url)

    with pytest.raises(StreamError):
        await read_final(client)

    await close(client)


async def test_an_empty_event_stream_raises(mode, provider, server):
    provider.reply_stream([])
    client = make_client(mode, server.base_url)

    with pytest.raises(StreamError):
        await read_final(client)

    await close(client)


async def test_a_json_answer_to_a_stream_request_raises(mode, provider, server):
    provider.reply_json({"id": "c1", "object": "chat.completion", "choices": []})
    client = make_client(mode, server.base_url)

    with pytest.raises(StreamError):
        await read_final(client)

    await close(client)


@pytest.mark.parametrize(
    "bad",
    [b"data: not json\n\n", b"data: \xff\xfe{}\n\n", b"data: [1, 2]\n\n", b'data: "text"\n\n'],
    ids=["not-json", "non-utf8", "list", "string"],
)
async def test_undecodable_data_raises_stream_error(mode, provider, server, bad):
    events = sse_answer(WORDS)
    provider.reply_stream([*events[:2], bad, *events[2:]])
    client = make_client(mode, server.base_url)

    with pytest.raises(StreamError):
        await chat_stream_text(client)

    assert content_of(await chat(client, "next")) == "You said: next"
    await close(client)


@pytest.mark.parametrize(
    ("event", "cls"),
    [
        (b'event: error\ndata: {"error": {"message": "overloaded", "type": "server_error"}}\n\n',
         InternalServerError),
        (b'data: {"error": {"message": "boom", "type": "server_error", "code": null}}\n\n',
         InternalServerError),
        (b'event: error\ndata: {"message": "plain"}\n\n', APIError),
        (b"event: error\ndata: plain text\n\n", StreamError),
    ],
    ids=["error-event", "error-data", "bare-object", "non-json-error"],
)  # fmt: skip
async def test_an_error_in_the_stream_raises_a_typed_error(mode, provider, server, event, cls):
    events = sse_answer(WORDS)
    provider.reply_stream([*events[:2], event, *events[2:]])
    client = make_client(mode, server.base_url)

    with pytest.raises(cls) as info:
        await chat_stream_text(client)

    assert is_sdk_error(info.value)
    await close(client)


async def test_a_reset_mid_stream_raises_and_is_not_retried(mode, provider, server):
    provider.reply_stream(sse_answer(WORDS), reset_after_chunks=3)
    policy, delays = recording_policy()
    client = make_client(mode, server.base_url, retry_policy=policy)
    stream = await open_stream(client)
    received: list[Any] = []

    with pytest.raises(StreamError, match="mid-stream"):
        if hasattr(stream, "__aiter__"):
            async for item in stream:
                received.append(item)
        else:
            for item in stream:
                received.append(item)

    assert len(received) == 3
    assert len(provider.requests) == 1 and delays == []
    with pytest.raises(StreamError):
        await resolve(stream.final_completion())
    assert content_of(await chat(client, "next")) == "You said: next"
    await close(client)


@pytest.mark.parametrize("fault", ["reset_before_headers", "reset_after_headers"])
async def test_a_stream_reset_before_any_byte_is_retried(mode, provider, server, fault):
    provider.reply_stream(sse_answer(["lost"]), **{fault: True})
    provider.reply_stream(sse_answer(WORDS))
    policy, delays = recording_policy()
    client = make_client(mode, server.base_url, retry_policy=policy)

    if fault == "reset_after_headers":
        # The headers reached the client: the stream is handed over and then breaks.
        with pytest.raises(StreamError):
            await chat_stream_text(client)
        assert delays == []
    else:
        assert await chat_stream_text(client) == TEXT
        assert delays == [0.5]
    await close(client)


@pytest.mark.parametrize("fault", [{"stall_after_chunks": 2}, {"trickle": 0.05}])
async def test_a_stream_that_stalls_mid_body_times_out(mode, provider, server, fault):
    provider.reply_stream(sse_answer(WORDS * 5), **fault)
    policy, delays = recording_policy()
    client = make_client(mode, server.base_url, retry_policy=policy, timeout=0.4)
    started = time.monotonic()

    with pytest.raises(APITimeoutError):
        await chat_stream_text(client)

    assert time.monotonic() - started < 4.0
    assert len(provider.requests) == 1 and delays == []
    assert content_of(await chat(client, "next")) == "You said: next"
    await close(client)


async def test_an_oversized_event_is_decoded(mode, provider, server):
    big = "z" * (1024 * 1024)
    provider.reply_stream(
        [chunk(role="assistant", content=""), chunk(big), chunk(finish="stop"), DONE]
    )
    client = make_client(mode, server.base_url)

    assert await chat_stream_text(client) == big
    await close(client)


async def test_bytes_after_done_are_ignored(mode, provider, server):
    provider.reply_stream([*sse_answer(WORDS), b"data: garbage after done\n\n", b"\xff\xff"])
    client = make_client(mode, server.base_url)

    assert await chat_stream_text(client) == TEXT
    assert content_of(await chat(client, "next")) == "You said: next"
    await close(client)


async def test_closing_a_stream_early_releases_its_connection(mode, provider, server):
    provider.reply_stream(sse_answer(WORDS * 20), chunk_delay=0.01)
    client = make_client(mode, server.base_url)
    stream = await open_stream(client)

    if hasattr(stream, "__aiter__"):
        await stream.__anext__()
        await stream.close()
    else:
        next(iter(stream))
        stream.close()

    with pytest.raises(StreamError):
        await resolve(stream.final_completion())
    assert content_of(await chat(client, "next")) == "You said: next"
    await close(client)


MALFORMED_CHUNKS = [
    {"choices": [None]},
    {"choices": 5},
    {"choices": [{"delta": "x"}]},
    {"choices": [{"delta": {"content": 3}, "finish_reason": "stop"}]},
    {"choices": [{"delta": {"tool_calls": [None]}}]},
    {"choices": [{"delta": {"tool_calls": 5}}]},
    {"choices": [{"index": [1]}]},
    {"choices": [{"logprobs": 5}]},
]


@pytest.mark.parametrize("chunk", MALFORMED_CHUNKS, ids=lambda c: json.dumps(c))
@pytest.mark.parametrize("events", [False, True], ids=["chunks", "events"])
def test_a_malformed_chunk_raises_stream_error_not_a_crash(chunk, events):
    state: ChatStreamState[Any] = ChatStreamState(dict)
    body = b"data: " + json.dumps(chunk).encode() + b"\n\ndata: [DONE]\n\n"

    try:
        feed_all(state, [body], events)
        state.snapshot()
    except OpenAICoreError:
        pass


async def test_a_malformed_chunk_from_the_server_raises_an_sdk_error(mode, provider, server):
    provider.reply_stream([b'data: {"choices": [null]}\n\n', b"data: [DONE]\n\n"])
    client = make_client(mode, server.base_url)

    with pytest.raises(OpenAICoreError):
        await chat_stream_text(client)

    await close(client)


@pytest.mark.parametrize("events", [False, True], ids=["chunks", "events"])
def test_a_chunk_with_a_non_integer_index_leaves_a_readable_snapshot(events):
    state: ChatStreamState[Any] = ChatStreamState(dict)
    good = {"choices": [{"index": 0, "delta": {"content": "a"}}]}
    bad = {"choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0}, {"index": "b"}]}}]}
    body = b"".join(b"data: " + json.dumps(c).encode() + b"\n\n" for c in (good, bad))

    with pytest.raises(StreamError):
        feed_all(state, [body], events)

    assert state.snapshot()["choices"][0]["message"]["content"] == "a"
