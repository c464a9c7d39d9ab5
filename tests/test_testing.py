"""Tests of openai_core.testing through its httpx transports (sync and async) and its pure core."""

from __future__ import annotations

import base64
import json
import struct
import threading
import time
from typing import Any

import httpx
import pytest

from openai_core.testing import FakeProvider, FakeReply, FakeRequest
from openai_core.testing._models import Reset, Send, Sleep, Stall, body_plan

BASE = "http://fake.test/v1"
CHAT = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi there"}]}
STREAM = {**CHAT, "stream": True, "stream_options": {"include_usage": True}}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Http:
    """Send requests through the sync or the async transport, with one awaitable API."""

    def __init__(self, provider: FakeProvider, mode: str) -> None:
        self.provider = provider
        self.mode = mode

    async def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        if self.mode == "sync":
            with httpx.Client(transport=self.provider.transport(), base_url=BASE) as client:
                return client.request(method, path, **kwargs)
        async with httpx.AsyncClient(
            transport=self.provider.async_transport(), base_url=BASE
        ) as client:
            return await client.request(method, path, **kwargs)

    async def chunks(self, method: str, path: str, **kwargs: Any) -> list[bytes]:
        """Return the body pieces exactly as the transport handed them over."""
        if self.mode == "sync":
            with (
                httpx.Client(transport=self.provider.transport(), base_url=BASE) as client,
                client.stream(method, path, **kwargs) as response,
            ):
                return list(response.iter_raw())
        async with (
            httpx.AsyncClient(transport=self.provider.async_transport(), base_url=BASE) as aclient,
            aclient.stream(method, path, **kwargs) as aresponse,
        ):
            return [chunk async for chunk in aresponse.aiter_raw()]


@pytest.fixture
def provider() -> FakeProvider:
    return FakeProvider()


@pytest.fixture(params=["sync", "async"])
def http(request: pytest.FixtureRequest, provider: FakeProvider) -> Http:
    return Http(provider, request.param)


def sse_events(body: bytes) -> list[Any]:
    """Parse a simple SSE body: every ``data:`` line, JSON-decoded unless it is [DONE]."""
    lines = [
        line[len("data: ") :] for line in body.decode().split("\n") if line.startswith("data: ")
    ]
    return [line if line == "[DONE]" else json.loads(line) for line in lines]


def streamed_content(events: list[Any], field: str = "content") -> str:
    return "".join(
        event["choices"][0]["delta"].get(field) or ""
        for event in events
        if event != "[DONE]" and event["choices"]
    )


# -- scripted chat replies -------------------------------------------------------------------


@pytest.mark.anyio
async def test_reply_text_answers_with_content_and_word_usage(http, provider):
    provider.reply_text("Hello brave new world", model="custom-model")

    body = (await http.request("POST", "/chat/completions", json=CHAT)).json()

    assert body["object"] == "chat.completion"
    assert body["model"] == "custom-model"
    assert body["choices"][0]["message"] == {
        "role": "assistant",
        "content": "Hello brave new world",
        "refusal": None,
    }
    assert body["choices"][0]["finish_reason"] == "stop"
    assert body["usage"] == {"prompt_tokens": 2, "completion_tokens": 4, "total_tokens": 6}


