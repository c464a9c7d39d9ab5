"""
Checked by mypy (tests/builders/test_typed_builders.py runs it on tests/typing/), never executed:
the Responses API extras are typed, and parse(T) infers T.
"""

from __future__ import annotations

import attrs
from typing_extensions import assert_type

from openai_core import (
    AsyncClient,
    AsyncResponsesStreamingToolRunner,
    AsyncResponsesToolRunner,
    Client,
    ParsedChatCompletion,
    ParsedResponse,
    ResponsesStreamingToolRunner,
    ResponsesToolRunner,
    ResponsesUsage,
    tool,
)
from openai_core._generated.models.response import Response


@attrs.define
class City:
    name: str


@tool
def get_time(city: str) -> str:
    """Local time."""
    return city


def sync_calls(client: Client) -> None:
    response: Response = client.responses.create().model("m").input("Hi").send()
    text: str = response.output_text
    # The chat twin infers T the same way.
    chat = client.chat.completions.parse(City).model("m").message_user("?").send()
    assert_type(chat, ParsedChatCompletion[City])
    parsed = client.responses.parse(City).model("m").input("Paris?").max_reasks(1).send()
    assert_type(parsed, ParsedResponse[City])
    city: City | None = parsed.parsed
    joined: str = parsed.output_text
    with client.responses.parse(City).model("m").input("?").send_streaming() as stream:
        for partial in stream:
            print(partial)
        assert_type(stream.final(), ParsedResponse[City])
        assert_type(stream.get_final_response(), ParsedResponse[City])
    runner = (
        client.responses.run_tools()
        .model("m")
        .input("?")
        .register_tool(get_time)
        .max_rounds(3)
        .raise_on_tool_error()
        .into_runner()
    )
    assert_type(runner, ResponsesToolRunner)
    final_text: str = runner.final_output_text()
    usage: ResponsesUsage = runner.total_usage()
    streaming = client.responses.run_tools().model("m").input("?").into_streaming_runner()
    assert_type(streaming, ResponsesStreamingToolRunner)
    with client.responses.stream().model("m").input("Hi").send() as events:
        for event in events:
            print(event["type"])
            if event.type == "response.output_text.delta":  # as with the official SDK
                print(event.delta, event.get("logprobs"))
        streamed: Response = events.final_response()
    print(text, city, joined, final_text, usage, streamed.output_text)


async def async_calls(client: AsyncClient) -> None:
    response: Response = await client.responses.create().model("m").input("Hi").send()
    parsed = await client.responses.parse(City).model("m").input("Paris?").send()
    assert_type(parsed, ParsedResponse[City])
    chat = await client.chat.completions.parse(City).model("m").message_user("?").send()
    assert_type(chat, ParsedChatCompletion[City])
    stream = await client.responses.parse(City).model("m").input("?").send_streaming()
    async for partial in stream:
        print(partial)
    assert_type(await stream.final(), ParsedResponse[City])
    runner = client.responses.run_tools().model("m").input("?").register_tool(get_time)
    plain = runner.into_runner()
    assert_type(plain, AsyncResponsesToolRunner)
    final_text: str = await plain.final_output_text()
    usage: ResponsesUsage = await plain.total_usage()
    assert_type(runner.into_streaming_runner(), AsyncResponsesStreamingToolRunner)
    events = await client.responses.stream().model("m").input("Hi").send()
    async for event in events:
        print(event["type"], event.type, event.item_id)
    streamed: Response = await events.final_response()
    print(response.output_text, final_text, usage, streamed.output_text)
