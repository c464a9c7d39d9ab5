"""
The type of `client.responses`, for the type checker: the generated operations plus `stream()`,
`parse(T)` and `run_tools()`.

At runtime the namespace class is composed by `namespaces._namespace_class` from the same bases
(the `_EXTRA_METHODS` entry, the generated mixin, Namespace), so these classes name that type
without being instantiated.
"""

from __future__ import annotations

from .._generated.builders import responses as _generated
from .event_builders import AsyncResponsesStreamMixin, ResponsesStreamMixin
from .namespaces import AsyncNamespace, Namespace
from .responses_methods import AsyncResponsesExtrasMixin, ResponsesExtrasMixin

__all__ = ["AsyncResponses", "Responses"]


class Responses(ResponsesExtrasMixin, ResponsesStreamMixin, _generated.Responses, Namespace):
    """`client.responses`: create, stream, parse, run_tools, retrieve, delete, input_items, ..."""


class AsyncResponses(
    AsyncResponsesExtrasMixin, AsyncResponsesStreamMixin, _generated.AsyncResponses, AsyncNamespace
):
    """`client.responses` of an AsyncClient."""
