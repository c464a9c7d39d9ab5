"""Tests of the assistants run stream (openai_core/_assistant_stream.py)."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import httpx
import pytest

from openai_core._exceptions import APIError, InternalServerError, StreamError
from openai_core._streaming.assistants import (
    AssistantStream,
    AssistantStreamEvent,
    AssistantStreamState,
    AsyncAssistantStream,
    merge_delta,
)

FIXTURES = Path(__file__).parent.parent / "fixtures"
TEXT = "The answer is 42 ✓."


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


def named(*events) -> bytes:
    return b"".join(f"event: {n}\ndata: {json.dumps(d)}\n\n".encode() for n, d in events)


def open_stream(mode, raw: bytes, **options):
    body = Chunks([raw[i : i + 50] for i in range(0, len(raw), 50)])
    cls = AssistantStream if mode == "sync" else AsyncAssistantStream
    return cls(httpx.Response(200, stream=body), **options), body


async def call(stream, name):
    result = getattr(stream, name)()
    return await result if inspect.isawaitable(result) else result


async def collect(stream):
    if isinstance(stream, AssistantStream):
        return list(stream)
    return [event async for event in stream]


def test_twins_have_the_same_public_methods():
    def names(cls):
        return {n for n, m in inspect.getmembers(cls) if callable(m) and not n.startswith("_")}

    assert names(AssistantStream) == names(AsyncAssistantStream)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_events_and_the_merged_snapshot(mode):
    stream, body = open_stream(mode, (FIXTURES / "assistant_run.sse").read_bytes())

    events = await collect(stream)

    assert events[0].type == "thread.run.created" and events[-1].type == "thread.run.completed"
    assert sum(e.type == "thread.message.delta" for e in events) == 6
    snapshot = stream.snapshot()
    assert snapshot["run"]["status"] == "completed"
    assert snapshot["messages"][0]["content"][0]["text"]["value"] == TEXT
    assert snapshot["run_steps"][0]["status"] == "completed" and body.closed


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_text_deltas(mode):
    stream, _ = open_stream(mode, (FIXTURES / "assistant_run.sse").read_bytes())

    if mode == "sync":
        pieces = list(stream.text_deltas())
    else:
        pieces = [p async for p in stream.text_deltas()]

    assert "".join(pieces) == TEXT


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_final_run_and_messages_are_generated_models(mode):
    from openai_core._generated.models.message_object import MessageObject
    from openai_core._generated.models.run_object import RunObject

    stream, _ = open_stream(mode, (FIXTURES / "assistant_run.sse").read_bytes())

    run = await call(stream, "final_run")
    messages = await call(stream, "final_messages")

    assert isinstance(run, RunObject) and run.id == "run_abc"
    assert isinstance(messages[0], MessageObject) and messages[0].id == "msg_1"


def test_messages_merge_deltas_before_completion():
    raw = (FIXTURES / "assistant_run.sse").read_bytes()
    blocks = raw.split(b"\n\n")
    state = AssistantStreamState()

    state.feed(b"\n\n".join(blocks[:10]) + b"\n\n")  # through the third message delta

    assert state.messages()[0]["content"] == [
        {"type": "text", "text": {"value": "The answer is", "annotations": []}}
    ]
    assert not state.is_complete


def test_run_step_tool_call_deltas_merge_by_index():
    step = {"id": "step_1", "object": "thread.run.step", "type": "tool_calls", "step_details": {}}

    def delta(**call):
        details = {"type": "tool_calls", "tool_calls": [{"index": 0, **call}]}
        return {
            "id": "step_1",
            "object": "thread.run.step.delta",
            "delta": {"step_details": details},
        }

    state = AssistantStreamState()
    state.feed(
        named(
            ("thread.run.step.created", step),
            (
                "thread.run.step.delta",
                delta(id="call_1", type="function", function={"name": "f", "arguments": ""}),
            ),
            (
                "thread.run.step.delta",
                delta(type="function", function={"name": "f", "arguments": '{"a"'}),
            ),
            ("thread.run.step.delta", delta(function={"arguments": ": 1}"})),
        )
    )

    calls = state.run_steps()[0]["step_details"]["tool_calls"]
    assert calls == [
        {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": '{"a": 1}'}}
    ]


def test_merge_delta_keeps_first_ids_and_appends_unindexed_items():
    target = {"id": "a", "items": [1]}

    merge_delta(target, {"id": "b", "status": "x", "items": [2], "output": "o"})
    merge_delta(target, {"status": "y", "output": "k"})

    assert target["id"] == "a" and target["status"] == "y" and target["items"] == [1, 2]
    assert target["output"].text() == "ok"


def test_requires_action_ends_the_run_without_done():
    run = {"id": "run_1", "status": "requires_action"}
    state = AssistantStreamState()

    state.feed(named(("thread.run.requires_action", run)))
    state.end()

    assert state.is_complete and state.run() == run


def test_error_event_raises_api_error():
    raw = b'event: error\ndata: {"message": "Server had an error", "type": "server_error"}\n\n'

    with pytest.raises(InternalServerError, match="Server had an error"):
        AssistantStreamState().feed(raw)


def test_failed_run_raises_api_error_with_its_last_error():
    run = {
        "id": "run_1",
        "status": "failed",
        "last_error": {"code": "rate_limit_exceeded", "message": "quota"},
    }

    with pytest.raises(APIError, match="quota") as caught:
        AssistantStreamState().feed(named(("thread.run.failed", run)))

    assert caught.value.code == "rate_limit_exceeded"


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_truncated_stream_raises_stream_error(mode):
    raw = (FIXTURES / "assistant_run.sse").read_bytes()
    cut = raw.index(b"event: thread.message.completed")
    stream, body = open_stream(mode, raw[:cut])

    with pytest.raises(StreamError, match="ended before completion"):
        await collect(stream)

    assert body.closed
    with pytest.raises(StreamError, match="closed before it completed"):
        await call(stream, "final_run")


def test_non_json_data_raises_stream_error():
    with pytest.raises(StreamError, match="oops"):
        AssistantStreamState().feed(b"event: thread.run.created\ndata: oops\n\n")


def test_event_repr_and_equality():
    event = AssistantStreamEvent("thread.created", {"id": "t"})

    assert event == AssistantStreamEvent("thread.created", {"id": "t"})
    assert event != AssistantStreamEvent("thread.created", {"id": "u"})
    assert repr(event) == "AssistantStreamEvent(type='thread.created', data={'id': 't'})"


def test_final_run_and_messages_follow_the_strictness_of_the_client_that_opened_the_stream():
    from openai_core._exceptions import ResponseValidationError
    from openai_core._model_build import mark_strict

    raw = (FIXTURES / "assistant_run.sse").read_bytes().replace(b'"thread.run"', b'"run"')
    lenient, _ = open_stream("sync", raw)
    response = httpx.Response(200, stream=Chunks([raw]))
    mark_strict(response)
    strict = AssistantStream(response)

    assert lenient.final_run().object == "run"
    assert lenient.final_run().validation_issues()[0].path == "$.object"
    with pytest.raises(ResponseValidationError, match="Expected a RunObject"):
        strict.final_run()
    assert strict.final_messages()[0].id == "msg_1"  # the messages match the spec


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_the_official_sdks_names(mode):
    stream, body = open_stream(mode, (FIXTURES / "assistant_run.sse").read_bytes())

    same = await call(stream, "until_done")
    run = await call(stream, "get_final_run")
    messages = await call(stream, "get_final_messages")
    steps = await call(stream, "get_final_run_steps")

    assert same is stream and body.closed
    assert run == await call(stream, "final_run") and run.status == "completed"
    assert messages == await call(stream, "final_messages")
    assert steps == await call(stream, "final_run_steps")
