"""parse(T): send, re-asks, streamed partial answers and typed tools, sync and async, on the fake."""

import dataclasses
import itertools
import json
from typing import TypedDict

import attrs
import pytest
from conftest import close, make_client, resolve

from openai_core import (
    ContentFilterFinishReasonError,
    InvalidConfigError,
    LengthFinishReasonError,
    ParsedChatCompletion,
    RefusalError,
    ResponseValidationError,
    ToolDefinition,
)

WAYS = ["send", "send_streaming"]


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture(params=WAYS)
def way(request):
    """Run a test body with send() and with send_streaming() + final()."""
    return request.param


@attrs.define
class Weather:
    """The weather in a city."""

    city: str
    celsius: int


@dataclasses.dataclass
class Forecast:
    days: list[Weather]


class Mood(TypedDict):
    label: str


async def collect(iterable):
    if hasattr(iterable, "__aiter__"):
        return [item async for item in iterable]
    return list(iterable)


async def parse(builder, way):
    """Send the builder one way; return (ParsedChatCompletion, partial answers)."""
    if way == "send":
        return await resolve(builder.send()), []
    stream = await resolve(builder.send_streaming())
    partials = await collect(stream)
    return await resolve(stream.final()), partials


def user_texts(request):
    return [m["content"] for m in request.json["messages"] if m["role"] == "user"]


@pytest.mark.parametrize(
    ("tp", "answer", "expected", "name"),
    [
        (Weather, {"city": "Paris", "celsius": 21}, Weather("Paris", 21), "Weather"),
        (
            Forecast,
            {"days": [{"city": "Oslo", "celsius": 3}]},
            Forecast([Weather("Oslo", 3)]),
            "Forecast",
        ),
        (Mood, {"label": "calm"}, {"label": "calm"}, "Mood"),
    ],
    ids=["attrs", "dataclass", "typeddict"],
)
@pytest.mark.anyio
async def test_parse_sends_a_strict_named_schema_and_builds_the_type(
    mode, way, fake, tp, answer, expected, name
):
    fake.reply_text(json.dumps(answer))
    client = make_client(mode, fake)

    parsed, _ = await parse(client.chat.completions.parse(tp).model("m").message_user("?"), way)

    response_format = fake.last_request.json["response_format"]
    assert isinstance(parsed, ParsedChatCompletion)
    assert parsed.parsed == expected
    assert parsed.response.choices[0].message.content == json.dumps(answer)
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["name"] == name
    assert response_format["json_schema"]["strict"] is True
    assert response_format["json_schema"]["schema"]["additionalProperties"] is False
    assert fake.last_request.json.get("stream", False) is (way == "send_streaming")
    await close(client)


@pytest.mark.anyio
async def test_a_parsed_stream_answers_to_the_official_sdks_names(mode, fake):
    fake.reply_text(json.dumps({"city": "Paris", "celsius": 21}))
    client = make_client(mode, fake)
    builder = client.chat.completions.parse(Weather).model("m").message_user("?")

    stream = await resolve(builder.send_streaming())
    same = await resolve(stream.until_done())
    parsed = await resolve(stream.get_final_completion())

    assert same is stream and parsed.parsed == Weather("Paris", 21)
    assert parsed == await resolve(stream.final())
    await close(client)


@pytest.mark.anyio
async def test_a_refusal_raises_refusal_error(mode, way, fake):
    fake.reply_refusal("I can't help with that.")
    client = make_client(mode, fake)

    with pytest.raises(RefusalError) as info:
        await parse(client.chat.completions.parse(Weather).model("m").message_user("?"), way)

    assert info.value.refusal == "I can't help with that."
    await close(client)


@pytest.mark.parametrize(
    ("finish_reason", "error"),
    [("length", LengthFinishReasonError), ("content_filter", ContentFilterFinishReasonError)],
)
@pytest.mark.anyio
async def test_a_cut_short_answer_raises_a_typed_error(mode, way, fake, finish_reason, error):
    fake.reply_finish_reason(finish_reason, content='{"city": "Par')
    client = make_client(mode, fake)

    with pytest.raises(error) as info:
        await parse(client.chat.completions.parse(Weather).model("m").message_user("?"), way)

    assert info.value.completion is not None
    await close(client)


@pytest.mark.anyio
async def test_an_invalid_answer_raises_without_reasks_by_default(mode, fake):
    fake.reply_text('{"city": "Paris", "celsius": "warm"}')
    client = make_client(mode, fake)

    with pytest.raises(ResponseValidationError) as info:
        await resolve(client.chat.completions.parse(Weather).model("m").message_user("?").send())

    assert info.value.path == "$.celsius"
    assert len(fake.requests) == 1
    await close(client)


