"""run_tools(): the plain and the streaming runner, sync and async, end to end on the fake provider."""

import asyncio
import json
import threading

import pytest
from conftest import close, make_client, resolve

from openai_core import APIError, ToolError
from openai_core._tools.runners import ToolResult, Usage, tool

KINDS = ["plain", "streaming"]


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture(params=KINDS)
def kind(request):
    """Run a test body with into_runner() and with into_streaming_runner()."""
    return request.param


@tool
def get_weather(city: str) -> dict:
    """Return the weather in a city."""
    return {"city": city, "celsius": 21}


@tool
def get_time(city: str) -> str:
    """Return the local time in a city."""
    return f"12:00 in {city}"


@tool
def explode(reason: str) -> str:
    """Always fail."""
    raise RuntimeError(f"boom: {reason}")


async def collect(iterable):
    if hasattr(iterable, "__aiter__"):
        return [item async for item in iterable]
    return list(iterable)


def make_runner(builder, kind):
    return builder.into_runner() if kind == "plain" else builder.into_streaming_runner()


async def run(runner, kind):
    """Run to the end; return the events of a streaming runner (else [])."""
    if kind == "plain":
        await resolve(runner.run())
        return []
    return await collect(runner.events())


async def get(runner, accessor):
    return await resolve(getattr(runner, accessor)())


def builder_for(client, *tools, prompt="Weather?"):
    builder = client.chat.completions.run_tools().model("m").message_user(prompt)
    for item in tools:
        builder = builder.register_tool(item)
    return builder


def tool_messages(request):
    return [m for m in request.json["messages"] if m["role"] == "tool"]


def usage_of(completion):
    return completion.usage.to_dict() if hasattr(completion, "usage") else completion["usage"]


@pytest.mark.anyio
async def test_two_rounds_with_two_parallel_calls_then_an_answer(mode, kind, fake):
    fake.reply_tool_calls(
        [
            {"name": "get_weather", "arguments": {"city": "Paris"}},
            {"name": "get_time", "arguments": {"city": "Rome"}},
        ]
    )
    fake.reply_tool_calls([{"name": "get_weather", "arguments": {"city": "Oslo"}}])
    fake.reply_text("Paris 21 C, Rome noon, Oslo 21 C.")
    client = make_client(mode, fake)
    runner = make_runner(builder_for(client, get_weather, get_time), kind)

    await run(runner, kind)

    first, second, third = fake.requests
    names = [t["function"]["name"] for t in first.json["tools"]]
    assert names == ["get_weather", "get_time"]
    assert all(r.json["tools"] == first.json["tools"] for r in (second, third))
    assert all(r.json.get("stream", False) is (kind == "streaming") for r in fake.requests)
    assert [(m["tool_call_id"], m["content"]) for m in tool_messages(second)] == [
        ("call_1", '{"city": "Paris", "celsius": 21}'),
        ("call_2", "12:00 in Rome"),
    ]
    assert second.json["messages"][1]["tool_calls"][1]["function"]["name"] == "get_time"
    assert [m["tool_call_id"] for m in tool_messages(third)] == ["call_1", "call_2", "call_1"]
    assert await get(runner, "final_content") == "Paris 21 C, Rome noon, Oslo 21 C."
    assert (await get(runner, "final_message"))["role"] == "assistant"
    assert [r.name for r in await get(runner, "tool_results")] == [
        "get_weather",
        "get_time",
        "get_weather",
    ]
    last_call = await get(runner, "final_function_tool_call")
    assert (last_call.name, json.loads(last_call.arguments)) == ("get_weather", {"city": "Oslo"})
    assert json.loads(await get(runner, "final_function_tool_call_result"))["city"] == "Oslo"
    completions = await get(runner, "all_chat_completions")
    assert len(completions) == 3
    assert await get(runner, "final_chat_completion") is completions[-1]
    expected = Usage()
    for completion in completions:
        expected = expected.add(usage_of(completion))
    assert await get(runner, "total_usage") == expected
    assert expected.total_tokens > 0
    messages = await get(runner, "messages")
    assert [m["role"] for m in messages] == [
        "user", "assistant", "tool", "tool", "assistant", "tool", "assistant",
    ]  # fmt: skip
    await close(client)


