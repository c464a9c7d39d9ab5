"""
Concurrency: one Client shared by 16 threads, one AsyncClient by 200 tasks (mixed streaming and
plain requests, every answer checked), and an AsyncClient misused across event loops or closed
while requests run, which must fail with a clear SDK error.
"""

from __future__ import annotations

import asyncio
import threading
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
    # Across separate asyncio.run() calls see test_known_failures.py.
    client = AsyncClient(base_url=server.base_url, api_key=API_KEY, timeout=5.0)

    async def twice() -> list[str]:
        first = content_of(await chat(client, "one"))
        second = content_of(await chat(client, "two"))
        await client.close()
        return [first, second]

    assert asyncio.run(twice()) == ["You said: one", "You said: two"]


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
