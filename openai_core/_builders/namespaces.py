"""
Namespaces and builders: `client.<namespace>.<method>(...)` returns a builder.

The namespace of an operation is its id minus the last part (`chat.completions.messages.list` is
`client.chat.completions.messages.list(completion_id)`). The typed methods, properties and
setters come from generated mixins (`_generated/builders/<top>.py`, one module per top-level
namespace); this module composes each mixin with its hand-written base the first time it is
used and caches the class, so touching `client.files` loads `builders/files.py` and nothing
else. Path parameters are positional (or keywords), other keywords pre-fill the setters.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache, lru_cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

from .._exceptions import InvalidConfigError
from .._generated.builders._base import MISSING
from .._jobs.namespace import AsyncBatchesMixin, BatchesMixin
from .._request import OperationLike
from .base import (
    AsyncDownloadBuilder,
    AsyncRequestBuilder,
    BuilderBase,
    DownloadBuilder,
    RequestBuilder,
)
from .chat import AsyncChatCompletionCreateBuilder, ChatCompletionCreateBuilder
from .event_builders import (
    EVENT_STREAMS,
    AsyncEventStreamBuilder,
    AsyncResponsesStreamMixin,
    EventStreamBuilder,
    ResponsesStreamMixin,
)
from .pagination import AsyncListBuilder, ListBuilder

if TYPE_CHECKING:
    from .chat_namespace import AsyncChat, AsyncChatCompletions, Chat, ChatCompletions

__all__ = [
    "AsyncChat",
    "AsyncChatCompletions",
    "AsyncNamespace",
    "Chat",
    "ChatCompletions",
    "Namespace",
    "builder_class",
    "namespace_for",
    "operations",
]

_CHAT_CREATE = "chat.completions.create"
# Namespaces whose class is hand-written (it adds stream / parse / run_tools to chat
# completions), by path: they live in _chat_namespace.py, imported only when chat is used.
_HAND_WRITTEN = {
    ("chat", False): "Chat",
    ("chat", True): "AsyncChat",
    ("chat.completions", False): "ChatCompletions",
    ("chat.completions", True): "AsyncChatCompletions",
}


@lru_cache(maxsize=1)
def operations() -> dict[str, OperationLike]:
    """Return the catalog's operations by id (imported on first use; loads no model)."""
    from .._generated.catalog import OPERATIONS

    return dict(OPERATIONS)


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    found: set[str] = set()
    for op_id in operations():
        parts = op_id.split(".")
        found.update(".".join(parts[:n]) for n in range(1, len(parts)))
    return frozenset(found)


@cache
def _generated(top: str) -> ModuleType | None:
    """The generated builders module of a top-level namespace (None if there is none)."""
    try:
        return importlib.import_module(f"openai_core._generated.builders.{top}")
    except ModuleNotFoundError:
        return None


def _base_class(op: OperationLike, is_async: bool) -> type[BuilderBase[Any]]:
    if op.id == _CHAT_CREATE:
        return AsyncChatCompletionCreateBuilder if is_async else ChatCompletionCreateBuilder
    if op.id in EVENT_STREAMS:
        return AsyncEventStreamBuilder if is_async else EventStreamBuilder
    if op.pagination == "cursor":
        return AsyncListBuilder if is_async else ListBuilder
    if op.response_kind == "binary":
        return AsyncDownloadBuilder if is_async else DownloadBuilder
    return AsyncRequestBuilder if is_async else RequestBuilder


def setters_for(op_id: str) -> type[Any] | None:
    """The generated setter mixin of an operation (None for chat create and unknown ids)."""
    module = _generated(op_id.split(".")[0])
    if module is None or op_id == _CHAT_CREATE:
        return None
    setters: type[Any] | None = module.SETTERS.get(op_id)
    return setters


@cache
def _composed_builder(op_id: str, is_async: bool) -> type[BuilderBase[Any]]:
    op = operations()[op_id]
    base = _base_class(op, is_async)
    setters = setters_for(op_id)
    if setters is None:
        return base
    # Named like the builder class the generated module declares for the type checker.
    name = ("Async" if is_async else "") + setters.__name__.removesuffix("Setters") + "Builder"
    namespace = {"__slots__": (), "__module__": setters.__module__, "__qualname__": name}
    return type(name, (setters, base), namespace)


def builder_class(op: OperationLike, is_async: bool) -> type[BuilderBase[Any]]:
    """
    Return the builder class of an operation: its typed setters on the right base.

    The base is the chat create builder, a list builder (cursor pagination), a download builder
    (binary answer) or the plain request builder. An operation missing from the catalog gets the
    bare base, whose setters come from `set(name, value)`.
    """
    if operations().get(op.id) == op:
        return _composed_builder(op.id, is_async)
    return _base_class(op, is_async)


