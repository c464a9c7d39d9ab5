"""
Security: the API key stays out of errors, reprs, metadata and debug logs; credentials do not
follow a redirect to another host; ids cannot change the request path.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import traceback
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, unquote

import httpx
import pytest

from openai_core import OpenAICoreError, Provider
from openai_core.testing import FakeReply

from ._support import (
    API_KEY,
    chat,
    chat_stream_text,
    close,
    completion_body,
    leaks,
    make_client,
    recording_policy,
    resolve,
    sse_answer,
    texts_of_exception,
)

pytestmark = pytest.mark.anyio


class Capture(logging.Handler):
    """Keeps every record, formatted, with its exception text."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.texts.append(record.getMessage())
        self.texts.append(repr(record.args))
        if record.exc_info:
            self.texts.append("".join(traceback.format_exception(*record.exc_info)))


@pytest.fixture
def debug_logs() -> Iterator[Capture]:
    """Capture the openai_core, httpx and h11 loggers at DEBUG."""
    capture = Capture()
    loggers = [logging.getLogger(name) for name in ("openai_core", "httpx", "h11")]
    saved = [(logger.level, logger.propagate) for logger in loggers]
    for logger in loggers:
        logger.addHandler(capture)
        logger.setLevel(logging.DEBUG)
    yield capture
    for logger, (level, propagate) in zip(loggers, saved, strict=True):
        logger.removeHandler(capture)
        logger.setLevel(level)
        logger.propagate = propagate


async def errors_of_every_kind(mode: str, provider: Any, server: Any) -> list[BaseException]:
    """Provoke each kind of failure once and return the raised errors."""
    policy, _ = recording_policy(max_retries=1)
    client = make_client(mode, server.base_url, retry_policy=policy, timeout=0.3)
    errors: list[BaseException] = []

    async def catch(work: Any) -> None:
        try:
            await work
        except OpenAICoreError as exc:
            errors.append(exc)
        else:
            raise AssertionError("expected the call to fail")

    provider.reply_error(401, "Incorrect API key provided.", code="invalid_api_key")
    await catch(chat(client))
    provider.reply_error(500, "x").reply_error(500, "x")
    await catch(chat(client))
    provider.reply(FakeReply.from_bytes(b"<html>oops</html>", "text/html"))
    await catch(chat(client))
    provider.reply_text("slow", stall_after_chunks=0).reply_text("slow", stall_after_chunks=0)
    await catch(chat(client))
    provider.reply_stream(sse_answer(["a", "b", "c"]), reset_after_chunks=2)
    await catch(chat_stream_text(client))
    provider.reply_stream([b'event: error\ndata: {"error": {"message": "bad"}}\n\n'])
    await catch(chat_stream_text(client))

    async def without_model() -> Any:
        return await resolve(client.chat.completions.create().message_user("x").send())

    await catch(without_model())
    await close(client)
    await catch(chat(client))

    refused = make_client(mode, "http://127.0.0.1:9/v1", retry_policy=policy)
    await catch(chat(refused))
    await close(refused)
    return errors


async def test_the_key_never_appears_in_errors_or_their_tracebacks(mode, provider, server):
    errors = await errors_of_every_kind(mode, provider, server)

    assert len(errors) == 9
    for error in errors:
        texts = texts_of_exception(error)
        texts.append("".join(traceback.format_exception(error)))
        assert not leaks(API_KEY, texts), f"{type(error).__name__} shows the key"


async def test_the_key_never_appears_in_reprs_or_metadata(mode, provider, server):
    client = make_client(mode, server.base_url)
    builder = client.chat.completions.create(model="m").message_user("x")
    meta = await resolve(builder.send_with_meta())
    copy = client.with_options(timeout=2.0)

    texts = [
        repr(client), str(client), repr(client.options), str(client.options), repr(copy),
        repr(client.provider), repr(builder), repr(meta), str(meta), repr(dict(meta.headers)),
        repr(meta.data),
    ]  # fmt: skip
    assert not leaks(API_KEY, texts)
    await close(client)


async def test_debug_logs_never_contain_the_key(mode, provider, server, debug_logs):
    await errors_of_every_kind(mode, provider, server)
    client = make_client(mode, server.base_url)
    await chat(client, "fine")
    await chat_stream_text(client, "streamed")
    await close(client)

    messages = [record.getMessage() for record in debug_logs.records]
    assert any("Request:" in message for message in messages), "no request was logged at DEBUG"
    assert any("redacted" in message for message in messages)
    assert not leaks(API_KEY, debug_logs.texts)


