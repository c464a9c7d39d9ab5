"""
Mapping a batch's output and error files back to its requests (pure).

Each line names its request by `custom_id`; a line answering a request with a 2xx status gives
the typed model of the request's operation, any other status the APIError for it, a line with
only an `error` an APIError with its code, and a request no line answers an APIError saying why.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .._exceptions import APIError, OpenAICoreError, error_class_for_status
from .._model_build import build_model, load_model
from .batch_state import JobState, PartState

__all__ = ["BatchResult", "map_results"]

# Output lines start {"id": ..., "custom_id": "..."}: read the id without parsing the whole line
# (an id with escapes, or a line of another shape, is parsed). Only the line's first bytes are
# searched, so a "custom_id" key inside a request body can never be taken for it.
_CUSTOM_ID = re.compile(rb'"custom_id":\s*"([^"\\]*)"')
_SUCCESS = re.compile(rb'"status_code":\s*2')


def _custom_id(line: bytes) -> str | None:
    match = _CUSTOM_ID.search(line, 0, 160)
    if match is not None:
        return match.group(1).decode("utf-8", "replace")
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return None
    custom_id = record.get("custom_id") if isinstance(record, dict) else None
    return custom_id if isinstance(custom_id, str) else None


@dataclass(frozen=True)
class BatchResult:
    """
    The outcome of one request of a batch job.

    Attributes:
        custom_id: The request's custom id.
        response: The typed answer (a ChatCompletion, EmbeddingList, ...), or None on error.
        error: An APIError (or ResponseValidationError) when the request did not succeed.
        status_code: The HTTP status the provider recorded for it, if it ran.
        request_id: The provider's request id, if it ran.
    """

    custom_id: str
    response: Any
    error: OpenAICoreError | None
    status_code: int | None = None
    request_id: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the request succeeded."""
        return self.error is None


def map_results(
    state: JobState, downloads: list[bytes], provider: str | None
) -> Iterator[BatchResult]:
    """
    Yield one result per request of `state`, in input order, from the output and error files.

    Lines are kept as bytes and parsed one at a time as they are yielded, so mapping holds little
    more than the files themselves. A request no line answers gets an APIError saying why (the
    batch's status and errors).
    """
    requests = state.requests
    index_of = {entry[0]: i for i, entry in enumerate(requests)}
    found: list[bytes | None] = [None] * len(requests)
    for content in downloads:
        for line in content.splitlines():
            custom_id = _custom_id(line)
            index = index_of.get(custom_id) if custom_id is not None else None
            # A request answered in both files (a retried line) keeps its success.
            if index is not None and (found[index] is None or _SUCCESS.search(line)):
                found[index] = line
    for index, (custom_id, ref, number) in enumerate(requests):
        kept, found[index] = found[index], None  # let lines go as they are yielded
        if kept is None:
            yield BatchResult(custom_id, None, _missing(state.parts[number], custom_id, provider))
        else:
            yield _result(custom_id, ref, json.loads(kept), provider)


def _result(
    custom_id: str, ref: str | None, record: dict[str, Any], provider: str | None
) -> BatchResult:
    response = record.get("response")
    if isinstance(response, dict):
        status = response.get("status_code")
        request_id = response.get("request_id")
        body = response.get("body")
        if isinstance(status, int) and status < 300:
            if ref is None or not isinstance(body, dict):
                return BatchResult(custom_id, body, None, status, request_id)
            expected = f"a {ref.partition(':')[2]} for batch request {custom_id!r}"
            try:
                model = build_model(load_model(ref).from_dict, body, expected)
            except OpenAICoreError as exc:
                return BatchResult(custom_id, None, exc, status, request_id)
            return BatchResult(custom_id, model, None, status, request_id)
        error = _error(status, body, request_id, provider)
        return BatchResult(custom_id, None, error, status, request_id)
    raw = record.get("error")
    detail: dict[str, Any] = raw if isinstance(raw, dict) else {}
    error = APIError(
        str(detail.get("message") or "The batch recorded no answer for this request."),
        code=detail.get("code"),
        provider=provider,
        body=record.get("error"),
    )
    return BatchResult(custom_id, None, error)


def _error(status: Any, body: Any, request_id: str | None, provider: str | None) -> APIError:
    detail = body.get("error") if isinstance(body, dict) else None
    detail = detail if isinstance(detail, dict) else {}
    code = status if isinstance(status, int) else None
    cls = error_class_for_status(code) if code and code >= 400 else APIError
    return cls(
        str(detail.get("message") or f"HTTP {status}"),
        status_code=code,
        type=detail.get("type"),
        code=detail.get("code"),
        param=detail.get("param"),
        request_id=request_id,
        provider=provider,
        body=body,
    )


def _missing(part: PartState, custom_id: str, provider: str | None) -> APIError:
    if part.batch_id is None:
        reason = "the job was cancelled before its batch was created"
    else:
        reason = f"the batch {part.batch_id} ended with status {part.status!r}"
    if part.errors:
        first = part.errors[0]
        reason += f": {first.get('message') or first.get('code')}"
    return APIError(
        f"No answer for {custom_id!r}: {reason}.",
        code=f"batch_{part.status}",
        provider=provider,
        body=part.errors or None,
    )
