from __future__ import annotations

import copy
import dataclasses
import enum
import sys
from typing import Annotated, Any, Literal, Optional, TypedDict, Union

import attrs
import pytest

from openai_core._exceptions import InvalidConfigError

if sys.version_info >= (3, 11):
    from typing import NotRequired, Required
else:  # pragma: no cover - Python 3.10
    from typing_extensions import NotRequired, Required

from openai_core._structured.schema import (
    SchemaError,
    response_format_for,
    schema_name_for,
    to_json_schema,
    to_strict_json_schema,
)

# --- the checker ---------------------------------------------------------------------------------

_TYPED = ("type", "anyOf", "$ref", "enum", "const")


def assert_strict(schema: dict[str, Any]) -> None:
    """Walk a schema and check every rule strict structured outputs impose."""
    assert schema.get("type") == "object", "the root must be an object"
    defs = schema.get("$defs", {})
    _check_node(schema, defs, "$", is_root=True)
    for name, sub in defs.items():
        _check_node(sub, defs, f"$defs.{name}", is_root=False)


def _check_node(node: Any, defs: dict[str, Any], path: str, *, is_root: bool) -> None:
    assert isinstance(node, dict), f"{path}: a schema must be an object"
    for banned in ("default", "oneOf", "allOf", "definitions", "patternProperties"):
        assert banned not in node, f"{path}: {banned} is not allowed"
    if not is_root:
        assert "$defs" not in node, f"{path}: $defs only at the root"
    if "$ref" in node:
        assert list(node) == ["$ref"], f"{path}: $ref must have no siblings"
        ref = node["$ref"]
        assert ref == "#" or (ref.startswith("#/$defs/") and ref[8:] in defs), path
        return
    assert any(k in node for k in _TYPED), f"{path}: a node must have a type"
    kinds = node.get("type")
    kinds = [kinds] if isinstance(kinds, str) else kinds or []
    if "object" in kinds or "properties" in node:
        assert node.get("additionalProperties") is False, f"{path}: additionalProperties"
        assert sorted(node["required"]) == sorted(node["properties"]), f"{path}: required"
        for key, sub in node["properties"].items():
            _check_node(sub, defs, f"{path}.{key}", is_root=False)
    if "array" in kinds:
        for i, sub in enumerate(node.get("prefixItems", [])):
            _check_node(sub, defs, f"{path}[{i}]", is_root=False)
        if node.get("items") is not False:
            _check_node(node["items"], defs, f"{path}[*]", is_root=False)
    if "enum" in node and kinds:
        for value in node["enum"]:
            assert _json_kind(value) in kinds, f"{path}: enum value {value!r} outside type"
    for sub in node.get("anyOf", []):
        _check_node(sub, defs, path, is_root=False)


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    return {float: "number", str: "string"}[type(value)]


def _nullable(node: dict[str, Any]) -> bool:
    kinds = node.get("type")
    if kinds == "null" or (isinstance(kinds, list) and "null" in kinds):
        return True
    return any(_nullable(sub) for sub in node.get("anyOf", []))


# --- types under test ----------------------------------------------------------------------------


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


@attrs.define
class Address:
    """
    A postal address.

    Attributes:
        city: The city name.
        zip: Postal code, when known.
    """

    city: str
    zip: str | None = None


@dataclasses.dataclass
class Tag:
    label: str = dataclasses.field(metadata={"description": "Short label."})
    weight: float = 1.0


class Movie(TypedDict):
    title: str
    year: NotRequired[int]


class Partial(TypedDict, total=False):
    a: int
    b: Required[str]


@attrs.define
class Node:
    value: int
    children: list[Node] = attrs.field(factory=list)


@attrs.define
class Tree:
    root: Node
    alt: Optional[Node] = None  # noqa: UP045 - Optional spelled the old way on purpose


@attrs.define
class Everything:
    """Every supported field kind."""

    text: str
    count: int
    ratio: float
    flag: bool
    nothing: None
    color: Color
    level: Level
    mode: Literal["a", "b"]
    maybe: int | None
    either: Union[int, str]  # noqa: UP007 - Union spelled the old way on purpose
    names: list[str]
    many: tuple[int, ...]
    pair: tuple[int, str]
    address: Address
    tags: list[Tag]
    movie: Movie
    partial: Partial
    described: Annotated[str, "Said with Annotated."]
    with_default: int = 3
    optional_address: Address | None = None


@attrs.define
class SelfRef:
    name: str
    parent: SelfRef | None = None


@attrs.define
class WithMap:
    scores: dict[str, int]


@attrs.define
class Inner:
    anything: Any