@pytest.mark.anyio
async def test_reply_text_streams_deltas_then_usage_then_done(http, provider):
    provider.reply_text("Hello brave new world")

    response = await http.request("POST", "/chat/completions", json=STREAM)
    events = sse_events(response.content)

    assert response.headers["content-type"].startswith("text/event-stream")
    assert events[-1] == "[DONE]"
    assert events[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    assert streamed_content(events) == "Hello brave new world"
    content_deltas = [e for e in events[1:-3] if e["choices"][0]["delta"].get("content")]
    assert len(content_deltas) == 4
    assert events[-3]["choices"][0]["finish_reason"] == "stop"
    assert events[-2]["choices"] == []
    assert events[-2]["usage"]["total_tokens"] == 6
    assert {e["object"] for e in events[:-1]} == {"chat.completion.chunk"}


@pytest.mark.anyio
async def test_stream_without_include_usage_sends_no_usage(http, provider):
    provider.reply_text("Hello")

    events = sse_events(
        (await http.request("POST", "/chat/completions", json={**CHAT, "stream": True})).content
    )

    assert all("usage" not in event for event in events[:-1])
    assert streamed_content(events) == "Hello"
    assert len(events) == 5  # role, "Hel", "lo", finish, [DONE]


@pytest.mark.anyio
async def test_reply_tool_calls_gives_parallel_calls_with_sequential_ids(http, provider):
    calls = [
        {"name": "get_weather", "arguments": {"city": "Paris"}},
        {"name": "get_time", "arguments": '{"tz": "CET"}'},
    ]
    provider.reply_tool_calls(calls)

    body = (await http.request("POST", "/chat/completions", json=CHAT)).json()

    message = body["choices"][0]["message"]
    assert body["choices"][0]["finish_reason"] == "tool_calls"
    assert message["content"] is None
    assert [c["id"] for c in message["tool_calls"]] == ["call_1", "call_2"]
    assert message["tool_calls"][0]["function"] == {
        "name": "get_weather",
        "arguments": '{"city":"Paris"}',
    }
    assert message["tool_calls"][1]["function"]["arguments"] == '{"tz": "CET"}'


@pytest.mark.anyio
async def test_streamed_tool_calls_split_arguments_into_several_deltas(http, provider):
    provider.reply_tool_calls(
        [{"name": "a", "arguments": {"city": "Paris"}}, {"name": "b", "arguments": {"x": 1}}]
    )

    events = sse_events((await http.request("POST", "/chat/completions", json=STREAM)).content)

    arguments: dict[int, list[str]] = {}
    for event in events[:-1]:
        for choice in event["choices"]:
            for call in choice["delta"].get("tool_calls", []):
                arguments.setdefault(call["index"], []).append(call["function"]["arguments"])
    assert "".join(arguments[0]) == '{"city":"Paris"}'
    assert "".join(arguments[1]) == '{"x":1}'
    assert len([piece for piece in arguments[0] if piece]) >= 3
    assert events[-3]["choices"][0]["finish_reason"] == "tool_calls"


@pytest.mark.anyio
async def test_reply_refusal_as_json_and_stream(http, provider):
    provider.reply_refusal("I can't help with that").reply_refusal("No way")

    body = (await http.request("POST", "/chat/completions", json=CHAT)).json()
    events = sse_events((await http.request("POST", "/chat/completions", json=STREAM)).content)

    assert body["choices"][0]["message"]["refusal"] == "I can't help with that"
    assert body["choices"][0]["message"]["content"] is None
    assert streamed_content(events, "refusal") == "No way"


@pytest.mark.anyio
@pytest.mark.parametrize("reason", ["length", "content_filter"])
async def test_reply_finish_reason_sets_reason_and_partial_content(http, provider, reason):
    provider.reply_finish_reason(reason, content="Partial answ")

    body = (await http.request("POST", "/chat/completions", json=CHAT)).json()

    assert body["choices"][0]["finish_reason"] == reason
    assert body["choices"][0]["message"]["content"] == "Partial answ"


@pytest.mark.anyio
async def test_reply_error_uses_openai_shape_and_headers(http, provider):
    provider.reply_error(429, "Slow down", code="rate_limit_exceeded", headers={"retry-after": "2"})

    response = await http.request("POST", "/chat/completions", json=CHAT)

    assert response.status_code == 429
    assert response.headers["retry-after"] == "2"
    assert response.json() == {
        "error": {
            "message": "Slow down",
            "type": "rate_limit_error",
            "param": None,
            "code": "rate_limit_exceeded",
        }
    }


@pytest.mark.anyio
async def test_reply_error_with_custom_body_sends_it_verbatim(http, provider):
    provider.reply_error(500, body={"detail": "boom"}, type="ignored")

    response = await http.request("GET", "/models")

    assert response.status_code == 500
    assert response.json() == {"detail": "boom"}


@pytest.mark.anyio
async def test_reply_json_and_reply_stream_send_exact_bodies(http, provider):
    raw = [b'data: {"a":1}\n\n', b": comment\r\n", b"data: [DONE]\n\n"]
    provider.reply_json({"anything": [1, 2]}, status=201, headers={"x-extra": "yes"})
    provider.reply_stream(raw, status=200)

    first = await http.request("GET", "/whatever")
    chunks = await http.chunks("POST", "/chat/completions", json=CHAT)

    assert first.status_code == 201
    assert first.json() == {"anything": [1, 2]}
    assert first.headers["x-extra"] == "yes"
    assert chunks == raw


@pytest.mark.anyio
async def test_reply_callable_builds_reply_from_request(http, provider):
    def echo_model(request: FakeRequest) -> FakeReply:
        return FakeReply.from_json({"seen": request.json["model"], "path": request.path})

    provider.reply(echo_model)

    body = (await http.request("POST", "/chat/completions", json=CHAT)).json()

    assert body == {"seen": "gpt-4o-mini", "path": "/chat/completions"}


@pytest.mark.anyio
async def test_reply_callable_that_raises_gives_500_and_is_recorded(http, provider):
    def broken(request: FakeRequest) -> FakeReply:
        raise RuntimeError("oops")

    provider.reply(broken)

    response = await http.request("POST", "/chat/completions", json=CHAT)

    assert response.status_code == 500
    assert response.json()["error"]["code"] == "fake_reply_error"
    assert [str(e) for e in provider.errors] == ["oops"]


@pytest.mark.anyio
async def test_replies_bound_to_a_path_wait_for_a_matching_request(http, provider):
    provider.reply_json({"bound": True}, for_path="/embeddings", method="POST")
    provider.reply_text("global")

    models = await http.request("GET", "/models")
    embeddings = await http.request("POST", "/embeddings", json={"model": "m", "input": "x"})
    chat = await http.request("POST", "/chat/completions", json=CHAT)

    assert models.status_code == 200
    assert embeddings.json() == {"bound": True}
    assert chat.json()["choices"][0]["message"]["content"] == "You said: Hi there"
    assert provider.pending == 0


@pytest.mark.anyio
async def test_global_replies_are_used_in_order(http, provider):
    provider.reply_text("one").reply_text("two")
    assert provider.pending == 2

    first = (await http.request("POST", "/chat/completions", json=CHAT)).json()
    second = (await http.request("POST", "/chat/completions", json=CHAT)).json()

    assert first["choices"][0]["message"]["content"] == "one"
    assert second["choices"][0]["message"]["content"] == "two"
    assert first["id"] != second["id"]


@pytest.mark.anyio
async def test_extra_headers_option_replaces_headers_of_same_name(http, provider):
    provider.reply_text("x", headers={"Content-Type": "application/vnd.test+json", "x-a": "1"})

    response = await http.request("POST", "/chat/completions", json=CHAT)

    assert response.headers.get_list("content-type") == ["application/vnd.test+json"]
    assert response.headers["x-a"] == "1"


# -- default endpoints -----------------------------------------------------------------------


@pytest.mark.anyio
async def test_default_chat_echoes_last_user_message_deterministically(http):
    messages = [
        {"role": "user", "content": "first"},
        {"role": "assistant", "content": "ok"},
        {"role": "user", "content": [{"type": "text", "text": "second question"}]},
    ]

    body = (
        await http.request("POST", "/chat/completions", json={"model": "m", "messages": messages})
    ).json()

    assert body["id"] == "chatcmpl-fake-1"
    assert body["created"] == 1_700_000_001
    assert body["choices"][0]["message"]["content"] == "You said: second question"
    assert body["usage"] == {"prompt_tokens": 4, "completion_tokens": 4, "total_tokens": 8}


@pytest.mark.anyio
async def test_default_chat_streams_the_echo_when_asked(http):
    events = sse_events((await http.request("POST", "/chat/completions", json=STREAM)).content)

    assert streamed_content(events) == "You said: Hi there"
    assert events[-1] == "[DONE]"


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/chat/completions", {"messages": []}),
        ("/embeddings", {"input": "x"}),
        ("/audio/speech", {"input": "x", "voice": "alloy"}),
    ],
)
async def test_create_without_model_is_a_400_naming_the_param(http, path, body):
    response = await http.request("POST", path, json=body)

    assert response.status_code == 400
    assert response.json()["error"]["param"] == "model"
    assert response.json()["error"]["type"] == "invalid_request_error"


