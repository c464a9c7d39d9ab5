"""Tests of the pure chat stream core (openai_core/_chat_stream_state.py) and its events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from openai_core._exceptions import APIError, BadRequestError, RateLimitError, StreamError
from openai_core._streaming.chat_state import ChatStreamState, content_delta
from openai_core._streaming.events import ChunkEvent, ContentDeltaEvent, TextBuffer

FIXTURES = Path(__file__).parent.parent / "fixtures"
CHUNK = {
    "id": "chatcmpl-AbC123",
    "object": "chat.completion.chunk",
    "created": 1736900000,
    "model": "gpt-4o-mini-2024-07-18",
    "system_fingerprint": "fp_0aa8d3e20b",
}


def body(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def run_events(raw: bytes, pieces: int = 1):
    state = ChatStreamState(lambda d: d)
    events = []
    step = max(1, len(raw) // pieces)
    for start in range(0, len(raw), step):
        events.extend(state.feed_events(raw[start : start + step]))
    state.end(events)
    return state, events


def run_chunks(raw: bytes):
    state = ChatStreamState()
    chunks = state.feed(raw)
    state.end()
    return state, chunks


def sse(*payloads, done: bool = True) -> bytes:
    lines = [f"data: {p if isinstance(p, str) else json.dumps(p)}\n\n" for p in payloads]
    return ("".join(lines) + ("data: [DONE]\n\n" if done else "")).encode()


def chunk(*choices, **fields):
    return {**CHUNK, "choices": list(choices), **fields}


def choice(delta=None, index=0, finish_reason=None, **fields):
    return {"index": index, "delta": delta or {}, "finish_reason": finish_reason, **fields}


def describe(event):
    """The public fields of an event, as a tuple (chunk events are left out by callers)."""
    fields = {
        "content.delta": ("delta", "snapshot"),
        "content.done": ("content",),
        "refusal.delta": ("delta", "snapshot"),
        "refusal.done": ("refusal",),
        "tool_calls.function.arguments.delta": (
            "index",
            "name",
            "arguments_delta",
            "arguments",
            "parsed_arguments",
        ),
        "tool_calls.function.arguments.done": ("index", "name", "arguments", "parsed_arguments"),
        "logprobs.content.delta": ("content", "snapshot"),
        "logprobs.content.done": ("content",),
        "logprobs.refusal.delta": ("refusal", "snapshot"),
        "logprobs.refusal.done": ("refusal",),
    }[event.type]
    return (event.type, event.choice_index, *(getattr(event, f) for f in fields))


def derived(events):
    return [describe(e) for e in events if e.type != "chunk"]


# -- events ---------------------------------------------------------------------------------------


def test_content_events_in_order_with_snapshots():
    _, events = run_events(body("chat_content.sse"))

    pieces = ["Bonjour", "!", " Ça", " va", "?", " 你好", " 👋", " How", " can", " I", " help", "?"]
    expected = [
        ("content.delta", 0, piece, "".join(pieces[: i + 1])) for i, piece in enumerate(pieces)
    ]
    assert derived(events) == [*expected, ("content.done", 0, "".join(pieces))]


def test_every_chunk_comes_first_as_a_chunk_event():
    state, events = run_events(body("chat_content.sse"))

    assert (
        events[0].type == "chunk" and events[0].chunk["choices"][0]["delta"]["role"] == "assistant"
    )
    assert sum(e.type == "chunk" for e in events) == state.chunk_count == 15
    assert [e.type for e in events[:4]] == ["chunk", "chunk", "content.delta", "chunk"]


def test_refusal_events():
    _, events = run_events(body("chat_refusal.sse"))

    text = "I'm sorry, I can't help with that."
    assert derived(events)[-1] == ("refusal.done", 0, text)
    assert derived(events)[0] == ("refusal.delta", 0, "I'm", "I'm")
    assert derived(events)[-2] == ("refusal.delta", 0, ".", text)
    assert {e[0] for e in derived(events)} == {"refusal.delta", "refusal.done"}


def test_two_parallel_tool_calls_events():
    _, events = run_events(body("chat_tool_calls.sse"))

    paris = '{"city": "Paris", "unit": "c"}'
    tokyo = '{"city": "Tōkyō", "unit": "f"}'
    name = "get_weather"
    assert derived(events) == [
        ("tool_calls.function.arguments.delta", 0, 0, name, '{"ci', '{"ci', {}),
        (
            "tool_calls.function.arguments.delta",
            0,
            0,
            name,
            'ty": "Pa',
            '{"city": "Pa',
            {"city": "Pa"},
        ),
        (
            "tool_calls.function.arguments.delta",
            0,
            0,
            name,
            'ris", "un',
            '{"city": "Paris", "un',
            {"city": "Paris"},
        ),
        ("tool_calls.function.arguments.delta", 0, 0, name, 'it": "c"}', paris, json.loads(paris)),
        ("tool_calls.function.arguments.done", 0, 0, name, paris, json.loads(paris)),
        ("tool_calls.function.arguments.delta", 0, 1, name, '{"city"', '{"city"', {}),
        (
            "tool_calls.function.arguments.delta",
            0,
            1,
            name,
            ': "Tōkyō"',
            '{"city": "Tōkyō"',
            {"city": "Tōkyō"},
        ),
        (
            "tool_calls.function.arguments.delta",
            0,
            1,
            name,
            ', "unit": "f"}',
            tokyo,
            json.loads(tokyo),
        ),
        ("tool_calls.function.arguments.done", 0, 1, name, tokyo, json.loads(tokyo)),
    ]


def test_logprobs_events_follow_the_content_events():
    _, events = run_events(body("chat_logprobs.sse"))

    kinds = [e[0] for e in derived(events)]
    assert kinds == ["content.delta", "logprobs.content.delta"] * 5 + [
        "content.done",
        "logprobs.content.done",
    ]
    last_delta = next(e for e in reversed(events) if e.type == "logprobs.content.delta")
    done = events[-1]
    assert [t["token"] for t in last_delta.content] == ["."]
    assert [t["token"] for t in last_delta.snapshot] == ["The", " sky", " is", " blue", "."]
    assert done.content == last_delta.snapshot


def test_logprobs_refusal_events():
    lp = {"token": "No", "logprob": -0.1, "bytes": [78, 111], "top_logprobs": []}
    raw = sse(
        chunk(choice({"refusal": "No"}, logprobs={"content": None, "refusal": [lp]})),
        chunk(choice(finish_reason="stop")),
    )

    _, events = run_events(raw)

    assert derived(events) == [
        ("refusal.delta", 0, "No", "No"),
        ("logprobs.refusal.delta", 0, [lp], [lp]),
        ("refusal.done", 0, "No"),
        ("logprobs.refusal.done", 0, [lp]),
    ]


def test_n2_choices_interleave_and_finish_separately():
    state, events = run_events(body("chat_n2.sse"))

    assert [e for e in derived(events) if e[0] == "content.done"] == [
        ("content.done", 0, "Red apples."),
        ("content.done", 1, "Green pears are nice."),
    ]
    snapshot = state.snapshot()
    assert [c["finish_reason"] for c in snapshot["choices"]] == ["stop", "length"]
    assert snapshot["usage"]["total_tokens"] == 16


def test_done_events_come_in_the_documented_order():
    raw = sse(
        chunk(
            choice(
                {
                    "content": "Hi",
                    "refusal": "no",
                    "tool_calls": [
                        {"index": 0, "id": "c", "function": {"name": "f", "arguments": "{}"}}
                    ],
                },
                logprobs={"content": [{"token": "Hi"}], "refusal": [{"token": "no"}]},
                finish_reason="stop",
            )
        )
    )

    _, events = run_events(raw)

    assert [e[0] for e in derived(events)] == [
        "content.delta",
        "refusal.delta",
        "tool_calls.function.arguments.delta",
        "logprobs.content.delta",
        "logprobs.refusal.delta",
        "content.done",
        "refusal.done",
        "tool_calls.function.arguments.done",
        "logprobs.content.done",
        "logprobs.refusal.done",
    ]


def test_done_events_fire_on_done_when_no_finish_reason_came():
    _, events = run_events(sse(chunk(choice({"content": "Hi"}))))

    assert derived(events)[-1] == ("content.done", 0, "Hi")


def test_events_are_the_same_whatever_the_network_split():
    _, whole = run_events(body("chat_tool_calls.sse"))
    _, split = run_events(body("chat_tool_calls.sse"), pieces=37)

    assert derived(split) == derived(whole)


def test_delta_snapshot_read_late_still_shows_its_own_moment():
    _, events = run_events(body("chat_content.sse"))

    deltas = [e for e in events if isinstance(e, ContentDeltaEvent)]
    assert deltas[2].snapshot == "Bonjour! Ça"
    assert deltas[-1].snapshot == "Bonjour! Ça va? 你好 👋 How can I help?"
    assert deltas[0].snapshot == "Bonjour"


def test_invalid_tool_arguments_give_none_not_an_error():
    raw = sse(
        chunk(choice({"tool_calls": [{"index": 0, "function": {"name": "f", "arguments": "{x"}}]})),
        chunk(choice(finish_reason="tool_calls")),
    )

    _, events = run_events(raw)

    assert derived(events) == [
        ("tool_calls.function.arguments.delta", 0, 0, "f", "{x", "{x", None),
        ("tool_calls.function.arguments.done", 0, 0, "f", "{x", None),
    ]


def test_event_repr_and_equality():
    first = ContentDeltaEvent(0, "a", _buffer("a"))
    chunk_event = ChunkEvent({"id": "x"})

    assert first == ContentDeltaEvent(0, "a", _buffer("a"))
    assert first != ContentDeltaEvent(1, "a", _buffer("a"))
    assert first != chunk_event
    assert repr(first) == (
        "ContentDeltaEvent(type='content.delta', choice_index=0, delta='a', snapshot='a')"
    )
    assert chunk_event.type == "chunk" and chunk_event.choice_index is None


def _buffer(*parts):
    buffer = TextBuffer()
    buffer.parts.extend(parts)
    return buffer


# -- snapshot -------------------------------------------------------------------------------------


def test_snapshot_equals_the_non_streamed_completion_for_content():
    state, _ = run_chunks(body("chat_content.sse"))

    assert state.snapshot() == {
        "id": "chatcmpl-AbC123",
        "object": "chat.completion",
        "created": 1736900000,
        "model": "gpt-4o-mini-2024-07-18",
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": "Bonjour! Ça va? 你好 👋 How can I help?",
                    "refusal": None,
                },
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": 19,
            "completion_tokens": 12,
            "total_tokens": 31,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {
                "reasoning_tokens": 0,
                "audio_tokens": 0,
                "accepted_prediction_tokens": 0,
                "rejected_prediction_tokens": 0,
            },
        },
        "service_tier": "default",
        "system_fingerprint": "fp_0aa8d3e20b",
    }


def test_snapshot_equals_the_non_streamed_completion_for_tool_calls():
    state, _ = run_chunks(body("chat_tool_calls.sse"))

    assert state.snapshot()["choices"] == [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "content": None,
                "refusal": None,
                "tool_calls": [
                    {
                        "id": "call_Par1s",
                        "type": "function",
                        "function": {
                            "name": "get_weather",
                            "arguments": '{"city": "Paris", "unit": "c"}',
                        },
                    },
                    {
                        "id": "call_T0ky0",
                        "type": "function",
                        "function": {
                            "name": "get_weather",
                            "arguments": '{"city": "Tōkyō", "unit": "f"}',
                        },
                    },
                ],
            },
            "logprobs": None,
            "finish_reason": "tool_calls",
        }
    ]


def test_snapshot_of_logprobs_keeps_every_token():
    state, _ = run_chunks(body("chat_logprobs.sse"))

    logprobs = state.snapshot()["choices"][0]["logprobs"]
    assert [t["token"] for t in logprobs["content"]] == ["The", " sky", " is", " blue", "."]
    assert logprobs["refusal"] is None


def test_feed_returns_the_chunk_dicts_and_chunk_mode_gives_the_same_snapshot():
    chunk_state, chunks = run_chunks(body("chat_n2.sse"))
    event_state, _ = run_events(body("chat_n2.sse"))

    assert len(chunks) == chunk_state.chunk_count == 13
    assert chunk_state.snapshot() == event_state.snapshot()


def test_snapshot_mid_stream_is_usable():
    state = ChatStreamState()
    state.feed(sse(chunk(choice({"role": "assistant", "content": "Hel"})), done=False))

    assert state.snapshot()["choices"][0]["message"]["content"] == "Hel"
    assert state.snapshot()["choices"][0]["finish_reason"] is None
    assert not state.is_complete


# -- tolerance ------------------------------------------------------------------------------------


def test_provider_quirks_are_tolerated():
    bare = {"id": "x", "created": 1, "model": "m"}  # no `object`
    raw = sse(
        {**bare, "choices": [{"index": 0, "delta": {"role": "assistant", "content": "A"}}]},
        {**bare, "choices": [{"index": 0, "delta": {"role": "assistant", "content": "B"}}]},
        {**bare, "choices": []},
        {**bare, "choices": [{"index": 0, "delta": None}]},
        {**bare, "choices": [{"index": 0}]},
        {**bare, "choices": [{"index": 0, "delta": {"content": None, "refusal": None}}]},
        {**bare, "choices": [{"index": 0, "delta": {"content": "C"}, "finish_reason": "stop"}]},
        "",
        done=False,
    )

    state, _ = run_chunks(raw)

    snapshot = state.snapshot()
    assert snapshot["choices"][0]["message"] == {
        "role": "assistant",
        "content": "ABC",
        "refusal": None,
    }
    assert snapshot["choices"][0]["finish_reason"] == "stop"


def test_repeated_tool_call_id_name_and_type_are_not_concatenated():
    def call(**function):
        return {"index": 0, "id": "call_1", "type": "function", "function": function}

    raw = sse(
        chunk(choice({"tool_calls": [call(name="lookup", arguments='{"q"')]})),
        chunk(choice({"tool_calls": [call(name="lookup", arguments=': "x"}')]})),
        chunk(choice(finish_reason="tool_calls")),
    )

    state, _ = run_chunks(raw)

    assert state.snapshot()["choices"][0]["message"]["tool_calls"] == [
        {
            "id": "call_1",
            "type": "function",
            "function": {"name": "lookup", "arguments": '{"q": "x"}'},
        }
    ]


def test_tool_calls_without_index_are_placed_by_id():
    raw = sse(
        chunk(choice({"tool_calls": [{"id": "a", "function": {"name": "f", "arguments": "{"}}]})),
        chunk(choice({"tool_calls": [{"function": {"arguments": "}"}}]})),
        chunk(choice({"tool_calls": [{"id": "b", "function": {"name": "g", "arguments": "[]"}}]})),
        chunk(choice(finish_reason="tool_calls")),
    )

    state, _ = run_chunks(raw)

    calls = state.snapshot()["choices"][0]["message"]["tool_calls"]
    assert [(c["id"], c["function"]["arguments"]) for c in calls] == [("a", "{}"), ("b", "[]")]


def test_unknown_string_delta_fields_are_concatenated():
    raw = sse(
        chunk(choice({"reasoning_content": "Think", "content": ""})),
        chunk(choice({"reasoning_content": "ing."})),
        chunk(choice({"content": "Done", "audio": {"id": "a1"}}, finish_reason="stop")),
    )

    state, _ = run_chunks(raw)

    message = state.snapshot()["choices"][0]["message"]
    assert message["reasoning_content"] == "Thinking."
    assert message["audio"] == {"id": "a1"}
    assert message["content"] == "Done"


def test_data_after_done_is_ignored():
    raw = sse(chunk(choice({"content": "A"}))) + b"data: not json\n\n"

    state, chunks = run_chunks(raw)

    assert len(chunks) == 1 and state.done
    assert state.feed(b"data: more\n\n") == []


def test_content_delta_helper():
    data = chunk(choice({"content": "x"}, index=1), choice({"content": ""}))

    assert content_delta(data, 1) == "x"
    assert content_delta(data, 0) is None
    assert content_delta(data, 2) is None


# -- failures -------------------------------------------------------------------------------------


def test_error_event_raises_api_error_with_its_fields():
    raw = (
        b'event: error\ndata: {"error": {"message": "Rate limit reached", '
        b'"type": "requests", "code": "rate_limit_exceeded", "param": null}}\n\n'
    )
    state = ChatStreamState(request_id="req_1")

    with pytest.raises(RateLimitError) as caught:
        state.feed(raw)

    error = caught.value
    assert (error.message, error.type, error.code, error.param) == (
        "Rate limit reached",
        "requests",
        "rate_limit_exceeded",
        None,
    )
    assert error.request_id == "req_1" and error.status_code is None


def test_error_object_in_data_raises_api_error():
    raw = sse(
        chunk(choice({"content": "A"})),
        {"error": {"message": "bad input", "type": "invalid_request_error", "param": "messages"}},
    )

    with pytest.raises(BadRequestError) as caught:
        run_chunks(raw)

    assert caught.value.param == "messages" and caught.value.body["error"]["message"] == "bad input"


def test_error_with_status_picks_the_status_class_and_plain_errors_stay_api_error():
    with pytest.raises(RateLimitError) as caught:
        run_chunks(sse({"error": {"message": "slow down", "code": 429}}))
    with pytest.raises(APIError) as plain:
        run_chunks(sse({"error": "something broke"}))

    assert caught.value.status_code == 429
    assert type(plain.value) is APIError and plain.value.message == "something broke"


def test_non_json_data_raises_stream_error_naming_the_line():
    long_line = "<html>" + "x" * 500

    with pytest.raises(StreamError) as caught:
        run_chunks(f"data: {long_line}\n\n".encode())

    message = str(caught.value)
    assert "<html>xxx" in message and "506 chars" in message and len(message) < 400


def test_json_that_is_not_an_object_raises_stream_error():
    with pytest.raises(StreamError, match=r"\[1, 2\]"):
        run_chunks(sse("[1, 2]"))


def test_stream_ending_without_done_or_finish_reason_raises():
    with pytest.raises(StreamError, match="ended before completion"):
        run_chunks(sse(chunk(choice({"content": "Hal"})), done=False))


def test_empty_stream_without_done_raises():
    with pytest.raises(StreamError, match="ended before completion"):
        run_chunks(b"")


def test_n2_stream_with_one_unfinished_choice_raises():
    raw = sse(
        chunk(choice({"content": "a"}, index=0, finish_reason="stop")),
        chunk(choice({"content": "b"}, index=1)),
        done=False,
    )

    with pytest.raises(StreamError, match=r"\[1\]"):
        run_chunks(raw)


def test_stream_without_done_but_all_finished_is_accepted():
    state, _ = run_chunks(sse(chunk(choice({"content": "ok"}, finish_reason="stop")), done=False))

    assert state.is_complete and state.snapshot()["choices"][0]["message"]["content"] == "ok"


def test_stream_cut_mid_event_raises():
    raw = sse(chunk(choice({"content": "a"})), done=False) + b'data: {"choices": [{"finish'

    with pytest.raises(StreamError, match="ended before completion"):
        run_chunks(raw)


def test_deferred_chunk_events_build_their_chunk_once_when_read():
    built = []

    def factory(data):
        built.append(data["id"])
        return ("typed", data["id"])

    raw = sse(chunk(choice({"content": "a"}), id="c1"), chunk(choice({"content": "b"}), id="c2"))
    deferred = ChatStreamState(factory, defer_chunks=True)
    eager = ChatStreamState(factory)

    events = deferred.feed_events(raw)
    assert built == []
    eager_events = eager.feed_events(raw)
    assert built == ["c1", "c2"]

    chunk_events = [e for e in events if e.type == "chunk"]
    assert chunk_events[1].chunk == ("typed", "c2")
    assert chunk_events[1].chunk == ("typed", "c2")
    assert built == ["c1", "c2", "c2"]
    assert events == eager_events  # equality and the event order do not depend on deferral
    assert repr(chunk_events[0]) == repr(ChunkEvent(("typed", "c1")))


def test_a_chunk_event_s_chunk_can_still_be_replaced():
    deferred = ChunkEvent.deferred({"id": "c1"}, lambda data: ("typed", data["id"]))
    eager = ChunkEvent(("typed", "c1"))

    deferred.chunk = "mine"
    eager.chunk = "mine too"

    assert (deferred.chunk, eager.chunk) == ("mine", "mine too")
