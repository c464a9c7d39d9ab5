"""The chunked-body fast path: `drain_chunks` cuts complete HTTP chunks out of h11's buffer."""

from __future__ import annotations

import asyncio
from typing import Any

import h11
import httpx
import pytest

from openai_core._transport.async_connection import _READ_AHEAD, AsyncConnection
from openai_core._transport.sansio import (
    READ_SIZE,
    RequestBudget,
    drain_chunks,
    feed_at_most,
    gather_body,
)

HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"


def connection_after_head(body: bytes) -> h11.Connection:
    """An h11 client connection that sent a request and received HEAD plus `body`."""
    connection = h11.Connection(h11.CLIENT)
    connection.send(h11.Request(method="GET", target="/", headers=[("Host", "x")]))
    connection.send(h11.EndOfMessage())
    connection.receive_data(HEAD + body)
    assert type(connection.next_event()) is h11.Response
    return connection


def chunked(*pieces: bytes) -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in pieces)


def read_all(connection: h11.Connection) -> tuple[bytes, list[object]]:
    """Read the body with gather_body as the transports do; return it and the stopping events."""
    body = b""
    stops: list[object] = []
    while True:
        event = connection.next_event()
        if type(event) is h11.Data:
            piece, stop = gather_body(connection, bytes(event.data))
            body += piece
            if stop is None:
                return body, stops
            event = stop
        stops.append(event)
        if event is h11.NEED_DATA or type(event) is h11.EndOfMessage:
            return body, stops


def test_complete_chunks_are_taken_at_once_and_h11_ends_the_body() -> None:
    pieces = [b"data: %d\n\n" % i for i in range(50)]
    connection = connection_after_head(chunked(*pieces) + b"0\r\n\r\n")
    first = connection.next_event()
    assert type(first) is h11.Data and first.data == pieces[0]
    drained = drain_chunks(connection)
    assert drained == pieces[1:]
    # h11 is left where its own reader would be: it reads the last chunk and the end.
    assert type(connection.next_event()) is h11.EndOfMessage
    assert connection.their_state is h11.DONE


def test_a_chunk_not_fully_received_is_left_to_h11() -> None:
    whole = chunked(b"one", b"two")
    connection = connection_after_head(whole + b"a\r\nabc")  # 10 bytes announced, 3 received
    assert connection.next_event() == h11.Data(data=b"one", chunk_start=True, chunk_end=True)
    assert drain_chunks(connection) == [b"two"]
    event = connection.next_event()  # h11 hands over the part it has
    assert type(event) is h11.Data and event.data == b"abc"
    assert drain_chunks(connection) is None  # mid-chunk: only h11 knows how much is left
    connection.receive_data(b"defghij\r\n" + chunked(b"four") + b"0\r\n\r\n")
    body, stops = read_all(connection)
    assert body == b"defghijfour"
    assert type(stops[-1]) is h11.EndOfMessage


def test_a_footer_split_across_reads_is_left_to_h11() -> None:
    connection = connection_after_head(b"3\r\none\r")
    assert type(connection.next_event()) is h11.Data
    assert drain_chunks(connection) is None
    connection.receive_data(b"\n" + chunked(b"two") + b"0\r\n\r\n")
    body, stops = read_all(connection)
    assert body == b"two"
    assert type(stops[-1]) is h11.EndOfMessage


def test_chunk_extensions_go_through_h11() -> None:
    connection = connection_after_head(chunked(b"one") + b"3;name=value\r\ntwo\r\n0\r\n\r\n")
    assert type(connection.next_event()) is h11.Data
    assert drain_chunks(connection) == []  # only the first footer is taken: h11 reads the rest
    body, stops = read_all(connection)
    assert body == b"two"
    assert type(stops[-1]) is h11.EndOfMessage


def test_a_malformed_footer_is_still_rejected_by_h11() -> None:
    connection = connection_after_head(chunked(b"one") + b"3\r\ntwoXX" + chunked(b"three"))
    assert type(connection.next_event()) is h11.Data
    assert drain_chunks(connection) == []  # the bad footer stops the fast path at once
    with pytest.raises(h11.RemoteProtocolError):
        for _ in range(5):
            connection.next_event()