@pytest.mark.anyio
async def test_stored_completion_can_be_read_updated_listed_and_deleted(http):
    created = await http.request(
        "POST", "/chat/completions", json={**CHAT, "store": True, "metadata": {"k": "v"}}
    )
    completion_id = created.json()["id"]

    fetched = (await http.request("GET", f"/chat/completions/{completion_id}")).json()
    updated = await http.request(
        "POST", f"/chat/completions/{completion_id}", json={"metadata": {"k": "new"}}
    )
    messages = (await http.request("GET", f"/chat/completions/{completion_id}/messages")).json()
    deleted = (await http.request("DELETE", f"/chat/completions/{completion_id}")).json()
    missing = await http.request("GET", f"/chat/completions/{completion_id}")

    assert fetched["choices"] == created.json()["choices"]
    assert fetched["metadata"] == {"k": "v"}
    assert updated.json()["metadata"] == {"k": "new"}
    assert messages["object"] == "list"
    assert [m["content"] for m in messages["data"]] == ["Hi there"]
    assert messages["data"][0]["id"] == f"{completion_id}-0"
    assert deleted == {"object": "chat.completion.deleted", "id": completion_id, "deleted": True}
    assert missing.status_code == 404


@pytest.mark.anyio
async def test_unstored_completion_is_not_listed(http):
    await http.request("POST", "/chat/completions", json=CHAT)

    listing = (await http.request("GET", "/chat/completions")).json()

    assert listing == {
        "object": "list",
        "data": [],
        "first_id": None,
        "last_id": None,
        "has_more": False,
    }


