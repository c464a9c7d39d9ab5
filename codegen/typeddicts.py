"""
Plan the request TypedDicts (`openai_core/_generated/params.py`) from the parsed spec.

Two kinds, both for the type checker first (at runtime they are plain dicts):

- one TypedDict per schema a request body reaches (`ChatCompletionTool` -> `ChatCompletionToolParam`,
  `ChatCompletionRequestUserMessage` -> `ChatCompletionRequestUserMessageParam`), required keys
  as the schema says; nested schemas are TypedDicts too, arrays `Sequence`, enums their literals
  or any string (providers add values), consts their literal;
- one `total=False` TypedDict per operation (`ChatCompletionsCreateParams`): its body fields and
  query parameters, the keywords its namespace method takes (`**fields: Unpack[...]`).

Plus aliases with the official SDK's names (`ChatCompletionMessageParam`, ...). The template only
prints what this module decides.
"""

from __future__ import annotations

import json
import keyword
from dataclasses import dataclass, field
from typing import Any

from .builders import _text, operation_params_name, param_name, python_name

# Names users of the official `openai` package know, for TypedDicts of our spec's names (or
# unions of them): alias -> the members, each a schema class name (its TypedDict is name+Param)
# or a literal annotation.
OFFICIAL_ALIASES: dict[str, tuple[str, ...]] = {
    "ChatCompletionMessageParam": (
        "ChatCompletionRequestDeveloperMessage",
        "ChatCompletionRequestSystemMessage",
        "ChatCompletionRequestUserMessage",
        "ChatCompletionRequestAssistantMessage",
        "ChatCompletionRequestToolMessage",
        "ChatCompletionRequestFunctionMessage",
    ),
    "ChatCompletionDeveloperMessageParam": ("ChatCompletionRequestDeveloperMessage",),
    "ChatCompletionSystemMessageParam": ("ChatCompletionRequestSystemMessage",),
    "ChatCompletionUserMessageParam": ("ChatCompletionRequestUserMessage",),
    "ChatCompletionAssistantMessageParam": ("ChatCompletionRequestAssistantMessage",),
    "ChatCompletionToolMessageParam": ("ChatCompletionRequestToolMessage",),
    "ChatCompletionFunctionMessageParam": ("ChatCompletionRequestFunctionMessage",),
    "ChatCompletionContentPartTextParam": ("ChatCompletionRequestMessageContentPartText",),
    "ChatCompletionContentPartImageParam": ("ChatCompletionRequestMessageContentPartImage",),
    "ChatCompletionContentPartInputAudioParam": ("ChatCompletionRequestMessageContentPartAudio",),
    "ChatCompletionContentPartFileParam": ("ChatCompletionRequestMessageContentPartFile",),
    "ChatCompletionContentPartParam": (
        "ChatCompletionRequestMessageContentPartText",
        "ChatCompletionRequestMessageContentPartImage",
        "ChatCompletionRequestMessageContentPartAudio",
        "ChatCompletionRequestMessageContentPartFile",
    ),
    "ChatCompletionToolChoiceOptionParam": (
        'Literal["none", "auto", "required"]',
        "ChatCompletionAllowedToolsChoice",
        "ChatCompletionNamedToolChoice",
        "ChatCompletionNamedToolChoiceCustom",
    ),
    "ChatCompletionStreamOptionsParam": ("ChatCompletionStreamOptionsType0",),
    "ResponseFormatJSONObjectParam": ("ResponseFormatJsonObject",),
    "ResponseFormatJSONSchemaParam": ("ResponseFormatJsonSchema",),
    "ChatCompletionResponseFormatParam": (
        "ResponseFormatText",
        "ResponseFormatJsonSchema",
        "ResponseFormatJsonObject",
    ),
}

_SCALARS = {
    "IntProperty": "int",
    "FloatProperty": "float",
    "BooleanProperty": "bool",
    "StringProperty": "str",
    "NoneProperty": "None",
    "AnyProperty": "Any",
    "FileProperty": "FileInput",
}


# Names the annotations use; a key named like one would shadow it inside a class body.
_SHADOWING = frozenset(
    {"Any", "FileInput", "Literal", "Mapping", "NotRequired", "Required", "Sequence"}
    | {"bool", "dict", "float", "int", "list", "str"}
)


@dataclass
class Key:
    """One key of a TypedDict."""

    name: str
    type: str
    required: bool


@dataclass
class TypedDictPlan:
    """A TypedDict: its class name, the schema or operation it types, and its keys."""

    name: str
    source: str
    total: bool
    keys: list[Key] = field(default_factory=list)

    @property
    def functional(self) -> bool:
        """A key is no Python name, or shadows a name the annotations use: use the call form."""
        return any(
            not k.name.isidentifier() or keyword.iskeyword(k.name) or k.name in _SHADOWING
            for k in self.keys
        )


@dataclass
class ParamsPlan:
    """Everything `params.py` defines."""

    schemas: list[TypedDictPlan] = field(default_factory=list)
    operations: list[TypedDictPlan] = field(default_factory=list)
    aliases: list[tuple[str, str]] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        """Every name params.py defines."""
        tds = [td.name for td in (*self.schemas, *self.operations)]
        return tds + [alias for alias, _ in self.aliases]


