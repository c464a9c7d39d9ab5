from __future__ import annotations

import dataclasses
import enum
import json
import sys
from typing import Annotated, Any, Literal, TypedDict

import attrs
import pytest

from openai_core._exceptions import (
    ContentFilterFinishReasonError,
    LengthFinishReasonError,
    RefusalError,
    ResponseValidationError,
)
from openai_core._structured.parsing import (
    ParsedChatCompletion,
    parse_completion,
    parse_content_as,
    parse_json_as,
    parse_partial_json,
)
from openai_core._structured.schema import SchemaError
from openai_core._tools.runners import ToolDefinition, ToolRegistry

if sys.version_info >= (3, 11):
    from typing import NotRequired
else:  # pragma: no cover - Python 3.10
    from typing_extensions import NotRequired


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


@attrs.define
class Item:
    name: str
    price: float
    color: Color = Color.RED


@dataclasses.dataclass
class Order:
    id: int
    items: list[Item]
    note: str | None = None
    priority: Level = Level.LOW
    tags: tuple[str, ...] = ()


class Movie(TypedDict):
    title: str
    year: NotRequired[int]


@attrs.define
class Validated:
    amount: int = attrs.field(validator=attrs.validators.ge(0))


@attrs.define
class Private:
    _secret: str


@attrs.define
class Recursive:
    value: int
    children: list[Recursive] = attrs.field(factory=list)


ORDER = {
    "id": 7,
    "items": [{"name": "pen", "price": 2}, {"name": "ink", "price": 3.5, "color": "blue"}],
    "note": None,
    "priority": 2,
    "tags": ["a", "b"],
}


def test_builds_nested_instances():
    order = parse_json_as(Order, ORDER)

    assert order == Order(
        id=7,
        items=[Item("pen", 2.0), Item("ink", 3.5, Color.BLUE)],
        note=None,
        priority=Level.HIGH,
        tags=("a", "b"),
    )
    assert isinstance(order.items[0].price, float)


def test_null_for_a_non_nullable_field_with_default_uses_the_default():
    item = parse_json_as(Item, {"name": "pen", "price": 1, "color": None})

    assert item.color is Color.RED


def test_typeddict_is_a_checked_dict_and_null_not_required_key_is_absent():
    assert parse_json_as(Movie, {"title": "Up", "year": 2009}) == {"title": "Up", "year": 2009}
    assert parse_json_as(Movie, {"title": "Up", "year": None}) == {"title": "Up"}
    assert parse_json_as(Movie, {"title": "Up", "extra": 1}) == {"title": "Up"}


def test_recursive_type_and_private_attrs_field():
    tree = parse_json_as(Recursive, {"value": 1, "children": [{"value": 2, "children": None}]})

    assert tree == Recursive(1, [Recursive(2)])
    assert parse_json_as(Private, {"_secret": "s"}) == Private("s")


@pytest.mark.parametrize(
    ("tp", "value", "expected"),
    [
        (int, 3, 3),
        (int, 3.0, 3),
        (float, 3, 3.0),
        (bool, True, True),
        (str, "x", "x"),
        (None, None, None),
        (Literal["a", 1], 1, 1),
        (int | str, "x", "x"),
        (int | None, None, None),
        (list[int], [1, 2], [1, 2]),
        (set[int], [1, 1], {1}),
        (tuple[int, str], [1, "a"], (1, "a")),
        (dict[str, int], {"a": 1}, {"a": 1}),
        (Annotated[int, "doc"], 5, 5),
        (Any, {"x": [1]}, {"x": [1]}),
        ({"type": "object"}, {"x": 1}, {"x": 1}),
        (Level, 1, Level.LOW),
    ],
)
def test_parse_json_as_success(tp, value, expected):
    assert parse_json_as(tp, value) == expected


@pytest.mark.parametrize(
    ("tp", "value", "path", "words"),
    [
        (int, True, "$", ["an integer", "bool"]),
        (int, 1.5, "$", ["an integer"]),
        (str, 3, "$", ["a string", "int 3"]),
        (float, "1", "$", ["a number"]),
        (None, 0, "$", ["null"]),
        (Literal["a", "b"], "c", "$", ["one of ['a', 'b']", "'c'"]),
        (Color, "green", "$", ["'red'", "'blue'", "Color"]),
        (list[int], [1, "x"], "$[1]", ["an integer"]),
        (tuple[int, int], [1], "$", ["an array of 2 items"]),
        (dict[str, int], {"my key": "x"}, '$["my key"]', ["an integer"]),
        (
            Order,
            {**ORDER, "items": [*ORDER["items"], {"name": 5, "price": 1}]},
            "$.items[2].name",
            ["a string", "int 5"],
        ),
        (Order, {"items": []}, "$.id", ["Missing required field 'id'"]),
        (Order, [], "$", ["an object (Order)"]),
        (Item, {"name": None, "price": 1}, "$.name", ["a string", "null"]),
        (int | str, [1], "$", ["one of int | str"]),
        (Item | int, {"name": "x", "price": "p"}, "$.price", ["a number"]),
        (Validated, {"amount": -1}, "$", ["Could not build Validated"]),
        (set[list[int]], [[1]], "$", ["hashable"]),
    ],
)
def test_parse_json_as_failure_names_the_path(tp, value, path, words):
    with pytest.raises(ResponseValidationError) as info:
        parse_json_as(tp, value)

    assert info.value.path == path
    for word in words:
        assert word in str(info.value)
    assert path in str(info.value)


