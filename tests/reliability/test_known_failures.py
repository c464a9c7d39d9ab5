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
from .test_properties import PROPERTY, chunk_like, feed_all

pytestmark = pytest.mark.anyio


def _all_subclasses(cls: type) -> list[type]:
    return [sub for direct in cls.__subclasses__() for sub in (direct, *_all_subclasses(direct))]


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
