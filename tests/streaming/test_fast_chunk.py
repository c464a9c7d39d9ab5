"""The fast chunk reader gives the model `from_dict` gives, on common and odd chunks alike."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from openai_core._exceptions import ResponseValidationError
from openai_core._generated.models.chat_completion_chunk import ChatCompletionChunk
from openai_core._generated.models.chat_completion_chunk_choice import ChatCompletionChunkChoice
from openai_core._generated.models.chat_completion_chunk_delta import ChatCompletionChunkDelta
from openai_core._streaming.chat import default_chunk_factory
from openai_core._streaming.errors import decode_json_data
from openai_core._streaming.fast_chunk import CHOICE_KEYS, CHUNK_KEYS, DELTA_KEYS, chunk_reader

COMMON: dict[str, Any] = {
    "id": "chatcmpl-1",
    "object": "chat.completion.chunk",
    "created": 1741569952,
    "model": "gpt-4o-mini",
    "service_tier": "default",
    "system_fingerprint": "fp_1",
    "choices": [
        {"index": 0, "delta": {"content": "Hello"}, "logprobs": None, "finish_reason": None}
    ],
}


def variant(**changes: Any) -> dict[str, Any]:
    chunk = copy.deepcopy(COMMON)
    for key, value in changes.items():
        if value is KeyError:
            del chunk[key]
        else:
            chunk[key] = value
    return chunk


def choice(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(COMMON["choices"][0])
    for key, value in changes.items():
        if value is KeyError:
            del data[key]
        else:
            data[key] = value
    return data


ODD_CHUNKS = {
    "common": COMMON,
    "first with role": variant(
        choices=[choice(delta={"role": "assistant", "content": "", "refusal": None})]
    ),
    "azure filter chunk": {
        "id": "",
        "object": "",
        "created": 0,
        "model": "",
        "choices": [],
        "prompt_filter_results": [{"prompt_index": 0, "content_filter_results": {}}],
    },
    "azure content filter in choice": variant(
        choices=[choice(content_filter_results={"hate": {"filtered": False}})]
    ),
    "empty object": variant(object=""),
    "no object": variant(object=KeyError),
    "no id": variant(id=KeyError),
    "null model": variant(model=None),
    "no created": variant(created=KeyError),
    "no choices": variant(choices=KeyError),
    "choices not a list": variant(choices="x"),
    "choice not a dict": variant(choices=[None, "x", 3]),
    "choice without delta": variant(choices=[choice(delta=KeyError)]),
    "choice with null index": variant(choices=[choice(index=None)]),
    "delta not a dict": variant(choices=[choice(delta="text")]),
    "empty logprobs": variant(choices=[choice(logprobs={})]),
    "logprobs": variant(choices=[choice(logprobs={"content": [], "refusal": None})]),
    "no logprobs": variant(choices=[choice(logprobs=KeyError, finish_reason=KeyError)]),
    "finish": variant(choices=[choice(delta={}, finish_reason="stop")]),
    "tool call delta": variant(
        choices=[
            choice(
                delta={
                    "tool_calls": [
                        {"index": 0, "id": "c", "type": "function", "function": {"name": "f"}}
                    ]
                }
            )
        ]
    ),
    "reasoning delta (unknown key)": variant(choices=[choice(delta={"reasoning_content": "r"})]),
    "unknown chunk key": variant(x_groq={"id": "q"}),
    "usage chunk": variant(choices=[], usage={"prompt_tokens": 1, "completion_tokens": 2}),
    "null usage": variant(usage=None),
    "wrong types": variant(created="yesterday", choices=[choice(index="0", delta={"content": 5})]),
    "two choices": variant(choices=[choice(), choice(index=1, delta={"content": "b"})]),
}


def shape(model: Any) -> Any:
    """Everything a caller can see of a model: fields, extras, missing keys, issues, to_dict."""
    if isinstance(model, list):
        return [shape(item) for item in model]
    if not hasattr(model, "to_dict"):
        return model
    return (
        type(model),
        model,
        getattr(model, "_oc_missing", ()),
        model.validation_issues(),
        json.dumps(model.to_dict(), sort_keys=True, default=repr),
        [shape(getattr(model, name)) for name in ("choices", "delta") if hasattr(model, name)],
    )


@pytest.mark.parametrize("name", sorted(ODD_CHUNKS))
def test_fast_reader_equals_from_dict(name: str) -> None:
    data = ODD_CHUNKS[name]
    fast = chunk_reader(ChatCompletionChunk)(copy.deepcopy(data))
    slow = ChatCompletionChunk.from_dict(copy.deepcopy(data))
    assert shape(fast) == shape(slow)


@pytest.mark.parametrize("name", sorted(ODD_CHUNKS))
def test_strict_factory_agrees_with_strict_from_dict(name: str) -> None:
    data = ODD_CHUNKS[name]
    issues = ChatCompletionChunk.from_dict(copy.deepcopy(data)).validation_issues()
    factory = default_chunk_factory(strict=True)
    if issues:
        with pytest.raises(ResponseValidationError):
            factory(copy.deepcopy(data))
    else:
        assert factory(copy.deepcopy(data)) == ChatCompletionChunk.from_dict(copy.deepcopy(data))


def test_the_fast_keys_are_fields_under_their_wire_names() -> None:
    # The fast path passes wire names as keywords: each must be the field of the same name.
    for model, keys in (
        (ChatCompletionChunk, CHUNK_KEYS),
        (ChatCompletionChunkChoice, CHOICE_KEYS),
        (ChatCompletionChunkDelta, DELTA_KEYS),
    ):
        for key in keys:
            built = model.from_dict({key: "marker"})
            assert getattr(built, key) == "marker", (model, key)
            assert not built.additional_properties, (model, key)


def test_the_common_chunk_takes_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    for model in (ChatCompletionChunk, ChatCompletionChunkChoice, ChatCompletionChunkDelta):
        original = model.from_dict

        def counting(data: Any, original: Any = original) -> Any:
            calls.append(data)
            return original(data)

        monkeypatch.setattr(model, "from_dict", counting)
    read = chunk_reader(ChatCompletionChunk)
    chunk = read(copy.deepcopy(COMMON))
    assert calls == []
    assert chunk.choices[0].delta.content == "Hello"
    read(ODD_CHUNKS["azure filter chunk"])
    assert len(calls) == 1


def test_decode_json_data_accepts_blanks_and_rejects_extra_data() -> None:
    assert decode_json_data('{"a": 1}') == {"a": 1}
    assert decode_json_data(' {"a": 1}\t') == {"a": 1}
    with pytest.raises(Exception, match="Extra data"):
        decode_json_data('{"a": 1} {"b": 2}')
    with pytest.raises(Exception, match="Expecting value"):
        decode_json_data("")
