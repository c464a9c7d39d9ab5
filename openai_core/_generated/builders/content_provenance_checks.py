# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.content_provenance_checks` (1 operations).

Each `...Setters` mixin has one setter per body field and query parameter of its operation; the
hand-written layer composes it with its builder base on first use. The `...Builder` classes in
the last TYPE_CHECKING block name, for the type checker, what the namespace methods return
(for lists, the item type of their pages, which the runtime ListBuilder fills from the answer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._base import NamespaceMixin, SetterMixin

if TYPE_CHECKING:
    from typing_extensions import Self, Unpack

    from ..._builders.base import AsyncRequestBuilder, RequestBuilder
    from ..models.provenance_resource import ProvenanceResource
    from ..params import (
        ContentProvenanceChecksCreateParams,
    )
    from ._base import FileInput

__all__ = [
    "ContentProvenanceChecks",
    "AsyncContentProvenanceChecks",
    "ContentProvenanceChecksCreateSetters",
]


class ContentProvenanceChecksCreateSetters(SetterMixin):
    """Setters of `content_provenance_checks.create` (POST /content_provenance_checks)."""

    __slots__ = ()

    def file(self, value: FileInput) -> Self:
        """Set the required form field "file" (file)."""
        return self.set("file", value)


class ContentProvenanceChecks(NamespaceMixin):
    """`client.content_provenance_checks`."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[ContentProvenanceChecksCreateParams]
    ) -> ContentProvenanceChecksCreateBuilder:
        """Return a builder for `content_provenance_checks.create` (POST /content_provenance_checks); keywords pre-fill its setters."""
        builder: ContentProvenanceChecksCreateBuilder = self._op("create", (), fields)
        return builder


class AsyncContentProvenanceChecks(NamespaceMixin):
    """`client.content_provenance_checks` of an AsyncClient."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[ContentProvenanceChecksCreateParams]
    ) -> AsyncContentProvenanceChecksCreateBuilder:
        """Return a builder for `content_provenance_checks.create` (POST /content_provenance_checks); keywords pre-fill its setters."""
        builder: AsyncContentProvenanceChecksCreateBuilder = self._op("create", (), fields)
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "content_provenance_checks": (ContentProvenanceChecks, AsyncContentProvenanceChecks),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "content_provenance_checks.create": ContentProvenanceChecksCreateSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class ContentProvenanceChecksCreateBuilder(
        ContentProvenanceChecksCreateSetters, RequestBuilder[ProvenanceResource]
    ):
        """Builder of `content_provenance_checks.create`: `send()` returns ProvenanceResource."""

    class AsyncContentProvenanceChecksCreateBuilder(
        ContentProvenanceChecksCreateSetters, AsyncRequestBuilder[ProvenanceResource]
    ):
        """Async builder of `content_provenance_checks.create`: `await send()` returns ProvenanceResource."""
