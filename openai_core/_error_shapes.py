"""
Error bodies in every shape providers send, read into one `ErrorInfo` (message, type, code, param).

OpenAI's `{"error": {...}}`, a bare `{"error": "text"}`, `{"message"}`, FastAPI's `{"detail"}` (a
validation list included), `{"msg"}`, MiniMax's `base_resp`, Google's `status`, a JSON list of error
objects (Gemini), OpenRouter's upstream error in `metadata.raw`, and text or HTML pages.
`embedded_error` finds an error carried by an HTTP 200 body (MiniMax, LM Studio). Pure; a provider
profile's `adapt_error` hook defaults to `extract_error`.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ._frozen import Frozen

__all__ = ["ErrorInfo", "embedded_error", "extract_error"]


class ErrorInfo(Frozen):
    """The parts of an error body the SDK understands, whatever shape the provider used."""

    __slots__ = (  # noqa: RUF023 (declaration order: the order of the repr)
        "message",
        "type",
        "code",
        "param",
    )

    message: str | None
    type: str | None
    code: str | None
    param: str | None

    def __init__(
        self,
        message: str | None = None,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
    ) -> None:
        self._set(message=message, type=type, code=code, param=param)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _detail_message(detail: Any) -> str | None:
    # FastAPI-style servers (vLLM, many proxies) send `detail` as a string or a list of
    # {"loc", "msg", "type"} objects; join the messages so nothing is lost.
    if isinstance(detail, str):
        return detail
    if isinstance(detail, list):
        parts = [_item_message(d) for d in detail]
        return "; ".join(parts) or None
    if isinstance(detail, dict):
        return _message_of(detail.get("message")) or _detail_message(detail.get("detail"))
    return _text(detail)


def _item_message(item: Any) -> str:
    if not isinstance(item, dict):
        return str(item)
    message = str(item.get("msg", item.get("message", item)))
    loc = item.get("loc")
    if isinstance(loc, list) and loc:
        return f"{'.'.join(str(part) for part in loc)}: {message}"
    return message


def _message_of(value: Any) -> str | None:
    # Most servers send a string; Mistral's 422 nests FastAPI's {"detail": [...]} in `message`.
    if value is None or value == "":
        return None
    if isinstance(value, (dict, list)):
        return _detail_message(value)
    return _text(value)


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>|<h1[^>]*>(.*?)</h1>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def _text_message(text: str) -> str | None:
    # A proxy or gateway's HTML page ("502 Bad Gateway", "401 Authorization Required"): its
    # title says what went wrong; the page itself stays on `error.body`.
    stripped = text.strip()
    if stripped[:1] == "<":
        match = _TITLE.search(stripped)
        if match:
            title = " ".join(_TAG.sub(" ", match.group(1) or match.group(2) or "").split())
            if title:
                return title
    return stripped or None


def _with_upstream(message: str | None, metadata: Any) -> str | None:
    # OpenRouter wraps what the upstream provider said: {"message": "Provider returned error",
    # "metadata": {"raw": "<the provider's body>", "provider_name": "..."}}; keep both.
    if not isinstance(metadata, dict):
        return message
    raw = metadata.get("raw")
    if not isinstance(raw, str) or not raw:
        return message
    try:
        inner = extract_error(json.loads(raw)).message or raw
    except ValueError:
        inner = raw
    name = metadata.get("provider_name")
    upstream = f"{name}: {inner}" if isinstance(name, str) and name else inner
    return f"{message} ({upstream})" if message else upstream


def _google_status(status: Any) -> str | None:
    # Google's errors name their kind in `status` ("INVALID_ARGUMENT"); Azure's `status` is the
    # HTTP status again, not a kind.
    return status if isinstance(status, str) and not status.isdigit() else None


def _first_error(items: list[Any]) -> Any:
    # Gemini's OpenAI compatibility answers some errors with a JSON list: [{"error": {...}}].
    for item in items:
        if isinstance(item, (dict, str)) and item:
            return item
    return None


def extract_error(body: Any) -> ErrorInfo:
    """
    Read an error body in any of the shapes OpenAI-compatible servers use.

    Understood: OpenAI's `{"error": {"message", "type", "code", "param"}}` (also with `error` a
    plain string, and Google's `status` read as the type), top-level `message` (a string, or
    FastAPI's `{"detail": [...]}` as Mistral nests it), `msg`, `detail` (string or list of
    validation items), MiniMax's `base_resp: {"status_code", "status_msg"}`, a JSON list of
    any of these (the first is read), and text or HTML bodies (an HTML page's title).

    Args:
        body: The decoded JSON body (or raw text) of an error response.

    Returns:
        The message, type, code and param found; fields are None when absent.
    """
    if isinstance(body, list):
        body = _first_error(body)
    if isinstance(body, str):
        return ErrorInfo(message=_text_message(body))
    if not isinstance(body, dict):
        return ErrorInfo()
    error = body.get("error")
    if isinstance(error, list):
        error = _first_error(error)
    if isinstance(error, dict):
        return ErrorInfo(
            message=_with_upstream(
                _message_of(error.get("message")) or _detail_message(error.get("detail")),
                error.get("metadata"),
            ),
            type=_text(error.get("type")) or _google_status(error.get("status")),
            code=_text(error.get("code")),
            param=_text(error.get("param")),
        )
    if isinstance(error, str) and error:
        return ErrorInfo(message=error, type=_text(body.get("type")), code=_text(body.get("code")))
    base = body.get("base_resp")
    if isinstance(base, dict) and base.get("status_msg"):
        return ErrorInfo(message=_text(base.get("status_msg")), code=_text(base.get("status_code")))
    message = _message_of(body.get("message")) or _message_of(body.get("msg"))
    return ErrorInfo(
        message=message or _detail_message(body.get("detail")),
        type=_text(body.get("type")),
        code=_text(body.get("code")),
        param=_text(body.get("param")),
    )


# Keys of a 2xx body that mean it is a result, not an error: an object with `error` set (a
# failed Responses run, a fine-tuning job) is data to return, never to raise.
_RESULT_KEYS = ("object", "choices", "data", "output")


def embedded_error(body: Any) -> ErrorInfo | None:
    """
    Find the error a 2xx JSON body carries instead of a result, if any.

    Two shapes count: MiniMax's `base_resp` with a non-zero `status_code` (its API answers
    HTTP 200 with `choices: null` when a call fails), and a body that is only an `error`
    (an object or a string) with no result fields, as some gateways send.

    Args:
        body: The decoded JSON of a 2xx response.

    Returns:
        The error's parts, or None when the body is a result.
    """
    if not isinstance(body, dict):
        return None
    base = body.get("base_resp")
    if isinstance(base, dict):
        status = base.get("status_code")
        if status not in (None, 0, "0"):
            message = _text(base.get("status_msg")) or f"MiniMax status_code {status}"
            return ErrorInfo(message=message, code=_text(status))
    error = body.get("error")
    if error and isinstance(error, (dict, str)) and not any(k in body for k in _RESULT_KEYS):
        return extract_error(body)
    return None
