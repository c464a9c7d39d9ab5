"""Responses API and assistants-run streams reached through the client, sync and async."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import close, make_client, resolve

from openai_core import APIError

pytestmark = pytest.mark.anyio
FIXTURES = Path(__file__).parent.parent / "fixtures"


def pieces(name: str) -> list[bytes]:
    body = (FIXTURES / name).read_bytes()
    return [event + b"\n\n" for event in body.split(b"\n\n") if event.strip()]


async def collect(stream):
    if hasattr(stream, "__aiter__"):
        return [event async for event in stream]
    return list(stream)


async def test_responses_stream_builder_sends_stream_true_and_yields_events(mode, fake):
    fake.reply_stream(pieces("responses_text.sse"))
    client = make_client(mode, fake)

    stream = await resolve(client.responses.stream().model("gpt-4o-mini").input("Capital?").send())
    events = await collect(stream)
    final = await resolve(stream.final_response())

    assert fake.last_request.path == "/responses"
    assert fake.last_request.json["stream"] is True
    assert fake.last_request.headers["accept"] == "text/event-stream"
    assert events[0]["type"] == "response.created"
    assert events[-1]["type"] == "response.completed"
    assert final.id == "resp_67ab"
    await close(client)


async def test_responses_create_builder_has_send_events(mode, fake):
    fake.reply_stream(pieces("responses_text.sse"))
    client = make_client(mode, fake)

    stream = await resolve(client.responses.create(model="m", input="Capital?").send_events())
    text = (
        [t async for t in stream.text_deltas()] if mode == "async" else list(stream.text_deltas())
    )

    assert "".join(text) == "Paris is the capital of France."
    await close(client)


async def test_assistant_run_stream_from_the_runs_builder(mode, fake):
    fake.reply_stream(pieces("assistant_run.sse"))
    client = make_client(mode, fake)

    stream = await resolve(
        client.threads.runs.create("thread_1").assistant_id("asst_1").send_events()
    )
    events = await collect(stream)
    run = await resolve(stream.final_run())

    assert fake.last_request.path == "/threads/thread_1/runs"
    assert fake.last_request.json == {"assistant_id": "asst_1", "stream": True}
    assert events[0].type == "thread.run.created"
    assert run.id == "run_abc"
    await close(client)


async def test_an_error_status_raises_before_the_stream_opens(mode, fake):
    fake.reply_error(400, "bad input", code="invalid_request")
    client = make_client(mode, fake, max_retries=0)

    with pytest.raises(APIError) as info:
        await resolve(client.responses.stream(model="m", input="x").send())

    assert info.value.status_code == 400
    await close(client)