class _Planner:
    def __init__(self, models: list[Any]) -> None:
        # The processed model of each class (a property that refers to one is a bare copy).
        self.by_name = {str(m.class_info.name): m for m in models}
        self.models: dict[str, Any] = {}  # schema class name -> ModelProperty, as reached
        self.queue: list[str] = []
        self.taken: set[str] = set()  # other generated names (enum aliases)

    def td_name(self, schema: str) -> str:
        """`<Schema>Param`, or `<Schema>Dict` when a model class already has the Param name."""
        name = param_name(schema)
        return f"{schema}Dict" if name in self.by_name or name in self.taken else name

    def _model(self, prop: Any) -> str:
        name = str(prop.class_info.name)
        prop = self.by_name.get(name, prop)
        declared = [*(prop.required_properties or []), *(prop.optional_properties or [])]
        if not declared:
            extra = prop.additional_properties
            value = "Any" if extra in (None, True, False) else self.annotation(extra)
            return f"Mapping[str, {value}]"
        if name not in self.models:
            self.models[name] = prop
            self.queue.append(name)
        return self.td_name(name)

    def members(self, prop: Any) -> list[str]:
        kind = type(prop).__name__
        if kind in _SCALARS:
            return [_SCALARS[kind]]
        if kind == "ConstProperty":
            return [f"Literal[{json.dumps(prop.value.raw_value)}]"]
        if kind == "LiteralEnumProperty":
            values = sorted(prop.values, key=lambda v: (str(type(v)), v))
            base = "str" if all(isinstance(v, str) for v in values) else "int"
            return ["Literal[" + ", ".join(json.dumps(v) for v in values) + "]", base]
        if kind == "ModelProperty":
            return [self._model(prop)]
        if kind == "ListProperty":
            return [f"Sequence[{self.annotation(prop.inner_property)}]"]
        if kind == "UnionProperty":
            return [m for inner in prop.inner_properties for m in self.members(inner)]
        raise SystemExit(f"no TypedDict type for {kind} ({_text(prop.name)})")

    def annotation(self, prop: Any) -> str:
        names = list(dict.fromkeys(self.members(prop)))
        if "Any" in names:
            return "Any"
        # None last, so that `X | None` reads as usual.
        return " | ".join(sorted(names, key=lambda n: n == "None"))

    def keys(self, props: list[Any], all_optional: bool) -> list[Key]:
        keys = []
        for prop in props:
            wire = _text(prop.name)
            name = wire if all_optional is False else python_name(wire, str(prop.python_name))
            required = bool(prop.required) and not all_optional
            keys.append(Key(name=name, type=self.annotation(prop), required=required))
        return keys


def plan_params(
    endpoints: list[tuple[str, Any]], models: list[Any], enums: list[Any] | None = None
) -> ParamsPlan:
    """
    Plan the operations' keyword TypedDicts and every schema their bodies reach; `enums` are
    the generated enum aliases, whose names no TypedDict may take either.
    """
    planner = _Planner(models)
    planner.taken = {str(e.class_info.name) for e in enums or []}
    plan = ParamsPlan()
    for op_id, endpoint in sorted(endpoints, key=lambda pair: pair[0]):
        body = endpoint.bodies[0] if endpoint.bodies else None
        props: list[Any] = []
        if body is not None and hasattr(body.prop, "class_info"):
            props = [*(body.prop.required_properties or []), *(body.prop.optional_properties or [])]
        props += list(endpoint.query_parameters)
        td = TypedDictPlan(operation_params_name(op_id), op_id, total=False)
        td.keys = planner.keys(props, all_optional=True)
        plan.operations.append(td)
    for aliased in OFFICIAL_ALIASES.values():
        for member in aliased:
            if member.startswith("Literal"):
                continue
            if member not in planner.by_name:
                raise SystemExit(f"params: OFFICIAL_ALIASES names {member}, which is no schema")
            planner._model(planner.by_name[member])
    done: set[str] = set()
    while planner.queue:
        name = planner.queue.pop()
        if name in done:
            continue
        done.add(name)
        prop = planner.models[name]
        props = [*(prop.required_properties or []), *(prop.optional_properties or [])]
        td = TypedDictPlan(planner.td_name(name), name, total=True)
        td.keys = planner.keys(props, all_optional=False)
        plan.schemas.append(td)
    plan.schemas.sort(key=lambda td: td.name)
    for alias, members in OFFICIAL_ALIASES.items():
        types = [m if m.startswith("Literal") else planner.td_name(m) for m in members]
        plan.aliases.append((alias, " | ".join(types)))
    names = [td.name for td in (*plan.schemas, *plan.operations)] + [a for a, _ in plan.aliases]
    # openai_core.types exports the models and these side by side: no name may be both.
    names += [*planner.by_name, *planner.taken]
    clashes = sorted({n for n in names if names.count(n) > 1})
    if clashes:
        raise SystemExit(f"params.py: names clash: {clashes}")
    return plan
