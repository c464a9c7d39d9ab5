"""
Reliability and security tests that fail today because of bugs in other modules.

Each test asserts the correct behaviour; the comment above it names the module at fault and the
suggested fix. Move a test to its topic's file once the fix lands. `make test` runs this file
too, so it stays visible; run the rest of the suite with
`pytest tests/reliability --deselect tests/reliability/test_known_failures.py` when needed.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from openai_core import AsyncClient, OpenAICoreError

from ._support import API_KEY, chat, content_of, recording_policy

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
