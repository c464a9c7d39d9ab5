from __future__ import annotations

import asyncio
import dataclasses
import inspect
import json
import threading
from typing import Annotated, Any, Literal

import attrs
import pytest

from openai_core._exceptions import InvalidConfigError, ResponseValidationError, ToolError
from openai_core._structured.schema import SchemaError
from openai_core._tools.runners import (
    AsyncToolRunner,
    ToolCall,
    ToolDefinition,
    ToolLoop,
    ToolRegistry,
    ToolResult,
    ToolRunner,
    Usage,
    tool,
)


@pytest.fixture
def anyio_backend():
    return "asyncio"


# --- tools used below ----------------------------------------------------------------------------


@tool
def get_weather(city: str, unit: Literal["c", "f"] = "c") -> dict[str, Any]:
    """
    Get the current weather for a city.

    More detail that is not part of the description.

    Args:
        city: Name of the city,
            in English.
        unit: Temperature unit.

    Returns:
        The weather.
    """
    return {"city": city, "temp": 20 if unit == "c" else 68, "unit": unit}


@tool
async def get_time(city: str) -> str:
    """Get the local time in a city."""
    return f"12:00 in {city}"


@tool(name="boom", description="Always fails.")
def explode(reason: str) -> str:
    raise RuntimeError(reason)


@attrs.define
class Point:
    x: int
    y: int


@dataclasses.dataclass
class Reading:
    value: float
    at: Point


@tool
def locate(name: Annotated[str, "Who to find."], hint: str | None = None) -> Reading:
    """Find someone."""
    return Reading(1.5, Point(1, 2))


# --- @tool and ToolDefinition --------------------------------------------------------------------


def test_tool_reads_description_and_parameter_docs():
    assert get_weather.name == "get_weather"
    assert get_weather.description == "Get the current weather for a city."
    assert get_weather.strict is True
    assert get_weather.is_async is False
    assert get_weather.parameters == {
        "type": "object",
        "properties": {
            "city": {"type": "string", "description": "Name of the city, in English."},
            "unit": {
                "type": ["string", "null"],
                "enum": ["c", "f", None],
                "description": "Temperature unit.",
            },
        },
        "required": ["city", "unit"],
        "additionalProperties": False,
    }


def test_tool_options_and_async_detection():
    assert explode.name == "boom"
    assert explode.description == "Always fails."
    assert get_time.is_async is True
    assert locate.parameters["properties"]["name"]["description"] == "Who to find."


def test_non_strict_tool_keeps_defaults_and_optional_parameters():
    @tool(strict=False)
    def search(query: str, limit: int = 5, filters: dict[str, str] | None = None) -> list[str]:
        return []

    assert search.parameters["required"] == ["query"]
    assert search.parameters["properties"]["limit"] == {"type": "integer", "default": 5}
    assert search.to_openai()["function"]["strict"] is False


def test_to_openai_shape():
    assert get_time.to_openai() == {
        "type": "function",
        "function": {
            "name": "get_time",
            "description": "Get the local time in a city.",
            "parameters": get_time.parameters,
            "strict": True,
        },
    }


def test_decorated_function_stays_callable():
    assert get_weather("Oslo")["city"] == "Oslo"


def test_from_type_tool_returns_the_built_instance():
    definition = ToolDefinition.from_type(Point, description="A point.")

    assert definition.name == "Point"
    assert definition.function is None
    assert definition.parameters["required"] == ["x", "y"]
    assert definition.invoke(definition.bind('{"x": 1, "y": 2}')) == Point(1, 2)


def test_raw_tool_receives_keywords():
    schema = {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]}
    definition = ToolDefinition.raw("add_one", schema, lambda a: a + 1, description="Add one.")

    assert definition.parameters["additionalProperties"] is False
    assert definition.invoke(definition.bind('{"a": 1}')) == 2


def test_null_argument_for_parameter_with_default_uses_the_default():
    assert get_weather.bind('{"city": "Oslo", "unit": null}') == {"city": "Oslo"}
    assert locate.bind('{"name": "x", "hint": null}') == {"name": "x", "hint": None}


@pytest.mark.parametrize(
    ("arguments", "path"),
    [
        ('{"city": 5}', "$.city"),
        ('{"unit": "c"}', "$.city"),
        ('{"city": "x", "unit": "k"}', "$.unit"),
        ('{"city": "x", "extra": 1}', "$.extra"),
        ('{"city": ', "$"),
        ("[1]", "$"),
    ],
)
def test_bad_arguments_name_the_path(arguments, path):
    with pytest.raises(ResponseValidationError) as info:
        get_weather.bind(arguments)

    assert info.value.path == path


