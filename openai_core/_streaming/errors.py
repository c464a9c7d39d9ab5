"""
How a stream fails: error payloads become APIError, undecodable data and transport failures become
StreamError / APITimeoutError. Shared by every stream kind (chat, assistants, responses).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from types import TracebackType
from typing import Any

import httpx

from .._exceptions import (
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    StreamError,
    error_class_for_status,
)
from .._model_build import shorten

__all__ = [
    "TranslateTransportErrors",
    "api_error_from_payload",
    "decode_json_data",
    "shorten",
]

_NO_MESSAGE = "The stream reported an error without a message."

# Used only when the payload carries no HTTP status: the error type/code names the class.
_ERROR_KINDS: dict[str, type[APIError]] = {
    "invalid_request_error": BadRequestError,
    "authentication_error": AuthenticationError,
    "invalid_api_key": AuthenticationError,
    "permission_error": PermissionDeniedError,
    "not_found_error": NotFoundError,
    "rate_limit_error": RateLimitError,
    "rate_limit_exceeded": RateLimitError,
    "insufficient_quota": RateLimitError,
    "server_error": InternalServerError,
    "overloaded_error": InternalServerError,
    "api_error": InternalServerError,
}


_scan_json: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
"""Read one JSON value at an index: json.loads without its two Python layers (per chunk)."""


def decode_json_data(
    data: str,
    scan: Callable[[str, int], tuple[Any, int]] = _scan_json,
    object_hook: Callable[[dict[str, Any]], Any] | None = None,
) -> Any:
    """
    Decode the `data` of one event as JSON (`scan` and `object_hook`: a decoder's own, if any).

    Raises:
        StreamError: The data is not JSON; the message shows it, shortened.
    """
    try:
        value, end = scan(data, 0)
    except (StopIteration, ValueError):
        value, end = None, -1
    if end == len(data):
        return value
    # Leading or trailing blanks, or not JSON: json.loads accepts the one and explains the other.
    try:
        return json.loads(data, object_hook=object_hook)
    except ValueError as exc:
        raise StreamError(
            f"Expected a JSON object in the stream's data line, got {shorten(data)!r} ({exc}). "
            "The server or provider may not speak this API's streaming format."
        ) from None


def api_error_from_payload(payload: Any, *, request_id: str | None = None) -> APIError:
    """
    Build the APIError a stream's error event (or `{"error": ...}` data) stands for.

    Args:
        payload: The decoded event data: `{"error": {...}}`, the error object itself, or text.
        request_id: The response's request id, if known.
    """
    error = payload.get("error", payload) if isinstance(payload, dict) else payload
    if not isinstance(error, dict):
        message = error if isinstance(error, str) else json.dumps(payload, default=str)
        message = message if message.strip() else _NO_MESSAGE
        return APIError(shorten(message), request_id=request_id, body=payload)
    status = _status_of(error) or (_status_of(payload) if isinstance(payload, dict) else None)
    kind = _text(error.get("type"))
    code = _text(error.get("code"))
    if status is not None:
        cls = error_class_for_status(status)
    else:
        cls = _ERROR_KINDS.get(code or "") or _ERROR_KINDS.get(kind or "", APIError)
    message = _text(error.get("message")) or ""
    message = message if message.strip() else _NO_MESSAGE
    return cls(
        message,
        status_code=status,
        type=kind,
        code=code,
        param=_text(error.get("param")),
        request_id=request_id,
        body=payload,
    )


def _status_of(obj: dict[str, Any]) -> int | None:
    for key in ("status", "status_code", "code"):
        value = obj.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and 100 <= value <= 599:
            return value
        if isinstance(value, str) and value.isdigit() and len(value) == 3 and key != "code":
            return int(value)
    return None


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


class TranslateTransportErrors:
    """
    A context manager (usable in sync and async code) that turns httpx errors raised while a
    stream body is read into the SDK's own errors.

    - any httpx.TimeoutException -> APITimeoutError (the stream's time budget ran out);
    - any other httpx.TransportError (peer closed, reset, protocol error) -> StreamError
      ("connection lost mid-stream"): the request had been answered and bytes may already have
      reached the caller, so this is a broken stream rather than a failed connection attempt
      (streams are never retried once bytes reached the caller);
    - httpx.StreamError (reading a body that was closed or consumed) -> StreamError.

    Everything else, RequestCancelledError included, passes through unchanged.
    """

    __slots__ = ("url",)

    def __init__(self, url: str | None = None) -> None:
        self.url = url

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if isinstance(exc, httpx.TimeoutException):
            raise APITimeoutError(
                f"The stream timed out while reading the body ({type(exc).__name__}); raise "
                "the request's timeout or retry.",
                url=self.url,
            ) from exc
        if isinstance(exc, httpx.TransportError):
            raise StreamError(
                f"Connection lost mid-stream ({type(exc).__name__}: {shorten(str(exc))}); "
                "the answer is incomplete, retry the request."
            ) from exc
        if isinstance(exc, httpx.StreamError):
            raise StreamError(
                f"The stream's body could not be read ({type(exc).__name__}): it was closed or "
                "already consumed."
            ) from exc
        if isinstance(exc, httpx.DecodingError):
            raise StreamError(
                f"The stream's body could not be decoded: {shorten(str(exc))}"
            ) from exc
