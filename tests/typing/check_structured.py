"""
Checked by mypy --strict (tests/builders/test_typed_builders.py runs it), never executed:
`parse(T)` is typed `ParsedChatCompletion[T]` through the builder, streams and runners keep
their types inside `with` / `async with` blocks and loops.
"""

from __future__ import annotations

import dataclasses
import enum
from typing import Any, Literal, TypedDict

from typing_extensions import assert_type

from openai_core import AsyncClient, Client
from openai_core._generated.models.chat_completion import ChatCompletion
from openai_core._generated.models.chat_completion_chunk import ChatCompletionChunk
from openai_core._generated.models.response import Response
from openai_core._streaming.assistants import AssistantStream
from openai_core._streaming.chat import (
    AsyncChatCompletionStream,
    ChatCompletionEventStream,
    ChatCompletionStream,
)
from openai_core._streaming.events import ChatStreamEvent
from openai_core._streaming.responses import AsyncResponseStream, ResponseStream
from openai_core._structured.parsing import ParsedChatCompletion
from openai_core._tools.streaming_runners import (
    RoundDoneEvent,
    RoundStartEvent,
    StreamingToolRunner,
    ToolCallResultEvent,
)


@dataclasses.dataclass
class Weather:
    city: str
    celsius: float


class Point(TypedDict):
    x: int
    y: int


class Mood(enum.Enum):
    HAPPY = "happy"
    SAD = "sad"


def sync_parse(client: Client) -> None:
    parsed = client.chat.completions.parse(Weather).model("m").message_user("Paris?").send()
    assert_type(parsed, ParsedChatCompletion[Weather])
    assert_type(parsed.parsed, Weather | None)
    assert_type(parsed.response, ChatCompletion)
    assert_type(client.chat.completions.parse(Point).send().parsed, Point | None)
    assert_type(client.chat.completions.parse(Mood).send().parsed, Mood | None)
    schema = {"type": "object", "properties": {}}
    assert_type(client.chat.completions.parse(schema).send(), ParsedChatCompletion[Any])
    assert_type(client.chat.completions.parse(Literal["a", "b"]).send(), ParsedChatCompletion[Any])
    assert_type(client.chat.completions.parse(list[Point]).send().parsed, list[Point] | None)
    with client.chat.completions.parse(Weather).model("m").send_streaming() as partials:
        for partial in partials:
            print(partial)
        assert_type(partials.final(), ParsedChatCompletion[Weather])
        assert_type(partials.get_final_completion(), ParsedChatCompletion[Weather])


async def async_parse(client: AsyncClient) -> None:
    parsed = await client.chat.completions.parse(Weather).model("m").send()
    assert_type(parsed.parsed, Weather | None)
    partials = await client.chat.completions.parse(Weather).send_streaming()
    async with partials:
        assert_type(await partials.final(), ParsedChatCompletion[Weather])


def sync_streams(client: Client) -> None:
    with client.chat.completions.stream().model("m").message_user("hi").send() as stream:
        assert_type(stream, ChatCompletionStream[ChatCompletionChunk, ChatCompletion])
        for chunk in stream:
            assert_type(chunk, ChatCompletionChunk)
        assert_type(stream.final_completion(), ChatCompletion)
        assert_type(stream.get_final_completion(), ChatCompletion)  # the official SDK's names
        assert_type(stream.current_completion_snapshot, ChatCompletion)
        assert_type(stream.until_done(), ChatCompletionStream[ChatCompletionChunk, ChatCompletion])
    with client.chat.completions.stream().model("m").send_events() as events:
        assert_type(events, ChatCompletionEventStream[ChatCompletionChunk, ChatCompletion])
        assert_type(events.get_final_completion(), ChatCompletion)
    runner = client.chat.completions.run_tools().model("m").into_runner()
    assert_type(runner.final_chat_completion(), ChatCompletion)
    assert_type(runner.all_chat_completions(), list[ChatCompletion])
    assert_type(client.chat.completions.run_tools().model("m").send(), ChatCompletion)
    with client.chat.completions.run_tools().model("m").into_streaming_runner() as streaming:
        assert_type(streaming, StreamingToolRunner[ChatStreamEvent])
        for event in streaming:
            assert_type(
                event, RoundStartEvent | RoundDoneEvent | ToolCallResultEvent | ChatStreamEvent
            )
            print(event.type)
        assert_type(streaming.run(), ChatCompletion)


async def async_streams(client: AsyncClient) -> None:
    stream = await client.chat.completions.stream().model("m").send()
    async with stream:
        assert_type(stream, AsyncChatCompletionStream[ChatCompletionChunk, ChatCompletion])
        async for chunk in stream:
            assert_type(chunk, ChatCompletionChunk)
        assert_type(await stream.get_final_completion(), ChatCompletion)
        assert_type(
            await stream.until_done(),
            AsyncChatCompletionStream[ChatCompletionChunk, ChatCompletion],
        )
    runner = client.chat.completions.run_tools().model("m").into_runner()
    assert_type(await runner.final_chat_completion(), ChatCompletion)
    assert_type(await client.chat.completions.run_tools().send(), ChatCompletion)


def responses_streams(client: Client) -> None:
    with client.responses.stream(model="m").input("hi").send() as stream:
        assert_type(stream, ResponseStream[Response])
        for event in stream:
            print(event["type"])
        assert_type(stream.final_response(), Response)
        assert_type(stream.get_final_response(), Response)
    assert_type(client.responses.create(model="m").input("hi").send(), Response)
    assert_type(client.responses.create(model="m").send_events(), ResponseStream[Response])
    assert_type(client.threads.runs.create("thread_1").send_events(), AssistantStream)


async def async_responses_streams(client: AsyncClient) -> None:
    stream = await client.responses.stream().model("m").send()
    async with stream:
        assert_type(stream, AsyncResponseStream[Response])
        assert_type(await stream.final_response(), Response)
    events = await client.responses.create(model="m").send_events()
    assert_type(events, AsyncResponseStream[Response])
