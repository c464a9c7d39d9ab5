"""Shared fixtures: the anyio backend, sync/async client factories over the fake provider."""

from __future__ import annotations

import inspect
import os
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from openai_core import AsyncClient, Client, RetryPolicy
from openai_core.testing import FakeProvider

API_KEY = "sk-test-secret-123"

# The clients honour the proxy variables (trust_env); the tests talk to servers on 127.0.0.1
# and must not be sent through a proxy configured on the machine running them.
for _name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
    os.environ.pop(_name, None)
    os.environ.pop(_name.upper(), None)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """Run a test body once with Client and once with AsyncClient."""
    return str(request.param)


@pytest.fixture
def fake() -> FakeProvider:
    return FakeProvider(api_key=API_KEY)


def no_sleep_policy(max_retries: int = 2, delays: list[float] | None = None) -> RetryPolicy:
    """A retry policy that records its delays instead of sleeping."""
    record = delays if delays is not None else []

    def sleep(seconds: float) -> None:
        record.append(seconds)

    async def async_sleep(seconds: float) -> None:
        record.append(seconds)

    return RetryPolicy(
        max_retries=max_retries, sleep=sleep, async_sleep=async_sleep, random=lambda: 0.0
    )


def make_client(mode: str, fake: FakeProvider | None = None, **kwargs: Any) -> Any:
    """A Client or AsyncClient talking to `fake` in process (or to kwargs' base_url)."""
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("base_url", "http://fake.test/v1")
    if mode == "sync":
        if fake is not None:
            kwargs.setdefault("http_client", httpx.Client(transport=fake.transport()))
        return Client(**kwargs)
    if fake is not None:
        kwargs.setdefault("http_client", httpx.AsyncClient(transport=fake.async_transport()))
    return AsyncClient(**kwargs)


async def resolve(value: Any) -> Any:
    """Await `value` if it is awaitable (async client), else return it (sync client)."""
    if inspect.isawaitable(value):
        return await value
    return value


async def close(client: Any) -> None:
    await resolve(client.close())


@pytest.fixture
def served(fake: FakeProvider) -> Iterator[Any]:
    """The fake provider served on 127.0.0.1 (a real HTTP server)."""
    with fake.serve() as server:
        yield server


@pytest.fixture(scope="session")
def test_ca(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any, Any]:
    """(CA certificate, server certificate, server key) made for this test session."""
    from _transport_server import make_ca_and_server_cert

    made = make_ca_and_server_cert(tmp_path_factory.mktemp("ca"))
    if isinstance(made, str):
        pytest.skip(made)
    return made
