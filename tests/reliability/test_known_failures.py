"""
Reliability and security tests that fail today because of bugs in other modules.

Each test asserts the correct behaviour; the comment above it names the module at fault and the
suggested fix. Move a test to its topic's file once the fix lands. `make test` runs this file
too, so it stays visible; run the rest of the suite with
`pytest tests/reliability --deselect tests/reliability/test_known_failures.py` when needed.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from openai_core import (
    AsyncClient,
    Client,
    InvalidConfigError,
    MissingRequiredFieldError,
    OpenAICoreError,
    Provider,
    ResponseValidationError,
)
from openai_core._chat_stream_state import ChatStreamState
from openai_core._schema import to_strict_json_schema
from openai_core._schema_types import SchemaError
from openai_core._stream_errors import api_error_from_payload
from openai_core.testing import FakeReply

from ._support import (
    API_KEY,
    chat,
    chat_stream_text,
    close,
    completion_body,
    content_of,
    leaks,
    make_client,
    recording_policy,
    resolve,
    texts_of_exception,
)
from .test_properties import PROPERTY, assert_strict, chunk_like, feed_all

pytestmark = pytest.mark.anyio


def _all_subclasses(cls: type) -> list[type]:
    return [sub for direct in cls.__subclasses__() for sub in (direct, *_all_subclasses(direct))]


# _request.fill_path: quote() leaves "." alone, so an id of "." or ".." becomes a dot segment
# that httpx.URL normalises away: retrieve("..") sends GET /v1/chat, delete(".") sends
# DELETE /v1/chat/completions. Fix: encode dots of a segment made only of dots ("%2E"), e.g.
# `segment = quote(value, safe=""); if set(segment) <= {"."}: segment = segment.replace(".", "%2E")`.
@pytest.mark.parametrize("ident", [".", ".."])
@pytest.mark.parametrize("operation", ["retrieve", "delete"])
async def test_dot_segment_ids_cannot_change_the_request_path(
    mode, provider, server, ident, operation
):
    client = make_client(mode, server.base_url)

    await resolve(getattr(client.chat.completions, operation)(ident).send_raw())

    segments = provider.last_request.raw_path.split("/")
    assert segments[:4] == ["", "v1", "chat", "completions"]
    assert len(segments) == 5 and segments[4].upper() == "%2E" * len(ident)
    await close(client)


# _request.fill_path / RequestSpec.check_required: an empty id leaves "/v1/chat/completions/",
# i.e. retrieve("") lists completions and delete("") hits the collection. Fix: refuse an empty
# path parameter before any I/O (MissingRequiredFieldError or InvalidConfigError naming it).
@pytest.mark.parametrize("operation", ["retrieve", "delete"])
async def test_an_empty_id_is_refused_before_any_io(mode, provider, server, operation):
    client = make_client(mode, server.base_url)

    with pytest.raises((MissingRequiredFieldError, InvalidConfigError)):
        await resolve(getattr(client.chat.completions, operation)("").send_raw())

    assert provider.requests == []
    await close(client)


# _core.PreparedCall.parse_body: an empty body on an operation with a JSON response model
# returns None, so `send()` hands back None as if it were the completion. Fix: when
# `response_model` is set and the body is empty, raise ResponseValidationError.
async def test_an_empty_2xx_body_raises_response_validation_error(mode, provider, server):
    provider.reply(FakeReply.from_bytes(b"", "application/json"))
    client = make_client(mode, server.base_url)

    with pytest.raises(ResponseValidationError):
        await chat(client)

    await close(client)


# _core.PreparedCall.parse_body: `if ref is None or not isinstance(data, dict): return data`
# returns a list, a string or null as the result of an operation whose model is an object.
# Fix: with a response model, anything but a JSON object raises ResponseValidationError.
@pytest.mark.parametrize("body", [b"[1, 2]", b'"text"', b"null", b"42"])
async def test_a_2xx_json_that_is_not_an_object_raises(mode, provider, server, body):
    provider.reply(FakeReply.from_bytes(body, "application/json"))
    client = make_client(mode, server.base_url)

    with pytest.raises(ResponseValidationError):
        await chat(client)

    await close(client)


# _core.PreparedCall.retry_after_response / raise_for_status treat every status below 400 as
# success, and the client does not follow redirects: a 307 with an empty body returns None, a
# 302 carrying a JSON completion returns it as if it were the answer. Fix: treat a 3xx that
# reaches the core as an APIError (status_code 3xx, message naming the Location and asking to
# set base_url to the final URL); never follow it to another host with credentials.
@pytest.mark.parametrize(
    "reply",
    [
        FakeReply(status=307, headers={"location": "http://localhost:1/v1/chat/completions"}),
        FakeReply.from_json(
            completion_body("from the redirect"),
            status=302,
            headers={"location": "http://localhost:1/v1"},
        ),
    ],
    ids=["307-empty", "302-json"],
)
async def test_a_redirect_answer_is_never_returned_as_a_success(mode, provider, server, reply):
    provider.reply(reply)
    client = make_client(mode, server.base_url)

    with pytest.raises(OpenAICoreError):
        await chat(client)

    await close(client)


# _client.Client._send_once / AsyncClient._read: with a user http_client built with
# follow_redirects=True, httpx drops only Authorization on a cross-origin redirect, so the
# `api-key` header (Azure, custom api-key providers) is sent to the other host. Fix: send with
# `self._http.send(request, stream=True, follow_redirects=False)` and handle 3xx in the core
# (see the previous test), or strip every auth header of the provider before following.
async def test_a_following_http_client_never_sends_the_api_key_header_to_another_host(
    mode, provider, server, other_provider, other_server
):
    target = f"http://localhost:{other_server.port}/v1/chat/completions"
    provider.reply(FakeReply(status=307, headers={"location": target, "content-length": "0"}))
    other_provider.reply_json(completion_body("from the other host"))
    http: Any = (httpx.Client if mode == "sync" else httpx.AsyncClient)(follow_redirects=True)
    profile = Provider(name="keyed", base_url=None, auth="api-key")
    client = make_client(mode, server.base_url, provider=profile, http_client=http)

    try:
        await chat(client)
    except OpenAICoreError:
        pass

    leaked = [r.headers for r in other_provider.requests if "api-key" in r.headers]
    await close(client)
    await resolve(http.aclose() if mode == "async" else http.close())
    assert leaked == []


# _errors_map.error_from_response / _providers.extract_error: a non-JSON error body becomes the
# message whole, so a 2 MB HTML page from a proxy is a 2 MB exception message (and log line).
# Fix: cap the message (e.g. 1000 characters, marking the cut, like _stream_errors.shorten);
# keep the full body on `error.body`.
async def test_an_oversized_error_body_gives_a_bounded_message(mode, provider, server):
    provider.reply(FakeReply.from_bytes(b"A" * (2 * 1024 * 1024), "text/html", status=400))
    client = make_client(mode, server.base_url)

    with pytest.raises(OpenAICoreError) as info:
        await chat(client)

    assert len(str(info.value)) < 5000
    assert len(repr(info.value)) < 5000
    await close(client)


# _errors_map.error_from_response: a server that echoes the key in its error message (some
# OpenAI-compatible servers do: "Incorrect API key provided: sk-...") puts the key in the
# exception's message, str and repr. Fix: the core knows the key (options.api_key and the auth
# headers it sent); replace it in the message (and in `body` strings) with a masked form
# ("sk-...cdef") before building the APIError.
async def test_a_key_echoed_by_the_server_is_masked_in_the_error(mode, provider, server):
    provider.reply_error(401, f"Incorrect API key provided: {API_KEY}.", code="invalid_api_key")
    client = make_client(mode, server.base_url)

    with pytest.raises(OpenAICoreError) as info:
        await chat(client)

    assert not leaks(API_KEY, texts_of_exception(info.value)[:3])
    await close(client)


# _options.resolve_options (or Client construction): nothing warns when the base URL sends the
# key in clear text to a non-loopback host. Fix: in resolve_options, when the URL scheme is
# http and the host is not loopback (127.0.0.0/8, ::1, localhost), log a WARNING on the
# client's logger saying the API key will travel unencrypted (a log record, not
# warnings.warn, which `filterwarnings = error` would turn into an exception).
@pytest.fixture
def warnings_logged() -> Iterator[list[logging.LogRecord]]:
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep(logging.WARNING)
    logger = logging.getLogger("openai_core")
    logger.addHandler(handler)
    yield records
    logger.removeHandler(handler)


@pytest.mark.parametrize("base_url", ["http://api.example.com/v1", "http://10.1.2.3:8000/v1"])
def test_a_plain_http_base_url_to_a_remote_host_logs_a_warning(base_url, warnings_logged):
    # Construction only: nothing is sent to such a host.
    Client(base_url=base_url, api_key=API_KEY).close()

    messages = [r.getMessage() for r in warnings_logged if r.levelno >= logging.WARNING]
    assert messages, "no warning for an unencrypted base URL"
    assert not leaks(API_KEY, messages)


# _transport_async.AsyncOpenAICoreTransport: connections pooled in one event loop are reused in
# the next asyncio.run(); the request then waits until its timeout (a hang) and fails with
# APIConnectionError("Connection error: Event loop is closed"). Fix: remember the loop of each
# connection; in _acquire, drop idle connections whose loop is not the running one (closing the
# raw socket directly, since their loop is closed), so the request opens a fresh connection, or
# raise a clear InvalidConfigError ("an AsyncClient is bound to one event loop").
def test_an_async_client_reused_in_a_second_asyncio_run_fails_fast_or_works(server):
    policy, _ = recording_policy(max_retries=0)
    client = AsyncClient(
        base_url=server.base_url, api_key=API_KEY, timeout=3.0, retry_policy=policy
    )

    async def ask(target: AsyncClient, text: str) -> str:
        return content_of(await chat(target, text))

    assert asyncio.run(ask(client, "first loop")) == "You said: first loop"
    started = time.monotonic()
    outcome = _outcome(asyncio.run, ask(client, "second loop"))
    elapsed = time.monotonic() - started
    _outcome(asyncio.run, client.close())
    del client
    _collect_stranded_sockets()

    kind, text = outcome
    if kind == "ok":
        assert text == "You said: second loop"
    else:
        assert kind in _SDK_ERRORS, f"{kind}: {text}"
        assert "event loop is closed" not in text.lower(), f"{kind}: {text}"
    assert elapsed < 2.5, "the request waited for its timeout instead of failing at once"


# _transport_protocol.AsyncConnection.close (via AsyncOpenAICoreTransport.aclose): closing the
# client from another event loop calls transport.abort() on a closed loop and raises
# RuntimeError("Event loop is closed"). Fix: if the connection's loop is closed, close the
# underlying socket directly (transport.get_extra_info("socket")) and forget the transport.
def test_closing_an_async_client_in_another_loop_does_not_raise(server):
    client = AsyncClient(base_url=server.base_url, api_key=API_KEY, timeout=3.0)

    assert asyncio.run(chat(client, "first")).choices[0].message.content == "You said: first"

    outcome = _outcome(asyncio.run, client.close())
    del client
    _collect_stranded_sockets()

    assert outcome == ("ok", "None")


_SDK_ERRORS = {cls.__name__ for cls in (OpenAICoreError, *_all_subclasses(OpenAICoreError))}


def _outcome(work: Any, *args: Any) -> tuple[str, str]:
    """
    Run `work(*args)`; return ("ok", str(result)) or (error class name, message). Only strings are
    kept: a kept exception would keep its traceback's frames, and with them the sockets of the
    dead event loop, alive until some later test.
    """
    try:
        return "ok", str(work(*args))
    except BaseException as exc:
        return type(exc).__name__, str(exc)


def _collect_stranded_sockets() -> None:
    """
    Collect now the sockets a dead event loop stranded (the bug above), so their ResourceWarning
    does not surface later, blamed on whichever test happens to be running.
    """
    import gc
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


# _chat_stream_state.ChatStreamState.fold / _fold_choice / _fold_tool_calls / snapshot: a chunk
# of the wrong shape ({"choices": [null]}, "delta": "x", "content": 3, "index": [1], ...) raises
# AttributeError / TypeError out of the stream (and out of `for chunk in stream` in the client).
# Fix: keep the fast path, but catch (AttributeError, TypeError, KeyError) around fold() in
# `feed`, `_feed_general` and `feed_events` and raise StreamError("Expected a
# chat.completion.chunk, got <shortened chunk>"); check content/refusal/arguments are str
# before appending them (snapshot() joins them).
MALFORMED_CHUNKS = [
    {"choices": [None]},
    {"choices": 5},
    {"choices": [{"delta": "x"}]},
    {"choices": [{"delta": {"content": 3}, "finish_reason": "stop"}]},
    {"choices": [{"delta": {"tool_calls": [None]}}]},
    {"choices": [{"delta": {"tool_calls": 5}}]},
    {"choices": [{"index": [1]}]},
    {"choices": [{"logprobs": 5}]},
]


@pytest.mark.parametrize("chunk", MALFORMED_CHUNKS, ids=lambda c: json.dumps(c))
@pytest.mark.parametrize("events", [False, True], ids=["chunks", "events"])
def test_a_malformed_chunk_raises_stream_error_not_a_crash(chunk, events):
    state: ChatStreamState[Any] = ChatStreamState(dict)
    body = b"data: " + json.dumps(chunk).encode() + b"\n\ndata: [DONE]\n\n"

    try:
        feed_all(state, [body], events)
        state.snapshot()
    except OpenAICoreError:
        pass


@PROPERTY
@given(st.lists(chunk_like, max_size=6), st.booleans(), st.booleans())
def test_the_chat_stream_state_only_raises_sdk_errors_on_any_json(values, done, events):
    body = b"".join(b"data: " + json.dumps(v).encode() + b"\n\n" for v in values)
    if done:
        body += b"data: [DONE]\n\n"
    state: ChatStreamState[Any] = ChatStreamState(dict)
    try:
        feed_all(state, [body], events)
    except OpenAICoreError:
        pass
    assert isinstance(state.snapshot(), dict)


async def test_a_malformed_chunk_from_the_server_raises_an_sdk_error(mode, provider, server):
    provider.reply_stream([b'data: {"choices": [null]}\n\n', b"data: [DONE]\n\n"])
    client = make_client(mode, server.base_url)

    with pytest.raises(OpenAICoreError):
        await chat_stream_text(client)

    await close(client)


# _stream_errors.api_error_from_payload: an error event whose data is an empty JSON string
# (`event: error` + `data: ""`) gives an APIError whose message is "". Fix: fall back to "The
# stream reported an error without a message." when the text is empty or blank.
def test_an_empty_stream_error_payload_still_has_a_message():
    assert api_error_from_payload("", request_id="req_1").message


# _schema_strict.to_strict_json_schema: a hand-written schema dict of the wrong shape
# ({"definitions": "object"}, {"allOf": [[]]}, {"oneOf": false}, {"properties": [...]}, ...)
# raises AttributeError / TypeError instead of SchemaError. Fix: check the shape of each
# keyword as it is read (properties/$defs dicts, anyOf/oneOf/allOf/prefixItems lists of dicts,
# required a list of str), or wrap `_StrictConverter.run()` for dict input and re-raise
# (AttributeError, TypeError, KeyError) as SchemaError("Malformed JSON schema at <path>: ...").
_SCHEMA_KEYS = [
    "type", "properties", "required", "items", "anyOf", "oneOf", "allOf", "$ref", "$defs",
    "definitions", "additionalProperties", "enum", "const", "default", "description",
]  # fmt: skip
_schema_leaf = st.one_of(
    st.sampled_from(["object", "array", "string", "integer", "null", "#", "#/$defs/A"]),
    st.none(),
    st.booleans(),
    st.integers(),
)
_schema_like = st.recursive(
    _schema_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(_SCHEMA_KEYS), inner, max_size=4),
    ),
    max_leaves=20,
)


@pytest.mark.parametrize(
    "schema",
    [
        {"definitions": "object"},
        {"allOf": [[]]},
        {"oneOf": False},
        {"type": "object", "properties": [1]},
    ],
    ids=["defs-str", "allof-list", "oneof-bool", "properties-list"],
)
def test_a_malformed_schema_dict_raises_schema_error(schema):
    with pytest.raises(SchemaError):
        to_strict_json_schema(schema)


@PROPERTY
@given(st.dictionaries(st.sampled_from(_SCHEMA_KEYS), _schema_like, max_size=5))
def test_any_schema_dict_is_made_strict_or_refused_with_schema_error(schema):
    try:
        result = to_strict_json_schema(schema)
    except SchemaError:
        return
    assert_strict(result)
