"""
JSON schemas from Python types; pydantic is not needed (its models are taken when it is there).

Supported: attrs classes, dataclasses, pydantic v2 models (their `model_json_schema()`),
TypedDict (Required/NotRequired, total=False), Enum (str and
int values), Literal, Optional / `X | None`, Union, `list[X]` (and other sequences, sets),
`tuple[X, ...]`, fixed tuples (`prefixItems`), `dict[str, X]`, str/int/float/bool/None,
`Annotated[X, "description"]`, nested and recursive types. Named classes go to `$defs` and are
referenced as `#/$defs/Name`; the root class is inlined, so a reference back to it is `#`.

`to_json_schema` describes a type faithfully (defaults, free-form maps, `Any` as `{}`);
`to_strict_json_schema` (with `strict.make_strict`) turns that, or a hand-written schema, into what
the API accepts with `strict: true`, refusing what cannot be made strict.
"""

from __future__ import annotations

import enum
import json
import re
import typing
from functools import cache
from typing import Any, Literal

from .._exceptions import InvalidConfigError
from .._request import to_jsonable
from .pydantic_models import is_pydantic_model, pydantic_json_schema
from .strict import make_strict
from .type_info import (
    MAPPING_ORIGINS,
    NO_DEFAULT,
    SEQUENCE_ORIGINS,
    FieldInfo,
    SchemaError,
    class_fields,
    class_summary,
    is_model_class,
    is_union,
    split_annotated,
    type_label,
)

__all__ = [
    "SchemaError",
    "fields_to_json_schema",
    "response_format_for",
    "schema_name_for",
    "text_format_for",
    "to_json_schema",
    "to_strict_json_schema",
    "wrapped_json_schema",
    "wraps_root",
]

_PRIMITIVES: dict[Any, str] = {
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    type(None): "null",
    None: "null",
}
_NAME_RE = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")


def to_json_schema(tp: Any) -> dict[str, Any]:
    """
    Describe a Python type as a JSON schema (draft 2020-12 subset), not yet strict.

    Args:
        tp: A supported type (see the module docstring).

    Returns:
        A new schema dict; named classes other than the root live in `$defs`.

    Raises:
        SchemaError: The type (or one of its fields) is not supported; `path` names the field.
    """
    builder = _SchemaBuilder(root=tp)
    return builder.finish(builder.schema(tp, "$"))


def fields_to_json_schema(fields: typing.Sequence[FieldInfo]) -> dict[str, Any]:
    """
    Describe a list of fields (a tool function's parameters) as one object schema.

    Returns:
        An object schema with one property per field, not yet strict.
    """
    builder = _SchemaBuilder(root=None)
    return builder.finish(builder.object_schema(fields, None, "$"))


def schema_name_for(tp: Any) -> str:
    """
    Derive an API-safe name (`^[a-zA-Z0-9_-]{1,64}$`) from a type or a schema's title.

    Characters outside the allowed set become `_`; the result is cut at 64 characters.
    """
    if isinstance(tp, dict):
        raw = tp.get("title")
    else:
        raw = getattr(split_annotated(tp)[0], "__name__", None)
    name = re.sub(r"[^a-zA-Z0-9_-]", "_", raw if isinstance(raw, str) else "")[:64]
    return name or "response"


def response_format_for(
    tp: Any, name: str | None = None, *, description: str | None = None, strict: bool = True
) -> dict[str, Any]:
    """
    Build the `response_format` payload of a structured-output chat request.

    Args:
        tp: The type the answer must have, or a JSON-schema dict.
        name: Schema name; derived from the type's name (or the schema's title) when omitted.
        description: Optional description sent with the schema.
        strict: Convert to a strict schema (the default) or send the schema as it is.

    Returns:
        `{"type": "json_schema", "json_schema": {"name", "schema", "strict"}}`.

    Raises:
        SchemaError: The type cannot be expressed as a strict schema.
        InvalidConfigError: `name` does not match `^[a-zA-Z0-9_-]{1,64}$`.
    """
    if name is not None and not _NAME_RE.match(name):
        raise InvalidConfigError(
            f"Expected a schema name matching ^[a-zA-Z0-9_-]{{1,64}}$, got {name!r}; "
            "use letters, digits, '_' and '-' only."
        )
    raw = tp if isinstance(tp, dict) else wrapped_json_schema(tp)
    schema = to_strict_json_schema(raw) if strict else raw
    payload: dict[str, Any] = {"name": name or schema_name_for(tp), "schema": schema}
    if description is not None:
        payload["description"] = description
    payload["strict"] = strict
    return {"type": "json_schema", "json_schema": payload}