@attrs.define
class Outer:
    inner: Inner


@attrs.define
class Holder:
    outer: Outer


@attrs.define
class Untyped:
    x = attrs.field()  # type: ignore[var-annotated]


@attrs.define
class BareList:
    items: list  # type: ignore[type-arg]


# --- to_json_schema ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tp", "expected"),
    [
        (str, {"type": "string"}),
        (int, {"type": "integer"}),
        (float, {"type": "number"}),
        (bool, {"type": "boolean"}),
        (None, {"type": "null"}),
        (Color, {"type": "string", "enum": ["red", "blue"]}),
        (Level, {"type": "integer", "enum": [1, 2]}),
        (Literal["x", 1], {"type": ["string", "integer"], "enum": ["x", 1]}),
        (int | None, {"type": ["integer", "null"]}),
        (list[int], {"type": "array", "items": {"type": "integer"}}),
        (tuple[str, ...], {"type": "array", "items": {"type": "string"}}),
        (dict[str, int], {"type": "object", "additionalProperties": {"type": "integer"}}),
        (Annotated[int, "how many"], {"type": "integer", "description": "how many"}),
        (Any, {}),
    ],
)
def test_simple_types_map_to_json_schema(tp, expected):
    assert to_json_schema(tp) == expected


def test_fixed_tuple_uses_prefix_items():
    assert to_json_schema(tuple[int, str]) == {
        "type": "array",
        "prefixItems": [{"type": "integer"}, {"type": "string"}],
        "items": False,
        "minItems": 2,
        "maxItems": 2,
    }


def test_union_of_classes_uses_any_of_and_defs():
    schema = to_json_schema(Address | Tag)

    assert schema["anyOf"] == [{"$ref": "#/$defs/Address"}, {"$ref": "#/$defs/Tag"}]
    assert set(schema["$defs"]) == {"Address", "Tag"}


def test_attrs_class_docs_defaults_and_required():
    schema = to_json_schema(Address)

    assert schema == {
        "type": "object",
        "description": "A postal address.",
        "properties": {
            "city": {"type": "string", "description": "The city name."},
            "zip": {
                "type": ["string", "null"],
                "description": "Postal code, when known.",
                "default": None,
            },
        },
        "required": ["city"],
        "additionalProperties": False,
    }


def test_dataclass_field_metadata_gives_description():
    schema = to_json_schema(Tag)

    assert schema["properties"]["label"] == {"type": "string", "description": "Short label."}
    assert schema["properties"]["weight"] == {"type": "number", "default": 1.0}
    assert "description" not in schema  # the generated dataclass docstring is not a description


def test_typeddict_not_required_and_total_false():
    assert to_json_schema(Movie)["required"] == ["title"]
    assert to_json_schema(Partial)["required"] == ["b"]


def test_recursive_class_in_defs_refers_to_itself():
    schema = to_json_schema(Tree)

    node = schema["$defs"]["Node"]
    assert node["properties"]["children"]["items"] == {"$ref": "#/$defs/Node"}
    assert schema["properties"]["root"] == {"$ref": "#/$defs/Node"}


def test_recursive_root_refers_to_hash():
    schema = to_json_schema(SelfRef)

    assert schema["properties"]["parent"]["anyOf"][0] == {"$ref": "#"}
    assert "$defs" not in schema


def test_unsupported_type_is_refused_with_path():
    with pytest.raises(SchemaError) as info:
        to_json_schema(list[complex])

    assert info.value.path == "$[*]"
    assert "complex" in str(info.value)


def test_dict_with_non_string_keys_is_refused():
    with pytest.raises(SchemaError, match=r"dict\[str, \.\.\.\]"):
        to_json_schema(dict[int, str])


# --- strict conversion ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "tp", [Everything, Address, Tag, Movie, Partial, Tree, SelfRef, Node], ids=lambda t: t.__name__
)
def test_strict_schema_of_every_supported_type_follows_the_rules(tp):
    schema = to_strict_json_schema(tp)

    assert_strict(schema)


def test_strict_makes_optional_fields_required_and_nullable():
    schema = to_strict_json_schema(Everything)
    props = schema["properties"]

    assert _nullable(props["with_default"])
    assert _nullable(props["optional_address"])
    assert not _nullable(props["count"])
    assert props["with_default"] == {"type": ["integer", "null"]}


def test_strict_nullable_enum_gains_null_value():
    schema = to_strict_json_schema(
        {"type": "object", "properties": {"c": {"type": "string", "enum": ["a"]}}}
    )

    assert schema["properties"]["c"] == {"type": ["string", "null"], "enum": ["a", None]}


