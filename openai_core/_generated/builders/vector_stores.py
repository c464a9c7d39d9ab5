# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.vector_stores` (16 operations).

Each `...Setters` mixin has one setter per body field and query parameter of its operation; the
hand-written layer composes it with its builder base on first use. The `...Builder` classes in
the last TYPE_CHECKING block name, for the type checker, what the namespace methods return
(for lists, the item type of their pages, which the runtime ListBuilder fills from the answer).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ._base import NamespaceMixin, SetterMixin, defer_path_check

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from typing_extensions import Self, Unpack

    from ..._builders.base import AsyncRequestBuilder, RequestBuilder
    from ..._builders.pagination import AsyncListBuilder, AsyncPage, ListBuilder, Page
    from ..._response import ApiResponse
    from ..models.auto_chunking_strategy_request_param import AutoChunkingStrategyRequestParam
    from ..models.comparison_filter import ComparisonFilter
    from ..models.compound_filter import CompoundFilter
    from ..models.create_vector_store_file_request import CreateVectorStoreFileRequest
    from ..models.delete_vector_store_file_response import DeleteVectorStoreFileResponse
    from ..models.delete_vector_store_response import DeleteVectorStoreResponse
    from ..models.metadata_type_0 import MetadataType0
    from ..models.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam
    from ..models.vector_store_expiration_after import VectorStoreExpirationAfter
    from ..models.vector_store_file_attributes_type_0 import VectorStoreFileAttributesType0
    from ..models.vector_store_file_batch_object import VectorStoreFileBatchObject
    from ..models.vector_store_file_content_response import VectorStoreFileContentResponse
    from ..models.vector_store_file_object import VectorStoreFileObject
    from ..models.vector_store_object import VectorStoreObject
    from ..models.vector_store_search_request_ranking_options import (
        VectorStoreSearchRequestRankingOptions,
    )
    from ..models.vector_store_search_results_page import VectorStoreSearchResultsPage
    from ..params import (
        AutoChunkingStrategyRequestParamParam,
        ComparisonFilterParam,
        CompoundFilterParam,
        CreateVectorStoreFileRequestParam,
        StaticChunkingStrategyRequestParamParam,
        VectorStoreExpirationAfterParam,
        VectorStoresCreateParams,
        VectorStoresDeleteParams,
        VectorStoreSearchRequestRankingOptionsParam,
        VectorStoresFileBatchesCancelParams,
        VectorStoresFileBatchesCreateParams,
        VectorStoresFileBatchesFilesListParams,
        VectorStoresFileBatchesRetrieveParams,
        VectorStoresFilesContentParams,
        VectorStoresFilesCreateParams,
        VectorStoresFilesDeleteParams,
        VectorStoresFilesListParams,
        VectorStoresFilesRetrieveParams,
        VectorStoresFilesUpdateParams,
        VectorStoresListParams,
        VectorStoresRetrieveParams,
        VectorStoresSearchParams,
        VectorStoresUpdateParams,
    )

__all__ = [
    "VectorStores",
    "AsyncVectorStores",
    "VectorStoresFileBatches",
    "AsyncVectorStoresFileBatches",
    "VectorStoresFileBatchesFiles",
    "AsyncVectorStoresFileBatchesFiles",
    "VectorStoresFiles",
    "AsyncVectorStoresFiles",
    "VectorStoresCreateSetters",
    "VectorStoresDeleteSetters",
    "VectorStoresFileBatchesCancelSetters",
    "VectorStoresFileBatchesCreateSetters",
    "VectorStoresFileBatchesFilesListSetters",
    "VectorStoresFileBatchesRetrieveSetters",
    "VectorStoresFilesContentSetters",
    "VectorStoresFilesCreateSetters",
    "VectorStoresFilesDeleteSetters",
    "VectorStoresFilesListSetters",
    "VectorStoresFilesRetrieveSetters",
    "VectorStoresFilesUpdateSetters",
    "VectorStoresListSetters",
    "VectorStoresRetrieveSetters",
    "VectorStoresSearchSetters",
    "VectorStoresUpdateSetters",
]


class VectorStoresCreateSetters(SetterMixin):
    """Setters of `vector_stores.create` (POST /vector_stores)."""

    __slots__ = ()

    def file_ids(self, value: Sequence[str]) -> Self:
        """Set the optional body field "file_ids" (array of string)."""
        return self.set("file_ids", value)

    def name(self, value: str) -> Self:
        """Set the optional body field "name" (string)."""
        return self.set("name", value)

    def description(self, value: str) -> Self:
        """Set the optional body field "description" (string)."""
        return self.set("description", value)

    def expires_after(
        self, value: VectorStoreExpirationAfter | VectorStoreExpirationAfterParam
    ) -> Self:
        """Set the optional body field "expires_after" (VectorStoreExpirationAfter)."""
        return self.set("expires_after", value)

    def chunking_strategy(
        self,
        value: AutoChunkingStrategyRequestParam
        | StaticChunkingStrategyRequestParam
        | AutoChunkingStrategyRequestParamParam
        | StaticChunkingStrategyRequestParamParam,
    ) -> Self:
        """Set the optional body field "chunking_strategy" (a union of 2 types)."""
        return self.set("chunking_strategy", value)

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)


