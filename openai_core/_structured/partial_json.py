"""
Best-effort parsing of a JSON document that is still arriving (a streamed structured answer).

The text is read as a prefix of valid JSON: open strings, arrays and objects are closed where the
text stops; a key whose value has not started is dropped, as is a trailing comma, an unfinished
literal (`tru`), an unfinished escape, or a lone `-`; a number is read as far as it is valid
(`1.` gives 1). Text that cannot be the start of a JSON document raises, so a broken stream is not
mistaken for a slow one. Partial objects are plain dicts and lists, never typed instances.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .._exceptions import ResponseValidationError

__all__ = ["parse_partial_json"]

_MISSING: Any = object()
_NUMBER_RE = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
# What a number cut short may look like: "-", "1.", "2e", "3e+".
_NUMBER_PREFIX_RE = re.compile(r"-?(?:(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][+-]?[0-9]*)?)?")
_NUMBER_CHARS = frozenset("+-0123456789.eE")
_LITERALS = {"true": True, "false": False, "null": None}
_WHITESPACE = frozenset(" \t\r\n")


def parse_partial_json(text: str) -> Any:
    """
    Parse the longest usable prefix of an incomplete JSON document.

    Args:
        text: The JSON received so far.

    Returns:
        The partial value; None when nothing usable has arrived yet. A complete document gives
        the same value as `json.loads`.

    Raises:
        ResponseValidationError: The text is not a prefix of any JSON document.
    """
    parser = _PartialParser(text)
    value = parser.value()
    parser.skip_whitespace()
    if not parser.at_end():
        raise parser.error("the end of the document")
    return None if value is _MISSING else value


class _PartialParser:
    """A recursive-descent JSON reader that stops quietly at the end of the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def at_end(self) -> bool:
        return self.pos >= len(self.text)

    def skip_whitespace(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in _WHITESPACE:
            self.pos += 1

    def error(self, expected: str) -> ResponseValidationError:
        found = self.text[self.pos : self.pos + 10]
        return ResponseValidationError(
            f"Expected {expected} at character {self.pos} of the JSON text, got {found!r}.",
            path="$",
            value=self.text,
        )

    def value(self) -> Any:
        self.skip_whitespace()
        if self.at_end():
            return _MISSING
        char = self.text[self.pos]
        if char == "{":
            return self.object()
        if char == "[":
            return self.array()
        if char == '"':
            return self.string()[0]
        if char == "-" or char.isdigit():
            return self.number()
        if char in "tfn":
            return self.literal()
        raise self.error("a JSON value")

    def object(self) -> dict[str, Any]:
        self.pos += 1
        result: dict[str, Any] = {}
        first = True
        while True:
            self.skip_whitespace()
            if self.at_end():
                return result
            if self.text[self.pos] == "}":
                self.pos += 1
                return result
            if not first:
                self.expect(",")
                self.skip_whitespace()
                if self.at_end():
                    return result
            if self.text[self.pos] != '"':
                raise self.error("a quoted object key")
            key, complete = self.string()
            first = False
            self.skip_whitespace()
            if not complete or self.at_end():
                return result  # a key without a value yet is dropped
            self.expect(":")
            item = self.value()
            if item is _MISSING:
                return result
            result[key] = item

    def array(self) -> list[Any]:
        self.pos += 1
        result: list[Any] = []
        first = True
        while True:
            self.skip_whitespace()
            if self.at_end():
                return result
            if self.text[self.pos] == "]":
                self.pos += 1
                return result
            if not first:
                self.expect(",")
            first = False
            item = self.value()
            if item is _MISSING:
                return result
            result.append(item)

    def expect(self, char: str) -> None:
        if self.at_end() or self.text[self.pos] != char:
            raise self.error(repr(char))
        self.pos += 1

    def string(self) -> tuple[str, bool]:
        """Read a string; the flag is False when the text ended inside it."""
        start, pos, text = self.pos, self.pos + 1, self.text
        last_whole = pos
        while pos < len(text):
            char = text[pos]
            if char == '"':
                self.pos = pos + 1
                return self._decode(text[start : pos + 1]), True
            pos += (6 if text[pos + 1 : pos + 2] == "u" else 2) if char == "\\" else 1
            if pos <= len(text):
                last_whole = pos  # an escape cut in half is left out
        self.pos = len(text)
        return self._decode(text[start:last_whole] + '"'), False

    def _decode(self, quoted: str) -> str:
        try:
            return str(json.loads(quoted))
        except ValueError as exc:
            raise self.error(f"a valid JSON string ({exc})") from exc

    def number(self) -> Any:
        end = self.pos
        while end < len(self.text) and self.text[end] in _NUMBER_CHARS:
            end += 1
        token = self.text[self.pos : end]
        match = _NUMBER_RE.match(token)
        complete = end < len(self.text)
        if not (_NUMBER_RE if complete else _NUMBER_PREFIX_RE).fullmatch(token):
            raise self.error("a number")
        if not match:
            self.pos = end
            return _MISSING  # only "-" so far
        self.pos = end
        return json.loads(match.group())

    def literal(self) -> Any:
        for word, value in _LITERALS.items():
            rest = self.text[self.pos : self.pos + len(word)]
            if rest == word:
                self.pos += len(word)
                return value
            if word.startswith(rest) and self.pos + len(rest) == len(self.text):
                self.pos = len(self.text)
                return _MISSING
        raise self.error("true, false or null")
