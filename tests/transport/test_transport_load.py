"""The transport's pool under concurrency: many threads, many tasks, limits and waiting."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import httpx
import pytest
from _transport_server import WAIT, Peer, RawServer, echo

from openai_core._cancel import CancellationToken
from openai_core._exceptions import RequestCancelledError
from openai_core._transport import AsyncOpenAICoreTransport, OpenAICoreTransport


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer(echo) as srv:
        yield srv


def hang(peer: Peer) -> None:
    """The first connection gets no answer; later ones are echoed."""
    if peer.index == 0:
        peer.read_request()
        peer.wait_closed()
    else:
        echo(peer)


def run_threads(count: int, work: object) -> None:
    assert callable(work)
    threads = [threading.Thread(target=work, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT * 4)
    assert not any(thread.is_alive() for thread in threads)


@pytest.mark.parametrize("max_connections", [100, 2])
def test_sixteen_threads_share_one_client(server, max_connections):
    failures: list[object] = []
    with httpx.Client(
        transport=OpenAICoreTransport(max_connections=max_connections), timeout=WAIT
    ) as client:

        def work(n: int) -> None:
            for i in range(40):
                try:
                    text = client.post(server.url(f"/{n}/{i}"), content=b"%d" % i).text
                    if not text.endswith(f" POST /{n}/{i} {i}"):
                        failures.append(text)
                except Exception as exc:
                    failures.append(exc)

        run_threads(16, work)

    assert failures == []
    assert server.accepted <= min(16, max_connections)


@pytest.mark.anyio
@pytest.mark.parametrize("max_connections", [100, 10])
async def test_two_hundred_tasks_share_one_client(server, max_connections):
    # Every connection may stay idle, so the count of accepted ones is the pool's high-water mark.
    transport = AsyncOpenAICoreTransport(
        max_connections=max_connections, max_keepalive_connections=max_connections
    )
    async with httpx.AsyncClient(transport=transport, timeout=WAIT) as client:

        async def one(n: int) -> str:
            return (await client.post(server.url(f"/{n}"), content=b"%d" % n)).text

        texts = await asyncio.gather(*(one(n) for n in range(200)))
        again = await asyncio.gather(*(one(n) for n in range(200)))

    for n, text in enumerate([*texts, *again]):
        assert text.endswith(f" POST /{n % 200} {n % 200}")
    assert server.accepted <= max_connections


def test_waiting_thread_gets_the_connection_when_it_frees_up(server):
    with httpx.Client(transport=OpenAICoreTransport(max_connections=1), timeout=WAIT) as client:
        held = client.send(client.build_request("GET", server.url("/held")), stream=True)
        results: list[object] = []
        waiter = threading.Thread(target=lambda: results.append(client.get(server.url("/w")).text))
        waiter.start()
        waiter.join(0.1)
        assert waiter.is_alive()  # blocked on the pool, not failed
        held.read()
        held.close()
        waiter.join(WAIT)

    assert results == ["0 GET /w "]
    assert server.accepted == 1


def test_cancel_wakes_a_thread_waiting_for_the_pool(server):
    token = CancellationToken()
    with httpx.Client(transport=OpenAICoreTransport(max_connections=1), timeout=WAIT) as client:
        held = client.send(client.build_request("GET", server.url()), stream=True)
        request = client.build_request(
            "GET", server.url(), extensions={"openai_core.cancel": token}
        )
        timer = threading.Timer(0.1, token.cancel)
        timer.start()
        with pytest.raises(RequestCancelledError):
            client.send(request)
        timer.join(WAIT)
        held.close()
        assert client.get(server.url("/after")).status_code == 200


@pytest.mark.anyio
async def test_cancel_wakes_a_task_waiting_for_the_pool(server):
    token = CancellationToken()
    transport = AsyncOpenAICoreTransport(max_connections=1)
    async with httpx.AsyncClient(transport=transport, timeout=WAIT) as client:
        held = await client.send(client.build_request("GET", server.url()), stream=True)
        request = client.build_request(
            "GET", server.url(), extensions={"openai_core.cancel": token}
        )
        asyncio.get_running_loop().call_later(0.1, token.cancel)
        with pytest.raises(RequestCancelledError):
            await client.send(request)
        await held.aclose()
        assert (await client.get(server.url("/after"))).status_code == 200


@pytest.mark.anyio
async def test_cancelled_task_gives_its_connection_back():
    with RawServer(hang) as srv:
        transport = AsyncOpenAICoreTransport(max_connections=1)
        async with httpx.AsyncClient(transport=transport, timeout=WAIT) as client:
            task = asyncio.create_task(client.get(srv.url("/hangs")))
            await asyncio.sleep(0.1)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            after = await client.get(srv.url("/after"))

    assert after.text == "1 GET /after "


@pytest.mark.anyio
async def test_waiting_task_gets_the_connection_when_it_frees_up(server):
    transport = AsyncOpenAICoreTransport(max_connections=1)
    async with httpx.AsyncClient(transport=transport, timeout=WAIT) as client:
        held = await client.send(client.build_request("GET", server.url("/held")), stream=True)
        waiter = asyncio.create_task(client.get(server.url("/w")))
        await asyncio.sleep(0.05)
        assert not waiter.done()
        await held.aread()
        await held.aclose()
        reply = await asyncio.wait_for(waiter, WAIT)

    assert reply.text == "0 GET /w "
    assert server.accepted == 1


def test_other_origins_idle_connection_is_evicted_for_a_new_origin():
    with RawServer(echo) as one, RawServer(echo) as two:
        transport = OpenAICoreTransport(max_connections=1)
        with httpx.Client(transport=transport, timeout=httpx.Timeout(WAIT, pool=0.5)) as client:
            first = client.get(one.url("/a")).text
            second = client.get(two.url("/b")).text

    assert (first, second) == ("0 GET /a ", "0 GET /b ")
    assert one.peers[0].closed_by_client.wait(WAIT)