@pytest.mark.anyio
async def test_stored_completions_list_pages_with_after_limit_and_order(http):
    ids = []
    for _ in range(5):
        response = await http.request("POST", "/chat/completions", json={**CHAT, "store": True})
        ids.append(response.json()["id"])

    first = (await http.request("GET", "/chat/completions", params={"limit": 2})).json()
    second = (
        await http.request(
            "GET", "/chat/completions", params={"limit": 2, "after": first["last_id"]}
        )
    ).json()
    last = (
        await http.request(
            "GET", "/chat/completions", params={"limit": 2, "after": second["last_id"]}
        )
    ).json()
    newest = (
        await http.request("GET", "/chat/completions", params={"order": "desc", "limit": 3})
    ).json()

    assert [c["id"] for c in first["data"]] == ids[:2]
    assert first["has_more"] is True
    assert (first["first_id"], first["last_id"]) == (ids[0], ids[1])
    assert [c["id"] for c in second["data"]] == ids[2:4]
    assert [c["id"] for c in last["data"]] == ids[4:]
    assert last["has_more"] is False
    assert [c["id"] for c in newest["data"]] == ids[:1:-1]


@pytest.mark.anyio
async def test_stored_completions_list_filters_by_metadata_and_model(http):
    await http.request(
        "POST",
        "/chat/completions",
        json={**CHAT, "store": True, "metadata": {"team": "a", "env": "x"}},
    )
    await http.request(
        "POST", "/chat/completions", json={**CHAT, "store": True, "metadata": {"team": "b"}}
    )
    await http.request(
        "POST",
        "/chat/completions",
        json={**CHAT, "model": "other", "store": True, "metadata": {"team": "a"}},
    )

    team_a = (await http.request("GET", "/chat/completions", params={"metadata[team]": "a"})).json()
    both = (
        await http.request(
            "GET", "/chat/completions", params={"metadata[team]": "a", "metadata[env]": "x"}
        )
    ).json()
    other = (await http.request("GET", "/chat/completions", params={"model": "other"})).json()

    assert len(team_a["data"]) == 2
    assert [c["metadata"] for c in both["data"]] == [{"team": "a", "env": "x"}]
    assert [c["model"] for c in other["data"]] == ["other"]


@pytest.mark.anyio
async def test_streamed_and_scripted_completions_are_stored_too(http, provider):
    provider.reply_text("scripted")
    await http.request("POST", "/chat/completions", json={**CHAT, "store": True})
    await http.request("POST", "/chat/completions", json={**STREAM, "store": True})

    listing = (await http.request("GET", "/chat/completions")).json()

    contents = [c["choices"][0]["message"]["content"] for c in listing["data"]]
    assert contents == ["scripted", "You said: Hi there"]


@pytest.mark.anyio
@pytest.mark.parametrize("query", [{"limit": "0"}, {"limit": "x"}, {"order": "sideways"}])
async def test_list_rejects_bad_limit_or_order(http, query):
    response = await http.request("GET", "/chat/completions", params=query)

    assert response.status_code == 400
    assert response.json()["error"]["param"] == next(iter(query))


@pytest.mark.anyio
async def test_models_are_listed_and_retrievable(http):
    listing = (await http.request("GET", "/models")).json()
    one = (await http.request("GET", "/models/gpt-4o")).json()
    missing = await http.request("GET", "/models/nope")

    assert listing["object"] == "list"
    assert "gpt-4o-mini" in [m["id"] for m in listing["data"]]
    assert one["id"] == "gpt-4o" and one["object"] == "model"
    assert missing.status_code == 404


