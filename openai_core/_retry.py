"""
Retry decisions: which failures are retried and how long to wait. Pure; the shells sleep.

Order of precedence for a response: `x-should-retry` (true/false) decides whether to retry at all;
then the delay comes from `retry-after-ms`, then `retry-after` (seconds or an HTTP date, RFC 9110
section 10.2.3), each honoured up to `max_retry_after`; otherwise exponential backoff with jitter.
"""

from __future__ import annotations

import email.utils
import random as _random
import time
from collections.abc import Awaitable, Callable, Mapping

import httpx

from ._frozen import Frozen

__all__ = ["DEFAULT_RETRY_STATUSES", "RetryPolicy", "retry_delay", "server_delay"]

DEFAULT_RETRY_STATUSES: frozenset[int] = frozenset(
    {408, 409, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524, 529}
)


async def _anyio_sleep(seconds: float) -> None:
    import anyio

    await anyio.sleep(seconds)


class RetryPolicy(Frozen):
    """
    How a client retries failed requests (immutable; compared by value, callables excepted).

    Attributes:
        max_retries: Retries after the first attempt (2 means at most 3 attempts).
        retry_statuses: Statuses that are retried; any other 5xx is retried as well.
        backoff_base: First backoff delay in seconds; doubles each attempt.
        backoff_max: Cap of the backoff delay in seconds.
        jitter: Fraction of the delay that is randomised (0.25 means 75-100%).
        max_retry_after: Longest server-requested delay honoured, in seconds; longer ones fall
            back to backoff.
        retry_connection_errors: Whether connection errors and timeouts are retried.
        sleep: Blocking sleep used by Client (injectable for tests).
        async_sleep: Awaitable sleep used by AsyncClient (injectable for tests).
        random: Source of jitter in [0, 1) (injectable for tests).
    """

    __slots__ = (  # noqa: RUF023 (declaration order: the order of the repr)
        "max_retries",
        "retry_statuses",
        "backoff_base",
        "backoff_max",
        "jitter",
        "max_retry_after",
        "retry_connection_errors",
        "sleep",
        "async_sleep",
        "random",
    )
    _eq_exclude = frozenset({"sleep", "async_sleep", "random"})

    max_retries: int
    retry_statuses: frozenset[int]
    backoff_base: float
    backoff_max: float
    jitter: float
    max_retry_after: float
    retry_connection_errors: bool
    sleep: Callable[[float], None]
    async_sleep: Callable[[float], Awaitable[None]]
    random: Callable[[], float]

    def __init__(
        self,
        max_retries: int = 2,
        retry_statuses: frozenset[int] = DEFAULT_RETRY_STATUSES,
        backoff_base: float = 0.5,
        backoff_max: float = 8.0,
        jitter: float = 0.25,
        max_retry_after: float = 60.0,
        retry_connection_errors: bool = True,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = _anyio_sleep,
        random: Callable[[], float] = _random.random,
    ) -> None:
        self._set(
            max_retries=max_retries,
            retry_statuses=retry_statuses,
            backoff_base=backoff_base,
            backoff_max=backoff_max,
            jitter=jitter,
            max_retry_after=max_retry_after,
            retry_connection_errors=retry_connection_errors,
            sleep=sleep,
            async_sleep=async_sleep,
            random=random,
        )

    def with_max_retries(self, max_retries: int) -> RetryPolicy:
        """Return a copy with another retry budget."""
        return self._evolve(max_retries=max_retries)

    def backoff(self, attempt: int) -> float:
        """Return the backoff delay after `attempt` failed attempts (starting at 1)."""
        delay = min(self.backoff_base * (2.0 ** (attempt - 1)), self.backoff_max)
        return delay * (1.0 - self.jitter * self.random())

    def is_retryable_status(self, status_code: int) -> bool:
        """Whether a response status is worth another attempt."""
        return status_code in self.retry_statuses or status_code >= 500


def _server_delay(headers: Mapping[str, str], cap: float) -> float | None:
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        try:
            delay = float(raw_ms) / 1000.0
        except ValueError:
            delay = -1.0
        if 0 <= delay <= cap:
            return delay
    raw = headers.get("retry-after")
    if raw is None:
        return None
    try:
        delay = float(raw)
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(raw) if raw.strip() else None
        if parsed is None:
            return None
        delay = parsed.timestamp() - time.time()
        delay = max(delay, 0.0)
    return delay if 0 <= delay <= cap else None


def _parse_http_date_safely(headers: Mapping[str, str], cap: float) -> float | None:
    try:
        return _server_delay(headers, cap)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def server_delay(headers: Mapping[str, str], cap: float) -> float | None:
    """
    Return the delay a response asks for (`retry-after-ms`, then `retry-after` in seconds or as
    an HTTP date, RFC 9110 section 10.2.3), or None when it asks for none or more than `cap`.
    """
    return _parse_http_date_safely(headers, cap)


def retry_delay(
    attempt: int, response: httpx.Response | None, policy: RetryPolicy | None = None
) -> float | None:
    """
    Decide how long to wait before retrying, or return None to give up.

    Args:
        attempt: Number of attempts already made, starting at 1.
        response: The failed response, or None if the request never got one (connection error
            or timeout).
        policy: The retry policy; the default RetryPolicy() when None.

    Returns:
        Seconds to wait before the next attempt, or None when the failure must be reported.
    """
    policy = policy or RetryPolicy()
    if attempt > policy.max_retries:
        return None
    if response is None:
        return policy.backoff(attempt) if policy.retry_connection_errors else None
    headers = response.headers
    should = headers.get("x-should-retry")
    if should == "false":
        return None
    if should != "true" and not policy.is_retryable_status(response.status_code):
        return None
    delay = _parse_http_date_safely(headers, policy.max_retry_after)
    return policy.backoff(attempt) if delay is None else delay
