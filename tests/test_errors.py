import logging
import socket

import httpx
import pytest
from conftest import API_KEY, close, make_client, no_sleep_policy, resolve

from openai_core import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    Client,
    ConflictError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from openai_core._errors_map import map_transport_error


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (418, APIError),
    ],
)
async def test_status_maps_to_its_error_class_with_all_fields(mode, fake, status, cls):
    fake.reply_error(
        status, "nope", type="t", code="c", param="p", headers={"x-request-id": "req_1"}
    )
    client = make_client(mode, fake, max_retries=0)

    with pytest.raises(cls) as info:
        await resolve(client.models.list().send())

    error = info.value
    assert type(error) is cls
    assert (error.status_code, error.type, error.code, error.param) == (status, "t", "c", "p")
    assert (error.message, error.request_id, error.provider) == ("nope", "req_1", "openai")
    assert error.body["error"]["message"] == "nope"
    await close(client)


@pytest.mark.anyio
async def test_non_openai_error_shape_is_read(mode, fake):
    fake.reply_error(400, body={"base_resp": {"status_code": 2013, "status_msg": "invalid params"}})
    client = make_client(mode, fake)

    with pytest.raises(BadRequestError) as info:
        await resolve(client.models.list().send())

    assert (info.value.message, info.value.code) == ("invalid params", "2013")
    await close(client)


def _refused_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.anyio
@pytest.mark.parametrize("own_transport", [True, False])
async def test_connection_refused_is_an_api_connection_error(mode, own_transport):
    port = _refused_port()
    kwargs = (
        {}
        if own_transport
        else {"http_client": httpx.Client() if mode == "sync" else httpx.AsyncClient()}
    )
    client = make_client(
        mode, base_url=f"http://127.0.0.1:{port}/v1", retry_policy=no_sleep_policy(1), **kwargs
    )

    with pytest.raises(APIConnectionError) as info:
        await resolve(client.models.list().send())

    assert not isinstance(info.value, httpx.HTTPError)
    assert isinstance(info.value.__cause__, (httpx.HTTPError, OSError))
    await close(client)


def test_httpx_timeouts_map_to_api_timeout_error():
    error = map_transport_error(httpx.ReadTimeout("slow"), "http://x")

    assert isinstance(error, APITimeoutError)
    assert error.url == "http://x"


def test_other_httpx_errors_map_to_api_connection_error():
    assert type(map_transport_error(httpx.RemoteProtocolError("bad"))) is APIConnectionError


@pytest.mark.anyio
async def test_invalid_json_body_is_a_response_validation_error(mode, fake):
    fake.reply_json("not an object")
    fake.reply(lambda request: __import__("openai_core.testing", fromlist=["FakeReply"]).FakeReply(
        200, headers={"content-type": "application/json"}, body=b"{oops"
    ))  # fmt: skip
    client = make_client(mode, fake)

    with pytest.raises(ResponseValidationError, match="Expected a JSON object"):
        await resolve(client.models.list().send())
    with pytest.raises(ResponseValidationError, match="Expected a JSON body"):
        await resolve(client.models.list().send())

    await close(client)


@pytest.mark.anyio
async def test_the_api_key_never_appears_in_errors_reprs_or_logs(mode, fake, caplog):
    fake.reply_error(401, "bad key")
    client = make_client(mode, fake, max_retries=0)
    caplog.set_level(logging.DEBUG, logger="openai_core")

    with pytest.raises(AuthenticationError) as info:
        await resolve(client.models.list().send())

    texts = [str(info.value), repr(info.value), repr(client), repr(client.options)]
    texts += [r.getMessage() for r in caplog.records]
    assert any("Request:" in t for t in texts)
    assert all(API_KEY not in t for t in texts)
    await close(client)


def test_missing_credentials_names_the_variable(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("AZURE_OPENAI_ENDPOINT", raising=False)
    client = Client(http_client=httpx.Client())

    with pytest.raises(MissingCredentialsError, match="OPENAI_API_KEY"):
        client.chat.completions.create(model="m").message_user("x").send()
