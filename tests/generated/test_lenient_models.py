"""
Generated models read what providers really send (DESIGN section 8): bodies shaped exactly like
Azure, vLLM and stored-completion answers parse, `validation_issues()` names each deviation, and
`strict_response_validation=True` turns a deviation into ResponseValidationError. Also: the wire
names as attributes (DESIGN section 10) and `reasoning_text`.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from conftest import close, make_client, resolve

from openai_core import ResponseValidationError, ValidationIssue
from openai_core._generated.models.chat_completion import ChatCompletion
from openai_core._generated.models.chat_completion_chunk import ChatCompletionChunk
from openai_core._generated.models.chat_completion_chunk_delta import ChatCompletionChunkDelta
from openai_core._generated.models.chat_completion_message import ChatCompletionMessage
from openai_core._generated.models.chat_completion_message_custom_tool_call import (
    ChatCompletionMessageCustomToolCall,
)
from openai_core._generated.models.chat_completion_message_list import ChatCompletionMessageList
from openai_core._generated.models.chat_completion_message_tool_call import (
    ChatCompletionMessageToolCall,
)
from openai_core._generated.models.file_object import FileObject
from openai_core._model_build import build_model
from openai_core.testing import FakeReply

pytestmark = pytest.mark.anyio

# Azure OpenAI's first chunk of every chat stream: the prompt's content-filter results.
AZURE_FIRST_CHUNK: dict[str, Any] = {
    "choices": [],
    "created": 0,
    "id": "",
    "model": "",
    "object": "",
    "prompt_filter_results": [
        {
            "prompt_index": 0,
            "content_filter_results": {
                "hate": {"filtered": False, "severity": "safe"},
                "self_harm": {"filtered": False, "severity": "safe"},
                "sexual": {"filtered": False, "severity": "safe"},
                "violence": {"filtered": False, "severity": "safe"},
            },
        }
    ],
}
# Azure's later content-filter chunk: a choice without `delta`.
AZURE_FILTER_CHUNK: dict[str, Any] = {
    "choices": [
        {
            "content_filter_offsets": {"check_offset": 35, "start_offset": 35, "end_offset": 36},
            "content_filter_results": {"hate": {"filtered": False, "severity": "safe"}},
            "finish_reason": None,
            "index": 0,
        }
    ],
    "created": 1727000000,
    "id": "chatcmpl-A1b2",
    "model": "gpt-4o-2024-05-13",
    "object": "chat.completion.chunk",
    "system_fingerprint": "fp_67802d9a6d",
}
# vLLM's non-streamed completion: `prompt_tokens_details: null`, extra `stop_reason`.
VLLM_COMPLETION: dict[str, Any] = {
    "id": "chatcmpl-8f0c",
    "object": "chat.completion",
    "created": 1730000000,
    "model": "Qwen/Qwen2.5-7B-Instruct",
    "choices": [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "reasoning_content": None,
                "content": "Hi!",
                "tool_calls": [],
            },
            "logprobs": None,
            "finish_reason": "stop",
            "stop_reason": None,
        }
    ],
    "usage": {
        "prompt_tokens": 10,
        "total_tokens": 12,
        "completion_tokens": 2,
        "prompt_tokens_details": None,
    },
    "prompt_logprobs": None,
}
# chat.completions.messages.list: stored messages have the roles they were sent with.
STORED_MESSAGES: dict[str, Any] = {
    "object": "list",
    "data": [
        {
            "id": "chatcmpl-abc-0",
            "role": "user",
            "content": "Hello",
            "name": None,
            "content_parts": None,
        }
    ],
    "first_id": "chatcmpl-abc-0",
    "last_id": "chatcmpl-abc-0",
    "has_more": False,
}
# A compatible server's sparse answer: no `created`, a null finish_reason, a message without
# `role`, a usage without `completion_tokens` and a float where an integer belongs.
SPARSE_COMPLETION: dict[str, Any] = {
    "id": "x",
    "object": "chat.completion",
    "model": "m",
    "choices": [{"index": 0, "message": {"content": "hi"}, "finish_reason": None}],
    "usage": {"prompt_tokens": 3, "total_tokens": 5.0},
}


def issues(model: Any) -> list[tuple[str, str, str]]:
    return [(i.path, i.expected, i.got) for i in model.validation_issues()]


def test_azure_content_filter_chunks_parse_and_keep_their_extra_fields():
    first = ChatCompletionChunk.from_dict(AZURE_FIRST_CHUNK)
    later = ChatCompletionChunk.from_dict(AZURE_FILTER_CHUNK)

    assert (first.id, first.object, first.choices) == ("", "", [])
    assert first.additional_properties["prompt_filter_results"][0]["prompt_index"] == 0
    assert issues(first) == [("$.object", "'chat.completion.chunk'", "''")]
    assert later.choices[0].delta is None
    assert later.choices[0].finish_reason is None
    assert "content_filter_results" in later.choices[0].additional_properties
    assert issues(later) == [("$.choices[0].delta", "ChatCompletionChunkDelta", "missing")]


def test_a_vllm_completion_with_null_prompt_tokens_details_parses():
    completion = ChatCompletion.from_dict(VLLM_COMPLETION)

    assert completion.usage.prompt_tokens_details is None
    assert completion.choices[0].message.content == "Hi!"
    assert completion.choices[0].message.reasoning_text is None
    assert completion.choices[0].additional_properties == {"stop_reason": None}
    assert issues(completion) == [
        ("$.usage.prompt_tokens_details", "CompletionUsagePromptTokensDetails", "null")
    ]


def test_stored_messages_with_role_user_parse():
    listed = ChatCompletionMessageList.from_dict(STORED_MESSAGES)

    assert listed.data[0].role == "user"
    assert listed.data[0].content == "Hello"
    assert issues(listed) == [("$.data[0].role", "'assistant'", "'user'")]


def test_missing_fields_read_as_none_and_each_deviation_is_named():
    completion = ChatCompletion.from_dict(SPARSE_COMPLETION)

    assert completion.created is None
    assert completion.choices[0].finish_reason is None
    assert completion.choices[0].message.role is None
    assert completion.usage.completion_tokens is None
    assert completion.usage.total_tokens == 5.0  # kept as it came
    assert issues(completion) == [
        (
            "$.choices[0].finish_reason",
            "one of 'content_filter', 'function_call', 'length', 'stop', 'tool_calls'",
            "null",
        ),
        ("$.choices[0].message.role", "'assistant'", "missing"),
        ("$.created", "integer", "missing"),
        ("$.usage.completion_tokens", "integer", "missing"),
        ("$.usage.total_tokens", "integer", "5.0"),
    ]
    assert str(completion.validation_issues()[2]) == "$.created: expected integer, got missing"


def test_a_body_matching_the_spec_has_no_issues():
    with open("tests/fixtures/chat_completion_tool_calls.json", encoding="utf-8") as f:
        body = json.load(f)

    assert ChatCompletion.from_dict(body).validation_issues() == []


@pytest.mark.parametrize(
    "body", [AZURE_FIRST_CHUNK, AZURE_FILTER_CHUNK], ids=["azure-first", "azure-filter"]
)
def test_to_dict_gives_back_what_came_unknown_keys_included(body):
    assert ChatCompletionChunk.from_dict(copy.deepcopy(body)).to_dict() == body


@pytest.mark.parametrize("body", [VLLM_COMPLETION, SPARSE_COMPLETION], ids=["vllm", "sparse"])
def test_completions_round_trip_through_to_dict(body):
    assert ChatCompletion.from_dict(copy.deepcopy(body)).to_dict() == body


def test_values_of_the_wrong_kind_are_kept_and_reported_never_raised():
    odd = {
        "id": 7,
        "object": "chat.completion.chunk",
        "created": "yesterday",
        "model": "m",
        "choices": {"not": "a list"},
        "usage": "none",
        "service_tier": "brand-new-tier",
    }

    chunk = ChatCompletionChunk.from_dict(odd)

    assert (chunk.id, chunk.created, chunk.choices, chunk.usage) == (
        7,
        "yesterday",
        {"not": "a list"},
        "none",
    )
    assert chunk.service_tier == "brand-new-tier"
    assert [(path, got) for path, _, got in issues(chunk)] == [
        ("$.id", "7"),
        ("$.choices", "object"),
        ("$.created", "'yesterday'"),
        ("$.service_tier", "'brand-new-tier'"),
        ("$.usage", "'none'"),
    ]
    assert chunk.to_dict() == odd


def test_a_list_item_that_is_not_an_object_is_kept():
    chunk = ChatCompletionChunk.from_dict({**AZURE_FILTER_CHUNK, "choices": ["oops"]})

    assert chunk.choices == ["oops"]
    assert issues(chunk) == [("$.choices[0]", "ChatCompletionChunkChoice", "'oops'")]


def test_union_members_are_picked_by_their_tag_then_by_their_keys():
    def tool_calls(*calls: dict[str, Any]) -> list[Any]:
        body = {"role": "assistant", "content": None, "tool_calls": list(calls)}
        return ChatCompletionMessage.from_dict(body).tool_calls

    function = {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    custom = {"id": "c2", "type": "custom", "custom": {"name": "g", "input": "x"}}
    untagged = {"id": "c3", "custom": {"name": "g", "input": "x"}}
    unknown = {"id": "c4", "type": "brand_new", "function": {"name": "f", "arguments": "{}"}}

    picked = tool_calls(function, custom, untagged, unknown)

    assert [type(call) for call in picked] == [
        ChatCompletionMessageToolCall,
        ChatCompletionMessageCustomToolCall,
        ChatCompletionMessageCustomToolCall,
        ChatCompletionMessageToolCall,
    ]
    assert picked[3].type == "brand_new"
    message = ChatCompletionMessage.from_dict(
        {"role": "assistant", "content": None, "tool_calls": [unknown]}
    )
    assert ("$.tool_calls[0].type", "'function'", "'brand_new'") in issues(message)


def test_reasoning_text_reads_reasoning_content_or_reasoning():
    deepseek = ChatCompletionMessage.from_dict(
        {"role": "assistant", "content": "4", "reasoning_content": "2+2 is 4"}
    )
    openrouter = ChatCompletionChunkDelta.from_dict({"content": "", "reasoning": "thinking"})
    neither = ChatCompletionChunkDelta.from_dict({"content": "x"})
    not_text = ChatCompletionChunkDelta.from_dict({"reasoning": {"effort": "high"}})

    assert deepseek.reasoning_text == "2+2 is 4"
    assert openrouter.reasoning_text == "thinking"
    assert neither.reasoning_text is None
    assert not_text.reasoning_text is None
    assert openrouter.to_dict() == {"content": "", "reasoning": "thinking"}


def test_wire_names_are_attributes_and_the_underscore_names_still_work():
    uploaded = FileObject.from_dict(
        {
            "id": "file-1",
            "object": "file",
            "bytes": 9,
            "created_at": 1,
            "filename": "a.jsonl",
            "purpose": "batch",
            "status": "processed",
        }
    )

    assert (uploaded.bytes, uploaded.object) == (9, "file")
    assert (uploaded.bytes_, uploaded.object_) == (9, "file")
    uploaded.bytes_ = 10  # the old spelling writes the same field
    assert uploaded.bytes == 10
    assert uploaded.to_dict()["bytes"] == 10
    call = ChatCompletionMessageToolCall.from_dict(
        {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    )
    assert call.type == call.type_ == "function"


def test_models_are_built_with_the_wire_names_as_keywords():
    call = ChatCompletionMessageToolCall(
        id="c1",
        type="function",
        function=ChatCompletionMessageToolCall.from_dict(
            {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}
        ).function,
    )

    assert call.to_dict() == {
        "id": "c1",
        "type": "function",
        "function": {"name": "f", "arguments": "{}"},
    }
    assert call.validation_issues() == []


def test_validation_issue_is_a_plain_named_tuple():
    issue = ValidationIssue("$.a", "integer", "'x'")

    assert issue == ("$.a", "integer", "'x'")
    assert str(issue) == "$.a: expected integer, got 'x'"


def test_build_model_in_strict_mode_names_the_mismatches():
    with pytest.raises(ResponseValidationError) as caught:
        build_model(ChatCompletion.from_dict, SPARSE_COMPLETION, "a ChatCompletion", strict=True)

    message = str(caught.value)
    assert message.startswith("Expected a ChatCompletion; the body does not match the spec: ")
    assert "$.choices[0].message.role: expected 'assistant', got missing" in message
    assert "$.created: expected integer, got missing" in message
    assert caught.value.path == "$.choices[0].finish_reason"
    assert caught.value.value is SPARSE_COMPLETION
    assert build_model(ChatCompletion.from_dict, VLLM_COMPLETION, "x").usage.total_tokens == 12


async def test_clients_read_leniently_by_default_and_strictly_when_asked(mode, fake):
    lenient = make_client(mode, fake)
    strict = make_client(mode, fake, strict_response_validation=True)
    copied = lenient.with_options(strict_response_validation=True)
    fake.reply_json(VLLM_COMPLETION).reply_json(VLLM_COMPLETION).reply_json(VLLM_COMPLETION)

    completion = await resolve(lenient.chat.completions.create(model="m").message_user("hi").send())
    with pytest.raises(ResponseValidationError, match="prompt_tokens_details") as caught:
        await resolve(strict.chat.completions.create(model="m").message_user("hi").send())
    with pytest.raises(ResponseValidationError):
        await resolve(copied.chat.completions.create(model="m").message_user("hi").send())

    assert completion.usage.prompt_tokens_details is None
    assert caught.value.path == "$.usage.prompt_tokens_details"
    await close(lenient)
    await close(strict)


def _sse(*chunks: dict[str, Any]) -> FakeReply:
    events = [b"data: " + json.dumps(c).encode() + b"\n\n" for c in chunks]
    return FakeReply.from_sse([*events, b"data: [DONE]\n\n"])


async def test_an_azure_stream_reads_by_default_and_raises_in_strict_mode(mode, fake):
    content = copy.deepcopy(AZURE_FILTER_CHUNK)
    content["choices"][0]["delta"] = {"role": "assistant", "content": "Hello"}
    lenient = make_client(mode, fake)
    strict = make_client(mode, fake, strict_response_validation=True)
    fake.reply(_sse(AZURE_FIRST_CHUNK, content, AZURE_FILTER_CHUNK))
    fake.reply(_sse(AZURE_FIRST_CHUNK, content))

    stream = await resolve(lenient.chat.completions.stream().model("m").message_user("hi").send())
    chunks = [c async for c in stream] if mode == "async" else list(stream)
    strict_stream = await resolve(
        strict.chat.completions.stream().model("m").message_user("hi").send()
    )
    with pytest.raises(ResponseValidationError, match=r"\$\.object: expected") as caught:
        if mode == "async":
            async for _ in strict_stream:
                pass
        else:
            list(strict_stream)

    assert [c.object for c in chunks] == ["", "chat.completion.chunk", "chat.completion.chunk"]
    assert chunks[1].choices[0].delta.content == "Hello"
    assert caught.value.path == "$.object"
    await resolve(strict_stream.close())
    await close(lenient)
    await close(strict)


def test_copies_and_pickles_keep_the_one_unset():
    import pickle

    from openai_core._generated.types import UNSET

    chunk = ChatCompletionChunk.from_dict(copy.deepcopy(AZURE_FILTER_CHUNK))

    for twin in (copy.deepcopy(chunk), pickle.loads(pickle.dumps(chunk))):
        assert twin == chunk
        assert twin.usage is UNSET
        assert twin.to_dict() == AZURE_FILTER_CHUNK
        assert twin.validation_issues() == chunk.validation_issues()


def test_a_large_union_picks_members_by_their_tag_and_keeps_unknown_items():
    from openai_core._generated.models.function_tool_call import FunctionToolCall
    from openai_core._generated.models.reasoning_item import ReasoningItem
    from openai_core._generated.models.response import Response
    from openai_core._generated.models.web_search_tool_call import WebSearchToolCall

    items = [
        {"type": "reasoning", "id": "rs_1", "summary": []},
        {
            "type": "function_call",
            "id": "fc_1",
            "call_id": "c",
            "name": "f",
            "arguments": "{}",
            "status": "completed",
        },
        {
            "type": "web_search_call",
            "id": "ws",
            "status": "completed",
            "action": {"type": "search"},
        },
        {"type": "future_item", "id": "x", "payload": 1},
    ]
    body = {"id": "r", "object": "response", "created_at": 1, "model": "m", "output": items}

    response = Response.from_dict(copy.deepcopy(body))

    assert [type(item) for item in response.output[:3]] == [
        ReasoningItem,
        FunctionToolCall,
        WebSearchToolCall,
    ]
    assert response.output[3].type == "future_item"
    assert response.to_dict()["output"] == items
    assert "$.output[3].type" in [i.path for i in response.validation_issues()]


async def test_event_streams_build_chunks_when_read_and_raise_at_arrival_in_strict_mode(mode, fake):
    content = copy.deepcopy(AZURE_FILTER_CHUNK)
    content["choices"][0]["delta"] = {"role": "assistant", "content": "Hello"}
    body = (AZURE_FIRST_CHUNK, content, AZURE_FILTER_CHUNK)
    lenient = make_client(mode, fake)
    strict = make_client(mode, fake, strict_response_validation=True)
    fake.reply(_sse(*body)).reply(_sse(*body))

    stream = await resolve(
        lenient.chat.completions.stream().model("m").message_user("hi").send_events()
    )
    events = [e async for e in stream] if mode == "async" else list(stream)
    strict_stream = await resolve(
        strict.chat.completions.stream().model("m").message_user("hi").send_events()
    )
    seen = []
    with pytest.raises(ResponseValidationError, match=r"\$\.object: expected"):
        if mode == "async":
            async for event in strict_stream:
                seen.append(event)
        else:
            for event in strict_stream:
                seen.append(event)

    chunks = [e.chunk for e in events if e.type == "chunk"]
    assert chunks == [ChatCompletionChunk.from_dict(copy.deepcopy(c)) for c in body]
    assert chunks[1].choices[0].delta.content == "Hello"
    assert events[0].chunk is chunks[0]  # built once, then kept
    assert seen == []  # the first chunk fails as it arrives, before any event is handed out
    await resolve(strict_stream.close())
    await close(lenient)
    await close(strict)
