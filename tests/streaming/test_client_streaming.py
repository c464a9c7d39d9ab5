"""stream(), parse(T) and run_tools() wired into the client, end to end on the fake provider."""

import attrs
import pytest
from conftest import close, make_client, no_sleep_policy, resolve

from openai_core import APIError, APITimeoutError, RateLimitError, StreamError, ToolError
from openai_core._tools.runners import tool


async def collect(stream):
    if hasattr(stream, "__aiter__"):
        return [item async for item in stream]
    return list(stream)


@pytest.mark.anyio
async def test_stream_yields_typed_chunks_and_the_final_completion(mode, fake):
    client = make_client(mode, fake)

    stream = await resolve(
        client.chat.completions.stream().model("m").message_user("Hi there").send()
    )
    chunks = await collect(stream)
    final = await resolve(stream.final_completion())

    request = fake.last_request
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "You said: Hi there"
    assert final.choices[0].message.content == "You said: Hi there"
    assert final.usage.total_tokens > 0
    assert request.json["stream"] is True
    assert request.json["stream_options"] == {"include_usage": True}
    assert request.headers["accept"] == "text/event-stream"
    await close(client)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", ["send", "send_events"])
async def test_the_official_sdks_names_read_the_stream(mode, fake, kind):
    # get_final_completion(), until_done() and current_completion_snapshot, as the official
    # SDK's stream helper names them.
    client = make_client(mode, fake)
    builder = client.chat.completions.stream().model("m").message_user("one two three")

    stream = await resolve(getattr(builder, kind)())
    if hasattr(stream, "__aiter__"):
        first = await anext(aiter(stream))
    else:
        first = next(iter(stream))
    partial = stream.current_completion_snapshot
    same = await resolve(stream.until_done())
    final = await resolve(stream.get_final_completion())

    assert first is not None and same is stream
    assert type(partial).__name__ == type(final).__name__ == "ChatCompletion"
    assert final.choices[0].message.content == "You said: one two three"
    assert final.choices[0].message.content.startswith(partial.choices[0].message.content or "")
    assert (
        stream.current_completion_snapshot.choices[0].message.content
        == final.choices[0].message.content
    )
    await close(client)


@pytest.mark.anyio
async def test_stream_keeps_the_callers_stream_options(mode, fake):
    client = make_client(mode, fake)
    builder = client.chat.completions.stream(model="m").message_user("x")

    stream = await resolve(builder.stream_options({"include_usage": False}).send())
    await collect(stream)

    assert fake.last_request.json["stream_options"] == {"include_usage": False}
    await close(client)


@pytest.mark.anyio
async def test_send_events_reports_content_deltas(mode, fake):
    client = make_client(mode, fake)

    events = await resolve(
        client.chat.completions.stream().model("m").message_user("a b").send_events()
    )
    types = [e.type for e in await collect(events)]

    assert "content.delta" in types and "content.done" in types and "chunk" in types
    await close(client)


@pytest.mark.anyio
async def test_stream_error_status_raises_before_streaming_after_retries(mode, fake):
    fake.reply_error(429, "slow").reply_error(400, "bad request")
    client = make_client(mode, fake, retry_policy=no_sleep_policy())

    with pytest.raises(APIError) as info:
        await resolve(client.chat.completions.stream().model("m").message_user("x").send())

    assert info.value.status_code == 400
    assert not isinstance(info.value, RateLimitError)
    assert len(fake.requests) == 2
    await close(client)


@pytest.mark.anyio
async def test_a_stream_is_not_retried_once_bytes_reached_the_caller(mode, fake, served):
    fake.reply_text("one two three four five six", reset_after_chunks=2)
    client = make_client(mode, base_url=served.base_url, retry_policy=no_sleep_policy())

    stream = await resolve(client.chat.completions.stream().model("m").message_user("x").send())
    with pytest.raises((StreamError, APIError)):
        await collect(stream)

    assert len(fake.requests) == 1
    await close(client)


@pytest.mark.anyio
async def test_a_stalled_stream_times_out(mode, fake, served):
    fake.reply_text("one two three four", stall_after_chunks=1)
    client = make_client(mode, base_url=served.base_url, max_retries=0)

    stream = await resolve(
        client.chat.completions.stream().model("m").message_user("x").timeout(0.4).send()
    )
    with pytest.raises((APITimeoutError, StreamError)):
        await collect(stream)

    await close(client)


@attrs.define
class Weather:
    city: str
    celsius: int


@pytest.mark.anyio
async def test_parse_sends_a_strict_schema_and_parses_the_answer(mode, fake):
    fake.reply_text('{"city": "Paris", "celsius": 21}')
    client = make_client(mode, fake)

    parsed = await resolve(
        client.chat.completions.parse(Weather).model("m").message_user("?").send()
    )

    response_format = fake.last_request.json["response_format"]
    assert parsed.parsed == Weather("Paris", 21)
    assert parsed.response.choices[0].message.content.startswith("{")
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["strict"] is True
    await close(client)


@tool
def get_weather(city: str) -> dict:
    """Return the weather in a city."""
    return {"city": city, "celsius": 21}


@pytest.mark.anyio
async def test_run_tools_calls_the_tool_and_returns_the_final_answer(mode, fake):
    fake.reply_tool_calls([{"name": "get_weather", "arguments": {"city": "Paris"}}])
    fake.reply_text("It is 21 C in Paris.")
    client = make_client(mode, fake)
    builder = client.chat.completions.run_tools().model("m").message_user("Weather in Paris?")

    runner = builder.register_tool(get_weather).max_rounds(4).into_runner()
    content = await resolve(runner.final_content())
    results = await resolve(runner.tool_results())

    first, second = fake.requests
    assert content == "It is 21 C in Paris."
    assert len(results) == 1
    assert first.json["tools"][0]["function"]["name"] == "get_weather"
    assert second.json["messages"][-1]["role"] == "tool"
    assert '"celsius"' in second.json["messages"][-1]["content"]
    await close(client)


@pytest.mark.anyio
async def test_run_tools_send_raises_past_max_rounds(mode, fake):
    for _ in range(3):
        fake.reply_tool_calls([{"name": "get_weather", "arguments": {"city": "Paris"}}])
    client = make_client(mode, fake)
    builder = client.chat.completions.run_tools().model("m").message_user("loop")

    with pytest.raises(ToolError):
        await resolve(builder.register_tool(get_weather).max_rounds(1).send())

    await close(client)


@pytest.mark.anyio
async def test_cancellation_token_aborts_a_stream_mid_way(mode, fake, served):
    import threading

    from openai_core import CancellationToken, RequestCancelledError

    fake.reply_text("one two three four five", stall_after_chunks=2)
    client = make_client(mode, base_url=served.base_url, max_retries=0)
    token = CancellationToken()
    builder = client.chat.completions.stream().model("m").message_user("x").timeout(10.0)

    stream = await resolve(builder.cancellation_token(token).send())
    timer = threading.Timer(0.2, token.cancel)
    timer.start()
    with pytest.raises(RequestCancelledError):
        await collect(stream)

    timer.join()
    await close(client)
