"""
From unsent builders to Batch API input files (pure).

Each request becomes one JSONL line, `{"custom_id", "method", "url", "body"}`, with the body the
builder would send and the URL the Batch API wants ("/v1" plus the operation's path, whatever the
client's base URL). Lines are grouped by endpoint (a batch runs one endpoint) and each group is
cut at the provider's limits, 50,000 lines and 200 MB per file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .._exceptions import InvalidConfigError
from .._request import dump_json, merged_body
from .specs import request_spec

__all__ = ["BATCH_OPERATIONS", "MAX_FILE_BYTES", "MAX_FILE_LINES", "Part", "plan_parts"]

# The operations the Batch API runs.
BATCH_OPERATIONS = frozenset(
    {
        "chat.completions.create",
        "embeddings.create",
        "responses.create",
        "completions.create",
        "moderations.create",
    }
)
MAX_FILE_LINES = 50_000
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass
class Part:
    """One input file to be: its endpoint and its lines (each ending in a newline)."""

    endpoint: str
    lines: list[bytes]
    size: int = 0


def _split(item: Any, index: int) -> tuple[str, Any]:
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
        custom_id, builder = item
        if not custom_id:
            raise InvalidConfigError(f"Request {index}: expected a non-empty custom_id, got ''.")
        return custom_id, builder
    return f"request-{index}", item


def _spec_of(builder: Any, index: int) -> Any:
    spec = request_spec(builder, index)
    op_id = spec.operation.id
    if op_id not in BATCH_OPERATIONS:
        raise InvalidConfigError(
            f"Request {index}: the Batch API does not run {op_id!r}; it runs "
            f"{sorted(BATCH_OPERATIONS)}."
        )
    return spec


def request_line(custom_id: str, spec: Any, option_target: str | None) -> bytes:
    """Return the JSONL line (newline included) for one request spec."""
    body = merged_body(spec, option_target)
    if not isinstance(body, dict):
        raise InvalidConfigError(
            f"Request {custom_id!r}: the Batch API needs a JSON object body, "
            f"got {type(body).__name__}."
        )
    url = "/v1" + spec.operation.path
    line = {"custom_id": custom_id, "method": spec.operation.method, "url": url, "body": body}
    return dump_json(line) + b"\n"


def plan_parts(
    requests: Iterable[Any],
    option_target: str | None,
    max_lines: int = MAX_FILE_LINES,
    max_bytes: int = MAX_FILE_BYTES,
) -> tuple[list[list[Any]], list[Part]]:
    """
    Turn builders (or `(custom_id, builder)` pairs) into input files.

    Args:
        requests: Unsent builders of the operations in BATCH_OPERATIONS, or pairs.
        option_target: The provider's `option_target` for provider options.
        max_lines: Lines per file at most.
        max_bytes: Bytes per file at most.

    Returns:
        Per request in input order `[custom_id, response model ref, part number]`, and the parts.

    Raises:
        InvalidConfigError: A request is not a supported builder, a custom_id repeats, a line
            alone is larger than `max_bytes`, or there is no request at all.
        MissingRequiredFieldError: A builder lacks a required field.
    """
    entries: list[list[Any]] = []
    parts: list[Part] = []
    open_part: dict[str, int] = {}  # endpoint -> number of its part being filled
    seen: set[str] = set()
    for index, item in enumerate(requests):
        custom_id, builder = _split(item, index)
        if custom_id in seen:
            raise InvalidConfigError(f"Request {index}: custom_id {custom_id!r} is used twice.")
        seen.add(custom_id)
        spec = _spec_of(builder, index)
        line = request_line(custom_id, spec, option_target)
        if len(line) > max_bytes:
            raise InvalidConfigError(
                f"Request {custom_id!r} is {len(line)} bytes; a batch file holds {max_bytes}."
            )
        endpoint = "/v1" + spec.operation.path
        number = open_part.get(endpoint)
        if number is None or (
            len(parts[number].lines) >= max_lines or parts[number].size + len(line) > max_bytes
        ):
            number = open_part[endpoint] = len(parts)
            parts.append(Part(endpoint, []))
        parts[number].lines.append(line)
        parts[number].size += len(line)
        entries.append([custom_id, spec.operation.response_model, number])
    if not entries:
        raise InvalidConfigError("Expected at least one request for the batch, got none.")
    return entries, parts
