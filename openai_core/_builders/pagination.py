"""
Cursor pagination: pages of list results and walking every item.

The cursor logic is pure (`next_cursor`): take the page's `last_id` when it has one, else the id
of its last item; stop when `has_more` is false, there is no cursor, or the server repeats one
(a server that ignores `after` must not make us loop forever). Page / AsyncPage and the
`iter_all` methods of the list builders only fetch.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, Generic, TypeVar

from .._request import RequestSpec
from .._response import ApiResponse
from .base import AsyncRequestBuilder, RequestBuilder
from .client_like import AnyClient, AsyncClientLike, ClientLike

__all__ = ["AsyncListBuilder", "AsyncPage", "ListBuilder", "Page", "next_cursor"]

T = TypeVar("T")


def _get(obj: Any, name: str) -> Any:
    value = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
    # Generated models mark absent fields with UNSET, which is falsy but not None.
    return value if value is not None and value.__class__.__name__ != "Unset" else None


def page_items(result: Any) -> list[Any]:
    """Return the `data` list of a list response (plain JSON or generated model)."""
    data = _get(result, "data")
    return list(data) if data else []


def next_cursor(result: Any, seen: set[str] | None = None) -> str | None:
    """
    Return the `after` cursor for the page after `result`, or None when there is none.

    Args:
        result: A list response (plain JSON or generated model).
        seen: Cursors already used; a repeated cursor ends the walk.
    """
    if _get(result, "has_more") is not True:
        return None
    cursor = _get(result, "last_id")
    if cursor is None:
        items = page_items(result)
        cursor = _get(items[-1], "id") if items else None
    if not isinstance(cursor, str) or not cursor:
        return None
    if seen is not None:
        if cursor in seen:
            return None
        seen.add(cursor)
    return cursor


def _cursor_param(spec: RequestSpec) -> str:
    names = {p.name for p in spec.operation.query_params}
    return (
        "after"
        if "after" in names or not names
        else next((n for n in ("starting_after", "cursor") if n in names), "after")
    )


def _next_spec(spec: RequestSpec, cursor: str) -> RequestSpec:
    nxt = spec.copy()
    nxt.query[_cursor_param(spec)] = cursor
    return nxt


class _PageBase(Generic[T]):
    __slots__ = ("_client", "_cursor", "_seen", "_spec", "data", "has_more", "result")

    _client: AnyClient

    def __init__(self, client: AnyClient, spec: RequestSpec, result: Any, seen: set[str]) -> None:
        self._client = client
        self._spec = spec
        self._seen = seen
        self.result = result
        self.data: list[T] = page_items(result)
        self._cursor = next_cursor(result, seen)
        self.has_more: bool = _get(result, "has_more") is True

    def has_next_page(self) -> bool:
        """Whether `next_page()` will fetch another page."""
        return self._cursor is not None

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={len(self.data)}, has_more={self.has_more})"


class Page(_PageBase[T]):
    """
    One page of a list result.

    Attributes:
        data: The items of this page.
        has_more: Whether the server says more items follow.
        result: The typed list response as the server sent it.
    """

    __slots__ = ()
    _client: ClientLike

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    def next_page(self) -> Page[T] | None:
        """Fetch the next page, keeping every query parameter; None when there is no more."""
        if self._cursor is None:
            return None
        spec = _next_spec(self._spec, self._cursor)
        return Page(self._client, spec, self._client._send(spec), self._seen)

    def iter_all(self) -> Iterator[T]:
        """Yield every item of this page and the pages after it."""
        page: Page[T] | None = self
        while page is not None:
            yield from page.data
            page = page.next_page()


class AsyncPage(_PageBase[T]):
    """Async twin of Page: `await page.next_page()`, `async for item in page.iter_all()`."""

    __slots__ = ()
    _client: AsyncClientLike

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    async def next_page(self) -> AsyncPage[T] | None:
        """Fetch the next page, keeping every query parameter; None when there is no more."""
        if self._cursor is None:
            return None
        spec = _next_spec(self._spec, self._cursor)
        return AsyncPage(self._client, spec, await self._client._send(spec), self._seen)

    async def iter_all(self) -> AsyncIterator[T]:
        """Yield every item of this page and the pages after it."""
        page: AsyncPage[T] | None = self
        while page is not None:
            for item in page.data:
                yield item
            page = await page.next_page()


class ListBuilder(RequestBuilder[Page[Any]]):
    """A builder for cursor-paginated lists: `send()` returns a Page."""

    __slots__ = ()

    def send(self) -> Page[Any]:
        """Fetch the first page."""
        spec = self._spec.copy()
        return Page(self._client, spec, self._client._send(spec), set())

    def send_with_meta(self) -> ApiResponse[Page[Any]]:
        """Fetch the first page with status, headers and timing."""
        spec = self._spec.copy()
        meta: ApiResponse[Any] = self._client._send_with_meta(spec)
        page: Page[Any] = Page(self._client, spec, meta.data, set())
        return ApiResponse(
            page, meta.status_code, meta.headers, meta.request_id, meta.url, meta.provider,
            meta.attempts, meta.elapsed,
        )  # fmt: skip

    def iter_all(self) -> Iterator[Any]:
        """Yield every item of every page, starting from this builder's query."""
        return self.send().iter_all()


class AsyncListBuilder(AsyncRequestBuilder[AsyncPage[Any]]):
    """Async twin of ListBuilder."""

    __slots__ = ()

    async def send(self) -> AsyncPage[Any]:
        """Fetch the first page."""
        spec = self._spec.copy()
        return AsyncPage(self._client, spec, await self._client._send(spec), set())

    async def send_with_meta(self) -> ApiResponse[AsyncPage[Any]]:
        """Fetch the first page with status, headers and timing."""
        spec = self._spec.copy()
        meta: ApiResponse[Any] = await self._client._send_with_meta(spec)
        page: AsyncPage[Any] = AsyncPage(self._client, spec, meta.data, set())
        return ApiResponse(
            page, meta.status_code, meta.headers, meta.request_id, meta.url, meta.provider,
            meta.attempts, meta.elapsed,
        )  # fmt: skip

    async def iter_all(self) -> AsyncIterator[Any]:
        """Yield every item of every page, starting from this builder's query."""
        page = await self.send()
        async for item in page.iter_all():
            yield item
