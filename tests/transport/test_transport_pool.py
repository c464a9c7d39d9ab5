"""
The pool under contention: connections are handed to waiters first come, first served (counted,
not timed), and a pool timeout says what it waited for.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator

import anyio
import httpx
import pytest
from _transport_server import WAIT, RawServer, echo

from openai_core._transport import AsyncOpenAICoreTransport, OpenAICoreTransport


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer(echo) as srv:
        yield srv


def test_threads_sharing_a_small_pool_take_turns(server):
    workers, calls = 24, 600
    counts: Counter[int] = Counter()
    left = [calls]
    guard = threading.Lock()
    failures: list[BaseException] = []
    transport = OpenAICoreTransport(max_connections=3, max_keepalive_connections=3)
    client = httpx.Client(transport=transport, timeout=WAIT * 4)
    start = threading.Barrier(workers)

    def work(number: int) -> None:
        try:
            start.wait(WAIT)
            while True:
                with guard:
                    if left[0] == 0:
                        return
                    left[0] -= 1
                client.get(server.url(f"/{number}")).raise_for_status()
                counts[number] += 1
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT * 12)
    client.close()

    assert not failures
    assert sum(counts.values()) == calls
    # First come, first served: each worker gets about calls / workers = 25 turns. Without the
    # hand-over, the threads holding a connection take it again and others finish none.
    assert min(counts[n] for n in range(workers)) >= 10, counts
    assert max(counts.values()) <= 40, counts
    assert server.accepted == 3


@pytest.mark.anyio
async def test_tasks_sharing_a_small_pool_take_turns(server):
    workers, calls = 128, 2000
    counts: Counter[int] = Counter()
    left = [calls]
    transport = AsyncOpenAICoreTransport(max_connections=4, max_keepalive_connections=4)

    async with httpx.AsyncClient(transport=transport, timeout=WAIT * 4) as client:

        async def work(number: int) -> None:
            while left[0]:
                left[0] -= 1
                (await client.get(server.url(f"/{number}"))).raise_for_status()
                counts[number] += 1

        with anyio.fail_after(WAIT * 12):
            async with anyio.create_task_group() as group:
                for number in range(workers):
                    group.start_soon(work, number)

    assert sum(counts.values()) == calls
    # About 2000 / 128 = 15.6 each.
    assert min(counts[n] for n in range(workers)) >= 8, counts
    assert max(counts.values()) <= 24, counts
    assert server.accepted == 4


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_pool_timeout_says_it_waited_for_a_connection(server, mode):
    timeout = httpx.Timeout(WAIT, pool=0.2)
    if mode == "sync":
        transport = OpenAICoreTransport(max_connections=1)
        with httpx.Client(transport=transport, timeout=timeout) as client:
            with client.stream("GET", server.url("/held")):
                with pytest.raises(httpx.PoolTimeout, match="connection from the pool") as caught:
                    client.get(server.url("/waits"))
            assert client.get(server.url("/after")).status_code == 200
    else:
        atransport = AsyncOpenAICoreTransport(max_connections=1)
        async with httpx.AsyncClient(transport=atransport, timeout=timeout) as aclient:
            async with aclient.stream("GET", server.url("/held")):
                with pytest.raises(httpx.PoolTimeout, match="connection from the pool") as caught:
                    await aclient.get(server.url("/waits"))
            assert (await aclient.get(server.url("/after"))).status_code == 200
    assert "pool timeout" in str(caught.value)
