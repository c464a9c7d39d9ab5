"""Behaviour of the HTTP/1.1 transport against real servers on 127.0.0.1, sync and async alike."""

from __future__ import annotations

import asyncio
import gc
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from _transport_server import WAIT, Peer, RawServer, chunk, echo, response

from openai_core._cancel import CancellationToken
from openai_core._exceptions import InvalidConfigError, RequestCancelledError
from openai_core._transport import AsyncOpenAICoreTransport, OpenAICoreTransport


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Http:
    """One test body, two clients: the sync one is simply called from the event loop thread."""

    def __init__(self, mode: str, timeout: httpx.Timeout, **options: Any) -> None:
        self.mode = mode
        if mode == "sync":
            self.sync = httpx.Client(transport=OpenAICoreTransport(**options), timeout=timeout)
        else:
            self.async_ = httpx.AsyncClient(
                transport=AsyncOpenAICoreTransport(**options), timeout=timeout
            )

    @property
    def client(self) -> httpx.Client | httpx.AsyncClient:
        return self.sync if self.mode == "sync" else self.async_

    def build(self, method: str, url: str, **kwargs: Any) -> httpx.Request:
        return self.client.build_request(method, url, **kwargs)

    async def send(self, request: httpx.Request, stream: bool = False) -> httpx.Response:
        if self.mode == "sync":
            return self.sync.send(request, stream=stream)
        return await self.async_.send(request, stream=stream)

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return await self.send(self.build(method, url, **kwargs))

    async def raw(self, response: httpx.Response) -> AsyncIterator[bytes]:
        if self.mode == "sync":
            for piece in response.iter_raw():
                yield piece
        else:
            async for piece in response.aiter_raw():
                yield piece

    async def close_response(self, response: httpx.Response) -> None:
        if self.mode == "sync":
            response.close()
        else:
            await response.aclose()

    async def aclose(self) -> None:
        if self.mode == "sync":
            self.sync.close()
        else:
            await self.async_.aclose()


async def happens(event: threading.Event) -> bool:
    """Wait for `event` while letting the event loop run (an aborted asyncio socket closes there)."""
    give_up = time.monotonic() + WAIT
    while not event.is_set() and time.monotonic() < give_up:
        await asyncio.sleep(0.01)
    return event.is_set()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def make_http(mode: str) -> Iterator[Any]:
    made: list[Http] = []

    def make(timeout: httpx.Timeout | float = WAIT, **options: Any) -> Http:
        http = Http(mode, httpx.Timeout(timeout), **options)
        made.append(http)
        return http

    yield make
    for http in made:
        if http.mode == "sync":
            http.sync.close()
        else:
            # The async client was closed by the test (it needs the loop); check that it was.
            assert http.async_.is_closed


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer(echo) as srv:
        yield srv


@pytest.mark.anyio
async def test_sequential_requests_reuse_one_connection(make_http, server):
    http = make_http()

    bodies = [(await http.request("GET", server.url(f"/{i}"))).text for i in range(5)]
    posted = await http.request("POST", server.url("/p"), json={"a": 1})
    await http.aclose()

    assert bodies == [f"0 GET /{i} " for i in range(5)]
    assert posted.text == '0 POST /p {"a":1}'
    assert server.accepted == 1


@pytest.mark.anyio
async def test_response_has_status_headers_version_and_reason(make_http):
    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(response(b"{}", "201 Made Up", "X-Request-Id: req-1\r\n"))

    with RawServer(handler) as srv:
        http = make_http()
        reply = await http.request("GET", srv.url())
        await http.aclose()

    assert reply.status_code == 201
    assert reply.headers["x-request-id"] == "req-1"
    assert reply.http_version == "HTTP/1.1"
    assert reply.reason_phrase == "Made Up"


@pytest.mark.anyio
async def test_connection_closed_early_is_not_reused(make_http, server):
    def handler(peer: Peer) -> None:
        while peer.read_request() is not None:
            peer.send(response(b"x" * 200_000))

    with RawServer(handler) as srv:
        http = make_http()
        reply = await http.send(http.build("GET", srv.url()), stream=True)
        await http.close_response(reply)
        again = await http.request("GET", srv.url())
        await http.aclose()

    assert again.content == b"x" * 200_000
    assert srv.accepted == 2


