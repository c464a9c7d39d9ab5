"""
What computed properties of generated models compute (the codegen adds the properties through
`codegen/templates/model_extras/<Class>.py.jinja`). Pure; imports nothing from the package.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["response_output_text"]


def _get(value: Any, name: str) -> Any:
    if isinstance(value, dict):
        return value.get(name)
    return getattr(value, name, None)


def response_output_text(output: Iterable[Any] | None) -> str:
    """
    Join the text of every `output_text` content part of every `message` output item.

    Args:
        output: A response's `output` list: generated models or JSON dicts.

    Returns:
        The joined text; "" when no message carries text.
    """
    texts: list[str] = []
    for item in output or ():
        if _get(item, "type") != "message":
            continue
        for part in _get(item, "content") or ():
            text = _get(part, "text")
            if _get(part, "type") == "output_text" and isinstance(text, str):
                texts.append(text)
    return "".join(texts)
