"""
Request hygiene: ids that cannot change the path, answers that are not what the operation
returns (empty, non-object, redirects), error messages that stay bounded and never echo the key,
and a warning for cleartext base URLs to other hosts. Each comment names where the rule lives.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from openai_core import (
    Client,
    InvalidConfigError,
    MissingRequiredFieldError,
    OpenAICoreError,
    Provider,
    ResponseValidationError,
)
from openai_core.testing import FakeReply

from ._support import (
    API_KEY,
    chat,
    close,
    completion_body,
    leaks,
    make_client,
    resolve,
    texts_of_exception,
)

pytestmark = pytest.mark.anyio


# _request.encode_segment: an id of "." or ".." would be a dot segment that URL parsers remove
# (retrieve("..") would GET /v1/chat); such segments are sent as "%2E".
@pytest.mark.parametrize("ident", [".", ".."])
@pytest.mark.parametrize("operation", ["retrieve", "delete"])
async def test_dot_segment_ids_cannot_change_the_request_path(
    mode, provider, server, ident, operation
):
    client = make_client(mode, server.base_url)

    await resolve(getattr(client.chat.completions, operation)(ident).send_raw())

    segments = provider.last_request.raw_path.split("/")
    assert segments[:4] == ["", "v1", "chat", "completions"]
    assert len(segments) == 5 and segments[4].upper() == "%2E" * len(ident)
    await close(client)


# RequestSpec.check_required: an empty id would address the collection ("/chat/completions/"),
# so it is refused before any I/O.
@pytest.mark.parametrize("operation", ["retrieve", "delete"])
async def test_an_empty_id_is_refused_before_any_io(mode, provider, server, operation):
    client = make_client(mode, server.base_url)

    with pytest.raises((MissingRequiredFieldError, InvalidConfigError)):
        await resolve(getattr(client.chat.completions, operation)("").send_raw())

    assert provider.requests == []
    await close(client)


# _core.PreparedCall.parse_body: an empty body for an operation with a response model is never
# returned as None.
async def test_an_empty_2xx_body_raises_response_validation_error(mode, provider, server):
    provider.reply(FakeReply.from_bytes(b"", "application/json"))
    client = make_client(mode, server.base_url)

    with pytest.raises(ResponseValidationError):
        await chat(client)

    await close(client)


# _core.PreparedCall.parse_body: with a response model, anything but a JSON object raises.
@pytest.mark.parametrize("body", [b"[1, 2]", b'"text"', b"null", b"42"])
async def test_a_2xx_json_that_is_not_an_object_raises(mode, provider, server, body):
    provider.reply(FakeReply.from_bytes(body, "application/json"))
    client = make_client(mode, server.base_url)

    with pytest.raises(ResponseValidationError):
        await chat(client)

    await close(client)


# _core.PreparedCall.raise_for_status: the client follows no redirect, and a 3xx is an APIError
# naming the Location, never a success.
@pytest.mark.parametrize(
    "reply",
    [
        FakeReply(status=307, headers={"location": "http://localhost:1/v1/chat/completions"}),
        FakeReply.from_json(
            completion_body("from the redirect"),
            status=302,
            headers={"location": "http://localhost:1/v1"},
        ),
    ],
    ids=["307-empty", "302-json"],
)
async def test_a_redirect_answer_is_never_returned_as_a_success(mode, provider, server, reply):
    provider.reply(reply)
    client = make_client(mode, server.base_url)

    with pytest.raises(OpenAICoreError):
        await chat(client)

    await close(client)


# _client: a user http_client built with follow_redirects=True would send the `api-key` header
# to another host (httpx drops only Authorization); the client sends with follow_redirects=False.
async def test_a_following_http_client_never_sends_the_api_key_header_to_another_host(
    mode, provider, server, other_provider, other_server
):
    target = f"http://localhost:{other_server.port}/v1/chat/completions"
    provider.reply(FakeReply(status=307, headers={"location": target, "content-length": "0"}))
    other_provider.reply_json(completion_body("from the other host"))
    http: Any = (httpx.Client if mode == "sync" else httpx.AsyncClient)(follow_redirects=True)
    profile = Provider(name="keyed", base_url=None, auth="api-key")
    client = make_client(mode, server.base_url, provider=profile, http_client=http)

    try:
        await chat(client)
    except OpenAICoreError:
        pass

    leaked = [r.headers for r in other_provider.requests if "api-key" in r.headers]
    await close(client)
    await resolve(http.aclose() if mode == "async" else http.close())
    assert leaked == []


# _errors_map.error_from_response: a 2 MB HTML error page gives a bounded message; the whole
# body stays on `error.body`.
async def test_an_oversized_error_body_gives_a_bounded_message(mode, provider, server):
    provider.reply(FakeReply.from_bytes(b"A" * (2 * 1024 * 1024), "text/html", status=400))
    client = make_client(mode, server.base_url)

    with pytest.raises(OpenAICoreError) as info:
        await chat(client)

    assert len(str(info.value)) < 5000
    assert len(repr(info.value)) < 5000
    await close(client)


# _errors_map.error_from_response: a key the server echoes back ("Incorrect API key provided:
# sk-...") is masked in the message, str, repr and body.
async def test_a_key_echoed_by_the_server_is_masked_in_the_error(mode, provider, server):
    provider.reply_error(401, f"Incorrect API key provided: {API_KEY}.", code="invalid_api_key")
    client = make_client(mode, server.base_url)

    with pytest.raises(OpenAICoreError) as info:
        await chat(client)

    assert not leaks(API_KEY, texts_of_exception(info.value)[:3])
    await close(client)


# _options.resolve_options: a plain-http base URL to a host other than this machine logs a
# WARNING (a log record, not warnings.warn, which `filterwarnings = error` would raise).
@pytest.fixture
def warnings_logged() -> Iterator[list[logging.LogRecord]]:
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep(logging.WARNING)
    logger = logging.getLogger("openai_core")
    logger.addHandler(handler)
    yield records
    logger.removeHandler(handler)


@pytest.mark.parametrize("base_url", ["http://api.example.com/v1", "http://10.1.2.3:8000/v1"])
def test_a_plain_http_base_url_to_a_remote_host_logs_a_warning(base_url, warnings_logged):
    # Construction only: nothing is sent to such a host.
    Client(base_url=base_url, api_key=API_KEY).close()

    messages = [r.getMessage() for r in warnings_logged if r.levelno >= logging.WARNING]
    assert messages, "no warning for an unencrypted base URL"
    assert not leaks(API_KEY, messages)
