"""
Many calls at once under rate limits: the scheduling core `run_many`'s shells share (pure).

The Pacer reads what the provider says about its limits, OpenAI's `x-ratelimit-remaining-requests`
/ `-tokens` with `x-ratelimit-reset-requests` / `-tokens` (durations such as "1s", "6m0s",
"20ms"), and slows down before the limit: once the requests left in the window are spoken for
by calls in flight, no call starts until the window resets. A 429 pauses every start for the
server's `retry-after-ms` / `retry-after` (else the reset, else an exponential backoff that grows
with consecutive 429s) and the request goes back to the queue. The Scheduler keeps the queue, the
bounded window of calls in flight, and hands out results in input order.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .._exceptions import InvalidConfigError, RateLimitError
from .._retry import server_delay

__all__ = ["Outcome", "Pacer", "RunProgress", "RunResult", "Scheduler", "parse_reset"]

_DURATION = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")
_UNIT = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}
_MAX_PAUSE = 60.0


def parse_reset(value: str | None) -> float | None:
    """Read a reset duration ("1s", "6m0s", "20ms", "1h2m3.5s", or plain seconds) in seconds."""
    if not value:
        return None
    text = value.strip()
    try:
        return max(float(text), 0.0)
    except ValueError:
        pass
    parts = _DURATION.findall(text)
    if not parts or "".join(n + u for n, u in parts) != text:
        return None
    return sum(float(number) * _UNIT[unit] for number, unit in parts)


def _int(value: str | None) -> int | None:
    try:
        return None if value is None else int(value)
    except ValueError:
        return None


class Pacer:
    """
    When may the next call start? Fed with response headers and 429s; times are monotonic.

    Args:
        backoff_base: First pause after a 429 that names no delay, in seconds.
    """

    def __init__(self, backoff_base: float = 1.0) -> None:
        self.backoff_base = backoff_base
        self.paused_until = 0.0
        self.strikes = 0
        self.waits = 0
        self._budget: int | None = None  # requests left in the window, minus starts since
        self._limit: int | None = None  # requests per window
        self._window_ends = 0.0
        self._probing = True  # one call first: its answer tells whether limits are announced

    def observe(self, headers: Mapping[str, str], now: float, in_flight: int) -> None:
        """
        Read the rate-limit headers of an answer.

        The calls still in flight may not be counted in its `remaining` yet: they are taken off
        the budget (erring on the slow side).
        """
        self.strikes = 0
        self._probing = False
        requests = _int(headers.get("x-ratelimit-remaining-requests"))
        tokens = _int(headers.get("x-ratelimit-remaining-tokens"))
        self._limit = _int(headers.get("x-ratelimit-limit-requests")) or self._limit
        if requests is not None:
            reset = parse_reset(headers.get("x-ratelimit-reset-requests"))
            self._budget = requests - in_flight
            self._window_ends = now + (reset if reset is not None else 1.0)
        if tokens is not None and tokens <= 0:
            reset = parse_reset(headers.get("x-ratelimit-reset-tokens"))
            self._pause(now + (reset if reset is not None else 1.0))

    def rate_limited(self, headers: Mapping[str, str] | None, now: float) -> None:
        """Pause every start after a 429."""
        self.strikes += 1
        self._probing = False
        delay = None if headers is None else server_delay(headers, _MAX_PAUSE)
        if delay is None and headers is not None:
            delay = parse_reset(headers.get("x-ratelimit-reset-requests"))
        if delay is None:
            delay = min(self.backoff_base * 2.0 ** (self.strikes - 1), _MAX_PAUSE)
        self._budget = None
        self._pause(now + delay)

    def _pause(self, until: float) -> None:
        if until > self.paused_until:
            self.paused_until = until
            self.waits += 1

    def started(self) -> None:
        """Count a start against the window's budget."""
        if self._budget is not None:
            self._budget -= 1

    def delay(self, now: float, in_flight: int) -> float | None:
        """
        Return 0.0 to start a call now, seconds to wait first, or None to wait for a call in
        flight to finish (its answer tells more).
        """
        if now < self.paused_until:
            return self.paused_until - now
        if self._probing and in_flight:
            return None
        if self._budget is not None and now >= self._window_ends:
            # A new window: its full allowance (when known) until an answer says more.
            self._budget = None if self._limit is None else self._limit - in_flight
            self._window_ends = float("inf")
        if self._budget is None or self._budget > 0:
            return 0.0
        if in_flight:
            return None
        self._pause(self._window_ends)
        return max(self._window_ends - now, 0.0)