def test_gather_body_joins_drained_chunks_with_the_first() -> None:
    pieces = [b"data: %d\n\n" % i for i in range(20)]
    connection = connection_after_head(chunked(*pieces) + b"0\r\n\r\n")
    body, stops = read_all(connection)
    assert body == b"".join(pieces)
    assert [type(stop) for stop in stops] == [h11.EndOfMessage]
    assert connection.their_state is h11.DONE


def test_a_content_length_body_is_not_touched() -> None:
    connection = h11.Connection(h11.CLIENT)
    connection.send(h11.Request(method="GET", target="/", headers=[("Host", "x")]))
    connection.send(h11.EndOfMessage())
    connection.receive_data(b"HTTP/1.1 200 OK\r\ncontent-length: 8\r\n\r\n3\r\nabc\r\n")
    assert type(connection.next_event()) is h11.Response
    assert drain_chunks(connection) is None
    assert connection.next_event() == h11.Data(data=b"3\r\nabc\r\n")


# --- bounded read-ahead of the async connection ----------------------------------------------


def test_feed_at_most_hands_over_a_bounded_prefix_without_losing_bytes() -> None:
    received: list[bytes] = []

    class Recorder:
        def receive_data(self, data: Any) -> None:
            received.append(bytes(data))

    chunks: list[bytes | bytearray | memoryview] = [b"a" * 10, bytearray(b"b" * 30), b"c" * 5]
    recorder: Any = Recorder()
    assert feed_at_most(recorder, chunks, 25) == 25
    assert received == [b"a" * 10, b"b" * 15]
    assert [bytes(chunk) for chunk in chunks] == [b"b" * 15, b"c" * 5]
    assert feed_at_most(recorder, chunks, 25) == 20
    assert chunks == []
    assert b"".join(received) == b"a" * 10 + b"b" * 30 + b"c" * 5


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_a_reader_that_stops_leaves_the_body_in_the_socket() -> None:
    """A 4 MB body: the connection holds at most one read of it however long the reader waits."""
    body = b"x" * (4 * 1024 * 1024)
    served = asyncio.Event()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: %d\r\n\r\n" % len(body))
        writer.write(body)
        served.set()
        try:
            await writer.drain()
        except ConnectionError:
            pass
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    key = (b"http", b"127.0.0.1", port, None)
    connection = AsyncConnection(key, 0)  # type: ignore[arg-type]
    fed: list[int] = []
    real = connection.h11.receive_data

    def counting(data: Any) -> None:
        fed.append(len(data))
        real(data)

    connection.h11.receive_data = counting  # type: ignore[method-assign]
    request = httpx.Request("GET", f"http://127.0.0.1:{port}/")
    budget = RequestBudget(request)
    try:
        await connection.connect(budget, None, None)
        data = connection.h11.send(
            h11.Request(method="GET", target="/", headers=[("Host", "127.0.0.1")])
        )
        await connection.send(data + connection.h11.send(h11.EndOfMessage()), budget)
        assert type(await connection.next_event(budget)) is h11.Response
        await served.wait()
        for _ in range(20):  # the server keeps writing; the reader does not read
            await asyncio.sleep(0.01)
        # Only bytes nobody asked for are held, and at most _READ_AHEAD of them.
        assert 0 < connection._buffered <= _READ_AHEAD, [len(c) for c in connection._chunks]
        assert sum(len(chunk) for chunk in connection._chunks) == connection._buffered
        assert connection._reading_paused
        assert max(fed) <= READ_SIZE
        # Reading on resumes the socket and gets every byte, in order.
        got = 0
        while True:
            event = await connection.next_event(budget)
            if type(event) is h11.EndOfMessage:
                break
            assert type(event) is h11.Data
            got += len(event.data)
            assert connection._buffered <= READ_SIZE
        assert got == len(body)
        assert max(fed) <= READ_SIZE
    finally:
        connection.close()
        server.close()
        await server.wait_closed()
