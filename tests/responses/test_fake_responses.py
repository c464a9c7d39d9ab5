"""The fake provider's /responses endpoints: shapes, the event sequence, the store, its checks."""

from __future__ import annotations

import json

import httpx
import pytest

from openai_core.testing import FakeProvider


@pytest.fixture
def fake() -> FakeProvider:
    return FakeProvider()


@pytest.fixture
def http(fake: FakeProvider):
    with httpx.Client(transport=fake.transport(), base_url="http://fake/v1") as client:
        yield client


def _events(text: str) -> list[dict]:
    out = []
    for block in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.split("\n"))
        event = json.loads(lines["data"])
        assert lines["event"] == event["type"]
        out.append(event)
    return out


def test_default_answer_echoes_the_last_user_text(http):
    body = http.post("/responses", json={"model": "gpt-4o-mini", "input": "Hi there"}).json()

    assert body["object"] == "response" and body["status"] == "completed"
    [message] = body["output"]
    assert message["type"] == "message" and message["role"] == "assistant"
    assert message["content"][0]["text"] == "You said: Hi there"
    assert body["usage"]["input_tokens"] == 2 and body["usage"]["output_tokens"] == 4
    assert body["usage"]["total_tokens"] == 6


def test_scripted_calls_refusals_and_incomplete(fake, http):
    fake.reply_tool_calls([{"name": "f", "arguments": {"a": 1}}])
    fake.reply_refusal("No.").reply_finish_reason("content_filter", content="cut")
    request = {"model": "m", "input": "x"}

    call = http.post("/responses", json=request).json()["output"][0]
    refusal = http.post("/responses", json=request).json()["output"][0]["content"][0]
    incomplete = http.post("/responses", json=request).json()

    assert call["type"] == "function_call" and call["call_id"] == "call_1"
    assert json.loads(call["arguments"]) == {"a": 1}
    assert refusal == {"type": "refusal", "refusal": "No."}
    assert incomplete["status"] == "incomplete"
    assert incomplete["incomplete_details"] == {"reason": "content_filter"}


def test_stream_follows_the_documented_event_sequence(fake, http):
    fake.reply_text("Hello world")
    text = http.post("/responses", json={"model": "m", "input": "x", "stream": True}).text

    events = _events(text)
    kinds = [e["type"] for e in events]
    assert kinds == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
        "response.output_text.delta",
        "response.output_text.delta",
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.completed",
    ]
    assert [e["sequence_number"] for e in events] == list(range(len(events)))
    assert "".join(e["delta"] for e in events if e["type"].endswith(".delta")) == "Hello world"
    assert events[-1]["response"]["output"][0]["content"][0]["text"] == "Hello world"


def test_streamed_function_call_has_argument_deltas(fake, http):
    fake.reply_tool_calls([{"name": "lookup", "arguments": {"city": "Paris"}}])
    text = http.post("/responses", json={"model": "m", "input": "x", "stream": True}).text

    events = _events(text)
    deltas = [e["delta"] for e in events if e["type"] == "response.function_call_arguments.delta"]
    [done] = [e for e in events if e["type"] == "response.function_call_arguments.done"]
    assert "".join(deltas) == done["arguments"] == '{"city":"Paris"}'
    assert done["name"] == "lookup"


def test_store_retrieve_input_items_delete(http):
    created = http.post("/responses", json={"model": "m", "input": "Hi"}).json()
    unstored = http.post("/responses", json={"model": "m", "input": "Hi", "store": False}).json()

    assert http.get(f"/responses/{created['id']}").json() == created
    items = http.get(f"/responses/{created['id']}/input_items").json()
    assert items["object"] == "list" and items["has_more"] is False
    assert items["data"][0]["content"] == [{"type": "input_text", "text": "Hi"}]
    assert http.get(f"/responses/{unstored['id']}").status_code == 404
    deleted = http.delete(f"/responses/{created['id']}").json()
    assert deleted == {"id": created["id"], "object": "response.deleted", "deleted": True}
    assert http.get(f"/responses/{created['id']}").status_code == 404


def test_refuses_chat_shaped_tools_and_unknown_call_outputs(http):
    chat_tool = {"type": "function", "function": {"name": "f", "parameters": {}}}
    bad_tool = http.post("/responses", json={"model": "m", "input": "x", "tools": [chat_tool]})
    orphan = {"type": "function_call_output", "call_id": "call_9", "output": "1"}
    bad_output = http.post("/responses", json={"model": "m", "input": [orphan]})
    bad_previous = http.post(
        "/responses", json={"model": "m", "input": "x", "previous_response_id": "resp_nope"}
    )

    chat_body = http.post("/responses", json={"model": "m", "messages": []})
    nested = {"type": "json_schema", "json_schema": {"name": "x", "schema": {}}}
    chat_format = http.post(
        "/responses", json={"model": "m", "input": "x", "text": {"format": nested}}
    )

    assert chat_body.status_code == 400 and chat_body.json()["error"]["param"] == "messages"
    assert chat_format.status_code == 400
    assert chat_format.json()["error"]["param"] == "text.format.name"
    assert bad_tool.status_code == 400
    assert bad_tool.json()["error"]["param"] == "tools[0].name"
    assert bad_output.status_code == 400 and "call_9" in bad_output.json()["error"]["message"]
    assert bad_previous.status_code == 400


def test_call_outputs_may_answer_the_previous_responses_calls(fake, http):
    fake.reply_tool_calls([{"name": "f", "arguments": {}}])
    first = http.post("/responses", json={"model": "m", "input": "x"}).json()
    output = {"type": "function_call_output", "call_id": "call_1", "output": "1"}

    second = http.post(
        "/responses", json={"model": "m", "input": [output], "previous_response_id": first["id"]}
    )

    assert second.status_code == 200
    assert second.json()["previous_response_id"] == first["id"]


def test_an_unscripted_structured_request_gets_json_that_fits_the_schema(http):
    schema = {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "kind": {"type": "string", "enum": ["a", "b"]},
            "parent": {"anyOf": [{"$ref": "#/$defs/Node"}, {"type": "null"}]},
        },
        "$defs": {
            "Node": {
                "type": "object",
                "properties": {"child": {"anyOf": [{"$ref": "#/$defs/Node"}, {"type": "null"}]}},
            }
        },
    }
    text = {"format": {"type": "json_schema", "name": "T", "schema": schema, "strict": True}}

    body = http.post("/responses", json={"model": "m", "input": "?", "text": text}).json()

    answer = json.loads(body["output"][0]["content"][0]["text"])
    assert answer["name"] == "text" and answer["tags"] == ["text"] and answer["kind"] == "a"
    node = answer["parent"]
    depth = 0
    while node is not None:  # a recursive type ends in null
        node, depth = node["child"], depth + 1
    assert 1 <= depth < 10
