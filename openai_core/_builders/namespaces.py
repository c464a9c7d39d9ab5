"""
Namespaces and builders: `client.<namespace>.<method>(...)` returns a builder.

The namespace of an operation is its id minus the last part (`chat.completions.messages.list` is
`client.chat.completions.messages.list(completion_id)`). The typed methods, properties and
setters come from generated mixins (`_generated/builders/<top>.py`, one module per top-level
namespace); this module composes each mixin with its base the first time it is used and caches
the class. The bases are the defaults below unless the extensions table (extensions.py) names
a hand-written one. Path parameters are positional (or keywords), other keywords pre-fill the
setters.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .._generated.builders._base import MISSING
from .._request import OperationLike
from .base import (
    AsyncDownloadBuilder,
    AsyncRequestBuilder,
    BuilderBase,
    DownloadBuilder,
    RequestBuilder,
)
from .catalog import namespace_mixins, operations, prefixes, setters_for
from .client_like import AnyClient
from .extensions import builder_base, namespace_extension
from .namespace_base import AsyncNamespace, Namespace
from .pagination import AsyncListBuilder, ListBuilder

__all__ = [
    "COMPOSER",
    "builder_class",
    "make_builder",
    "namespace_class",
    "namespace_for",
    "operations",
    "root_names",
    "setters_for",
]


def _base_class(op: OperationLike, is_async: bool) -> type[BuilderBase[Any]]:
    hand_written = builder_base(op.id, is_async)
    if hand_written is not None:
        return hand_written
    if op.pagination == "cursor":
        return AsyncListBuilder if is_async else ListBuilder
    if op.response_kind == "binary":
        return AsyncDownloadBuilder if is_async else DownloadBuilder
    return AsyncRequestBuilder if is_async else RequestBuilder


@cache
def _composed_builder(op_id: str, is_async: bool) -> type[BuilderBase[Any]]:
    base = _base_class(operations()[op_id], is_async)
    setters = setters_for(op_id)
    if setters is None or issubclass(base, setters):
        return base
    # Named like the builder class the generated module declares for the type checker.
    name = ("Async" if is_async else "") + setters.__name__.removesuffix("Setters") + "Builder"
    namespace = {"__slots__": (), "__module__": setters.__module__, "__qualname__": name}
    return type(name, (setters, base), namespace)


def builder_class(op: OperationLike, is_async: bool) -> type[BuilderBase[Any]]:
    """
    Return the builder class of an operation: its typed setters on the right base.

    The base is the hand-written one of the extensions table, a list builder (cursor
    pagination), a download builder (binary answer) or the plain request builder. An operation
    missing from the catalog gets the bare base, whose setters come from `set(name, value)`.
    """
    if operations().get(op.id) == op:
        return _composed_builder(op.id, is_async)
    return _base_class(op, is_async)


def make_builder(
    client: AnyClient, op_id: str, is_async: bool, args: tuple[Any, ...], fields: dict[str, Any]
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


@cache
def namespace_class(path: str, is_async: bool) -> type[Namespace]:
    """
    Return the class of the namespace at `path`: the hand-written one of the extensions table,
    or the generated mixin (after a hand-written helper mixin, if any) on Namespace.
    """
    hand_written, extra = namespace_extension(path, is_async)
    if hand_written is not None:
        return hand_written
    base = AsyncNamespace if is_async else Namespace
    pair = namespace_mixins(path)
    if pair is None:
        return base
    mixin = pair[is_async]
    namespace = {"__module__": mixin.__module__, "__qualname__": mixin.__name__}
    bases = (mixin, base) if extra is None else (extra, mixin, base)
    return type(mixin.__name__, bases, namespace)


class _Composer:
    """The Composer every namespace is created with: the functions of this module."""

    __slots__ = ()

    def namespace(self, client: AnyClient, path: str, is_async: bool) -> Namespace:
        return namespace_class(path, is_async)(client, path, self)

    def builder(
        self,
        client: AnyClient,
        op_id: str,
        is_async: bool,
        args: tuple[Any, ...],
        fields: dict[str, Any],
    ) -> Any:
        return make_builder(client, op_id, is_async, args, fields)


COMPOSER = _Composer()


def root_names() -> list[str]:
    """The top-level namespaces of a client (`audio`, `batches`, `chat`, ...)."""
    return sorted({p.split(".")[0] for p in prefixes()})


def namespace_for(client: AnyClient, name: str, is_async: bool) -> Namespace:
    """
    Return the top-level namespace `name` of a client.

    Raises:
        AttributeError: No operation lives under `name`.
    """
    if name not in prefixes():
        raise AttributeError(
            f"{type(client).__name__} has no namespace {name!r}; available: {root_names()}."
        )
    return COMPOSER.namespace(client, name, is_async)
