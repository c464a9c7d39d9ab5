# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
What every generated model shares: lenient reading helpers and `validation_issues()`.

Models read what providers send without rejecting it (DESIGN section 8): a missing field reads as
None (UNSET when the field is optional), and values the spec does not allow are kept as they came.
What did not match the spec is computed on demand by `validation_issues()`, from per-class field
tables (`_oc_fields`, set at the end of each model module), so parsing pays nothing for it.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, NamedTuple

from .types import File, Unset

__all__ = [
    "Model",
    "ModelChoice",
    "ValidationIssue",
    "dump",
    "missing_keys",
    "parse_date",
    "parse_datetime",
]

# A field's expected type, as the generator writes it into `_oc_fields`:
#   "string" | "integer" | "number" | "boolean" | "null" | "any" | "date" | "date-time" | "file"
#   ("const", value) | ("enum", name, values) | ("list", item) | ("union", members)
#   a model class
Expected = Any
_GOT_LIMIT = 60


class ValidationIssue(NamedTuple):
    """One place where a response did not match the spec."""

    path: str
    """JSON path of the value, e.g. `$.choices[0].delta.role`."""
    expected: str
    """What the spec wants there, e.g. `'assistant'`, `integer`, `CompletionUsage`."""
    got: str
    """What came: `missing`, `null`, `'user'`, `1.5`, `object`, `array`..."""

    def __str__(self) -> str:
        return f"{self.path}: expected {self.expected}, got {self.got}"


class Model:
    """Base of the generated models: `validation_issues()` and the tables behind it."""

    __slots__ = ("_oc_missing",)

    # The required wire names a payload lacked (set only when there were some).
    _oc_missing: tuple[str, ...]

    # (attribute, wire name, required, expected type) per declared field.
    _oc_fields: ClassVar[tuple[tuple[str, str, bool, Expected], ...]] = ()
    # Expected type of additional properties when the spec types them, else None.
    _oc_extra: ClassVar[Expected] = None
    # Wire names of the fields, of the required ones, and the fields that are constants (tags).
    _oc_wire: ClassVar[frozenset[str]] = frozenset()
    _oc_required: ClassVar[tuple[str, ...]] = ()
    _oc_consts: ClassVar[Mapping[str, Any]] = {}

    def validation_issues(self) -> list[ValidationIssue]:
        """
        List what this object (and every object and list inside it) did not match in the spec.

        Returns:
            One ValidationIssue (JSON path, expected, got) per mismatch; empty when the body
            matched. A missing required field reads as None and is reported as `missing`.
        """
        issues: list[ValidationIssue] = []
        _check_model(self, "$", issues)
        return issues


def missing_keys(data: Mapping[str, Any], required: tuple[str, ...]) -> tuple[str, ...]:
    """Return the required wire names absent from `data` (called only when one read as None)."""
    return tuple(key for key in required if key not in data)


def dump(value: Any) -> Any:
    """Turn a field value back into JSON: models by `to_dict()`, lists item by item."""
    if isinstance(value, Model):
        return value.to_dict()  # type: ignore[attr-defined]
    if isinstance(value, list):
        return [dump(item) for item in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, File):
        return value.to_tuple()
    return value


def parse_date(value: Any) -> Any:
    """Read an ISO date; anything else is kept as it came."""
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    return value


def parse_datetime(value: Any) -> Any:
    """Read an ISO date-time; anything else is kept as it came."""
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            pass
    return value


class ModelChoice:
    """
    Picks the member of a union of models that fits a dict best, without ever failing.

    A constant field that tells the members apart (usually `type`) decides when it matches one;
    otherwise the member scoring best wins: no constant contradicted, most constants matched,
    fewest required fields missing, most known keys. Ties go to the first member in spec order.
    """

    __slots__ = ("key", "members", "table")

    def __init__(self, *members: type[Model]) -> None:
        self.members = members
        self.key: str | None = None
        self.table: dict[Any, type[Model]] | None = None

    def __call__(self, data: Mapping[str, Any]) -> Any:
        """Return `data` read as the member that fits it best."""
        table = self.table
        if table is None:
            table = self._build()
        if self.key is not None:
            tag = data.get(self.key)
            if isinstance(tag, str):
                cls = table.get(tag)
                if cls is not None:
                    return cls.from_dict(data)  # type: ignore[attr-defined]
        return best_member(data, self.members).from_dict(data)  # type: ignore[attr-defined]

    def _build(self) -> dict[Any, type[Model]]:
        # Built on first use: the members' modules are all imported by then.
        counts: dict[str, dict[Any, list[type[Model]]]] = {}
        for cls in self.members:
            for key, value in cls._oc_consts.items():
                if isinstance(value, str):
                    counts.setdefault(key, {}).setdefault(value, []).append(cls)
        best: dict[Any, type[Model]] = {}
        for key in sorted(counts, key=lambda k: (k != "type", k)):
            table = {tag: found[0] for tag, found in counts[key].items() if len(found) == 1}
            if len(table) > len(best):
                self.key, best = key, table
        self.table = best
        return best


