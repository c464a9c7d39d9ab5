"""
After os.fork() the child never reuses the parent's kept-alive connections (which would mix
two processes' bytes on one socket), and the parent's connections keep working.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable, Iterator

import httpx
import pytest
from _transport_server import WAIT, RawServer, echo

from openai_core._transport import AsyncOpenAICoreTransport, OpenAICoreTransport

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or sys.platform == "win32", reason="needs os.fork()"
)


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer(echo) as srv:
        yield srv


def in_child(work: Callable[[], str]) -> str:
    """Run `work` in a forked child and return what it returned (or the error it raised)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 0
        try:
            try:
                result = work()
            except BaseException as exc:
                result, code = f"error: {exc!r}", 1
            os.write(write_end, result.encode())
        finally:
            os._exit(code)
    os.close(write_end)
    try:
        chunks = []
        while chunk := os.read(read_end, 4096):
            chunks.append(chunk)
    finally:
        os.close(read_end)
        _, status = os.waitpid(pid, 0)
    output = b"".join(chunks).decode()
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, output
    return output


def test_a_forked_child_opens_its_own_connections_sync(server):
    client = httpx.Client(transport=OpenAICoreTransport(), timeout=WAIT)
    try:
        assert client.get(server.url("/parent")).text == "0 GET /parent "

        child = in_child(lambda: client.get(server.url("/child")).text)

        assert child == "1 GET /child "  # a new connection: the server's second
        # The parent's idle connection was left alone by the child.
        assert client.get(server.url("/again")).text == "0 GET /again "
    finally:
        client.close()


def test_a_forked_child_opens_its_own_connections_async(server):
    transport = AsyncOpenAICoreTransport()
    client = httpx.AsyncClient(transport=transport, timeout=WAIT)

    async def get(path: str) -> str:
        return (await client.get(server.url(path))).text

    loop = asyncio.new_event_loop()
    try:
        assert loop.run_until_complete(get("/parent")) == "0 GET /parent "

        child = in_child(lambda: asyncio.run(get("/child")))

        assert child == "1 GET /child "
        assert loop.run_until_complete(get("/again")) == "0 GET /again "
        loop.run_until_complete(client.aclose())
    finally:
        loop.close()
