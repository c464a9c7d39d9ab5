"""ApiResponse: a typed result together with what the HTTP exchange looked like."""

from __future__ import annotations

from typing import Generic, TypeVar

import attrs
import httpx

__all__ = ["ApiResponse"]

T = TypeVar("T")


@attrs.frozen
class ApiResponse(Generic[T]):
    """
    A result plus its metadata, returned by `send_with_meta()`.

    Attributes:
        data: The typed result (what `send()` returns).
        status_code: HTTP status of the final attempt.
        headers: Response headers of the final attempt.
        request_id: The server's x-request-id, if sent.
        url: The URL of the final attempt.
        provider: Name of the provider profile used.
        attempts: How many attempts were made (1 when there was no retry).
        elapsed: Seconds from the first attempt to the body being read.
    """

    data: T
    status_code: int
    headers: httpx.Headers = attrs.field(repr=False)
    request_id: str | None
    url: str
    provider: str
    attempts: int
    elapsed: float
