import json
import threading

import httpx
import pytest
from conftest import API_KEY, close, make_client, no_sleep_policy, resolve

from openai_core import (
    APITimeoutError,
    AsyncClient,
    CancellationToken,
    Client,
    InvalidConfigError,
    RequestCancelledError,
)


@pytest.fixture
def clean_env(monkeypatch):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID",
                 "AZURE_OPENAI_ENDPOINT", "OPENAI_LOG"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)


def test_configuration_comes_from_the_environment(clean_env, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "env-key")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("OPENAI_ORG_ID", "org-1")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-1")

    client = Client()

    headers = dict(client.options.static_headers)
    assert client.base_url == "http://127.0.0.1:9/v1"
    assert client.options.api_key == "env-key"
    assert headers["openai-organization"] == "org-1"
    assert headers["openai-project"] == "proj-1"


def test_arguments_win_over_the_environment(clean_env, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "env-key")

    client = Client(api_key="arg-key", base_url="http://127.0.0.1:9/v2", organization="o")

    assert client.options.api_key == "arg-key"
    assert client.base_url == "http://127.0.0.1:9/v2"


@pytest.mark.parametrize("cls", [Client, AsyncClient])
def test_clients_take_the_same_constructor_arguments(cls):
    import inspect

    params = list(inspect.signature(cls.__init__).parameters)

    assert params[1:] == [
        "provider", "base_url", "api_key", "timeout", "max_retries", "default_headers",
        "default_query", "http_client", "organization", "project", "api_version",
        "azure_deployment", "azure_ad_token", "azure_ad_token_provider", "retry_policy",
        "strict_compatibility", "logger", "provider_settings", "strict_response_validation",
        "limits", "proxy", "trust_env", "verify", "cert",
    ]  # fmt: skip


def test_wrong_http_client_type_is_rejected():
    with pytest.raises(InvalidConfigError, match=r"httpx\.AsyncClient"):
        AsyncClient(api_key="k", http_client=httpx.Client())


def test_with_options_is_a_cheap_copy_sharing_the_pool():
    client = Client(api_key="k", timeout=30.0)

    copy = client.with_options(timeout=5.0, max_retries=0, default_headers={"x-a": "1"})

    assert copy._http is client._http
    assert (copy.timeout, copy.max_retries) == (5.0, 0)
    assert (client.timeout, client.max_retries) == (30.0, 2)
    assert ("x-a", "1") in copy.options.static_headers
    copy.close()  # a copy does not own the pool
    assert not client._http.is_closed
    client.close()
    assert client._http.is_closed


@pytest.mark.anyio
async def test_context_managers_close_the_pool(mode):
    if mode == "sync":
        with Client(api_key="k") as client:
            pass
    else:
        async with AsyncClient(api_key="k") as client:
            pass

    assert client._http.is_closed
    with pytest.raises(InvalidConfigError, match="closed"):
        await resolve(client.models.list().send())


def test_user_http_client_is_not_closed_by_the_client():
    http = httpx.Client()

    with Client(api_key="k", http_client=http):
        pass

    assert not http.is_closed
    http.close()


def test_default_client_uses_the_project_transport():
    from openai_core._transport import OpenAICoreTransport

    client = Client(api_key="k")

    assert isinstance(client._transport, OpenAICoreTransport)
    assert client._http._transport is client._transport
    client.close()


# Request shape, checked with pytest-httpx (which mocks httpx's own transport).


def mocked(mode, **kwargs):
    http = httpx.Client() if mode == "sync" else httpx.AsyncClient()
    return make_client(mode, http_client=http, **kwargs)


COMPLETION = {
    "id": "c1", "object": "chat.completion", "created": 1, "model": "m",
    "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                 "message": {"role": "assistant", "content": "hé", "refusal": None}}],
}  # fmt: skip


@pytest.mark.anyio
async def test_post_sends_compact_utf8_json_with_auth_and_default_headers(mode, httpx_mock):
    httpx_mock.add_response(json=COMPLETION)
    client = mocked(
        mode, organization="org-1", project="proj-1", default_headers={"X-Team": "a"},
        default_query={"tenant": "t1"},
    )  # fmt: skip

    result = await resolve(client.chat.completions.create(model="m").message_user("héllo").send())

    request = httpx_mock.get_request()
    assert result.choices[0].message.content == "hé"
    assert (
        request.content == '{"model":"m","messages":[{"role":"user","content":"héllo"}]}'.encode()
    )
    assert request.headers["content-type"] == "application/json"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["openai-organization"] == "org-1"
    assert request.headers["openai-project"] == "proj-1"
    assert request.headers["x-team"] == "a"
    assert request.url.params["tenant"] == "t1"
    assert request.headers["idempotency-key"].startswith("oc-")
    await close(client)


@pytest.mark.anyio
@pytest.mark.parametrize("method", ["retrieve", "delete"])
async def test_get_and_delete_send_no_body_and_encode_path_segments(mode, httpx_mock, method):
    httpx_mock.add_response(
        json={"id": "a/b?c", "object": "chat.completion.deleted", "deleted": True}
    )
    client = mocked(mode)

    await resolve(getattr(client.chat.completions, method)("a/b?c").send_raw())

    request = httpx_mock.get_request()
    assert request.method == ("GET" if method == "retrieve" else "DELETE")
    assert request.url.raw_path == b"/v1/chat/completions/a%2Fb%3Fc"
    assert request.content == b""
    assert "content-type" not in request.headers
    assert "idempotency-key" not in request.headers
    await close(client)


