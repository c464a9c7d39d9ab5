"""
Frozen: the base of the SDK's small immutable value classes (options, retry policy, provider
profiles, ApiResponse).

Plain `__slots__` classes rather than attrs: importing attrs and building its classes cost
`import openai_core` about 20 ms, more than all of the SDK's own modules together. A subclass
lists its fields in `__slots__`, sets them in `__init__` through `_set`, and gets equality,
hashing, a repr and `_evolve` from here.
"""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

__all__ = ["Frozen"]

F = TypeVar("F", bound="Frozen")


class Frozen:
    """
    An immutable object compared field by field.

    Class attributes a subclass may set:
        _eq_exclude: Fields left out of equality and hashing (e.g. injectable callables).
        _repr_exclude: Fields left out of the default repr (e.g. secrets, bulky values).
        _derived: Fields computed by __init__, not passed to it (skipped by `_evolve`).
    """

    __slots__ = ()
    _eq_exclude: ClassVar[frozenset[str]] = frozenset()
    _repr_exclude: ClassVar[frozenset[str]] = frozenset()
    _derived: ClassVar[frozenset[str]] = frozenset()

    def _set(self, **values: Any) -> None:
        """Set fields from __init__ (the only way to write them)."""
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(
            f"{type(self).__name__} is immutable: cannot set {name!r}. "
            "Create a new instance (or use the with_... method the class offers)."
        )

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot delete {name!r}.")

    def _fields(self) -> tuple[str, ...]:
        slots: tuple[str, ...] = type(self).__slots__
        return slots

    def _key(self) -> tuple[Any, ...]:
        exclude = self._eq_exclude
        return tuple(getattr(self, name) for name in self._fields() if name not in exclude)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash((type(self), self._key()))

    def __repr__(self) -> str:
        exclude = self._repr_exclude
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}" for name in self._fields() if name not in exclude
        )
        return f"{type(self).__name__}({shown})"

    def __getstate__(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self._fields()}

    def __setstate__(self, state: dict[str, Any]) -> None:
        # copy.copy and pickle restore the fields through here, not through __setattr__.
        self._set(**state)

    def _evolve(self: F, **changes: Any) -> F:
        """Return a copy built by __init__ with some of its keyword arguments changed."""
        derived = self._derived
        kwargs = {name: getattr(self, name) for name in self._fields() if name not in derived}
        kwargs.update(changes)
        cls: Any = type(self)
        copy: F = cls(**kwargs)
        return copy
