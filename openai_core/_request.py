"""
What a builder hands to the core: a RequestSpec, plus the pure helpers that turn its parts into
a URL, a query string and a JSON body.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol
from urllib.parse import quote, urlencode

from ._cancel import CancellationToken
from ._exceptions import InvalidConfigError, MissingRequiredFieldError

if TYPE_CHECKING:
    import httpx

__all__ = [
    "UNSET_BODY",
    "OperationLike",
    "QueryParamLike",
    "RequestSpec",
    "dump_json",
    "encode_query",
    "fill_path",
    "flatten_pairs",
    "merged_body",
    "to_jsonable",
]


class QueryParamLike(Protocol):
    """The catalog's QueryParam, as the core uses it."""

    @property
    def name(self) -> str: ...
    @property
    def python_name(self) -> str: ...
    @property
    def required(self) -> bool: ...
    @property
    def style(self) -> str: ...


class OperationLike(Protocol):
    """The catalog's Operation, as the core uses it (see notes/CATALOG.md)."""

    @property
    def id(self) -> str: ...
    @property
    def method(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def path_params(self) -> tuple[str, ...]: ...
    @property
    def query_params(self) -> tuple[Any, ...]: ...
    @property
    def body_kind(self) -> str | None: ...
    @property
    def body_content_type(self) -> str | None: ...
    @property
    def body_fields(self) -> tuple[str, ...]: ...
    @property
    def body_required(self) -> tuple[str, ...]: ...
    @property
    def body_file_fields(self) -> tuple[str, ...]: ...
    @property
    def response_kind(self) -> str: ...
    @property
    def response_model(self) -> str | None: ...
    @property
    def streamable(self) -> bool: ...
    @property
    def pagination(self) -> str: ...
    @property
    def accept(self) -> str: ...
    @property
    def body_alternative(self) -> str | None: ...
    @property
    def body_part_types(self) -> tuple[tuple[str, str], ...]: ...


class _UnsetBody:
    def __repr__(self) -> str:
        return "UNSET_BODY"


UNSET_BODY: Any = _UnsetBody()


class RequestSpec:
    """
    The mutable state of one builder: everything needed to send its operation.

    Attributes:
        operation: The catalog operation.
        path_args: Path parameter values, in the operation's path order.
        body: Body fields set through setters (wire names, JSON-like values).
        query: Query parameters set through setters (wire names).
        raw_body: A whole body set with body_value/json_body, replacing `body` (UNSET_BODY if none).
        extra_headers: Headers added after the client's own (None values are skipped).
        removed_headers: Lower-case names of headers to drop.
        extra_query: Query parameters added after the operation's.
        extra_body: Body fields merged last, over everything else.
        provider_options: Options placed where the provider profile says.
        timeout: Per-request timeout, or UNSET_BODY to use the client's.
        max_retries: Per-request retry budget, or None to use the client's.
        token: Cancellation token for this request.
        stream: Whether the body is left unread for the caller to stream.
        accept: Accept header for this call (e.g. "text/event-stream"), None for the default.
    """

    __slots__ = (  # noqa: RUF023 (declaration order: the order of the repr)
        "operation",
        "path_args",
        "body",
        "query",
        "raw_body",
        "extra_headers",
        "removed_headers",
        "extra_query",
        "extra_body",
        "provider_options",
        "timeout",
        "max_retries",
        "token",
        "stream",
        "accept",
    )

    def __init__(
        self,
        operation: OperationLike,
        path_args: tuple[str, ...] = (),
        body: dict[str, Any] | None = None,
        query: dict[str, Any] | None = None,
        raw_body: Any = UNSET_BODY,
        extra_headers: dict[str, str] | None = None,
        removed_headers: set[str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        provider_options: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | Any | None = UNSET_BODY,
        max_retries: int | None = None,
        token: CancellationToken | None = None,
        stream: bool = False,
        accept: str | None = None,
    ) -> None:
        self.operation = operation
        self.path_args = path_args
        self.body: dict[str, Any] = {} if body is None else body
        self.query: dict[str, Any] = {} if query is None else query
        self.raw_body = raw_body
        self.extra_headers: dict[str, str] = {} if extra_headers is None else extra_headers
        self.removed_headers: set[str] = set() if removed_headers is None else removed_headers
        self.extra_query: dict[str, Any] = {} if extra_query is None else extra_query
        self.extra_body: dict[str, Any] = {} if extra_body is None else extra_body
        self.provider_options: dict[str, Any] = {} if provider_options is None else provider_options
        self.timeout = timeout
        self.max_retries = max_retries
        self.token = token
        self.stream = stream
        self.accept = accept

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"RequestSpec({fields})"

    def copy(self) -> RequestSpec:
        """Return an independent copy (the dicts are copied one level deep)."""
        return RequestSpec(
            self.operation,
            self.path_args,
            body=dict(self.body),
            query=dict(self.query),
            raw_body=self.raw_body,
            extra_headers=dict(self.extra_headers),
            removed_headers=set(self.removed_headers),
            extra_query=dict(self.extra_query),
            extra_body=dict(self.extra_body),
            provider_options=dict(self.provider_options),
            timeout=self.timeout,
            max_retries=self.max_retries,
            token=self.token,
            stream=self.stream,
            accept=self.accept,
        )

    def check_required(self) -> None:
        """
        Fail before any I/O when a required field, query or path parameter is missing.

        Raises:
            MissingRequiredFieldError: Naming the first missing field.
        """
        op = self.operation
        if len(self.path_args) != len(op.path_params):
            missing = op.path_params[len(self.path_args)]
            raise MissingRequiredFieldError(missing, op.id)
        for name, value in zip(op.path_params, self.path_args, strict=True):
            if value == "":
                # An empty id would address the collection ("/chat/completions/").
                raise MissingRequiredFieldError(name, op.id)
        if self.raw_body is UNSET_BODY:
            for name in op.body_required:
                if name not in self.body and name not in self.extra_body:
                    raise MissingRequiredFieldError(name, op.id)
        for param in op.query_params:
            if (
                param.required
                and param.name not in self.query
                and param.name not in self.extra_query
            ):
                raise MissingRequiredFieldError(param.python_name, op.id)


def merged_body(spec: RequestSpec, option_target: str | None) -> Any:
    """
    Return the body a spec sends: its fields (or whole body), provider options, then extra_body.

    Args:
        spec: The builder's request state.
        option_target: The provider's `option_target` (where provider options land).

    Returns:
        The body value; `spec.body` itself when nothing needs merging (callers must not mutate).
    """
    if spec.raw_body is not UNSET_BODY:
        body = spec.raw_body
        if isinstance(body, dict) and (spec.extra_body or spec.provider_options):
            body = dict(body)
        else:
            return body
    else:
        body = spec.body.copy() if (spec.extra_body or spec.provider_options) else spec.body
    if spec.provider_options:
        if option_target is None:
            body.update(spec.provider_options)
        else:
            nested = dict(body.get(option_target) or {})
            nested.update(spec.provider_options)
            body[option_target] = nested
    if spec.extra_body:
        body.update(spec.extra_body)
    return body


def to_jsonable(value: Any) -> Any:
    """
    Turn a setter argument into plain JSON data.

    Generated models (anything with `to_dict()`), attrs classes, dataclasses, enums, and
    mappings / sequences / sets of them are converted (enum keys become their values); plain JSON
    values are returned as they are. Used for request bodies and for tool results alike.
    """
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, dict):
        return {_key(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if hasattr(type(value), "__attrs_attrs__"):  # an attrs class: then attrs is loaded already
        import attrs

        return to_jsonable(attrs.asdict(value, recurse=False))
    import dataclasses
    import enum

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_jsonable({f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value)
    # Any other mapping or sequence the typed setters accept (MappingProxyType, deque, ...);
    # bytes and str are sequences too but were handled above or are sent as they are.
    if isinstance(value, Mapping):
        return {_key(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, (bytes, bytearray)):
        return [to_jsonable(v) for v in value]
    return value


def _key(key: Any) -> str:
    return key if isinstance(key, str) else str(to_jsonable(key))


def dump_json(body: Any) -> bytes:
    """
    Serialise a body compactly as UTF-8 JSON (no ASCII escaping, no spaces).

    Raises:
        InvalidConfigError: A value is not JSON: NaN and the infinities included (JSON has no
            such numbers; Python would write `NaN`, which servers reject), naming the field.
    """
    try:
        return json.dumps(body, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode(
            "utf-8"
        )
    except (TypeError, ValueError) as exc:
        where = _non_finite_path(body, "")
        if where is not None:
            field, value = where
            raise InvalidConfigError(
                f"The request body field {field or '(the body itself)'!r} is {value!r}, which "
                "JSON cannot express; pass a finite number."
            ) from None
        raise InvalidConfigError(f"The request body is not JSON-serialisable: {exc}") from exc


def _non_finite_path(value: Any, path: str) -> tuple[str, float] | None:
    """The path (`messages[0].x`) and value of the first NaN or infinity in `value`, if any."""
    if isinstance(value, float):
        return None if math.isfinite(value) else (path, value)
    if isinstance(value, dict):
        for key, item in value.items():
            found = _non_finite_path(item, f"{path}.{key}" if path else str(key))
            if found is not None:
                return found
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            found = _non_finite_path(item, f"{path}[{index}]")
            if found is not None:
                return found
    return None


def fill_path(template: str, names: tuple[str, ...], values: tuple[str, ...]) -> str:
    """Fill path parameters, percent-encoding each so that "a/b?c" stays one segment."""
    path = template
    for name, value in zip(names, values, strict=False):
        path = path.replace("{" + name + "}", encode_segment(value))
    return path


def encode_segment(value: object) -> str:
    """
    Percent-encode one path segment so no value can change the request path.

    `/`, `?`, `#` and non-ASCII are encoded by quote(); "." and ".." are encoded too, since URL
    parsers remove those dot segments (RFC 3986, section 5.2.4).
    """
    segment = quote(str(value), safe="")
    if segment in (".", ".."):
        return segment.replace(".", "%2E")
    return segment


def _scalar(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def flatten_pairs(name: str, value: Any) -> list[tuple[str, str]]:
    """
    Flatten one field into (name, text) pairs, as the official SDK encodes queries and form
    fields: objects become `name[key]`, arrays `name[]` (a name already ending in `[]` keeps its
    one pair of brackets), booleans "true"/"false"; None and empty strings send nothing.
    """
    if value is None:
        return []
    if isinstance(value, Mapping):
        pairs: list[tuple[str, str]] = []
        for key, item in value.items():
            pairs.extend(flatten_pairs(f"{name}[{key}]", item))
        return pairs
    if isinstance(value, (list, tuple)):
        key = name if name.endswith("[]") else name + "[]"
        return [pair for item in value for pair in flatten_pairs(key, item)]
    text = _scalar(value)
    return [(name, text)] if text else []


def encode_query(
    params: Mapping[str, Any], styles: Mapping[str, str] | None = None
) -> list[tuple[str, str]]:
    """
    Flatten query parameters into (name, value) pairs with flatten_pairs: arrays as
    `include[]=a&include[]=b`, objects as `metadata[k]=v` (deepObject), booleans as
    "true"/"false"; None values are dropped. `styles` is accepted for callers that pass the
    catalog's styles; every style is sent the way the official SDK sends it.
    """
    return [pair for name, value in params.items() for pair in flatten_pairs(name, value)]


def query_string(pairs: list[tuple[str, str]]) -> str:
    """Encode pairs as a query string (empty when there are none)."""
    return urlencode(pairs) if pairs else ""


class PathParts(NamedTuple):
    """A filled-in path and the query parameters the provider adds to it."""

    path: str
    query: dict[str, str]
