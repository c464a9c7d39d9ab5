# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.uploads` (4 operations).

Each `...Setters` mixin has one setter per body field and query parameter of its operation; the
hand-written layer composes it with its builder base on first use. The `...Builder` classes in
the last TYPE_CHECKING block name, for the type checker, what the namespace methods return
(for lists, the item type of their pages, which the runtime ListBuilder fills from the answer).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from ._base import NamespaceMixin, SetterMixin, defer_path_check

if TYPE_CHECKING:
    from typing_extensions import Self, Unpack

    from ..._builders.base import AsyncRequestBuilder, RequestBuilder
    from ..models.file_expiration_after import FileExpirationAfter
    from ..models.upload import Upload
    from ..models.upload_part import UploadPart
    from ..params import (
        FileExpirationAfterParam,
        UploadsCancelParams,
        UploadsCompleteParams,
        UploadsCreateParams,
        UploadsPartsCreateParams,
    )
    from ._base import FileInput

__all__ = [
    "Uploads",
    "AsyncUploads",
    "UploadsParts",
    "AsyncUploadsParts",
    "UploadsCancelSetters",
    "UploadsCompleteSetters",
    "UploadsCreateSetters",
    "UploadsPartsCreateSetters",
]


class UploadsCancelSetters(SetterMixin):
    """Setters of `uploads.cancel` (POST /uploads/{upload_id}/cancel): it has no body fields or query parameters."""

    __slots__ = ()


class UploadsCompleteSetters(SetterMixin):
    """Setters of `uploads.complete` (POST /uploads/{upload_id}/complete)."""

    __slots__ = ()

    def part_ids(self, value: Sequence[str]) -> Self:
        """Set the required body field "part_ids" (array of string)."""
        return self.set("part_ids", value)

    def md5(self, value: str) -> Self:
        """Set the optional body field "md5" (string)."""
        return self.set("md5", value)


class UploadsCreateSetters(SetterMixin):
    """Setters of `uploads.create` (POST /uploads)."""

    __slots__ = ()

    def filename(self, value: str) -> Self:
        """Set the required body field "filename" (string)."""
        return self.set("filename", value)

    def purpose(self, value: Literal["assistants", "batch", "fine-tune", "vision"] | str) -> Self:
        """Set the required body field "purpose" (string enum of 4 values)."""
        return self.set("purpose", value)

    def bytes(self, value: int) -> Self:
        """Set the required body field "bytes" (integer)."""
        return self.set("bytes", value)

    def mime_type(self, value: str) -> Self:
        """Set the required body field "mime_type" (string)."""
        return self.set("mime_type", value)

    def expires_after(self, value: FileExpirationAfter | FileExpirationAfterParam) -> Self:
        """Set the optional body field "expires_after" (FileExpirationAfter)."""
        return self.set("expires_after", value)


class UploadsPartsCreateSetters(SetterMixin):
    """Setters of `uploads.parts.create` (POST /uploads/{upload_id}/parts)."""

    __slots__ = ()

    def data(self, value: FileInput) -> Self:
        """Set the required form field "data" (file)."""
        return self.set("data", value)


class Uploads(NamespaceMixin):
    """`client.uploads`."""

    __slots__ = ()

    @property
    def parts(self) -> UploadsParts:
        """`client.uploads.parts`."""
        namespace: UploadsParts = self._sub("parts")
        return namespace

    @defer_path_check
    def cancel(self, upload_id: str, **fields: Unpack[UploadsCancelParams]) -> UploadsCancelBuilder:
        """Return a builder for `uploads.cancel` (POST /uploads/{upload_id}/cancel); keywords pre-fill its setters."""
        builder: UploadsCancelBuilder = self._op("cancel", (upload_id,), fields)
        return builder

    @defer_path_check
    def complete(
        self, upload_id: str, **fields: Unpack[UploadsCompleteParams]
    ) -> UploadsCompleteBuilder:
        """Return a builder for `uploads.complete` (POST /uploads/{upload_id}/complete); keywords pre-fill its setters."""
        builder: UploadsCompleteBuilder = self._op("complete", (upload_id,), fields)
        return builder

    def create(self, **fields: Unpack[UploadsCreateParams]) -> UploadsCreateBuilder:
        """Return a builder for `uploads.create` (POST /uploads); keywords pre-fill its setters."""
        builder: UploadsCreateBuilder = self._op("create", (), fields)
        return builder


