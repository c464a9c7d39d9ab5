"""
The Responses API as the fake provider answers it: ``POST /responses`` (JSON, or the documented
SSE event sequence when ``"stream": true``), ``GET /responses/{id}``, ``DELETE /responses/{id}`` and
``GET /responses/{id}/input_items``, with bodies shaped like the real API's.

Without a script, ``POST /responses`` echoes the last user text of ``input`` (``You said: ...``),
or, for a ``json_schema`` text format, answers a small JSON value that fits the schema.
The chat script methods of FakeProvider (``reply_text``, ``reply_tool_calls``, ``reply_refusal``,
``reply_finish_reason``) answer a ``/responses`` request in this shape: text becomes a ``message``
item, tool calls ``function_call`` items, a refusal a ``refusal`` content part, and the ``length`` /
``content_filter`` finish reasons an ``incomplete`` response.

Responses are stored unless the request says ``"store": false``. Like the real API, a request is
refused (400) when it has chat-only parameters (``messages``, ``response_format``), a
``json_schema`` text format without ``name`` or ``schema``, a function tool in the chat shape
(``{"type": "function", "function": {...}}``), a ``previous_response_id`` naming an unknown
response, or a ``function_call_output`` answering a call id that no earlier ``function_call`` made.
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Callable, Mapping
from typing import Any

from ._chat import count_words, split_arguments, split_text
from ._models import FakeReply, FakeRequest
from ._store import paginate

__all__ = ["ResponsesApi", "response_events", "schema_example"]

Handler = Callable[[FakeRequest, list[str]], FakeReply]
_INCOMPLETE_REASONS = {"length": "max_output_tokens", "content_filter": "content_filter"}


def _error(
    status: int, message: str, param: str | None = None, code: str | None = None
) -> FakeReply:
    return FakeReply.from_error(status, message, param=param, code=code)


def input_items(value: Any) -> list[dict[str, Any]]:
    """
    Return a request's ``input`` as a list of items (a string is one user message).

    Args:
        value: The ``input`` field of a ``POST /responses`` body.
    """
    if isinstance(value, str):
        return [{"type": "message", "role": "user", "content": value}]
    if isinstance(value, list):
        return [dict(item) for item in value if isinstance(item, Mapping)]
    return []


def item_text(item: Mapping[str, Any]) -> str:
    """Return the text of an input message item: its string content, or its text parts joined."""
    content = item.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = [p.get("text") for p in content if isinstance(p, Mapping)]
        return " ".join(t for t in texts if isinstance(t, str) and t)
    return ""


def _last_user_text(items: list[dict[str, Any]]) -> str:
    for item in reversed(items):
        if item.get("role") == "user" and item.get("type", "message") == "message":
            return item_text(item)
    return ""


def _stored_item(item: dict[str, Any], item_id: str) -> dict[str, Any]:
    """An input item as ``GET /responses/{id}/input_items`` lists it."""
    out = copy.deepcopy(item)
    out.setdefault("id", item_id)
    if out.get("type", "message") == "message":
        out["type"] = "message"
        out.setdefault("status", "completed")
        content = out.get("content")
        if isinstance(content, str):
            kind = (
                "input_text"
                if out.get("role") in ("user", "system", "developer")
                else "output_text"
            )
            out["content"] = [{"type": kind, "text": content}]
    return out


class ResponsesApi:
    """The ``/responses`` endpoints and their store of responses (thread-safe)."""

    def __init__(self, next_number: Callable[[], int], default_model: str, base_time: int) -> None:
        """
        Args:
            next_number: Gives the next number for ids and timestamps (shared with Endpoints).
            default_model: Model reported when the request names none.
            base_time: Unix time that numbers are added to for ``created_at``.
        """
        self._next = next_number
        self._model = default_model
        self._base_time = base_time
        self._lock = threading.Lock()
        # id -> (the response, its input items as input_items lists them)
        self._stored: dict[str, tuple[dict[str, Any], list[dict[str, Any]]]] = {}

    def routes(self) -> list[tuple[tuple[str, ...], dict[str, Handler]]]:
        """Return the route table entries of the endpoints (see Endpoints)."""
        return [
            (("responses",), {"POST": self._create}),
            (("responses", "*"), {"GET": self._get, "DELETE": self._delete}),
            (("responses", "*", "input_items"), {"GET": self._input_items}),
        ]

    def get(self, response_id: str) -> dict[str, Any] | None:
        """Return a copy of a stored response, or None."""
        with self._lock:
            item = self._stored.get(response_id)
            return copy.deepcopy(item[0]) if item else None

    # -- POST /responses ----------------------------------------------------------------------

    def _create(self, request: FakeRequest, _: list[str]) -> FakeReply:
        body = request.json
        if not isinstance(body, Mapping):
            return _error(400, "Expected a JSON object as the request body.")
        if not body.get("model") and request.deployment is None:
            return _error(
                400, "Missing required parameter: 'model'.", "model", "missing_required_parameter"
            )
        items = input_items(body.get("input"))
        text = body.get("text")
        text_format = text.get("format") if isinstance(text, Mapping) else None
        if isinstance(text_format, Mapping) and isinstance(text_format.get("schema"), Mapping):
            example = schema_example(text_format["schema"])
            return self.answer(request, content=json.dumps(example))
        return self.answer(request, content=f"You said: {_last_user_text(items)}")

    def answer(
        self,
        request: FakeRequest,
        *,
        model: str | None = None,
        content: str | None = None,
        refusal: str | None = None,
        tool_calls: list[dict[str, Any]] | None = None,
        finish_reason: str = "stop",
        usage: Mapping[str, Any] | None = None,
    ) -> FakeReply:
        """
        Answer a ``POST /responses`` request with one response, stored unless ``store`` is false.

        Args:
            request: The request.
            model: Model to report; defaults to the requested one.
            content: Text of the answer's message.
            refusal: Refusal text (a ``refusal`` content part).
            tool_calls: Chat-shaped tool calls (from build_tool_calls), sent as ``function_call``
                items.
            finish_reason: ``length`` or ``content_filter`` make the response ``incomplete``.
            usage: Chat-shaped (``prompt_tokens`` ...) or Responses-shaped usage; defaults to word
                counts.
        """
        body = request.json
        if not isinstance(body, Mapping):
            return _error(400, "Expected a JSON object as the request body.")
        problem = self._check(body)
        if problem is not None:
            return problem
        number = self._next()
        items = input_items(body.get("input"))
        output: list[dict[str, Any]] = []
        if content is not None or refusal is not None:
            parts: list[dict[str, Any]] = []
            if content is not None:
                parts.append(
                    {"type": "output_text", "text": content, "annotations": [], "logprobs": []}
                )
            if refusal is not None:
                parts.append({"type": "refusal", "refusal": refusal})
            output.append(
                {
                    "id": f"msg_fake_{number}",
                    "type": "message",
                    "status": "completed",
                    "role": "assistant",
                    "content": parts,
                }
            )
        for index, call in enumerate(tool_calls or []):
            output.append(
                {
                    "id": f"fc_fake_{number}_{index}",
                    "type": "function_call",
                    "status": "completed",
                    "call_id": call["id"],
                    "name": call["function"]["name"],
                    "arguments": call["function"]["arguments"],
                }
            )
        reason = _INCOMPLETE_REASONS.get(finish_reason)
        answer_words = count_words((content or "") + (refusal or "")) + sum(
            count_words(c["function"]["arguments"]) for c in tool_calls or []
        )
        response = self._response(body, number, output, reason)
        response["usage"] = _usage(
            usage, sum(count_words(item_text(i)) for i in items), answer_words
        )
        stored = body.get("store") is not False
        if stored:
            with self._lock:
                self._stored[response["id"]] = (
                    copy.deepcopy(response),
                    self._stored_items(items, number),
                )
        if request.is_stream:
            return FakeReply.from_sse(response_events(response))
        return FakeReply.from_json(response)

    def _response(
        self, body: Mapping[str, Any], number: int, output: list[dict[str, Any]], reason: str | None
    ) -> dict[str, Any]:
        model = body.get("model")
        created = self._base_time + number
        text: Any = body.get("text")
        if not isinstance(text, Mapping):
            text = {"format": {"type": "text"}}
        return {
            "id": f"resp_fake_{number}",
            "object": "response",
            "created_at": created,
            "status": "incomplete" if reason else "completed",
            "background": False,
            "completed_at": None if reason else created,
            "error": None,
            "incomplete_details": {"reason": reason} if reason else None,
            "instructions": body.get("instructions"),
            "max_output_tokens": body.get("max_output_tokens"),
            "max_tool_calls": None,
            "model": model if isinstance(model, str) and model else self._model,
            "output": output,
            "parallel_tool_calls": body.get("parallel_tool_calls", True),
            "previous_response_id": body.get("previous_response_id"),
            "reasoning": {"effort": None, "summary": None},
            "service_tier": "default",
            "store": body.get("store") is not False,
            "temperature": body.get("temperature", 1.0),
            "text": copy.deepcopy(dict(text)),
            "tool_choice": body.get("tool_choice", "auto"),
            "tools": copy.deepcopy(body.get("tools") or []),
            "top_logprobs": 0,
            "top_p": body.get("top_p", 1.0),
            "truncation": "disabled",
            "user": None,
            "metadata": dict(body.get("metadata") or {}),
        }

    def _stored_items(self, items: list[dict[str, Any]], number: int) -> list[dict[str, Any]]:
        return [_stored_item(item, f"item_fake_{number}_{i}") for i, item in enumerate(items)]

    def _check(self, body: Mapping[str, Any]) -> FakeReply | None:
        for chat_only in ("messages", "response_format"):
            if chat_only in body:
                return _error(
                    400, f"Unknown parameter: '{chat_only}'.", chat_only, "unknown_parameter"
                )
        text = body.get("text")
        text_format = text.get("format") if isinstance(text, Mapping) else None
        if isinstance(text_format, Mapping) and text_format.get("type") == "json_schema":
            for key in ("name", "schema"):
                if key not in text_format:
                    return _error(
                        400,
                        f"Missing required parameter: 'text.format.{key}'.",
                        f"text.format.{key}",
                        "missing_required_parameter",
                    )
        for index, tool in enumerate(body.get("tools") or []):
            if isinstance(tool, Mapping) and tool.get("type") == "function" and "name" not in tool:
                return _error(
                    400,
                    f"Missing required parameter: 'tools[{index}].name'.",
                    f"tools[{index}].name",
                    "missing_required_parameter",
                )
        known_calls: set[str] = set()
        previous = body.get("previous_response_id")
        if previous is not None:
            with self._lock:
                stored = self._stored.get(str(previous))
            if stored is None:
                return _error(
                    400,
                    f"Previous response with id '{previous}' not found.",
                    "previous_response_id",
                )
            known_calls.update(_call_ids(stored[0]["output"]))
        items = input_items(body.get("input"))
        known_calls.update(_call_ids(items))
        for item in items:
            if (
                item.get("type") == "function_call_output"
                and item.get("call_id") not in known_calls
            ):
                return _error(
                    400,
                    f"No tool call found for function call output with call_id {item.get('call_id')}.",
                    "input",
                )
        return None

    # -- GET / DELETE ---------------------------------------------------------------------------

    def _get(self, _: FakeRequest, params: list[str]) -> FakeReply:
        response = self.get(params[0])
        if response is None:
            return _not_found(params[0])
        return FakeReply.from_json(response)

    def _delete(self, _: FakeRequest, params: list[str]) -> FakeReply:
        with self._lock:
            existed = self._stored.pop(params[0], None) is not None
        if not existed:
            return _not_found(params[0])
        return FakeReply.from_json({"id": params[0], "object": "response.deleted", "deleted": True})

    def _input_items(self, request: FakeRequest, params: list[str]) -> FakeReply:
        with self._lock:
            stored = self._stored.get(params[0])
            items = copy.deepcopy(stored[1]) if stored else None
        if items is None:
            return _not_found(params[0])
        limit_text = request.query.get("limit", "20")
        order = request.query.get("order", "desc")
        if not limit_text.isdigit() or not 1 <= int(limit_text) <= 100:
            return _error(400, f"Expected 'limit' between 1 and 100, got {limit_text!r}.", "limit")
        if order not in ("asc", "desc"):
            return _error(400, f"Expected 'order' to be 'asc' or 'desc', got {order!r}.", "order")
        page = paginate(items, after=request.query.get("after"), limit=int(limit_text), order=order)
        return FakeReply.from_json(page)


def schema_example(schema: Mapping[str, Any]) -> Any:
    """
    Return a small value that fits a JSON schema (the fake's answer to a structured request).

    Objects get every property, strings ``"text"``, numbers 0, booleans false, arrays one item,
    enums and unions their first choice (null only when nothing else fits, or to end a recursion).

    Args:
        schema: The schema; ``$ref`` to ``#/$defs/...`` (or ``#/definitions/...``) is resolved in it.
    """
    defs = {**(schema.get("definitions") or {}), **(schema.get("$defs") or {})}

    def example(node: Any, depth: int) -> Any:
        if not isinstance(node, Mapping):
            return None
        if "$ref" in node:
            name = str(node["$ref"]).rsplit("/", 1)[-1]
            return example(defs.get(name), depth + 1) if depth < 8 else None
        if "const" in node:
            return node["const"]
        if node.get("enum"):
            return node["enum"][0]
        members = node.get("anyOf") or node.get("oneOf")
        if members:
            real = [m for m in members if not (isinstance(m, Mapping) and m.get("type") == "null")]
            return example(real[0], depth) if real and depth < 6 else None
        kind = node.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if kinds else "null"
        if kind == "object":
            properties = node.get("properties") or {}
            return {name: example(sub, depth + 1) for name, sub in properties.items()}
        if kind == "array":
            return [example(node.get("items"), depth + 1)] if depth < 6 else []
        return {"string": "text", "integer": 0, "number": 0.0, "boolean": False}.get(str(kind))

    return example(schema, 0)


def _not_found(response_id: str) -> FakeReply:
    return _error(404, f"Response with id '{response_id}' not found.", code="not_found")


def _call_ids(items: Any) -> set[str]:
    return {
        str(item.get("call_id"))
        for item in items or []
        if isinstance(item, Mapping) and item.get("type") == "function_call"
    }


def _usage(usage: Mapping[str, Any] | None, input_words: int, output_words: int) -> dict[str, Any]:
    """Responses usage from word counts, or from a chat- or Responses-shaped override."""
    usage = usage or {}
    input_tokens = int(usage.get("input_tokens", usage.get("prompt_tokens", input_words)) or 0)
    output_tokens = int(
        usage.get("output_tokens", usage.get("completion_tokens", output_words)) or 0
    )
    return {
        "input_tokens": input_tokens,
        "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
        "output_tokens": output_tokens,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": int(usage.get("total_tokens", input_tokens + output_tokens) or 0),
        **{k: v for k, v in usage.items() if k.endswith("_details")},
    }


def response_events(response: Mapping[str, Any]) -> list[bytes]:
    """
    Cut a response into the SSE events the Responses API streams for it.

    ``response.created``, ``response.in_progress``; per output item ``response.output_item.added``,
    then for a message per content part ``response.content_part.added``, the text (or refusal)
    deltas and ``.done``, ``response.content_part.done``; for a function call the
    ``response.function_call_arguments.delta`` pieces and ``.done``; ``response.output_item.done``;
    and last ``response.completed`` (or ``response.incomplete``). Each event has a
    ``sequence_number`` and an ``event:`` line naming its type.

    Args:
        response: The whole response, as answered without streaming.
    """
    events: list[dict[str, Any]] = []

    def emit(kind: str, **fields: Any) -> None:
        events.append({"type": kind, "sequence_number": len(events), **fields})

    start = {**copy.deepcopy(dict(response)), "status": "in_progress", "output": [], "usage": None}
    start["completed_at"] = None
    start["incomplete_details"] = None
    emit("response.created", response=start)
    emit("response.in_progress", response=start)
    for index, item in enumerate(response["output"]):
        if item["type"] == "message":
            emit(
                "response.output_item.added",
                output_index=index,
                item={**item, "status": "in_progress", "content": []},
            )
            for part_index, part in enumerate(item["content"]):
                _part_events(emit, item["id"], index, part_index, part)
        elif item["type"] == "function_call":
            added = {**item, "status": "in_progress", "arguments": ""}
            emit("response.output_item.added", output_index=index, item=added)
            for piece in split_arguments(item["arguments"]):
                emit(
                    "response.function_call_arguments.delta",
                    item_id=item["id"],
                    output_index=index,
                    delta=piece,
                )
            emit(
                "response.function_call_arguments.done",
                item_id=item["id"],
                output_index=index,
                name=item["name"],
                arguments=item["arguments"],
            )
        else:
            emit("response.output_item.added", output_index=index, item=item)
        emit("response.output_item.done", output_index=index, item=item)
    final = (
        "response.incomplete" if response.get("status") == "incomplete" else "response.completed"
    )
    emit(final, response=copy.deepcopy(dict(response)))
    return [
        b"event: "
        + e["type"].encode()
        + b"\ndata: "
        + json.dumps(e, separators=(",", ":")).encode()
        + b"\n\n"
        for e in events
    ]


def _part_events(
    emit: Callable[..., None], item_id: str, index: int, part_index: int, part: dict[str, Any]
) -> None:
    where = {"item_id": item_id, "output_index": index, "content_index": part_index}
    if part["type"] == "output_text":
        emit("response.content_part.added", **where, part={**part, "text": ""})
        for piece in split_text(part["text"]):
            emit("response.output_text.delta", **where, delta=piece, logprobs=[])
        emit("response.output_text.done", **where, text=part["text"], logprobs=[])
    elif part["type"] == "refusal":
        emit("response.content_part.added", **where, part={**part, "refusal": ""})
        for piece in split_text(part["refusal"]):
            emit("response.refusal.delta", **where, delta=piece)
        emit("response.refusal.done", **where, refusal=part["refusal"])
    else:
        emit("response.content_part.added", **where, part=part)
    emit("response.content_part.done", **where, part=part)
