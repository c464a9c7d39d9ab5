"""
`parse(T)` and `run_tools()` on `client.responses` (mixed into the `Responses` namespace
class of responses_namespace.py, which the extensions table names). The builders live in responses_extras.py, imported on
first use, since they load the generated responses module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, overload

if TYPE_CHECKING:
    from .responses_extras import (
        AsyncResponsesParseBuilder,
        AsyncResponsesRunToolsBuilder,
        ResponsesParseBuilder,
        ResponsesRunToolsBuilder,
    )

__all__ = ["AsyncResponsesExtrasMixin", "ResponsesExtrasMixin"]

T = TypeVar("T")


class ResponsesExtrasMixin:
    """parse / run_tools for the sync `client.responses` namespace."""

    __slots__ = ()
    _client: Any

    @overload
    def parse(self, response_type: type[T], **fields: Any) -> ResponsesParseBuilder[T]: ...
    @overload
    def parse(self, response_type: Any, **fields: Any) -> ResponsesParseBuilder[Any]: ...
    def parse(self, response_type: Any, **fields: Any) -> ResponsesParseBuilder[Any]:
        """Return a builder that asks for `response_type` and parses the answer into it."""
        from .responses_extras import ResponsesParseBuilder

        return ResponsesParseBuilder(self._client, response_type, **fields)

    def run_tools(self, **fields: Any) -> ResponsesRunToolsBuilder:
        """Return a builder that runs registered tools until the model answers."""
        from .responses_extras import ResponsesRunToolsBuilder

        return ResponsesRunToolsBuilder(self._client, **fields)


class AsyncResponsesExtrasMixin:
    """parse / run_tools for the async `client.responses` namespace."""

    __slots__ = ()
    _client: Any

    @overload
    def parse(self, response_type: type[T], **fields: Any) -> AsyncResponsesParseBuilder[T]: ...
    @overload
    def parse(self, response_type: Any, **fields: Any) -> AsyncResponsesParseBuilder[Any]: ...
    def parse(self, response_type: Any, **fields: Any) -> AsyncResponsesParseBuilder[Any]:
        """Return a builder that asks for `response_type` and parses the answer into it."""
        from .responses_extras import AsyncResponsesParseBuilder

        return AsyncResponsesParseBuilder(self._client, response_type, **fields)

    def run_tools(self, **fields: Any) -> AsyncResponsesRunToolsBuilder:
        """Return a builder that runs registered tools until the model answers."""
        from .responses_extras import AsyncResponsesRunToolsBuilder

        return AsyncResponsesRunToolsBuilder(self._client, **fields)
