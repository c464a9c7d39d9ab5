"""
Tool definitions: functions (or types) the model may call, and the registry that holds them.

`@tool` reads a function's signature and docstring: the description is the docstring's first
paragraph, each parameter's description comes from its `Args:` entry (or `Annotated[X, "..."]`),
and the parameters schema is strict by default. A parameter with a default becomes nullable in
strict mode; a null argument for it then means "use the default" (unless its type accepts None).
"""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, overload

import attrs

from .._exceptions import InvalidConfigError, ResponseValidationError, ToolError
from .._request import to_jsonable
from .._structured.parsing import bind_fields, parse_content_as
from .._structured.schema import (
    fields_to_json_schema,
    schema_name_for,
    to_json_schema,
    to_strict_json_schema,
)
from .._structured.type_info import (
    NO_DEFAULT,
    FieldInfo,
    SchemaError,
    class_summary,
    parse_docstring,
    split_annotated,
    type_hints,
)

__all__ = ["ToolDefinition", "ToolRegistry", "encode_result", "tool"]

_NAME_RE = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")


def _check_name(name: str) -> str:
    if not _NAME_RE.match(name):
        raise InvalidConfigError(
            f"Expected a tool name matching ^[a-zA-Z0-9_-]{{1,64}}$, got {name!r}; pass "
            "name=... with letters, digits, '_' and '-' only."
        )
    return name


def _is_async_callable(fn: Any) -> bool:
    return inspect.iscoroutinefunction(fn) or inspect.iscoroutinefunction(
        getattr(fn, "__call__", None)  # noqa: B004 - an object with `async def __call__`
    )


