"""Cancellation tokens: abort a request or a stream from another thread or task."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable

from ._exceptions import RequestCancelledError

__all__ = ["CancellationToken"]


class CancellationToken:
    """
    A one-way switch that aborts the requests and streams it is attached to.

    `cancel()` is safe to call from any thread or task. Callbacks registered with `on_cancel`
    run once, in the thread that cancels (or at once if the token is already cancelled).
    """

    __slots__ = ("_callbacks", "_event", "_keys", "_lock")

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._keys = itertools.count()
        self._callbacks: dict[int, Callable[[], object]] = {}

    @property
    def cancelled(self) -> bool:
        """Whether `cancel()` has been called."""
        return self._event.is_set()

    def cancel(self) -> None:
        """Trigger the token; idempotent."""
        with self._lock:
            if self._event.is_set():
                return
            self._event.set()
            callbacks, self._callbacks = self._callbacks, {}
        for callback in callbacks.values():
            try:
                callback()
            except Exception:  # a failing callback must not stop the others
                pass

    def on_cancel(self, callback: Callable[[], object]) -> Callable[[], None]:
        """
        Register `callback` to run on cancel; return a function that unregisters it.

        The returned function takes no lock (one dict pop), so a finalizer may call it from
        any thread at any time.
        """
        key = next(self._keys)
        with self._lock:
            registered = not self._event.is_set()
            if registered:
                self._callbacks[key] = callback
        if not registered:
            callback()
            return _nothing

        def remove() -> None:
            self._callbacks.pop(key, None)

        return remove

    def raise_if_cancelled(self) -> None:
        """Raise RequestCancelledError if the token was cancelled."""
        if self._event.is_set():
            raise RequestCancelledError()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until cancelled or `timeout` seconds pass; return whether it was cancelled."""
        return self._event.wait(timeout)

    def __repr__(self) -> str:
        return f"CancellationToken(cancelled={self.cancelled})"


def _nothing() -> None:
    """What `on_cancel` returns for a token that was already cancelled."""