def best_member(data: Mapping[str, Any], members: tuple[type[Model], ...]) -> type[Model]:
    """Return the member of `members` whose fields fit the keys and tags of `data` best."""
    best = members[0]
    best_score: tuple[int, int, int, int] | None = None
    for cls in members:
        contradicted = matched = 0
        for key, value in cls._oc_consts.items():
            if key in data:
                if data[key] == value:
                    matched += 1
                else:
                    contradicted += 1
        missing = sum(1 for key in cls._oc_required if key not in data)
        wire = cls._oc_wire
        known = sum(1 for key in data if key in wire)
        score = (-contradicted, matched, -missing, 2 * known - len(data))
        if best_score is None or score > best_score:
            best, best_score = cls, score
    return best


# -- validation, on demand ---------------------------------------------------------------------

_SCALARS: dict[str, tuple[str, Any]] = {
    "string": ("string", lambda v: isinstance(v, str)),
    "integer": ("integer", lambda v: isinstance(v, int) and not isinstance(v, bool)),
    "number": ("number", lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)),
    "boolean": ("boolean", lambda v: isinstance(v, bool)),
    "null": ("null", lambda v: v is None),
    "any": ("any value", lambda v: True),
    "date": ("date", lambda v: isinstance(v, datetime.date)),
    "date-time": ("date-time", lambda v: isinstance(v, datetime.datetime)),
    "file": ("file", lambda v: isinstance(v, File)),
}


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if key.isidentifier() else f"{path}[{key!r}]"


def _got(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        text = repr(value)
        return text if len(text) <= _GOT_LIMIT else text[:_GOT_LIMIT] + "...'"
    if isinstance(value, (dict, Model)):
        return "object"
    if isinstance(value, list):
        return "array"
    return type(value).__name__


def describe(expected: Expected) -> str:
    """Say what an expected type is, for a ValidationIssue."""
    if isinstance(expected, str):
        return _SCALARS[expected][0]
    if isinstance(expected, type):
        return expected.__name__
    kind = expected[0]
    if kind == "const":
        return repr(expected[1])
    if kind == "enum":
        return "one of " + ", ".join(repr(v) for v in expected[2])
    if kind == "list":
        return f"array of {describe(expected[1])}"
    return " | ".join(describe(member) for member in expected[1])


def _check_model(obj: Model, path: str, issues: list[ValidationIssue]) -> None:
    cls = type(obj)
    missing = getattr(obj, "_oc_missing", ())
    for attr, wire, required, expected in cls._oc_fields:
        value = getattr(obj, attr)
        if isinstance(value, Unset):
            continue
        where = _join(path, wire)
        if value is None and required and wire in missing:
            issues.append(ValidationIssue(where, describe(expected), "missing"))
        else:
            _check(value, expected, where, issues)
    extra = cls._oc_extra
    if extra is not None:
        for key, value in getattr(obj, "additional_properties", {}).items():
            _check(value, extra, _join(path, key), issues)


def _check(value: Any, expected: Expected, path: str, issues: list[ValidationIssue]) -> None:
    if isinstance(expected, str):
        if not _SCALARS[expected][1](value):
            issues.append(ValidationIssue(path, _SCALARS[expected][0], _got(value)))
    elif isinstance(expected, type):
        if isinstance(value, Model) and isinstance(value, expected):
            _check_model(value, path, issues)
        else:
            issues.append(ValidationIssue(path, expected.__name__, _got(value)))
    elif expected[0] == "const":
        if type(value) is not type(expected[1]) or value != expected[1]:
            issues.append(ValidationIssue(path, repr(expected[1]), _got(value)))
    elif expected[0] == "enum":
        if not isinstance(value, str) or value not in expected[2]:
            issues.append(ValidationIssue(path, describe(expected), _got(value)))
    elif expected[0] == "list":
        if not isinstance(value, list):
            issues.append(ValidationIssue(path, describe(expected), _got(value)))
        else:
            for index, item in enumerate(value):
                _check(item, expected[1], f"{path}[{index}]", issues)
    else:
        _check_union(value, expected[1], path, issues)


def _check_union(
    value: Any, members: tuple[Expected, ...], path: str, issues: list[ValidationIssue]
) -> None:
    # The member with the fewest issues explains the value best; none at all means a match.
    best: list[ValidationIssue] | None = None
    for member in members:
        found: list[ValidationIssue] = []
        _check(value, member, path, found)
        if not found:
            return
        if _shallow_fit(value, member) and (best is None or len(found) < len(best)):
            best = found
    if best is not None:
        issues.extend(best)
    else:
        issues.append(ValidationIssue(path, " | ".join(describe(m) for m in members), _got(value)))


def _shallow_fit(value: Any, expected: Expected) -> bool:
    if isinstance(expected, type):
        return isinstance(value, expected)
    if isinstance(expected, tuple) and expected[0] == "list":
        return isinstance(value, list)
    if isinstance(expected, tuple) and expected[0] == "union":
        return any(_shallow_fit(value, member) for member in expected[1])
    return False
