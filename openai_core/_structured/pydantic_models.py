"""
pydantic v2 models as structured-output types and tool parameter types, when pydantic is there.

pydantic is never imported here: a class can only be a pydantic model if the user's code already
imported pydantic, so `sys.modules` is asked. Its schema comes from `model_json_schema()` (then
made strict by the strict converter like any other schema) and answers are built with
`model_validate`, whose errors become `ResponseValidationError` with the JSONPath of the first
bad value.
"""

from __future__ import annotations

import sys
import typing
from typing import Any

from .._exceptions import ResponseValidationError
from .type_info import accepts_none, split_annotated

__all__ = ["is_pydantic_model", "pydantic_json_schema", "validate_pydantic"]


def is_pydantic_model(tp: Any) -> bool:
    """Tell whether `tp` is a pydantic v2 model class (False when pydantic was never imported)."""
    pydantic = sys.modules.get("pydantic")
    if pydantic is None or not isinstance(tp, type):
        return False
    base = getattr(pydantic, "BaseModel", None)
    return base is not None and issubclass(tp, base) and hasattr(tp, "model_json_schema")


def pydantic_json_schema(tp: Any) -> dict[str, Any]:
    """
    The model's JSON schema in validation mode, its named models under `$defs`.

    `title` keys pydantic adds to every property are dropped (they cost tokens and say nothing
    the name does not); the root keeps its title.
    """
    schema: dict[str, Any] = tp.model_json_schema(mode="validation", ref_template="#/$defs/{model}")
    _drop_property_titles(schema)
    return schema


def _drop_property_titles(node: Any) -> None:
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            for prop in properties.values():
                if isinstance(prop, dict):
                    prop.pop("title", None)
        for value in node.values():
            _drop_property_titles(value)
    elif isinstance(node, list):
        for item in node:
            _drop_property_titles(item)


def validate_pydantic(tp: Any, value: Any, path: str) -> Any:
    """
    Build the model from parsed JSON with `model_validate`.

    Raises:
        ResponseValidationError: pydantic refused the value; `path` points at the first error.
    """
    pydantic = sys.modules["pydantic"]
    try:
        return tp.model_validate(_drop_defaulted_nulls(tp, value))
    except pydantic.ValidationError as exc:
        errors = exc.errors()
        first = errors[0] if errors else {}
        where = path
        for key in first.get("loc", ()):
            where = f"{where}[{key}]" if isinstance(key, int) else f"{where}.{key}"
        message = first.get("msg", str(exc))
        raise ResponseValidationError(
            f"Could not build {tp.__name__} at {where}: {message} "
            f"({len(errors)} error{'s' if len(errors) != 1 else ''}).",
            path=where,
            value=value,
        ) from exc


def _drop_defaulted_nulls(tp: Any, value: Any) -> Any:
    """
    Leave out the nulls the strict schema allowed for optional fields whose type refuses None,
    so that pydantic applies the default (as the parser does for the other classes); nested
    models, and lists and unions of them, are cleaned the same way.
    """
    if not isinstance(value, dict):
        return value
    cleaned = dict(value)
    for name, field in tp.model_fields.items():
        key = field.alias or name
        if key not in cleaned:
            continue
        item = cleaned[key]
        if item is None and not field.is_required() and not accepts_none(field.annotation):
            del cleaned[key]
        else:
            cleaned[key] = _clean_nested(field.annotation, item)
    return cleaned


def _clean_nested(tp: Any, value: Any) -> Any:
    tp = split_annotated(tp)[0]
    if is_pydantic_model(tp):
        return _drop_defaulted_nulls(tp, value)
    args = typing.get_args(tp)
    if isinstance(value, list) and len(args) == 1:
        return [_clean_nested(args[0], item) for item in value]
    models = [a for a in args if is_pydantic_model(a)]
    if isinstance(value, dict) and len(models) == 1:
        return _drop_defaulted_nulls(models[0], value)
    return value