@pytest.mark.anyio
async def test_send_returns_the_final_completion(mode, fake):
    fake.reply_tool_calls([{"name": "get_weather", "arguments": {"city": "Paris"}}])
    fake.reply_text("21 C.")
    client = make_client(mode, fake)

    final = await resolve(builder_for(client, get_weather).send())

    assert final.choices[0].message.content == "21 C."
    await close(client)


@pytest.mark.anyio
async def test_a_tool_that_raises_sends_the_error_to_the_model(mode, kind, fake):
    fake.reply_tool_calls([{"name": "explode", "arguments": {"reason": "disk"}}])
    fake.reply_text("Sorry, the tool failed.")
    client = make_client(mode, fake)
    runner = make_runner(builder_for(client, explode), kind)

    await run(runner, kind)

    [message] = tool_messages(fake.requests[1])
    error = json.loads(message["content"])["error"]
    [result] = await get(runner, "tool_results")
    assert error == "Tool 'explode' raised RuntimeError: boom: disk"
    assert result.is_error and isinstance(result.exception, RuntimeError)
    assert await get(runner, "final_content") == "Sorry, the tool failed."
    await close(client)


@pytest.mark.anyio
async def test_raise_on_tool_error_raises_tool_error_with_the_trace(mode, kind, fake):
    fake.reply_tool_calls(
        [
            {"name": "get_weather", "arguments": {"city": "Paris"}},
            {"name": "explode", "arguments": {"reason": "disk"}},
        ]
    )
    client = make_client(mode, fake)
    builder = builder_for(client, get_weather, explode).raise_on_tool_error()
    runner = make_runner(builder, kind)

    with pytest.raises(ToolError) as info:
        await run(runner, kind)

    trace = info.value.trace
    assert info.value.tool_name == "explode"
    assert isinstance(info.value.__cause__, RuntimeError)
    assert [r.name for r in trace.tool_results] == ["get_weather", "explode"]
    assert len(trace.completions) == 1 and len(fake.requests) == 1
    await close(client)


@pytest.mark.anyio
async def test_an_unknown_tool_is_reported_to_the_model(mode, kind, fake):
    fake.reply_tool_calls([{"name": "launch_rocket", "arguments": {}}])
    fake.reply_text("I cannot do that.")
    client = make_client(mode, fake)
    runner = make_runner(builder_for(client, get_weather), kind)

    await run(runner, kind)

    [message] = tool_messages(fake.requests[1])
    assert json.loads(message["content"]) == {
        "error": "Tool 'launch_rocket' is not registered; known tools: ['get_weather']."
    }
    assert await get(runner, "final_content") == "I cannot do that."
    await close(client)


@pytest.mark.anyio
async def test_an_unknown_tool_raises_with_raise_on_tool_error(mode, kind, fake):
    fake.reply_tool_calls([{"name": "launch_rocket", "arguments": {}}])
    client = make_client(mode, fake)
    runner = make_runner(builder_for(client, get_weather).raise_on_tool_error(), kind)

    with pytest.raises(ToolError, match="launch_rocket") as info:
        await run(runner, kind)

    assert info.value.tool_name == "launch_rocket"
    assert len(fake.requests) == 1
    await close(client)


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ({"city": 5}, "Expected a string at $.city, got int 5."),
        ("{not json", "Expected a JSON document"),
        ({"town": "Paris"}, "Missing required field 'city'"),
    ],
    ids=["wrong-type", "not-json", "missing-field"],
)
@pytest.mark.anyio
async def test_bad_arguments_go_back_to_the_model_as_an_error(
    mode, kind, fake, arguments, expected
):
    fake.reply_tool_calls([{"name": "get_weather", "arguments": arguments}])
    fake.reply_text("Let me fix that.")
    client = make_client(mode, fake)
    runner = make_runner(builder_for(client, get_weather), kind)

    await run(runner, kind)

    [message] = tool_messages(fake.requests[1])
    error = json.loads(message["content"])["error"]
    assert error.startswith("Invalid arguments for tool 'get_weather': ")
    assert expected in error
    assert (await get(runner, "tool_results"))[0].is_error
    await close(client)


