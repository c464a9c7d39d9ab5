"""
Turn what went wrong on the wire into the SDK's own errors. Pure: no I/O.

httpx exceptions never reach the caller: timeouts become APITimeoutError, every other transport
or protocol failure APIConnectionError (chained with `raise ... from exc`). Error responses become
the APIError subclass for their status, with the body read in whatever shape the provider uses.
"""

from __future__ import annotations

import json
import ssl
from collections.abc import Iterable
from typing import Any

import httpx

from ._error_shapes import ErrorInfo, embedded_error
from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    OpenAICoreError,
    RateLimitError,
    error_class_for_status,
)
from ._providers import Provider

__all__ = [
    "decode_error_body",
    "error_from_body",
    "error_from_response",
    "map_transport_error",
    "mask_secrets",
]


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
        # The detail names what was waited for (connect, read, write, a pool connection).
        detail = str(exc)
        return APITimeoutError(
            f"Request timed out ({type(exc).__name__}){': ' + detail if detail else '.'}", url=url
        )
    detail = str(exc) or type(exc).__name__
    certificate = _certificate_error(exc)
    if certificate is not None:
        reason = certificate.verify_message or certificate.reason or str(certificate)
        return APIConnectionError(
            f"TLS certificate verification failed: {reason}. Pass verify= a CA bundle path or an "
            "ssl.SSLContext that trusts the server (or set SSL_CERT_FILE / SSL_CERT_DIR).",
            url=url,
            retryable=False,
        )
    if isinstance(exc, httpx.ProxyError) and getattr(exc, "status_code", None) == 407:
        return APIConnectionError(f"Connection error: {detail}", url=url, retryable=False)
    if isinstance(
        exc,
        (
            httpx.LocalProtocolError,
            httpx.UnsupportedProtocol,
            httpx.InvalidURL,
            httpx.DecodingError,
        ),
    ):
        # The request cannot be sent, or the body it got cannot be decoded: another attempt
        # would fail the same way.
        return APIConnectionError(f"Connection error: {detail}", url=url, retryable=False)
    return APIConnectionError(f"Connection error: {detail}", url=url)


def _certificate_error(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    """The certificate verification failure behind `exc` (its cause chain), if that is what it is."""
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 8:
        if isinstance(current, ssl.SSLCertVerificationError):
            return current
        current = current.__cause__ or current.__context__
        seen += 1
    return None


def decode_error_body(content: bytes) -> Any:
    """Decode an error body as JSON, falling back to text (or None when empty)."""
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content.decode("utf-8", errors="replace")


# An error message is for people and logs: a proxy's 2 MB HTML page stays on `error.body`.
_MESSAGE_LIMIT = 1000


def mask_secrets(text: str, secrets: Iterable[str]) -> str:
    """Replace every secret in `text` with a masked form that keeps only its last 4 characters."""
    for secret in secrets:
        if secret and len(secret) >= 8 and secret in text:
            text = text.replace(secret, f"***{secret[-4:]}")
    return text


def _masked(value: Any, secrets: tuple[str, ...]) -> Any:
    if isinstance(value, str):
        return mask_secrets(value, secrets)
    if isinstance(value, dict):
        return {k: _masked(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(v, secrets) for v in value]
    return value


def error_from_response(
    response: httpx.Response, provider: Provider, secrets: Iterable[str] = ()
) -> APIError:
    """
    Build the APIError for a non-2xx response whose body has been read.

    Args:
        response: The response, already read.
        provider: The provider profile; its `adapt_error` hook reads the body.
        secrets: Credentials sent with the request; a server that echoes one back (in the
            message or anywhere in the body) gets it masked.
    """
    hidden = tuple(secrets)
    body = _masked(decode_error_body(response.content), hidden) if hidden else None
    if body is None:
        body = decode_error_body(response.content)
    info = provider.adapt_error(body)
    status = response.status_code
    if 300 <= status < 400:
        location = response.headers.get("location", "")
        message = (
            f"Unexpected redirect (HTTP {status}) to {location!r}; the SDK does not follow "
            "redirects, so credentials never go to another host. Set base_url to the final URL."
        )
    else:
        message = info.message or f"HTTP {status} {response.reason_phrase or ''}".rstrip()
    if len(message) > _MESSAGE_LIMIT:
        message = f"{message[:_MESSAGE_LIMIT]}... ({len(message)} chars; see error.body)"
    cls = error_class_for_status(status) if status >= 400 else APIError
    return cls(
        message,
        status_code=status,
        type=info.type,
        code=info.code,
        param=info.param,
        request_id=_request_id(response, body),
        provider=provider.name,
        body=body,
    )


def _request_id(response: httpx.Response, body: Any) -> str | None:
    # The header when there is one; DashScope (Qwen) and others also put it in the body.
    value = response.headers.get("x-request-id")
    if value is None and isinstance(body, dict):
        value = body.get("request_id")
    return value if isinstance(value, str) or value is None else str(value)


# The class a 2xx body's error stands for, by the provider's own code (MiniMax's `base_resp`
# codes, from its error-code reference); anything else is a plain APIError.
_BODY_ERROR_CODES: dict[str, type[APIError]] = {
    "1000": InternalServerError,  # unknown error
    "1001": InternalServerError,  # request timeout
    "1002": RateLimitError,  # rate limit
    "1004": AuthenticationError,  # not authorized
    "1008": RateLimitError,  # insufficient balance (OpenAI: 429 insufficient_quota)
    "1013": InternalServerError,  # internal service error
    "1024": InternalServerError,  # internal error
    "1026": BadRequestError,  # input flagged as sensitive
    "1027": BadRequestError,  # output flagged as sensitive
    "1039": RateLimitError,  # token rate limit
    "2013": BadRequestError,  # invalid parameters
    "2049": AuthenticationError,  # invalid API key
}


def error_from_body(
    data: Any,
    *,
    status_code: int | None = None,
    request_id: str | None = None,
    provider: str | None = None,
    secrets: Iterable[str] = (),
) -> APIError | None:
    """
    Return the APIError a 2xx JSON body carries instead of a result, or None for a result.

    Some providers answer a failed call with HTTP 200 (MiniMax: `base_resp.status_code != 0`
    and `choices: null`); the SDK raises for those as it does for an error status, with the
    provider's message and code. The class follows the provider's code where it is known
    (MiniMax 1004 -> AuthenticationError, ...); `status_code` stays the HTTP status sent.

    Args:
        data: The decoded JSON body.
        status_code: The HTTP status of the response, if known.
        request_id: The response's request id header, if any (else the body's `request_id`).
        provider: The provider's name, kept on the error.
        secrets: Credentials sent with the request, masked if the body echoes them.
    """
    info: ErrorInfo | None = embedded_error(data)
    if info is None:
        return None
    hidden = tuple(secrets)
    body = _masked(data, hidden) if hidden else data
    message = mask_secrets(info.message or "", hidden) or "The server answered with an error."
    if request_id is None and isinstance(data, dict) and data.get("request_id") is not None:
        request_id = str(data["request_id"])
    cls = _BODY_ERROR_CODES.get(info.code or "", APIError)
    return cls(
        message,
        status_code=status_code,
        type=info.type,
        code=info.code,
        param=info.param,
        request_id=request_id,
        provider=provider,
        body=body,
    )