def text_format_for(
    tp: Any, name: str | None = None, *, description: str | None = None, strict: bool = True
) -> dict[str, Any]:
    """
    Build the `text.format` payload of a structured-output Responses API request.

    The same strict schema as `response_format_for`, laid out flat:
    `{"type": "json_schema", "name", "schema", "strict"}` (and `description` when given).

    Raises:
        SchemaError: The type cannot be expressed as a strict schema.
        InvalidConfigError: `name` does not match `^[a-zA-Z0-9_-]{1,64}$`.
    """
    payload = response_format_for(tp, name, description=description, strict=strict)
    return {"type": "json_schema", **payload["json_schema"]}


# The API wants an object at the root of a structured answer. A type whose schema is not an
# object (an Enum, a Literal, a list, a union) is asked for as `{"value": <the type>}`, and
# parse_completion unwraps it, so `parse(Color)` returns a Color.
ROOT_WRAPPER_KEY = "value"


def wraps_root(tp: Any) -> bool:
    """Whether `tp` is sent wrapped in `{"value": ...}` because its schema is not an object."""
    if isinstance(tp, dict):
        return False
    try:
        root = _root_type(tp)
    except TypeError:  # an unhashable type form: no cache
        root = _root_type.__wrapped__(tp)
    return bool(root != "object")


@cache
def _root_type(tp: Any) -> Any:
    schema = to_json_schema(tp)
    if "$ref" in schema and set(schema) <= {"$ref", "$defs"}:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = schema.get("$defs", {}).get(name, {})
    return schema.get("type")


def wrapped_json_schema(tp: Any) -> dict[str, Any]:
    """The JSON schema of `tp`, wrapped in an object when its root is not one."""
    schema = to_json_schema(tp)
    if not wraps_root(tp):
        return schema
    defs = schema.pop("$defs", None)
    wrapper: dict[str, Any] = {
        "type": "object",
        "properties": {ROOT_WRAPPER_KEY: schema},
        "required": [ROOT_WRAPPER_KEY],
        "additionalProperties": False,
    }
    if defs:
        wrapper["$defs"] = defs
    return wrapper