class VectorStoresDeleteSetters(SetterMixin):
    """Setters of `vector_stores.delete` (DELETE /vector_stores/{vector_store_id}): it has no body fields or query parameters."""

    __slots__ = ()


class VectorStoresFileBatchesCancelSetters(SetterMixin):
    """Setters of `vector_stores.file_batches.cancel` (POST /vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel): it has no body fields or query parameters."""

    __slots__ = ()


class VectorStoresFileBatchesCreateSetters(SetterMixin):
    """Setters of `vector_stores.file_batches.create` (POST /vector_stores/{vector_store_id}/file_batches)."""

    __slots__ = ()

    def file_ids(self, value: Sequence[str]) -> Self:
        """Set the optional body field "file_ids" (array of string)."""
        return self.set("file_ids", value)

    def files(
        self, value: Sequence[CreateVectorStoreFileRequest | CreateVectorStoreFileRequestParam]
    ) -> Self:
        """Set the optional body field "files" (array of CreateVectorStoreFileRequest)."""
        return self.set("files", value)

    def chunking_strategy(
        self,
        value: AutoChunkingStrategyRequestParam
        | StaticChunkingStrategyRequestParam
        | AutoChunkingStrategyRequestParamParam
        | StaticChunkingStrategyRequestParamParam,
    ) -> Self:
        """Set the optional body field "chunking_strategy" (a union of 2 types)."""
        return self.set("chunking_strategy", value)

    def attributes(self, value: VectorStoreFileAttributesType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "attributes" (VectorStoreFileAttributesType0 or null)."""
        return self.set("attributes", value)


class VectorStoresFileBatchesFilesListSetters(SetterMixin):
    """Setters of `vector_stores.file_batches.files.list` (GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def before(self, value: str) -> Self:
        """Set the optional query parameter "before" (string)."""
        return self.set("before", value)

    def filter(
        self, value: Literal["cancelled", "completed", "failed", "in_progress"] | str
    ) -> Self:
        """Set the optional query parameter "filter" (string enum of 4 values)."""
        return self.set("filter", value)


class VectorStoresFileBatchesRetrieveSetters(SetterMixin):
    """Setters of `vector_stores.file_batches.retrieve` (GET /vector_stores/{vector_store_id}/file_batches/{batch_id}): it has no body fields or query parameters."""

    __slots__ = ()


class VectorStoresFilesContentSetters(SetterMixin):
    """Setters of `vector_stores.files.content` (GET /vector_stores/{vector_store_id}/files/{file_id}/content): it has no body fields or query parameters."""

    __slots__ = ()


class VectorStoresFilesCreateSetters(SetterMixin):
    """Setters of `vector_stores.files.create` (POST /vector_stores/{vector_store_id}/files)."""

    __slots__ = ()

    def file_id(self, value: str) -> Self:
        """Set the required body field "file_id" (string)."""
        return self.set("file_id", value)

    def chunking_strategy(
        self,
        value: AutoChunkingStrategyRequestParam
        | StaticChunkingStrategyRequestParam
        | AutoChunkingStrategyRequestParamParam
        | StaticChunkingStrategyRequestParamParam,
    ) -> Self:
        """Set the optional body field "chunking_strategy" (a union of 2 types)."""
        return self.set("chunking_strategy", value)

    def attributes(self, value: VectorStoreFileAttributesType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "attributes" (VectorStoreFileAttributesType0 or null)."""
        return self.set("attributes", value)


class VectorStoresFilesDeleteSetters(SetterMixin):
    """Setters of `vector_stores.files.delete` (DELETE /vector_stores/{vector_store_id}/files/{file_id}): it has no body fields or query parameters."""

    __slots__ = ()


class VectorStoresFilesListSetters(SetterMixin):
    """Setters of `vector_stores.files.list` (GET /vector_stores/{vector_store_id}/files)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def before(self, value: str) -> Self:
        """Set the optional query parameter "before" (string)."""
        return self.set("before", value)

    def filter(
        self, value: Literal["cancelled", "completed", "failed", "in_progress"] | str
    ) -> Self:
        """Set the optional query parameter "filter" (string enum of 4 values)."""
        return self.set("filter", value)


class VectorStoresFilesRetrieveSetters(SetterMixin):
    """Setters of `vector_stores.files.retrieve` (GET /vector_stores/{vector_store_id}/files/{file_id}): it has no body fields or query parameters."""

    __slots__ = ()


class VectorStoresFilesUpdateSetters(SetterMixin):
    """Setters of `vector_stores.files.update` (POST /vector_stores/{vector_store_id}/files/{file_id})."""

    __slots__ = ()

    def attributes(self, value: VectorStoreFileAttributesType0 | Mapping[str, Any] | None) -> Self:
        """Set the required body field "attributes" (VectorStoreFileAttributesType0 or null)."""
        return self.set("attributes", value)


class VectorStoresListSetters(SetterMixin):
    """Setters of `vector_stores.list` (GET /vector_stores)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def before(self, value: str) -> Self:
        """Set the optional query parameter "before" (string)."""
        return self.set("before", value)


class VectorStoresRetrieveSetters(SetterMixin):
    """Setters of `vector_stores.retrieve` (GET /vector_stores/{vector_store_id}): it has no body fields or query parameters."""

    __slots__ = ()


class VectorStoresSearchSetters(SetterMixin):
    """Setters of `vector_stores.search` (POST /vector_stores/{vector_store_id}/search)."""

    __slots__ = ()

    def query(self, value: Sequence[str] | str) -> Self:
        """Set the required body field "query" (string or array of string)."""
        return self.set("query", value)

    def rewrite_query(self, value: bool) -> Self:
        """Set the optional body field "rewrite_query" (boolean)."""
        return self.set("rewrite_query", value)

    def max_num_results(self, value: int) -> Self:
        """Set the optional body field "max_num_results" (integer)."""
        return self.set("max_num_results", value)

    def filters(
        self, value: ComparisonFilter | CompoundFilter | ComparisonFilterParam | CompoundFilterParam
    ) -> Self:
        """Set the optional body field "filters" (ComparisonFilter or CompoundFilter)."""
        return self.set("filters", value)

    def ranking_options(
        self,
        value: VectorStoreSearchRequestRankingOptions | VectorStoreSearchRequestRankingOptionsParam,
    ) -> Self:
        """Set the optional body field "ranking_options" (VectorStoreSearchRequestRankingOptions)."""
        return self.set("ranking_options", value)


class VectorStoresUpdateSetters(SetterMixin):
    """Setters of `vector_stores.update` (POST /vector_stores/{vector_store_id})."""

    __slots__ = ()

    def name(self, value: str | None) -> Self:
        """Set the optional body field "name" (string or null)."""
        return self.set("name", value)

    def expires_after(
        self, value: VectorStoreExpirationAfter | VectorStoreExpirationAfterParam | None
    ) -> Self:
        """Set the optional body field "expires_after" (VectorStoreExpirationAfter or null)."""
        return self.set("expires_after", value)

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)


class VectorStores(NamespaceMixin):
    """`client.vector_stores`."""

    __slots__ = ()

    @property
    def file_batches(self) -> VectorStoresFileBatches:
        """`client.vector_stores.file_batches`."""
        namespace: VectorStoresFileBatches = self._sub("file_batches")
        return namespace

    @property
    def files(self) -> VectorStoresFiles:
        """`client.vector_stores.files`."""
        namespace: VectorStoresFiles = self._sub("files")
        return namespace

    def create(self, **fields: Unpack[VectorStoresCreateParams]) -> VectorStoresCreateBuilder:
        """Return a builder for `vector_stores.create` (POST /vector_stores); keywords pre-fill its setters."""
        builder: VectorStoresCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, vector_store_id: str, **fields: Unpack[VectorStoresDeleteParams]
    ) -> VectorStoresDeleteBuilder:
        """Return a builder for `vector_stores.delete` (DELETE /vector_stores/{vector_store_id}); keywords pre-fill its setters."""
        builder: VectorStoresDeleteBuilder = self._op("delete", (vector_store_id,), fields)
        return builder

    def list(self, **fields: Unpack[VectorStoresListParams]) -> VectorStoresListBuilder:
        """Return a builder for `vector_stores.list` (GET /vector_stores); keywords pre-fill its setters."""
        builder: VectorStoresListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, vector_store_id: str, **fields: Unpack[VectorStoresRetrieveParams]
    ) -> VectorStoresRetrieveBuilder:
        """Return a builder for `vector_stores.retrieve` (GET /vector_stores/{vector_store_id}); keywords pre-fill its setters."""
        builder: VectorStoresRetrieveBuilder = self._op("retrieve", (vector_store_id,), fields)
        return builder

    @defer_path_check
    def search(
        self, vector_store_id: str, **fields: Unpack[VectorStoresSearchParams]
    ) -> VectorStoresSearchBuilder:
        """Return a builder for `vector_stores.search` (POST /vector_stores/{vector_store_id}/search); keywords pre-fill its setters."""
        builder: VectorStoresSearchBuilder = self._op("search", (vector_store_id,), fields)
        return builder

    @defer_path_check
    def update(
        self, vector_store_id: str, **fields: Unpack[VectorStoresUpdateParams]
    ) -> VectorStoresUpdateBuilder:
        """Return a builder for `vector_stores.update` (POST /vector_stores/{vector_store_id}); keywords pre-fill its setters."""
        builder: VectorStoresUpdateBuilder = self._op("update", (vector_store_id,), fields)
        return builder


class AsyncVectorStores(NamespaceMixin):
    """`client.vector_stores` of an AsyncClient."""

    __slots__ = ()

    @property
    def file_batches(self) -> AsyncVectorStoresFileBatches:
        """`client.vector_stores.file_batches`."""
        namespace: AsyncVectorStoresFileBatches = self._sub("file_batches")
        return namespace

    @property
    def files(self) -> AsyncVectorStoresFiles:
        """`client.vector_stores.files`."""
        namespace: AsyncVectorStoresFiles = self._sub("files")
        return namespace

    def create(self, **fields: Unpack[VectorStoresCreateParams]) -> AsyncVectorStoresCreateBuilder:
        """Return a builder for `vector_stores.create` (POST /vector_stores); keywords pre-fill its setters."""
        builder: AsyncVectorStoresCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, vector_store_id: str, **fields: Unpack[VectorStoresDeleteParams]
    ) -> AsyncVectorStoresDeleteBuilder:
        """Return a builder for `vector_stores.delete` (DELETE /vector_stores/{vector_store_id}); keywords pre-fill its setters."""
        builder: AsyncVectorStoresDeleteBuilder = self._op("delete", (vector_store_id,), fields)
        return builder

    def list(self, **fields: Unpack[VectorStoresListParams]) -> AsyncVectorStoresListBuilder:
        """Return a builder for `vector_stores.list` (GET /vector_stores); keywords pre-fill its setters."""
        builder: AsyncVectorStoresListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, vector_store_id: str, **fields: Unpack[VectorStoresRetrieveParams]
    ) -> AsyncVectorStoresRetrieveBuilder:
        """Return a builder for `vector_stores.retrieve` (GET /vector_stores/{vector_store_id}); keywords pre-fill its setters."""
        builder: AsyncVectorStoresRetrieveBuilder = self._op("retrieve", (vector_store_id,), fields)
        return builder

    @defer_path_check
    def search(
        self, vector_store_id: str, **fields: Unpack[VectorStoresSearchParams]
    ) -> AsyncVectorStoresSearchBuilder:
        """Return a builder for `vector_stores.search` (POST /vector_stores/{vector_store_id}/search); keywords pre-fill its setters."""
        builder: AsyncVectorStoresSearchBuilder = self._op("search", (vector_store_id,), fields)
        return builder

    @defer_path_check
    def update(
        self, vector_store_id: str, **fields: Unpack[VectorStoresUpdateParams]
    ) -> AsyncVectorStoresUpdateBuilder:
        """Return a builder for `vector_stores.update` (POST /vector_stores/{vector_store_id}); keywords pre-fill its setters."""
        builder: AsyncVectorStoresUpdateBuilder = self._op("update", (vector_store_id,), fields)
        return builder


class VectorStoresFileBatches(NamespaceMixin):
    """`client.vector_stores.file_batches`."""

    __slots__ = ()

    @property
    def files(self) -> VectorStoresFileBatchesFiles:
        """`client.vector_stores.file_batches.files`."""
        namespace: VectorStoresFileBatchesFiles = self._sub("files")
        return namespace

    @defer_path_check
    def cancel(
        self,
        vector_store_id: str,
        batch_id: str,
        **fields: Unpack[VectorStoresFileBatchesCancelParams],
    ) -> VectorStoresFileBatchesCancelBuilder:
        """Return a builder for `vector_stores.file_batches.cancel` (POST /vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel); keywords pre-fill its setters."""
        builder: VectorStoresFileBatchesCancelBuilder = self._op(
            "cancel",
            (
                vector_store_id,
                batch_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def create(
        self, vector_store_id: str, **fields: Unpack[VectorStoresFileBatchesCreateParams]
    ) -> VectorStoresFileBatchesCreateBuilder:
        """Return a builder for `vector_stores.file_batches.create` (POST /vector_stores/{vector_store_id}/file_batches); keywords pre-fill its setters."""
        builder: VectorStoresFileBatchesCreateBuilder = self._op(
            "create", (vector_store_id,), fields
        )
        return builder

    @defer_path_check
    def retrieve(
        self,
        vector_store_id: str,
        batch_id: str,
        **fields: Unpack[VectorStoresFileBatchesRetrieveParams],
    ) -> VectorStoresFileBatchesRetrieveBuilder:
        """Return a builder for `vector_stores.file_batches.retrieve` (GET /vector_stores/{vector_store_id}/file_batches/{batch_id}); keywords pre-fill its setters."""
        builder: VectorStoresFileBatchesRetrieveBuilder = self._op(
            "retrieve",
            (
                vector_store_id,
                batch_id,
            ),
            fields,
        )
        return builder


class AsyncVectorStoresFileBatches(NamespaceMixin):
    """`client.vector_stores.file_batches` of an AsyncClient."""

    __slots__ = ()

    @property
    def files(self) -> AsyncVectorStoresFileBatchesFiles:
        """`client.vector_stores.file_batches.files`."""
        namespace: AsyncVectorStoresFileBatchesFiles = self._sub("files")
        return namespace

    @defer_path_check
    def cancel(
        self,
        vector_store_id: str,
        batch_id: str,
        **fields: Unpack[VectorStoresFileBatchesCancelParams],
    ) -> AsyncVectorStoresFileBatchesCancelBuilder:
        """Return a builder for `vector_stores.file_batches.cancel` (POST /vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel); keywords pre-fill its setters."""
        builder: AsyncVectorStoresFileBatchesCancelBuilder = self._op(
            "cancel",
            (
                vector_store_id,
                batch_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def create(
        self, vector_store_id: str, **fields: Unpack[VectorStoresFileBatchesCreateParams]
    ) -> AsyncVectorStoresFileBatchesCreateBuilder:
        """Return a builder for `vector_stores.file_batches.create` (POST /vector_stores/{vector_store_id}/file_batches); keywords pre-fill its setters."""
        builder: AsyncVectorStoresFileBatchesCreateBuilder = self._op(
            "create", (vector_store_id,), fields
        )
        return builder

    @defer_path_check
    def retrieve(
        self,
        vector_store_id: str,
        batch_id: str,
        **fields: Unpack[VectorStoresFileBatchesRetrieveParams],
    ) -> AsyncVectorStoresFileBatchesRetrieveBuilder:
        """Return a builder for `vector_stores.file_batches.retrieve` (GET /vector_stores/{vector_store_id}/file_batches/{batch_id}); keywords pre-fill its setters."""
        builder: AsyncVectorStoresFileBatchesRetrieveBuilder = self._op(
            "retrieve",
            (
                vector_store_id,
                batch_id,
            ),
            fields,
        )
        return builder


class VectorStoresFileBatchesFiles(NamespaceMixin):
    """`client.vector_stores.file_batches.files`."""

    __slots__ = ()

    @defer_path_check
    def list(
        self,
        vector_store_id: str,
        batch_id: str,
        **fields: Unpack[VectorStoresFileBatchesFilesListParams],
    ) -> VectorStoresFileBatchesFilesListBuilder:
        """Return a builder for `vector_stores.file_batches.files.list` (GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files); keywords pre-fill its setters."""
        builder: VectorStoresFileBatchesFilesListBuilder = self._op(
            "list",
            (
                vector_store_id,
                batch_id,
            ),
            fields,
        )
        return builder


class AsyncVectorStoresFileBatchesFiles(NamespaceMixin):
    """`client.vector_stores.file_batches.files` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def list(
        self,
        vector_store_id: str,
        batch_id: str,
        **fields: Unpack[VectorStoresFileBatchesFilesListParams],
    ) -> AsyncVectorStoresFileBatchesFilesListBuilder:
        """Return a builder for `vector_stores.file_batches.files.list` (GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files); keywords pre-fill its setters."""
        builder: AsyncVectorStoresFileBatchesFilesListBuilder = self._op(
            "list",
            (
                vector_store_id,
                batch_id,
            ),
            fields,
        )
        return builder


class VectorStoresFiles(NamespaceMixin):
    """`client.vector_stores.files`."""

    __slots__ = ()

    @defer_path_check
    def content(
        self, vector_store_id: str, file_id: str, **fields: Unpack[VectorStoresFilesContentParams]
    ) -> VectorStoresFilesContentBuilder:
        """Return a builder for `vector_stores.files.content` (GET /vector_stores/{vector_store_id}/files/{file_id}/content); keywords pre-fill its setters."""
        builder: VectorStoresFilesContentBuilder = self._op(
            "content",
            (
                vector_store_id,
                file_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def create(
        self, vector_store_id: str, **fields: Unpack[VectorStoresFilesCreateParams]
    ) -> VectorStoresFilesCreateBuilder:
        """Return a builder for `vector_stores.files.create` (POST /vector_stores/{vector_store_id}/files); keywords pre-fill its setters."""
        builder: VectorStoresFilesCreateBuilder = self._op("create", (vector_store_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self, vector_store_id: str, file_id: str, **fields: Unpack[VectorStoresFilesDeleteParams]
    ) -> VectorStoresFilesDeleteBuilder:
        """Return a builder for `vector_stores.files.delete` (DELETE /vector_stores/{vector_store_id}/files/{file_id}); keywords pre-fill its setters."""
        builder: VectorStoresFilesDeleteBuilder = self._op(
            "delete",
            (
                vector_store_id,
                file_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, vector_store_id: str, **fields: Unpack[VectorStoresFilesListParams]
    ) -> VectorStoresFilesListBuilder:
        """Return a builder for `vector_stores.files.list` (GET /vector_stores/{vector_store_id}/files); keywords pre-fill its setters."""
        builder: VectorStoresFilesListBuilder = self._op("list", (vector_store_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, vector_store_id: str, file_id: str, **fields: Unpack[VectorStoresFilesRetrieveParams]
    ) -> VectorStoresFilesRetrieveBuilder:
        """Return a builder for `vector_stores.files.retrieve` (GET /vector_stores/{vector_store_id}/files/{file_id}); keywords pre-fill its setters."""
        builder: VectorStoresFilesRetrieveBuilder = self._op(
            "retrieve",
            (
                vector_store_id,
                file_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def update(
        self, vector_store_id: str, file_id: str, **fields: Unpack[VectorStoresFilesUpdateParams]
    ) -> VectorStoresFilesUpdateBuilder:
        """Return a builder for `vector_stores.files.update` (POST /vector_stores/{vector_store_id}/files/{file_id}); keywords pre-fill its setters."""
        builder: VectorStoresFilesUpdateBuilder = self._op(
            "update",
            (
                vector_store_id,
                file_id,
            ),
            fields,
        )
        return builder


class AsyncVectorStoresFiles(NamespaceMixin):
    """`client.vector_stores.files` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def content(
        self, vector_store_id: str, file_id: str, **fields: Unpack[VectorStoresFilesContentParams]
    ) -> AsyncVectorStoresFilesContentBuilder:
        """Return a builder for `vector_stores.files.content` (GET /vector_stores/{vector_store_id}/files/{file_id}/content); keywords pre-fill its setters."""
        builder: AsyncVectorStoresFilesContentBuilder = self._op(
            "content",
            (
                vector_store_id,
                file_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def create(
        self, vector_store_id: str, **fields: Unpack[VectorStoresFilesCreateParams]
    ) -> AsyncVectorStoresFilesCreateBuilder:
        """Return a builder for `vector_stores.files.create` (POST /vector_stores/{vector_store_id}/files); keywords pre-fill its setters."""
        builder: AsyncVectorStoresFilesCreateBuilder = self._op(
            "create", (vector_store_id,), fields
        )
        return builder

    @defer_path_check
    def delete(
        self, vector_store_id: str, file_id: str, **fields: Unpack[VectorStoresFilesDeleteParams]
    ) -> AsyncVectorStoresFilesDeleteBuilder:
        """Return a builder for `vector_stores.files.delete` (DELETE /vector_stores/{vector_store_id}/files/{file_id}); keywords pre-fill its setters."""
        builder: AsyncVectorStoresFilesDeleteBuilder = self._op(
            "delete",
            (
                vector_store_id,
                file_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, vector_store_id: str, **fields: Unpack[VectorStoresFilesListParams]
    ) -> AsyncVectorStoresFilesListBuilder:
        """Return a builder for `vector_stores.files.list` (GET /vector_stores/{vector_store_id}/files); keywords pre-fill its setters."""
        builder: AsyncVectorStoresFilesListBuilder = self._op("list", (vector_store_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, vector_store_id: str, file_id: str, **fields: Unpack[VectorStoresFilesRetrieveParams]
    ) -> AsyncVectorStoresFilesRetrieveBuilder:
        """Return a builder for `vector_stores.files.retrieve` (GET /vector_stores/{vector_store_id}/files/{file_id}); keywords pre-fill its setters."""
        builder: AsyncVectorStoresFilesRetrieveBuilder = self._op(
            "retrieve",
            (
                vector_store_id,
                file_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def update(
        self, vector_store_id: str, file_id: str, **fields: Unpack[VectorStoresFilesUpdateParams]
    ) -> AsyncVectorStoresFilesUpdateBuilder:
        """Return a builder for `vector_stores.files.update` (POST /vector_stores/{vector_store_id}/files/{file_id}); keywords pre-fill its setters."""
        builder: AsyncVectorStoresFilesUpdateBuilder = self._op(
            "update",
            (
                vector_store_id,
                file_id,
            ),
            fields,
        )
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "vector_stores": (VectorStores, AsyncVectorStores),
    "vector_stores.file_batches": (VectorStoresFileBatches, AsyncVectorStoresFileBatches),
    "vector_stores.file_batches.files": (
        VectorStoresFileBatchesFiles,
        AsyncVectorStoresFileBatchesFiles,
    ),
    "vector_stores.files": (VectorStoresFiles, AsyncVectorStoresFiles),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "vector_stores.create": VectorStoresCreateSetters,
    "vector_stores.delete": VectorStoresDeleteSetters,
    "vector_stores.file_batches.cancel": VectorStoresFileBatchesCancelSetters,
    "vector_stores.file_batches.create": VectorStoresFileBatchesCreateSetters,
    "vector_stores.file_batches.files.list": VectorStoresFileBatchesFilesListSetters,
    "vector_stores.file_batches.retrieve": VectorStoresFileBatchesRetrieveSetters,
    "vector_stores.files.content": VectorStoresFilesContentSetters,
    "vector_stores.files.create": VectorStoresFilesCreateSetters,
    "vector_stores.files.delete": VectorStoresFilesDeleteSetters,
    "vector_stores.files.list": VectorStoresFilesListSetters,
    "vector_stores.files.retrieve": VectorStoresFilesRetrieveSetters,
    "vector_stores.files.update": VectorStoresFilesUpdateSetters,
    "vector_stores.list": VectorStoresListSetters,
    "vector_stores.retrieve": VectorStoresRetrieveSetters,
    "vector_stores.search": VectorStoresSearchSetters,
    "vector_stores.update": VectorStoresUpdateSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class VectorStoresCreateBuilder(VectorStoresCreateSetters, RequestBuilder[VectorStoreObject]):
        """Builder of `vector_stores.create`: `send()` returns VectorStoreObject."""

    class AsyncVectorStoresCreateBuilder(
        VectorStoresCreateSetters, AsyncRequestBuilder[VectorStoreObject]
    ):
        """Async builder of `vector_stores.create`: `await send()` returns VectorStoreObject."""

    class VectorStoresDeleteBuilder(
        VectorStoresDeleteSetters, RequestBuilder[DeleteVectorStoreResponse]
    ):
        """Builder of `vector_stores.delete`: `send()` returns DeleteVectorStoreResponse."""

    class AsyncVectorStoresDeleteBuilder(
        VectorStoresDeleteSetters, AsyncRequestBuilder[DeleteVectorStoreResponse]
    ):
        """Async builder of `vector_stores.delete`: `await send()` returns DeleteVectorStoreResponse."""

    class VectorStoresFileBatchesCancelBuilder(
        VectorStoresFileBatchesCancelSetters, RequestBuilder[VectorStoreFileBatchObject]
    ):
        """Builder of `vector_stores.file_batches.cancel`: `send()` returns VectorStoreFileBatchObject."""

    class AsyncVectorStoresFileBatchesCancelBuilder(
        VectorStoresFileBatchesCancelSetters, AsyncRequestBuilder[VectorStoreFileBatchObject]
    ):
        """Async builder of `vector_stores.file_batches.cancel`: `await send()` returns VectorStoreFileBatchObject."""

    class VectorStoresFileBatchesCreateBuilder(
        VectorStoresFileBatchesCreateSetters, RequestBuilder[VectorStoreFileBatchObject]
    ):
        """Builder of `vector_stores.file_batches.create`: `send()` returns VectorStoreFileBatchObject."""

    class AsyncVectorStoresFileBatchesCreateBuilder(
        VectorStoresFileBatchesCreateSetters, AsyncRequestBuilder[VectorStoreFileBatchObject]
    ):
        """Async builder of `vector_stores.file_batches.create`: `await send()` returns VectorStoreFileBatchObject."""

    class VectorStoresFileBatchesFilesListBuilder(
        VectorStoresFileBatchesFilesListSetters, ListBuilder
    ):
        """Builder of `vector_stores.file_batches.files.list`: `send()` returns a Page of VectorStoreFileObject."""

        def send(self) -> Page[VectorStoreFileObject]: ...
        def send_with_meta(self) -> ApiResponse[Page[VectorStoreFileObject]]: ...
        def iter_all(self) -> Iterator[VectorStoreFileObject]: ...

    class AsyncVectorStoresFileBatchesFilesListBuilder(
        VectorStoresFileBatchesFilesListSetters, AsyncListBuilder
    ):
        """Async builder of `vector_stores.file_batches.files.list`: `await send()` returns a Page of VectorStoreFileObject."""

        async def send(self) -> AsyncPage[VectorStoreFileObject]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[VectorStoreFileObject]]: ...
        def iter_all(self) -> AsyncIterator[VectorStoreFileObject]: ...

    class VectorStoresFileBatchesRetrieveBuilder(
        VectorStoresFileBatchesRetrieveSetters, RequestBuilder[VectorStoreFileBatchObject]
    ):
        """Builder of `vector_stores.file_batches.retrieve`: `send()` returns VectorStoreFileBatchObject."""

    class AsyncVectorStoresFileBatchesRetrieveBuilder(
        VectorStoresFileBatchesRetrieveSetters, AsyncRequestBuilder[VectorStoreFileBatchObject]
    ):
        """Async builder of `vector_stores.file_batches.retrieve`: `await send()` returns VectorStoreFileBatchObject."""

    class VectorStoresFilesContentBuilder(
        VectorStoresFilesContentSetters, RequestBuilder[VectorStoreFileContentResponse]
    ):
        """Builder of `vector_stores.files.content`: `send()` returns VectorStoreFileContentResponse."""

    class AsyncVectorStoresFilesContentBuilder(
        VectorStoresFilesContentSetters, AsyncRequestBuilder[VectorStoreFileContentResponse]
    ):
        """Async builder of `vector_stores.files.content`: `await send()` returns VectorStoreFileContentResponse."""

    class VectorStoresFilesCreateBuilder(
        VectorStoresFilesCreateSetters, RequestBuilder[VectorStoreFileObject]
    ):
        """Builder of `vector_stores.files.create`: `send()` returns VectorStoreFileObject."""

    class AsyncVectorStoresFilesCreateBuilder(
        VectorStoresFilesCreateSetters, AsyncRequestBuilder[VectorStoreFileObject]
    ):
        """Async builder of `vector_stores.files.create`: `await send()` returns VectorStoreFileObject."""

    class VectorStoresFilesDeleteBuilder(
        VectorStoresFilesDeleteSetters, RequestBuilder[DeleteVectorStoreFileResponse]
    ):
        """Builder of `vector_stores.files.delete`: `send()` returns DeleteVectorStoreFileResponse."""

    class AsyncVectorStoresFilesDeleteBuilder(
        VectorStoresFilesDeleteSetters, AsyncRequestBuilder[DeleteVectorStoreFileResponse]
    ):
        """Async builder of `vector_stores.files.delete`: `await send()` returns DeleteVectorStoreFileResponse."""

    class VectorStoresFilesListBuilder(VectorStoresFilesListSetters, ListBuilder):
        """Builder of `vector_stores.files.list`: `send()` returns a Page of VectorStoreFileObject."""

        def send(self) -> Page[VectorStoreFileObject]: ...
        def send_with_meta(self) -> ApiResponse[Page[VectorStoreFileObject]]: ...
        def iter_all(self) -> Iterator[VectorStoreFileObject]: ...

    class AsyncVectorStoresFilesListBuilder(VectorStoresFilesListSetters, AsyncListBuilder):
        """Async builder of `vector_stores.files.list`: `await send()` returns a Page of VectorStoreFileObject."""

        async def send(self) -> AsyncPage[VectorStoreFileObject]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[VectorStoreFileObject]]: ...
        def iter_all(self) -> AsyncIterator[VectorStoreFileObject]: ...

    class VectorStoresFilesRetrieveBuilder(
        VectorStoresFilesRetrieveSetters, RequestBuilder[VectorStoreFileObject]
    ):
        """Builder of `vector_stores.files.retrieve`: `send()` returns VectorStoreFileObject."""

    class AsyncVectorStoresFilesRetrieveBuilder(
        VectorStoresFilesRetrieveSetters, AsyncRequestBuilder[VectorStoreFileObject]
    ):
        """Async builder of `vector_stores.files.retrieve`: `await send()` returns VectorStoreFileObject."""

    class VectorStoresFilesUpdateBuilder(
        VectorStoresFilesUpdateSetters, RequestBuilder[VectorStoreFileObject]
    ):
        """Builder of `vector_stores.files.update`: `send()` returns VectorStoreFileObject."""

    class AsyncVectorStoresFilesUpdateBuilder(
        VectorStoresFilesUpdateSetters, AsyncRequestBuilder[VectorStoreFileObject]
    ):
        """Async builder of `vector_stores.files.update`: `await send()` returns VectorStoreFileObject."""

    class VectorStoresListBuilder(VectorStoresListSetters, ListBuilder):
        """Builder of `vector_stores.list`: `send()` returns a Page of VectorStoreObject."""

        def send(self) -> Page[VectorStoreObject]: ...
        def send_with_meta(self) -> ApiResponse[Page[VectorStoreObject]]: ...
        def iter_all(self) -> Iterator[VectorStoreObject]: ...

    class AsyncVectorStoresListBuilder(VectorStoresListSetters, AsyncListBuilder):
        """Async builder of `vector_stores.list`: `await send()` returns a Page of VectorStoreObject."""

        async def send(self) -> AsyncPage[VectorStoreObject]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[VectorStoreObject]]: ...
        def iter_all(self) -> AsyncIterator[VectorStoreObject]: ...

    class VectorStoresRetrieveBuilder(
        VectorStoresRetrieveSetters, RequestBuilder[VectorStoreObject]
    ):
        """Builder of `vector_stores.retrieve`: `send()` returns VectorStoreObject."""

    class AsyncVectorStoresRetrieveBuilder(
        VectorStoresRetrieveSetters, AsyncRequestBuilder[VectorStoreObject]
    ):
        """Async builder of `vector_stores.retrieve`: `await send()` returns VectorStoreObject."""

    class VectorStoresSearchBuilder(
        VectorStoresSearchSetters, RequestBuilder[VectorStoreSearchResultsPage]
    ):
        """Builder of `vector_stores.search`: `send()` returns VectorStoreSearchResultsPage."""

    class AsyncVectorStoresSearchBuilder(
        VectorStoresSearchSetters, AsyncRequestBuilder[VectorStoreSearchResultsPage]
    ):
        """Async builder of `vector_stores.search`: `await send()` returns VectorStoreSearchResultsPage."""

    class VectorStoresUpdateBuilder(VectorStoresUpdateSetters, RequestBuilder[VectorStoreObject]):
        """Builder of `vector_stores.update`: `send()` returns VectorStoreObject."""

    class AsyncVectorStoresUpdateBuilder(
        VectorStoresUpdateSetters, AsyncRequestBuilder[VectorStoreObject]
    ):
        """Async builder of `vector_stores.update`: `await send()` returns VectorStoreObject."""
