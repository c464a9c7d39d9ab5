"""
Property tests (hypothesis): the SSE decoder and the chat stream state on arbitrary bytes and
splits, the error-body parsers on arbitrary JSON, and the strict-schema converter on generated
dataclasses and TypedDicts. Each either gives a well-formed result or raises the SDK's own error.
"""

from __future__ import annotations

import dataclasses
import enum
import itertools
import json
import keyword
import typing
from typing import Any, Literal, Optional

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openai_core import APIError, OpenAICoreError, extract_error, get_provider
from openai_core._errors_map import error_from_response
from openai_core._exceptions import STATUS_ERRORS, InternalServerError
from openai_core._streaming.chat_state import ChatStreamState
from openai_core._streaming.errors import api_error_from_payload
from openai_core._streaming.sse import SSEDecoder
from openai_core._structured.schema import to_strict_json_schema
from openai_core._structured.type_info import SchemaError

PROPERTY = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# -- strategies ---------------------------------------------------------------------------------

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)

_SSE_LINES = [
    b"data: x", b"data:", b"data", b"data: [DONE]", b"data: {}", b"event: error", b"event:",
    b"id: 1", b"id: a\x00b", b"retry: 10", b"retry: x", b": comment", b":", b"", b"\xef\xbb\xbf",
    b"data: \xc3", b"\xa9", b"data:\xff",
]  # fmt: skip
sse_like = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(_SSE_LINES), st.binary(max_size=8)),
        st.sampled_from([b"\n", b"\r\n", b"\r", b""]),
    ),
    max_size=25,
).map(lambda parts: b"".join(line + end for line, end in parts))
any_body = st.one_of(sse_like, st.binary(max_size=400))

_CHUNK_KEYS = [
    "id", "object", "created", "model", "choices", "index", "delta", "role", "content",
    "refusal", "tool_calls", "function", "name", "arguments", "finish_reason", "usage",
    "logprobs", "type", "error", "message",
]  # fmt: skip
chunk_like = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(_CHUNK_KEYS), inner, max_size=5),
    ),
    max_leaves=25,
)


def split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({min(cut, len(data)) for cut in cuts})
    edges = [0, *points, len(data)]
    return [data[a:b] for a, b in itertools.pairwise(edges)]


def decode(chunks: list[bytes]) -> list[tuple[Any, ...]]:
    decoder = SSEDecoder()
    events = [e for chunk in chunks for e in decoder.feed(chunk)] + decoder.end()
    return [(e.data, e.event, e.id, e.retry) for e in events]


# -- SSE decoder and chat stream state ----------------------------------------------------------


@PROPERTY
@given(any_body, st.lists(st.integers(min_value=0, max_value=400), max_size=12))
def test_sse_decoding_never_fails_and_does_not_depend_on_the_splits(body, cuts):
    assert decode(split(body, cuts)) == decode([body])


@PROPERTY
@given(any_body)
def test_sse_decoding_byte_by_byte_matches_the_whole_body(body):
    assert decode([body[i : i + 1] for i in range(len(body))]) == decode([body])


def feed_all(state: ChatStreamState[Any], chunks: list[bytes], events: bool) -> None:
    for piece in chunks:
        if events:
            state.feed_events(piece)
        else:
            state.feed(piece)
    state.end([] if events else None)


@PROPERTY
@given(any_body, st.lists(st.integers(min_value=0, max_value=400), max_size=8), st.booleans())
def test_the_chat_stream_state_only_raises_sdk_errors_on_any_bytes(body, cuts, events):
    state: ChatStreamState[Any] = ChatStreamState(dict)
    try:
        feed_all(state, split(body, cuts), events)
    except OpenAICoreError:
        pass
    assert isinstance(state.snapshot(), dict)


@PROPERTY
@given(st.lists(chunk_like, max_size=6), st.booleans(), st.booleans())
def test_the_chat_stream_state_only_raises_sdk_errors_on_any_json(values, done, events):
    body = b"".join(b"data: " + json.dumps(v).encode() + b"\n\n" for v in values)
    if done:
        body += b"data: [DONE]\n\n"
    state: ChatStreamState[Any] = ChatStreamState(dict)
    try:
        feed_all(state, [body], events)
    except OpenAICoreError:
        pass
    assert isinstance(state.snapshot(), dict)


