"""Fixtures of the reliability suite: a fault-injecting fake provider served on 127.0.0.1."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from openai_core.testing import FakeProvider, FakeServer

from ._support import API_KEY, close_opened


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
async def close_leftover_clients(anyio_backend: str) -> AsyncIterator[None]:
    """Close what a test opened through make_client, even when the test failed half-way."""
    yield
    await close_opened()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """Run a test body once with Client and once with AsyncClient."""
    return str(request.param)


@pytest.fixture
def provider() -> FakeProvider:
    """The fake provider; a stalled reply gives up after 5 s so nothing outlives a test long."""
    return FakeProvider(api_key=API_KEY, stall_timeout=5.0)


@pytest.fixture
def server(provider: FakeProvider) -> Iterator[FakeServer]:
    """The provider served on 127.0.0.1 (a real HTTP/1.1 server)."""
    with provider.serve() as running:
        yield running


@pytest.fixture
def other_provider() -> FakeProvider:
    """A second provider, without auth, standing for "another host" (redirect targets)."""
    return FakeProvider(stall_timeout=5.0)


@pytest.fixture
def other_server(other_provider: FakeProvider) -> Iterator[FakeServer]:
    with other_provider.serve() as running:
        yield running
