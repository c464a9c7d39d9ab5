"""
A fast reader for the common shape of `chat.completion.chunk`, falling back to `from_dict`.

Nearly every chunk of a chat stream has one shape: the header keys, one choice with a delta of
text, `logprobs` and `finish_reason` null. The generated `from_dict` reads every field with a
lookup and a type test, three models deep; for that shape the result is the same as passing the
dict's keys as keywords, because the wire names of these fields are their attribute names and
a key the dict lacks reads as the field's default (UNSET) in both. The reader below does that
when, and only when, the dict has that shape: keys it knows, the required fields present and not
null, no nested object it would have to build (usage, logprobs, tool calls), a delta and a list
of choices of the right types. Anything else, such as Azure's filter chunks, unknown keys,
missing or null required fields, or the usage chunk, goes to `from_dict`, so the
lenient semantics (`additional_properties`, missing required fields, `validation_issues`) are
those of the generated model in every case; the tests compare both on odd chunks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._model_build import load_model

__all__ = ["CHOICE_KEYS", "CHUNK_KEYS", "DELTA_KEYS", "chunk_reader"]

CHUNK_KEYS = frozenset(
    {
        "id",
        "object",
        "created",
        "model",
        "choices",
        "service_tier",
        "system_fingerprint",
        "obfuscation",
        "usage",
    }
)
"""Chunk keys the fast path reads as keywords (`usage` only when null)."""
CHOICE_KEYS = frozenset({"index", "delta", "logprobs", "finish_reason"})
"""Choice keys the fast path reads as keywords (`logprobs` only when null)."""
DELTA_KEYS = frozenset({"content", "role", "refusal"})
"""Delta keys the fast path reads as keywords; a delta with others is built by `from_dict`."""


def chunk_reader(chunk_model: Any) -> Callable[[dict[str, Any]], Any]:
    """
    Return a function reading one chunk dict as `chunk_model` (the generated ChatCompletionChunk).

    The function gives the same model `chunk_model.from_dict` gives, for every input.
    """
    choice_model = load_model("chat_completion_chunk_choice:ChatCompletionChunkChoice")
    delta_model = load_model("chat_completion_chunk_delta:ChatCompletionChunkDelta")
    slow_chunk = chunk_model.from_dict
    slow_choice = choice_model.from_dict
    slow_delta = delta_model.from_dict
    chunk_keys = CHUNK_KEYS
    choice_keys = CHOICE_KEYS
    delta_keys = DELTA_KEYS

    def read_choice(data: Any) -> Any:
        if type(data) is not dict or not data.keys() <= choice_keys:
            return slow_choice(data) if isinstance(data, dict) else data
        delta = data.get("delta")
        if type(delta) is not dict or data.get("index") is None or data.get("logprobs") is not None:
            return slow_choice(data)
        choice = choice_model(**data)
        choice.delta = delta_model(**delta) if delta.keys() <= delta_keys else slow_delta(delta)
        return choice

    def read(data: dict[str, Any]) -> Any:
        choices = data.get("choices")
        if (
            type(choices) is not list
            or not data.keys() <= chunk_keys
            or data.get("usage") is not None
            or data.get("id") is None
            or data.get("created") is None
            or data.get("model") is None
        ):
            return slow_chunk(data)
        chunk = chunk_model(**data)
        # Nearly every chunk has one choice; a comprehension would cost a frame more (3.11).
        if len(choices) == 1:
            chunk.choices = [read_choice(choices[0])]
        else:
            chunk.choices = [read_choice(choice) for choice in choices]
        return chunk

    return read
