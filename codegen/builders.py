"""
Plan the typed builder layer (`openai_core/_generated/builders/`) from the parsed endpoints.

For every operation: a setter mixin with one method per body field and query parameter, typed
from the property's schema, and the names of its sync and async builder classes. For every
namespace (`chat.completions`): a sync and an async class with one method per operation and a
property per sub-namespace. One module per top-level namespace, so that using `client.files`
loads only `builders/files.py`. The templates only print what this module decides.
"""

from __future__ import annotations

import ast
import json
import keyword
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

# Methods of the hand-written builder bases (BuilderBase, RequestBuilder, DownloadBuilder,
# ListBuilder). A field with one of these names gets a setter with a trailing underscore;
# tests/test_typed_builders.py checks this list against the classes.
BUILDER_METHODS = frozenset(
    {
        "body_value", "cancellation_token", "extra_body", "extra_header", "extra_query",
        "iter_all", "json_body", "max_retries", "operation", "provider_option", "remove_header",
        "send", "send_raw", "send_to_file", "send_with_meta", "set", "setter_names", "timeout",
        "to_spec",
    }
)  # fmt: skip
# Names the namespace classes use themselves.
NAMESPACE_METHODS = frozenset({"names"})
PACKAGE = Path(__file__).resolve().parent.parent / "openai_core"


@dataclass(frozen=True)
class HandWrittenBase:
    """An operation's hand-written builder base, as the extensions table names it."""

    module: str  # under openai_core, e.g. "_builders.chat"
    sync: str
    async_: str
    has_setters: bool  # the class inherits the operation's generated setters itself (chat)


def hand_written_bases() -> dict[str, HandWrittenBase]:
    """
    The operations whose builder base is hand-written: the `builder` lines of the extensions
    table (openai_core/_builders/extensions.py), the one place that says so.

    A base that inherits its operation's setter mixin (chat create) is named as it is; any other
    gets the setters on top (`class ResponsesCreateBuilder(ResponsesCreateSetters,
    ResponseEventsBuilder[Response])`), as the runtime composes them.
    """
    from openai_core._builders.extensions import EXTENSIONS

    found: dict[str, HandWrittenBase] = {}
    for op_id, line in EXTENSIONS.items():
        if line.builder is None:
            continue
        module, _, name = line.builder.partition(":")
        source = (PACKAGE / "_builders" / f"{module}.py").read_text(encoding="utf-8")
        has_setters = _inherits(source, name, pascal(op_id) + "Setters")
        found[op_id] = HandWrittenBase(f"_builders.{module}", name, "Async" + name, has_setters)
    return found


def _inherits(source: str, cls: str, base: str) -> bool:
    """Whether class `cls` of a module's `source` has `base` among its bases, at any depth."""
    bases: dict[str, list[str]] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef):
            names = [ast.unparse(b).split("[")[0].rsplit(".", 1)[-1] for b in node.bases]
            bases[node.name] = names
    todo, seen = [cls], set()
    while todo:
        name = todo.pop()
        if name == base:
            return True
        if name not in seen:
            seen.add(name)
            todo.extend(bases.get(name, []))
    return False


# Enums with more values than this are named by their generated Literal alias, not inlined.
INLINE_ENUM_LIMIT = 8


@dataclass
class Setter:
    """One setter method: `def name(self, value: type) -> Self: return self.set(wire, value)`."""

    name: str
    wire: str  # escaped for a double-quoted literal
    type: str
    doc: str


@dataclass
class OperationPlan:
    """The setter mixin and builder classes of one operation."""

    id: str
    method_name: str
    http: str  # "POST /batches"
    mixin: str
    builder: str
    async_builder: str
    sync_base: str  # "RequestBuilder[Batch]", "ListBuilder", ... or the hand-written class
    async_base: str
    hand_written: bool  # the builder is the hand-written class itself (it has the setters)
    path_params: list[str]
    result_doc: str
    item: str | None  # the item type of a cursor-paginated list
    params: str  # the TypedDict of its keywords (params.py)
    setters: list[Setter] = field(default_factory=list)


@dataclass
class NamespacePlan:
    """A sync and an async namespace class."""

    path: str
    cls: str
    async_cls: str
    operations: list[OperationPlan] = field(default_factory=list)
    children: list[tuple[str, str, str]] = field(default_factory=list)  # attr, sync, async