@attrs.frozen(eq=False)
class ToolDefinition:
    """
    A tool the model may call.

    Attributes:
        name: The tool's name, as the model sees it.
        description: What the tool does, for the model.
        parameters: JSON schema of the arguments object (strict when `strict` is True).
        strict: Whether the API should enforce the schema (`strict: true`).
        function: The callable run with the arguments as keywords; None for a tool declared
            from a type, whose "result" is the arguments built as that type.
        is_async: Whether `function` is a coroutine function.
        arguments_type: For `from_type` tools, the type the arguments are built as.
        fields: For `@tool` functions, one entry per parameter (used to parse the arguments).
    """

    name: str
    description: str | None
    parameters: dict[str, Any]
    strict: bool = True
    function: Callable[..., Any] | None = None
    is_async: bool = False
    arguments_type: Any = None
    fields: tuple[FieldInfo, ...] | None = None

    @classmethod
    def from_function(
        cls,
        fn: Callable[..., Any],
        *,
        name: str | None = None,
        description: str | None = None,
        strict: bool = True,
    ) -> ToolDefinition:
        """
        Describe a sync or async function as a tool, from its type hints and docstring.

        Raises:
            SchemaError: A parameter cannot be described (no annotation in strict mode, `*args`,
                positional-only, an unsupported type); the message names the tool.
            InvalidConfigError: The name is not valid for the API.
        """
        if not callable(fn):
            raise InvalidConfigError(f"Expected a function to turn into a tool, got {fn!r}.")
        tool_name = _check_name(name or getattr(fn, "__name__", "") or type(fn).__name__)
        doc = parse_docstring(inspect.getdoc(fn))
        try:
            fields = _parameter_fields(fn, tool_name, doc.params)
            schema = fields_to_json_schema(fields)
            parameters = to_strict_json_schema(schema) if strict else schema
        except SchemaError as exc:
            raise SchemaError(f"Tool {tool_name!r}: {exc}", path=exc.path) from exc
        return cls(
            name=tool_name,
            description=description if description is not None else doc.summary,
            parameters=parameters,
            strict=strict,
            function=fn,
            is_async=_is_async_callable(fn),
            fields=fields,
        )

    @classmethod
    def from_type(
        cls,
        tp: Any,
        *,
        name: str | None = None,
        description: str | None = None,
        strict: bool = True,
    ) -> ToolDefinition:
        """
        Declare a tool whose arguments are an instance of `tp` (structured output via tools).

        Running such a tool returns the arguments built as `tp`; `parse_completion(...,
        tools=registry)` reads them as the parsed answer.
        """
        schema = to_strict_json_schema(tp) if strict else to_json_schema(tp)
        summary = None if isinstance(tp, dict) else class_summary(tp)
        return cls(
            name=_check_name(name or schema_name_for(tp)),
            description=description if description is not None else summary,
            parameters=schema,
            strict=strict,
            arguments_type=tp,
        )

    @classmethod
    def raw(
        cls,
        name: str,
        schema: dict[str, Any],
        fn: Callable[..., Any],
        *,
        description: str | None = None,
        strict: bool = True,
    ) -> ToolDefinition:
        """
        Declare a tool from a hand-written parameters schema; `fn` receives the arguments
        object's keys as keyword arguments, unchecked.
        """
        return cls(
            name=_check_name(name),
            description=description,
            parameters=to_strict_json_schema(schema) if strict else schema,
            strict=strict,
            function=fn,
            is_async=_is_async_callable(fn),
        )

    def to_openai(self) -> dict[str, Any]:
        """Return the `tools` entry of a chat request for this tool."""
        function: dict[str, Any] = {"name": self.name}
        if self.description is not None:
            function["description"] = self.description
        function["parameters"] = self.parameters
        function["strict"] = self.strict
        return {"type": "function", "function": function}

    def to_responses(self) -> dict[str, Any]:
        """Return the `tools` entry of a Responses API request (a flat function tool)."""
        entry: dict[str, Any] = {"type": "function", "name": self.name}
        if self.description is not None:
            entry["description"] = self.description
        entry["parameters"] = self.parameters
        entry["strict"] = self.strict
        return entry

    def bind(self, arguments: str) -> Any:
        """
        Parse the model's arguments string into what `invoke` takes.

        Returns:
            Keyword arguments for `function`, or, for a `from_type` tool, the built instance.

        Raises:
            ResponseValidationError: The arguments are not JSON or do not fit the parameters.
        """
        if self.arguments_type is not None:
            return parse_content_as(self.arguments_type, arguments)
        # Some providers send "" for a call without arguments.
        data: Any = parse_content_as(Any, arguments) if arguments.strip() else {}
        if not isinstance(data, dict):
            raise ResponseValidationError(
                f"Expected a JSON object of arguments at $, got {type(data).__name__}.",
                path="$",
                value=data,
            )
        if self.fields is None:
            return data
        return bind_fields(self.fields, data, "$", allow_extra=False)

    def invoke(self, bound: Any) -> Any:
        """
        Run the tool with arguments from `bind`, in this thread.

        Async functions run to completion in a private event loop.

        Raises:
            ToolError: An async tool was invoked from inside a running event loop.
        """
        if self.function is None:
            return bound
        result = self.function(**bound)
        if inspect.isawaitable(result):
            return _run_awaitable(self.name, result)
        return result

    async def ainvoke(self, bound: Any) -> Any:
        """Run the tool with arguments from `bind`; sync functions run in a worker thread."""
        if self.function is None:
            return bound
        if self.is_async:
            return await self.function(**bound)
        result = await asyncio.to_thread(self.function, **bound)
        return (await result) if inspect.isawaitable(result) else result

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Call the wrapped function directly, so a decorated function stays usable."""
        if self.function is None:
            raise ToolError(f"Tool {self.name!r} has no function to call.", tool_name=self.name)
        return self.function(*args, **kwargs)


def _run_awaitable(name: str, awaitable: Any) -> Any:
    try:
        asyncio.get_running_loop()
    except RuntimeError:

        async def wait() -> Any:
            return await awaitable

        return asyncio.run(wait())
    awaitable.close()
    raise ToolError(
        f"Tool {name!r} is async and cannot run from the sync ToolRunner inside a running event "
        "loop; use AsyncToolRunner.",
        tool_name=name,
    )


def _parameter_fields(
    fn: Callable[..., Any], tool_name: str, docs: dict[str, str]
) -> tuple[FieldInfo, ...]:
    hints = type_hints(fn)
    fields: list[FieldInfo] = []
    for param in inspect.signature(fn).parameters.values():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD, param.POSITIONAL_ONLY):
            raise SchemaError(
                f"Parameter {param.name!r} is {param.kind.description}; tools take named "
                "parameters only. Declare each one explicitly.",
                path=f"$.{param.name}",
            )
        tp = hints.get(param.name, Any)
        fields.append(
            FieldInfo(
                name=param.name,
                init_name=param.name,
                type=tp,
                required=param.default is param.empty,
                default=NO_DEFAULT if param.default is param.empty else param.default,
                description=_annotated_description(tp) or docs.get(param.name),
            )
        )
    return tuple(fields)


def _annotated_description(tp: Any) -> str | None:
    return split_annotated(tp)[1]


@overload
def tool(fn: Callable[..., Any], /) -> ToolDefinition: ...
@overload
def tool(
    *, name: str | None = None, description: str | None = None, strict: bool = True
) -> Callable[[Callable[..., Any]], ToolDefinition]: ...
def tool(
    fn: Callable[..., Any] | None = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    strict: bool = True,
) -> ToolDefinition | Callable[[Callable[..., Any]], ToolDefinition]:
    """
    Turn a sync or async function into a `ToolDefinition`; usable bare or with options.

    Args:
        fn: The function (when used as a bare `@tool`).
        name: Tool name; the function's name by default.
        description: Tool description; the docstring's first paragraph by default.
        strict: Send a strict parameters schema (the default).
    """

    def wrap(function: Callable[..., Any]) -> ToolDefinition:
        return ToolDefinition.from_function(
            function, name=name, description=description, strict=strict
        )

    return wrap(fn) if fn is not None else wrap


class ToolRegistry:
    """The tools offered to the model, by name."""

    def __init__(self, tools: Iterable[ToolDefinition | Callable[..., Any]] = ()) -> None:
        """
        Args:
            tools: Tools to register at once (definitions, or functions to wrap with `@tool`).
        """
        self._tools: dict[str, ToolDefinition] = {}
        for item in tools:
            self.register(item)

    def register(self, tool: ToolDefinition | Callable[..., Any]) -> ToolDefinition:
        """
        Add a tool; a plain function is wrapped with `@tool` first.

        Raises:
            InvalidConfigError: Another tool already has that name.
        """
        definition = (
            tool if isinstance(tool, ToolDefinition) else ToolDefinition.from_function(tool)
        )
        if definition.name in self._tools:
            raise InvalidConfigError(
                f"A tool named {definition.name!r} is already registered; give one of them "
                "another name with @tool(name=...)."
            )
        self._tools[definition.name] = definition
        return definition

    def get(self, name: str) -> ToolDefinition:
        """
        Return the tool called `name`.

        Raises:
            ToolError: No tool has that name.
        """
        try:
            return self._tools[name]
        except KeyError:
            raise ToolError(
                f"Tool {name!r} is not registered; known tools: {sorted(self._tools)}.",
                tool_name=name,
            ) from None

    def names(self) -> list[str]:
        """Return the registered names, in registration order."""
        return list(self._tools)

    def to_openai(self) -> list[dict[str, Any]]:
        """Return the `tools` list of a chat request."""
        return [definition.to_openai() for definition in self._tools.values()]

    def to_responses(self) -> list[dict[str, Any]]:
        """Return the `tools` list of a Responses API request."""
        return [definition.to_responses() for definition in self._tools.values()]

    def call(self, name: str, arguments: str) -> Any:
        """Parse `arguments` (a JSON string) for tool `name` and run it in this thread."""
        definition = self.get(name)
        return definition.invoke(definition.bind(arguments))

    async def acall(self, name: str, arguments: str) -> Any:
        """Parse `arguments` for tool `name` and run it (sync tools in a worker thread)."""
        definition = self.get(name)
        return await definition.ainvoke(definition.bind(arguments))

    def __contains__(self, name: object) -> bool:
        return name in self._tools

    def __len__(self) -> int:
        return len(self._tools)

    def __iter__(self) -> Iterator[ToolDefinition]:
        return iter(self._tools.values())

    def __repr__(self) -> str:
        return f"ToolRegistry({self.names()!r})"


def encode_result(value: Any) -> str:
    """
    Turn a tool's return value into the content of a tool message.

    Strings are sent as they are; anything else is JSON-encoded (attrs and dataclass instances
    as objects, enums as their values).

    Raises:
        TypeError: The value cannot be JSON-encoded.
        ValueError: The value is circular or holds a float JSON cannot show.
    """
    if isinstance(value, str):
        return value
    return json.dumps(to_jsonable(value), ensure_ascii=False)