@pytest.mark.anyio
async def test_embeddings_are_deterministic_and_honour_dimensions_and_base64(http):
    body = {"model": "text-embedding-3-small", "input": ["a b", "c"], "dimensions": 4}

    first = (await http.request("POST", "/embeddings", json=body)).json()
    again = (await http.request("POST", "/embeddings", json=body)).json()
    encoded = (
        await http.request("POST", "/embeddings", json={**body, "encoding_format": "base64"})
    ).json()

    vectors = [item["embedding"] for item in first["data"]]
    assert vectors == [item["embedding"] for item in again["data"]]
    assert [len(v) for v in vectors] == [4, 4] and vectors[0] != vectors[1]
    assert first["usage"] == {"prompt_tokens": 3, "total_tokens": 3}
    decoded = struct.unpack("<4f", base64.b64decode(encoded["data"][0]["embedding"]))
    assert decoded == pytest.approx(vectors[0], abs=1e-6)


@pytest.mark.anyio
async def test_files_upload_list_fetch_content_and_delete(http):
    content = b"line\r\n\x00\xff binary"
    uploaded = []
    for name, purpose in [("a.jsonl", "batch"), ("b.jsonl", "fine-tune"), ("c.jsonl", "batch")]:
        response = await http.request(
            "POST", "/files", files={"file": (name, content)}, data={"purpose": purpose}
        )
        uploaded.append(response.json())

    batch = (await http.request("GET", "/files", params={"purpose": "batch"})).json()
    page = (await http.request("GET", "/files", params={"limit": 1, "order": "asc"})).json()
    after = (
        await http.request(
            "GET", "/files", params={"limit": 5, "order": "asc", "after": page["last_id"]}
        )
    ).json()
    fetched = (await http.request("GET", f"/files/{uploaded[0]['id']}")).json()
    downloaded = await http.request("GET", f"/files/{uploaded[0]['id']}/content")
    deleted = (await http.request("DELETE", f"/files/{uploaded[0]['id']}")).json()
    gone = await http.request("GET", f"/files/{uploaded[0]['id']}/content")

    assert uploaded[0]["bytes"] == len(content) and uploaded[0]["filename"] == "a.jsonl"
    assert [f["filename"] for f in batch["data"]] == ["c.jsonl", "a.jsonl"]  # newest first
    assert [f["filename"] for f in page["data"]] == ["a.jsonl"] and page["has_more"] is True
    assert [f["filename"] for f in after["data"]] == ["b.jsonl", "c.jsonl"]
    assert fetched == uploaded[0]
    assert downloaded.content == content
    assert deleted == {"id": uploaded[0]["id"], "object": "file", "deleted": True}
    assert gone.status_code == 404


@pytest.mark.anyio
async def test_file_upload_without_purpose_or_file_is_a_400(http):
    no_purpose = await http.request("POST", "/files", files={"file": ("a", b"x")})
    no_file = await http.request(
        "POST", "/files", files={"other": ("a", b"x")}, data={"purpose": "batch"}
    )

    assert no_purpose.json()["error"]["param"] == "purpose"
    assert no_file.json()["error"]["param"] == "file"


@pytest.mark.anyio
async def test_speech_returns_audio_bytes_of_the_requested_format(http):
    body = {"model": "tts-1", "input": "hello", "voice": "alloy"}

    mp3 = await http.request("POST", "/audio/speech", json=body)
    wav = await http.request("POST", "/audio/speech", json={**body, "response_format": "wav"})

    assert mp3.headers["content-type"] == "audio/mpeg"
    assert mp3.content.startswith(b"ID3") and b"hello" in mp3.content
    assert wav.headers["content-type"] == "audio/wav"


@pytest.mark.anyio
async def test_unknown_path_is_404_and_wrong_method_is_405(http):
    unknown = await http.request("POST", "/no/such/thing", json={})
    wrong = await http.request("PUT", "/models")

    assert unknown.status_code == 404
    assert unknown.json()["error"]["code"] == "unknown_url"
    assert "/v1/no/such/thing" in unknown.json()["error"]["message"]
    assert wrong.status_code == 405


