"""
Turn what went wrong on the wire into the SDK's own errors. Pure: no I/O.

httpx exceptions never reach the caller: timeouts become APITimeoutError, every other transport
or protocol failure APIConnectionError (chained with `raise ... from exc`). Error responses become
the APIError subclass for their status, with the body read in whatever shape the provider uses.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    OpenAICoreError,
    error_class_for_status,
)
from ._providers import Provider

__all__ = ["decode_error_body", "error_from_response", "map_transport_error"]


def map_transport_error(exc: BaseException, url: str | None = None) -> OpenAICoreError:
    """
    Return the SDK error for an exception raised while sending or reading.

    Args:
        exc: What httpx (or a transport) raised.
        url: The request URL, kept on the error for diagnostics.

    Returns:
        The SDK's own errors unchanged; APITimeoutError for timeouts; APIConnectionError for
        anything else.
    """
    if isinstance(exc, OpenAICoreError):
        return exc
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({type(exc).__name__}).", url=url)
    detail = str(exc) or type(exc).__name__
    return APIConnectionError(f"Connection error: {detail}", url=url)


def decode_error_body(content: bytes) -> Any:
    """Decode an error body as JSON, falling back to text (or None when empty)."""
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content.decode("utf-8", errors="replace")


def error_from_response(response: httpx.Response, provider: Provider) -> APIError:
    """
    Build the APIError for a non-2xx response whose body has been read.

    Args:
        response: The response, already read.
        provider: The provider profile; its `adapt_error` hook reads the body.
    """
    body = decode_error_body(response.content)
    info = provider.adapt_error(body)
    status = response.status_code
    message = info.message or f"HTTP {status} {response.reason_phrase or ''}".rstrip()
    cls = error_class_for_status(status) if status >= 400 else APIError
    return cls(
        message,
        status_code=status,
        type=info.type,
        code=info.code,
        param=info.param,
        request_id=response.headers.get("x-request-id"),
        provider=provider.name,
        body=body,
    )
