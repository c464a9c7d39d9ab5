"""
Namespaces built from the endpoint catalog: `client.<namespace>.<method>(...)` returns a builder.

The namespace of an operation is its id minus the last part (`chat.completions.messages.list` is
`client.chat.completions.messages.list(completion_id)`). Path parameters are positional (or
keywords), other keywords pre-fill the builder's setters. Chat completions get a typed namespace
with `create`, `stream`, `parse` and `run_tools` on top of the catalog's operations.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ._builders import (
    AsyncDownloadBuilder,
    AsyncRequestBuilder,
    BuilderBase,
    DownloadBuilder,
    RequestBuilder,
)
from ._chat_builder import AsyncChatCompletionCreateBuilder, ChatCompletionCreateBuilder
from ._chat_extras import AsyncChatExtrasMixin, ChatExtrasMixin
from ._exceptions import InvalidConfigError
from ._pagination import AsyncListBuilder, ListBuilder
from ._request import OperationLike

if TYPE_CHECKING:
    from ._generated.models.chat_completion import ChatCompletion
    from ._generated.models.chat_completion_deleted import ChatCompletionDeleted

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


@lru_cache(maxsize=1)
def operations() -> dict[str, OperationLike]:
    """Return the catalog's operations by id (imported on first use; loads no model)."""
    from ._generated.catalog import OPERATIONS

    return dict(OPERATIONS)


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    found: set[str] = set()
    for op_id in operations():
        parts = op_id.split(".")
        found.update(".".join(parts[:n]) for n in range(1, len(parts)))
    return frozenset(found)


def builder_class(op: OperationLike, is_async: bool) -> type[BuilderBase[Any]]:
    """Choose the builder class for an operation: chat create, list, download or generic."""
    if op.id == "chat.completions.create":
        return AsyncChatCompletionCreateBuilder if is_async else ChatCompletionCreateBuilder
    if op.pagination == "cursor":
        return AsyncListBuilder if is_async else ListBuilder
    if op.response_kind == "binary":
        return AsyncDownloadBuilder if is_async else DownloadBuilder
    return AsyncRequestBuilder if is_async else RequestBuilder


def make_builder(
    client: Any, op_id: str, is_async: bool, args: tuple[Any, ...], fields: dict[str, Any]
) -> Any:
    """
    Create the builder for `op_id` with path parameters `args` and setters pre-filled from `fields`.

    Raises:
        TypeError: More positional arguments than the operation has path parameters.
    """
    op = operations()[op_id]
    names = op.path_params
    if len(args) > len(names):
        raise TypeError(
            f"{op_id}() takes {len(names)} path parameter(s) {list(names)}, got {len(args)}."
        )
    values = [str(a) for a in args]
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

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        child = self._children.get(name)
        if child is None:
            child = self._children[name] = self._child(name)
        return child

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


class ChatCompletions(ChatExtrasMixin, Namespace):
    """`client.chat.completions`: create, stream, parse, run_tools and stored completions."""

    def create(self, **fields: Any) -> ChatCompletionCreateBuilder[ChatCompletion]:
        """Return a builder for a chat completion; keywords pre-fill its setters."""
        builder: ChatCompletionCreateBuilder[ChatCompletion] = self._op("create", (), fields)
        return builder

    def retrieve(self, completion_id: str, **fields: Any) -> RequestBuilder[ChatCompletion]:
        """Return a builder fetching a stored completion."""
        builder: RequestBuilder[ChatCompletion] = self._op("retrieve", (completion_id,), fields)
        return builder

    def update(self, completion_id: str, **fields: Any) -> RequestBuilder[ChatCompletion]:
        """Return a builder updating a stored completion (`.metadata({...})`)."""
        builder: RequestBuilder[ChatCompletion] = self._op("update", (completion_id,), fields)
        return builder

    def delete(self, completion_id: str, **fields: Any) -> RequestBuilder[ChatCompletionDeleted]:
        """Return a builder deleting a stored completion."""
        builder: RequestBuilder[ChatCompletionDeleted] = self._op(
            "delete", (completion_id,), fields
        )
        return builder

    def list(self, **fields: Any) -> ListBuilder:
        """Return a builder listing stored completions (`.limit(20).order("desc")`)."""
        builder: ListBuilder = self._op("list", (), fields)
        return builder


class AsyncChatCompletions(AsyncChatExtrasMixin, AsyncNamespace):
    """Async twin of ChatCompletions."""

    def create(self, **fields: Any) -> AsyncChatCompletionCreateBuilder[ChatCompletion]:
        """Return a builder for a chat completion; keywords pre-fill its setters."""
        builder: AsyncChatCompletionCreateBuilder[ChatCompletion] = self._op("create", (), fields)
        return builder

    def retrieve(self, completion_id: str, **fields: Any) -> AsyncRequestBuilder[ChatCompletion]:
        """Return a builder fetching a stored completion."""
        builder: AsyncRequestBuilder[ChatCompletion] = self._op(
            "retrieve", (completion_id,), fields
        )
        return builder

    def update(self, completion_id: str, **fields: Any) -> AsyncRequestBuilder[ChatCompletion]:
        """Return a builder updating a stored completion (`.metadata({...})`)."""
        builder: AsyncRequestBuilder[ChatCompletion] = self._op("update", (completion_id,), fields)
        return builder

    def delete(
        self, completion_id: str, **fields: Any
    ) -> AsyncRequestBuilder[ChatCompletionDeleted]:
        """Return a builder deleting a stored completion."""
        builder: AsyncRequestBuilder[ChatCompletionDeleted] = self._op(
            "delete", (completion_id,), fields
        )
        return builder

    def list(self, **fields: Any) -> AsyncListBuilder:
        """Return a builder listing stored completions (`.limit(20).order("desc")`)."""
        builder: AsyncListBuilder = self._op("list", (), fields)
        return builder


class Chat(Namespace):
    """`client.chat`."""

    @property
    def completions(self) -> ChatCompletions:
        """Chat completions."""
        completions: ChatCompletions = self.__getattr__("completions")
        return completions


class AsyncChat(AsyncNamespace):
    """`client.chat` of an AsyncClient."""

    @property
    def completions(self) -> AsyncChatCompletions:
        """Chat completions."""
        completions: AsyncChatCompletions = self.__getattr__("completions")
        return completions


_TYPED: dict[tuple[str, bool], type[Namespace]] = {
    ("chat", False): Chat,
    ("chat", True): AsyncChat,
    ("chat.completions", False): ChatCompletions,
    ("chat.completions", True): AsyncChatCompletions,
}


def _namespace_class(path: str, is_async: bool) -> type[Namespace]:
    return _TYPED.get((path, is_async), AsyncNamespace if is_async else Namespace)


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
