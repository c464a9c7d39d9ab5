"""
Conversion of a JSON schema into the strict form the API accepts for structured outputs.

Rules applied to every node (the input is never modified):

- every object gets `additionalProperties: false` and lists every property in `required`;
  properties that were optional become nullable (`"type": [..., "null"]`, or
  `anyOf: [..., {"type": "null"}]` for objects, arrays, references and unions), so the model
  sends `null` where it has nothing to say, and the parser then applies the Python default;
- `definitions` become `$defs` at the root, referenced as `#/$defs/Name` (or `#` for the root);
- `oneOf` becomes `anyOf`; an `allOf` with one schema is merged into its parent;
- a `$ref` with sibling keys (a description next to a reference, say) is inlined: the target is
  copied and the siblings are merged over it;
- `default` is dropped.

Refused, with a `SchemaError` naming the field path (a JSONPath into the data):

- free-form maps (`dict[str, X]`, `additionalProperties` that is a schema or true, objects without
  properties): strict mode needs every key declared. We refuse rather than silently change the
  data's shape; use `list[KeyValue]` (a class with `key` and `value` fields) or a class with named
  fields, or send the schema with `strict=False`;
- a root that is not an object, unions included: the API wants an object at the root. We refuse
  rather than wrap it, so that what the model returns is exactly the declared type; wrap it
  yourself in a class with one field;
- nodes with no type at all (`Any`, `object`, an unannotated field or parameter);
- `allOf` with several schemas, and references that point nowhere.
"""

from __future__ import annotations

import copy
from typing import Any

from .type_info import SchemaError

__all__ = ["make_strict"]

_TYPED_KEYS = ("type", "anyOf", "$ref", "enum", "const", "properties")
_MAX_INLINE_DEPTH = 64


def make_strict(schema: dict[str, Any]) -> dict[str, Any]:
    """
    Return the strict form of a JSON-schema dict (a new dict; the input is left unchanged).

    `schema.to_strict_json_schema` is the public entry point: it also takes Python types.

    Raises:
        SchemaError: The schema cannot be made strict; `path` names the field (see the module
            docstring for the refused cases).
    """
    schema = copy.deepcopy(schema)
    converter = _StrictConverter(schema)
    return converter.run()


def _shaped(value: Any, kind: type, key: str, path: str) -> Any:
    """
    Return `value` if it is a `kind` (dict, list), for a keyword of a hand-written schema.

    Raises:
        SchemaError: It is not; the message names the keyword and the path.
    """
    if not isinstance(value, kind):
        raise SchemaError(
            f"Malformed JSON schema at {path}: {key!r} must be a JSON "
            f"{'object' if kind is dict else 'array'}, got {value!r}. Fix the schema.",
            path=path,
        )
    return value


def _check_keywords(node: dict[str, Any], path: str) -> None:
    """Refuse keywords the converter reads whose value has the wrong JSON shape."""
    kind = node.get("type", "")
    if not isinstance(kind, str) and not (
        isinstance(kind, list) and all(isinstance(k, str) for k in kind)
    ):
        raise SchemaError(
            f"Malformed JSON schema at {path}: 'type' must be a string or an array of strings, "
            f"got {kind!r}. Fix the schema.",
            path=path,
        )
    for key in ("anyOf", "oneOf", "allOf", "enum", "prefixItems"):
        if key in node:
            _shaped(node[key], list, key, path)
    if "properties" in node:
        _shaped(node["properties"], dict, "properties", path)
    required = node.get("required") or []
    if not isinstance(required, list) or not all(isinstance(r, str) for r in required):
        raise SchemaError(
            f"Malformed JSON schema at {path}: 'required' must be an array of property names, "
            f"got {required!r}. Fix the schema.",
            path=path,
        )


def _types_of(node: dict[str, Any]) -> list[str]:
    kind = node.get("type")
    if isinstance(kind, str):
        return [kind]
    return list(kind) if isinstance(kind, list) else []


def _is_object(node: dict[str, Any]) -> bool:
    return "object" in _types_of(node) or ("properties" in node and "type" not in node)


def allows_null(node: dict[str, Any]) -> bool:
    """Tell whether a (converted) schema node accepts null."""
    if "null" in _types_of(node) or None in node.get("enum", [object()]):
        return True
    return any(allows_null(v) for v in node.get("anyOf", []) if isinstance(v, dict))


def make_nullable(node: dict[str, Any]) -> dict[str, Any]:
    """Return `node` changed so that it also accepts null."""
    if allows_null(node):
        return node
    kinds = _types_of(node)
    simple = kinds and not {"object", "array"} & set(kinds) and "const" not in node
    if simple and "anyOf" not in node and "$ref" not in node:
        node["type"] = [*kinds, "null"]
        if "enum" in node:
            node["enum"] = [*node["enum"], None]
        return node
    if ("anyOf" in node and len(node) == 1) or set(node) == {"anyOf", "description"}:
        node["anyOf"] = [*node["anyOf"], {"type": "null"}]
        return node
    wrapper: dict[str, Any] = {}
    if "description" in node and "$ref" not in node:
        wrapper["description"] = node.pop("description")
    wrapper["anyOf"] = [node, {"type": "null"}]
    return wrapper