@pytest.mark.anyio
async def test_percent_encoded_slash_stays_inside_one_path_segment(http, provider):
    response = await http.request("GET", "/chat/completions/a%2Fb")

    assert response.status_code == 404
    assert "'a/b'" in response.json()["error"]["message"]
    assert provider.last_request.path == "/chat/completions/a%2Fb"


# -- auth, recording, routing ----------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("headers", "status", "code"),
    [
        ({}, 401, "missing_api_key"),
        ({"authorization": "Bearer wrong"}, 401, "invalid_api_key"),
        ({"authorization": "Bearer sk-test"}, 200, None),
        ({"api-key": "sk-test"}, 200, None),
    ],
)
async def test_api_key_is_checked_when_configured(headers, status, code):
    provider = FakeProvider(api_key="sk-test")
    provider.reply_text("secret answer")

    response = await Http(provider, "async").request(
        "POST", "/chat/completions", json=CHAT, headers=headers
    )

    assert response.status_code == status
    assert "sk-test" not in response.text and "sk-test" not in repr(provider)
    if code is not None:
        assert response.json()["error"]["code"] == code
        assert provider.pending == 1  # a rejected request does not use up the script


@pytest.mark.anyio
async def test_requests_are_recorded_with_lower_case_headers_query_and_json(http, provider):
    await http.request(
        "POST",
        "/chat/completions",
        params={"a": "1", "b": "x y"},
        json=CHAT,
        headers={"X-Custom": "V"},
    )

    request = provider.last_request
    assert request.method == "POST"
    assert request.path == "/chat/completions"
    assert request.raw_path == "/v1/chat/completions"
    assert request.query == {"a": "1", "b": "x y"}
    assert request.headers["x-custom"] == "V"
    assert request.json == CHAT
    assert json.loads(request.body) == CHAT
    assert request.connection_id is None
    assert provider.requests == [request]


def test_last_request_without_requests_raises_lookup_error():
    with pytest.raises(LookupError, match="not received any request"):
        _ = FakeProvider().last_request


def test_reset_drops_script_requests_and_errors(provider):
    provider.reply_text("x")
    with httpx.Client(transport=provider.transport(), base_url=BASE) as client:
        client.get("/models")

    provider.reset()

    assert provider.pending == 0 and provider.requests == [] and provider.errors == []


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("path", "route"),
    [
        ("http://h/chat/completions", "/chat/completions"),
        ("http://h/api/paas/v4/chat/completions", "/chat/completions"),
        ("http://h/openai/v1/chat/completions", "/chat/completions"),
        ("http://h/compatible-mode/v1/chat/completions", "/chat/completions"),
    ],
)
async def test_api_prefixes_are_stripped_before_routing(http, provider, path, route):
    response = await http.request("POST", path, json=CHAT)

    assert response.status_code == 200
    assert provider.last_request.path == route


@pytest.mark.anyio
async def test_azure_deployment_path_supplies_the_model(http, provider):
    url = "http://h/openai/deployments/my-gpt/chat/completions?api-version=2024-10-21"

    response = await http.request("POST", url, json={"messages": CHAT["messages"]})

    assert response.json()["model"] == "my-gpt"
    assert provider.last_request.deployment == "my-gpt"
    assert provider.last_request.query == {"api-version": "2024-10-21"}


# -- timing and faults on the transports -----------------------------------------------------


@pytest.mark.anyio
async def test_delay_holds_the_reply_back(http, provider):
    provider.reply_text("late", delay=0.05)

    started = time.monotonic()
    response = await http.request("POST", "/chat/completions", json=CHAT)

    assert time.monotonic() - started >= 0.05
    assert response.json()["choices"][0]["message"]["content"] == "late"


@pytest.mark.anyio
async def test_streamed_reply_arrives_chunk_by_chunk_with_chunk_delay(http, provider):
    provider.reply_text("one two three", chunk_delay=0.01)

    started = time.monotonic()
    chunks = await http.chunks("POST", "/chat/completions", json=STREAM)

    assert len(chunks) == 7  # role, 3 words, finish, usage, [DONE]: one piece each
    assert all(chunk.startswith(b"data: ") and chunk.endswith(b"\n\n") for chunk in chunks)
    assert time.monotonic() - started >= 0.06


@pytest.mark.anyio
async def test_trickle_hands_over_one_byte_at_a_time(http, provider):
    provider.reply_json({"a": 1}, trickle=0.0)

    chunks = await http.chunks("GET", "/x")

    assert chunks == [bytes([b]) for b in b'{"a":1}']