@pytest.mark.anyio
async def test_extra_header_query_body_and_remove_header(mode, httpx_mock):
    httpx_mock.add_response(json=COMPLETION)
    client = mocked(mode, default_headers={"x-drop": "1"})
    builder = client.chat.completions.create(model="m").message_user("x")

    builder.extra_header("X-Trace", "t").remove_header("X-Drop").extra_query("debug", True)
    await resolve(builder.extra_body({"custom": [1]}).send())

    request = httpx_mock.get_request()
    assert request.headers["x-trace"] == "t"
    assert "x-drop" not in request.headers
    assert request.url.params["debug"] == "true"
    assert json.loads(request.content)["custom"] == [1]
    await close(client)


@pytest.mark.anyio
async def test_send_with_meta_reports_the_exchange(mode, httpx_mock):
    httpx_mock.add_response(json=COMPLETION, headers={"x-request-id": "req_9"})
    client = mocked(mode)

    meta = await resolve(
        client.chat.completions.create(model="m").message_user("x").send_with_meta()
    )

    assert (meta.status_code, meta.request_id, meta.provider, meta.attempts) == (
        200,
        "req_9",
        "openai",
        1,
    )
    assert meta.url == "http://fake.test/v1/chat/completions"
    assert meta.elapsed >= 0
    assert meta.data.id == "c1"
    await close(client)


# Timeouts and cancellation against a real server on 127.0.0.1.


def _clients(mode, served, own_transport):
    kwargs = {"base_url": served.base_url, "retry_policy": no_sleep_policy(0)}
    if not own_transport:
        kwargs["http_client"] = httpx.Client() if mode == "sync" else httpx.AsyncClient()
    return make_client(mode, **kwargs)


@pytest.mark.anyio
@pytest.mark.parametrize("own_transport", [True, False])
async def test_a_body_that_stalls_past_the_timeout_times_out(mode, fake, served, own_transport):
    fake.reply_text("a long answer " * 50, stall_after_chunks=0)
    client = _clients(mode, served, own_transport)

    with pytest.raises(APITimeoutError):
        await resolve(
            client.chat.completions.create(model="m").message_user("x").timeout(0.3).send()
        )

    await close(client)


@pytest.mark.anyio
@pytest.mark.parametrize("own_transport", [True, False])
async def test_a_trickling_body_still_times_out(mode, fake, served, own_transport):
    fake.reply_text("slowly " * 40, trickle=0.05)
    client = _clients(mode, served, own_transport)

    with pytest.raises(APITimeoutError):
        await resolve(
            client.chat.completions.create(model="m").message_user("x").timeout(0.4).send()
        )

    await close(client)


@pytest.mark.anyio
async def test_cancellation_token_aborts_a_stalled_request(mode, fake, served):
    fake.reply_text("never finishes " * 20, stall_after_chunks=0)
    client = _clients(mode, served, own_transport=True)
    token = CancellationToken()
    timer = threading.Timer(0.2, token.cancel)
    timer.start()

    builder = client.chat.completions.create(model="m").message_user("x").timeout(10.0)
    with pytest.raises(RequestCancelledError):
        await resolve(builder.cancellation_token(token).send())

    timer.join()
    fake.reply_text("next")
    after = await resolve(client.chat.completions.create(model="m").message_user("y").send())
    assert after.choices[0].message.content == "next"
    await close(client)


@pytest.mark.anyio
async def test_a_cancelled_token_stops_before_any_io(mode, fake):
    token = CancellationToken()
    token.cancel()
    client = make_client(mode, fake)

    with pytest.raises(RequestCancelledError):
        await resolve(client.models.list().cancellation_token(token).send())

    assert fake.requests == []
    await close(client)


@pytest.mark.anyio
async def test_async_cancellation_with_a_user_http_client(fake, served):
    import anyio

    fake.reply_text("stalls " * 20, stall_after_chunks=0)
    client = _clients("async", served, own_transport=False)
    token = CancellationToken()

    async def cancel_soon():
        await anyio.sleep(0.2)
        token.cancel()

    async with anyio.create_task_group() as group:
        group.start_soon(cancel_soon)
        with pytest.raises(RequestCancelledError):
            await client.models.list().timeout(10.0).cancellation_token(token).send()

    await client.close()


def test_openai_log_configures_the_logger_and_redacts_secrets(monkeypatch):
    import logging

    from openai_core._logging import redact_headers, setup_logging

    logger = logging.getLogger("openai_core")
    old_level, old_handlers = logger.level, list(logger.handlers)
    monkeypatch.setenv("OPENAI_LOG", "debug")
    try:
        setup_logging("debug")
        assert logger.level == logging.DEBUG
        assert logger.handlers
    finally:
        logger.setLevel(old_level)
        logger.handlers[:] = old_handlers

    redacted = redact_headers(
        httpx.Headers({"Authorization": "Bearer s", "api-key": "s", "x": "1"})
    )
    assert redacted == {"authorization": "<redacted>", "api-key": "<redacted>", "x": "1"}


def test_with_options_rejects_what_a_copy_cannot_change():
    client = Client(api_key="k")

    with pytest.raises(InvalidConfigError, match="http_client"):
        client.with_options(http_client=httpx.Client())

    client.close()


@pytest.mark.anyio
async def test_a_builder_can_download_to_a_file_and_then_send_again(mode, fake, tmp_path):
    client = make_client(mode, fake)
    uploaded = await resolve(client.files.create(file=b"abc", purpose="batch").send())
    builder = client.files.content(uploaded.id)

    await resolve(builder.send_to_file(tmp_path / "a.bin"))
    again = await resolve(builder.send())

    assert again == b"abc"
    await close(client)
