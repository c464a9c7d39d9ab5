"""The pure Responses pieces: parse_response, the re-ask and tool-loop shapes, partial answers."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest

from openai_core import (
    ContentFilterFinishReasonError,
    LengthFinishReasonError,
    RefusalError,
    ResponsesUsage,
    ToolDefinition,
    ToolLoop,
    tool,
)
from openai_core._structured.parsing import parse_response
from openai_core._structured.reask import RESPONSES, ReaskLoop
from openai_core._structured.schema import response_format_for, text_format_for
from openai_core._structured.streamed import ResponsePartialAnswer
from openai_core._tools.loop import ResponsesShape


@attrs.define
class City:
    name: str


def text_item(text: str, item_id: str = "msg_1") -> dict[str, Any]:
    part = {"type": "output_text", "text": text, "annotations": []}
    return {"type": "message", "id": item_id, "role": "assistant", "content": [part]}


def call_item(call_id: str, name: str, arguments: Any) -> dict[str, Any]:
    return {
        "type": "function_call",
        "id": f"fc_{call_id}",
        "call_id": call_id,
        "name": name,
        "arguments": json.dumps(arguments),
    }


def response(*output: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"id": "resp_1", "status": "completed", "output": list(output), **extra}


REASONING = {"type": "reasoning", "id": "rs_1", "summary": []}


def test_text_format_is_the_chat_schema_laid_flat():
    flat = text_format_for(City)
    nested = response_format_for(City)["json_schema"]

    assert flat == {"type": "json_schema", **nested}
    assert list(flat) == ["type", "name", "schema", "strict"]


def test_parse_response_reads_the_first_text_part_after_reasoning():
    parsed = parse_response(City, response(REASONING, text_item('{"name": "Oslo"}')))

    assert parsed.parsed == City("Oslo")
    assert parsed.output_parsed == parsed.parsed
    assert parsed.output_text == '{"name": "Oslo"}'


def test_parse_response_without_text_gives_none():
    assert parse_response(City, response(REASONING)).parsed is None


def test_a_refusal_part_anywhere_raises():
    refusal = {"type": "message", "content": [{"type": "refusal", "refusal": "No."}]}

    with pytest.raises(RefusalError, match="No"):
        parse_response(City, response(text_item('{"name": "x"}'), refusal))


@pytest.mark.parametrize(
    ("reason", "error"),
    [
        ("max_output_tokens", LengthFinishReasonError),
        ("content_filter", ContentFilterFinishReasonError),
    ],
)
def test_incomplete_reasons_raise_their_errors(reason, error):
    data = response(text_item('{"na'), status="incomplete", incomplete_details={"reason": reason})

    with pytest.raises(error):
        parse_response(City, data)


def test_an_incomplete_response_for_another_reason_is_parsed():
    data = response(text_item('{"name": "a"}'), status="incomplete", incomplete_details=None)

    assert parse_response(City, data).parsed == City("a")


def test_reask_adds_the_output_items_then_the_error():
    loop = ReaskLoop(City, [{"role": "user", "content": "?"}], max_reasks=1, shape=RESPONSES)

    assert loop.handle(response(REASONING, text_item('{"nom": 1}'))) is None

    items = loop.next_request_messages()
    assert items is not None
    assert [i.get("type") for i in items[:3]] == [None, "reasoning", "message"]
    assert items[3]["role"] == "user" and "$.name" in items[3]["content"]


def test_stored_loop_sends_only_results_with_previous_response_id():
    @tool
    def add(a: int, b: int) -> int:
        """Add."""
        return a + b

    loop = ToolLoop([{"role": "user", "content": "?"}], [add], shape=ResponsesShape(stored=True))
    assert loop.next_request_fields() == {}
    pending = loop.handle(response(REASONING, call_item("c1", "add", {"a": 1, "b": 2})))
    loop.record_results([p.run() for p in pending])

    assert loop.next_request_fields() == {"previous_response_id": "resp_1"}
    assert loop.next_request_messages() == [
        {"type": "function_call_output", "call_id": "c1", "output": "3"}
    ]
    assert len(loop.messages()) == 4  # input, reasoning, call, output


def test_unstored_loop_sends_everything_so_far():
    @tool
    def echo(x: str) -> str:
        """Echo."""
        return x

    loop = ToolLoop([{"role": "user", "content": "?"}], [echo], shape=ResponsesShape(stored=False))
    usage = {"input_tokens": 4, "output_tokens": 2, "total_tokens": 6}
    pending = loop.handle(response(call_item("c1", "echo", {"x": "hi"}), usage=usage))
    loop.record_results([p.run() for p in pending])

    assert loop.next_request_fields() == {}
    assert [i.get("type") for i in loop.next_request_messages()] == [
        None,
        "function_call",
        "function_call_output",
    ]
    assert loop.total_usage() == ResponsesUsage(4, 2, 6)


def _delta(index: int, delta: str, content_index: int | None = 0) -> dict[str, Any]:
    kind = "output_text" if content_index is not None else "function_call_arguments"
    event = {"type": f"response.{kind}.delta", "output_index": index, "delta": delta}
    if content_index is not None:
        event["content_index"] = content_index
    return event


def test_partial_answers_follow_the_first_text_part_only():
    partial = ResponsePartialAnswer()
    events = [
        _delta(1, '{"name"'),
        _delta(1, ': "Os'),
        _delta(2, '{"other": 1}'),  # a second message is not the answer
        _delta(1, 'lo"}'),
    ]

    values = [v for v in map(partial.feed, events) if v is not ResponsePartialAnswer.NOTHING]

    assert values == [{}, {"name": "Os"}, {"name": "Oslo"}]


def test_partial_answers_follow_a_typed_first_function_call():
    lookup = ToolDefinition.from_type(City, name="lookup")
    partial = ResponsePartialAnswer(tools=_Tools([lookup]))
    added = {"type": "response.output_item.added", "output_index": 0}
    events = [
        {**added, "item": {"type": "function_call", "name": "lookup"}},
        _delta(0, '{"name": "Ro', None),
        _delta(0, 'me"}', None),
    ]

    values = [v for v in map(partial.feed, events) if v is not ResponsePartialAnswer.NOTHING]

    assert values == [{"name": "Ro"}, {"name": "Rome"}]


class _Tools:
    def __init__(self, tools: list[ToolDefinition]) -> None:
        self._tools = {t.name: t for t in tools}

    def __contains__(self, name: object) -> bool:
        return name in self._tools

    def __iter__(self) -> Any:
        return iter(self._tools.values())

    def get(self, name: str) -> ToolDefinition:
        return self._tools[name]


def test_a_typed_first_call_after_some_text_becomes_the_answer():
    lookup = ToolDefinition.from_type(City, name="lookup")
    partial = ResponsePartialAnswer(tools=_Tools([lookup]))
    added = {"type": "response.output_item.added", "output_index": 1}
    events = [
        _delta(0, '{"name": "Te'),
        {**added, "item": {"type": "function_call", "name": "lookup"}},
        _delta(0, 'xt"}'),
        _delta(1, '{"name": "Call"}', None),
    ]

    values = [v for v in map(partial.feed, events) if v is not ResponsePartialAnswer.NOTHING]

    assert values == [{"name": "Te"}, {"name": "Call"}]
    data = response(text_item('{"name": "Text"}'), call_item("c1", "lookup", {"name": "Call"}))
    assert parse_response(City, data, tools=_Tools([lookup])).parsed == City("Call")