@pytest.mark.anyio
async def test_chunked_response_streams_each_chunk_as_it_arrives(make_http):
    first_seen = threading.Event()
    waited: list[bool] = []

    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk(b"first"))
        waited.append(first_seen.wait(WAIT))
        peer.send(chunk(b"second") + b"0\r\n\r\n")
        echo(peer)

    with RawServer(handler) as srv:
        http = make_http()
        reply = await http.send(http.build("GET", srv.url()), stream=True)
        pieces = []
        async for piece in http.raw(reply):
            pieces.append(piece)
            first_seen.set()
        again = await http.request("GET", srv.url("/again"))
        await http.aclose()

    assert waited == [True]
    assert pieces == [b"first", b"second"]
    assert again.text == "0 GET /again "


@pytest.mark.anyio
async def test_chunks_that_arrive_together_are_handed_over_joined(make_http, server):
    events = [b'data: {"n": %d}\n\n' % i for i in range(200)]
    ended = threading.Event()

    def handler(peer: Peer) -> None:
        peer.read_request()
        head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        peer.send(head + b"".join(chunk(event) for event in events) + b"0\r\n\r\n")
        ended.set()
        echo(peer)

    with RawServer(handler) as srv:
        http = make_http()
        reply = await http.send(http.build("GET", srv.url()), stream=True)
        assert await happens(ended)
        pieces = [piece async for piece in http.raw(reply)]
        again = await http.request("GET", srv.url("/again"))
        await http.aclose()

    assert b"".join(pieces) == b"".join(events)
    assert len(pieces) < len(events) / 4  # one socket read brings many chunks
    assert again.text == "0 GET /again "  # the connection went back to the pool


@pytest.mark.anyio
async def test_data_before_a_malformed_chunk_is_delivered_before_the_error(make_http):
    def handler(peer: Peer) -> None:
        peer.read_request()
        head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        peer.send(head + chunk(b"good one ") + chunk(b"good two") + b"zz\r\nbroken\r\n")

    with RawServer(handler) as srv:
        http = make_http()
        reply = await http.send(http.build("GET", srv.url()), stream=True)
        pieces = []
        with pytest.raises(httpx.RemoteProtocolError):
            async for piece in http.raw(reply):
                pieces.append(piece)
        await http.aclose()

    assert b"".join(pieces) == b"good one good two"


@pytest.mark.anyio
async def test_a_body_complete_in_one_read_frees_its_connection_with_the_last_bytes(make_http):
    def handler(peer: Peer) -> None:
        while peer.read_request() is not None:
            peer.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
            time.sleep(0.05)
            peer.send(chunk(b"a") + chunk(b"b") + b"0\r\n\r\n")

    with RawServer(handler) as srv:
        http = make_http(max_connections=1, max_keepalive_connections=1)
        reply = await http.send(http.build("GET", srv.url()), stream=True)
        stream = http.raw(reply)
        assert await stream.__anext__() == b"ab"
        # Not iterated to its end, yet the only connection is free for the next request.
        again = await http.send(http.build("GET", srv.url()), stream=False)
        await http.aclose()

    assert again.content == b"ab"
    assert srv.accepted == 1


@pytest.mark.anyio
async def test_streamed_request_body_is_sent_chunked(make_http, mode):
    received = []

    def handler(peer: Peer) -> None:
        request = peer.read_request()
        received.append(request)
        peer.send(response(b"ok"))

    def parts() -> Iterator[bytes]:
        yield b"hello "
        yield b""
        yield b"world"

    async def aparts() -> AsyncIterator[bytes]:
        for part in parts():
            yield part

    with RawServer(handler) as srv:
        http = make_http()
        body = parts() if mode == "sync" else aparts()
        reply = await http.request("POST", srv.url(), content=body)
        await http.aclose()

    assert reply.text == "ok"
    assert received[0].chunked
    assert received[0].body == b"hello world"


@pytest.mark.anyio
async def test_large_fixed_length_body_round_trips(make_http, server):
    http = make_http()
    payload = bytes(range(256)) * 4096

    reply = await http.request("POST", server.url("/big"), content=payload)
    await http.aclose()

    assert reply.content == b"0 POST /big " + payload


@pytest.mark.anyio
@pytest.mark.parametrize(
    "answer",
    [
        response(b"bye", headers="Connection: close\r\n"),
        b"HTTP/1.0 200 OK\r\nContent-Length: 3\r\n\r\nbye",
        b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nbye",
    ],
    ids=["connection-close", "http-1.0", "read-until-close"],
)
async def test_connection_that_must_close_is_not_reused(make_http, answer):
    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(answer)
        peer.close()

    with RawServer(handler) as srv:
        http = make_http()
        first = await http.request("GET", srv.url())
        second = await http.request("GET", srv.url())
        await http.aclose()

    assert first.content == second.content == b"bye"
    assert srv.accepted == 2


