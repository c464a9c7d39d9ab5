"""ApiResponse: a typed result together with what the HTTP exchange looked like."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

from ._frozen import Frozen

if TYPE_CHECKING:
    import httpx

__all__ = ["ApiResponse"]

T = TypeVar("T")


class ApiResponse(Frozen, Generic[T]):
    """
    A result plus its metadata, returned by `send_with_meta()` (immutable).

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

    __slots__ = (  # noqa: RUF023 (declaration order: the order of the repr)
        "data",
        "status_code",
        "headers",
        "request_id",
        "url",
        "provider",
        "attempts",
        "elapsed",
    )
    _repr_exclude = frozenset({"headers"})

    data: T
    status_code: int
    headers: httpx.Headers
    request_id: str | None
    url: str
    provider: str
    attempts: int
    elapsed: float

    def __init__(
        self,
        data: T,
        status_code: int,
        headers: httpx.Headers,
        request_id: str | None,
        url: str,
        provider: str,
        attempts: int,
        elapsed: float,
    ) -> None:
        self._set(
            data=data,
            status_code=status_code,
            headers=headers,
            request_id=request_id,
            url=url,
            provider=provider,
            attempts=attempts,
            elapsed=elapsed,
        )