def test_openai_log_debug_output_never_contains_the_key(tmp_path):
    script = tmp_path / "run.py"
    script.write_text(
        textwrap.dedent(
            f"""
            from openai_core import Client
            from openai_core.testing import FakeProvider

            key = {API_KEY!r}
            provider = FakeProvider(api_key=key)
            with provider.serve() as server:
                provider.reply_error(500, "x").reply_error(401, "no")
                client = Client(base_url=server.base_url, api_key=key, max_retries=1)
                try:
                    client.chat.completions.create(model="m").message_user("x").send()
                except Exception as exc:
                    print("error:", type(exc).__name__)
                client.chat.completions.create(model="m").message_user("ok").send()
                client.close()
            """
        )
    )
    env = {**os.environ, "OPENAI_LOG": "debug", "PYTHONPATH": os.getcwd()}

    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=30, env=env
    )

    assert done.returncode == 0, done.stderr
    output = done.stdout + done.stderr
    assert "Request:" in output
    assert not leaks(API_KEY, [output])


# Redirects: the client must not carry credentials to another host.


def redirect_to(location: str, status: int = 307) -> FakeReply:
    return FakeReply(status=status, headers={"location": location, "content-length": "0"})


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_a_redirect_to_another_host_never_carries_the_key(
    mode, provider, server, other_provider, other_server, status
):
    target = f"http://localhost:{other_server.port}/v1/chat/completions"
    provider.reply(redirect_to(target, status))
    policy, _ = recording_policy(max_retries=0)
    client = make_client(mode, server.base_url, retry_policy=policy)

    try:
        await chat(client)
    except OpenAICoreError:
        pass

    for request in other_provider.requests:
        assert "authorization" not in request.headers
        assert not leaks(API_KEY, [repr(request.headers)])
    await close(client)


@pytest.mark.parametrize("auth", ["bearer", "api-key"])
async def test_a_following_http_client_drops_credentials_on_another_host(
    mode, provider, server, other_provider, other_server, auth
):
    target = f"http://localhost:{other_server.port}/v1/chat/completions"
    provider.reply(redirect_to(target, 307))
    other_provider.reply_json(completion_body("from the other host"))
    http: Any = (httpx.Client if mode == "sync" else httpx.AsyncClient)(follow_redirects=True)
    profile = Provider(name="keyed", base_url=None, auth=auth)  # type: ignore[arg-type]
    client = make_client(mode, server.base_url, provider=profile, http_client=http)

    try:
        await chat(client)
    except OpenAICoreError:
        pass

    for request in other_provider.requests:
        assert "authorization" not in request.headers and "api-key" not in request.headers
        assert not leaks(API_KEY, [repr(request.headers)])
    await close(client)
    await resolve(http.aclose() if mode == "async" else http.close())


# Path parameters: whatever an id holds, it stays one path segment.

IDS = [
    "a/b", "../../models", "a/../b", "?x=1", "#frag", "a?b#c", "é中文🙂", "a b", "%2F",
    "%2e%2e", "..x", "x..", "...", "a;b", "a\\b",
]  # fmt: skip


@pytest.mark.parametrize("ident", IDS)
@pytest.mark.parametrize("operation", ["retrieve", "delete", "update", "messages"])
async def test_an_id_cannot_change_the_request_path(mode, provider, server, ident, operation):
    client = make_client(mode, server.base_url)
    completions = client.chat.completions
    builder = {
        "retrieve": lambda: completions.retrieve(ident),
        "delete": lambda: completions.delete(ident),
        "update": lambda: completions.update(ident).metadata({"k": "v"}),
        "messages": lambda: completions.messages.list(ident),
    }[operation]()

    await resolve(builder.send_raw())

    raw_path = provider.last_request.raw_path
    expected = "/v1/chat/completions/" + quote(ident, safe="")
    if operation == "messages":
        expected += "/messages"
    assert raw_path == expected
    segment = raw_path.split("/")[4]
    assert unquote(segment) == ident
    assert provider.last_request.query == {} or operation == "messages"
    await close(client)


# Plain-text base URLs.


@pytest.fixture
def warnings_logged() -> Iterator[Capture]:
    capture = Capture()
    logger = logging.getLogger("openai_core")
    logger.addHandler(capture)
    yield capture
    logger.removeHandler(capture)


@pytest.mark.parametrize(
    "base_url",
    [
        "https://api.example.com/v1",
        "http://127.0.0.1:8000/v1",
        "http://localhost:8000/v1",
        "http://[::1]:8000/v1",
    ],
)
def test_secure_or_loopback_base_urls_log_no_warning(base_url, warnings_logged):
    from openai_core import Client

    Client(base_url=base_url, api_key=API_KEY).close()

    assert not [r for r in warnings_logged.records if r.levelno >= logging.WARNING]