@pytest.mark.anyio
async def test_informational_responses_are_skipped(make_http):
    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n")
        peer.send(response(b"final"))

    with RawServer(handler) as srv:
        http = make_http()
        reply = await http.request("GET", srv.url())
        await http.aclose()

    assert (reply.status_code, reply.content) == (200, b"final")


@pytest.mark.anyio
async def test_head_and_no_content_responses_have_empty_bodies(make_http):
    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(b"HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n")
        peer.read_request()
        peer.send(b"HTTP/1.1 204 No Content\r\n\r\n")
        echo(peer)

    with RawServer(handler) as srv:
        http = make_http()
        head = await http.request("HEAD", srv.url())
        empty = await http.request("DELETE", srv.url())
        after = await http.request("GET", srv.url("/after"))
        await http.aclose()

    assert (head.status_code, head.content, empty.status_code, empty.content) == (
        200,
        b"",
        204,
        b"",
    )
    assert after.text == "0 GET /after "
    assert srv.accepted == 1


@pytest.mark.anyio
async def test_idle_connection_closed_by_server_is_replaced(make_http):
    closed = threading.Event()

    def handler(peer: Peer) -> None:
        if peer.index == 0:
            peer.read_request()
            peer.send(response(b"first"))
            peer.close()
            closed.set()
        else:
            echo(peer)

    with RawServer(handler) as srv:
        http = make_http()
        first = await http.request("GET", srv.url())
        assert closed.wait(WAIT)
        time.sleep(0.05)  # let the FIN reach the client's socket
        second = await http.request("GET", srv.url("/second"))
        await http.aclose()

    assert first.text == "first"
    assert second.text == "1 GET /second "
    assert srv.accepted == 2


@pytest.mark.anyio
async def test_request_is_retried_once_when_reused_connection_dies_before_answering(make_http):
    def handler(peer: Peer) -> None:
        if peer.index == 0:
            peer.read_request()
            peer.send(response(b"first"))
            peer.read_request()  # looks alive when checked out, closes without an answer
        else:
            echo(peer)

    with RawServer(handler) as srv:
        http = make_http()
        await http.request("GET", srv.url())
        second = await http.request("POST", srv.url("/second"), content=b"body")
        await http.aclose()

    assert second.text == "1 POST /second body"
    assert srv.accepted == 2


@pytest.mark.anyio
async def test_request_is_not_retried_once_response_bytes_arrived(make_http):
    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(response(b"first"))
        peer.read_request()
        peer.send(b"HTTP/1.1 200 OK\r\nContent-Le")

    with RawServer(handler) as srv:
        http = make_http()
        await http.request("GET", srv.url())
        with pytest.raises(httpx.RemoteProtocolError):
            await http.request("GET", srv.url())
        await http.aclose()

    assert srv.accepted == 1


@pytest.mark.anyio
@pytest.mark.parametrize("how", ["reset", "close"])
async def test_connection_lost_mid_body_raises_transport_error(make_http, how):
    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789")
        time.sleep(0.05)
        peer.reset() if how == "reset" else peer.close()

    with RawServer(handler) as srv:
        http = make_http()
        with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
            await http.request("GET", srv.url())
        await http.aclose()


@pytest.mark.anyio
async def test_protocol_violation_raises_remote_protocol_error(make_http):
    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(b"NOT HTTP AT ALL\r\n\r\n")

    with RawServer(handler) as srv:
        http = make_http()
        with pytest.raises(httpx.RemoteProtocolError):
            await http.request("GET", srv.url())
        await http.aclose()


@pytest.mark.anyio
async def test_refused_connection_raises_connect_error(make_http):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    http = make_http()

    with pytest.raises(httpx.ConnectError):
        await http.request("GET", f"http://127.0.0.1:{port}/")
    await http.aclose()


@pytest.mark.anyio
async def test_local_address_binds_outgoing_connections(make_http, server):
    http = make_http(local_address="127.0.0.1")

    reply = await http.request("GET", server.url())
    await http.aclose()

    assert reply.status_code == 200
    assert server.peers[0].address[0] == "127.0.0.1"


