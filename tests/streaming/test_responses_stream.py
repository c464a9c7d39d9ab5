"""Tests of the Responses API stream (openai_core/_responses_stream.py)."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import httpx
import pytest

from openai_core._exceptions import (
    APIError,
    RateLimitError,
    StreamError,
)
from openai_core._streaming.responses import (
    AsyncResponseStream,
    ResponseStream,
    ResponseStreamState,
)

FIXTURES = Path(__file__).parent.parent / "fixtures"
TEXT = "Paris is the capital of France."


@pytest.fixture
def anyio_backend():
    return "asyncio"


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, chunks) -> None:
        self.chunks = list(chunks)
        self.closed = False

    def __iter__(self):
        yield from self.chunks

    async def __aiter__(self):
        for chunk in self.chunks:
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def events_body(*events) -> bytes:
    return b"".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n".encode() for e in events)


def fixture_events():
    raw = (FIXTURES / "responses_text.sse").read_bytes()
    return [json.loads(block.split(b"data: ", 1)[1]) for block in raw.split(b"\n\n") if block]


def open_stream(mode, raw: bytes, **options):
    body = Chunks([raw[i : i + 64] for i in range(0, len(raw), 64)])
    cls = ResponseStream if mode == "sync" else AsyncResponseStream
    return cls(httpx.Response(200, stream=body), **options), body


async def collect(stream):
    if isinstance(stream, ResponseStream):
        return list(stream)
    return [event async for event in stream]


async def final(stream):
    result = stream.final_response()
    return await result if inspect.isawaitable(result) else result


def test_twins_have_the_same_public_methods():
    def names(cls):
        return {n for n, m in inspect.getmembers(cls) if callable(m) and not n.startswith("_")}

    assert names(ResponseStream) == names(AsyncResponseStream)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_events_then_final_response(mode):
    stream, body = open_stream(
        mode, (FIXTURES / "responses_text.sse").read_bytes(), response_factory=lambda d: d
    )

    events = await collect(stream)
    result = await final(stream)

    assert [e["type"] for e in events] == [e["type"] for e in fixture_events()]
    assert result == fixture_events()[-1]["response"]
    assert result["output"][0]["content"][0]["text"] == TEXT and body.closed


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_text_deltas(mode):
    stream, _ = open_stream(mode, (FIXTURES / "responses_text.sse").read_bytes())

    if mode == "sync":
        pieces = list(stream.text_deltas())
    else:
        pieces = [p async for p in stream.text_deltas()]

    assert "".join(pieces) == TEXT


def test_snapshot_accumulates_text_before_the_done_events():
    state = ResponseStreamState()
    events = fixture_events()

    for event in events[:8]:  # created ... the fourth text delta
        state.fold(event)

    snapshot = state.snapshot()
    assert snapshot["output"][0]["content"][0]["text"] == "Paris is the capital"
    assert snapshot["status"] == "in_progress" and not state.is_complete


def test_function_call_arguments_accumulate():
    item = {
        "id": "fc_1",
        "type": "function_call",
        "call_id": "call_1",
        "name": "f",
        "arguments": "",
    }
    state = ResponseStreamState()
    state.fold({"type": "response.created", "response": {"id": "r", "output": []}})
    state.fold({"type": "response.output_item.added", "output_index": 0, "item": item})
    for piece in ['{"a"', ": 1}"]:
        state.fold(
            {"type": "response.function_call_arguments.delta", "output_index": 0, "delta": piece}
        )

    assert state.snapshot()["output"][0]["arguments"] == '{"a": 1}'
    state.fold(
        {
            "type": "response.function_call_arguments.done",
            "output_index": 0,
            "arguments": '{"a": 1}',
        }
    )
    assert state.snapshot()["output"][0] == {**item, "arguments": '{"a": 1}'}


def test_error_event_raises_api_error():
    raw = events_body(
        {"type": "error", "code": "rate_limit_exceeded", "message": "slow down", "param": None}
    )

    with pytest.raises(RateLimitError, match="slow down"):
        ResponseStreamState().feed(raw)


def test_response_failed_raises_api_error():
    failed = {
        "type": "response.failed",
        "response": {
            "id": "r",
            "status": "failed",
            "error": {"code": "server_error", "message": "The model crashed."},
        },
    }

    with pytest.raises(APIError, match="The model crashed") as caught:
        ResponseStreamState().feed(events_body(failed))

    assert caught.value.code == "server_error"


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_stream_ending_before_completed_raises(mode):
    raw = events_body(*fixture_events()[:-1])
    stream, body = open_stream(mode, raw)

    with pytest.raises(StreamError, match="ended before completion"):
        await collect(stream)

    assert body.closed
    with pytest.raises(StreamError, match="closed before it completed"):
        await final(stream)


def test_incomplete_response_is_a_result_not_an_error():
    response = {
        "id": "r",
        "status": "incomplete",
        "incomplete_details": {"reason": "max_output_tokens"},
    }
    state = ResponseStreamState()

    state.feed(events_body({"type": "response.incomplete", "response": response}))
    state.end()

    assert state.is_complete and state.snapshot() == response


def test_final_response_is_the_generated_response_by_default():
    from openai_core._generated.models.response import Response

    stream, _ = open_stream("sync", (FIXTURES / "responses_text.sse").read_bytes())

    result = stream.final_response()

    assert isinstance(result, Response) and result.id == "resp_67ab"


def test_the_final_response_follows_the_strictness_of_the_client_that_opened_the_stream():
    from openai_core._exceptions import ResponseValidationError
    from openai_core._model_build import mark_strict

    events = fixture_events()
    events[-1]["response"]["object"] = "not-a-response"  # what a compatible server might send
    raw = events_body(*events)
    lenient, _ = open_stream("sync", raw)
    body = Chunks([raw])
    response = httpx.Response(200, stream=body)
    mark_strict(response)
    strict = ResponseStream(response)

    assert lenient.final_response().object == "not-a-response"
    with pytest.raises(ResponseValidationError, match="a Response at the end of the stream") as e:
        strict.final_response()
    assert e.value.path == "$.object"
