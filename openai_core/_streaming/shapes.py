"""
Decode a stream's JSON data lines, skipping the JSON parser for lines that repeat a known shape.

The chunks of one stream are nearly all the same text: the same id, model and fingerprint, the
same keys in the same order, and one or two strings that change (the delta's content, OpenAI's
`obfuscation` padding, a tool call's arguments). `ShapeDecoder` learns that shape from two
consecutive lines and then reads a matching line with one prefix test, one C string scan per
changing string and a few dict copies, instead of parsing every key again.

Why a match gives exactly what `json.loads` gives. A shape is the text of a line cut at its
changing strings: constant pieces `c0, c1, ..., cn` around the contents of n string values. A line
matches when it starts with `c0`, each string after it is read by json's own `scanstring` (escapes
and invalid control characters exactly as `json.loads` treats them) and is followed by the next
constant, and the line ends with `cn`. A JSON reader keeps no state but its position, so reading
such a line goes through the same tokens as the line the shape came from, except for the content
of those strings: the value is the learnt line's value with those strings replaced. Which place in
the value each string fills is found once, when the shape is learnt, by parsing the line with
marker strings in their place. Every container of the value is built anew per line (nothing is
shared between two decoded lines but immutable scalars), and a line that does not match (other
keys, other numbers, a string where the shape has none) is parsed by `decode_json_data`.

A shape is kept only when it reads a line clearly faster than parsing would (`_worth_it`): a
265-character chat chunk with 4 containers and one changing string reads in 1.0 us against
1.7 us parsed, while a line of a few dozen characters is parsed faster.

Learning costs 10-30 microseconds (about ten parsed lines), so a stream tries at most
`_ATTEMPTS` times, spaces its attempts out after failures, and stops after `_GIVE_UP` failures in a
row: a stream whose lines never share a shape pays for a handful of attempts.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from typing import Any

from .errors import decode_json_data

__all__ = ["ShapeDecoder"]

# json's own string reader (its C version when built): the same escapes and errors as json.loads.
_scanstring: Callable[[str, int, bool], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]

# The string tokens of a JSON text: outside strings there are no quotes, inside every quote is
# escaped, so matching from the left finds exactly the string tokens of valid JSON. Captured, so
# that `split` keeps them.
_STRINGS = re.compile(r'("[^"\\]*(?:\\.[^"\\]*)*")', re.DOTALL)
# Markers put in place of the changing strings to find where their values land (no quote,
# backslash or control character, and not text a provider sends).
_MARK = "\ue000oc-shape-{}\ue001"
# Lines longer than this are not learnt from (large bodies are rare in streams and slow to learn).
_MAX_LEARN = 16384
# A shape with more changing strings than this is not worth it: each costs a scan and a copy.
_MAX_HOLES = 8
# Failed attempts in a row before a stream stops trying (after failure k, 2**(k-1) - 1 parsed
# lines pass before the next attempt), and attempts in all per stream.
_GIVE_UP = 6
_ATTEMPTS = 32

Builder = Callable[[list[str]], Any]


class _Shape:
    """The constant pieces of a line around its changing strings, and how to build the value."""

    __slots__ = ("build", "first", "head", "middles", "tail", "tail_len")

    def __init__(self, pieces: list[str], build: Builder) -> None:
        self.head = pieces[0]  # ends with the opening quote of the first changing string
        self.first = len(pieces[0])
        self.middles = pieces[1:-1]  # from a closing quote to the next opening quote
        self.tail = pieces[-1]  # from the last closing quote to the end of the line
        self.tail_len = len(pieces[-1])
        self.build = build

    def read(self, data: str) -> Any:
        """Return the value of `data` if it has this shape, else None."""
        if not data.startswith(self.head):
            return None
        strings: list[str] = []
        at = self.first
        try:
            for middle in self.middles:
                text, at = _scanstring(data, at, True)
                if not data.startswith(middle, at - 1):
                    return None
                strings.append(text)
                at += len(middle) - 1
            text, at = _scanstring(data, at, True)
        except ValueError:  # an unterminated string or a raw control character: json decides
            return None
        if len(data) - at + 1 != self.tail_len or not data.endswith(self.tail):
            return None
        strings.append(text)
        return self.build(strings)


class ShapeDecoder:
    """
    Decode the JSON data lines of one stream, as `decode_json_data` does, faster for lines that
    repeat the shape of the lines before them.

    Raises:
        StreamError: A line is not JSON (from `decode_json_data`).
    """

    __slots__ = ("_attempts", "_failures", "_previous", "_shape", "_wait", "hits")

    def __init__(self) -> None:
        self._shape: _Shape | None = None
        self._previous: str | None = None  # the last line parsed, to learn from with the next
        self._attempts = _ATTEMPTS
        self._failures = 0  # failed attempts in a row
        self._wait = 0  # parsed lines to let pass before the next attempt
        self.hits = 0  # lines read through a shape (for tests and the bench)

    def decode(self, data: str) -> Any:
        """Return the value of one data line."""
        shape = self._shape
        if shape is not None:
            value = shape.read(data)
            if value is not None:
                self.hits += 1
                return value
        value = decode_json_data(data)
        if self._attempts and type(value) is dict:
            self._consider(data, value)
        return value

    def _consider(self, data: str, value: dict[str, Any]) -> None:
        """Try to learn a shape from the previous parsed line and this one."""
        previous, self._previous = self._previous, data
        if previous is None or previous == data:
            return
        if self._wait:
            self._wait -= 1
            return
        self._attempts -= 1
        shape = learn(previous, data, value)
        if shape is not None:
            self._shape = shape
            self._failures = 0
        else:
            # A stream changes shape now and then (role, text, tool call, finish, usage): the
            # first failure in a row costs nothing more, later ones space the attempts out.
            self._wait = 2**self._failures - 1
            self._failures += 1
            if self._failures >= _GIVE_UP:
                self._attempts = 0


def learn(first: str, second: str, value: Any = None) -> _Shape | None:
    """
    Return the shape two JSON object texts share, or None (`value`: `second` parsed, if known).

    They share one when they differ only in the contents of some string values (not keys); those
    strings become the shape's changing strings.
    """
    if len(first) > _MAX_LEARN or len(second) > _MAX_LEARN:
        return None
    # Text outside strings at even indices, string tokens (quotes included) at odd ones.
    parts = _STRINGS.split(first)
    other = _STRINGS.split(second)
    if len(parts) != len(other) or parts[::2] != other[::2]:
        return None  # other keys, numbers or punctuation
    holes = [i for i in range(1, len(parts), 2) if parts[i] != other[i]]
    if not holes or len(holes) > _MAX_HOLES:
        return None
    # The constant pieces around the changing strings' contents (their quotes stay outside).
    pieces: list[str] = []
    probe: list[str] = []
    at = 0
    for number, index in enumerate(holes):
        piece = ('"' if number else "") + "".join(parts[at:index]) + '"'
        pieces.append(piece)
        probe += (piece, _MARK.format(number))
        at = index + 1
    pieces.append('"' + "".join(parts[at:]))
    probe.append(pieces[-1])
    try:
        marked = json.loads("".join(probe))
    except ValueError:
        return None
    if type(marked) is not dict or "error" in marked or "base_resp" in marked:
        return None  # error chunks are rare, and read by the checks that follow decoding
    markers = {_MARK.format(number): number for number in range(len(holes))}
    found: list[int] = []
    build = _builder(marked, markers, found)
    if not callable(build) or sorted(found) != list(range(len(holes))):
        return None  # a changing string is a key, or a value a later duplicate key replaced
    if not _worth_it(len(second), _containers(marked), len(holes)):
        return None
    shape = _Shape(pieces, build)
    # A cheap guard for the reasoning in the module's docstring.
    if shape.read(second) != (json.loads(second) if value is None else value):
        return None
    return shape


def _builder(node: Any, markers: dict[str, int], found: list[int]) -> Builder | int | None:
    """
    Return how to build `node` anew: a function of the changing strings for a container, the
    index of a changing string for a marker, or None for a scalar (shared, being immutable).
    A marker used as a key is left unfound, which refuses the shape.
    """
    if type(node) is str:
        number = markers.get(node)
        if number is not None:
            found.append(number)
        return number
    if type(node) is dict:
        if any(key in markers for key in node):
            return None
        # Interned keys: a model built with `Model(**value)` matches them to its parameters by
        # identity instead of comparing strings (0.7 us less per typed chat chunk, measured).
        base = {sys.intern(key): value for key, value in node.items()}
        return _dict_builder(
            base,
            [(key, b) for key, v in base.items() if (b := _builder(v, markers, found)) is not None],
        )
    if type(node) is list:
        return _list_builder(
            list(node),
            [(i, b) for i, v in enumerate(node) if (b := _builder(v, markers, found)) is not None],
        )
    return None


def _worth_it(length: int, containers: int, holes: int) -> bool:
    """
    Whether reading a line of `length` characters through a shape beats parsing it, by at least
    a fifth: rough costs in microseconds, fitted on chat chunks and Responses events (parsing
    0.34 us for 15 characters, 1.0 for 129, 1.7 for 265; a shape 0.6 us with one container and
    one changing string, 1.0 with four and one, 1.3 with four and two).
    """
    shape = 0.35 + 0.15 * containers + 0.1 * holes
    parse = 0.3 + length / 190
    return shape < 0.8 * parse


def _containers(node: Any) -> int:
    """Count the dicts and lists in `node`, itself included."""
    if type(node) is dict:
        return 1 + sum(_containers(value) for value in node.values())
    if type(node) is list:
        return 1 + sum(_containers(value) for value in node)
    return 0


def _dict_builder(base: dict[str, Any], parts: list[tuple[str, Builder | int]]) -> Builder:
    if len(parts) == 1:
        key, part = parts[0]
        if type(part) is int:
            index = part

            def one_string(strings: list[str]) -> dict[str, Any]:
                out = base.copy()
                out[key] = strings[index]
                return out

            return one_string
        inner: Builder = part  # type: ignore[assignment]

        def one_container(strings: list[str]) -> dict[str, Any]:
            out = base.copy()
            out[key] = inner(strings)
            return out

        return one_container

    holes = [(key, part) for key, part in parts if type(part) is int]
    inners = [(key, part) for key, part in parts if type(part) is not int]
    if len(holes) == 1 and len(inners) == 1:  # OpenAI's chunk: obfuscation and choices
        (hole_key, index), (inner_key, inner_part) = holes[0], inners[0]
        inner_builder: Builder = inner_part  # type: ignore[assignment]

        def pair(strings: list[str]) -> dict[str, Any]:
            out = base.copy()
            out[hole_key] = strings[index]
            out[inner_key] = inner_builder(strings)
            return out

        return pair

    def many(strings: list[str]) -> dict[str, Any]:
        out = base.copy()
        for key, at in holes:
            out[key] = strings[at]
        for key, build in inners:
            out[key] = build(strings)  # type: ignore[operator]
        return out

    return many


def _list_builder(base: list[Any], parts: list[tuple[int, Builder | int]]) -> Builder:
    if len(base) == 1 and len(parts) == 1 and type(parts[0][1]) is not int:
        inner: Builder = parts[0][1]  # type: ignore[assignment]
        return lambda strings: [inner(strings)]

    def many(strings: list[str]) -> list[Any]:
        out = base.copy()
        for index, part in parts:
            out[index] = strings[part] if type(part) is int else part(strings)  # type: ignore[operator]
        return out

    return many
