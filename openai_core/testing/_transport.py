"""
The fake provider behind httpx's transport interface, without any socket.

Bodies are handed over piece by piece as the reply's plan unfolds, so streaming code sees
incremental bytes and delays. Faults become the httpx errors a real connection would give: a reset
before the headers is ``RemoteProtocolError``, a reset after them is ``ReadError``, and a stall
sleeps until the response is closed (``ReadError``) or ``stall_timeout`` passes (``ReadTimeout``).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator

import httpx

from ._models import FakeReply, Reset, Send, Sleep, Stall, body_plan, framing

__all__ = ["FakeAsyncTransport", "FakeTransport", "RawHandler"]

RawHandler = Callable[[str, str, Iterable[tuple[str, str]], bytes, "int | None"], FakeReply]

_RESET_MESSAGE = "The fake provider reset the connection while sending the body."


class FakeTransport(httpx.BaseTransport):
    """A synchronous httpx transport answered by a FakeProvider."""

    def __init__(self, handler: RawHandler, *, stall_timeout: float) -> None:
        """
        Wrap a provider's raw handler.

        Args:
            handler: ``FakeProvider.handle_raw``.
            stall_timeout: Longest time a stalled body waits before raising ReadTimeout.
        """
        self._handler = handler
        self._stall_timeout = stall_timeout

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """
        Answer one request.

        Args:
            request: The request httpx wants to send.

        Raises:
            httpx.RemoteProtocolError: If the reply resets before its headers.
        """
        body = request.read()
        reply = self._handler(
            request.method, _target(request), request.headers.multi_items(), body, None
        )
        if reply.delay:
            time.sleep(reply.delay)
        _raise_if_reset_before_headers(reply, request)
        stream = _SyncBody(reply, request, self._stall_timeout)
        return httpx.Response(
            reply.status, headers=framing(reply)[0], stream=stream, request=request
        )


class FakeAsyncTransport(httpx.AsyncBaseTransport):
    """An asynchronous (asyncio) httpx transport answered by a FakeProvider."""

    def __init__(self, handler: RawHandler, *, stall_timeout: float) -> None:
        """
        Wrap a provider's raw handler.

        Args:
            handler: ``FakeProvider.handle_raw``.
            stall_timeout: Longest time a stalled body waits before raising ReadTimeout.
        """
        self._handler = handler
        self._stall_timeout = stall_timeout

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """
        Answer one request.

        Args:
            request: The request httpx wants to send.

        Raises:
            httpx.RemoteProtocolError: If the reply resets before its headers.
        """
        body = await request.aread()
        reply = self._handler(
            request.method, _target(request), request.headers.multi_items(), body, None
        )
        if reply.delay:
            await asyncio.sleep(reply.delay)
        _raise_if_reset_before_headers(reply, request)
        stream = _AsyncBody(reply, request, self._stall_timeout)
        return httpx.Response(
            reply.status, headers=framing(reply)[0], stream=stream, request=request
        )


class _SyncBody(httpx.SyncByteStream):
    def __init__(self, reply: FakeReply, request: httpx.Request, stall_timeout: float) -> None:
        self._reply = reply
        self._request = request
        self._stall_timeout = stall_timeout
        self._closed = threading.Event()

    def __iter__(self) -> Iterator[bytes]:
        for step in body_plan(self._reply):
            if isinstance(step, Send):
                yield step.data
            elif isinstance(step, Sleep):
                time.sleep(step.seconds)
            elif isinstance(step, Reset):
                raise httpx.ReadError(_RESET_MESSAGE, request=self._request)
            elif isinstance(step, Stall):
                _raise_after_stall(self._closed.wait(self._stall_timeout), self._request)

    def close(self) -> None:
        self._closed.set()


class _AsyncBody(httpx.AsyncByteStream):
    def __init__(self, reply: FakeReply, request: httpx.Request, stall_timeout: float) -> None:
        self._reply = reply
        self._request = request
        self._stall_timeout = stall_timeout
        self._closed = asyncio.Event()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for step in body_plan(self._reply):
            if isinstance(step, Send):
                yield step.data
            elif isinstance(step, Sleep):
                await asyncio.sleep(step.seconds)
            elif isinstance(step, Reset):
                raise httpx.ReadError(_RESET_MESSAGE, request=self._request)
            elif isinstance(step, Stall):
                _raise_after_stall(await self._wait_closed(), self._request)

    async def _wait_closed(self) -> bool:
        try:
            await asyncio.wait_for(self._closed.wait(), self._stall_timeout)
        except asyncio.TimeoutError:
            return False
        return True

    async def aclose(self) -> None:
        self._closed.set()


def _target(request: httpx.Request) -> str:
    return request.url.raw_path.decode("ascii")


def _raise_if_reset_before_headers(reply: FakeReply, request: httpx.Request) -> None:
    if reply.reset_before_headers:
        raise httpx.RemoteProtocolError(
            "The fake provider closed the connection without sending a response.", request=request
        )


def _raise_after_stall(closed: bool, request: httpx.Request) -> None:
    if closed:
        raise httpx.ReadError(
            "The response was closed while the reply was stalled.", request=request
        )
    raise httpx.ReadTimeout(
        "The stalled reply did not resume within stall_timeout.", request=request
    )
