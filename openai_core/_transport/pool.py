"""Bookkeeping of the transport's keep-alive pool, shared by the sync and async shells (no I/O)."""

from __future__ import annotations

import os
import weakref
from collections import deque
from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from .._exceptions import InvalidConfigError
from .sansio import PoolKey

__all__ = ["PoolCore", "Waiter", "track_for_fork"]

ConnT = TypeVar("ConnT")
_NOTHING: tuple[()] = ()


class Waiter(Generic[ConnT]):
    """
    A request queued for a connection: served first come, first served.

    The pool sets `conn` (a connection of `key` handed over as it was released) or `may_open`
    (a slot to open a new connection in) before the shell wakes it through `wake`, the shell's
    own wake-up handle (a lock for threads, a future for tasks).
    """

    __slots__ = ("conn", "key", "may_open", "wake")

    def __init__(self, key: PoolKey, wake: Any) -> None:
        self.key = key
        self.wake = wake
        self.conn: ConnT | None = None
        self.may_open = False

    @property
    def served(self) -> bool:
        """Whether the pool handed this waiter a connection or a slot."""
        return self.conn is not None or self.may_open


class PoolCore(Generic[ConnT]):
    """
    Which connection a request gets: an idle one of its origin, a new one, or none yet.

    Idle connections are kept per origin, oldest first, with the time they expire; the newest is
    reused first (it is the least likely to have been closed by the server). Connections counted
    in `total` are idle, in use, or being opened. No I/O, no locking: callers close what the
    methods hand back and serialize the calls themselves.

    Requests that find the pool full queue as `Waiter`s. A connection released while some wait
    goes straight to the oldest (or, if it wants another origin, is closed and its slot goes to
    the oldest), and a request arriving while others wait queues behind them: without this
    hand-over the thread or task that releases a connection takes it again at once, and a few
    callers starve the rest.
    """

    __slots__ = (
        "_floor",
        "_idle",
        "_idle_count",
        "_next_sweep",
        "generation",
        "keepalive_expiry",
        "max_connections",
        "max_keepalive",
        "total",
        "waiters",
    )

    def __init__(self, max_connections: int, max_keepalive: int, keepalive_expiry: float) -> None:
        if max_connections < 1:
            raise InvalidConfigError(
                f"expected max_connections >= 1, received {max_connections!r}."
            )
        if max_keepalive < 0 or keepalive_expiry < 0:
            raise InvalidConfigError(
                "expected max_keepalive_connections >= 0 and keepalive_expiry >= 0, received "
                f"{max_keepalive!r} and {keepalive_expiry!r}."
            )
        self.max_connections = max_connections
        self.max_keepalive = max_keepalive
        self.keepalive_expiry = keepalive_expiry
        self.total = 0
        self.generation = 0
        self._idle: dict[PoolKey, list[tuple[ConnT, float]]] = {}
        self._idle_count = 0
        self._next_sweep = 0.0
        self.waiters: deque[Waiter[ConnT]] = deque()
        self._floor = 0  # connections of an older generation were forgotten (see after_fork)

    def checkout(self, key: PoolKey, now: float) -> tuple[ConnT | None, bool, Iterable[ConnT]]:
        """
        Take a connection for a request to `key`.

        Returns:
            (an idle connection to reuse or None, whether the caller may open a new connection
            — its slot is then reserved —, connections the caller must close).
        """
        to_close: list[ConnT] | tuple[()] = _NOTHING
        if self.waiters:
            return None, False, to_close  # others came first: queue behind them
        if now >= self._next_sweep:
            to_close = self._sweep(now)
        entries = self._idle.get(key)
        if entries:
            conn, expires = entries.pop()
            self._idle_count -= 1
            if expires > now:
                return conn, False, to_close
            # Entries expire in the order they were added: if the newest expired, all did.
            expired = [conn, *(entry[0] for entry in entries)]
            self._idle_count -= len(entries)
            self.total -= len(expired)
            entries.clear()
            to_close = [*to_close, *expired]
        if self.total < self.max_connections:
            self.total += 1
            return None, True, to_close
        victim = self._pop_oldest_idle()
        if victim is not None:
            # The victim's slot passes straight to the new connection: total is unchanged.
            return None, True, [*to_close, victim]
        return None, False, to_close

    def release(
        self, key: PoolKey, conn: ConnT, reusable: bool, generation: int, now: float
    ) -> tuple[ConnT | None, Waiter[ConnT] | None]:
        """
        Give back a checked-out connection.

        Returns:
            (the connection if the caller must close it, the waiter the caller must wake).
        """
        if generation < self._floor:
            return conn, None  # not counted since the fork: only close it
        current = reusable and generation == self.generation
        if self.waiters:
            waiter = self.waiters.popleft()
            if current and waiter.key == key:
                waiter.conn = conn
                return None, waiter
            waiter.may_open = True  # the slot passes on: total is unchanged
            return conn, waiter
        if current and self._idle_count < self.max_keepalive and self.keepalive_expiry > 0:
            entries = self._idle.get(key)
            if entries is None:
                entries = self._idle[key] = []
            entries.append((conn, now + self.keepalive_expiry))
            self._idle_count += 1
            return None, None
        self.total -= 1
        return conn, None

    def discard(self, generation: int | None = None) -> Waiter[ConnT] | None:
        """
        Forget a checked-out (or reserved) connection of `generation` that is gone (None: a
        slot without a connection); return a waiter to wake.
        """
        if generation is not None and generation < self._floor:
            return None  # not counted since the fork
        if self.waiters:
            waiter = self.waiters.popleft()
            waiter.may_open = True  # the slot passes on: total is unchanged
            return waiter
        self.total -= 1
        return None

    def enqueue(self, waiter: Waiter[ConnT]) -> None:
        """Queue `waiter` behind the others."""
        self.waiters.append(waiter)

    def withdraw(self, waiter: Waiter[ConnT]) -> bool:
        """
        Take `waiter` out of the queue (it gave up); return False if it was served meanwhile:
        the caller then uses or passes on what it was handed.
        """
        try:
            self.waiters.remove(waiter)
        except ValueError:
            return False
        return True

    def close_all(self) -> list[ConnT]:
        """Empty the pool; connections in use are closed when they are released."""
        self.generation += 1
        idle = [entry[0] for entries in self._idle.values() for entry in entries]
        self._idle.clear()
        self._idle_count = 0
        self.total -= len(idle)
        return idle

    def after_fork(self) -> list[ConnT]:
        """
        Start afresh in the child of a fork: forget every connection (the parent keeps using
        them) and every waiter (their threads or tasks are the parent's).

        Returns:
            The idle connections, for the child to close its copies of (closing a copy sends
            nothing: the parent's descriptors keep the sockets open).
        """
        idle = [entry[0] for entries in self._idle.values() for entry in entries]
        self._idle.clear()
        self._idle_count = 0
        self.waiters.clear()
        self.generation += 1
        self._floor = self.generation
        self.total = 0
        return idle

    def _sweep(self, now: float) -> list[ConnT]:
        self._next_sweep = now + max(self.keepalive_expiry, 0.5)
        expired: list[ConnT] = []
        for entries in self._idle.values():
            count = 0
            while count < len(entries) and entries[count][1] <= now:
                expired.append(entries[count][0])
                count += 1
            if count:
                del entries[:count]
        self._idle_count -= len(expired)
        self.total -= len(expired)
        return expired

    def _pop_oldest_idle(self) -> ConnT | None:
        oldest: list[tuple[ConnT, float]] | None = None
        for entries in self._idle.values():
            if entries and (oldest is None or entries[0][1] < oldest[0][1]):
                oldest = entries
        if oldest is None:
            return None
        self._idle_count -= 1
        return oldest.pop(0)[0]


_FORKABLE: weakref.WeakSet[Any] = weakref.WeakSet()
"""The live transports: each gets `_after_fork()` called in the child of os.fork()."""


def _after_fork_in_child() -> None:
    for transport in list(_FORKABLE):
        transport._after_fork()


def track_for_fork(transport: Any) -> None:
    """Have `transport._after_fork()` run in the child of every os.fork() while it lives."""
    _FORKABLE.add(transport)


if hasattr(os, "register_at_fork"):  # not on Windows
    os.register_at_fork(after_in_child=_after_fork_in_child)
