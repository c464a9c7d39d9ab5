"""
The model-specific parts of the generated code, written in Python rather than Jinja macros.

`model.py.jinja` calls these (registered as Jinja globals by `generate.py`):

- `oc_attr`: the attribute name of a field: its wire name (`type`, `object`, `bytes`...) where
  openapi-python-client appended an underscore only to avoid a builtin; the old spelling stays as a
  property alias (`oc_aliases`).
- `oc_read`: the statements of `from_dict` reading one field leniently: a missing field reads as
  None (UNSET when optional), a value of the wrong kind is kept as it came, nothing raises.
- `oc_functions` / `oc_choices`: the module-level helpers those statements call (union readers;
  `ModelChoice` objects picking the best member of a union of models).
- `oc_dump`: the expression `to_dict` writes for a field.
- `oc_fields`: the table `validation_issues()` walks (expected type per field).
"""

from __future__ import annotations

import builtins
import keyword
from typing import Any

# Names a model class defines itself: a field keeps its underscore rather than shadow them.
_CLASS_NAMES = frozenset(
    {
        "additional_keys",
        "additional_properties",
        "from_dict",
        "reasoning_text",
        "to_dict",
        "to_multipart",
        "validation_issues",
    }
)
_SCALAR_KINDS = {
    "StringProperty": "string",
    "IntProperty": "integer",
    "FloatProperty": "number",
    "BooleanProperty": "boolean",
    "NoneProperty": "null",
    "AnyProperty": "any",
    "DateProperty": "date",
    "DateTimeProperty": "date-time",
    "FileProperty": "file",
    "UuidProperty": "string",
}


# The processed models by class name (union members inside properties are not filled in).
_MODELS: dict[str, Any] = {}
_INLINE_TAGS = 8  # unions up to this many members dispatch on their tag inline


def set_models(models: Any) -> None:
    """Register the generator's processed models (call before rendering)."""
    _MODELS.clear()
    _MODELS.update({str(m.class_info.name): m for m in models})


def _tag_dispatch(models: list[Any]) -> tuple[str, list[tuple[str, str]]] | None:
    """The wire key whose constant tells every member apart, with (value, class) pairs."""
    consts: list[dict[str, Any]] = []
    for member in models:
        full = _MODELS.get(str(member.class_info.name))
        if full is None:
            return None
        consts.append(
            {
                _wire(p): p.value.raw_value
                for p in _props(full)
                if _kind(p) == "ConstProperty" and isinstance(p.value.raw_value, str)
            }
        )
    keys = set(consts[0]).intersection(*consts[1:])
    for key in sorted(keys, key=lambda k: (k != "type", k)):
        values = [c[key] for c in consts]
        if len(set(values)) == len(values):
            return key, [(v, str(m.class_info.name)) for v, m in zip(values, models, strict=True)]
    return None


def _kind(prop: Any) -> str:
    return type(prop).__name__


def _wire(prop: Any) -> str:
    name = prop.name
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


def _code(value: Any) -> str:
    return str(value.as_unembedded_code() if hasattr(value, "as_unembedded_code") else value)


def _type(prop: Any, **kwargs: Any) -> str:
    return _code(prop.get_type_string(**kwargs))


def oc_attr(prop: Any, model: Any = None) -> str:
    """The attribute name of a field: the wire name when only a builtin clash renamed it."""
    python_name = str(prop.python_name)
    wire = _wire(prop)
    if (
        python_name == wire + "_"
        and wire.isidentifier()
        and not keyword.iskeyword(wire)
        and hasattr(builtins, wire)
        and wire not in _CLASS_NAMES
    ):
        if model is not None:
            others = {str(p.python_name) for p in _props(model) if p is not prop}
            if wire in others:
                return python_name
        return wire
    return python_name


def _props(model: Any) -> list[Any]:
    return list(model.required_properties) + list(model.optional_properties)


def oc_aliases(model: Any) -> list[dict[str, str]]:
    """The old underscore spellings of renamed fields: one property alias each."""
    out = []
    for prop in _props(model):
        attr = oc_attr(prop, model)
        if attr != str(prop.python_name):
            out.append({"old": str(prop.python_name), "attr": attr, "type": _type(prop)})
    return out


def oc_declaration(prop: Any, model: Any) -> str:
    """The attrs field declaration of `prop` under its attribute name."""
    line = f"{oc_attr(prop, model)}: {_type(prop)}"
    if prop.default is not None:
        line += f" = {_code(prop.default.python_code)}"
    elif not prop.required:
        line += " = UNSET"
    return line