def make_builder(
    client: Any, op_id: str, is_async: bool, args: tuple[Any, ...], fields: dict[str, Any]
) -> Any:
    """
    Create the builder for `op_id` with path parameters `args` and setters pre-filled from `fields`.

    An omitted path parameter (MISSING, or absent) ends `args`; sending then fails with
    MissingRequiredFieldError before any I/O.

    Raises:
        TypeError: More positional arguments than the operation has path parameters.
    """
    op = operations()[op_id]
    names = op.path_params
    if len(args) > len(names):
        raise TypeError(
            f"{op_id}() takes {len(names)} path parameter(s) {list(names)}, got {len(args)}."
        )
    values: list[str] = []
    for arg in args:
        if arg is MISSING:
            break
        values.append(str(arg))
    if len(values) == len(args):
        for name in names[len(values) :]:
            if name not in fields:
                break
            values.append(str(fields.pop(name)))
    return builder_class(op, is_async)(client, op, tuple(values), **fields)


class Namespace:
    """A group of operations (`client.files`, `client.chat.completions`, ...)."""

    _is_async = False

    def __init__(self, client: Any, path: str) -> None:
        self._client = client
        self._path = path
        self._children: dict[str, Any] = {}

    def _sub(self, name: str) -> Any:
        child = self._children.get(name)
        if child is None:
            child = self._children[name] = self._child(name)
        return child

    if not TYPE_CHECKING:
        # Hidden from the type checker, so a misspelled name is a type error; at runtime it
        # reaches operations the generated classes do not know and lists what exists.
        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise AttributeError(name)
            return self._sub(name)

    def _child(self, name: str) -> Any:
        full = f"{self._path}.{name}"
        if full in operations():
            return self._method(full)
        if full in _prefixes():
            return _namespace_class(full, self._is_async)(self._client, full)
        raise AttributeError(
            f"{self._path!r} has no operation or namespace {name!r}; available: {self.names()}."
        )

    def _method(self, op_id: str) -> Callable[..., Any]:
        client, is_async = self._client, self._is_async

        def call(*args: Any, **fields: Any) -> Any:
            return make_builder(client, op_id, is_async, args, fields)

        call.__name__ = op_id.rsplit(".", 1)[1]
        call.__qualname__ = op_id
        call.__doc__ = (
            f"Return a builder for {op_id} ({operations()[op_id].method} "
            f"{operations()[op_id].path})."
        )
        return call

    def _op(self, name: str, args: tuple[Any, ...], fields: dict[str, Any]) -> Any:
        return make_builder(self._client, f"{self._path}.{name}", self._is_async, args, fields)

    def names(self) -> list[str]:
        """Return the operations and sub-namespaces reachable from here."""
        depth = self._path.count(".") + 1
        found = {
            key.split(".")[depth]
            for key in (*operations(), *_prefixes())
            if key.startswith(self._path + ".")
        }
        return sorted(found)

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *self.names()})

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._path!r})"


class AsyncNamespace(Namespace):
    """Namespace of an AsyncClient: its builders send with `await`."""

    _is_async = True


@cache
def _namespace_class(path: str, is_async: bool) -> type[Namespace]:
    hand_written = _HAND_WRITTEN.get((path, is_async))
    if hand_written is not None:
        from . import chat_namespace as _chat_namespace

        cls: type[Namespace] = getattr(_chat_namespace, hand_written)
        return cls
    base = AsyncNamespace if is_async else Namespace
    module = _generated(path.split(".")[0])
    pair = None if module is None else module.NAMESPACES.get(path)
    if pair is None:
        return base
    mixin = pair[is_async]
    namespace = {"__module__": mixin.__module__, "__qualname__": mixin.__name__}
    extra = _EXTRA_METHODS.get(path)
    bases = (mixin, base) if extra is None else (extra[is_async], mixin, base)
    return type(mixin.__name__, bases, namespace)


# Hand-written methods added to generated namespaces: (sync mixin, async mixin).
_EXTRA_METHODS: dict[str, tuple[type[Any], type[Any]]] = {
    "responses": (ResponsesStreamMixin, AsyncResponsesStreamMixin),
    "batches": (BatchesMixin, AsyncBatchesMixin),
}


def namespace_for(client: Any, name: str, is_async: bool) -> Namespace:
    """
    Return the top-level namespace `name` of a client.

    Raises:
        AttributeError: No operation lives under `name`.
    """
    if name not in _prefixes():
        roots = sorted({p.split(".")[0] for p in _prefixes()})
        raise AttributeError(
            f"{type(client).__name__} has no namespace {name!r}; available: {roots}."
        )
    return _namespace_class(name, is_async)(client, name)


def check_catalog() -> None:
    """Fail with a clear message when the generated catalog is missing."""
    try:
        operations()
    except ImportError as exc:
        raise InvalidConfigError(
            "The generated endpoint catalog is missing; run 'make generate'."
        ) from exc


def __getattr__(name: str) -> Any:
    # The chat namespace classes load the generated chat module; import them on first use so
    # that using another namespace never does.
    if name in _HAND_WRITTEN.values():
        from . import chat_namespace as _chat_namespace

        return getattr(_chat_namespace, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
