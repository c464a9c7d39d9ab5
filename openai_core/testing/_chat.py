"""
Chat completions as the fake provider writes them: whole JSON objects, or the same completion cut
into ``chat.completion.chunk`` events the way OpenAI streams them (a role delta, content, refusal or
tool-call argument pieces, a finish chunk, an optional usage chunk with empty ``choices``, then
``data: [DONE]``).

Token counts are word counts: deterministic, cheap, and good enough to check that usage adds up.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ._models import FakeReply, FakeRequest, sse_data

__all__ = [
    "build_completion",
    "build_tool_calls",
    "chat_reply",
    "completion_chunks",
    "count_words",
    "last_user_text",
    "make_usage",
    "prompt_words",
]

FINGERPRINT = "fp_fake"
_WORD = re.compile(r"\S+\s*|\s+")


def count_words(text: str) -> int:
    """Return the number of whitespace-separated words in ``text``."""
    return len(text.split())


def message_text(message: Any) -> str:
    """
    Return the text of a chat message: its string content, or its text parts joined by spaces.

    Args:
        message: A message dict as found in a request's ``messages``.
    """
    if not isinstance(message, Mapping):
        return ""
    content = message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = [p.get("text", "") for p in content if isinstance(p, Mapping)]
        return " ".join(part for part in parts if isinstance(part, str) and part)
    return ""


def last_user_text(body: Any) -> str:
    """
    Return the text of the last user message of a chat request body, or "" if there is none.

    Args:
        body: The parsed request body.
    """
    messages = body.get("messages") if isinstance(body, Mapping) else None
    if not isinstance(messages, list):
        return ""
    for message in reversed(messages):
        if isinstance(message, Mapping) and message.get("role") == "user":
            return message_text(message)
    return ""


def prompt_words(body: Any) -> int:
    """
    Count the words of every message in a chat request body (the fake's prompt tokens).

    Args:
        body: The parsed request body.
    """
    messages = body.get("messages") if isinstance(body, Mapping) else None
    if not isinstance(messages, list):
        return 0
    return sum(count_words(message_text(message)) for message in messages)


def make_usage(prompt_tokens: int, completion_tokens: int) -> dict[str, int]:
    """Return a usage object whose total is the sum of its parts."""
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def build_tool_calls(calls: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """
    Turn ``[{"name": ..., "arguments": ...}]`` into OpenAI tool calls with ids call_1, call_2, ...

    Args:
        calls: Each with ``name``, ``arguments`` (a dict, serialized as JSON, or a str sent as is)
            and optionally ``id``.

    Raises:
        ValueError: If a call has no ``name``.
    """
    result = []
    for index, call in enumerate(calls, start=1):
        if "name" not in call:
            raise ValueError(f"Expected each tool call to have a 'name', got {dict(call)!r}.")
        arguments = call.get("arguments", {})
        if not isinstance(arguments, str):
            arguments = json.dumps(arguments, separators=(",", ":"))
        result.append(
            {
                "id": call.get("id", f"call_{index}"),
                "type": "function",
                "function": {"name": call["name"], "arguments": arguments},
            }
        )
    return result


def build_completion(
    *,
    id: str,
    created: int,
    model: str,
    content: str | None = None,
    refusal: str | None = None,
    tool_calls: list[dict[str, Any]] | None = None,
    finish_reason: str = "stop",
    usage: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """
    Return a ``chat.completion`` object with one choice.

    Args:
        id: Completion id.
        created: Unix timestamp.
        model: Model name echoed back.
        content: Assistant text.
        refusal: Refusal text.
        tool_calls: Tool calls, as built by build_tool_calls.
        finish_reason: Why the answer ended.
        usage: Token usage.
    """
    message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": refusal}
    if tool_calls:
        message["tool_calls"] = tool_calls
    return {
        "id": id,
        "object": "chat.completion",
        "created": created,
        "model": model,
        "system_fingerprint": FINGERPRINT,
        "choices": [
            {"index": 0, "message": message, "logprobs": None, "finish_reason": finish_reason}
        ],
        "usage": dict(usage) if usage is not None else None,
    }


def chat_reply(request: FakeRequest, completion: Mapping[str, Any]) -> FakeReply:
    """
    Answer a chat request with a completion: as JSON, or as SSE chunks if it asked to stream.

    Args:
        request: The chat request.
        completion: The completion to send.
    """
    if not request.is_stream:
        return FakeReply.from_json(completion)
    options = request.json.get("stream_options")
    include_usage = isinstance(options, Mapping) and options.get("include_usage") is True
    return FakeReply.from_sse(completion_chunks(completion, include_usage=include_usage))


def completion_chunks(completion: Mapping[str, Any], *, include_usage: bool) -> list[bytes]:
    """
    Cut a completion into the SSE events OpenAI would stream for it, ``[DONE]`` included.

    Args:
        completion: A ``chat.completion`` object with one choice.
        include_usage: Whether to end with a usage chunk (``stream_options.include_usage``).
    """
    choice = completion["choices"][0]
    message = choice["message"]
    deltas: list[dict[str, Any]] = [{"role": "assistant", "content": ""}]
    deltas += [{"content": piece} for piece in split_text(message.get("content") or "")]
    deltas += [{"refusal": piece} for piece in split_text(message.get("refusal") or "")]
    deltas += _tool_call_deltas(message.get("tool_calls") or [])
    usage_field = {"usage": None} if include_usage else {}
    events = [_chunk(completion, delta, None, usage_field) for delta in deltas]
    events.append(_chunk(completion, {}, choice["finish_reason"], usage_field))
    if include_usage:
        events.append({**_chunk_head(completion), "choices": [], "usage": completion["usage"]})
    return [sse_data(event) for event in events] + [sse_data("[DONE]")]


def split_text(text: str) -> list[str]:
    """
    Split text into word-sized deltas; a single word still comes in two pieces.

    Args:
        text: The text to split; "" gives no pieces.
    """
    pieces = _WORD.findall(text)
    if len(pieces) == 1 and len(text) > 1:
        middle = len(text) // 2
        return [text[:middle], text[middle:]]
    return pieces


def split_arguments(arguments: str, parts: int = 3) -> list[str]:
    """
    Split a tool call's argument string into up to ``parts`` non-empty pieces.

    Args:
        arguments: The JSON argument string.
        parts: How many pieces to aim for.
    """
    size = max(1, -(-len(arguments) // parts))
    return [arguments[start : start + size] for start in range(0, len(arguments), size)]


def _tool_call_deltas(tool_calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    deltas: list[dict[str, Any]] = []
    for index, call in enumerate(tool_calls):
        function = call["function"]
        head = {"name": function["name"], "arguments": ""}
        deltas.append(
            {
                "tool_calls": [
                    {"index": index, "id": call["id"], "type": "function", "function": head}
                ]
            }
        )
        for piece in split_arguments(function["arguments"]):
            deltas.append({"tool_calls": [{"index": index, "function": {"arguments": piece}}]})
    return deltas


def _chunk_head(completion: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "id": completion["id"],
        "object": "chat.completion.chunk",
        "created": completion["created"],
        "model": completion["model"],
        "system_fingerprint": completion.get("system_fingerprint"),
    }


def _chunk(
    completion: Mapping[str, Any],
    delta: dict[str, Any],
    finish_reason: str | None,
    extra: dict[str, Any],
) -> dict[str, Any]:
    choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
    return {**_chunk_head(completion), "choices": [choice], **extra}