@pytest.mark.anyio
async def test_max_reasks_sends_the_validation_error_and_succeeds_on_the_second_answer(mode, fake):
    bad = '{"city": "Paris", "celsius": "warm"}'
    fake.reply_text(bad).reply_text('{"city": "Paris", "celsius": 21}')
    client = make_client(mode, fake)
    builder = client.chat.completions.parse(Weather).model("m").message_user("Weather?")

    parsed = await resolve(builder.max_reasks(2).send())

    first, second = fake.requests
    assert parsed.parsed == Weather("Paris", 21)
    assert first.json["messages"] == [{"role": "user", "content": "Weather?"}]
    assert second.json["messages"][:2] == [
        {"role": "user", "content": "Weather?"},
        {"role": "assistant", "content": bad},
    ]
    reask = second.json["messages"][2]
    assert reask["role"] == "user" and len(second.json["messages"]) == 3
    assert "$.celsius" in reask["content"]
    assert "Expected an integer at $.celsius, got str 'warm'." in reask["content"]
    assert second.json["response_format"] == first.json["response_format"]
    await close(client)


@pytest.mark.anyio
async def test_a_reask_follows_an_answer_that_is_not_json(mode, fake):
    fake.reply_text("Sure! It is 21 C.").reply_text('{"city": "Paris", "celsius": 21}')
    client = make_client(mode, fake)
    builder = client.chat.completions.parse(Weather).model("m").message_user("Weather?")

    parsed = await resolve(builder.max_reasks(1).send())

    assert parsed.parsed == Weather("Paris", 21)
    assert "Expected a JSON document" in user_texts(fake.requests[1])[-1]
    await close(client)


@pytest.mark.anyio
async def test_reasks_run_out_and_raise_the_last_validation_error(mode, fake):
    for celsius in ('"warm"', '"hot"', "null"):
        fake.reply_text(f'{{"city": "Paris", "celsius": {celsius}}}')
    client = make_client(mode, fake)
    builder = client.chat.completions.parse(Weather).model("m").message_user("Weather?")

    with pytest.raises(ResponseValidationError) as info:
        await resolve(builder.max_reasks(2).send())

    assert len(fake.requests) == 3
    assert info.value.path == "$.celsius" and info.value.value is None
    assert len(user_texts(fake.requests[2])) == 3
    await close(client)


@pytest.mark.anyio
async def test_a_refusal_is_never_reasked(mode, fake):
    fake.reply_refusal("No.")
    client = make_client(mode, fake)
    builder = client.chat.completions.parse(Weather).model("m").message_user("?")

    with pytest.raises(RefusalError):
        await resolve(builder.max_reasks(3).send())

    assert len(fake.requests) == 1
    await close(client)


@pytest.mark.anyio
async def test_max_reasks_rejects_bad_values_and_streaming(mode, fake):
    client = make_client(mode, fake)
    builder = client.chat.completions.parse(Weather).model("m").message_user("?")

    with pytest.raises(InvalidConfigError):
        builder.max_reasks(-1)
    with pytest.raises(InvalidConfigError, match="send_streaming"):
        await resolve(builder.max_reasks(1).send_streaming())

    assert fake.requests == []
    await close(client)


@pytest.mark.anyio
async def test_streaming_parse_yields_growing_partial_answers(mode, fake):
    fake.reply_text('{"city": "Paris", "celsius": 21, "note": "sunny and warm"}')
    client = make_client(mode, fake)
    builder = client.chat.completions.parse(Weather).model("m").message_user("?")

    parsed, partials = await parse(builder, "send_streaming")

    assert partials[0] == {}
    assert {"city": "Paris"} in partials
    assert partials[-1] == {"city": "Paris", "celsius": 21, "note": "sunny and warm"}
    assert all(type(p) is dict for p in partials)
    assert all(a != b for a, b in itertools.pairwise(partials))
    assert any(p.get("note") == "sunny " for p in partials)
    assert parsed.parsed == Weather("Paris", 21)
    await close(client)


@pytest.mark.anyio
async def test_streaming_parse_final_without_iterating(mode, fake):
    fake.reply_text('{"city": "Rome", "celsius": 30}')
    client = make_client(mode, fake)

    stream = await resolve(
        client.chat.completions.parse(Weather).model("m").message_user("?").send_streaming()
    )
    parsed = await resolve(stream.final())

    assert parsed.parsed == Weather("Rome", 30)
    assert (
        stream.snapshot()["choices"][0]["message"]["content"] == '{"city": "Rome", "celsius": 30}'
    )
    await close(client)