@pytest.mark.anyio
async def test_exceeding_max_rounds_raises_tool_error_with_the_trace(mode, kind, fake):
    for _ in range(3):
        fake.reply_tool_calls([{"name": "get_weather", "arguments": {"city": "Paris"}}])
    client = make_client(mode, fake)
    runner = make_runner(builder_for(client, get_weather).max_rounds(2), kind)

    with pytest.raises(ToolError, match=r"after 2 rounds \(max_rounds=2\)") as info:
        await run(runner, kind)

    trace = info.value.trace
    assert len(fake.requests) == 3
    assert len(trace.completions) == 3
    assert len(trace.tool_results) == 2
    assert trace.messages[-1]["role"] == "assistant"
    await close(client)


RUNNER_TYPES = ["round.start", "round.done", "tool_call.result"]


@pytest.mark.anyio
async def test_streaming_runner_events_come_in_round_order(mode, fake):
    fake.reply_tool_calls(
        [
            {"name": "get_weather", "arguments": {"city": "Paris"}},
            {"name": "get_time", "arguments": {"city": "Rome"}},
        ]
    )
    fake.reply_text("All done.")
    client = make_client(mode, fake)
    runner = builder_for(client, get_weather, get_time).into_streaming_runner()

    events = await collect(runner.events())

    outline = [e.type for e in events if e.type in RUNNER_TYPES]
    assert outline == [
        "round.start", "round.done", "tool_call.result", "tool_call.result",
        "round.start", "round.done",
    ]  # fmt: skip
    first_done = events.index(next(e for e in events if e.type == "round.done"))
    round_one = [e.type for e in events[1:first_done]]
    assert round_one[0] == "chunk"
    assert round_one.count("tool_calls.function.arguments.done") == 2
    assert "content.delta" not in round_one
    second_start = [i for i, e in enumerate(events) if e.type == "round.start"][1]
    round_two = [e for e in events[second_start + 1 : -1]]
    assert "".join(e.delta for e in round_two if e.type == "content.delta") == "All done."
    starts = [e for e in events if e.type == "round.start"]
    dones = [e for e in events if e.type == "round.done"]
    results = [e for e in events if e.type == "tool_call.result"]
    assert [e.round for e in starts] == [0, 1] and [e.round for e in dones] == [0, 1]
    assert starts[1].messages == fake.requests[1].json["messages"]
    assert [c.name for c in dones[0].tool_calls] == ["get_weather", "get_time"]
    assert (
        dones[1].tool_calls == [] and dones[1].completion.choices[0].message.content == "All done."
    )
    assert [(e.round, e.call.id, e.result.tool_call_id) for e in results] == [
        (0, "call_1", "call_1"),
        (0, "call_2", "call_2"),
    ]
    assert all(isinstance(e.result, ToolResult) for e in results)
    assert results[1].result.content == "12:00 in Rome"
    assert await get(runner, "final_content") == "All done."
    await close(client)


@pytest.mark.anyio
async def test_streaming_runner_is_iterable_and_accessors_finish_the_run(mode, fake):
    fake.reply_tool_calls([{"name": "get_weather", "arguments": {"city": "Paris"}}])
    fake.reply_text("21 C.")
    client = make_client(mode, fake)
    runner = builder_for(client, get_weather).into_streaming_runner()

    first = await anext(aiter(runner)) if mode == "async" else next(iter(runner))
    content = await get(runner, "final_content")

    assert first.type == "round.start"
    assert content == "21 C."
    assert len(fake.requests) == 2
    assert await collect(runner.events()) == []
    await close(client)


