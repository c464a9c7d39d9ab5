# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.embeddings` (1 operations).

Each `...Setters` mixin has one setter per body field and query parameter of its operation; the
hand-written layer composes it with its builder base on first use. The `...Builder` classes in
the last TYPE_CHECKING block name, for the type checker, what the namespace methods return
(for lists, the item type of their pages, which the runtime ListBuilder fills from the answer).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from ._base import NamespaceMixin, SetterMixin

if TYPE_CHECKING:
    from typing_extensions import Self, Unpack

    from ..._builders.base import AsyncRequestBuilder, RequestBuilder
    from ..models.embedding_list import EmbeddingList
    from ..params import (
        EmbeddingsCreateParams,
    )

__all__ = [
    "Embeddings",
    "AsyncEmbeddings",
    "EmbeddingsCreateSetters",
]


class EmbeddingsCreateSetters(SetterMixin):
    """Setters of `embeddings.create` (POST /embeddings)."""

    __slots__ = ()

    def input(self, value: Sequence[Sequence[int] | str | int] | str) -> Self:
        """Set the required body field "input" (array of string or integer or array of integer or string)."""
        return self.set("input", value)

    def model(self, value: str) -> Self:
        """Set the required body field "model" (string)."""
        return self.set("model", value)

    def encoding_format(self, value: Literal["base64", "float"] | str) -> Self:
        """Set the optional body field "encoding_format" ("base64" | "float")."""
        return self.set("encoding_format", value)

    def dimensions(self, value: int) -> Self:
        """Set the optional body field "dimensions" (integer)."""
        return self.set("dimensions", value)

    def user(self, value: str) -> Self:
        """Set the optional body field "user" (string)."""
        return self.set("user", value)


class Embeddings(NamespaceMixin):
    """`client.embeddings`."""

    __slots__ = ()

    def create(self, **fields: Unpack[EmbeddingsCreateParams]) -> EmbeddingsCreateBuilder:
        """Return a builder for `embeddings.create` (POST /embeddings); keywords pre-fill its setters."""
        builder: EmbeddingsCreateBuilder = self._op("create", (), fields)
        return builder


class AsyncEmbeddings(NamespaceMixin):
    """`client.embeddings` of an AsyncClient."""

    __slots__ = ()

    def create(self, **fields: Unpack[EmbeddingsCreateParams]) -> AsyncEmbeddingsCreateBuilder:
        """Return a builder for `embeddings.create` (POST /embeddings); keywords pre-fill its setters."""
        builder: AsyncEmbeddingsCreateBuilder = self._op("create", (), fields)
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "embeddings": (Embeddings, AsyncEmbeddings),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "embeddings.create": EmbeddingsCreateSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class EmbeddingsCreateBuilder(EmbeddingsCreateSetters, RequestBuilder[EmbeddingList]):
        """Builder of `embeddings.create`: `send()` returns EmbeddingList."""

    class AsyncEmbeddingsCreateBuilder(EmbeddingsCreateSetters, AsyncRequestBuilder[EmbeddingList]):
        """Async builder of `embeddings.create`: `await send()` returns EmbeddingList."""
