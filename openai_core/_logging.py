"""
Logging for openai_core: the stdlib logger "openai_core", configured by OPENAI_LOG=info|debug.

Request and response lines are written at DEBUG with secrets redacted: authorization, api-key,
cookies and anything that looks like a key never reach a log record.
"""

from __future__ import annotations

import logging
import os

import httpx

__all__ = [
    "SENSITIVE_HEADERS",
    "log_request",
    "log_response",
    "log_retry",
    "redact_headers",
    "setup_logging",
]

SENSITIVE_HEADERS = frozenset(
    {"authorization", "api-key", "cookie", "set-cookie", "proxy-authorization", "x-api-key"}
)
_configured = False


def setup_logging(level: str | None = None) -> None:
    """
    Configure the "openai_core" logger from OPENAI_LOG (or `level`) once per process.

    "debug" logs request/response lines, "info" retries and summaries; anything else leaves the
    logger to the application's own configuration.
    """
    global _configured
    if _configured and level is None:
        return
    _configured = True
    value = (level or os.environ.get("OPENAI_LOG") or "").strip().lower()
    if value not in ("debug", "info"):
        return
    logger = logging.getLogger("openai_core")
    logger.setLevel(logging.DEBUG if value == "debug" else logging.INFO)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)


def redact_headers(headers: httpx.Headers) -> dict[str, str]:
    """Return the headers as a dict with secret values replaced by "<redacted>"."""
    return {
        name: "<redacted>" if name.lower() in SENSITIVE_HEADERS else value
        for name, value in headers.items()
    }


def log_request(logger: logging.Logger, request: httpx.Request, content: bytes | None) -> None:
    """Log one outgoing request at DEBUG (body size only: bodies may hold user data)."""
    size = len(content) if content is not None else 0
    logger.debug(
        "Request: %s %s headers=%s body_bytes=%d",
        request.method,
        request.url,
        redact_headers(request.headers),
        size,
    )


def log_response(logger: logging.Logger, response: httpx.Response, attempt: int) -> None:
    """Log one response status line and its (redacted) headers at DEBUG."""
    logger.debug(
        "Response: %s %s -> %d (attempt %d) headers=%s",
        response.request.method,
        response.request.url,
        response.status_code,
        attempt,
        redact_headers(response.headers),
    )


def log_retry(
    logger: logging.Logger, method: str, url: str, reason: str, attempt: int, delay: float
) -> None:
    """Log at INFO that a call is retried: why (a status or an error name), attempt and delay."""
    logger.info(
        "Retrying %s %s after %s (attempt %d failed; next in %.2fs)",
        method,
        url,
        reason,
        attempt,
        delay,
    )