@pytest.mark.anyio
async def test_send_streaming_sends_the_first_round_at_once(mode, fake):
    fake.reply_tool_calls([{"name": "get_weather", "arguments": {"city": "Paris"}}])
    fake.reply_text("21 C.")
    client = make_client(mode, fake)

    runner = await resolve(builder_for(client, get_weather).send_streaming())
    sent_before_reading = len(fake.requests)
    events = await collect(runner)

    assert sent_before_reading == 1
    assert [e.type for e in events].count("round.start") == 2
    assert await get(runner, "final_content") == "21 C."
    await close(client)


@pytest.mark.anyio
async def test_send_streaming_raises_an_api_error_when_the_first_round_fails(mode, fake):
    fake.reply_error(400, "bad tools")
    client = make_client(mode, fake, max_retries=0)

    with pytest.raises(APIError) as info:
        await resolve(builder_for(client, get_weather).send_streaming())

    assert info.value.status_code == 400
    await close(client)


@pytest.mark.anyio
async def test_closing_a_streaming_runner_mid_round_releases_the_stream(mode, fake):
    fake.reply_text("one two three four five")
    client = make_client(mode, fake)
    runner = builder_for(client, get_weather).into_streaming_runner()

    if mode == "async":
        async with runner:
            async for event in runner.events():
                if event.type == "content.delta":
                    break
    else:
        with runner:
            for event in runner.events():
                if event.type == "content.delta":
                    break

    assert await collect(runner.events()) == []
    await close(client)


@pytest.mark.anyio
async def test_async_runner_runs_sync_tools_off_the_event_loop(kind, fake):
    """A sync tool blocks on an event that an async tool of the same round sets."""
    released = threading.Event()
    seen = []

    @tool
    def wait_for_release() -> str:
        """Block until the other tool runs."""
        seen.append(released.wait(timeout=5.0))
        return "released" if seen[-1] else "timed out"

    @tool
    async def release() -> str:
        """Let the waiting tool go."""
        await asyncio.sleep(0.01)
        released.set()
        return "done"

    fake.reply_tool_calls([{"name": "wait_for_release"}, {"name": "release"}])
    fake.reply_text("ok")
    client = make_client("async", fake)
    runner = make_runner(builder_for(client, wait_for_release, release), kind)

    await run(runner, kind)

    assert seen == [True]
    assert [m["content"] for m in tool_messages(fake.requests[1])] == ["released", "done"]
    await close(client)


@pytest.mark.anyio
async def test_async_runner_keeps_call_order_when_tools_finish_out_of_order(kind, fake):
    finished = []

    @tool
    async def slow(label: str, delay: float) -> str:
        """Sleep, then return the label."""
        await asyncio.sleep(delay)
        finished.append(label)
        return label

    fake.reply_tool_calls(
        [
            {"name": "slow", "arguments": {"label": "first", "delay": 0.05}},
            {"name": "slow", "arguments": {"label": "second", "delay": 0.0}},
        ]
    )
    fake.reply_text("ok")
    client = make_client("async", fake)
    runner = make_runner(builder_for(client, slow), kind)

    events = await run(runner, kind)

    assert finished == ["second", "first"]
    assert [m["content"] for m in tool_messages(fake.requests[1])] == ["first", "second"]
    assert [r.content for r in await runner.tool_results()] == ["first", "second"]
    if kind == "streaming":
        results = [e.result.content for e in events if e.type == "tool_call.result"]
        assert results == ["first", "second"]
    await close(client)


def test_runner_names_are_exported_lazily():
    import subprocess
    import sys

    code = (
        "import sys, openai_core\n"
        "print('openai_core._tools.runners' in sys.modules, 'asyncio' in sys.modules)\n"
        "from openai_core import StreamingToolRunner, ToolLoop, tool, parse_json_as\n"
        "print(StreamingToolRunner.__module__, ToolLoop.__module__, 'openai_core._tools.runners' in sys.modules)\n"
    )

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)

    assert out.stdout.split("\n")[:2] == [
        "False False",
        "openai_core._tools.streaming_runners openai_core._tools.loop True",
    ], out.stderr
