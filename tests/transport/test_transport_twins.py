"""
The sync and async transports are twins: the same constructor, the same steps under the same
names (connect lives in the connection for both), so a transport feature lands in one shape.
The few differences are listed here with their reason.
"""

from __future__ import annotations

import inspect

from openai_core._transport.async_connection import AsyncConnection
from openai_core._transport.async_transport import AsyncOpenAICoreTransport
from openai_core._transport.sync_connection import SyncConnection
from openai_core._transport.sync_transport import OpenAICoreTransport

# Only the sync pool has a lock, so only it queues hand-backs for whoever holds the lock.
SYNC_ONLY = {"_flush", "_unlock", "_settle"}
# Only the async pool may be handed back a connection from another thread (the garbage
# collector's), which it reaps on the loop; and only it wakes waiters on their own loops.
ASYNC_ONLY = {"_reap", "_wake"}
RENAMED = {"handle_request": "handle_async_request", "close": "aclose"}


def methods(cls: type) -> set[str]:
    return {
        name
        for name, member in vars(cls).items()
        if callable(member) or isinstance(member, (staticmethod, property))
    } - {"__init__", "__module__"}


def test_the_transports_take_the_same_arguments():
    sync = inspect.signature(OpenAICoreTransport.__init__).parameters
    async_ = inspect.signature(AsyncOpenAICoreTransport.__init__).parameters

    assert list(sync) == list(async_)
    assert [p.default for p in sync.values()] == [p.default for p in async_.values()]


def test_the_transports_take_the_same_steps():
    sync = {RENAMED.get(name, name) for name in methods(OpenAICoreTransport)}
    async_ = methods(AsyncOpenAICoreTransport)

    assert sync - SYNC_ONLY == async_ - ASYNC_ONLY


def test_the_connections_take_the_same_steps():
    shared = {"connect", "_tunnel", "send", "next_event", "is_dead", "abort", "close"}

    assert shared <= methods(SyncConnection)
    assert shared <= methods(AsyncConnection)
    for name in ("connect", "send", "next_event"):
        sync = list(inspect.signature(getattr(SyncConnection, name)).parameters)
        async_ = list(inspect.signature(getattr(AsyncConnection, name)).parameters)
        assert sync == async_, name