@dataclass
class ModulePlan:
    """One generated module: every namespace under one top-level name."""

    name: str
    namespaces: list[NamespacePlan] = field(default_factory=list)
    operations: list[OperationPlan] = field(default_factory=list)
    models: dict[str, set[str]] = field(default_factory=dict)  # module -> class names
    bases: set[str] = field(default_factory=set)  # hand-written classes named by the checker
    hand_written: set[tuple[str, str]] = field(default_factory=set)  # (module, class)
    own_names: set[str] = field(default_factory=set)  # classes this module defines
    pages: bool = False  # some operation is a cursor-paginated list
    typed_dicts: Mapping[str, str] = field(default_factory=dict)  # schema -> its TypedDict
    params: set[str] = field(default_factory=set)  # names imported from params.py

    @property
    def model_imports(self) -> list[tuple[str, list[str]]]:
        """Model imports, sorted, for the TYPE_CHECKING block."""
        return [(m, sorted(names)) for m, names in sorted(self.models.items())]

    @property
    def base_imports(self) -> list[tuple[str, list[str]]]:
        """Imports of the hand-written builder bases, grouped by module."""
        modules: dict[str, list[str]] = {
            "_builders.base": [],
            "_builders.event_builders": [],
            "_builders.pagination": [],
        }
        for name in sorted(self.bases):
            if "List" in name:
                modules["_builders.pagination"].append(name)
            elif "Events" in name:
                modules["_builders.event_builders"].append(name)
            else:
                modules["_builders.base"].append(name)
        for module, name in sorted(self.hand_written):
            modules.setdefault(module, []).append(name)
        return [(m, names) for m, names in sorted(modules.items()) if names]


def param_name(schema: str) -> str:
    """The TypedDict of a schema class: `ChatCompletionTool` -> `ChatCompletionToolParam`."""
    return f"{schema}Param"


def operation_params_name(op_id: str) -> str:
    """The keywords TypedDict of an operation: `chat.completions.create` -> `...CreateParams`."""
    return f"{pascal(op_id)}Params"


def _text(value: Any) -> str:
    get = getattr(value, "get_untrusted_value", None)
    return str(get() if get else value)


def _quoted(value: str) -> str:
    """Escape for use inside a double-quoted literal (json escapes are valid Python)."""
    return json.dumps(value)[1:-1]


def pascal(dotted: str) -> str:
    """`chat.completions.messages` -> `ChatCompletionsMessages`."""
    return "".join(p[:1].upper() + p[1:] for part in dotted.split(".") for p in part.split("_"))


def python_name(wire: str, fallback: str) -> str:
    """The wire name when it is a usable identifier, else the generator's Python name."""
    return wire if wire.isidentifier() and not keyword.iskeyword(wire) else fallback


class TypeMapper:
    """Turn a parsed property into a setter annotation (and a few words for its docstring)."""

    _SCALARS: ClassVar[dict[str, tuple[str, str]]] = {
        "IntProperty": ("int", "integer"),
        "FloatProperty": ("float", "number"),
        "BooleanProperty": ("bool", "boolean"),
        "StringProperty": ("str", "string"),
        "NoneProperty": ("None", "null"),
        "AnyProperty": ("Any", "any JSON value"),
        "FileProperty": ("FileInput", "file"),
    }
    # Order of union members in an annotation: specific first, None last.
    _RANK: ClassVar[tuple[str, ...]] = (
        "Literal",
        "Model",
        "Mapping",
        "str",
        "int",
        "float",
        "bool",
        "Sequence",
        "File",
    )

    def __init__(self, plan: ModulePlan) -> None:
        self.plan = plan

    def _model(self, prop: Any) -> str:
        info = prop.class_info
        name = str(info.name)
        # A model named like one of this module's classes is imported under another name.
        alias = f"{name}Model" if name in self.plan.own_names else name
        entry = name if alias == name else f"{name} as {alias}"
        self.plan.models.setdefault(str(info.module_name), set()).add(entry)
        return alias

    def members(self, prop: Any, output: bool = False) -> list[tuple[str, str]]:
        """Return (annotation member, doc words) pairs for `prop`; output=True for results."""
        kind = type(prop).__name__
        if kind in self._SCALARS:
            return [self._SCALARS[kind]]
        if kind == "ConstProperty":
            raw = prop.value.raw_value
            literal = f"Literal[{json.dumps(raw)}]"
            base = "str" if isinstance(raw, str) else type(raw).__name__
            return [(literal, json.dumps(raw)), (base, "")]
        if kind == "LiteralEnumProperty":
            values = sorted(prop.values, key=lambda v: (str(type(v)), v))
            base = "str" if all(isinstance(v, str) for v in values) else "int"
            words = " | ".join(json.dumps(v) for v in values)
            if len(words) > 40:
                words = f"{'string' if base == 'str' else 'integer'} enum of {len(values)} values"
            if len(values) <= INLINE_ENUM_LIMIT:
                literal = "Literal[" + ", ".join(json.dumps(v) for v in values) + "]"
            else:
                literal = self._model(prop)
            return [(literal, words), (base, "")]
        if kind == "ModelProperty":
            name = self._model(prop)
            if output:
                return [(name, name)]
            # A JSON object is checked key by key against the schema's TypedDict.
            typed_dict = self.plan.typed_dicts.get(str(prop.class_info.name))
            if typed_dict is not None:
                self.plan.params.add(typed_dict)
                return [(name, name), (typed_dict, "")]
            return [(name, name), ("Mapping[str, Any]", "")]
        if kind == "ListProperty":
            inner = self.annotation(self.members(prop.inner_property, output))
            container = "list" if output else "Sequence"
            words = self.words(self.members(prop.inner_property, output))
            return [(f"{container}[{inner}]", f"array of {words}")]
        if kind == "UnionProperty":
            found: list[tuple[str, str]] = []
            for inner in prop.inner_properties:
                found.extend(self.members(inner, output))
            return found
        raise SystemExit(f"no setter type for {kind} ({_text(prop.name)})")

    def _rank(self, member: str) -> int:
        if member == "None":
            return len(self._RANK) + 1
        if member == "Any":
            return len(self._RANK)
        if member in self.plan.params:
            return 2
        if member[:1].isupper() and member not in ("Mapping[str, Any]", "FileInput"):
            return 0 if member.startswith("Literal") else 1
        for i, prefix in enumerate(self._RANK):
            if member.startswith(prefix):
                return i
        return len(self._RANK)

    def annotation(self, members: list[tuple[str, str]]) -> str:
        """Join union members, deduplicated and ordered; `Any` absorbs everything but None."""
        names = list(dict.fromkeys(m for m, _ in members))
        if "Any" in names:
            names = ["Any"]
        return " | ".join(sorted(names, key=self._rank))

    @staticmethod
    def words(members: list[tuple[str, str]]) -> str:
        """A short description of the accepted values for a docstring."""
        parts = list(dict.fromkeys(w for _, w in members if w))
        text = " or ".join(parts)
        if len(text) > 60 or len(parts) > 4:
            nullable = "null" in parts
            parts = [p for p in parts if p != "null"]
            text = f"a union of {len(parts)} types" + (" or null" if nullable else "")
        return text


