"""
The pure chat stream core on what providers add to chunks: reasoning text, usage in other places,
Azure's content-filter chunks, errors carried in a chunk or in a JSON body instead of a stream.

The shapes are cut from the recorded bodies in tests/fixtures/providers/ (see its README).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from openai_core._exceptions import (
    APIError,
    AuthenticationError,
    BadRequestError,
    StreamError,
)
from openai_core._streaming.chat_state import ChatStreamState


def sse(*chunks: Any, done: bool = True) -> bytes:
    text = "".join(f"data: {json.dumps(c, ensure_ascii=False)}\n\n" for c in chunks)
    return (text + ("data: [DONE]\n\n" if done else "")).encode()


def run(raw: bytes) -> tuple[ChatStreamState[Any], list[Any]]:
    state: ChatStreamState[Any] = ChatStreamState(lambda d: d)
    events = state.feed_events(raw)
    state.end(events)
    return state, events


def chunk(delta: dict[str, Any] | None = None, finish: str | None = None, **extra: Any) -> Any:
    choice: dict[str, Any] = {"index": 0, "finish_reason": finish}
    if delta is not None:
        choice["delta"] = delta
    body = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    body["choices"] = [choice]
    body.update(extra)
    return body


def kinds(events: list[Any]) -> list[str]:
    return [e.type for e in events if e.type != "chunk"]


def test_reasoning_content_gives_reasoning_events_before_the_content():
    # DeepSeek: reasoning_content first, content null; then content, reasoning_content null.
    raw = sse(
        chunk({"role": "assistant", "content": None, "reasoning_content": ""}),
        chunk({"content": None, "reasoning_content": "We"}),
        chunk({"content": None, "reasoning_content": " need"}),
        chunk({"content": "3", "reasoning_content": None}),
        chunk({"content": "", "reasoning_content": None}, "stop"),
    )

    state, events = run(raw)

    assert kinds(events) == [
        "reasoning.delta",
        "reasoning.delta",
        "content.delta",
        "reasoning.done",
        "content.done",
    ]
    deltas = [e for e in events if e.type == "reasoning.delta"]
    assert [(d.delta, d.snapshot, d.key) for d in deltas] == [
        ("We", "We", "reasoning_content"),
        (" need", "We need", "reasoning_content"),
    ]
    done = next(e for e in events if e.type == "reasoning.done")
    assert (done.reasoning, done.key, done.choice_index) == ("We need", "reasoning_content", 0)
    message = state.snapshot()["choices"][0]["message"]
    assert (message["reasoning_content"], message["content"]) == ("We need", "3")


def test_reasoning_key_is_kept_as_the_provider_sent_it():
    # Groq, Ollama and OpenRouter send `reasoning`.
    state, events = run(sse(chunk({"reasoning": "Okay"}), chunk({"content": "Hi"}, "stop")))

    message = state.snapshot()["choices"][0]["message"]
    assert message["reasoning"] == "Okay"
    assert "reasoning_content" not in message
    assert [e.key for e in events if e.type == "reasoning.done"] == ["reasoning"]


def test_a_stream_sending_both_keys_reports_the_reasoning_once():
    raw = sse(
        chunk({"reasoning_content": "a", "reasoning": "a"}),
        chunk({"reasoning_content": "b", "reasoning": "b"}, "stop"),
    )

    state, events = run(raw)

    assert "".join(e.delta for e in events if e.type == "reasoning.delta") == "ab"
    message = state.snapshot()["choices"][0]["message"]
    assert (message["reasoning_content"], message["reasoning"]) == ("ab", "ab")


def test_reasoning_of_each_choice_is_its_own():
    first = chunk({"reasoning_content": "x"})
    second = chunk({"reasoning_content": "y"})
    second["choices"][0]["index"] = 1
    last = {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
    last["choices"].append({"index": 1, "delta": {}, "finish_reason": "stop"})

    _, events = run(sse(first, second, last))

    done = [(e.choice_index, e.reasoning) for e in events if e.type == "reasoning.done"]
    assert done == [(0, "x"), (1, "y")]


def test_mistral_content_parts_split_into_reasoning_and_text():
    thinking = [{"type": "thinking", "thinking": [{"type": "text", "text": "2+2=4."}]}]
    raw = sse(
        chunk({"role": "assistant", "content": thinking}),
        chunk({"content": [{"type": "text", "text": "2 + 2 = 4"}]}),
        chunk({"content": ""}, "stop"),
    )

    state, events = run(raw)

    message = state.snapshot()["choices"][0]["message"]
    assert (message["content"], message["reasoning"]) == ("2 + 2 = 4", "2+2=4.")
    assert kinds(events) == ["reasoning.delta", "content.delta", "reasoning.done", "content.done"]


def test_a_text_part_that_is_not_text_is_a_stream_error():
    with pytest.raises(StreamError, match="expected a string 'content' delta"):
        run(sse(chunk({"content": [{"type": "text", "text": 5}]}, "stop")))


def test_moonshot_usage_inside_the_finishing_choice_is_the_usage():
    usage = {"prompt_tokens": 492, "completion_tokens": 49, "total_tokens": 541}
    last = chunk({}, "stop")
    last["choices"][0]["usage"] = usage

    state, _ = run(sse(chunk({"content": " to"}), last))

    snapshot = state.snapshot()
    assert snapshot["usage"] == usage
    assert snapshot["choices"][0]["usage"] == usage


def test_groq_usage_in_x_groq_is_the_usage_when_there_is_no_other():
    usage = {"prompt_tokens": 17, "completion_tokens": 2, "total_tokens": 19, "queue_time": 0.17}
    raw = sse(
        chunk({"content": "Hi"}, x_groq={"id": "req_01"}),
        chunk({}, "stop", x_groq={"id": "req_01", "usage": usage}),
    )

    state, _ = run(raw)

    snapshot = state.snapshot()
    assert snapshot["usage"] == usage
    assert snapshot["x_groq"] == {"id": "req_01", "usage": usage}


def test_top_level_usage_wins_over_the_other_places():
    top = {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}
    other = {"prompt_tokens": 9, "completion_tokens": 9, "total_tokens": 18}
    last = chunk({}, "stop", usage=top, x_groq={"usage": other})
    last["choices"][0]["usage"] = other

    state, _ = run(sse(last))

    assert state.snapshot()["usage"] == top


def test_azure_filter_chunks_keep_the_header_and_the_filter_results():
    prompt_filter = [{"prompt_index": 0, "content_filter_results": {"hate": {"filtered": False}}}]
    filters = {"hate": {"filtered": False, "severity": "safe"}}
    first = {"choices": [], "created": 0, "id": "", "model": "", "object": ""}
    first["prompt_filter_results"] = prompt_filter
    text = chunk({"content": "Capital"}, id="chatcmpl-CYPS", model="gpt-5-nano", created=1762317021)
    text["choices"][0]["content_filter_results"] = filters
    # Azure's asynchronous filter sends annotation chunks without a delta.
    annotation = {"id": "chatcmpl-CYPS", "choices": [{"index": 0, "finish_reason": None}]}
    annotation["choices"][0]["content_filter_results"] = filters
    last = chunk({}, "stop", id="chatcmpl-CYPS", model="gpt-5-nano", created=1762317021)
    last["choices"][0]["content_filter_results"] = {}

    state, events = run(sse(first, text, annotation, last))

    snapshot = state.snapshot()
    assert (snapshot["id"], snapshot["model"], snapshot["created"]) == (
        "chatcmpl-CYPS",
        "gpt-5-nano",
        1762317021,
    )
    assert snapshot["prompt_filter_results"] == prompt_filter
    choice = snapshot["choices"][0]
    assert choice["message"]["content"] == "Capital"
    assert choice["content_filter_results"] == {}  # the last value the provider sent
    assert kinds(events) == ["content.delta", "content.done"]


def test_unknown_chunk_keys_reach_the_snapshot_and_never_replace_known_ones():
    raw = sse(
        chunk({"content": "a"}, obfuscation="Qup1", citations=["https://x"]),
        chunk({"content": "b"}, "stop", obfuscation="Zar", citations=None),
    )

    snapshot = run(raw)[0].snapshot()

    assert (snapshot["obfuscation"], snapshot["citations"]) == ("Zar", ["https://x"])
    assert snapshot["object"] == "chat.completion"
    assert snapshot["choices"][0]["message"]["content"] == "ab"


def test_a_choice_that_repeats_the_whole_message_keeps_the_streamed_one():
    # MiniMax's last chunk carries `message` beside the delta.
    last = chunk({}, "stop")
    last["choices"][0]["message"] = {"role": "assistant", "content": "Hello there"}

    snapshot = run(sse(chunk({"content": "Hello"}), chunk({"content": " there"}), last))[
        0
    ].snapshot()

    assert snapshot["choices"][0]["message"]["content"] == "Hello there"


def test_a_chunk_carrying_minimax_base_resp_error_raises():
    failed = chunk({}, base_resp={"status_code": 1027, "status_msg": "output new_sensitive"})

    with pytest.raises(BadRequestError) as info:
        run(sse(chunk({"content": "a"}), failed))

    assert (info.value.message, info.value.code) == ("output new_sensitive", "1027")


def test_a_chunk_with_a_zero_base_resp_is_a_chunk():
    ok = chunk({"content": "a"}, "stop", base_resp={"status_code": 0, "status_msg": ""})

    snapshot = run(sse(ok))[0].snapshot()

    assert snapshot["base_resp"] == {"status_code": 0, "status_msg": ""}


@pytest.mark.parametrize("pieces", [1, 3])
def test_a_json_error_body_instead_of_a_stream_raises_the_providers_error(pieces: int):
    # MiniMax answers a stream request with HTTP 200 and one JSON object.
    raw = b'{"base_resp":{"status_code":1004,"status_msg":"login fail: carry the API key"}}'
    state: ChatStreamState[Any] = ChatStreamState(lambda d: d)
    step = len(raw) // pieces + 1
    for start in range(0, len(raw), step):
        assert state.feed(raw[start : start + step]) == []

    with pytest.raises(AuthenticationError) as info:
        state.end()

    assert (info.value.message, info.value.code) == ("login fail: carry the API key", "1004")


def test_a_json_error_object_instead_of_a_stream_raises():
    state: ChatStreamState[Any] = ChatStreamState()
    state.feed(b'{"error":{"message":"no such model","type":"invalid_request_error"}}')

    with pytest.raises(BadRequestError, match="no such model"):
        state.end()


def test_llama_cpp_error_line_instead_of_a_stream_raises():
    body = b'error: {"code":400,"message":"the request exceeds the context size","type":"x"}\n\n'

    with pytest.raises(BadRequestError, match="exceeds the context size"):
        run(body)


def test_a_json_result_instead_of_a_stream_is_a_stream_error():
    state: ChatStreamState[Any] = ChatStreamState()
    state.feed(b'{"id":"c1","object":"chat.completion","choices":[]}')

    with pytest.raises(StreamError, match="Expected an event stream, got a JSON body"):
        state.end()


def test_text_that_is_not_a_stream_still_reports_a_cut_stream():
    state: ChatStreamState[Any] = ChatStreamState()
    state.feed(b"<html>gateway timeout</html>")

    with pytest.raises(StreamError, match="ended before completion"):
        state.end()


def test_an_error_in_the_stream_after_chunks_is_still_an_api_error():
    raw = sse(chunk({"content": "a"}), {"error": {"message": "overloaded", "code": 529}})

    with pytest.raises(APIError, match="overloaded"):
        run(raw)
