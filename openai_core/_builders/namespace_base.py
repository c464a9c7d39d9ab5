"""
The namespace classes: `client.files`, `client.chat.completions`, ...

A namespace turns attribute access into child namespaces and operation methods. It does not
decide which class a child or a builder gets: the `Composer` it was created with does (see
namespaces.py, which reads the extensions table), so this module imports neither the table nor
the builders it names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from .catalog import operations, prefixes
from .client_like import AnyClient

__all__ = ["AsyncNamespace", "Composer", "Namespace"]


class Composer(Protocol):
    """Makes the child namespaces and the builders of a namespace."""

    def namespace(self, client: AnyClient, path: str, is_async: bool) -> Namespace:
        """Return the namespace at `path` (a key of `catalog.prefixes()`)."""
        ...

    def builder(
        self,
        client: AnyClient,
        op_id: str,
        is_async: bool,
        args: tuple[Any, ...],
        fields: dict[str, Any],
    ) -> Any:
        """Return the builder of `op_id`, path parameters `args`, setters pre-filled from `fields`."""
        ...


class Namespace:
    """A group of operations (`client.files`, `client.chat.completions`, ...)."""

    _is_async = False

    def __init__(self, client: AnyClient, path: str, composer: Composer) -> None:
        self._client = client
        self._path = path
        self._composer = composer
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
        if full in prefixes():
            return self._composer.namespace(self._client, full, self._is_async)
        raise AttributeError(
            f"{self._path!r} has no operation or namespace {name!r}; available: {self.names()}."
        )

    def _method(self, op_id: str) -> Callable[..., Any]:
        client, is_async, composer = self._client, self._is_async, self._composer

        def call(*args: Any, **fields: Any) -> Any:
            return composer.builder(client, op_id, is_async, args, fields)

        op = operations()[op_id]
        call.__name__ = op_id.rsplit(".", 1)[1]
        call.__qualname__ = op_id
        call.__doc__ = f"Return a builder for {op_id} ({op.method} {op.path})."
        return call

    def _op(self, name: str, args: tuple[Any, ...], fields: dict[str, Any]) -> Any:
        op_id = f"{self._path}.{name}"
        return self._composer.builder(self._client, op_id, self._is_async, args, fields)

    def names(self) -> list[str]:
        """Return the operations and sub-namespaces reachable from here."""
        depth = self._path.count(".") + 1
        found = {
            key.split(".")[depth]
            for key in (*operations(), *prefixes())
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
