"""
Concurrency: one Client shared by 16 threads, one AsyncClient by 200 tasks (mixed streaming and
plain requests, every answer checked), and an AsyncClient misused across event loops or closed
while requests run, which must fail with a clear SDK error.
"""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
import pytest

from openai_core import AsyncClient, Client, InvalidConfigError, OpenAICoreError

from ._support import (
    API_KEY,
    HAVE_SOCKET_TABLE,
    chat,
    chat_stream_text,
    client_connections,
    content_of,
    recording_policy,
    wait_until,
)

pytestmark = pytest.mark.anyio


def sync_chat(client: Client, text: str) -> str:
    result = client.chat.completions.create(model="m").message_user(text).send()
    return str(result.choices[0].message.content)


def sync_stream(client: Client, text: str) -> str:
    with client.chat.completions.stream().model("m").message_user(text).send() as stream:
        return "".join(c.choices[0].delta.content or "" for c in stream if c.choices)


def test_one_client_shared_by_16_threads(server):
    client = Client(base_url=server.base_url, api_key=API_KEY, timeout=10.0)
    barrier = threading.Barrier(16)

    def worker(number: int) -> list[tuple[str, str]]:
        barrier.wait(timeout=10)
        answers = []
        for turn in range(10):
            text = f"thread {number} turn {turn}"
            send = sync_stream if (number + turn) % 2 else sync_chat
            answers.append((text, send(client, text)))
        return answers

    with ThreadPoolExecutor(16) as pool:
        results = [f.result(timeout=30) for f in [pool.submit(worker, n) for n in range(16)]]

    pairs = [pair for answers in results for pair in answers]
    assert len(pairs) == 160
    assert all(answer == f"You said: {text}" for text, answer in pairs)
    client.close()
    if HAVE_SOCKET_TABLE:
        assert wait_until(lambda: client_connections(server.port) == 0)


async def test_one_async_client_shared_by_200_tasks(server):
    client = AsyncClient(base_url=server.base_url, api_key=API_KEY, timeout=20.0)
    answers: dict[str, str] = {}

    async def task(number: int) -> None:
        text = f"task {number}"
        if number % 2:
            answers[text] = await chat_stream_text(client, text)
        else:
            answers[text] = content_of(await chat(client, text))

    with anyio.fail_after(40):
        async with anyio.create_task_group() as group:
            for number in range(200):
                group.start_soon(task, number)

    assert len(answers) == 200
    assert all(answer == f"You said: {text}" for text, answer in answers.items())
    await client.close()


def _clear(exc: BaseException) -> None:
    """An SDK error that explains itself, not the event loop's internals."""
    assert isinstance(exc, OpenAICoreError), f"{type(exc).__name__}: {exc}"
    assert "event loop is closed" not in str(exc).lower()


def test_an_async_client_works_again_in_the_loop_it_was_first_used_in(server):
    # Across separate asyncio.run() calls: see the next two tests.
    client = AsyncClient(base_url=server.base_url, api_key=API_KEY, timeout=5.0)

    async def twice() -> list[str]:
        first = content_of(await chat(client, "one"))
        second = content_of(await chat(client, "two"))
        await client.close()
        return [first, second]

    assert asyncio.run(twice()) == ["You said: one", "You said: two"]


def _all_subclasses(cls: type) -> list[type]:
    return [sub for direct in cls.__subclasses__() for sub in (direct, *_all_subclasses(direct))]


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


def test_closing_an_async_client_in_another_loop_does_not_raise(server):
    client = AsyncClient(base_url=server.base_url, api_key=API_KEY, timeout=3.0)

    assert asyncio.run(chat(client, "first")).choices[0].message.content == "You said: first"

    outcome = _outcome(asyncio.run, client.close())
    del client
    _collect_stranded_sockets()

    assert outcome == ("ok", "None")


@pytest.mark.skipif(not HAVE_SOCKET_TABLE, reason="needs /proc/net/tcp to count connections")
def test_the_connections_of_a_finished_event_loop_are_closed_not_stranded(server):
    client = AsyncClient(base_url=server.base_url, api_key=API_KEY, timeout=3.0)

    async def ask(text: str) -> str:
        return content_of(await chat(client, text))

    for turn in range(3):
        assert asyncio.run(ask(f"loop {turn}")) == f"You said: loop {turn}"
        # The previous loop's idle connection was closed when this loop took a new one.
        assert wait_until(lambda: client_connections(server.port) == 1)
    assert _outcome(asyncio.run, client.close()) == ("ok", "None")
    assert wait_until(lambda: client_connections(server.port) == 0)


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
    Collect now the sockets a dead event loop stranded (should the fix regress), so their
    ResourceWarning does not surface later, blamed on whichever test happens to be running.
    """
    import gc
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


async def test_closing_an_async_client_while_requests_run(provider, server):
    client = AsyncClient(base_url=server.base_url, api_key=API_KEY, timeout=5.0, max_retries=0)
    for _ in range(10):
        provider.reply_text("slow answer", delay=0.5)
    outcomes: list[Any] = []

    async def request(number: int) -> None:
        try:
            outcomes.append(await chat(client, f"r{number}"))
        except BaseException as exc:
            outcomes.append(exc)

    with anyio.fail_after(10):
        async with anyio.create_task_group() as group:
            for number in range(10):
                group.start_soon(request, number)
            await anyio.sleep(0.15)
            await client.close()

    assert len(outcomes) == 10
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            _clear(outcome)
    with pytest.raises(InvalidConfigError, match="closed"):
        await chat(client)


def test_closing_a_client_while_threads_send(provider, server):
    client = Client(base_url=server.base_url, api_key=API_KEY, timeout=5.0, max_retries=0)
    for _ in range(8):
        provider.reply_text("slow answer", delay=0.5)
    outcomes: list[Any] = []
    started = threading.Barrier(9)

    def request(number: int) -> None:
        started.wait(timeout=5)
        try:
            outcomes.append(sync_chat(client, f"r{number}"))
        except BaseException as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=request, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    started.wait(timeout=5)
    threading.Event().wait(0.15)
    client.close()
    for thread in threads:
        thread.join(timeout=10)

    assert len(outcomes) == 8
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            _clear(outcome)
    with pytest.raises(InvalidConfigError, match="closed"):
        sync_chat(client, "after close")
    if HAVE_SOCKET_TABLE:
        assert wait_until(lambda: client_connections(server.port) == 0)
