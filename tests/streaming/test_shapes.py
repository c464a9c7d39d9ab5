"""
ShapeDecoder: the data lines of a stream decode exactly as `json.loads` decodes them, whether a
line is read through a learnt shape or parsed; recorded provider streams take the shape path.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openai_core._exceptions import StreamError
from openai_core._streaming import shapes
from openai_core._streaming.errors import decode_json_data
from openai_core._streaming.shapes import ShapeDecoder, learn

PROVIDERS = Path(__file__).parent.parent / "fixtures" / "providers"
STREAMS = sorted(PROVIDERS.glob("*/*.sse"))

HEAD = (
    '{"id":"chatcmpl-D8Z5oo6uDh67AD85p73ksdT1KxhE0","object":"chat.completion.chunk",'
    '"created":1770933892,"model":"gpt-4.1-nano-2025-04-14","choices":[{"index":0,"delta":'
)


def chunk(content: str, obfuscation: str = "Qup1") -> str:
    """An OpenAI-shaped chunk line with `content` (JSON-encoded here) and obfuscation padding."""
    return (
        HEAD + '{"content":' + json.dumps(content) + '},"logprobs":null,"finish_reason":null}],'
        '"usage":null,"obfuscation":"' + obfuscation + '"}'
    )


def data_lines(path: Path) -> list[str]:
    return [
        line[6:]
        for line in path.read_text().splitlines()
        if line.startswith("data: ") and line[6:].strip() not in ("", "[DONE]")
    ]


def decode_all(lines: list[str]) -> tuple[ShapeDecoder, list[Any]]:
    decoder = ShapeDecoder()
    return decoder, [decoder.decode(line) for line in lines]


@pytest.mark.parametrize("path", STREAMS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_recorded_streams_decode_as_json_does(path: Path) -> None:
    lines = data_lines(path)
    _, values = decode_all(lines)
    assert values == [json.loads(line) for line in lines]


def test_recorded_openai_stream_takes_the_shape_path() -> None:
    # Every content chunk of OpenAI's stream has the same text but `content` and `obfuscation`:
    # the role chunk, the first content chunk (the shape is learnt from it) and the finish and
    # usage chunks are parsed; the rest are read through the shape.
    lines = data_lines(PROVIDERS / "openai" / "stream.sse")
    decoder, _ = decode_all(lines)
    assert len(lines) > 10
    assert decoder.hits >= len(lines) - 5


def test_recorded_tool_call_streams_take_the_shape_path() -> None:
    # The arguments of a tool call stream as the changing string of one shape.
    for path in (
        PROVIDERS / "deepseek" / "stream_tool_call.sse",
        PROVIDERS / "xai" / "stream_tool_call.sse",
        PROVIDERS / "groq" / "stream_multi_tool.sse",
    ):
        lines = data_lines(path)
        decoder, _ = decode_all(lines)
        assert decoder.hits >= len(lines) // 2, path


def test_changing_strings_with_escapes_and_unicode() -> None:
    texts = ["Hello", ' "quoted"', "a\\b", "line\nbreak", "tab\t", "caf\u00e9", "\U0001f600", ""]
    lines = [chunk(text, obfuscation=str(i)) for i, text in enumerate(texts)]
    decoder, values = decode_all(lines)
    assert [v["choices"][0]["delta"]["content"] for v in values] == texts
    assert values == [json.loads(line) for line in lines]
    assert decoder.hits == len(texts) - 2


def test_values_share_no_container() -> None:
    decoder, values = decode_all([chunk("a"), chunk("b"), chunk("c"), chunk("d")])
    assert decoder.hits == 2
    values[2]["choices"][0]["delta"]["content"] = "changed"
    values[2]["choices"].append({})
    values[2]["extra"] = 1
    assert values[3] == json.loads(chunk("d"))
    assert decoder.decode(chunk("e")) == json.loads(chunk("e"))


def test_keys_of_shaped_values_are_interned() -> None:
    # Models built with Model(**value) match interned keys to their parameters by identity.
    decoder, values = decode_all([chunk("a"), chunk("b"), chunk("c")])
    assert decoder.hits == 1
    for key in values[2]:
        assert key is sys.intern(key)
    assert all(key is sys.intern(key) for key in values[2]["choices"][0]["delta"])


def test_a_line_of_another_shape_is_parsed() -> None:
    lines = [
        chunk("a"),
        chunk("b"),
        chunk("c").replace('"logprobs":null', '"logprobs":{"content":[]}'),
        chunk("d").replace("1770933892", "1770933893"),  # a number changed
        chunk("e").replace('"usage":null', '"usage":"x"'),
        chunk("f").replace('"content":"f"', '"content": "f"'),  # whitespace
        chunk("g") + " ",
        chunk("h"),
    ]
    decoder, values = decode_all(lines)
    assert values == [json.loads(line) for line in lines]
    # "c" fails to teach a shape with "b", "d" with "c" and "e" with "d" (keys, a number); "h"
    # is read through the first shape, which stays until another is learnt.
    assert decoder.hits == 1


def test_invalid_lines_fail_as_the_parser_fails() -> None:
    decoder, _ = decode_all([chunk("a"), chunk("b")])
    bad = [
        chunk("x").replace('"x"', '"a\x01b"'),  # a raw control character
        chunk("x").replace('"x"', '"a\\qb"'),  # an invalid escape
        chunk("x").replace('"x"', '"unterminated'),
        chunk("x")[:-1],
    ]
    for line in bad:
        with pytest.raises(StreamError):
            decode_json_data(line)
        with pytest.raises(StreamError):
            decoder.decode(line)
    assert decoder.decode(chunk("c")) == json.loads(chunk("c"))


PAD = '"padding":"' + "p" * 200 + '"'  # a long constant: lines worth a shape


def padded(text: str) -> str:
    return "{" + PAD + "," + text[1:]


def test_changing_keys_numbers_and_literals_give_no_shape() -> None:
    assert learn(padded('{"a":1,"b":"x"}'), padded('{"a":1,"c":"x"}')) is None  # a key
    assert learn(padded('{"a":1,"b":"x"}'), padded('{"a":2,"b":"x"}')) is None  # a number
    assert learn(padded('{"a":"1"}'), padded('{"a":1}')) is None
    assert learn(padded('{"a":true}'), padded('{"a":false}')) is None
    assert learn(padded('{"a":null}'), padded('{"a":"x"}')) is None
    assert learn(padded('{"a":"x"}'), padded('{"a":"x","b":"y"}')) is None
    # An overwritten duplicate key: its string is not where a value can take it.
    assert learn(padded('{"a":"x","a":"y"}'), padded('{"a":"z","a":"y"}')) is None
    shape = learn(padded('{"a":"x","a":"y"}'), padded('{"a":"x","a":"z"}'))
    assert shape is not None
    assert shape.read(padded('{"a":"q","a":"w"}')) is None  # the first "a" does not change
    assert shape.read(padded('{"a":"x","a":"w"}')) == {"padding": "p" * 200, "a": "w"}


def test_short_lines_are_parsed() -> None:
    # Copying the containers of a short line costs more than parsing it.
    assert (
        learn('{"choices":[{"delta":{"content":"x"}}]}', '{"choices":[{"delta":{"content":"y"}}]}')
        is None
    )
    assert (
        learn(
            padded('{"choices":[{"delta":{"content":"x"}}]}'),
            padded('{"choices":[{"delta":{"content":"y"}}]}'),
        )
        is not None
    )
    assert not shapes._worth_it(40, 4, 1)
    assert shapes._worth_it(265, 4, 1)
    assert shapes._worth_it(321, 4, 2)


def test_a_stream_without_shapes_stops_learning(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = shapes.learn

    def counting(first: str, second: str, value: Any = None) -> Any:
        calls.append(1)
        return real(first, second, value)

    monkeypatch.setattr(shapes, "learn", counting)
    lines = [f'{{"sequence_number":{i},"delta":"x{i}"}}' for i in range(2000)]
    decoder, values = decode_all(lines)
    assert values == [json.loads(line) for line in lines]
    assert decoder.hits == 0
    assert len(calls) == shapes._GIVE_UP


def test_a_new_shape_replaces_the_old_one() -> None:
    later = [chunk(text).replace('"index":0', '"index":1') for text in ("w", "x", "y", "z")]
    lines = [chunk("a"), chunk("b"), chunk("c"), *later, chunk("d")]
    decoder, values = decode_all(lines)
    assert values == [json.loads(line) for line in lines]
    # "c" through the shape of "a" and "b"; "w" fails with "b" (a number changed), "x" with "w"
    # gives the second shape; "y" and "z" through it.
    assert decoder.hits == 3


HYPOTHESIS_HITS: list[int] = []
_text = st.text(st.characters(codec="utf-8"), max_size=12)
_number = st.one_of(st.integers(), st.floats(allow_nan=False, allow_infinity=False))


@settings(max_examples=200, deadline=None)
@given(
    _number,
    st.lists(st.tuples(_text, _text, st.integers(0, 9), _number), min_size=1, max_size=16),
)
def test_any_sequence_decodes_as_json_does(
    first_number: float, rows: list[tuple[str, str, int, float]]
) -> None:
    # Mostly one skeleton with changing strings; now and then a number changes or a key comes.
    lines = []
    number, tools = first_number, False
    for content, padding, change, other_number in rows:
        if change == 0:
            number = other_number
        elif change == 1:
            tools = not tools
        value: dict[str, Any] = {
            "id": "chatcmpl-" + "x" * 200,  # long enough to be worth a shape
            "created": number,
            "choices": [{"index": 0, "delta": {"content": content}}],
            "obfuscation": padding,
        }
        if tools:
            value["choices"][0]["delta"]["tool_calls"] = [{"function": {"arguments": padding}}]
        lines.append(json.dumps(value, ensure_ascii=change % 2 == 0))
    decoder, values = decode_all(lines)
    HYPOTHESIS_HITS.append(decoder.hits)
    # json.dumps tells 1 from 1.0 and keeps key order, which == does not.
    assert json.dumps(values) == json.dumps([json.loads(line) for line in lines])


def test_any_sequence_went_through_shapes() -> None:
    # The test above compares nothing unless some of its lines were read through a shape.
    if not HYPOTHESIS_HITS:
        pytest.skip("runs after test_any_sequence_decodes_as_json_does")
    assert sum(HYPOTHESIS_HITS) >= 50
