# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.completions` (1 operations).

Each `...Setters` mixin has one setter per body field and query parameter of its operation; the
hand-written layer composes it with its builder base on first use. The `...Builder` classes in
the last TYPE_CHECKING block name, for the type checker, what the namespace methods return
(for lists, the item type of their pages, which the runtime ListBuilder fills from the answer).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._base import NamespaceMixin, SetterMixin

if TYPE_CHECKING:
    from typing_extensions import Self, Unpack

    from ..._builders.base import AsyncRequestBuilder, RequestBuilder
    from ..models.chat_completion_stream_options_type_0 import ChatCompletionStreamOptionsType0
    from ..models.create_completion_request_logit_bias_type_0 import (
        CreateCompletionRequestLogitBiasType0,
    )
    from ..models.create_completion_response import CreateCompletionResponse
    from ..params import (
        ChatCompletionStreamOptionsType0Param,
        CompletionsCreateParams,
    )

__all__ = [
    "Completions",
    "AsyncCompletions",
    "CompletionsCreateSetters",
]


class CompletionsCreateSetters(SetterMixin):
    """Setters of `completions.create` (POST /completions)."""

    __slots__ = ()

    def model(self, value: str) -> Self:
        """Set the required body field "model" (string)."""
        return self.set("model", value)

    def prompt(self, value: Sequence[Sequence[int] | str | int] | str | None) -> Self:
        """Set the optional body field "prompt" (a union of 2 types or null)."""
        return self.set("prompt", value)

    def best_of(self, value: int | None) -> Self:
        """Set the optional body field "best_of" (integer or null)."""
        return self.set("best_of", value)

    def echo(self, value: bool | None) -> Self:
        """Set the optional body field "echo" (boolean or null)."""
        return self.set("echo", value)

    def frequency_penalty(self, value: float | None) -> Self:
        """Set the optional body field "frequency_penalty" (number or null)."""
        return self.set("frequency_penalty", value)

    def logit_bias(
        self, value: CreateCompletionRequestLogitBiasType0 | Mapping[str, Any] | None
    ) -> Self:
        """Set the optional body field "logit_bias" (CreateCompletionRequestLogitBiasType0 or null)."""
        return self.set("logit_bias", value)

    def logprobs(self, value: int | None) -> Self:
        """Set the optional body field "logprobs" (integer or null)."""
        return self.set("logprobs", value)

    def max_tokens(self, value: int | None) -> Self:
        """Set the optional body field "max_tokens" (integer or null)."""
        return self.set("max_tokens", value)

    def n(self, value: int | None) -> Self:
        """Set the optional body field "n" (integer or null)."""
        return self.set("n", value)

    def presence_penalty(self, value: float | None) -> Self:
        """Set the optional body field "presence_penalty" (number or null)."""
        return self.set("presence_penalty", value)

    def seed(self, value: int | None) -> Self:
        """Set the optional body field "seed" (integer or null)."""
        return self.set("seed", value)

    def stop(self, value: Sequence[str] | str | None) -> Self:
        """Set the optional body field "stop" (string or null or array of string)."""
        return self.set("stop", value)

    def stream(self, value: bool | None) -> Self:
        """Set the optional body field "stream" (boolean or null)."""
        return self.set("stream", value)

    def stream_options(
        self, value: ChatCompletionStreamOptionsType0 | ChatCompletionStreamOptionsType0Param | None
    ) -> Self:
        """Set the optional body field "stream_options" (ChatCompletionStreamOptionsType0 or null)."""
        return self.set("stream_options", value)

    def suffix(self, value: str | None) -> Self:
        """Set the optional body field "suffix" (string or null)."""
        return self.set("suffix", value)

    def temperature(self, value: float | None) -> Self:
        """Set the optional body field "temperature" (number or null)."""
        return self.set("temperature", value)

    def top_p(self, value: float | None) -> Self:
        """Set the optional body field "top_p" (number or null)."""
        return self.set("top_p", value)

    def user(self, value: str) -> Self:
        """Set the optional body field "user" (string)."""
        return self.set("user", value)


class Completions(NamespaceMixin):
    """`client.completions`."""

    __slots__ = ()

    def create(self, **fields: Unpack[CompletionsCreateParams]) -> CompletionsCreateBuilder:
        """Return a builder for `completions.create` (POST /completions); keywords pre-fill its setters."""
        builder: CompletionsCreateBuilder = self._op("create", (), fields)
        return builder


class AsyncCompletions(NamespaceMixin):
    """`client.completions` of an AsyncClient."""

    __slots__ = ()

    def create(self, **fields: Unpack[CompletionsCreateParams]) -> AsyncCompletionsCreateBuilder:
        """Return a builder for `completions.create` (POST /completions); keywords pre-fill its setters."""
        builder: AsyncCompletionsCreateBuilder = self._op("create", (), fields)
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "completions": (Completions, AsyncCompletions),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "completions.create": CompletionsCreateSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class CompletionsCreateBuilder(
        CompletionsCreateSetters, RequestBuilder[CreateCompletionResponse]
    ):
        """Builder of `completions.create`: `send()` returns CreateCompletionResponse."""

    class AsyncCompletionsCreateBuilder(
        CompletionsCreateSetters, AsyncRequestBuilder[CreateCompletionResponse]
    ):
        """Async builder of `completions.create`: `await send()` returns CreateCompletionResponse."""