def test_failure_keeps_the_bad_value():
    with pytest.raises(ResponseValidationError) as info:
        parse_json_as(list[int], [1, "x"])

    assert info.value.value == "x"


def test_unsupported_target_type_is_a_schema_error():
    with pytest.raises(SchemaError):
        parse_json_as(complex, 1)


def test_parse_content_as_decodes_json():
    assert parse_content_as(Item, '{"name": "a", "price": 1}') == Item("a", 1.0)


def test_parse_content_as_reports_bad_json_at_root():
    with pytest.raises(ResponseValidationError) as info:
        parse_content_as(Item, '{"name": ')

    assert info.value.path == "$"
    assert info.value.value == '{"name": '


# --- partial JSON --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("  ", None),
        ("{", {}),
        ('{"na', {}),
        ('{"name"', {}),
        ('{"name":', {}),
        ('{"name": "Pa', {"name": "Pa"}),
        ('{"name": "Paris", ', {"name": "Paris"}),
        ('{"a": [1, 2,', {"a": [1, 2]}),
        ('{"a": [1, 2.5e', {"a": [1, 2.5]}),
        ('{"a": -', {}),
        ('{"a": tr', {}),
        ('{"a": true, "b": nul', {"a": True}),
        ('{"a": "x\\u00e', {"a": "x"}),
        ('{"a": "x\\', {"a": "x"}),
        ('{"a": "line\\nnext', {"a": "line\nnext"}),
        ('[{"x": 1}, {"y"', [{"x": 1}, {}]),
        ("[1, [2, [3", [1, [2, [3]]]),
        ('"abc', "abc"),
        ("12", 12),
    ],
)
def test_partial_json_closes_what_is_open(text, expected):
    assert parse_partial_json(text) == expected


def test_partial_json_of_every_prefix_of_a_document_never_fails():
    document = json.dumps({"city": "Zürich", "temps": [1.5, -2, 3e2], "ok": True, "x": None})

    values = [parse_partial_json(document[:i]) for i in range(len(document) + 1)]

    assert values[-1] == json.loads(document)
    assert all(v is None or isinstance(v, dict) for v in values)


@pytest.mark.parametrize("text", ["}", "[1 2]", '{"a": 1} x', "{1: 2}", '{"a" 1}', "nope", "01"])
def test_partial_json_refuses_what_no_json_starts_with(text):
    with pytest.raises(ResponseValidationError):
        parse_partial_json(text)


# --- parse_completion ----------------------------------------------------------------------------


def completion(message: dict[str, Any], finish_reason: str = "stop") -> dict[str, Any]:
    return {
        "id": "c1",
        "object": "chat.completion",
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason}],
    }


class WithToDict:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        return self.data


@pytest.mark.parametrize("wrap", [lambda d: d, WithToDict], ids=["dict", "object"])
def test_parse_completion_parses_content(wrap):
    response = wrap(completion({"role": "assistant", "content": '{"name": "a", "price": 2}'}))

    parsed = parse_completion(Item, response)

    assert isinstance(parsed, ParsedChatCompletion)
    assert parsed.parsed == Item("a", 2.0)
    assert parsed.response is response


def test_parse_completion_refusal_raises_with_text():
    response = completion({"role": "assistant", "content": None, "refusal": "I can't."})

    with pytest.raises(RefusalError) as info:
        parse_completion(Item, response)

    assert info.value.refusal == "I can't."
    assert info.value.completion is response


@pytest.mark.parametrize(
    ("reason", "error"),
    [("length", LengthFinishReasonError), ("content_filter", ContentFilterFinishReasonError)],
)
def test_parse_completion_finish_reasons_raise(reason, error):
    response = completion({"role": "assistant", "content": '{"name": "a", "pri'}, reason)

    with pytest.raises(error) as info:
        parse_completion(Item, response)

    assert info.value.completion is response


def test_parse_completion_without_content_gives_none():
    assert parse_completion(Item, completion({"role": "assistant", "content": None})).parsed is None


def test_parse_completion_bad_content_names_path():
    response = completion({"role": "assistant", "content": '{"name": "a", "price": "x"}'})

    with pytest.raises(ResponseValidationError) as info:
        parse_completion(Item, response)

    assert info.value.path == "$.price"


def test_parse_completion_without_choices_is_a_validation_error():
    with pytest.raises(ResponseValidationError) as info:
        parse_completion(Item, {"choices": []})

    assert info.value.path == "$.choices"


def test_parse_completion_reads_typed_tool_arguments():
    registry = ToolRegistry([ToolDefinition.from_type(Item, name="record_item")])
    call = {
        "id": "call_1",
        "type": "function",
        "function": {"name": "record_item", "arguments": '{"name": "b", "price": 1}'},
    }
    response = completion({"role": "assistant", "content": None, "tool_calls": [call]})

    parsed = parse_completion(Item, response, tools=registry)

    assert parsed.parsed == Item("b", 1.0)