class _SchemaBuilder:
    """Walk a type once, collecting named classes into `$defs`."""

    def __init__(self, root: Any) -> None:
        self.root = split_annotated(root)[0] if root is not None else None
        self.defs: dict[str, dict[str, Any]] = {}
        self.names: dict[type, str] = {}
        self.building_root = False

    def finish(self, schema: dict[str, Any]) -> dict[str, Any]:
        if self.defs:
            schema["$defs"] = self.defs
        return schema

    def schema(self, tp: Any, path: str) -> dict[str, Any]:
        bare, description = split_annotated(tp)
        schema = self._bare_schema(bare, path)
        if description:
            schema["description"] = description
        return schema

    def _bare_schema(self, tp: Any, path: str) -> dict[str, Any]:
        if tp is Any or tp is object:
            return {}
        if tp in _PRIMITIVES:
            return {"type": _PRIMITIVES[tp]}
        origin = typing.get_origin(tp)
        if origin is Literal:
            return _enum_schema(list(typing.get_args(tp)))
        if is_union(tp):
            return _union_schema([self.schema(arg, path) for arg in typing.get_args(tp)])
        if tp in SEQUENCE_ORIGINS or origin in SEQUENCE_ORIGINS or tp is tuple or origin is tuple:
            return self._array_schema(tp, path)
        if tp in MAPPING_ORIGINS or origin in MAPPING_ORIGINS:
            return self._map_schema(tp, path)
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return self._enum_class_schema(tp)
        if is_model_class(tp):
            return self._class_ref(tp, path)
        if is_pydantic_model(tp):
            return self._pydantic_ref(tp)
        if isinstance(tp, str | typing.ForwardRef):
            raise SchemaError(
                f"Cannot resolve the annotation {tp!r} at {path}; define the type at module "
                "level so it can be looked up.",
                path=path,
            )
        raise SchemaError(
            f"Unsupported type {type_label(tp)} at {path}: expected str, int, float, bool, None, "
            "an Enum, a Literal, a list/tuple/dict, a union, an attrs class, a dataclass, a "
            "TypedDict or a pydantic model.",
            path=path,
        )

    def _array_schema(self, tp: Any, path: str) -> dict[str, Any]:
        args = typing.get_args(tp)
        is_tuple = tp is tuple or typing.get_origin(tp) is tuple
        if is_tuple and args and args[-1] is not Ellipsis:
            items = [self.schema(arg, f"{path}[{i}]") for i, arg in enumerate(args)]
            return {
                "type": "array",
                "prefixItems": items,
                "items": False,
                "minItems": len(items),
                "maxItems": len(items),
            }
        item_type = args[0] if args else Any
        return {"type": "array", "items": self.schema(item_type, f"{path}[*]")}

    def _map_schema(self, tp: Any, path: str) -> dict[str, Any]:
        args = typing.get_args(tp)
        if args and split_annotated(args[0])[0] is not str:
            raise SchemaError(
                f"JSON object keys are strings: expected dict[str, ...] at {path}, got "
                f"{type_label(tp)}.",
                path=path,
            )
        value_type = args[1] if len(args) == 2 else Any
        return {"type": "object", "additionalProperties": self.schema(value_type, f"{path}[*]")}

    def _enum_class_schema(self, tp: type[enum.Enum]) -> dict[str, Any]:
        schema = _enum_schema([member.value for member in tp])
        if summary := class_summary(tp):
            schema["description"] = summary
        return schema

    def _class_ref(self, tp: type, path: str) -> dict[str, Any]:
        if tp is self.root:
            if self.building_root:
                return {"$ref": "#"}
            self.building_root = True
            return self._class_schema(tp, path)
        if tp not in self.names:
            self.names[tp] = self._def_name(tp)
            self.defs[self.names[tp]] = {}  # placeholder: recursive references find the name
            self.defs[self.names[tp]] = self._class_schema(tp, path)
        return {"$ref": f"#/$defs/{self.names[tp]}"}

    def _pydantic_ref(self, tp: type) -> dict[str, Any]:
        schema = pydantic_json_schema(tp)
        # pydantic names its nested models in $defs itself; they join ours.
        for name, definition in schema.pop("$defs", {}).items():
            self.defs.setdefault(name, definition)
        if tp is self.root:
            return schema
        if tp not in self.names:
            self.names[tp] = self._def_name(tp)
            self.defs[self.names[tp]] = schema
        return {"$ref": f"#/$defs/{self.names[tp]}"}

    def _def_name(self, tp: type) -> str:
        base = schema_name_for(tp)
        name, n = base, 2
        # Two classes may share a __name__ (different modules); suffix the later ones.
        while name in self.defs:
            name, n = f"{base}{n}", n + 1
        return name

    def _class_schema(self, tp: type, path: str) -> dict[str, Any]:
        return self.object_schema(class_fields(tp), class_summary(tp), path)

    def object_schema(
        self, fields: typing.Sequence[FieldInfo], description: str | None, path: str
    ) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "object"}
        if description:
            schema["description"] = description
        schema["properties"] = {f.name: self._field_schema(f, f"{path}.{f.name}") for f in fields}
        schema["required"] = [f.name for f in fields if f.required]
        schema["additionalProperties"] = False
        return schema

    def _field_schema(self, field: FieldInfo, path: str) -> dict[str, Any]:
        schema = self.schema(field.type, path)
        if field.description:
            schema["description"] = field.description
        if field.default is not NO_DEFAULT:
            default = to_jsonable(field.default)
            try:
                json.dumps(default)
            except (TypeError, ValueError):
                return schema  # a default JSON cannot show is still applied when parsing
            schema["default"] = default
        return schema


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    raise SchemaError(f"Expected str, int, float, bool or None as a literal value, got {value!r}.")


def _enum_schema(values: list[Any]) -> dict[str, Any]:
    values = [v.value if isinstance(v, enum.Enum) else v for v in values]
    types: list[str] = []
    for value in values:
        if (kind := _json_type(value)) not in types:
            types.append(kind)
    return {"type": types[0] if len(types) == 1 else types, "enum": values}


def _union_schema(members: list[dict[str, Any]]) -> dict[str, Any]:
    # `int | str | None` reads best as a type list; anything richer stays an anyOf.
    if all(list(m) == ["type"] and isinstance(m["type"], str) for m in members):
        kinds = list(dict.fromkeys(m["type"] for m in members))
        return {"type": kinds[0] if len(kinds) == 1 else kinds}
    return {"anyOf": members}


def to_strict_json_schema(tp_or_schema: Any) -> dict[str, Any]:
    """
    Return the strict form of a JSON schema, or of a Python type's schema.

    Args:
        tp_or_schema: A JSON-schema dict, or a type accepted by `to_json_schema`.

    Returns:
        A new strict schema; the input is left unchanged.

    Raises:
        SchemaError: The schema cannot be made strict; `path` names the field.
    """
    if isinstance(tp_or_schema, dict):
        return make_strict(tp_or_schema)
    return make_strict(to_json_schema(tp_or_schema))
