"""
The generated catalog as the builders read it: operations by id, namespace paths, and the
generated setter and namespace mixins of each top-level namespace (one module each, imported
on first use so that touching `client.files` loads `builders/files.py` and nothing else).

Imports nothing from this wing: every other builder module may use it.
"""

from __future__ import annotations

import importlib
from functools import cache, lru_cache
from types import ModuleType
from typing import Any

from .._exceptions import InvalidConfigError
from .._request import OperationLike

__all__ = [
    "check_catalog",
    "generated_module",
    "namespace_mixins",
    "operations",
    "prefixes",
    "setters_for",
]


@lru_cache(maxsize=1)
def operations() -> dict[str, OperationLike]:
    """Return the catalog's operations by id (imported on first use; loads no model)."""
    from .._generated.catalog import OPERATIONS

    return dict(OPERATIONS)


@lru_cache(maxsize=1)
def prefixes() -> frozenset[str]:
    """Every namespace path of the catalog (`chat`, `chat.completions`, ...)."""
    found: set[str] = set()
    for op_id in operations():
        parts = op_id.split(".")
        found.update(".".join(parts[:n]) for n in range(1, len(parts)))
    return frozenset(found)


@cache
def generated_module(top: str) -> ModuleType | None:
    """The generated builders module of a top-level namespace (None if there is none)."""
    try:
        return importlib.import_module(f"openai_core._generated.builders.{top}")
    except ModuleNotFoundError:
        return None


def setters_for(op_id: str) -> type[Any] | None:
    """The generated setter mixin of an operation (None for an unknown id)."""
    module = generated_module(op_id.split(".")[0])
    if module is None:
        return None
    setters: type[Any] | None = module.SETTERS.get(op_id)
    return setters


def namespace_mixins(path: str) -> tuple[type[Any], type[Any]] | None:
    """The generated (sync, async) mixins of a namespace path (None if there are none)."""
    module = generated_module(path.split(".")[0])
    if module is None:
        return None
    pair: tuple[type[Any], type[Any]] | None = module.NAMESPACES.get(path)
    return pair


def check_catalog() -> None:
    """Fail with a clear message when the generated catalog is missing."""
    try:
        operations()
    except ImportError as exc:
        raise InvalidConfigError(
            "The generated endpoint catalog is missing; run 'make generate'."
        ) from exc
