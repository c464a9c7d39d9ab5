import threading

import pytest

from openai_core._cancel import CancellationToken
from openai_core._exceptions import RequestCancelledError


def test_cancel_runs_callbacks_once_and_raises():
    token = CancellationToken()
    calls = []
    token.on_cancel(lambda: calls.append(1))

    token.cancel()
    token.cancel()

    assert calls == [1]
    assert token.cancelled
    with pytest.raises(RequestCancelledError):
        token.raise_if_cancelled()


def test_callback_registered_after_cancel_runs_at_once():
    token = CancellationToken()
    token.cancel()
    calls = []

    token.on_cancel(lambda: calls.append(1))

    assert calls == [1]


def test_removed_callback_does_not_run():
    token = CancellationToken()
    calls = []
    remove = token.on_cancel(lambda: calls.append(1))

    remove()
    token.cancel()

    assert calls == []


def test_cancel_from_another_thread_wakes_waiter():
    token = CancellationToken()
    threading.Timer(0.01, token.cancel).start()

    assert token.wait(5.0)
