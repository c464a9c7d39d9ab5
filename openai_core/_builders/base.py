"""
Request builders: collect a request through chained setters, send nothing until `.send()`.

A builder holds a RequestSpec (pure state). Typed setters for an operation's body fields and
query parameters come from generated mixins (`_generated/builders/`), composed with these bases
in namespaces.py; `set(name, value)` stays available for every field, and the chat builder adds
its hand-written methods (chat.py). The sync and async builders differ only in their send
methods, which hand the spec to the client through the seam of client_like.py.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from .._cancel import CancellationToken
from .._exceptions import InvalidConfigError
from .._request import OperationLike, RequestSpec, to_jsonable
from .._response import ApiResponse
from .client_like import AnyClient, AsyncClientLike, ClientLike

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = [
    "AsyncDownloadBuilder",
    "AsyncRequestBuilder",
    "BuilderBase",
    "DownloadBuilder",
    "RequestBuilder",
]

T = TypeVar("T")
_MISSING: Any = object()


def _pairs(name_or_mapping: str | Mapping[str, Any], value: Any, what: str) -> Mapping[str, Any]:
    if isinstance(name_or_mapping, Mapping):
        return name_or_mapping
    if value is _MISSING:
        raise TypeError(f"{what}({name_or_mapping!r}) needs a value: {what}(name, value).")
    return {name_or_mapping: value}


# What the answers of structured output and pages are read through, besides model fields.
_ANSWER_ATTRIBUTES = frozenset({"parsed", "response", "data", "has_more", "next_page"})


def _answer_attributes(op: OperationLike) -> frozenset[str]:
    """The attribute names of what an operation's send() returns (read on an error path only)."""
    if op.response_model is None or op.pagination == "cursor":
        return _ANSWER_ATTRIBUTES
    from .._model_build import load_model

    try:
        cls = load_model(op.response_model)
    except InvalidConfigError:
        return _ANSWER_ATTRIBUTES
    names = {n for n in dir(cls) if not n.startswith("_") and not callable(getattr(cls, n))}
    names.update(getattr(a, "name", "") for a in getattr(cls, "__attrs_attrs__", ()))
    return frozenset(names | _ANSWER_ATTRIBUTES)


class BuilderBase(Generic[T]):
    """State and setters shared by every builder, sync or async."""

    __slots__ = ("_client", "_spec")
    # The client the builder sends with; RequestBuilder and AsyncRequestBuilder narrow it.
    _client: AnyClient

    def __init__(
        self,
        client: AnyClient,
        operation: OperationLike,
        path_args: tuple[str, ...] = (),
        **fields: Any,
    ) -> None:
        self._client = client
        self._spec = RequestSpec(operation=operation, path_args=path_args)
        for name, value in fields.items():
            self.set(name, value)

    @property
    def operation(self) -> OperationLike:
        """The catalog operation this builder sends."""
        return self._spec.operation

    def setter_names(self) -> list[str]:
        """Return the names of the catalog setters of this builder (body fields, query params)."""
        op = self._spec.operation
        return sorted({*op.body_fields, *(p.python_name for p in op.query_params)})

    def set(self, name: str, value: Any) -> Self:
        """
        Set a body field or query parameter by its name (the setters call this).

        Raises:
            AttributeError: `name` is neither a body field nor a query parameter.
        """
        spec = self._spec
        op = spec.operation
        if name in op.body_fields:
            spec.body[name] = value if name in op.body_file_fields else to_jsonable(value)
            return self
        for param in op.query_params:
            if name in (param.python_name, param.name):
                spec.query[param.name] = to_jsonable(value)
                return self
        raise AttributeError(self._unknown_name(name))

    if not TYPE_CHECKING:
        # Hidden from the type checker, so that a misspelled setter is a type error. At
        # runtime it answers the names the typed setters do not spell (a query parameter's
        # Python name such as `filter_`) and lists the valid setters otherwise.
        def __getattr__(self, name: str) -> Callable[[Any], Self]:
            if name.startswith("_"):
                raise AttributeError(name)
            op = self._spec.operation
            if name in op.body_fields or any(
                name in (p.python_name, p.name) for p in op.query_params
            ):
                return lambda value: self.set(name, value)
            raise AttributeError(self._unknown_name(name))

    def _unknown_name(self, name: str) -> str:
        """The message for a name that is no setter: a response attribute says to send first."""
        op = self._spec.operation
        if name in _answer_attributes(op):
            return (
                f"{type(self).__name__} is a builder: call .send() first; {name!r} is an "
                f"attribute of the answer (.send().{name})."
            )
        return (
            f"{type(self).__name__} for {op.id!r} has no setter {name!r}; "
            f"valid setters: {self.setter_names()}."
        )

    def extra_header(self, name: str | Mapping[str, str], value: Any = _MISSING) -> Self:
        """Add headers (`extra_header("X-A", "1")` or a mapping); they override the client's."""
        for key, val in _pairs(name, value, "extra_header").items():
            self._spec.extra_headers[key.lower()] = str(val)
            self._spec.removed_headers.discard(key.lower())
        return self

    def remove_header(self, name: str) -> Self:
        """Do not send this header, even if the client adds it by default."""
        self._spec.removed_headers.add(name.lower())
        self._spec.extra_headers.pop(name.lower(), None)
        return self

    def extra_query(self, name: str | Mapping[str, Any], value: Any = _MISSING) -> Self:
        """Add query parameters (`extra_query("k", "v")` or a mapping)."""
        self._spec.extra_query.update(to_jsonable(dict(_pairs(name, value, "extra_query"))))
        return self

    def extra_body(self, name: str | Mapping[str, Any], value: Any = _MISSING) -> Self:
        """Merge fields into the JSON body, over everything else (`extra_body("k", v)` or a mapping)."""
        self._spec.extra_body.update(to_jsonable(dict(_pairs(name, value, "extra_body"))))
        return self

    def provider_option(self, key: str, value: Any) -> Self:
        """Set a provider-specific option; the provider profile decides where it lands."""
        self._spec.provider_options[key] = to_jsonable(value)
        return self

    def timeout(self, seconds: float | httpx.Timeout | None) -> Self:
        """Set this request's timeout; it bounds the whole exchange, body included."""
        self._spec.timeout = seconds
        return self

    def max_retries(self, retries: int) -> Self:
        """Set this request's retry budget (retries after the first attempt)."""
        if not isinstance(retries, int) or retries < 0:
            raise InvalidConfigError(f"Expected max_retries to be an int >= 0, got {retries!r}.")
        self._spec.max_retries = retries
        return self

    def cancellation_token(self, token: CancellationToken) -> Self:
        """Abort this request (or stream) with RequestCancelledError when `token` is cancelled."""
        self._spec.token = token
        return self

    def body_value(self, value: Any) -> Self:
        """Send `value` (any JSON value) as the whole body, replacing the fields set so far."""
        self._spec.raw_body = value if isinstance(value, (bytes, str)) else to_jsonable(value)
        return self

    def json_body(self, value: Any) -> Self:
        """Send an attrs instance, dataclass, generated model or dict as the whole JSON body."""
        self._spec.raw_body = to_jsonable(value)
        return self

    def to_spec(self) -> RequestSpec:
        """Return a copy of the request state (for inspection and tests)."""
        return self._spec.copy()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._spec.operation.id!r})"


