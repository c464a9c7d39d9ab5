"""
How the stream shells pace their work: a large network read is parsed a piece at a time (a
reader that stops early holds little), and an async stream on buffered bytes lets other tasks run.
"""

from __future__ import annotations

import json

import anyio
import httpx
import pytest

from openai_core._streaming import shell
from openai_core._streaming.chat import AsyncChatCompletionStream, ChatCompletionStream
from openai_core._streaming.shell import PIECE_SIZE, pieces

CHUNKS = 2000


def one_big_read() -> bytes:
    """A chat stream of CHUNKS content chunks, [DONE] included, as a single network read."""
    events = []
    for i in range(CHUNKS):
        chunk = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m",
                 "choices": [{"index": 0, "delta": {"content": f"w{i} "}, "finish_reason": None}]}  # fmt: skip
        events.append(b"data: " + json.dumps(chunk).encode() + b"\n\n")
    last = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m",
            "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}  # fmt: skip
    events.append(b"data: " + json.dumps(last).encode() + b"\n\ndata: [DONE]\n\n")
    return b"".join(events)


class OneRead(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, raw: bytes) -> None:
        self.raw = raw

    def __iter__(self):
        yield self.raw

    async def __aiter__(self):
        yield self.raw  # no await: the bytes were already buffered

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


def make(cls, raw: bytes):
    request = httpx.Request("POST", "http://127.0.0.1/v1/chat/completions")
    response = httpx.Response(200, stream=OneRead(raw), request=request)
    stream = cls(response, chunk_factory=lambda d: d, completion_factory=lambda d: d)
    fed: list[int] = []
    feed = stream._reader.feed

    def counting_feed(piece: bytes):
        fed.append(len(piece))
        return feed(piece)

    stream._reader.feed = counting_feed
    return stream, fed


def test_pieces_cut_after_blank_lines_and_lose_nothing():
    raw = one_big_read()
    parts = list(pieces(raw))
    assert b"".join(parts) == raw
    assert len(parts) > len(raw) // (4 * PIECE_SIZE)
    assert all(p.endswith(b"\n\n") and len(p) >= PIECE_SIZE for p in parts[:-1])
    small = raw[:100]
    assert list(pieces(small)) == [small]
    no_blank_line = b"data: x\r\n\r\n" * 5000  # CRLF events: no cut, one piece as it came
    assert list(pieces(no_blank_line)) == [no_blank_line]


def test_a_reader_that_stops_early_has_parsed_one_piece_of_a_large_read():
    raw = one_big_read()
    stream, fed = make(ChatCompletionStream, raw)

    first = next(iter(stream))

    assert first["choices"][0]["delta"]["content"] == "w0 "
    assert len(fed) == 1 and fed[0] < len(raw) // 10
    stream.close()


def test_pieces_keep_every_chunk_in_order():
    stream, fed = make(ChatCompletionStream, one_big_read())
    texts = [c["choices"][0]["delta"].get("content") for c in stream]
    assert texts[:CHUNKS] == [f"w{i} " for i in range(CHUNKS)]
    assert len(fed) > 1
    assert stream.final_completion()["choices"][0]["message"]["content"].startswith("w0 w1 ")


@pytest.mark.anyio
async def test_async_stream_on_buffered_bytes_lets_other_tasks_run(monkeypatch):
    now = [0.0]

    def clock() -> float:  # every look at the clock finds 4 ms more work done
        now[0] += 0.004
        return now[0]

    monkeypatch.setattr(shell, "_clock", clock)
    stream, fed = make(AsyncChatCompletionStream, one_big_read())
    ticks = 0
    done = False

    async def other_task() -> None:
        nonlocal ticks
        while not done:
            ticks += 1
            await anyio.sleep(0)

    async with anyio.create_task_group() as tg:
        tg.start_soon(other_task)
        await anyio.sleep(0)
        ticks = 0
        seen = 0
        async for _ in stream:
            seen += 1
        done = True

    assert seen >= CHUNKS
    # Without checkpoints the whole read is parsed with no await at all (0 ticks); with them the
    # other task runs about once per three pieces (each look at the clock costs 4 ms here).
    assert ticks >= len(fed) // 4 > 0


@pytest.mark.anyio
async def test_async_stream_checks_the_clock_not_every_item(monkeypatch):
    calls = [0]

    def clock() -> float:
        calls[0] += 1
        return 0.0

    monkeypatch.setattr(shell, "_clock", clock)
    stream, fed = make(AsyncChatCompletionStream, one_big_read())
    async for _ in stream:
        pass
    assert calls[0] <= 2 * len(fed) + 4