# -- error bodies -------------------------------------------------------------------------------

_ERROR_KEYS = ["error", "message", "msg", "detail", "type", "code", "param", "base_resp",
               "status_code", "status_msg", "status", "loc"]  # fmt: skip
error_like = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(_ERROR_KEYS), inner, max_size=5),
    ),
    max_leaves=20,
)


@PROPERTY
@given(st.one_of(error_like, json_values))
def test_extract_error_reads_any_json_into_text_fields(body):
    info = extract_error(body)

    for value in (info.message, info.type, info.code, info.param):
        assert value is None or isinstance(value, str)


@PROPERTY
@given(
    st.integers(min_value=400, max_value=599),
    st.one_of(
        st.binary(max_size=200),
        st.one_of(error_like, json_values).map(lambda v: json.dumps(v).encode()),
    ),
    st.sampled_from(["openai", "azure", "minimax", "deepseek"]),
)
def test_any_error_response_becomes_the_typed_api_error(status, content, provider_name):
    response = httpx.Response(status, content=content, headers={"x-request-id": "req_1"})

    error = error_from_response(response, get_provider(provider_name))

    expected = InternalServerError if status >= 500 else STATUS_ERRORS.get(status, APIError)
    assert type(error) is expected
    assert (error.status_code, error.request_id) == (status, "req_1")
    assert isinstance(error.message, str) and error.message
    assert isinstance(str(error), str) and isinstance(repr(error), str)


@PROPERTY
@given(st.one_of(error_like, json_values))
def test_any_stream_error_payload_becomes_an_api_error(payload):
    error = api_error_from_payload(payload, request_id="req_2")

    assert isinstance(error, APIError)
    assert isinstance(error.message, str)
    assert error.status_code is None or 100 <= error.status_code <= 599
    assert isinstance(str(error), str)


def test_an_empty_stream_error_payload_still_has_a_message():
    assert api_error_from_payload("", request_id="req_1").message


# -- strict schemas from generated types --------------------------------------------------------

_names = itertools.count()


def _fresh(prefix: str) -> str:
    return f"{prefix}{next(_names)}"


def _make_enum(values: list[Any]) -> type:
    return enum.Enum(_fresh("Choice"), {f"m{i}": v for i, v in enumerate(values)})  # type: ignore[return-value]


leaf_types = st.one_of(
    st.sampled_from([str, int, float, bool, type(None), Any, object, dict, list]),
    st.sampled_from([Literal["a", "b"], Literal[1, 2], Literal["x"], Literal[True, None]]),
    st.lists(st.text(max_size=4), min_size=1, max_size=3, unique=True).map(_make_enum),
    st.lists(st.integers(0, 9), min_size=1, max_size=3, unique=True).map(_make_enum),
)


def _class_of(fields: list[tuple[str, Any, bool]], kind: str, total: bool) -> Any:
    if kind == "dataclass":
        ordered = sorted(fields, key=lambda f: f[2])  # fields with defaults last
        spec = [
            (name, tp, dataclasses.field(default=None)) if has_default else (name, tp)
            for name, tp, has_default in ordered
        ]
        return dataclasses.make_dataclass(_fresh("Model"), spec)
    return typing.TypedDict(_fresh("Shape"), {name: tp for name, tp, _ in fields}, total=total)  # type: ignore[operator]


