# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Bases of the typed setter and namespace mixins: no I/O, nothing from the hand-written layer.

A setter mixin only calls `self.set(wire_name, value)`; a namespace mixin only calls
`self._op(name, path_args, fields)` and `self._sub(name)`. The hand-written builders and
namespaces provide those methods; they are declared here for the type checker alone.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    import os
    from typing import IO, TypeAlias

    from typing_extensions import Self

    # What a multipart file field takes (see openai_core/_files.py): a path, bytes, an open
    # binary file, or a (filename, content[, content_type]) tuple.
    FileInput: TypeAlias = str | os.PathLike[str] | bytes | IO[bytes] | tuple[Any, ...]

F = TypeVar("F", bound=Callable[..., Any])


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<missing>"


MISSING: Any = _Missing()
"""Stands for a path parameter the caller left out."""


def defer_path_check(method: F) -> F:
    """
    Let a namespace method run without its path parameters; the type checker still needs them.

    An omitted one arrives as MISSING, and the builder reports MissingRequiredFieldError before
    any I/O, as it does for a missing body field.
    """
    function = cast(types.FunctionType, method)
    function.__defaults__ = (MISSING,) * (function.__code__.co_argcount - 1)
    return method


class SetterMixin:
    """Base of the per-operation setter mixins."""

    __slots__ = ()

    if TYPE_CHECKING:

        def set(self, name: str, value: Any) -> Self:
            """Set a body field or query parameter by its wire name."""
            ...


class NamespaceMixin:
    """Base of the per-namespace mixins."""

    __slots__ = ()

    if TYPE_CHECKING:

        def _op(self, name: str, args: tuple[Any, ...], fields: Mapping[str, Any]) -> Any: ...

        def _sub(self, name: str) -> Any: ...

        def names(self) -> list[str]:
            """Return the operations and sub-namespaces reachable from here."""
            ...