def test_empty_arguments_mean_no_arguments():
    @tool
    def ping() -> str:
        return "pong"

    assert ping.bind("") == {}


def test_tool_refusals_name_tool_and_parameter():
    def untyped(x):  # type: ignore[no-untyped-def]
        return x

    def star(*args: int) -> None:
        return None

    with pytest.raises(SchemaError) as info:
        tool(untyped)
    assert info.value.path == "$.x"
    assert "Tool 'untyped'" in str(info.value)
    with pytest.raises(SchemaError, match="named parameters only"):
        tool(star)
    with pytest.raises(InvalidConfigError, match="tool name"):
        tool(name="bad name")(get_weather.function)


def test_registry_basics():
    registry = ToolRegistry([get_weather, get_time])
    registry.register(lambda_tool := ToolDefinition.from_type(Point))

    assert registry.names() == ["get_weather", "get_time", "Point"]
    assert "get_time" in registry
    assert "nope" not in registry
    assert len(registry) == 3
    assert registry.get("Point") is lambda_tool
    assert [t["function"]["name"] for t in registry.to_openai()] == registry.names()
    assert registry.call("get_weather", '{"city": "Oslo", "unit": "f"}')["temp"] == 68


def test_registry_wraps_plain_functions_and_refuses_duplicates():
    def add(a: int, b: int) -> int:
        """Add two numbers."""
        return a + b

    registry = ToolRegistry([add])

    assert registry.get("add").description == "Add two numbers."
    with pytest.raises(InvalidConfigError, match="already registered"):
        registry.register(add)
    with pytest.raises(ToolError, match=r"known tools: \['add'\]") as info:
        registry.get("sub")
    assert info.value.tool_name == "sub"


@pytest.mark.anyio
async def test_registry_acall_runs_async_and_sync_tools():
    registry = ToolRegistry([get_weather, get_time])

    assert await registry.acall("get_time", '{"city": "Rome"}') == "12:00 in Rome"
    assert (await registry.acall("get_weather", '{"city": "Rome"}'))["unit"] == "c"


# --- scripted conversations ----------------------------------------------------------------------


def call(call_id: str, name: str, arguments: Any) -> dict[str, Any]:
    text = arguments if isinstance(arguments, str) else json.dumps(arguments)
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": text}}