@cache
def _hand_written_bases() -> dict[str, HandWrittenBase]:
    return hand_written_bases()


def _setter(mapper: TypeMapper, prop: Any, where: str, wire: str, name: str) -> Setter:
    members = mapper.members(prop)
    required = "required" if prop.required else "optional"
    doc = f'Set the {required} {where} "{wire}" ({mapper.words(members)}).'
    if name in BUILDER_METHODS:
        doc = doc[:-1] + f"; named {name}_ because {name}() is the builder's own."
        name += "_"
    return Setter(name=name, wire=_quoted(wire), type=mapper.annotation(members), doc=doc)


def plan_operation(endpoint: Any, meta: dict[str, Any], plan: ModulePlan) -> OperationPlan:
    """Plan the setters, builder names and result type of one operation."""
    op_id = meta["id"]
    mapper = TypeMapper(plan)
    stem = pascal(op_id)
    result, result_doc = _result(endpoint, meta, mapper)
    item: str | None = None
    hand_written = _hand_written_bases().get(op_id)
    if hand_written is not None:
        module, sync, async_ = hand_written.module, hand_written.sync, hand_written.async_
        plan.hand_written.update({(module, sync), (module, async_)})
        sync_base, async_base = f"{sync}[{result}]", f"{async_}[{result}]"
    elif meta["pagination"] == "cursor":
        plan.pages = True
        sync_base, async_base = "ListBuilder", "AsyncListBuilder"
        item = _list_item(endpoint, mapper)
        result_doc = f"a Page of {item}"
    elif meta["response_kind"] == "binary":
        sync_base, async_base = "DownloadBuilder", "AsyncDownloadBuilder"
    else:
        sync_base, async_base = f"RequestBuilder[{result}]", f"AsyncRequestBuilder[{result}]"
    if hand_written is None:
        plan.bases.update({sync_base.split("[")[0], async_base.split("[")[0]})
    path_params = [python_name(_text(p.name), str(p.python_name)) for p in endpoint.path_parameters]
    for name in path_params:
        if name in ("self", "fields"):
            raise SystemExit(f"{op_id}: path parameter {name!r} clashes with the method's own")
    op = OperationPlan(
        item=item,
        id=op_id,
        method_name=op_id.rsplit(".", 1)[1],
        http=f"{meta['method'].upper()} {_quoted(meta['path'])}",
        mixin=f"{stem}Setters",
        builder=f"{stem}Builder",
        async_builder=f"Async{stem}Builder",
        sync_base=sync_base,
        async_base=async_base,
        hand_written=hand_written is not None and hand_written.has_setters,
        path_params=path_params,
        result_doc=result_doc,
        params=operation_params_name(op_id),
    )
    plan.params.add(op.params)
    body = endpoint.bodies[0] if endpoint.bodies else None
    where = "form field" if body is not None and body.body_type == "files" else "body field"
    body_props: list[Any] = []
    if body is not None and hasattr(body.prop, "class_info"):
        body_props = list(body.prop.required_properties or []) + list(
            body.prop.optional_properties or []
        )
    for prop in body_props:
        wire = _text(prop.name)
        op.setters.append(
            _setter(mapper, prop, where, wire, python_name(wire, str(prop.python_name)))
        )
    for prop in endpoint.query_parameters:
        wire = _text(prop.name)
        name = python_name(wire, str(prop.python_name))
        op.setters.append(_setter(mapper, prop, "query parameter", wire, name))
    names = [s.name for s in op.setters]
    clashes = sorted({n for n in names if names.count(n) > 1})
    if clashes:
        raise SystemExit(f"{op_id}: body field and query parameter share the names {clashes}")
    return op