class RequestBuilder(BuilderBase[T]):
    """A builder for a synchronous client: `send()` returns the result."""

    __slots__ = ()
    _client: ClientLike

    def send(self) -> T:
        """Send the request and return the typed result."""
        result: T = self._client._send(self._spec)
        return result

    def send_with_meta(self) -> ApiResponse[T]:
        """Send the request and return the result with status, headers, request id and timing."""
        meta: ApiResponse[T] = self._client._send_with_meta(self._spec)
        return meta

    def send_raw(self) -> httpx.Response:
        """Send the request (with retries) and return the read httpx.Response, error or not."""
        response: httpx.Response = self._client._send_raw(self._spec)
        return response


class AsyncRequestBuilder(BuilderBase[T]):
    """A builder for an AsyncClient: `send()` returns an awaitable result."""

    __slots__ = ()
    _client: AsyncClientLike

    async def send(self) -> T:
        """Send the request and return the typed result."""
        result: T = await self._client._send(self._spec)
        return result

    async def send_with_meta(self) -> ApiResponse[T]:
        """Send the request and return the result with status, headers, request id and timing."""
        meta: ApiResponse[T] = await self._client._send_with_meta(self._spec)
        return meta

    async def send_raw(self) -> httpx.Response:
        """Send the request (with retries) and return the read httpx.Response, error or not."""
        response: httpx.Response = await self._client._send_raw(self._spec)
        return response


def _target(path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


class DownloadBuilder(RequestBuilder[bytes]):
    """A builder for binary answers (file content, speech): `send()` returns bytes."""

    __slots__ = ()

    def send_to_file(self, path: str | os.PathLike[str]) -> Path:
        """Stream the answer into `path` chunk by chunk (never held whole in memory)."""
        target = _target(path)
        response: httpx.Response = self._client._open_stream(self._spec)
        try:
            with target.open("wb") as out:
                for chunk in response.iter_bytes():
                    out.write(chunk)
        except httpx.HTTPError as exc:
            from .._errors_map import map_transport_error

            raise map_transport_error(exc, str(response.request.url)) from exc
        finally:
            response.close()
        return target


class AsyncDownloadBuilder(AsyncRequestBuilder[bytes]):
    """Async twin of DownloadBuilder."""

    __slots__ = ()

    async def send_to_file(self, path: str | os.PathLike[str]) -> Path:
        """Stream the answer into `path` chunk by chunk (never held whole in memory)."""
        target = _target(path)
        response: httpx.Response = await self._client._open_stream(self._spec)
        try:
            with target.open("wb") as out:
                async for chunk in response.aiter_bytes():
                    out.write(chunk)
        except httpx.HTTPError as exc:
            from .._errors_map import map_transport_error

            raise map_transport_error(exc, str(response.request.url)) from exc
        finally:
            await response.aclose()
        return target
