"""
Structured output: turn parsed JSON into typed values and read the parsed answer of a chat
completion (`parse_completion`) or of a Responses API response (`parse_response`).

`parse_json_as(tp, value)` builds `tp` from JSON values: attrs classes and dataclasses are
constructed recursively, TypedDicts become checked dicts, enums become members, unions are tried
in order. A mismatch raises `ResponseValidationError` whose `path` is the JSONPath of the bad value
(`$.items[2].name`). Fields the strict schema made nullable accept null: when the Python type
does not allow None, null means "use the default" (or "absent" for a NotRequired key). Keys that
the type does not declare are ignored.

All of this is pure: completions are read as plain dicts (`to_dict()` is called on objects).
"""

from __future__ import annotations

import enum
import json
import re
import typing
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar, overload

import attrs

from .._exceptions import (
    ContentFilterFinishReasonError,
    LengthFinishReasonError,
    RefusalError,
    ResponseValidationError,
)
from .._model_extras import response_output_text
from .partial_json import parse_partial_json
from .pydantic_models import is_pydantic_model, validate_pydantic
from .type_info import (
    MAPPING_ORIGINS,
    SEQUENCE_ORIGINS,
    FieldInfo,
    SchemaError,
    accepts_none,
    class_fields,
    is_model_class,
    is_typeddict,
    is_union,
    split_annotated,
    type_label,
)

if TYPE_CHECKING:
    from .._generated.models.chat_completion import ChatCompletion


class TypedTool(Protocol):
    """What parsing reads of a tool definition: its name and the type its arguments build."""

    @property
    def name(self) -> str: ...

    @property
    def arguments_type(self) -> Any: ...


class TypedTools(Protocol):
    """
    The tools whose call arguments may carry a structured answer.

    `_tools.ToolRegistry` is one; structured output never imports the tools wing, it reads
    them through this seam.
    """

    def __contains__(self, name: object) -> bool: ...

    def __iter__(self) -> Iterator[TypedTool]: ...

    def get(self, name: str) -> TypedTool: ...


__all__ = [
    "ParsedChatCompletion",
    "ParsedResponse",
    "as_dict",
    "bind_fields",
    "child_path",
    "first_choice",
    "parse_completion",
    "parse_content_as",
    "parse_json_as",
    "parse_partial_json",
    "parse_response",
    "response_answer",
]

T = TypeVar("T")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_JSON_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "a boolean"}


@overload
def parse_json_as(tp: type[T], value: Any, *, path: str = "$") -> T: ...
@overload
def parse_json_as(tp: Any, value: Any, *, path: str = "$") -> Any: ...
def parse_json_as(tp: Any, value: Any, *, path: str = "$") -> Any:
    """
    Build a value of type `tp` from parsed JSON.

    Args:
        tp: The target type; a JSON-schema dict returns `value` unchanged (there is no Python
            type to build).
        value: The output of `json.loads`.
        path: JSONPath of `value`, used in error messages.

    Raises:
        ResponseValidationError: `value` does not fit `tp`; `path` names the bad value.
        SchemaError: `tp` is not a supported type.
    """
    if isinstance(tp, dict):
        return value
    return _parse(tp, value, path)


@overload
def parse_content_as(tp: type[T], content: str) -> T: ...
@overload
def parse_content_as(tp: Any, content: str) -> Any: ...
def parse_content_as(tp: Any, content: str) -> Any:
    """
    Decode a JSON document and build `tp` from it.

    Raises:
        ResponseValidationError: The text is not JSON (path `$`), or does not fit `tp`.
    """
    try:
        value = json.loads(content)
    except (TypeError, ValueError) as exc:
        raise ResponseValidationError(
            f"Expected a JSON document, could not decode it: {exc}.", path="$", value=content
        ) from exc
    return parse_json_as(tp, value)


