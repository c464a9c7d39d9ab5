"""
Introspection of Python types, shared by schema generation, parsing and tools.

Everything here reads types and docstrings; nothing builds schemas or touches data. The supported
"model" classes are attrs classes, dataclasses and TypedDicts; their fields are described by
`FieldInfo`, with descriptions taken (first match wins) from field metadata
(`metadata={"description": ...}`), `Annotated[X, "description"]`, then the class docstring's
Google-style `Attributes:` (or `Args:`) section.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import functools
import inspect
import re
import types
import typing
from typing import Any, Literal, Union

import attrs

from .._exceptions import InvalidConfigError

__all__ = [
    "MAPPING_ORIGINS",
    "NO_DEFAULT",
    "SEQUENCE_ORIGINS",
    "Docstring",
    "FieldInfo",
    "SchemaError",
    "accepts_none",
    "class_fields",
    "class_summary",
    "is_model_class",
    "is_typeddict",
    "is_union",
    "parse_docstring",
    "split_annotated",
    "type_hints",
    "type_label",
]


class SchemaError(InvalidConfigError):
    """
    A type or schema cannot be turned into the JSON schema asked for (strict mode most often).

    Attributes:
        path: Where the offending field is, as a JSONPath into the data (`$.address.tags`).
    """

    def __init__(self, message: str, *, path: str = "$") -> None:
        self.path = path
        super().__init__(message)


class _NoDefault:
    """Marks a field or parameter that has no default value."""

    def __repr__(self) -> str:
        return "NO_DEFAULT"


NO_DEFAULT: Any = _NoDefault()


@attrs.frozen
class FieldInfo:
    """
    One field of a model class or one parameter of a tool function.

    Attributes:
        name: Property name in JSON.
        init_name: Keyword used to pass the value to the constructor or function.
        type: The annotated Python type (may still be wrapped in Annotated).
        required: Whether JSON must provide the value (no default exists).
        default: The plain default value, or NO_DEFAULT (also for default factories).
        description: Human description for the schema, if any.
    """

    name: str
    init_name: str
    type: Any
    required: bool
    default: Any = NO_DEFAULT
    description: str | None = None


@attrs.frozen
class Docstring:
    """
    The parts of a Google-style docstring that schemas use.

    Attributes:
        summary: The first paragraph, lines joined by spaces.
        params: Entry descriptions from `Args:`/`Attributes:`-like sections, by name.
    """

    summary: str | None
    params: dict[str, str]


_PARAM_SECTIONS = frozenset(
    {
        "args",
        "arguments",
        "parameters",
        "params",
        "attributes",
        "keyword args",
        "keyword arguments",
        "other parameters",
    }
)
_SECTION_RE = re.compile(r"^([A-Za-z][A-Za-z ]*):\s*$")
_ENTRY_RE = re.compile(r"^\*{0,2}(\w+)\s*(?:\([^)]*\))?\s*:\s*(.*)$")


def parse_docstring(doc: str | None) -> Docstring:
    """
    Read the summary paragraph and the parameter sections of a Google-style docstring.

    Args:
        doc: The raw docstring (indentation is cleaned here), or None.

    Returns:
        The summary and per-name descriptions; empty when there is no docstring.
    """
    if not doc:
        return Docstring(summary=None, params={})
    lines = inspect.cleandoc(doc).splitlines()
    summary: list[str] = []
    for line in lines:
        if not line.strip() or _SECTION_RE.match(line):
            break
        summary.append(line.strip())
    return Docstring(summary=" ".join(summary) or None, params=_section_params(lines))


def _section_params(lines: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    in_params = False
    entry_indent: int | None = None
    current: str | None = None
    for line in lines:
        indent = len(line) - len(line.lstrip())
        header = _SECTION_RE.match(line)
        if header and indent == 0:
            in_params = header.group(1).strip().lower() in _PARAM_SECTIONS
            entry_indent, current = None, None
            continue
        if not in_params or not line.strip():
            continue
        if entry_indent is None:
            entry_indent = indent
        match = _ENTRY_RE.match(line.strip())
        if indent == entry_indent and match:
            current = match.group(1)
            params[current] = match.group(2).strip()
        elif current is not None and indent > entry_indent:
            # Continuation lines of a long description are indented deeper than the entry.
            params[current] = f"{params[current]} {line.strip()}".strip()
    return params


def split_annotated(tp: Any) -> tuple[Any, str | None]:
    """
    Remove Annotated, Required, NotRequired and ReadOnly wrappers from a type.

    Returns:
        The bare type and the first string found in Annotated metadata (its description).
    """
    description: str | None = None
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            if description is None:
                description = next((m for m in tp.__metadata__ if isinstance(m, str)), None)
            tp = tp.__origin__
        elif _is_qualifier(origin):
            tp = typing.get_args(tp)[0]
        else:
            return tp, description


def _is_qualifier(origin: Any) -> bool:
    # Required/NotRequired/ReadOnly may come from typing or typing_extensions; match by name
    # so that typing_extensions need not be imported (it is not a runtime dependency).
    return getattr(origin, "_name", None) in {"Required", "NotRequired", "ReadOnly"}


def is_union(tp: Any) -> bool:
    """Tell whether `tp` is `Union[...]`, `Optional[...]` or `X | Y`."""
    origin = typing.get_origin(tp)
    return origin is Union or origin is types.UnionType


def is_typeddict(tp: Any) -> bool:
    """Tell whether `tp` is a TypedDict class (from typing or typing_extensions)."""
    return isinstance(tp, type) and issubclass(tp, dict) and hasattr(tp, "__required_keys__")


def is_model_class(tp: Any) -> bool:
    """Tell whether `tp` is an attrs class, a dataclass or a TypedDict."""
    if not isinstance(tp, type):
        return False
    return attrs.has(tp) or dataclasses.is_dataclass(tp) or is_typeddict(tp)


def accepts_none(tp: Any) -> bool:
    """Tell whether JSON null is a valid value for `tp`."""
    tp, _ = split_annotated(tp)
    if tp is None or tp is type(None) or tp is Any or tp is object:
        return True
    if is_union(tp):
        return any(accepts_none(arg) for arg in typing.get_args(tp))
    if typing.get_origin(tp) is Literal:
        return None in typing.get_args(tp)
    return False


def type_hints(obj: Any) -> dict[str, Any]:
    """
    Resolve the annotations of a class or function, keeping Annotated metadata.

    Raises:
        SchemaError: An annotation names something that cannot be resolved.
    """
    try:
        return typing.get_type_hints(obj, include_extras=True)
    except NameError as exc:
        name = getattr(obj, "__qualname__", repr(obj))
        raise SchemaError(
            f"Cannot resolve the type annotations of {name}: {exc}. Define the types it uses "
            "at module level (string annotations are looked up in the module's globals).",
        ) from exc


@functools.lru_cache(maxsize=512)
def class_fields(cls: type) -> tuple[FieldInfo, ...]:
    """
    Describe the constructor fields of an attrs class, a dataclass or a TypedDict.

    Raises:
        SchemaError: The class is none of those, or its annotations cannot be resolved.
    """
    hints = type_hints(cls)
    doc = parse_docstring(cls.__dict__.get("__doc__"))
    if attrs.has(cls):
        return tuple(_attrs_field(f, hints, doc) for f in attrs.fields(cls) if f.init)
    if dataclasses.is_dataclass(cls):
        return tuple(_dataclass_field(f, hints, doc) for f in dataclasses.fields(cls) if f.init)
    if is_typeddict(cls):
        required = cls.__required_keys__  # type: ignore[attr-defined]
        return tuple(
            FieldInfo(
                name=name,
                init_name=name,
                type=tp,
                required=_typeddict_required(tp, name in required),
                description=_describe(None, tp, doc.params.get(name)),
            )
            for name, tp in hints.items()
        )
    raise SchemaError(f"Expected an attrs class, a dataclass or a TypedDict, got {cls!r}.")


def _typeddict_required(tp: Any, declared: bool) -> bool:
    # With string annotations (PEP 563) the class cannot see Required/NotRequired when it is
    # created, so its __required_keys__ can be wrong; the resolved hint still carries them.
    while typing.get_origin(tp) is typing.Annotated:
        tp = tp.__origin__
    qualifier = getattr(typing.get_origin(tp), "_name", None)
    if qualifier == "NotRequired":
        return False
    if qualifier == "Required":
        return True
    return declared


def class_summary(cls: type) -> str | None:
    """Return the first paragraph of a class's own docstring, ignoring generated ones."""
    summary = parse_docstring(cls.__dict__.get("__doc__")).summary
    # dataclasses and Enum write a docstring of their own when the class has none.
    if summary is None or summary.startswith(f"{cls.__name__}(") or summary == "An enumeration.":
        return None
    return summary


