"""
Streams left with `break` and never closed: their connections come back to the pool from the
garbage collector, which may run in any thread at any time (also while that thread holds the
pool's lock), so handing them back must never wait for a lock.
"""

from __future__ import annotations

import asyncio
import gc
import random
import threading
from typing import Any

import httpx
import pytest

from openai_core import AsyncClient, Client

from ._support import API_KEY


def _abandon(client: Client, number: int, keep: list[Any]) -> None:
    stream = client.chat.completions.stream().model("m").message_user(f"abandoned {number}").send()
    for _ in stream:
        break  # left open: never closed
    if number % 3 == 0:
        # A reference cycle: only the cyclic garbage collector frees this one, at a random
        # point of some thread's work.
        holder: dict[str, Any] = {"stream": stream}
        holder["self"] = holder
    elif number % 3 == 1:
        keep.append(stream)  # dropped a little later, from a list
        if len(keep) > 5:
            keep.clear()


def test_two_thousand_abandoned_streams_while_other_threads_call(server):
    client = Client(
        base_url=server.base_url,
        api_key=API_KEY,
        timeout=30.0,
        limits=httpx.Limits(max_connections=40, max_keepalive_connections=8),
    )
    done = threading.Event()
    failures: list[BaseException] = []
    calls = [0, 0]
    thresholds = gc.get_threshold()
    # Collections far more often than usual, so that some land inside the pool's critical
    # sections (allocations happen there too).
    gc.set_threshold(20, 2, 2)

    def abandon() -> None:
        chooser = random.Random(12)
        keep: list[Any] = []
        try:
            since = 0
            for number in range(2000):
                _abandon(client, number, keep)
                since += 1
                # At random points, and at least every 30 streams: cycles wait for a full
                # collection, and until then their connections count against the pool.
                if since >= 30 or chooser.random() < 0.05:
                    gc.collect()
                    since = 0
        except BaseException as exc:
            failures.append(exc)
        finally:
            done.set()

    def call(index: int) -> None:
        try:
            while not done.is_set():
                answer = client.chat.completions.create(model="m").message_user("hi").send()
                assert answer.choices
                calls[index] += 1
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=abandon, daemon=True)]
    threads += [threading.Thread(target=call, args=(n,), daemon=True) for n in range(2)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(240)
        stuck = [thread.name for thread in threads if thread.is_alive()]
    finally:
        gc.set_threshold(*thresholds)

    assert not stuck, f"deadlocked: {stuck}"
    assert not failures, failures
    assert calls[0] > 0 and calls[1] > 0
    gc.collect()
    # Every abandoned connection came back: a fresh request still gets one at once.
    answer = client.chat.completions.create(model="m").message_user("after").send()
    assert answer.choices
    client.close()


def test_a_stream_finalized_while_its_thread_holds_the_pool_lock(server):
    client = Client(
        base_url=server.base_url,
        api_key=API_KEY,
        timeout=httpx.Timeout(10.0, pool=2.0),
        max_retries=0,
        limits=httpx.Limits(max_connections=1),
    )
    transport = client._transport
    assert transport is not None
    finished = threading.Event()
    gc.disable()  # the cycle below is collected only where the test says
    try:
        _abandon(client, 0, [])

        def collect_under_the_lock() -> None:
            # What happens when a collection triggered inside the pool's critical section
            # finalizes the abandoned stream: its connection goes back from that very thread.
            transport._lock.acquire()
            try:
                gc.collect()
            finally:
                transport._unlock()
            finished.set()

        worker = threading.Thread(target=collect_under_the_lock, daemon=True)
        worker.start()
        worker.join(10)
    finally:
        gc.enable()

    assert finished.is_set(), "the finalizer waited for the lock its own thread held"
    # The one connection came back: the next call gets it (or its slot) within the pool timeout.
    assert client.chat.completions.create(model="m").message_user("after").send().choices
    client.close()


async def _abandon_async(client: AsyncClient, number: int) -> None:
    builder = client.chat.completions.stream().model("m").message_user(f"abandoned {number}")
    stream = await builder.send()
    async for _ in stream:
        break  # left open: never closed
    if number % 2 == 0:
        holder: dict[str, Any] = {"stream": stream}
        holder["self"] = holder


@pytest.mark.anyio
async def test_abandoned_async_streams_come_back_to_the_pool(server):
    client = AsyncClient(
        base_url=server.base_url,
        api_key=API_KEY,
        timeout=30.0,
        limits=httpx.Limits(max_connections=8),
    )
    chooser = random.Random(7)
    since = 0
    for number in range(300):
        await _abandon_async(client, number)
        since += 1
        # Every other stream sits in a reference cycle, which only a collection frees: collect
        # at random points and at least every 10 streams (5 cycles, under the 8 connections).
        # Left to the automatic collector alone, 8 uncollected cycles could hold every
        # connection, and the next request would wait out its timeout: what httpx does too.
        if since >= 10 or chooser.random() < 0.1:
            gc.collect()
            since = 0
        await asyncio.sleep(0)  # lets asyncio finalize abandoned generators
    gc.collect()
    await asyncio.sleep(0)

    # Only 8 connections: the 300 abandoned streams gave theirs back, or this would wait.
    answer = (
        await client.with_options(timeout=5.0)
        .chat.completions.create(model="m")
        .message_user("after")
        .send()
    )
    assert answer.choices
    await client.close()