def oc_docstring_line(prop: Any, model: Any) -> str:
    """The `Attributes:` docstring line of `prop`, naming the attribute."""
    text = str(prop.to_docstring())
    python_name = str(prop.python_name)
    if text.startswith(python_name):
        text = oc_attr(prop, model) + text[len(python_name) :]
    return text


# -- reading (from_dict) -------------------------------------------------------------------------


def _needs(prop: Any) -> bool:
    """Whether reading `prop` does more than keep the JSON value."""
    kind = _kind(prop)
    if kind in ("ModelProperty", "DateProperty", "DateTimeProperty", "FileProperty"):
        return True
    if kind == "ListProperty":
        return _needs(prop.inner_property)
    if kind == "UnionProperty":
        return any(_needs(p) for p in prop.inner_properties)
    return False


def _union_models(prop: Any) -> list[Any]:
    return [p for p in prop.inner_properties if _kind(p) == "ModelProperty"]


def _simple_union_model(prop: Any) -> Any:
    """The one model member of a union whose other members are plain JSON, else None."""
    models = _union_models(prop)
    if len(models) == 1 and not any(
        _needs(p) for p in prop.inner_properties if _kind(p) != "ModelProperty"
    ):
        return models[0]
    return None


def _expr(prop: Any, var: str, depth: int = 0) -> str:
    """An expression reading the JSON value in `var` (a plain name) as `prop`, never raising."""
    if not _needs(prop):
        return var
    kind = _kind(prop)
    if kind == "ModelProperty":
        return f"({prop.class_info.name}.from_dict({var}) if isinstance({var}, dict) else {var})"
    if kind == "DateProperty":
        return f"parse_date({var})"
    if kind == "DateTimeProperty":
        return f"parse_datetime({var})"
    if kind == "FileProperty":
        return f"(File(payload=BytesIO({var})) if isinstance({var}, bytes) else {var})"
    if kind == "ListProperty":
        item = f"_i{depth}"
        inner = _expr(prop.inner_property, item, depth + 1)
        return f"([{inner} for {item} in {var}] if isinstance({var}, list) else {var})"
    model = _simple_union_model(prop)
    if model is not None:
        return _expr(model, var, depth)
    return f"_read_{prop.python_name}({var})"


def oc_read(prop: Any, model: Any) -> str:
    """The `from_dict` statements binding the local `prop.python_name` from `d`."""
    wire = repr(_wire(prop))
    source = f"d.get({wire})" if prop.required else f"d.get({wire}, UNSET)"
    name = str(prop.python_name)
    if not _needs(prop):
        return f"{name} = {source}"
    return f"_{name} = {source}\n{name} = {_expr(prop, '_' + name)}"


def _union_function(prop: Any) -> str:
    """A module-level reader for a union that needs more than one kind of conversion."""
    lines = [f"def _read_{prop.python_name}(data: Any) -> Any:"]
    members = prop.inner_properties
    models = _union_models(prop)
    if len(models) == 1:
        lines += ["    if isinstance(data, dict):", f"        return {_expr(models[0], 'data')}"]
    elif models:
        lines.append("    if isinstance(data, dict):")
        dispatch = _tag_dispatch(models) if len(models) <= _INLINE_TAGS else None
        if dispatch is not None:
            key, pairs = dispatch
            lines.append(f"        tag = data.get({key!r})")
            for value, class_name in pairs:
                lines.append(f"        if tag == {value!r}:")
                lines.append(f"            return {class_name}.from_dict(data)")
        lines.append(f"        return _choose_{prop.python_name}(data)")
    lists = [p for p in members if _kind(p) == "ListProperty" and _needs(p)]
    if lists:
        lines.append("    if isinstance(data, list):")
        if len(lists) > 1:
            # Several list members: the first element says which one (objects or plain values).
            by_objects = [p for p in lists if _reads_objects(p.inner_property)]
            if by_objects:
                lines += [
                    "        if data and isinstance(data[0], dict):",
                    f"            return {_expr(by_objects[0], 'data', 1)}",
                    "        return data",
                ]
            else:
                lines.append(f"        return {_expr(lists[0], 'data', 1)}")
        else:
            lines.append(f"        return {_expr(lists[0], 'data', 1)}")
    for p in members:
        if _kind(p) in ("DateProperty", "DateTimeProperty"):
            lines += ["    if isinstance(data, str):", f"        return {_expr(p, 'data')}"]
            break
    lines.append("    return data")
    return "\n".join(lines)