def _describe(metadata_description: Any, tp: Any, doc_description: str | None) -> str | None:
    if isinstance(metadata_description, str):
        return metadata_description
    return split_annotated(tp)[1] or doc_description


def _attrs_field(field: Any, hints: dict[str, Any], doc: Docstring) -> FieldInfo:
    tp = hints.get(field.name, field.type if field.type is not None else Any)
    has_default = field.default is not attrs.NOTHING
    plain_default = has_default and not isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
    return FieldInfo(
        name=field.name,
        init_name=getattr(field, "alias", None) or field.name.lstrip("_"),
        type=tp,
        required=not has_default,
        default=field.default if plain_default else NO_DEFAULT,
        description=_describe(field.metadata.get("description"), tp, doc.params.get(field.name)),
    )


def _dataclass_field(field: Any, hints: dict[str, Any], doc: Docstring) -> FieldInfo:
    tp = hints.get(field.name, Any)
    has_plain = field.default is not dataclasses.MISSING
    has_factory = field.default_factory is not dataclasses.MISSING
    return FieldInfo(
        name=field.name,
        init_name=field.name,
        type=tp,
        required=not (has_plain or has_factory),
        default=field.default if has_plain else NO_DEFAULT,
        description=_describe(field.metadata.get("description"), tp, doc.params.get(field.name)),
    )


def type_label(tp: Any) -> str:
    """Name a type for error messages (`int`, `list[str]`, `Weather`)."""
    if isinstance(tp, type) and not typing.get_args(tp):
        return tp.__name__
    if tp is None or tp is type(None):
        return "None"
    return repr(tp).replace("typing.", "").replace("typing_extensions.", "")


SEQUENCE_ORIGINS: frozenset[Any] = frozenset(
    {
        list,
        set,
        frozenset,
        collections.abc.Sequence,
        collections.abc.MutableSequence,
        collections.abc.Set,
        collections.abc.MutableSet,
        collections.abc.Iterable,
        collections.abc.Collection,
    }
)
MAPPING_ORIGINS: frozenset[Any] = frozenset(
    {dict, collections.abc.Mapping, collections.abc.MutableMapping}
)