def child_path(path: str, key: Any) -> str:
    """Extend a JSONPath with an object key or an array index."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    if _IDENTIFIER.match(str(key)):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(str(key))}]"


def _fail(expected: str, value: Any, path: str) -> ResponseValidationError:
    shown = repr(value)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    received = "null" if value is None else f"{type(value).__name__} {shown}"
    return ResponseValidationError(
        f"Expected {expected} at {path}, got {received}.", path=path, value=value
    )


def _parse(tp: Any, value: Any, path: str) -> Any:
    tp, _ = split_annotated(tp)
    if tp is Any or tp is object:
        return value
    if tp is None or tp is type(None):
        if value is not None:
            raise _fail("null", value, path)
        return None
    if tp in _JSON_NAMES:
        return _parse_primitive(tp, value, path)
    origin = typing.get_origin(tp)
    if origin is Literal:
        return _parse_literal(tp, value, path)
    if is_union(tp):
        return _parse_union(tp, value, path)
    if tp is tuple or origin is tuple:
        return _parse_tuple(tp, value, path)
    if tp in SEQUENCE_ORIGINS or origin in SEQUENCE_ORIGINS:
        return _parse_sequence(tp, value, path)
    if tp in MAPPING_ORIGINS or origin in MAPPING_ORIGINS:
        return _parse_mapping(tp, value, path)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _parse_enum(tp, value, path)
    if is_model_class(tp):
        return _parse_model(tp, value, path)
    if is_pydantic_model(tp):
        return validate_pydantic(tp, value, path)
    raise SchemaError(f"Cannot parse JSON into unsupported type {type_label(tp)} at {path}.")


def _parse_primitive(tp: type, value: Any, path: str) -> Any:
    if tp is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if tp is int and isinstance(value, float) and value.is_integer():
        return int(value)  # JSON has one number type; 3.0 is a fine integer
    if isinstance(value, tp) and (tp is bool or not isinstance(value, bool)):
        return value
    raise _fail(_JSON_NAMES[tp], value, path)


def _parse_literal(tp: Any, value: Any, path: str) -> Any:
    for allowed in typing.get_args(tp):
        raw = allowed.value if isinstance(allowed, enum.Enum) else allowed
        if type(raw) is type(value) and raw == value:
            return allowed
    raise _fail(f"one of {[getattr(a, 'value', a) for a in typing.get_args(tp)]!r}", value, path)


def _parse_union(tp: Any, value: Any, path: str) -> Any:
    members = typing.get_args(tp)
    if value is None and any(accepts_none(m) for m in members):
        return None
    candidates = [m for m in members if m is not type(None)]
    if len(candidates) == 1:
        return _parse(candidates[0], value, path)
    errors: list[ResponseValidationError] = []
    for member in candidates:
        try:
            return _parse(member, value, path)
        except ResponseValidationError as exc:
            errors.append(exc)
    # The member that got furthest into the value explains the mismatch best.
    deepest = max(errors, key=lambda e: len(e.path))
    if deepest.path != path:
        raise deepest
    raise _fail(f"one of {' | '.join(type_label(m) for m in members)}", value, path)


def _parse_sequence(tp: Any, value: Any, path: str) -> Any:
    if not isinstance(value, list):
        raise _fail("an array", value, path)
    args = typing.get_args(tp)
    item_type = args[0] if args else Any
    items = [_parse(item_type, item, child_path(path, i)) for i, item in enumerate(value)]
    origin = typing.get_origin(tp) or tp
    if origin in (set, frozenset, typing.AbstractSet, typing.MutableSet):
        try:
            return frozenset(items) if origin is frozenset else set(items)
        except TypeError as exc:
            raise _fail("an array of hashable values", value, path) from exc
    return items


def _parse_tuple(tp: Any, value: Any, path: str) -> Any:
    if not isinstance(value, list):
        raise _fail("an array", value, path)
    args = typing.get_args(tp)
    if not args or args[-1] is Ellipsis:
        item_type = args[0] if args else Any
        return tuple(_parse(item_type, item, child_path(path, i)) for i, item in enumerate(value))
    if len(value) != len(args):
        raise _fail(f"an array of {len(args)} items", value, path)
    return tuple(
        _parse(t, item, child_path(path, i))
        for i, (t, item) in enumerate(zip(args, value, strict=True))
    )


def _parse_mapping(tp: Any, value: Any, path: str) -> Any:
    if not isinstance(value, dict):
        raise _fail("an object", value, path)
    args = typing.get_args(tp)
    key_type, value_type = args if len(args) == 2 else (Any, Any)
    return {
        _parse(key_type, key, path): _parse(value_type, item, child_path(path, key))
        for key, item in value.items()
    }


def _parse_enum(tp: type[enum.Enum], value: Any, path: str) -> Any:
    for member in tp:
        if type(member.value) is type(value) and member.value == value:
            return member
    raise _fail(f"one of {[m.value for m in tp]!r} ({tp.__name__})", value, path)


def _parse_model(tp: type, value: Any, path: str) -> Any:
    if not isinstance(value, dict):
        raise _fail(f"an object ({tp.__name__})", value, path)
    kwargs = bind_fields(class_fields(tp), value, path)
    if is_typeddict(tp):
        return kwargs
    try:
        return tp(**kwargs)
    except (TypeError, ValueError) as exc:
        raise ResponseValidationError(
            f"Could not build {tp.__name__} from the object at {path}: {exc}.",
            path=path,
            value=value,
        ) from exc


def bind_fields(
    fields: Sequence[FieldInfo],
    data: Mapping[str, Any],
    path: str,
    *,
    allow_extra: bool = True,
) -> dict[str, Any]:
    """
    Turn a JSON object into constructor keyword arguments, parsing each field by its type.

    A missing or null value for a field that has a default (or is not required) and whose type
    does not accept None is left out, so the default applies.

    Args:
        fields: The fields to read.
        data: The JSON object.
        path: JSONPath of `data`.
        allow_extra: Ignore keys no field declares; when False they are an error.

    Raises:
        ResponseValidationError: A required key is missing, a value has the wrong type, or an
            undeclared key is present while `allow_extra` is False.
    """
    kwargs: dict[str, Any] = {}
    for field in fields:
        where = child_path(path, field.name)
        if field.name not in data and field.required:
            raise ResponseValidationError(
                f"Missing required field {field.name!r} ({type_label(field.type)}) at {where}.",
                path=where,
            )
        if field.name not in data or (
            data[field.name] is None and not field.required and not accepts_none(field.type)
        ):
            continue
        kwargs[field.init_name] = _parse(field.type, data[field.name], where)
    if not allow_extra and (unknown := sorted(set(data) - {f.name for f in fields})):
        raise ResponseValidationError(
            f"Unexpected keys {unknown!r} at {path}; expected only {[f.name for f in fields]!r}.",
            path=child_path(path, unknown[0]),
            value=data[unknown[0]],
        )
    return kwargs


@attrs.frozen
class ParsedChatCompletion(Generic[T]):
    """
    A chat completion together with its answer built as a Python value.

    Attributes:
        parsed: The answer as a `T` (from the message content or a typed tool call), or None
            when the message carried neither.
        response: The completion exactly as it was received (the generated ChatCompletion).
    """

    parsed: T | None
    response: ChatCompletion


def as_dict(completion: Any) -> dict[str, Any]:
    """
    Return a completion as a plain dict, calling `to_dict()` on objects that have it.

    Raises:
        ResponseValidationError: The value is neither a dict nor has `to_dict()`.
    """
    if isinstance(completion, dict):
        return completion
    to_dict = getattr(completion, "to_dict", None)
    if callable(to_dict):
        data = to_dict()
        if isinstance(data, dict):
            return data
    raise _fail("a completion (a dict or an object with to_dict())", completion, "$")


def first_choice(data: Mapping[str, Any]) -> dict[str, Any]:
    """
    Return the first choice of a completion dict.

    Raises:
        ResponseValidationError: The completion has no choices.
    """
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise _fail("a non-empty list of choices", choices, "$.choices")
    return choices[0]


@overload
def parse_completion(
    tp: type[T], completion: Any, *, tools: TypedTools | None = None
) -> ParsedChatCompletion[T]: ...
@overload
def parse_completion(
    tp: Any, completion: Any, *, tools: TypedTools | None = None
) -> ParsedChatCompletion[Any]: ...
def parse_completion(
    tp: Any, completion: Any, *, tools: TypedTools | None = None
) -> ParsedChatCompletion[Any]:
    """
    Check how a completion finished and build its answer.

    Args:
        tp: The type of the answer in the message content (or a JSON-schema dict).
        completion: The completion, a dict or an object with `to_dict()`.
        tools: When given and the message calls a tool declared with
            `ToolDefinition.from_type`, the first tool call's arguments are parsed as that
            tool's type instead of the content.

    Raises:
        RefusalError: The model refused (the message has a `refusal`).
        LengthFinishReasonError: The answer stopped at the token limit.
        ContentFilterFinishReasonError: The content filter stopped the answer.
        ResponseValidationError: The answer is not JSON of the expected type.
    """
    choice = first_choice(as_dict(completion))
    message = choice.get("message") or {}
    if message.get("refusal"):
        raise RefusalError(message["refusal"], completion)
    if choice.get("finish_reason") == "length":
        raise LengthFinishReasonError(completion)
    if choice.get("finish_reason") == "content_filter":
        raise ContentFilterFinishReasonError(completion)
    tool_calls = message.get("tool_calls") or []
    if tools is not None and tool_calls:
        function = tool_calls[0].get("function") or {}
        name = str(function.get("name"))
        if name in tools and (arguments_type := tools.get(name).arguments_type) is not None:
            arguments = function.get("arguments") or ""
            return ParsedChatCompletion(parse_content_as(arguments_type, arguments), completion)
    content = message.get("content")
    if not (isinstance(content, str) and content):
        return ParsedChatCompletion(None, completion)
    return ParsedChatCompletion(parse_answer(tp, content), completion)


def parse_answer(tp: Any, content: str) -> Any:
    """
    Build `tp` from the JSON text of a structured answer, unwrapping a non-object root.

    Raises:
        ResponseValidationError: The text is not JSON of the expected type.
    """
    from .schema import ROOT_WRAPPER_KEY, wraps_root

    if wraps_root(tp):
        wrapper = parse_content_as(dict[str, Any], content)
        if ROOT_WRAPPER_KEY not in wrapper:
            raise _fail(f"an object with a {ROOT_WRAPPER_KEY!r} key", wrapper, "$")
        return parse_json_as(tp, wrapper[ROOT_WRAPPER_KEY], path=f"$.{ROOT_WRAPPER_KEY}")
    return parse_content_as(tp, content)


@attrs.frozen
class ParsedResponse(Generic[T]):
    """
    A Responses API response together with its answer built as a Python value.

    Attributes:
        parsed: The answer as a `T` (from the first `output_text` part, or a typed tool's
            `function_call`), or None when the response carried neither.
        response: The response exactly as it was received (the generated `Response` or a dict).
    """

    parsed: T | None
    response: Any

    @property
    def output_parsed(self) -> T | None:
        """The same as `parsed` (the official SDK's name)."""
        return self.parsed

    @property
    def output_text(self) -> str:
        """The response's text: every `output_text` part of every message, joined."""
        response = self.response
        output = response.get("output") if isinstance(response, dict) else response.output
        return response_output_text(output)


def response_answer(data: Mapping[str, Any], tools: TypedTools | None) -> tuple[str, Any] | None:
    """
    Find where a response dict's structured answer is.

    Returns:
        ("tool", (arguments_type, arguments)) when the first function call is a typed tool's,
        ("text", text) for the first non-empty `output_text` part, or None.
    """
    output = [item for item in data.get("output") or [] if isinstance(item, dict)]
    calls = [item for item in output if item.get("type") == "function_call"]
    if tools is not None and calls:
        name = str(calls[0].get("name"))
        if name in tools and (arguments_type := tools.get(name).arguments_type) is not None:
            return "tool", (arguments_type, str(calls[0].get("arguments") or ""))
    for item in output:
        if item.get("type") != "message":
            continue
        for part in item.get("content") or []:
            if isinstance(part, dict) and part.get("type") == "output_text" and part.get("text"):
                return "text", str(part["text"])
    return None


def check_response_finish(data: Mapping[str, Any], response: Any) -> None:
    """
    Raise the typed error of a refused or cut-short response.

    Raises:
        RefusalError: A message has a `refusal` content part.
        LengthFinishReasonError: `status` "incomplete", reason "max_output_tokens".
        ContentFilterFinishReasonError: `status` "incomplete", reason "content_filter".
    """
    for item in data.get("output") or []:
        if not isinstance(item, dict) or item.get("type") != "message":
            continue
        for part in item.get("content") or []:
            if isinstance(part, dict) and part.get("type") == "refusal":
                raise RefusalError(str(part.get("refusal") or ""), response)
    if data.get("status") != "incomplete":
        return
    reason = (data.get("incomplete_details") or {}).get("reason")
    if reason == "max_output_tokens":
        raise LengthFinishReasonError(
            response,
            message="The response is incomplete: it reached max_output_tokens before finishing; "
            "raise max_output_tokens or shorten the input.",
        )
    if reason == "content_filter":
        raise ContentFilterFinishReasonError(
            response, message="The response is incomplete: the content filter stopped it."
        )


@overload
def parse_response(
    tp: type[T], response: Any, *, tools: TypedTools | None = None
) -> ParsedResponse[T]: ...
@overload
def parse_response(
    tp: Any, response: Any, *, tools: TypedTools | None = None
) -> ParsedResponse[Any]: ...
def parse_response(
    tp: Any, response: Any, *, tools: TypedTools | None = None
) -> ParsedResponse[Any]:
    """
    Check how a Responses API response finished and build its answer.

    Args:
        tp: The type of the answer in the text (or a JSON-schema dict).
        response: The response, a dict or an object with `to_dict()`.
        tools: When given and the first `function_call` calls a tool declared with
            `ToolDefinition.from_type`, its arguments are parsed as that tool's type.

    Raises:
        RefusalError: A message has a `refusal` part.
        LengthFinishReasonError: The response is incomplete at max_output_tokens.
        ContentFilterFinishReasonError: The content filter stopped the response.
        ResponseValidationError: The answer is not JSON of the expected type.
    """
    data = as_dict(response)
    check_response_finish(data, response)
    found = response_answer(data, tools)
    if found is None:
        return ParsedResponse(None, response)
    kind, where = found
    if kind == "tool":
        arguments_type, arguments = where
        return ParsedResponse(parse_content_as(arguments_type, arguments), response)
    return ParsedResponse(parse_answer(tp, where), response)
