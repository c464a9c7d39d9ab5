"""
Rate limits for the fake's chat endpoint, with the headers OpenAI sends.

A fixed window: each chat request spends one request and its prompt's words as tokens. Every
answer carries ``x-ratelimit-limit-*``, ``x-ratelimit-remaining-*`` and ``x-ratelimit-reset-*``
(a duration such as ``"0.250s"``); a request over the limit gets a 429 with ``retry-after-ms`` and
``retry-after`` saying when the window starts again.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

from ._models import FakeReply

__all__ = ["RateLimits"]


class RateLimits:
    """
    A request and token budget per window.

    Args:
        requests: Requests allowed per window.
        tokens: Tokens allowed per window.
        window: Window length in seconds.
        clock: Monotonic clock (tests may pass their own).
    """

    def __init__(
        self,
        requests: int,
        tokens: int,
        window: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.requests = requests
        self.tokens = tokens
        self.window = window
        self.clock = clock
        self.rejected = 0
        self._lock = threading.Lock()
        self._reset_at = 0.0
        self._used_requests = 0
        self._used_tokens = 0

    def admit(self, tokens: int) -> tuple[bool, tuple[tuple[str, str], ...]]:
        """
        Spend one request and `tokens`, if the window allows.

        Returns:
            Whether the request may run, and the rate-limit headers for its answer.
        """
        with self._lock:
            now = self.clock()
            if now >= self._reset_at:
                self._reset_at = now + self.window
                self._used_requests = self._used_tokens = 0
            allowed = self._used_requests < self.requests and self._used_tokens < self.tokens
            if allowed:
                self._used_requests += 1
                self._used_tokens += tokens
            else:
                self.rejected += 1
            return allowed, self._headers(self._reset_at - now)

    def _headers(self, left: float) -> tuple[tuple[str, str], ...]:
        reset = f"{max(left, 0.0):.3f}s"
        return (
            ("x-ratelimit-limit-requests", str(self.requests)),
            ("x-ratelimit-limit-tokens", str(self.tokens)),
            ("x-ratelimit-remaining-requests", str(max(self.requests - self._used_requests, 0))),
            ("x-ratelimit-remaining-tokens", str(max(self.tokens - self._used_tokens, 0))),
            ("x-ratelimit-reset-requests", reset),
            ("x-ratelimit-reset-tokens", reset),
        )

    def rejection(self, headers: tuple[tuple[str, str], ...]) -> FakeReply:
        """The 429 for a request over the limit."""
        left = float(dict(headers)["x-ratelimit-reset-requests"].removesuffix("s"))
        wait = (
            ("retry-after-ms", str(math.ceil(left * 1000))),
            ("retry-after", str(math.ceil(left))),
        )
        return FakeReply.from_error(
            429,
            "Rate limit reached for requests; try again after the window resets.",
            type="requests",
            code="rate_limit_exceeded",
            headers=headers + wait,
        )