@pytest.mark.anyio
async def test_tls_handshake_with_a_plain_server_raises_connect_error(make_http):
    def handler(peer: Peer) -> None:
        peer.sock.recv(1024)  # a ClientHello, answered in plain text
        peer.send(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")

    with RawServer(handler) as srv:
        http = make_http(verify=False)
        with pytest.raises(httpx.ConnectError):
            await http.request("GET", srv.url(scheme="https"))
        await http.aclose()


@pytest.mark.anyio
async def test_unknown_host_raises_connect_error(make_http):
    http = make_http()

    with pytest.raises(httpx.ConnectError):
        await http.request("GET", "http://no-such-host.invalid/")
    await http.aclose()


@pytest.mark.anyio
async def test_silent_server_raises_read_timeout(make_http):
    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.wait_closed()

    with RawServer(handler) as srv:
        http = make_http(httpx.Timeout(WAIT, read=0.2))
        with pytest.raises(httpx.ReadTimeout):
            await http.request("GET", srv.url())
        await http.aclose()


@pytest.mark.anyio
async def test_server_that_stops_reading_raises_write_timeout(make_http, mode):
    def handler(peer: Peer) -> None:
        peer.closed_by_client.wait(WAIT)

    def endless() -> Iterator[bytes]:
        block = b"x" * (1 << 20)
        for _ in range(512):
            yield block

    async def aendless() -> AsyncIterator[bytes]:
        for block in endless():
            yield block

    with RawServer(handler) as srv:
        http = make_http(httpx.Timeout(WAIT, write=0.2))
        with pytest.raises(httpx.WriteTimeout):
            await http.request(
                "POST", srv.url(), content=endless() if mode == "sync" else aendless()
            )
        await http.aclose()
        for peer in srv.peers:
            peer.closed_by_client.set()


def trickle(peer: Peer) -> None:
    """Answer with a 60-byte body sent one byte every 50 ms (3 s in all)."""
    peer.read_request()
    peer.send(b"HTTP/1.1 200 OK\r\nContent-Length: 60\r\n\r\n")
    for _ in range(60):
        if peer.closed_by_client.wait(0.05):
            return
        peer.send(b".")


@pytest.mark.anyio
async def test_deadline_stops_a_trickling_body(make_http):
    with RawServer(trickle) as srv:
        http = make_http()
        request = http.build(
            "GET", srv.url(), extensions={"openai_core.deadline": time.monotonic() + 0.5}
        )
        reply = await http.send(request, stream=True)
        with pytest.raises(httpx.ReadTimeout):
            async for _ in http.raw(reply):
                pass
        await http.close_response(reply)
        await http.aclose()
        for peer in srv.peers:
            peer.closed_by_client.set()


@pytest.mark.anyio
async def test_deadline_bounds_the_wait_for_the_response_head(make_http):
    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.wait_closed()

    with RawServer(handler) as srv:
        http = make_http(httpx.Timeout(None))
        request = http.build(
            "GET", srv.url(), extensions={"openai_core.deadline": time.monotonic() + 0.3}
        )
        with pytest.raises(httpx.ReadTimeout):
            await http.send(request)
        await http.aclose()


def hang_after_first_chunk(peer: Peer) -> None:
    """The first request gets one chunk and then nothing; later connections are echoed."""
    if peer.index > 0:
        echo(peer)
        return
    peer.read_request()
    peer.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk(b"first"))
    peer.wait_closed()


@pytest.mark.anyio
async def test_cancel_from_another_thread_aborts_a_blocked_body_read(make_http):
    token = CancellationToken()
    with RawServer(hang_after_first_chunk) as srv:
        http = make_http()
        request = http.build("GET", srv.url(), extensions={"openai_core.cancel": token})
        reply = await http.send(request, stream=True)
        pieces = http.raw(reply)
        assert await pieces.__anext__() == b"first"
        timer = threading.Timer(0.1, token.cancel)
        timer.start()
        with pytest.raises(RequestCancelledError):
            await pieces.__anext__()
        timer.join(WAIT)
        await http.close_response(reply)
        closed = await happens(srv.peers[0].closed_by_client)
        after = await http.request("GET", srv.url("/after"))
        await http.aclose()

    assert closed
    assert after.text == "1 GET /after "