class _StrictConverter:
    """Convert one schema; definitions are converted when first reached, with that path."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.raw_defs: dict[str, Any] = {}
        self._collect_defs(schema, "$")
        self.raw_root = copy.deepcopy(schema)
        self.root = schema
        self.defs: dict[str, dict[str, Any]] = {}
        self.started: set[str] = set()

    def _collect_defs(self, node: dict[str, Any], path: str) -> None:
        for key in ("definitions", "$defs"):
            found = node.pop(key, None)
            for name, sub in ({} if found is None else _shaped(found, dict, key, path)).items():
                if name in self.raw_defs and self.raw_defs[name] != sub:
                    raise SchemaError(f"Two different definitions are named {name!r}.")
                self.raw_defs[name] = sub

    def run(self) -> dict[str, Any]:
        root = self.convert(self.root, "$")
        for name in list(self.raw_defs):
            self._convert_def(name, f"$defs.{name}")
        if "anyOf" in root or len(_types_of(root)) > 1:
            raise SchemaError(
                "The root of a strict schema must be an object, got a union. Wrap the "
                "union in a class with one field (for example `result: A | B`).",
                path="$",
            )
        if _types_of(root) != ["object"]:
            raise SchemaError(
                f"The root of a strict schema must be an object, got type {root.get('type')!r}. "
                "Wrap the value in a class with one field (for example `items: list[Item]`).",
                path="$",
            )
        if self.defs:
            root["$defs"] = {name: self.defs[name] for name in self.raw_defs if name in self.defs}
        return root

    def convert(self, raw: Any, path: str, depth: int = 0) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise SchemaError(
                f"Expected a schema object at {path}, got {raw!r}; boolean schemas cannot be "
                "strict.",
                path=path,
            )
        node: dict[str, Any] = dict(raw)
        node.pop("default", None)
        self._collect_defs(node, path)
        _check_keywords(node, path)
        if "$ref" in node and len(node) > 1:
            return self.convert(self._inline_ref(node, path), path, self._deeper(depth, path))
        if "$ref" in node:
            name = self._def_name(node["$ref"], path)
            if name is not None:
                self._convert_def(name, path)
                node["$ref"] = f"#/$defs/{name}"
            return node
        if "oneOf" in node:
            node["anyOf"] = [*node.get("anyOf", []), *node.pop("oneOf")]
        if "allOf" in node:
            return self.convert(self._merge_all_of(node, path), path, self._deeper(depth, path))
        if "anyOf" in node:
            node["anyOf"] = [self.convert(v, path, depth) for v in node["anyOf"]]
        # Nested nodes keep the inlining depth: a `$ref: "#"` with siblings inside the root's
        # properties would otherwise inline the root into itself without end.
        if _is_object(node):
            self._object(node, path, depth)
        if "array" in _types_of(node):
            self._array(node, path, depth)
        if not any(key in node for key in _TYPED_KEYS):
            raise SchemaError(
                f"Field {path} has no type (Any, object or a missing annotation); strict "
                "structured output needs a concrete type. Annotate it with one.",
                path=path,
            )
        return node

    def _deeper(self, depth: int, path: str) -> int:
        if depth >= _MAX_INLINE_DEPTH:
            raise SchemaError(f"References at {path} inline into each other endlessly.", path=path)
        return depth + 1

    def _def_name(self, ref: Any, path: str) -> str | None:
        if ref == "#":
            return None
        for prefix in ("#/$defs/", "#/definitions/"):
            if isinstance(ref, str) and ref.startswith(prefix) and ref[len(prefix) :]:
                name = ref[len(prefix) :]
                if name in self.raw_defs:
                    return name
        raise SchemaError(
            f"The $ref {ref!r} at {path} points to no definition; strict schemas only "
            "support references to '#' or '#/$defs/<name>' within the same schema.",
            path=path,
        )

    def _convert_def(self, name: str, path: str) -> None:
        if name not in self.started:
            self.started.add(name)  # before converting: a recursive reference must stop here
            self.defs[name] = self.convert(self.raw_defs[name], path)

    def _inline_ref(self, node: dict[str, Any], path: str) -> dict[str, Any]:
        ref = node.pop("$ref")
        name = self._def_name(ref, path)
        target = self.raw_root if name is None else self.raw_defs[name]
        merged: dict[str, Any] = copy.deepcopy(_shaped(target, dict, f"$defs.{name}", path))
        merged.pop("$defs", None)
        merged.update(node)
        return merged

    def _merge_all_of(self, node: dict[str, Any], path: str) -> dict[str, Any]:
        parts = node.pop("allOf")
        if not isinstance(parts, list) or len(parts) != 1:
            raise SchemaError(
                f"allOf with {len(parts)} schemas at {path} cannot be made strict; merge them "
                "into one object schema.",
                path=path,
            )
        return {**_shaped(parts[0], dict, "allOf[0]", path), **node}

    def _object(self, node: dict[str, Any], path: str, depth: int) -> None:
        extra = node.get("additionalProperties")
        if extra not in (None, False) or "patternProperties" in node or "properties" not in node:
            raise SchemaError(
                f"Field {path} is a free-form map (dict[str, X], additionalProperties or an "
                "object without properties); strict structured output needs every key declared. "
                "Use list[KeyValue] (a class with `key` and `value` fields) or a class with named "
                "fields, or send the schema with strict=False.",
                path=path,
            )
        required = set(node.get("required") or [])
        properties: dict[str, Any] = {}
        for name, sub in node["properties"].items():
            converted = self.convert(sub, f"{path}.{name}", depth)
            properties[name] = converted if name in required else make_nullable(converted)
        node["properties"] = properties
        node["required"] = list(properties)
        node["additionalProperties"] = False

    def _array(self, node: dict[str, Any], path: str, depth: int) -> None:
        if "prefixItems" in node:
            node["prefixItems"] = [
                self.convert(v, f"{path}[{i}]", depth) for i, v in enumerate(node["prefixItems"])
            ]
        items = node.get("items")
        if items is not None and items is not False:
            node["items"] = self.convert(items, f"{path}[*]", depth)
        elif items is None and "prefixItems" not in node:
            raise SchemaError(
                f"Field {path} is an array without an item type (list or list[Any]); strict "
                "structured output needs one. Annotate it as list[X].",
                path=path,
            )
