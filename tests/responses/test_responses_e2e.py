"""The Responses API end to end on a real 127.0.0.1 server, sync and async: create, output_text,
stream, retrieve / input_items / delete, and parse(T) (send, re-asks, streamed partials)."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest
from conftest import close, make_client, resolve

from openai_core import (
    APIConnectionError,
    ContentFilterFinishReasonError,
    InvalidConfigError,
    LengthFinishReasonError,
    NotFoundError,
    ParsedResponse,
    RefusalError,
    ResponseValidationError,
    StreamError,
    ToolDefinition,
)
from openai_core.testing import FakeProvider

pytestmark = pytest.mark.anyio


@pytest.fixture
async def client(mode: str, served: Any) -> Any:
    """A Client or AsyncClient (per `mode`) on the fake server at 127.0.0.1, without retries."""
    client = make_client(mode, base_url=served.base_url, max_retries=0)
    yield client
    await close(client)


@attrs.define
class City:
    name: str
    population: int


@attrs.define
class Lookup:
    query: str


async def collect(iterable: Any) -> list[Any]:
    if hasattr(iterable, "__aiter__"):
        return [item async for item in iterable]
    return list(iterable)


@pytest.fixture(params=["send", "send_streaming"])
def way(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def parse(builder: Any, way: str) -> tuple[Any, list[Any]]:
    if way == "send":
        return await resolve(builder.send()), []
    stream = await resolve(builder.send_streaming())
    partials = await collect(stream)
    return await resolve(stream.final()), partials


async def test_create_gives_a_response_with_output_text(client, fake: FakeProvider):
    response = await resolve(client.responses.create().model("m").input("Hi there").send())

    assert type(response).__name__ == "Response"
    assert response.output_text == "You said: Hi there"
    assert fake.last_request.json == {"model": "m", "input": "Hi there"}


async def test_stream_events_and_final_response(client, fake: FakeProvider):
    fake.reply_text("Paris is lovely")
    stream = await resolve(client.responses.stream().model("m").input("?").send())

    events = await collect(stream)
    final = await resolve(stream.final_response())

    assert events[0]["type"] == "response.created"
    assert events[-1]["type"] == "response.completed"
    deltas = [e["delta"] for e in events if e["type"] == "response.output_text.delta"]
    assert "".join(deltas) == final.output_text == "Paris is lovely"


async def test_stream_events_read_as_the_official_sdk_reads_them(client, fake: FakeProvider):
    # The official SDK's loop: event.type, event.delta, event.response.id, nested items too.
    fake.reply_text("Paris is lovely")
    stream = await resolve(client.responses.stream().model("m").input("?").send())

    text = ""
    async for event in _aiter(stream):
        if event.type == "response.created":
            created_id = event.response.id
        elif event.type == "response.output_text.delta":
            text += event.delta
        elif event.type == "response.output_item.done":
            done_text = event.item.content[0].text
    final = await resolve(stream.final_response())

    assert text == done_text == final.output_text == "Paris is lovely"
    assert created_id == final.id


async def test_stream_until_done_and_get_final_response(client, fake: FakeProvider):
    fake.reply_text("Paris is lovely")
    stream = await resolve(client.responses.stream().model("m").input("?").send())

    same = await resolve(stream.until_done())
    final = await resolve(stream.get_final_response())

    assert same is stream and final.output_text == "Paris is lovely"


async def _aiter(iterable: Any) -> Any:
    if hasattr(iterable, "__aiter__"):
        async for item in iterable:
            yield item
    else:
        for item in iterable:
            yield item


async def test_stored_response_can_be_retrieved_listed_and_deleted(client):
    created = await resolve(client.responses.create().model("m").input("Keep me").send())

    again = await resolve(client.responses.retrieve(created.id).send())
    page = await resolve(client.responses.input_items.list(created.id).send())
    items = await collect(page) if hasattr(page, "__aiter__") else list(page)
    await resolve(client.responses.delete(created.id).send())

    assert again.id == created.id and again.output_text == "You said: Keep me"
    assert [item.content[0].text for item in items] == ["Keep me"]
    with pytest.raises(NotFoundError):
        await resolve(client.responses.retrieve(created.id).send())


async def test_parse_sends_a_strict_text_format_and_builds_the_type(client, fake, way):
    fake.reply_text(json.dumps({"name": "Paris", "population": 2_100_000}))

    parsed, partials = await parse(client.responses.parse(City).model("m").input("Paris?"), way)

    text_format = fake.last_request.json["text"]["format"]
    assert isinstance(parsed, ParsedResponse)
    assert parsed.parsed == City("Paris", 2_100_000)
    assert parsed.output_text == parsed.response.output_text
    assert text_format["type"] == "json_schema" and text_format["name"] == "City"
    assert text_format["strict"] is True
    assert text_format["schema"]["additionalProperties"] is False
    assert text_format["schema"]["required"] == ["name", "population"]
    if way == "send_streaming":
        assert partials[-1] == {"name": "Paris", "population": 2_100_000}
        assert {"name": "Paris"} in partials and len(partials) > 2
        assert fake.last_request.json["stream"] is True


async def test_a_parsed_stream_answers_to_the_official_sdks_names(client, fake):
    fake.reply_text(json.dumps({"name": "Paris", "population": 2_100_000}))
    builder = client.responses.parse(City).model("m").input("Paris?")

    stream = await resolve(builder.send_streaming())
    same = await resolve(stream.until_done())
    parsed = await resolve(stream.get_final_response())

    assert same is stream and parsed.parsed == City("Paris", 2_100_000)


async def test_parse_keeps_other_text_settings(client, fake):
    fake.reply_text(json.dumps({"name": "Oslo", "population": 1}))

    await resolve(
        client.responses.parse(City).model("m").input("?").text({"verbosity": "low"}).send()
    )

    assert fake.last_request.json["text"]["verbosity"] == "low"
    assert fake.last_request.json["text"]["format"]["name"] == "City"


async def test_parse_takes_a_json_schema_dict(client, fake):
    schema = {"title": "Point", "type": "object", "properties": {"x": {"type": "integer"}}}
    fake.reply_text('{"x": 3}')

    parsed = await resolve(client.responses.parse(schema).model("m").input("?").send())

    assert parsed.parsed == {"x": 3}
    assert fake.last_request.json["text"]["format"]["name"] == "Point"


async def test_a_refusal_part_raises_refusal_error(client, fake, way):
    fake.reply_refusal("I can't help with that.")

    with pytest.raises(RefusalError) as info:
        await parse(client.responses.parse(City).model("m").input("?"), way)

    assert info.value.refusal == "I can't help with that."


@pytest.mark.parametrize(
    ("reason", "error"),
    [("length", LengthFinishReasonError), ("content_filter", ContentFilterFinishReasonError)],
)
async def test_an_incomplete_response_raises_the_typed_error(client, fake, way, reason, error):
    fake.reply_finish_reason(reason, content='{"name": "Par')

    with pytest.raises(error) as info:
        await parse(client.responses.parse(City).model("m").input("?"), way)

    assert info.value.completion.status == "incomplete"
    if reason == "length":
        assert "max_output_tokens" in str(info.value)


async def test_max_reasks_sends_the_answer_and_the_error_back(client, fake):
    fake.reply_text('{"name": "Paris"}').reply_text('{"name": "Paris", "population": 2}')

    parsed = await resolve(
        client.responses.parse(City).model("m").input("Paris?").max_reasks(1).send()
    )

    second = fake.last_request.json["input"]
    assert parsed.parsed == City("Paris", 2)
    assert second[0] == {"role": "user", "content": "Paris?"}
    assert second[1]["type"] == "message" and second[1]["role"] == "assistant"
    assert second[1]["content"][0]["text"] == '{"name": "Paris"}'
    assert second[2]["role"] == "user" and "$.population" in second[2]["content"]


async def test_without_reasks_an_invalid_answer_raises(client, fake, way):
    fake.reply_text('{"name": 3}')

    with pytest.raises(ResponseValidationError) as info:
        await parse(client.responses.parse(City).model("m").input("?"), way)

    assert info.value.path in ("$.name", "$.population")
    assert len(fake.requests) == 1


async def test_max_reasks_is_refused_for_streaming(client):
    builder = client.responses.parse(City).model("m").input("?").max_reasks(2)

    with pytest.raises(InvalidConfigError, match="send_streaming"):
        await resolve(builder.send_streaming())


async def test_a_typed_tool_call_carries_the_answer(client, fake, way):
    lookup = ToolDefinition.from_type(Lookup, name="lookup")
    fake.reply_tool_calls([{"name": "lookup", "arguments": {"query": "Paris weather"}}])

    parsed, partials = await parse(
        client.responses.parse(City).model("m").input("?").tool(lookup), way
    )

    assert parsed.parsed == Lookup("Paris weather")
    assert fake.last_request.json["tools"][0]["name"] == "lookup"
    assert fake.last_request.json["tools"][0]["type"] == "function"
    if way == "send_streaming":
        assert partials[-1] == {"query": "Paris weather"}


async def test_a_typed_tool_answer_is_reasked_through_its_call_output(client, fake):
    lookup = ToolDefinition.from_type(Lookup, name="lookup")
    fake.reply_tool_calls([{"name": "lookup", "arguments": {"q": 1}}])
    fake.reply_tool_calls([{"name": "lookup", "arguments": {"query": "ok"}}])

    parsed = await resolve(
        client.responses.parse(City).model("m").input("?").tool(lookup).max_reasks(1).send()
    )

    items = fake.last_request.json["input"]
    assert parsed.parsed == Lookup("ok")
    assert items[1]["type"] == "function_call"
    assert items[2]["type"] == "function_call_output"
    assert items[2]["call_id"] == items[1]["call_id"]
    assert "$.query" in items[2]["output"]


async def test_a_cut_parse_stream_raises_instead_of_a_short_answer(client, fake):
    fake.reply_text(json.dumps({"name": "Paris", "population": 2}), reset_after_chunks=4)
    stream = await resolve(client.responses.parse(City).model("m").input("?").send_streaming())

    with pytest.raises((StreamError, APIConnectionError)):
        await collect(stream)
        await resolve(stream.final())

    assert len(fake.requests) == 1


async def test_a_cut_tool_round_stream_raises(client, fake):
    fake.reply_tool_calls([{"name": "f", "arguments": {"x": 1}}], reset_after_chunks=3)

    def f(x: int) -> int:
        return x

    builder = client.responses.run_tools().model("m").input("?").register_tool(f)

    with pytest.raises((StreamError, APIConnectionError)):
        await collect(builder.into_streaming_runner().events())


async def test_unscripted_parse_gets_an_answer_that_fits_the_type(client, way):
    parsed, _ = await parse(client.responses.parse(City).model("m").input("?"), way)

    assert parsed.parsed == City("text", 0)