def test_strict_inlines_ref_with_description():
    schema = to_strict_json_schema(
        {
            "type": "object",
            "properties": {"home": {"$ref": "#/$defs/Address", "description": "Home."}},
            "required": ["home"],
            "$defs": {"Address": to_json_schema(Address)},
        }
    )

    assert_strict(schema)
    assert schema["properties"]["home"]["description"] == "Home."
    assert schema["properties"]["home"]["properties"]["city"] == {
        "type": "string",
        "description": "The city name.",
    }


def test_strict_converts_definitions_one_of_and_single_all_of():
    raw = {
        "type": "object",
        "properties": {
            "a": {"oneOf": [{"type": "string"}, {"$ref": "#/definitions/N"}]},
            "b": {"allOf": [{"$ref": "#/definitions/N"}]},
            "c": {"type": "integer", "default": 4},
        },
        "required": ["a", "b"],
        "definitions": {"N": {"type": "object", "properties": {"n": {"type": "integer"}}}},
    }
    before = copy.deepcopy(raw)

    schema = to_strict_json_schema(raw)

    assert_strict(schema)
    assert raw == before  # the input is not modified
    assert schema["properties"]["a"]["anyOf"][1] == {"$ref": "#/$defs/N"}
    assert schema["properties"]["b"] == {"$ref": "#/$defs/N"}
    assert schema["properties"]["c"] == {"type": ["integer", "null"]}
    assert schema["$defs"]["N"]["required"] == ["n"]


def test_strict_of_a_raw_dict_schema_passes_through_valid_parts():
    raw = {"type": "object", "properties": {"x": {"type": "string"}}, "required": ["x"]}

    assert to_strict_json_schema(raw) == {**raw, "additionalProperties": False}


def _refusal(tp_or_schema: Any) -> SchemaError:
    with pytest.raises(SchemaError) as info:
        to_strict_json_schema(tp_or_schema)
    return info.value


@pytest.mark.parametrize(
    ("value", "path", "message"),
    [
        (WithMap, "$.scores", "free-form map"),
        (Outer, "$.inner.anything", "has no type"),
        (Untyped, "$.x", "has no type"),
        (BareList, "$.items[*]", "has no type"),
        (int | str, "$", "union"),
        (Address | Tag, "$", "union"),
        (list[Address], "$", "must be an object"),
        (str, "$", "must be an object"),
        ({"type": "object"}, "$", "free-form map"),
        (
            {
                "type": "object",
                "properties": {"m": {"type": "object", "additionalProperties": True}},
            },
            "$.m",
            "free-form map",
        ),
        (
            {
                "type": "object",
                "properties": {"a": {"allOf": [{"type": "string"}, {"type": "string"}]}},
            },
            "$.a",
            "allOf",
        ),
        (
            {"type": "object", "properties": {"a": {"$ref": "#/$defs/Missing"}}},
            "$.a",
            "no definition",
        ),
        ({"type": "object", "properties": {"a": True}}, "$.a", "boolean schemas"),
    ],
)
def test_strict_refusals_name_the_field(value, path, message):
    error = _refusal(value)

    assert isinstance(error, InvalidConfigError)
    assert error.path == path
    assert message in str(error)


def test_dict_refusal_suggests_key_value_list():
    error = _refusal(WithMap)

    assert "list[KeyValue]" in str(error)
    assert "$.scores" in str(error)


def test_field_in_a_definition_is_named_by_its_first_use():
    error = _refusal(Holder)

    assert error.path == "$.outer.inner.anything"


# --- response_format_for -------------------------------------------------------------------------


def test_response_format_payload():
    payload = response_format_for(Address)

    assert payload["type"] == "json_schema"
    assert payload["json_schema"]["name"] == "Address"
    assert payload["json_schema"]["strict"] is True
    assert_strict(payload["json_schema"]["schema"])


def test_response_format_with_name_and_non_strict():
    payload = response_format_for(WithMap, "scores", strict=False)

    assert payload["json_schema"]["name"] == "scores"
    assert payload["json_schema"]["strict"] is False
    assert payload["json_schema"]["schema"]["properties"]["scores"]["additionalProperties"]


def test_response_format_rejects_bad_explicit_name():
    with pytest.raises(InvalidConfigError, match="letters, digits"):
        response_format_for(Address, "my schema!")


@pytest.mark.parametrize(
    ("tp", "name"),
    [
        (Address, "Address"),
        ({"title": "My Schema/v2"}, "My_Schema_v2"),
        ({}, "response"),
        (type("X" * 80, (), {}), "X" * 64),
    ],
)
def test_schema_name_is_sanitized(tp, name):
    assert schema_name_for(tp) == name
