"""
The one table of hand-written extensions: which operation gets a hand-written builder base,
which namespace gets hand-written methods or a hand-written class.

Everything else is generated: an operation's builder is its generated setter mixin on the
default base (a list builder for cursor pagination, a download builder for binary answers, the
plain request builder otherwise), a namespace is its generated mixin on Namespace. A line here
changes that for one operation id or namespace path:

- `builder`: the builder base of an operation (it gets the operation's generated setters on
  top, unless it already inherits them, as the chat create builder does).
- `mixin`: a class whose methods are added to a namespace, in front of its generated mixin
  (`client.responses.stream()`).
- `namespace`: the whole class of a namespace, written by hand (it inherits the generated
  mixin itself; chat retypes `completions` for the checker).

Classes are named `"module:Class"`, the module relative to `openai_core._builders`, and
imported on first use (so that `client.files` loads nothing chat needs). The async twin is
`AsyncClass` in the same module. To add one, write one line, e.g.

    "batches": Extension(mixin="batch_extras:BatchesMixin"),

This table replaces the registries `_HAND_WRITTEN`, `_EXTRA_METHODS`, `_CHAT_CREATE` and
`EVENT_STREAMS`: an `_EXTRA_METHODS` entry `"path": (Mixin, AsyncMixin)` is the line
`"path": Extension(mixin="module:Mixin")` here. codegen/builders.py reads the `builder` lines
too, so the type checker sees the hand-written bases. `tests/builders/test_extensions.py`
checks that every line names a catalog entry and classes that exist, twins included;
`tests/test_architecture.py` counts the lines as imports.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from typing import Any

__all__ = ["EXTENSIONS", "Extension", "builder_base", "namespace_extension", "resolve"]


@dataclass(frozen=True)
class Extension:
    """The hand-written parts of one operation (`builder`) or namespace (`mixin`, `namespace`)."""

    builder: str | None = None
    mixin: str | None = None
    namespace: str | None = None

    def refs(self) -> tuple[str, ...]:
        """The classes this line names (`"module:Class"`, sync names)."""
        return tuple(r for r in (self.builder, self.mixin, self.namespace) if r is not None)


EXTENSIONS: dict[str, Extension] = {
    # Chat completions: the create builder with message helpers; stream / parse / run_tools.
    "chat": Extension(namespace="chat_namespace:Chat"),
    "chat.completions": Extension(namespace="chat_namespace:ChatCompletions"),
    "chat.completions.create": Extension(builder="chat:ChatCompletionCreateBuilder"),
    # Operations that also answer a stream of typed events: `send_events()`.
    # Batches: run / resume whole jobs on the provider's batch engine.
    "batches": Extension(namespace="batches_namespace:Batches"),
    # Responses: stream / parse / run_tools on the namespace.
    "responses": Extension(namespace="responses_namespace:Responses"),
    "responses.create": Extension(builder="event_builders:ResponseEventsBuilder"),
    "threads.create_and_run": Extension(builder="event_builders:AssistantEventsBuilder"),
    "threads.runs.create": Extension(builder="event_builders:AssistantEventsBuilder"),
    "threads.runs.submit_tool_outputs": Extension(builder="event_builders:AssistantEventsBuilder"),
}


@cache
def resolve(ref: str, is_async: bool) -> type[Any]:
    """Import the class `ref` names (`"module:Class"`), or its `AsyncClass` twin."""
    module, _, name = ref.partition(":")
    found: type[Any] = getattr(
        importlib.import_module(f"openai_core._builders.{module}"),
        ("Async" if is_async else "") + name,
    )
    return found


def builder_base(op_id: str, is_async: bool) -> type[Any] | None:
    """The hand-written builder base of an operation, or None for the default one."""
    line = EXTENSIONS.get(op_id)
    return None if line is None or line.builder is None else resolve(line.builder, is_async)


def namespace_extension(path: str, is_async: bool) -> tuple[type[Any] | None, type[Any] | None]:
    """The hand-written (class, mixin) of a namespace path; each None when it has none."""
    line = EXTENSIONS.get(path)
    if line is None:
        return None, None
    return (
        None if line.namespace is None else resolve(line.namespace, is_async),
        None if line.mixin is None else resolve(line.mixin, is_async),
    )
