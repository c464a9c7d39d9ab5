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

__all__ = [
    "STRICT_EXTENSION",
    "build_model",
    "load_model",
    "mark_strict",
    "model_factory",
    "shorten",
    "strict_for",
]

_LIMIT = 200
_SHOWN = 5  # mismatches named in a strict-mode message
# The response extension a client with strict_response_validation puts on the streams it opens,
# so every stream built from the response (by a builder or by the caller) reads it strictly.
STRICT_EXTENSION = "openai_core.strict_response_validation"

Factory = Callable[[dict[str, Any]], Any]
_MODELS: dict[str, Any] = {}
# What a from_dict raises on data it cannot read (generated models only on a non-dict).
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


def mark_strict(response: Any) -> None:
    """Mark an opened streaming httpx.Response as read with strict_response_validation."""
    response.extensions = {**response.extensions, STRICT_EXTENSION: True}


def strict_for(response: Any) -> bool:
    """Whether the client that opened `response` asked for strict_response_validation."""
    extensions = getattr(response, "extensions", None)
    return bool(extensions and extensions.get(STRICT_EXTENSION))


def build_model(
    from_dict: Factory, data: dict[str, Any], expected: str, hint: str = "", *, strict: bool = False
) -> Any:
    """
    Call a generated model's `from_dict` on `data`.

    Generated models read any JSON object leniently (DESIGN section 8); with `strict` the model's
    `validation_issues()` must be empty.

    Args:
        from_dict: The model's `from_dict`.
        data: The decoded JSON object.
        expected: What was expected, for the message (e.g. "a Response at the end of the stream").
        hint: A sentence telling the caller what to do, appended to the message.
        strict: Raise on any mismatch with the spec (`strict_response_validation`).

    Returns:
        The model instance.

    Raises:
        ResponseValidationError: `from_dict` cannot read `data` (not a JSON object), or `strict`
            and the model does not match the spec; the message names `expected`, what did not
            match (JSON path, expected, got) or the underlying error, and shows `data`
            shortened; `path` is the first mismatch's JSON path.
    """
    try:
        model = from_dict(data)
    except _MISFIT as exc:
        raise _mismatch(data, exc, expected, hint) from exc
    if strict:
        _raise_on_issues(model, data, expected, hint)
    return model


def model_factory(
    from_dict: Factory, expected: str, hint: str = "", *, strict: bool = False
) -> Factory:
    """Return `build_model` bound to one model: a factory for streams' chunks or final results."""

    # The try sits in the closure itself (not a call to build_model) because it runs per chunk.
    def build(data: dict[str, Any]) -> Any:
        try:
            return from_dict(data)
        except _MISFIT as exc:
            raise _mismatch(data, exc, expected, hint) from exc

    if not strict:
        return build

    def build_strictly(data: dict[str, Any]) -> Any:
        model = build(data)
        _raise_on_issues(model, data, expected, hint)
        return model

    return build_strictly


def _raise_on_issues(model: Any, data: dict[str, Any], expected: str, hint: str) -> None:
    check = getattr(model, "validation_issues", None)
    issues = check() if callable(check) else []
    if not issues:
        return
    shown = "; ".join(str(issue) for issue in issues[:_SHOWN])
    more = f" (and {len(issues) - _SHOWN} more)" if len(issues) > _SHOWN else ""
    message = (
        f"Expected {expected}; the body does not match the spec: {shown}{more}. "
        f"Got {shorten(repr(data))}."
    )
    raise ResponseValidationError(
        f"{message} {hint}" if hint else message, path=issues[0].path, value=data
    )


def _mismatch(
    data: dict[str, Any], exc: Exception, expected: str, hint: str
) -> ResponseValidationError:
    message = f"Expected {expected}, got {shorten(repr(data))} ({type(exc).__name__}: {exc})."
    return ResponseValidationError(f"{message} {hint}" if hint else message, value=data)