@pytest.mark.anyio
async def test_parse_reads_the_answer_from_a_typed_tool_call(mode, way, fake):
    fake.reply_tool_calls([{"name": "Weather", "arguments": {"city": "Lima", "celsius": 18}}])
    client = make_client(mode, fake)
    builder = client.chat.completions.parse(Mood).model("m").message_user("?")

    parsed, partials = await parse(builder.tool(ToolDefinition.from_type(Weather)), way)

    [sent_tool] = fake.last_request.json["tools"]
    assert parsed.parsed == Weather("Lima", 18)
    assert sent_tool["type"] == "function"
    assert sent_tool["function"]["name"] == "Weather"
    assert sent_tool["function"]["description"] == "The weather in a city."
    assert sent_tool["function"]["strict"] is True
    assert sent_tool["function"]["parameters"]["required"] == ["city", "celsius"]
    assert fake.last_request.json["response_format"]["json_schema"]["name"] == "Mood"
    if way == "send_streaming":
        assert partials[-1] == {"city": "Lima", "celsius": 18}
        assert len(partials) >= 2
    await close(client)


@pytest.mark.anyio
async def test_parse_still_reads_content_when_no_typed_tool_was_called(mode, way, fake):
    fake.reply_text('{"label": "calm"}')
    client = make_client(mode, fake)
    builder = client.chat.completions.parse(Mood).model("m").message_user("?")

    parsed, _ = await parse(builder.tool(ToolDefinition.from_type(Weather)), way)

    assert parsed.parsed == {"label": "calm"}
    await close(client)


@pytest.mark.anyio
async def test_a_reask_after_bad_typed_tool_arguments_answers_every_call(mode, fake):
    fake.reply_tool_calls(
        [
            {"name": "Weather", "arguments": {"city": "Lima"}},
            {"name": "Weather", "arguments": {"city": "Quito", "celsius": 20}},
        ]
    )
    fake.reply_tool_calls([{"name": "Weather", "arguments": {"city": "Lima", "celsius": 18}}])
    client = make_client(mode, fake)
    builder = client.chat.completions.parse(Weather).model("m").message_user("?")

    parsed = await resolve(builder.tool(ToolDefinition.from_type(Weather)).max_reasks(1).send())

    messages = fake.requests[1].json["messages"]
    assert parsed.parsed == Weather("Lima", 18)
    assert [m["role"] for m in messages] == ["user", "assistant", "tool", "tool"]
    assert [c["id"] for c in messages[1]["tool_calls"]] == ["call_1", "call_2"]
    assert messages[2]["tool_call_id"] == "call_1"
    assert "Missing required field 'celsius'" in messages[2]["content"]
    assert messages[3]["tool_call_id"] == "call_2"
    assert "only the first tool call" in messages[3]["content"]
    await close(client)


@pytest.mark.anyio
async def test_a_plain_tool_dict_still_works_on_the_parse_builder(mode, fake):
    fake.reply_text('{"city": "Paris", "celsius": 21}')
    client = make_client(mode, fake)
    builder = client.chat.completions.parse(Weather).model("m").message_user("?")

    parsed = await resolve(builder.tool("lookup", description="Look up").send())

    assert parsed.parsed == Weather("Paris", 21)
    assert fake.last_request.json["tools"][0]["function"]["name"] == "lookup"
    await close(client)


def completion_with(content):
    message = {"role": "assistant", "content": content}
    return {"choices": [{"index": 0, "message": message, "finish_reason": "stop"}]}


def test_reask_loop_sends_the_request_as_built_until_a_reask_is_due():
    from openai_core import ReaskLoop

    loop = ReaskLoop(Weather, [{"role": "user", "content": "?"}], max_reasks=1)

    first = loop.next_request_messages()
    outcome = loop.handle(completion_with('{"city": 1}'))
    second = loop.next_request_messages()
    parsed = loop.handle(completion_with('{"city": "Oslo", "celsius": 2}'))

    assert first is None and outcome is None
    assert [m["role"] for m in second] == ["user", "assistant", "user"]
    assert "Expected a string at $.city, got int 1." in second[-1]["content"]
    assert parsed.parsed == Weather("Oslo", 2)
    assert [e.path for e in loop.errors] == ["$.city"]


def test_reask_loop_does_not_reask_a_completion_without_choices():
    from openai_core import ReaskLoop

    loop = ReaskLoop(Weather, [], max_reasks=3)

    with pytest.raises(ResponseValidationError) as info:
        loop.handle({"choices": []})

    assert info.value.path == "$.choices" and loop.reasks == 0
    with pytest.raises(InvalidConfigError):
        ReaskLoop(Weather, [], max_reasks=-1)


def test_partial_answers_skip_text_that_is_not_json_and_repeats():
    from openai_core._structured.streamed import PartialAnswer

    class Delta:
        type = "content.delta"
        choice_index = 0

        def __init__(self, snapshot):
            self.snapshot = snapshot

    partial = PartialAnswer()
    fed = [partial.feed(Delta(t)) for t in ('{"a"', '{"a": 1', '{"a": 1 ', "nope")]

    assert fed == [{}, {"a": 1}, PartialAnswer.NOTHING, PartialAnswer.NOTHING]