def reply(content: str | None = None, calls: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if calls:
        message["tool_calls"] = calls
    return {
        "id": "cmpl",
        "object": "chat.completion",
        "choices": [
            {"index": 0, "message": message, "finish_reason": "tool_calls" if calls else "stop"}
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 2, "total_tokens": 12},
    }


class Script:
    """A fake `send`: returns the scripted completions in order and keeps what it was sent."""

    def __init__(self, *completions: Any) -> None:
        self.completions = list(completions)
        self.sent: list[list[dict[str, Any]]] = []

    def send(self, messages: list[dict[str, Any]]) -> Any:
        self.sent.append(messages)
        return self.completions.pop(0)

    async def asend(self, messages: list[dict[str, Any]]) -> Any:
        await asyncio.sleep(0)
        return self.send(messages)


class Forever(Script):
    def send(self, messages: list[dict[str, Any]]) -> Any:
        self.sent.append(messages)
        return reply(calls=[call(f"c{len(self.sent)}", "get_time", {"city": "X"})])


USER = [{"role": "user", "content": "Weather in Paris?"}]


async def drive(mode: str, script: Script, loop: ToolLoop) -> ToolLoop:
    if mode == "sync":
        # The sync runner runs in a worker thread, as a sync program would run it.
        await asyncio.to_thread(ToolRunner(script.send, loop).run)
    else:
        await AsyncToolRunner(script.asend, loop).run()
    return loop


def tool_messages(loop: ToolLoop) -> list[tuple[str, Any]]:
    return [
        (m["tool_call_id"], json.loads(m["content"]) if m["content"][:1] in "{[" else m["content"])
        for m in loop.messages()
        if m["role"] == "tool"
    ]


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
@pytest.mark.anyio
async def test_two_rounds_with_two_parallel_calls(mode):
    script = Script(
        reply(
            calls=[
                call("c1", "get_weather", {"city": "Paris", "unit": None}),
                call("c2", "get_time", {"city": "Paris"}),
            ]
        ),
        reply(calls=[call("c3", "get_weather", {"city": "Rome", "unit": "f"})]),
        reply("Sunny in Paris and Rome."),
    )
    loop = ToolLoop(USER, [get_weather, get_time])

    await drive(mode, script, loop)

    assert tool_messages(loop) == [
        ("c1", {"city": "Paris", "temp": 20, "unit": "c"}),
        ("c2", "12:00 in Paris"),
        ("c3", {"city": "Rome", "temp": 68, "unit": "f"}),
    ]
    assert [m["role"] for m in loop.messages()] == [
        "user", "assistant", "tool", "tool", "assistant", "tool", "assistant",
    ]  # fmt: skip
    assert [len(sent) for sent in script.sent] == [1, 4, 6]
    assert script.sent[1][1]["tool_calls"][1]["function"]["name"] == "get_time"
    assert loop.final_content() == "Sunny in Paris and Rome."
    assert loop.final_function_tool_call() == ToolCall(
        "c3", "get_weather", '{"city": "Rome", "unit": "f"}'
    )
    assert json.loads(loop.final_function_tool_call_result() or "")["temp"] == 68
    assert loop.total_usage() == Usage(30, 6, 36)
    assert len(loop.all_chat_completions()) == 3
    assert [r.tool_call_id for r in loop.tool_results()] == ["c1", "c2", "c3"]
    assert loop.rounds == 2


@MODES
@pytest.mark.anyio
@pytest.mark.parametrize(
    ("bad_call", "error_words"),
    [
        (call("c1", "boom", {"reason": "kaput"}), ["Tool 'boom' raised RuntimeError: kaput"]),
        (call("c1", "get_stock", {}), ["'get_stock' is not registered", "known tools"]),
        (call("c1", "get_weather", {"city": 5}), ["Invalid arguments", "$.city"]),
        (call("c1", "get_weather", '{"city": '), ["Invalid arguments", "decode"]),
    ],
    ids=["raises", "unknown", "bad-type", "bad-json"],
)
async def test_tool_failures_go_back_to_the_model(mode, bad_call, error_words):
    good = call("c2", "get_time", {"city": "Oslo"})
    script = Script(reply(calls=[bad_call, good]), reply("Sorry."))
    loop = ToolLoop(USER, [get_weather, get_time, explode])

    await drive(mode, script, loop)

    (first_id, first), second = tool_messages(loop)
    assert first_id == "c1"
    for word in error_words:
        assert word in first["error"]
    assert second == ("c2", "12:00 in Oslo")
    assert loop.tool_results()[0].is_error
    assert loop.final_content() == "Sorry."


@MODES
@pytest.mark.anyio
@pytest.mark.parametrize(
    ("bad_call", "tool_name"),
    [(call("c1", "boom", {"reason": "kaput"}), "boom"), (call("c1", "nope", {}), "nope")],
    ids=["raises", "unknown"],
)
async def test_raise_on_tool_error_raises_with_trace(mode, bad_call, tool_name):
    script = Script(reply(calls=[bad_call]), reply("unreached"))
    loop = ToolLoop(USER, [explode], raise_on_tool_error=True)

    with pytest.raises(ToolError) as info:
        await drive(mode, script, loop)

    assert info.value.tool_name == tool_name
    assert len(info.value.trace.completions) == 1
    assert info.value.trace.messages[0] == USER[0]
    assert len(script.sent) == 1


@MODES
@pytest.mark.anyio
async def test_exceeding_max_rounds_raises_with_trace(mode):
    script = Forever()
    loop = ToolLoop(USER, [get_time], max_rounds=2)

    with pytest.raises(ToolError, match="max_rounds=2") as info:
        await drive(mode, script, loop)

    trace = info.value.trace
    assert len(script.sent) == 3
    assert len(trace.completions) == 3
    assert len(trace.tool_results) == 2
    assert trace.messages[-1]["role"] == "assistant"


@MODES
@pytest.mark.anyio
async def test_non_string_results_are_json_encoded_and_bad_ones_become_errors(mode):
    @tool
    def unencodable() -> object:
        return object()

    script = Script(
        reply(
            calls=[call("c1", "locate", {"name": "x", "hint": None}), call("c2", "unencodable", {})]
        ),
        reply("ok"),
    )
    loop = ToolLoop(USER, [locate, unencodable])

    await drive(mode, script, loop)

    (_, located), (_, failure) = tool_messages(loop)
    assert located == {"value": 1.5, "at": {"x": 1, "y": 2}}
    assert "cannot be JSON-encoded" in failure["error"]
    assert loop.tool_results()[0].value == Reading(1.5, Point(1, 2))


@pytest.mark.anyio
async def test_async_runner_keeps_call_order_when_first_tool_finishes_last():
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

    script = Script(reply(calls=[call("a", "slow", {}), call("b", "fast", {})]), reply("done"))
    loop = ToolLoop(USER, [slow, fast])

    await AsyncToolRunner(script.asend, loop).run()

    assert finished == ["fast", "slow"]
    assert tool_messages(loop) == [("a", "slow"), ("b", "fast")]


@pytest.mark.anyio
async def test_async_runner_runs_sync_tools_off_the_event_loop():
    seen: dict[str, Any] = {}
    main_thread = threading.get_ident()

    @tool
    def blocking() -> str:
        seen["thread"] = threading.get_ident()
        try:
            asyncio.get_running_loop()
            seen["on_loop"] = True
        except RuntimeError:
            seen["on_loop"] = False
        return "ok"

    script = Script(reply(calls=[call("a", "blocking", {})]), reply("done"))

    await AsyncToolRunner(script.asend, ToolLoop(USER, [blocking])).run()

    assert seen["on_loop"] is False
    assert seen["thread"] != main_thread


@pytest.mark.anyio
async def test_sync_runner_inside_an_event_loop_reports_async_tools_as_errors():
    script = Script(reply(calls=[call("a", "get_time", {"city": "Oslo"})]), reply("done"))
    loop = ToolLoop(USER, [get_time])

    ToolRunner(script.send, loop).run()

    assert "use AsyncToolRunner" in tool_messages(loop)[0][1]["error"]


def test_sync_runner_accessors_run_the_loop_on_demand():
    completion_obj = type("Obj", (), {"to_dict": lambda self: reply("Hello.")})()
    script = Script(completion_obj)
    runner = ToolRunner(script.send, ToolLoop(USER, []))

    assert runner.final_content() == "Hello."
    assert runner.all_chat_completions() == [completion_obj]
    assert runner.final_chat_completion() is completion_obj
    assert runner.final_message() == {"role": "assistant", "content": "Hello."}
    assert runner.messages()[-1] == {"role": "assistant", "content": "Hello."}
    assert runner.tool_results() == []
    assert runner.final_function_tool_call() is None
    assert runner.final_function_tool_call_result() is None
    assert runner.total_usage().to_dict() == {
        "prompt_tokens": 10,
        "completion_tokens": 2,
        "total_tokens": 12,
    }
    assert len(script.sent) == 1


@pytest.mark.anyio
async def test_async_runner_accessors_run_the_loop_on_demand():
    script = Script(reply(calls=[call("a", "get_time", {"city": "Oslo"})]), reply("Noon."))
    runner = AsyncToolRunner(script.asend, ToolLoop(USER, [get_time]))

    assert await runner.final_content() == "Noon."
    assert (await runner.final_function_tool_call()) == ToolCall(
        "a", "get_time", '{"city": "Oslo"}'
    )
    assert await runner.final_function_tool_call_result() == "12:00 in Oslo"
    assert len(await runner.messages()) == 4
    assert len(await runner.all_chat_completions()) == 2
    assert (await runner.total_usage()).total_tokens == 24
    assert len(script.sent) == 2


def _public(cls: type) -> dict[str, list[str]]:
    return {
        name: list(inspect.signature(member).parameters)
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") and callable(member)
    } | {name: [] for name, member in vars(cls).items() if isinstance(member, property)}


def test_sync_and_async_runner_have_the_same_public_methods():
    assert _public(ToolRunner) == _public(AsyncToolRunner)
    assert "final_function_tool_call_result" in _public(ToolRunner)


# --- ToolLoop alone ------------------------------------------------------------------------------


def test_loop_records_results_in_call_order_whatever_order_they_come_in():
    loop = ToolLoop(USER, [get_time])
    pending = loop.handle(
        reply(calls=[call("a", "get_time", {"city": "A"}), call("b", "get_time", {"city": "B"})])
    )

    results = [p.run() for p in pending]
    loop.record_results(list(reversed(results)))

    assert [m["tool_call_id"] for m in loop.messages() if m["role"] == "tool"] == ["a", "b"]


def test_loop_refuses_out_of_turn_calls():
    loop = ToolLoop(USER, [get_time])
    loop.handle(reply(calls=[call("a", "get_time", {"city": "A"})]))

    with pytest.raises(ToolError, match="pending tool results"):
        loop.next_request_messages()
    with pytest.raises(ToolError, match="No result for tool call 'a'"):
        loop.record_results([])


def test_loop_is_done_after_an_answer_without_tools():
    loop = ToolLoop(USER, [])

    assert loop.handle(reply("hi")) == []
    assert loop.done
    with pytest.raises(ToolError, match="done"):
        loop.next_request_messages()


def test_loop_refuses_max_rounds_below_one():
    with pytest.raises(InvalidConfigError, match="max_rounds"):
        ToolLoop(USER, [], max_rounds=0)


def test_tool_result_failure_content_is_json_error():
    result = ToolResult.failure(ToolCall("a", "t", "{}"), "bad")

    assert json.loads(result.content) == {"error": "bad"}
    assert result.is_error
