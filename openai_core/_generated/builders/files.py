# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.files` (5 operations).

Each `...Setters` mixin has one setter per body field and query parameter of its operation; the
hand-written layer composes it with its builder base on first use. The `...Builder` classes in
the last TYPE_CHECKING block name, for the type checker, what the namespace methods return
(for lists, the item type of their pages, which the runtime ListBuilder fills from the answer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ._base import NamespaceMixin, SetterMixin, defer_path_check

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from typing_extensions import Self, Unpack

    from ..._builders.base import (
        AsyncDownloadBuilder,
        AsyncRequestBuilder,
        DownloadBuilder,
        RequestBuilder,
    )
    from ..._builders.pagination import AsyncListBuilder, AsyncPage, ListBuilder, Page
    from ..._response import ApiResponse
    from ..models.delete_file_response import DeleteFileResponse
    from ..models.file_expiration_after import FileExpirationAfter
    from ..models.file_object import FileObject
    from ..params import (
        FileExpirationAfterParam,
        FilesContentParams,
        FilesCreateParams,
        FilesDeleteParams,
        FilesListParams,
        FilesRetrieveParams,
    )
    from ._base import FileInput

__all__ = [
    "Files",
    "AsyncFiles",
    "FilesContentSetters",
    "FilesCreateSetters",
    "FilesDeleteSetters",
    "FilesListSetters",
    "FilesRetrieveSetters",
]


class FilesContentSetters(SetterMixin):
    """Setters of `files.content` (GET /files/{file_id}/content): it has no body fields or query parameters."""

    __slots__ = ()


class FilesCreateSetters(SetterMixin):
    """Setters of `files.create` (POST /files)."""

    __slots__ = ()

    def file(self, value: FileInput) -> Self:
        """Set the required form field "file" (file)."""
        return self.set("file", value)

    def purpose(
        self,
        value: Literal["assistants", "batch", "evals", "fine-tune", "user_data", "vision"] | str,
    ) -> Self:
        """Set the required form field "purpose" (string enum of 6 values)."""
        return self.set("purpose", value)

    def expires_after(self, value: FileExpirationAfter | FileExpirationAfterParam) -> Self:
        """Set the optional form field "expires_after" (FileExpirationAfter)."""
        return self.set("expires_after", value)


class FilesDeleteSetters(SetterMixin):
    """Setters of `files.delete` (DELETE /files/{file_id}): it has no body fields or query parameters."""

    __slots__ = ()


class FilesListSetters(SetterMixin):
    """Setters of `files.list` (GET /files)."""

    __slots__ = ()

    def purpose(self, value: str) -> Self:
        """Set the optional query parameter "purpose" (string)."""
        return self.set("purpose", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)


class FilesRetrieveSetters(SetterMixin):
    """Setters of `files.retrieve` (GET /files/{file_id}): it has no body fields or query parameters."""

    __slots__ = ()


class Files(NamespaceMixin):
    """`client.files`."""

    __slots__ = ()

    @defer_path_check
    def content(self, file_id: str, **fields: Unpack[FilesContentParams]) -> FilesContentBuilder:
        """Return a builder for `files.content` (GET /files/{file_id}/content); keywords pre-fill its setters."""
        builder: FilesContentBuilder = self._op("content", (file_id,), fields)
        return builder

    def create(self, **fields: Unpack[FilesCreateParams]) -> FilesCreateBuilder:
        """Return a builder for `files.create` (POST /files); keywords pre-fill its setters."""
        builder: FilesCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(self, file_id: str, **fields: Unpack[FilesDeleteParams]) -> FilesDeleteBuilder:
        """Return a builder for `files.delete` (DELETE /files/{file_id}); keywords pre-fill its setters."""
        builder: FilesDeleteBuilder = self._op("delete", (file_id,), fields)
        return builder

    def list(self, **fields: Unpack[FilesListParams]) -> FilesListBuilder:
        """Return a builder for `files.list` (GET /files); keywords pre-fill its setters."""
        builder: FilesListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(self, file_id: str, **fields: Unpack[FilesRetrieveParams]) -> FilesRetrieveBuilder:
        """Return a builder for `files.retrieve` (GET /files/{file_id}); keywords pre-fill its setters."""
        builder: FilesRetrieveBuilder = self._op("retrieve", (file_id,), fields)
        return builder


class AsyncFiles(NamespaceMixin):
    """`client.files` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def content(
        self, file_id: str, **fields: Unpack[FilesContentParams]
    ) -> AsyncFilesContentBuilder:
        """Return a builder for `files.content` (GET /files/{file_id}/content); keywords pre-fill its setters."""
        builder: AsyncFilesContentBuilder = self._op("content", (file_id,), fields)
        return builder

    def create(self, **fields: Unpack[FilesCreateParams]) -> AsyncFilesCreateBuilder:
        """Return a builder for `files.create` (POST /files); keywords pre-fill its setters."""
        builder: AsyncFilesCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(self, file_id: str, **fields: Unpack[FilesDeleteParams]) -> AsyncFilesDeleteBuilder:
        """Return a builder for `files.delete` (DELETE /files/{file_id}); keywords pre-fill its setters."""
        builder: AsyncFilesDeleteBuilder = self._op("delete", (file_id,), fields)
        return builder

    def list(self, **fields: Unpack[FilesListParams]) -> AsyncFilesListBuilder:
        """Return a builder for `files.list` (GET /files); keywords pre-fill its setters."""
        builder: AsyncFilesListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, file_id: str, **fields: Unpack[FilesRetrieveParams]
    ) -> AsyncFilesRetrieveBuilder:
        """Return a builder for `files.retrieve` (GET /files/{file_id}); keywords pre-fill its setters."""
        builder: AsyncFilesRetrieveBuilder = self._op("retrieve", (file_id,), fields)
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "files": (Files, AsyncFiles),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "files.content": FilesContentSetters,
    "files.create": FilesCreateSetters,
    "files.delete": FilesDeleteSetters,
    "files.list": FilesListSetters,
    "files.retrieve": FilesRetrieveSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class FilesContentBuilder(FilesContentSetters, DownloadBuilder):
        """Builder of `files.content`: `send()` returns bytes."""

    class AsyncFilesContentBuilder(FilesContentSetters, AsyncDownloadBuilder):
        """Async builder of `files.content`: `await send()` returns bytes."""

    class FilesCreateBuilder(FilesCreateSetters, RequestBuilder[FileObject]):
        """Builder of `files.create`: `send()` returns FileObject."""

    class AsyncFilesCreateBuilder(FilesCreateSetters, AsyncRequestBuilder[FileObject]):
        """Async builder of `files.create`: `await send()` returns FileObject."""

    class FilesDeleteBuilder(FilesDeleteSetters, RequestBuilder[DeleteFileResponse]):
        """Builder of `files.delete`: `send()` returns DeleteFileResponse."""

    class AsyncFilesDeleteBuilder(FilesDeleteSetters, AsyncRequestBuilder[DeleteFileResponse]):
        """Async builder of `files.delete`: `await send()` returns DeleteFileResponse."""

    class FilesListBuilder(FilesListSetters, ListBuilder):
        """Builder of `files.list`: `send()` returns a Page of FileObject."""

        def send(self) -> Page[FileObject]: ...
        def send_with_meta(self) -> ApiResponse[Page[FileObject]]: ...
        def iter_all(self) -> Iterator[FileObject]: ...

    class AsyncFilesListBuilder(FilesListSetters, AsyncListBuilder):
        """Async builder of `files.list`: `await send()` returns a Page of FileObject."""

        async def send(self) -> AsyncPage[FileObject]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[FileObject]]: ...
        def iter_all(self) -> AsyncIterator[FileObject]: ...

    class FilesRetrieveBuilder(FilesRetrieveSetters, RequestBuilder[FileObject]):
        """Builder of `files.retrieve`: `send()` returns FileObject."""

    class AsyncFilesRetrieveBuilder(FilesRetrieveSetters, AsyncRequestBuilder[FileObject]):
        """Async builder of `files.retrieve`: `await send()` returns FileObject."""
