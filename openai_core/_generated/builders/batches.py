# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.batches` (4 operations).

Each `...Setters` mixin has one setter per body field and query parameter of its operation; the
hand-written layer composes it with its builder base on first use. The `...Builder` classes in
the last TYPE_CHECKING block name, for the type checker, what the namespace methods return
(for lists, the item type of their pages, which the runtime ListBuilder fills from the answer).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from ._base import NamespaceMixin, SetterMixin, defer_path_check

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from typing_extensions import Self, Unpack

    from ..._builders.base import AsyncRequestBuilder, RequestBuilder
    from ..._builders.pagination import AsyncListBuilder, AsyncPage, ListBuilder, Page
    from ..._response import ApiResponse
    from ..models.batch import Batch
    from ..models.batch_file_expiration_after import BatchFileExpirationAfter
    from ..models.metadata_type_0 import MetadataType0
    from ..params import (
        BatchesCancelParams,
        BatchesCreateParams,
        BatchesListParams,
        BatchesRetrieveParams,
        BatchFileExpirationAfterParam,
    )

__all__ = [
    "Batches",
    "AsyncBatches",
    "BatchesCancelSetters",
    "BatchesCreateSetters",
    "BatchesListSetters",
    "BatchesRetrieveSetters",
]


class BatchesCancelSetters(SetterMixin):
    """Setters of `batches.cancel` (POST /batches/{batch_id}/cancel): it has no body fields or query parameters."""

    __slots__ = ()


class BatchesCreateSetters(SetterMixin):
    """Setters of `batches.create` (POST /batches)."""

    __slots__ = ()

    def input_file_id(self, value: str) -> Self:
        """Set the required body field "input_file_id" (string)."""
        return self.set("input_file_id", value)

    def endpoint(
        self,
        value: Literal[
            "/v1/chat/completions",
            "/v1/completions",
            "/v1/embeddings",
            "/v1/images/edits",
            "/v1/images/generations",
            "/v1/moderations",
            "/v1/responses",
            "/v1/videos",
        ]
        | str,
    ) -> Self:
        """Set the required body field "endpoint" (string enum of 8 values)."""
        return self.set("endpoint", value)

    def completion_window(self, value: Literal["24h"] | str) -> Self:
        """Set the required body field "completion_window" ("24h")."""
        return self.set("completion_window", value)

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)

    def output_expires_after(
        self, value: BatchFileExpirationAfter | BatchFileExpirationAfterParam
    ) -> Self:
        """Set the optional body field "output_expires_after" (BatchFileExpirationAfter)."""
        return self.set("output_expires_after", value)


class BatchesListSetters(SetterMixin):
    """Setters of `batches.list` (GET /batches)."""

    __slots__ = ()

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)


class BatchesRetrieveSetters(SetterMixin):
    """Setters of `batches.retrieve` (GET /batches/{batch_id}): it has no body fields or query parameters."""

    __slots__ = ()


class Batches(NamespaceMixin):
    """`client.batches`."""

    __slots__ = ()

    @defer_path_check
    def cancel(self, batch_id: str, **fields: Unpack[BatchesCancelParams]) -> BatchesCancelBuilder:
        """Return a builder for `batches.cancel` (POST /batches/{batch_id}/cancel); keywords pre-fill its setters."""
        builder: BatchesCancelBuilder = self._op("cancel", (batch_id,), fields)
        return builder

    def create(self, **fields: Unpack[BatchesCreateParams]) -> BatchesCreateBuilder:
        """Return a builder for `batches.create` (POST /batches); keywords pre-fill its setters."""
        builder: BatchesCreateBuilder = self._op("create", (), fields)
        return builder

    def list(self, **fields: Unpack[BatchesListParams]) -> BatchesListBuilder:
        """Return a builder for `batches.list` (GET /batches); keywords pre-fill its setters."""
        builder: BatchesListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, batch_id: str, **fields: Unpack[BatchesRetrieveParams]
    ) -> BatchesRetrieveBuilder:
        """Return a builder for `batches.retrieve` (GET /batches/{batch_id}); keywords pre-fill its setters."""
        builder: BatchesRetrieveBuilder = self._op("retrieve", (batch_id,), fields)
        return builder


class AsyncBatches(NamespaceMixin):
    """`client.batches` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def cancel(
        self, batch_id: str, **fields: Unpack[BatchesCancelParams]
    ) -> AsyncBatchesCancelBuilder:
        """Return a builder for `batches.cancel` (POST /batches/{batch_id}/cancel); keywords pre-fill its setters."""
        builder: AsyncBatchesCancelBuilder = self._op("cancel", (batch_id,), fields)
        return builder

    def create(self, **fields: Unpack[BatchesCreateParams]) -> AsyncBatchesCreateBuilder:
        """Return a builder for `batches.create` (POST /batches); keywords pre-fill its setters."""
        builder: AsyncBatchesCreateBuilder = self._op("create", (), fields)
        return builder

    def list(self, **fields: Unpack[BatchesListParams]) -> AsyncBatchesListBuilder:
        """Return a builder for `batches.list` (GET /batches); keywords pre-fill its setters."""
        builder: AsyncBatchesListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, batch_id: str, **fields: Unpack[BatchesRetrieveParams]
    ) -> AsyncBatchesRetrieveBuilder:
        """Return a builder for `batches.retrieve` (GET /batches/{batch_id}); keywords pre-fill its setters."""
        builder: AsyncBatchesRetrieveBuilder = self._op("retrieve", (batch_id,), fields)
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "batches": (Batches, AsyncBatches),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "batches.cancel": BatchesCancelSetters,
    "batches.create": BatchesCreateSetters,
    "batches.list": BatchesListSetters,
    "batches.retrieve": BatchesRetrieveSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class BatchesCancelBuilder(BatchesCancelSetters, RequestBuilder[Batch]):
        """Builder of `batches.cancel`: `send()` returns Batch."""

    class AsyncBatchesCancelBuilder(BatchesCancelSetters, AsyncRequestBuilder[Batch]):
        """Async builder of `batches.cancel`: `await send()` returns Batch."""

    class BatchesCreateBuilder(BatchesCreateSetters, RequestBuilder[Batch]):
        """Builder of `batches.create`: `send()` returns Batch."""

    class AsyncBatchesCreateBuilder(BatchesCreateSetters, AsyncRequestBuilder[Batch]):
        """Async builder of `batches.create`: `await send()` returns Batch."""

    class BatchesListBuilder(BatchesListSetters, ListBuilder):
        """Builder of `batches.list`: `send()` returns a Page of Batch."""

        def send(self) -> Page[Batch]: ...
        def send_with_meta(self) -> ApiResponse[Page[Batch]]: ...
        def iter_all(self) -> Iterator[Batch]: ...

    class AsyncBatchesListBuilder(BatchesListSetters, AsyncListBuilder):
        """Async builder of `batches.list`: `await send()` returns a Page of Batch."""

        async def send(self) -> AsyncPage[Batch]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[Batch]]: ...
        def iter_all(self) -> AsyncIterator[Batch]: ...

    class BatchesRetrieveBuilder(BatchesRetrieveSetters, RequestBuilder[Batch]):
        """Builder of `batches.retrieve`: `send()` returns Batch."""

    class AsyncBatchesRetrieveBuilder(BatchesRetrieveSetters, AsyncRequestBuilder[Batch]):
        """Async builder of `batches.retrieve`: `await send()` returns Batch."""
