"""
Helpers of the reliability suite: clients with a recording retry policy, the secret scanner, and a
count of open TCP connections to a server taken from the kernel's socket table (so it sees
leaks whatever pool implementation the client uses).
"""

from __future__ import annotations

import inspect
import json
import os
import time
from collections.abc import Callable, Iterable
from typing import Any

import httpx

from openai_core import AsyncClient, Client, RetryPolicy
from openai_core.testing._models import sse_data

API_KEY = "sk-rel-SECRET-0123456789abcdef"

# TCP states in /proc/net/tcp that still hold a file descriptor open on our side.
_HELD_STATES = {"01", "08"}  # ESTABLISHED, CLOSE_WAIT


class Delays(list[float]):
    """The delays a recording retry policy was asked to sleep, in order."""


def recording_policy(max_retries: int = 2, **kwargs: Any) -> tuple[RetryPolicy, Delays]:
    """A retry policy whose sleeps only record their delay (jitter pinned to none)."""
    delays = Delays()

    def sleep(seconds: float) -> None:
        delays.append(seconds)

    async def async_sleep(seconds: float) -> None:
        delays.append(seconds)

    policy = RetryPolicy(
        max_retries=max_retries,
        sleep=sleep,
        async_sleep=async_sleep,
        random=lambda: 0.0,
        **kwargs,
    )
    return policy, delays


# What make_client opened, so a test that fails half-way still closes its sockets (the
# conftest's autouse fixture closes these after every test).
OPENED: list[Any] = []


def make_client(mode: str, base_url: str, **kwargs: Any) -> Any:
    """A Client or AsyncClient for `base_url` with the suite's key and a short default timeout."""
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("timeout", 5.0)
    cls = Client if mode == "sync" else AsyncClient
    client = cls(base_url=base_url, **kwargs)
    if kwargs.get("http_client") is not None:
        OPENED.append(kwargs["http_client"])
    OPENED.append(client)
    return client


async def close_opened() -> None:
    """Close every client make_client opened (closing twice is harmless)."""
    while OPENED:
        item = OPENED.pop()
        try:
            if isinstance(item, httpx.AsyncClient):
                await item.aclose()
            elif isinstance(item, httpx.Client):
                item.close()
            else:
                await resolve(item.close())
        except Exception:
            pass


async def resolve(value: Any) -> Any:
    """Await `value` when it is awaitable (async client), else return it."""
    if inspect.isawaitable(value):
        return await value
    return value


async def close(client: Any) -> None:
    """Close a Client or an AsyncClient."""
    await resolve(client.close())


async def collect(stream: Any) -> list[Any]:
    """Read a sync or async stream to its end."""
    if hasattr(stream, "__aiter__"):
        return [item async for item in stream]
    return list(stream)


async def chat(client: Any, text: str = "hello", **options: Any) -> Any:
    """Send one non-streamed chat completion and return the typed result."""
    builder = client.chat.completions.create(model="m").message_user(text)
    for name, value in options.items():
        builder = getattr(builder, name)(value)
    return await resolve(builder.send())


async def chat_stream_text(client: Any, text: str = "hello", **options: Any) -> str:
    """Open a chat stream, read it to the end and return the content it carried."""
    builder = client.chat.completions.stream().model("m").message_user(text)
    for name, value in options.items():
        builder = getattr(builder, name)(value)
    stream = await resolve(builder.send())
    try:
        chunks = await collect(stream)
    finally:
        await resolve(stream.close())
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


def content_of(completion: Any) -> str:
    """The assistant text of a typed chat completion."""
    return str(completion.choices[0].message.content)


# -- SSE bodies ---------------------------------------------------------------------------------


def chunk(content: str | None = None, finish: str | None = None, **delta: Any) -> bytes:
    """One `chat.completion.chunk` event."""
    if content is not None:
        delta["content"] = content
    body = {
        "id": "chatcmpl-rel",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
    }
    return sse_data(body)


DONE = b"data: [DONE]\n\n"


def sse_answer(words: Iterable[str], *, finish: bool = True, done: bool = True) -> list[bytes]:
    """The events of a streamed answer made of `words`."""
    events = [chunk(role="assistant", content="")]
    events += [chunk(word) for word in words]
    if finish:
        events.append(chunk(finish="stop"))
    if done:
        events.append(DONE)
    return events


def completion_body(content: str) -> dict[str, Any]:
    """A complete, non-streamed chat completion."""
    return {
        "id": "chatcmpl-rel",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "logprobs": None,
                "message": {"role": "assistant", "content": content, "refusal": None},
            }
        ],
    }


def completion_json(content: str) -> bytes:
    """`completion_body` serialised."""
    return json.dumps(completion_body(content)).encode()


# -- secrets ------------------------------------------------------------------------------------


def texts_of_exception(exc: BaseException) -> list[str]:
    """str and repr of an exception and of every exception chained to it."""
    texts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts += [str(current), repr(current), repr(getattr(current, "args", ()))]
        for name in ("body", "value", "url", "message"):
            if hasattr(current, name):
                texts.append(repr(getattr(current, name)))
        current = current.__cause__ or current.__context__
    return texts


def leaks(secret: str, texts: Iterable[str]) -> list[str]:
    """The texts that contain `secret` (or its distinctive tail)."""
    tail = secret[-16:]
    return [text for text in texts if secret in text or tail in text]


# -- connections --------------------------------------------------------------------------------


def _socket_table() -> list[tuple[int, int, str]]:
    """(local port, remote port, state) of every IPv4 TCP socket on the machine."""
    rows: list[tuple[int, int, str]] = []
    with open("/proc/net/tcp") as table:
        next(table)
        for line in table:
            fields = line.split()
            local, remote, state = fields[1], fields[2], fields[3]
            rows.append((int(local.split(":")[1], 16), int(remote.split(":")[1], 16), state))
    return rows


HAVE_SOCKET_TABLE = os.path.exists("/proc/net/tcp")


def client_connections(port: int) -> int:
    """Client-side sockets to `port` that are still open (established or half-closed)."""
    return sum(
        1 for _, remote, state in _socket_table() if remote == port and state in _HELD_STATES
    )


def wait_until(predicate: Callable[[], bool], timeout: float = 3.0) -> bool:
    """Poll `predicate` until it holds or `timeout` seconds passed; return its last value."""
    end = time.monotonic() + timeout
    while True:
        if predicate():
            return True
        if time.monotonic() > end:
            return False
        time.sleep(0.01)


async def async_wait_until(predicate: Callable[[], bool], timeout: float = 3.0) -> bool:
    """Async twin of wait_until: lets the event loop run the closes it scheduled."""
    import anyio

    end = time.monotonic() + timeout
    while True:
        if predicate():
            return True
        if time.monotonic() > end:
            return False
        await anyio.sleep(0.01)


def is_sdk_error(exc: BaseException) -> bool:
    """Whether `exc` is one of the SDK's own errors and not an httpx one."""
    from openai_core import OpenAICoreError

    return isinstance(exc, OpenAICoreError) and not isinstance(exc, httpx.HTTPError)
