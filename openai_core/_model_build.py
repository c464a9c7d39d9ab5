"""
Building a generated model from decoded JSON, and the one way a dict that does not fit it fails.

Tiny on purpose: `_core` uses it at import time, so it imports nothing beyond the error tree;
generated models are imported on first use (`load_model`), never here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ._exceptions import InvalidConfigError, ResponseValidationError

__all__ = ["build_model", "load_model", "model_factory", "shorten"]

_LIMIT = 200

Factory = Callable[[dict[str, Any]], Any]
_MODELS: dict[str, Any] = {}
# What a generated from_dict raises on a dict of the wrong shape.
_MISFIT = (KeyError, TypeError, ValueError, AttributeError)


def shorten(text: str, limit: int = _LIMIT) -> str:
    """Return `text` cut to `limit` characters, marking the cut."""
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} chars)"


def load_model(ref: str) -> Any:
    """
    Import a generated model class from a catalog reference "module:ClassName" (cached).

    Raises:
        InvalidConfigError: The generated package does not have the model.
    """
    cls = _MODELS.get(ref)
    if cls is None:
        module_name, _, class_name = ref.partition(":")
        try:
            module = importlib.import_module("openai_core._generated.models." + module_name)
            cls = getattr(module, class_name)
        except (ImportError, AttributeError) as exc:
            raise InvalidConfigError(
                f"Generated model {ref!r} is missing; run 'make generate' to rebuild _generated/."
            ) from exc
        _MODELS[ref] = cls
    return cls


def build_model(from_dict: Factory, data: dict[str, Any], expected: str, hint: str = "") -> Any:
    """
    Call a generated model's `from_dict` on `data`.

    Args:
        from_dict: The model's `from_dict`.
        data: The decoded JSON object.
        expected: What was expected, for the message (e.g. "a Response at the end of the stream").
        hint: A sentence telling the caller what to do, appended to the message.

    Returns:
        The model instance.

    Raises:
        ResponseValidationError: `from_dict` cannot read `data`; the message names `expected`,
            shows `data` shortened and the underlying error.
    """
    try:
        return from_dict(data)
    except _MISFIT as exc:
        raise _mismatch(data, exc, expected, hint) from exc


def model_factory(from_dict: Factory, expected: str, hint: str = "") -> Factory:
    """Return `build_model` bound to one model: a factory for streams' chunks or final results."""

    # The try sits in the closure itself (not a call to build_model) because it runs per chunk.
    def build(data: dict[str, Any]) -> Any:
        try:
            return from_dict(data)
        except _MISFIT as exc:
            raise _mismatch(data, exc, expected, hint) from exc

    return build


def _mismatch(
    data: dict[str, Any], exc: Exception, expected: str, hint: str
) -> ResponseValidationError:
    message = f"Expected {expected}, got {shorten(repr(data))} ({type(exc).__name__}: {exc})."
    return ResponseValidationError(f"{message} {hint}" if hint else message, value=data)