@pytest.mark.anyio
async def test_cancel_while_waiting_for_the_response_head(make_http):
    token = CancellationToken()

    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.wait_closed()

    with RawServer(handler) as srv:
        http = make_http()
        request = http.build("GET", srv.url(), extensions={"openai_core.cancel": token})
        timer = threading.Timer(0.1, token.cancel)
        timer.start()
        with pytest.raises(RequestCancelledError):
            await http.send(request)
        timer.join(WAIT)
        closed = await happens(srv.peers[0].closed_by_client)
        await http.aclose()

    assert closed


@pytest.mark.anyio
async def test_cancelled_token_fails_before_connecting(make_http, server):
    token = CancellationToken()
    token.cancel()
    http = make_http()

    with pytest.raises(RequestCancelledError):
        await http.send(http.build("GET", server.url(), extensions={"openai_core.cancel": token}))
    await http.aclose()

    assert server.accepted == 0


@pytest.mark.anyio
async def test_cancel_after_the_response_does_not_touch_the_pooled_connection(make_http, server):
    token = CancellationToken()
    http = make_http()

    first = await http.send(
        http.build("GET", server.url(), extensions={"openai_core.cancel": token})
    )
    token.cancel()
    second = await http.request("GET", server.url("/second"))
    await http.aclose()

    assert first.text == "0 GET / "
    assert second.text == "0 GET /second "
    assert server.accepted == 1


@pytest.mark.anyio
async def test_full_pool_raises_pool_timeout_then_serves_when_freed(make_http, server):
    http = make_http(httpx.Timeout(WAIT, pool=0.2), max_connections=1)

    held = await http.send(http.build("GET", server.url("/held")), stream=True)
    with pytest.raises(httpx.PoolTimeout):
        await http.request("GET", server.url("/waiting"))
    await http.close_response(held)
    after = await http.request("GET", server.url("/after"))
    await http.aclose()

    assert after.status_code == 200


@pytest.mark.anyio
async def test_response_dropped_unclosed_gives_its_connection_back(make_http, server):
    http = make_http(httpx.Timeout(WAIT, pool=1.0), max_connections=1)

    dropped = await http.send(http.build("GET", server.url("/dropped")), stream=True)
    del dropped
    gc.collect()
    after = await http.request("GET", server.url("/after"))
    await http.aclose()

    assert after.text == "1 GET /after "
    assert await happens(server.peers[0].closed_by_client)


@pytest.mark.anyio
async def test_idle_connections_expire(make_http, server):
    http = make_http(keepalive_expiry=0.1)

    await http.request("GET", server.url())
    time.sleep(0.2)
    await http.request("GET", server.url())
    await http.aclose()

    assert server.accepted == 2


@pytest.mark.anyio
async def test_close_closes_idle_connections(make_http, server):
    http = make_http()

    await http.request("GET", server.url())
    await http.aclose()

    assert await happens(server.peers[0].closed_by_client)


@pytest.mark.anyio
async def test_unsupported_scheme_is_refused(make_http):
    http = make_http()
    transport: Any = http.client._transport  # the scheme check is the transport's own

    with pytest.raises(httpx.UnsupportedProtocol):
        request = httpx.Request("GET", "ftp://127.0.0.1/")
        if http.mode == "sync":
            transport.handle_request(request)
        else:
            await transport.handle_async_request(request)
    await http.aclose()


@pytest.mark.parametrize("transport", [OpenAICoreTransport, AsyncOpenAICoreTransport])
@pytest.mark.parametrize(
    "options",
    [{"max_connections": 0}, {"max_keepalive_connections": -1}, {"keepalive_expiry": -1.0}],
)
def test_impossible_pool_limits_are_refused(transport, options):
    with pytest.raises(InvalidConfigError):
        transport(**options)


@pytest.mark.anyio
async def test_cancel_from_another_task_aborts_a_blocked_body_read():
    token = CancellationToken()
    with RawServer(hang_after_first_chunk) as srv:
        async with httpx.AsyncClient(transport=AsyncOpenAICoreTransport()) as client:
            request = client.build_request(
                "GET", srv.url(), extensions={"openai_core.cancel": token}
            )
            reply = await client.send(request, stream=True)
            pieces = reply.aiter_raw()
            assert await pieces.__anext__() == b"first"

            async def cancel_soon() -> None:
                await asyncio.sleep(0.1)
                token.cancel()

            canceller = asyncio.create_task(cancel_soon())
            with pytest.raises(RequestCancelledError):
                await asyncio.wait_for(pieces.__anext__(), WAIT)
            await canceller
            await reply.aclose()
            closed = await happens(srv.peers[0].closed_by_client)

    assert closed