def _list_item(endpoint: Any, mapper: TypeMapper) -> str:
    """The type of the items in a list answer's `data` array (Any if it cannot tell)."""
    prop = endpoint.responses.patterns[0].prop if endpoint.responses.patterns else None
    props = [
        *(getattr(prop, "required_properties", None) or []),
        *(getattr(prop, "optional_properties", None) or []),
    ]
    for inner in props:
        if _text(inner.name) == "data" and type(inner).__name__ == "ListProperty":
            return mapper.annotation(mapper.members(inner.inner_property, output=True))
    return "Any"


def _result(endpoint: Any, meta: dict[str, Any], mapper: TypeMapper) -> tuple[str, str]:
    kind = meta["response_kind"]
    if kind == "binary":
        return "bytes", "bytes"
    if kind == "text":
        return "str", "str"
    if kind == "json" and endpoint.responses.patterns:
        members = mapper.members(endpoint.responses.patterns[0].prop, output=True)
        annotation = mapper.annotation(members)
        return annotation, annotation
    return "None", "None"


def plan_modules(
    collections: dict[Any, Any], oc: Any, typed_dicts: Mapping[str, str] | None = None
) -> list[ModulePlan]:
    """
    Group every operation by top-level namespace and plan each module; `typed_dicts` names the
    schemas with a TypedDict in params.py (setters of those take it besides the model).
    """
    modules: dict[str, ModulePlan] = {}
    namespaces: dict[str, NamespacePlan] = {}
    endpoints = [(oc(e)["id"], e) for c in collections.values() for e in c.endpoints]
    endpoints.sort(key=lambda pair: pair[0])
    # First every class name a module defines, so model imports can avoid them.
    for op_id, _ in endpoints:
        parts = op_id.split(".")
        for part in parts:
            if not part.isidentifier() or keyword.iskeyword(part):
                raise SystemExit(f"operation id {op_id!r}: {part!r} is not a Python name")
        plan = modules.setdefault(
            parts[0], ModulePlan(name=parts[0], typed_dicts=typed_dicts or {})
        )
        stem = pascal(op_id)
        plan.own_names.update({f"{stem}Setters", f"{stem}Builder", f"Async{stem}Builder"})
        for n in range(1, len(parts)):
            ns = pascal(".".join(parts[:n]))
            plan.own_names.update({ns, "Async" + ns})
    for op_id, endpoint in endpoints:
        parts = op_id.split(".")
        plan = modules[parts[0]]
        op = plan_operation(endpoint, oc(endpoint), plan)
        plan.operations.append(op)
        for n in range(1, len(parts)):
            path = ".".join(parts[:n])
            if path not in namespaces:
                namespaces[path] = NamespacePlan(path, pascal(path), "Async" + pascal(path))
                plan.namespaces.append(namespaces[path])
                if n > 1:
                    parent = namespaces[".".join(parts[: n - 1])]
                    child = namespaces[path]
                    parent.children.append((parts[n - 1], child.cls, child.async_cls))
        namespaces[".".join(parts[:-1])].operations.append(op)
    for plan in modules.values():
        _check_names(plan)
    return [modules[name] for name in sorted(modules)]


def _check_names(plan: ModulePlan) -> None:
    """Fail generation when two classes of one module, or a model import, share a name."""
    ours = [n.cls for n in plan.namespaces] + [n.async_cls for n in plan.namespaces]
    for op in plan.operations:
        ours += [op.mixin, op.builder, op.async_builder]
    imported = [n.split(" as ")[-1] for names in plan.models.values() for n in names]
    imported += sorted(plan.bases) + sorted(plan.params)
    clashes = sorted({n for n in ours if ours.count(n) > 1 or n in imported})
    for ns in plan.namespaces:
        attrs = [a for a, _, _ in ns.children] + [op.method_name for op in ns.operations]
        clashes += [f"{ns.path}.{a}" for a in attrs if a in NAMESPACE_METHODS or a.startswith("_")]
    if clashes:
        raise SystemExit(f"builders/{plan.name}.py: names clash: {clashes}")