@pytest.mark.anyio
async def test_reset_before_headers_raises_remote_protocol_error(http, provider):
    provider.reply_text("never", reset_before_headers=True)

    with pytest.raises(httpx.RemoteProtocolError):
        await http.request("POST", "/chat/completions", json=CHAT)


@pytest.mark.anyio
async def test_reset_after_headers_raises_read_error_on_body(http, provider):
    provider.reply_text("never", reset_after_headers=True)

    with pytest.raises(httpx.ReadError):
        await http.request("POST", "/chat/completions", json=CHAT)


@pytest.mark.anyio
async def test_reset_after_chunks_delivers_those_chunks_first(provider):
    provider.reply_text("one two three", reset_after_chunks=2)
    received = []

    async with httpx.AsyncClient(transport=provider.async_transport(), base_url=BASE) as client:
        async with client.stream("POST", "/chat/completions", json=STREAM) as response:
            with pytest.raises(httpx.ReadError):
                async for chunk in response.aiter_raw():
                    received.append(chunk)

    assert len(received) == 2


@pytest.mark.anyio
async def test_stall_times_out_after_stall_timeout(http):
    http.provider.stall_timeout = 0.05
    http.provider.reply_text("one two", stall_after_chunks=1)

    with pytest.raises(httpx.ReadTimeout):
        await http.request("POST", "/chat/completions", json=STREAM)


def test_closing_a_stalled_sync_stream_from_another_thread_ends_it_with_read_error():
    provider = FakeProvider(stall_timeout=5.0)
    provider.reply_text("one two", stall_after_chunks=1)
    received = []

    with httpx.Client(transport=provider.transport(), base_url=BASE) as client:
        with client.stream("POST", "/chat/completions", json=STREAM) as response:
            stream = response.stream
            timer = threading.Timer(0.05, stream.close)  # type: ignore[union-attr]
            timer.start()
            with pytest.raises(httpx.ReadError):
                for chunk in response.iter_raw():
                    received.append(chunk)
            timer.join()

    assert len(received) == 1


# -- pure core -------------------------------------------------------------------------------


def test_fake_reply_accepts_mapping_headers_and_looks_them_up_case_insensitively():
    reply = FakeReply(headers={"Retry-After": "1"}, chunks=[b"a"])  # type: ignore[arg-type]

    assert reply.headers == (("Retry-After", "1"),)
    assert reply.header("retry-after") == "1"
    assert reply.header("missing") is None
    assert reply.chunks == (b"a",) and reply.is_stream


def test_body_plan_spaces_chunks_and_stops_at_faults():
    reply = FakeReply(chunks=(b"ab", b"c", b"d"), chunk_delay=0.5, reset_after_chunks=2)

    assert list(body_plan(reply)) == [Send(b"ab"), Sleep(0.5), Send(b"c"), Reset()]


def test_body_plan_trickles_bytes_and_stalls_after_the_last_chunk():
    reply = FakeReply(body=b"abc", trickle=0.1, stall_after_chunks=5)

    assert list(body_plan(reply)) == [
        Send(b"a"),
        Sleep(0.1),
        Send(b"b"),
        Sleep(0.1),
        Send(b"c"),
        Stall(),
    ]


def test_tool_call_without_name_is_rejected_with_a_helpful_message(provider):
    with pytest.raises(ValueError, match="'name'"):
        provider.reply_tool_calls([{"arguments": {}}])


# -- package surface -------------------------------------------------------------------------


def test_public_names_are_sorted_and_exported():
    import openai_core.testing as testing

    assert testing.__all__ == sorted(testing.__all__)
    assert all(hasattr(testing, name) for name in testing.__all__)
    assert {"FakeProvider", "FakeReply", "FakeRequest", "FakeServer"} <= set(testing.__all__)


def test_package_imports_only_stdlib_httpx_and_itself():
    """The fake tests the client, so it must not depend on the rest of openai_core."""
    import ast
    import sys
    from pathlib import Path

    import openai_core.testing as testing

    allowed = set(sys.stdlib_module_names) | {"httpx", "typing_extensions", "__future__"}
    for source in Path(testing.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                assert node.module.split(".")[0] in allowed, (source.name, node.module)
            elif isinstance(node, ast.Import):
                assert all(a.name.split(".")[0] in allowed for a in node.names), source.name