def class_types(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    names = st.from_regex(r"[a-z][a-z0-9_]{0,6}", fullmatch=True).filter(
        lambda name: not keyword.iskeyword(name)
    )
    field = st.tuples(names, inner, st.booleans())
    return st.builds(
        _class_of,
        st.lists(field, min_size=0, max_size=4, unique_by=lambda f: f[0]),
        st.sampled_from(["dataclass", "typeddict"]),
        st.booleans(),
    )


def compound(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(
        inner.map(lambda t: list[t]),  # type: ignore[valid-type]
        inner.map(lambda t: Optional[t]),  # noqa: UP045 - built at run time
        st.tuples(inner, inner).map(lambda ts: typing.Union[ts[0], ts[1]]),  # noqa: UP007
        inner.map(lambda t: tuple[t, ...]),  # type: ignore[valid-type]
        st.tuples(inner, inner).map(lambda ts: tuple[ts[0], ts[1]]),  # type: ignore[valid-type]
        inner.map(lambda t: dict[str, t]),  # type: ignore[valid-type]
        class_types(inner),
    )


field_types = st.recursive(leaf_types, compound, max_leaves=8)
root_types = class_types(field_types)


def _walk(node: Any, root: dict[str, Any], path: str) -> None:
    """Check one schema node (and everything under it) against the strict rules."""
    assert isinstance(node, dict), f"{path}: expected a schema object, got {node!r}"
    assert "default" not in node, f"{path}: default left in"
    assert "oneOf" not in node and "allOf" not in node, f"{path}: oneOf/allOf left in"
    assert any(k in node for k in ("type", "anyOf", "$ref", "enum", "const")), f"{path}: untyped"
    if "$ref" in node:
        ref = node["$ref"]
        assert ref == "#" or (
            ref.startswith("#/$defs/") and ref[len("#/$defs/") :] in root.get("$defs", {})
        ), f"{path}: dangling $ref {ref!r}"
    kinds = node.get("type")
    kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
    if "object" in kinds or "properties" in node:
        assert node.get("additionalProperties") is False, f"{path}: additionalProperties"
        assert isinstance(node.get("properties"), dict), f"{path}: object without properties"
        assert sorted(node.get("required", [])) == sorted(node["properties"]), f"{path}: required"
        for name, sub in node["properties"].items():
            _walk(sub, root, f"{path}.{name}")
    if "array" in kinds:
        assert "items" in node or "prefixItems" in node, f"{path}: array without items"
        if isinstance(node.get("items"), dict):
            _walk(node["items"], root, f"{path}[*]")
        for index, sub in enumerate(node.get("prefixItems", [])):
            _walk(sub, root, f"{path}[{index}]")
    for index, sub in enumerate(node.get("anyOf", [])):
        _walk(sub, root, f"{path}|{index}")


def assert_strict(schema: dict[str, Any]) -> None:
    assert schema.get("type") == "object", f"root type {schema.get('type')!r}"
    _walk(schema, schema, "$")
    for name, sub in schema.get("$defs", {}).items():
        _walk(sub, schema, f"$defs.{name}")


@PROPERTY
@given(root_types)
def test_strict_schemas_of_generated_types_follow_the_rules_or_raise_schema_error(tp):
    try:
        schema = to_strict_json_schema(tp)
    except SchemaError:
        return
    assert_strict(schema)
    json.dumps(schema)  # plain JSON all the way down


@PROPERTY
@given(field_types)
def test_non_class_roots_are_refused_or_made_strict(tp):
    try:
        schema = to_strict_json_schema(tp)
    except SchemaError:
        return
    assert_strict(schema)


# -- strict schemas from hand-written dicts --------------------------------------------------------

_SCHEMA_KEYS = [
    "type", "properties", "required", "items", "anyOf", "oneOf", "allOf", "$ref", "$defs",
    "definitions", "additionalProperties", "enum", "const", "default", "description",
]  # fmt: skip
_schema_leaf = st.one_of(
    st.sampled_from(["object", "array", "string", "integer", "null", "#", "#/$defs/A"]),
    st.none(),
    st.booleans(),
    st.integers(),
)
_schema_like = st.recursive(
    _schema_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(_SCHEMA_KEYS), inner, max_size=4),
    ),
    max_leaves=20,
)


@pytest.mark.parametrize(
    "schema",
    [
        {"definitions": "object"},
        {"allOf": [[]]},
        {"oneOf": False},
        {"type": "object", "properties": [1]},
    ],
    ids=["defs-str", "allof-list", "oneof-bool", "properties-list"],
)
def test_a_malformed_schema_dict_raises_schema_error(schema):
    with pytest.raises(SchemaError):
        to_strict_json_schema(schema)


@PROPERTY
@given(st.dictionaries(st.sampled_from(_SCHEMA_KEYS), _schema_like, max_size=5))
def test_any_schema_dict_is_made_strict_or_refused_with_schema_error(schema):
    try:
        result = to_strict_json_schema(schema)
    except SchemaError:
        return
    assert_strict(result)