@dataclass(frozen=True)
class RunResult:
    """
    The outcome of one request of `run_many`.

    Attributes:
        index: Position of the request in the input.
        response: The typed answer, or None on error.
        error: What went wrong (an OpenAICoreError, or whatever the call raised), or None.
    """

    index: int
    response: Any
    error: Exception | None

    @property
    def ok(self) -> bool:
        """Whether the request succeeded."""
        return self.error is None


@dataclass(frozen=True)
class RunProgress:
    """
    Where `run_many` stands (what `on_progress` receives).

    Attributes:
        total: Requests in the run.
        done: Requests finished, successfully or not.
        failed: Requests finished with an error.
        in_flight: Calls running now.
        rate_limited: 429 answers seen so far (each request went back to the queue).
        waits: Times starts were paused for a rate limit (announced or hit).
    """

    total: int
    done: int
    failed: int
    in_flight: int
    rate_limited: int
    waits: int


@dataclass(frozen=True)
class Outcome:
    """What one call gave: an answer or an error, and the answer's headers if any."""

    response: Any = None
    error: Exception | None = None
    headers: Mapping[str, str] | None = None


def _is_rate_limit(error: Exception | None) -> bool:
    # A 429 for an exhausted quota never clears by waiting.
    return isinstance(error, RateLimitError) and error.code != "insufficient_quota"


class Scheduler:
    """
    The queue, the calls in flight and the results of one `run_many` (pure).

    Args:
        total: Number of requests.
        concurrency: Calls in flight at most.
        max_rate_limit_retries: Times one request goes back to the queue after a 429 before its
            error is the result.
        on_progress: Called with a RunProgress after every finished call.
        pacer: The rate-limit reader (a fresh Pacer by default).
    """

    def __init__(
        self,
        total: int,
        concurrency: int,
        max_rate_limit_retries: int = 8,
        on_progress: Callable[[RunProgress], object] | None = None,
        pacer: Pacer | None = None,
    ) -> None:
        if not isinstance(concurrency, int) or isinstance(concurrency, bool) or concurrency < 1:
            raise InvalidConfigError(
                f"Expected concurrency to be an int >= 1, got {concurrency!r}."
            )
        self.total = total
        self.concurrency = concurrency
        self.max_rate_limit_retries = max_rate_limit_retries
        self.on_progress = on_progress
        self.pacer = pacer or Pacer()
        self.in_flight = 0
        self._queue: deque[int] = deque(range(total))
        self._retries: dict[int, int] = {}
        self._results: dict[int, RunResult] = {}
        self._next = 0  # the next index to hand out
        self._done = 0
        self._failed = 0
        self._rate_limited = 0
        # Results wait for the ones before them; bound how far ahead calls may run.
        self._ahead = max(4 * concurrency, 256)

    @property
    def finished(self) -> bool:
        """Whether every result has been handed out."""
        return self._next >= self.total

    def starts(self, now: float) -> tuple[list[int], float | None]:
        """
        Return the requests to start now, and how long to wait before asking again (None: until
        a call in flight finishes).
        """
        started: list[int] = []
        while self._queue and self.in_flight < self.concurrency:
            if self._queue[0] >= self._next + self._ahead:
                return started, None
            delay = self.pacer.delay(now, self.in_flight)
            if delay is None or delay > 0:
                return started, delay
            started.append(self._queue.popleft())
            self.in_flight += 1
            self.pacer.started()
        return started, None

    def finish(self, index: int, outcome: Outcome, now: float) -> None:
        """Record a finished call: keep its result, or queue it again after a 429."""
        self.in_flight -= 1
        error = outcome.error
        if _is_rate_limit(error):
            self._rate_limited += 1
            self.pacer.rate_limited(outcome.headers, now)
            tries = self._retries.get(index, 0) + 1
            if tries <= self.max_rate_limit_retries:
                self._retries[index] = tries
                self._queue.appendleft(index)
                self._report()
                return
        else:
            self.pacer.observe(outcome.headers or {}, now, self.in_flight)
        self._results[index] = RunResult(index, outcome.response, error)
        self._done += 1
        self._failed += error is not None
        self._report()

    def ready(self) -> list[RunResult]:
        """Hand out the results that are next in input order."""
        out = []
        while self._next in self._results:
            out.append(self._results.pop(self._next))
            self._next += 1
        return out

    def progress(self) -> RunProgress:
        """The run's progress now."""
        return RunProgress(
            self.total, self._done, self._failed, self.in_flight, self._rate_limited,
            self.pacer.waits,
        )  # fmt: skip

    def _report(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.progress())
