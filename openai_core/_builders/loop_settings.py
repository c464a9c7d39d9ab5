"""
The settings the chat and Responses builders share for their loops: `max_reasks` of a `parse(T)`
builder, and `register_tool` / `max_rounds` / `raise_on_tool_error` of a `run_tools()` builder.

Mixins: the builder that uses one calls its `_init_*` method. They declare no `__slots__` (the
type checker would refuse the assignments to slots only their subclasses declare), so these
builders carry a `__dict__`; they are built once per loop, not per chunk or call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .._exceptions import InvalidConfigError

if TYPE_CHECKING:
    from typing_extensions import Self

    from .._tools.definition import ToolDefinition

__all__ = ["ReaskSettings", "ToolRoundSettings"]


class ReaskSettings:
    """`max_reasks(n)`: how often a parse builder asks again for an answer that does not fit."""

    _max_reasks: int

    def _init_reasks(self) -> None:
        self._max_reasks = 0

    def max_reasks(self, reasks: int) -> Self:
        """
        Ask again, up to `reasks` times, when the answer does not fit the type: the model gets
        its answer back with the validation error (path and what was wrong). Then the last
        ResponseValidationError is raised. `send()` only; 0 (the default) never re-asks.
        """
        if reasks < 0:
            raise InvalidConfigError(f"Expected max_reasks >= 0, got {reasks!r}.")
        self._max_reasks = reasks
        return self


class ToolRoundSettings:
    """The tools and limits of a `run_tools()` builder."""

    _registered: list[Any]
    _max_rounds: int
    _raise_on_tool_error: bool

    def _init_tool_rounds(self) -> None:
        self._registered = []
        self._max_rounds = 8
        self._raise_on_tool_error = False

    def register_tool(self, tool: ToolDefinition | Callable[..., Any]) -> Self:
        """Register a tool the model may call: a `@tool` definition or a plain function."""
        self._registered.append(tool)
        return self

    def max_rounds(self, rounds: int) -> Self:
        """How many rounds of tool calls may run before the runner gives up with ToolError."""
        if rounds < 1:
            raise InvalidConfigError(f"Expected max_rounds >= 1, got {rounds!r}.")
        self._max_rounds = rounds
        return self

    def raise_on_tool_error(self, enabled: bool = True) -> Self:
        """Raise ToolError when a tool fails instead of sending the error to the model."""
        self._raise_on_tool_error = enabled
        return self