class AsyncUploads(NamespaceMixin):
    """`client.uploads` of an AsyncClient."""

    __slots__ = ()

    @property
    def parts(self) -> AsyncUploadsParts:
        """`client.uploads.parts`."""
        namespace: AsyncUploadsParts = self._sub("parts")
        return namespace

    @defer_path_check
    def cancel(
        self, upload_id: str, **fields: Unpack[UploadsCancelParams]
    ) -> AsyncUploadsCancelBuilder:
        """Return a builder for `uploads.cancel` (POST /uploads/{upload_id}/cancel); keywords pre-fill its setters."""
        builder: AsyncUploadsCancelBuilder = self._op("cancel", (upload_id,), fields)
        return builder

    @defer_path_check
    def complete(
        self, upload_id: str, **fields: Unpack[UploadsCompleteParams]
    ) -> AsyncUploadsCompleteBuilder:
        """Return a builder for `uploads.complete` (POST /uploads/{upload_id}/complete); keywords pre-fill its setters."""
        builder: AsyncUploadsCompleteBuilder = self._op("complete", (upload_id,), fields)
        return builder

    def create(self, **fields: Unpack[UploadsCreateParams]) -> AsyncUploadsCreateBuilder:
        """Return a builder for `uploads.create` (POST /uploads); keywords pre-fill its setters."""
        builder: AsyncUploadsCreateBuilder = self._op("create", (), fields)
        return builder


class UploadsParts(NamespaceMixin):
    """`client.uploads.parts`."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, upload_id: str, **fields: Unpack[UploadsPartsCreateParams]
    ) -> UploadsPartsCreateBuilder:
        """Return a builder for `uploads.parts.create` (POST /uploads/{upload_id}/parts); keywords pre-fill its setters."""
        builder: UploadsPartsCreateBuilder = self._op("create", (upload_id,), fields)
        return builder


class AsyncUploadsParts(NamespaceMixin):
    """`client.uploads.parts` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, upload_id: str, **fields: Unpack[UploadsPartsCreateParams]
    ) -> AsyncUploadsPartsCreateBuilder:
        """Return a builder for `uploads.parts.create` (POST /uploads/{upload_id}/parts); keywords pre-fill its setters."""
        builder: AsyncUploadsPartsCreateBuilder = self._op("create", (upload_id,), fields)
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "uploads": (Uploads, AsyncUploads),
    "uploads.parts": (UploadsParts, AsyncUploadsParts),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "uploads.cancel": UploadsCancelSetters,
    "uploads.complete": UploadsCompleteSetters,
    "uploads.create": UploadsCreateSetters,
    "uploads.parts.create": UploadsPartsCreateSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class UploadsCancelBuilder(UploadsCancelSetters, RequestBuilder[Upload]):
        """Builder of `uploads.cancel`: `send()` returns Upload."""

    class AsyncUploadsCancelBuilder(UploadsCancelSetters, AsyncRequestBuilder[Upload]):
        """Async builder of `uploads.cancel`: `await send()` returns Upload."""

    class UploadsCompleteBuilder(UploadsCompleteSetters, RequestBuilder[Upload]):
        """Builder of `uploads.complete`: `send()` returns Upload."""

    class AsyncUploadsCompleteBuilder(UploadsCompleteSetters, AsyncRequestBuilder[Upload]):
        """Async builder of `uploads.complete`: `await send()` returns Upload."""

    class UploadsCreateBuilder(UploadsCreateSetters, RequestBuilder[Upload]):
        """Builder of `uploads.create`: `send()` returns Upload."""

    class AsyncUploadsCreateBuilder(UploadsCreateSetters, AsyncRequestBuilder[Upload]):
        """Async builder of `uploads.create`: `await send()` returns Upload."""

    class UploadsPartsCreateBuilder(UploadsPartsCreateSetters, RequestBuilder[UploadPart]):
        """Builder of `uploads.parts.create`: `send()` returns UploadPart."""

    class AsyncUploadsPartsCreateBuilder(
        UploadsPartsCreateSetters, AsyncRequestBuilder[UploadPart]
    ):
        """Async builder of `uploads.parts.create`: `await send()` returns UploadPart."""
