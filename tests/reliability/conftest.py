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


@pytest.fixture(scope="module")
def _served() -> Iterator[tuple[FakeProvider, FakeServer]]:
    # One server per module keeps the suite fast; `provider` resets its script for every test.
    # A stalled reply gives up after 5 s, so nothing outlives a test long.
    provider = FakeProvider(api_key=API_KEY, stall_timeout=5.0)
    with provider.serve() as running:
        yield provider, running


@pytest.fixture
def provider(_served: tuple[FakeProvider, FakeServer]) -> FakeProvider:
    """The fake provider, with an empty script and no recorded requests."""
    return _served[0].reset()


@pytest.fixture
def server(_served: tuple[FakeProvider, FakeServer], provider: FakeProvider) -> FakeServer:
    """The provider served on 127.0.0.1 (a real HTTP/1.1 server)."""
    return _served[1]


@pytest.fixture(scope="module")
def _other_served() -> Iterator[tuple[FakeProvider, FakeServer]]:
    provider = FakeProvider(stall_timeout=5.0)
    with provider.serve() as running:
        yield provider, running


@pytest.fixture
def other_provider(_other_served: tuple[FakeProvider, FakeServer]) -> FakeProvider:
    """A second provider, without auth, standing for "another host" (redirect targets)."""
    return _other_served[0].reset()


@pytest.fixture
def other_server(
    _other_served: tuple[FakeProvider, FakeServer], other_provider: FakeProvider
) -> FakeServer:
    return _other_served[1]