def _reads_objects(prop: Any) -> bool:
    kind = _kind(prop)
    if kind == "ModelProperty":
        return True
    if kind == "UnionProperty":
        return bool(_union_models(prop))
    return False


def _walk_unions(prop: Any, found: dict[str, Any]) -> None:
    kind = _kind(prop)
    if kind == "ListProperty":
        _walk_unions(prop.inner_property, found)
    elif kind == "UnionProperty":
        if _needs(prop) and _simple_union_model(prop) is None:
            name = str(prop.python_name)
            if name in found and found[name] is not prop:
                if _union_function(found[name]) != _union_function(prop):
                    raise SystemExit(f"two unions named {name!r} in one model module")
            found[name] = prop
        for inner in prop.inner_properties:
            _walk_unions(inner, found)


def _all_unions(model: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for prop in _props(model):
        _walk_unions(prop, found)
    extra = model.additional_properties
    if extra not in (None, True, False):
        _walk_unions(extra, found)
    return found


def oc_functions(model: Any) -> str:
    """The module-level union readers `oc_read` refers to."""
    return "\n\n\n".join(_union_function(p) for p in _all_unions(model).values())


def oc_choices(model: Any) -> str:
    """The `ModelChoice` objects of unions with several model members (after the imports)."""
    lines = []
    for name, prop in _all_unions(model).items():
        models = _union_models(prop)
        if len(models) > 1:
            members = ", ".join(m.class_info.name for m in models)
            lines.append(f"_choose_{name} = ModelChoice({members})")
    return "\n".join(lines)


def oc_extra_read(model: Any) -> str | None:
    """The expression reading one typed additional property in `value`, or None to keep it."""
    extra = model.additional_properties
    if extra in (None, True, False) or not _needs(extra):
        return None
    return _expr(extra, "value")


# -- writing (to_dict) ---------------------------------------------------------------------------


def oc_dump(prop: Any, source: str) -> str:
    """The expression `to_dict` writes for the field value in `source`."""
    return f"dump({source})" if _needs(prop) else source


def oc_extra_dump(model: Any) -> bool:
    """Whether additional properties hold values that need `dump` on the way out."""
    extra = model.additional_properties
    return extra not in (None, True, False) and _needs(extra)


# -- validation tables ---------------------------------------------------------------------------


def _expected(prop: Any) -> str:
    kind = _kind(prop)
    if kind in _SCALAR_KINDS:
        return repr(_SCALAR_KINDS[kind])
    if kind == "ModelProperty":
        return str(prop.class_info.name)
    if kind == "ConstProperty":
        return f'("const", {_code(prop.value.python_code)})'
    if kind in ("LiteralEnumProperty", "EnumProperty"):
        raw = prop.values
        values = tuple(sorted(raw.values() if isinstance(raw, dict) else raw, key=str))
        return f'("enum", {str(prop.class_info.name)!r}, {values!r})'
    if kind == "ListProperty":
        return f'("list", {_expected(prop.inner_property)})'
    if kind == "UnionProperty":
        members = ", ".join(_expected(p) for p in prop.inner_properties)
        return f'("union", ({members},))'
    return repr("any")


def oc_fields(model: Any) -> str:
    """The `_oc_fields` tuple: (attribute, wire name, required, expected type) per field."""
    rows = [
        f"({oc_attr(p, model)!r}, {_wire(p)!r}, {bool(p.required)}, {_expected(p)})"
        for p in _props(model)
    ]
    return "(" + "".join(row + ", " for row in rows) + ")"


def oc_extra_expected(model: Any) -> str | None:
    """The expected type of typed additional properties, or None."""
    extra = model.additional_properties
    if extra in (None, True, False) or _kind(extra) == "AnyProperty":
        return None
    return _expected(extra)


def oc_consts(model: Any) -> str:
    """The `_oc_consts` mapping: wire name -> constant value (the tags of a union member)."""
    items = [
        f"{_wire(p)!r}: {_code(p.value.python_code)}"
        for p in _props(model)
        if _kind(p) == "ConstProperty"
    ]
    return "{" + ", ".join(items) + "}"


def oc_required(model: Any) -> list[dict[str, str]]:
    """The required fields: local name and wire name."""
    return [{"name": str(p.python_name), "wire": _wire(p)} for p in model.required_properties]


def globals_for_templates() -> dict[str, Any]:
    """What `generate.py` adds to the Jinja environment."""
    return {
        name: value
        for name, value in globals().items()
        if name.startswith("oc_") and callable(value)
    }
