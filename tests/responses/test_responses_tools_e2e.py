"""responses.run_tools(): the plain and the streaming runner, sync and async, end to end on the
fake provider served at 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from conftest import close, make_client, resolve

from openai_core import ResponsesUsage, ToolError, tool
from openai_core.testing import FakeProvider

pytestmark = pytest.mark.anyio


@pytest.fixture
async def client(mode: str, served: Any) -> Any:
    """A Client or AsyncClient (per `mode`) on the fake server at 127.0.0.1, without retries."""
    client = make_client(mode, base_url=served.base_url, max_retries=0)
    yield client
    await close(client)


@pytest.fixture(params=["plain", "streaming"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@tool
def get_time(city: str) -> str:
    """Return the local time in a city."""
    return f"14:05 in {city}"


@tool
def explode(reason: str) -> str:
    """Always fail."""
    raise RuntimeError(f"boom: {reason}")


async def collect(iterable: Any) -> list[Any]:
    if hasattr(iterable, "__aiter__"):
        return [item async for item in iterable]
    return list(iterable)


def make_runner(builder: Any, kind: str) -> Any:
    return builder.into_runner() if kind == "plain" else builder.into_streaming_runner()


async def run(runner: Any, kind: str) -> list[Any]:
    if kind == "plain":
        await resolve(runner.run())
        return []
    return await collect(runner.events())


def two_cities(fake: FakeProvider) -> None:
    fake.reply_tool_calls(
        [
            {"name": "get_time", "arguments": {"city": "Paris"}},
            {"name": "get_time", "arguments": {"city": "Rome"}},
        ]
    )
    fake.reply_text("It is 14:05 in Paris and Rome.")


async def test_calls_run_and_results_go_back_with_previous_response_id(client, fake, kind):
    two_cities(fake)
    builder = client.responses.run_tools().model("m").input("Times?").register_tool(get_time)
    runner = make_runner(builder, kind)

    await run(runner, kind)

    first, second = fake.requests
    assert first.json["tools"] == [get_time.to_responses()]
    assert first.json["tools"][0]["name"] == "get_time"
    assert second.json["previous_response_id"] == "resp_fake_1"
    assert second.json["input"] == [
        {"type": "function_call_output", "call_id": "call_1", "output": "14:05 in Paris"},
        {"type": "function_call_output", "call_id": "call_2", "output": "14:05 in Rome"},
    ]
    assert await resolve(runner.final_output_text()) == "It is 14:05 in Paris and Rome."
    final = await resolve(runner.final_response())
    assert final.id == "resp_fake_2" and final.output_text == "It is 14:05 in Paris and Rome."
    assert [r.content for r in await resolve(runner.tool_results())] == [
        "14:05 in Paris",
        "14:05 in Rome",
    ]
    assert [r.id for r in await resolve(runner.responses())] == ["resp_fake_1", "resp_fake_2"]
    last_call = await resolve(runner.final_function_tool_call())
    assert (last_call.id, last_call.name) == ("call_2", "get_time")
    assert json.loads(last_call.arguments) == {"city": "Rome"}
    assert await resolve(runner.final_function_tool_call_result()) == "14:05 in Rome"


async def test_unstored_responses_resend_the_whole_input(client, fake, kind):
    two_cities(fake)
    builder = (
        client.responses.run_tools().model("m").input("Times?").store(False).register_tool(get_time)
    )
    runner = make_runner(builder, kind)

    await run(runner, kind)

    second = fake.requests[1].json
    assert "previous_response_id" not in second
    kinds = [item.get("type", "message") for item in second["input"]]
    assert kinds == [
        "message",
        "function_call",
        "function_call",
        "function_call_output",
        "function_call_output",
    ]
    assert second["input"][0] == {"role": "user", "content": "Times?"}
    assert [i["call_id"] for i in second["input"][1:]] == ["call_1", "call_2"] * 2
    items = await resolve(runner.input_items())
    assert len(items) == 6 and items[-1]["type"] == "message"


async def test_total_usage_sums_input_output_and_total_tokens(client, fake, kind):
    usage = {"input_tokens": 10, "output_tokens": 5, "total_tokens": 15}
    fake.reply_tool_calls([{"name": "get_time", "arguments": {"city": "Oslo"}}], usage=usage)
    fake.reply_text("Done.", usage={"prompt_tokens": 20, "completion_tokens": 2})
    builder = client.responses.run_tools().model("m").input("?").register_tool(get_time)
    runner = make_runner(builder, kind)

    total = await resolve(runner.total_usage())

    assert total == ResponsesUsage(input_tokens=30, output_tokens=7, total_tokens=37)


async def test_a_failing_tool_goes_back_to_the_model(client, fake, kind):
    fake.reply_tool_calls([{"name": "explode", "arguments": {"reason": "x"}}])
    fake.reply_text("Sorry, that failed.")
    builder = client.responses.run_tools().model("m").input("?").register_tool(explode)
    runner = make_runner(builder, kind)

    await run(runner, kind)

    [output] = fake.requests[1].json["input"]
    assert output["type"] == "function_call_output" and output["call_id"] == "call_1"
    assert "boom: x" in json.loads(output["output"])["error"]
    [result] = await resolve(runner.tool_results())
    assert result.is_error


async def test_raise_on_tool_error_raises(client, fake, kind):
    fake.reply_tool_calls([{"name": "explode", "arguments": {"reason": "x"}}])
    builder = (
        client.responses.run_tools()
        .model("m")
        .input("?")
        .register_tool(explode)
        .raise_on_tool_error()
    )

    with pytest.raises(ToolError) as info:
        await run(make_runner(builder, kind), kind)

    assert info.value.tool_name == "explode"
    assert len(fake.requests) == 1


async def test_exceeding_max_rounds_raises(client, fake, kind):
    for _ in range(3):
        fake.reply_tool_calls([{"name": "get_time", "arguments": {"city": "Oslo"}}])
    builder = (
        client.responses.run_tools().model("m").input("?").register_tool(get_time).max_rounds(2)
    )

    with pytest.raises(ToolError, match="max_rounds=2"):
        await run(make_runner(builder, kind), kind)

    assert len(fake.requests) == 3


async def test_an_unknown_tool_is_reported_to_the_model(client, fake, kind):
    fake.reply_tool_calls([{"name": "nope", "arguments": {}}]).reply_text("ok")
    builder = client.responses.run_tools().model("m").input("?").register_tool(get_time)

    await run(make_runner(builder, kind), kind)

    [output] = fake.requests[1].json["input"]
    assert "not registered" in json.loads(output["output"])["error"]


async def test_streaming_runner_events(client, fake):
    two_cities(fake)
    builder = client.responses.run_tools().model("m").input("?").register_tool(get_time)

    events = await collect(builder.into_streaming_runner().events())

    kinds = [getattr(e, "type", None) or e["type"] for e in events]
    assert kinds[0] == "round.start" and kinds[1] == "response.created"
    assert "response.function_call_arguments.delta" in kinds
    assert kinds.count("round.done") == 2
    assert kinds.count("tool_call.result") == 2
    assert kinds[-2:] == ["response.completed", "round.done"]
    results = [e for e in events if getattr(e, "type", None) == "tool_call.result"]
    assert [e.call.id for e in results] == ["call_1", "call_2"]
    starts = [e for e in events if getattr(e, "type", None) == "round.start"]
    assert starts[1].messages == fake.requests[1].json["input"]


async def test_send_and_send_streaming(client, fake):
    fake.reply_text("Plain.").reply_text("Streamed.")
    builder = client.responses.run_tools().model("m").input("?").register_tool(get_time)

    final = await resolve(builder.send())
    runner = await resolve(builder.send_streaming())
    assert len(fake.requests) == 2  # send_streaming() sent its first round already
    await collect(runner.events())

    assert final.output_text == "Plain."
    assert await resolve(runner.final_output_text()) == "Streamed."


async def test_async_runner_runs_a_rounds_calls_concurrently_in_order(fake, served):
    second_done = asyncio.Event()
    finished: list[str] = []

    @tool
    async def slow() -> str:
        await asyncio.wait_for(second_done.wait(), timeout=5)
        finished.append("slow")
        return "slow"

    @tool
    async def fast() -> str:
        finished.append("fast")
        second_done.set()
        return "fast"

    fake.reply_tool_calls([{"name": "slow"}, {"name": "fast"}]).reply_text("done")
    client = make_client("async", base_url=served.base_url, max_retries=0)
    runner = (
        client.responses.run_tools()
        .model("m")
        .input("?")
        .register_tool(slow)
        .register_tool(fast)
        .into_runner()
    )

    await runner.run()
    await client.close()

    assert finished == ["fast", "slow"]
    assert [i["output"] for i in fake.requests[1].json["input"]] == ["slow", "fast"]
