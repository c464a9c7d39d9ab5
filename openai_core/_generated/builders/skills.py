# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.skills` (11 operations).

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
    from ..models.deleted_skill_resource import DeletedSkillResource
    from ..models.deleted_skill_version_resource import DeletedSkillVersionResource
    from ..models.skill_resource import SkillResource
    from ..models.skill_version_resource import SkillVersionResource
    from ..params import (
        SkillsContentParams,
        SkillsCreateParams,
        SkillsDeleteParams,
        SkillsListParams,
        SkillsRetrieveParams,
        SkillsUpdateParams,
        SkillsVersionsContentParams,
        SkillsVersionsCreateParams,
        SkillsVersionsDeleteParams,
        SkillsVersionsListParams,
        SkillsVersionsRetrieveParams,
    )
    from ._base import FileInput

__all__ = [
    "Skills",
    "AsyncSkills",
    "SkillsVersions",
    "AsyncSkillsVersions",
    "SkillsContentSetters",
    "SkillsCreateSetters",
    "SkillsDeleteSetters",
    "SkillsListSetters",
    "SkillsRetrieveSetters",
    "SkillsUpdateSetters",
    "SkillsVersionsContentSetters",
    "SkillsVersionsCreateSetters",
    "SkillsVersionsDeleteSetters",
    "SkillsVersionsListSetters",
    "SkillsVersionsRetrieveSetters",
]


class SkillsContentSetters(SetterMixin):
    """Setters of `skills.content` (GET /skills/{skill_id}/content): it has no body fields or query parameters."""

    __slots__ = ()


class SkillsCreateSetters(SetterMixin):
    """Setters of `skills.create` (POST /skills)."""

    __slots__ = ()

    def files(self, value: Sequence[FileInput] | FileInput) -> Self:
        """Set the optional form field "files" (array of file or file)."""
        return self.set("files", value)


class SkillsDeleteSetters(SetterMixin):
    """Setters of `skills.delete` (DELETE /skills/{skill_id}): it has no body fields or query parameters."""

    __slots__ = ()


class SkillsListSetters(SetterMixin):
    """Setters of `skills.list` (GET /skills)."""

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


class SkillsRetrieveSetters(SetterMixin):
    """Setters of `skills.retrieve` (GET /skills/{skill_id}): it has no body fields or query parameters."""

    __slots__ = ()


class SkillsUpdateSetters(SetterMixin):
    """Setters of `skills.update` (POST /skills/{skill_id})."""

    __slots__ = ()

    def default_version(self, value: str) -> Self:
        """Set the required body field "default_version" (string)."""
        return self.set("default_version", value)


class SkillsVersionsContentSetters(SetterMixin):
    """Setters of `skills.versions.content` (GET /skills/{skill_id}/versions/{version}/content): it has no body fields or query parameters."""

    __slots__ = ()


class SkillsVersionsCreateSetters(SetterMixin):
    """Setters of `skills.versions.create` (POST /skills/{skill_id}/versions)."""

    __slots__ = ()

    def files(self, value: Sequence[FileInput] | FileInput) -> Self:
        """Set the optional form field "files" (array of file or file)."""
        return self.set("files", value)

    def default(self, value: bool) -> Self:
        """Set the optional form field "default" (boolean)."""
        return self.set("default", value)


class SkillsVersionsDeleteSetters(SetterMixin):
    """Setters of `skills.versions.delete` (DELETE /skills/{skill_id}/versions/{version}): it has no body fields or query parameters."""

    __slots__ = ()


class SkillsVersionsListSetters(SetterMixin):
    """Setters of `skills.versions.list` (GET /skills/{skill_id}/versions)."""

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


class SkillsVersionsRetrieveSetters(SetterMixin):
    """Setters of `skills.versions.retrieve` (GET /skills/{skill_id}/versions/{version}): it has no body fields or query parameters."""

    __slots__ = ()


class Skills(NamespaceMixin):
    """`client.skills`."""

    __slots__ = ()

    @property
    def versions(self) -> SkillsVersions:
        """`client.skills.versions`."""
        namespace: SkillsVersions = self._sub("versions")
        return namespace

    @defer_path_check
    def content(self, skill_id: str, **fields: Unpack[SkillsContentParams]) -> SkillsContentBuilder:
        """Return a builder for `skills.content` (GET /skills/{skill_id}/content); keywords pre-fill its setters."""
        builder: SkillsContentBuilder = self._op("content", (skill_id,), fields)
        return builder

    def create(self, **fields: Unpack[SkillsCreateParams]) -> SkillsCreateBuilder:
        """Return a builder for `skills.create` (POST /skills); keywords pre-fill its setters."""
        builder: SkillsCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(self, skill_id: str, **fields: Unpack[SkillsDeleteParams]) -> SkillsDeleteBuilder:
        """Return a builder for `skills.delete` (DELETE /skills/{skill_id}); keywords pre-fill its setters."""
        builder: SkillsDeleteBuilder = self._op("delete", (skill_id,), fields)
        return builder

    def list(self, **fields: Unpack[SkillsListParams]) -> SkillsListBuilder:
        """Return a builder for `skills.list` (GET /skills); keywords pre-fill its setters."""
        builder: SkillsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, skill_id: str, **fields: Unpack[SkillsRetrieveParams]
    ) -> SkillsRetrieveBuilder:
        """Return a builder for `skills.retrieve` (GET /skills/{skill_id}); keywords pre-fill its setters."""
        builder: SkillsRetrieveBuilder = self._op("retrieve", (skill_id,), fields)
        return builder

    @defer_path_check
    def update(self, skill_id: str, **fields: Unpack[SkillsUpdateParams]) -> SkillsUpdateBuilder:
        """Return a builder for `skills.update` (POST /skills/{skill_id}); keywords pre-fill its setters."""
        builder: SkillsUpdateBuilder = self._op("update", (skill_id,), fields)
        return builder


class AsyncSkills(NamespaceMixin):
    """`client.skills` of an AsyncClient."""

    __slots__ = ()

    @property
    def versions(self) -> AsyncSkillsVersions:
        """`client.skills.versions`."""
        namespace: AsyncSkillsVersions = self._sub("versions")
        return namespace

    @defer_path_check
    def content(
        self, skill_id: str, **fields: Unpack[SkillsContentParams]
    ) -> AsyncSkillsContentBuilder:
        """Return a builder for `skills.content` (GET /skills/{skill_id}/content); keywords pre-fill its setters."""
        builder: AsyncSkillsContentBuilder = self._op("content", (skill_id,), fields)
        return builder

    def create(self, **fields: Unpack[SkillsCreateParams]) -> AsyncSkillsCreateBuilder:
        """Return a builder for `skills.create` (POST /skills); keywords pre-fill its setters."""
        builder: AsyncSkillsCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, skill_id: str, **fields: Unpack[SkillsDeleteParams]
    ) -> AsyncSkillsDeleteBuilder:
        """Return a builder for `skills.delete` (DELETE /skills/{skill_id}); keywords pre-fill its setters."""
        builder: AsyncSkillsDeleteBuilder = self._op("delete", (skill_id,), fields)
        return builder

    def list(self, **fields: Unpack[SkillsListParams]) -> AsyncSkillsListBuilder:
        """Return a builder for `skills.list` (GET /skills); keywords pre-fill its setters."""
        builder: AsyncSkillsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, skill_id: str, **fields: Unpack[SkillsRetrieveParams]
    ) -> AsyncSkillsRetrieveBuilder:
        """Return a builder for `skills.retrieve` (GET /skills/{skill_id}); keywords pre-fill its setters."""
        builder: AsyncSkillsRetrieveBuilder = self._op("retrieve", (skill_id,), fields)
        return builder

    @defer_path_check
    def update(
        self, skill_id: str, **fields: Unpack[SkillsUpdateParams]
    ) -> AsyncSkillsUpdateBuilder:
        """Return a builder for `skills.update` (POST /skills/{skill_id}); keywords pre-fill its setters."""
        builder: AsyncSkillsUpdateBuilder = self._op("update", (skill_id,), fields)
        return builder


class SkillsVersions(NamespaceMixin):
    """`client.skills.versions`."""

    __slots__ = ()

    @defer_path_check
    def content(
        self, skill_id: str, version: str, **fields: Unpack[SkillsVersionsContentParams]
    ) -> SkillsVersionsContentBuilder:
        """Return a builder for `skills.versions.content` (GET /skills/{skill_id}/versions/{version}/content); keywords pre-fill its setters."""
        builder: SkillsVersionsContentBuilder = self._op(
            "content",
            (
                skill_id,
                version,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def create(
        self, skill_id: str, **fields: Unpack[SkillsVersionsCreateParams]
    ) -> SkillsVersionsCreateBuilder:
        """Return a builder for `skills.versions.create` (POST /skills/{skill_id}/versions); keywords pre-fill its setters."""
        builder: SkillsVersionsCreateBuilder = self._op("create", (skill_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self, skill_id: str, version: str, **fields: Unpack[SkillsVersionsDeleteParams]
    ) -> SkillsVersionsDeleteBuilder:
        """Return a builder for `skills.versions.delete` (DELETE /skills/{skill_id}/versions/{version}); keywords pre-fill its setters."""
        builder: SkillsVersionsDeleteBuilder = self._op(
            "delete",
            (
                skill_id,
                version,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, skill_id: str, **fields: Unpack[SkillsVersionsListParams]
    ) -> SkillsVersionsListBuilder:
        """Return a builder for `skills.versions.list` (GET /skills/{skill_id}/versions); keywords pre-fill its setters."""
        builder: SkillsVersionsListBuilder = self._op("list", (skill_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, skill_id: str, version: str, **fields: Unpack[SkillsVersionsRetrieveParams]
    ) -> SkillsVersionsRetrieveBuilder:
        """Return a builder for `skills.versions.retrieve` (GET /skills/{skill_id}/versions/{version}); keywords pre-fill its setters."""
        builder: SkillsVersionsRetrieveBuilder = self._op(
            "retrieve",
            (
                skill_id,
                version,
            ),
            fields,
        )
        return builder


class AsyncSkillsVersions(NamespaceMixin):
    """`client.skills.versions` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def content(
        self, skill_id: str, version: str, **fields: Unpack[SkillsVersionsContentParams]
    ) -> AsyncSkillsVersionsContentBuilder:
        """Return a builder for `skills.versions.content` (GET /skills/{skill_id}/versions/{version}/content); keywords pre-fill its setters."""
        builder: AsyncSkillsVersionsContentBuilder = self._op(
            "content",
            (
                skill_id,
                version,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def create(
        self, skill_id: str, **fields: Unpack[SkillsVersionsCreateParams]
    ) -> AsyncSkillsVersionsCreateBuilder:
        """Return a builder for `skills.versions.create` (POST /skills/{skill_id}/versions); keywords pre-fill its setters."""
        builder: AsyncSkillsVersionsCreateBuilder = self._op("create", (skill_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self, skill_id: str, version: str, **fields: Unpack[SkillsVersionsDeleteParams]
    ) -> AsyncSkillsVersionsDeleteBuilder:
        """Return a builder for `skills.versions.delete` (DELETE /skills/{skill_id}/versions/{version}); keywords pre-fill its setters."""
        builder: AsyncSkillsVersionsDeleteBuilder = self._op(
            "delete",
            (
                skill_id,
                version,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, skill_id: str, **fields: Unpack[SkillsVersionsListParams]
    ) -> AsyncSkillsVersionsListBuilder:
        """Return a builder for `skills.versions.list` (GET /skills/{skill_id}/versions); keywords pre-fill its setters."""
        builder: AsyncSkillsVersionsListBuilder = self._op("list", (skill_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, skill_id: str, version: str, **fields: Unpack[SkillsVersionsRetrieveParams]
    ) -> AsyncSkillsVersionsRetrieveBuilder:
        """Return a builder for `skills.versions.retrieve` (GET /skills/{skill_id}/versions/{version}); keywords pre-fill its setters."""
        builder: AsyncSkillsVersionsRetrieveBuilder = self._op(
            "retrieve",
            (
                skill_id,
                version,
            ),
            fields,
        )
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "skills": (Skills, AsyncSkills),
    "skills.versions": (SkillsVersions, AsyncSkillsVersions),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "skills.content": SkillsContentSetters,
    "skills.create": SkillsCreateSetters,
    "skills.delete": SkillsDeleteSetters,
    "skills.list": SkillsListSetters,
    "skills.retrieve": SkillsRetrieveSetters,
    "skills.update": SkillsUpdateSetters,
    "skills.versions.content": SkillsVersionsContentSetters,
    "skills.versions.create": SkillsVersionsCreateSetters,
    "skills.versions.delete": SkillsVersionsDeleteSetters,
    "skills.versions.list": SkillsVersionsListSetters,
    "skills.versions.retrieve": SkillsVersionsRetrieveSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class SkillsContentBuilder(SkillsContentSetters, DownloadBuilder):
        """Builder of `skills.content`: `send()` returns bytes."""

    class AsyncSkillsContentBuilder(SkillsContentSetters, AsyncDownloadBuilder):
        """Async builder of `skills.content`: `await send()` returns bytes."""

    class SkillsCreateBuilder(SkillsCreateSetters, RequestBuilder[SkillResource]):
        """Builder of `skills.create`: `send()` returns SkillResource."""

    class AsyncSkillsCreateBuilder(SkillsCreateSetters, AsyncRequestBuilder[SkillResource]):
        """Async builder of `skills.create`: `await send()` returns SkillResource."""

    class SkillsDeleteBuilder(SkillsDeleteSetters, RequestBuilder[DeletedSkillResource]):
        """Builder of `skills.delete`: `send()` returns DeletedSkillResource."""

    class AsyncSkillsDeleteBuilder(SkillsDeleteSetters, AsyncRequestBuilder[DeletedSkillResource]):
        """Async builder of `skills.delete`: `await send()` returns DeletedSkillResource."""

    class SkillsListBuilder(SkillsListSetters, ListBuilder):
        """Builder of `skills.list`: `send()` returns a Page of SkillResource."""

        def send(self) -> Page[SkillResource]: ...
        def send_with_meta(self) -> ApiResponse[Page[SkillResource]]: ...
        def iter_all(self) -> Iterator[SkillResource]: ...

    class AsyncSkillsListBuilder(SkillsListSetters, AsyncListBuilder):
        """Async builder of `skills.list`: `await send()` returns a Page of SkillResource."""

        async def send(self) -> AsyncPage[SkillResource]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[SkillResource]]: ...
        def iter_all(self) -> AsyncIterator[SkillResource]: ...

    class SkillsRetrieveBuilder(SkillsRetrieveSetters, RequestBuilder[SkillResource]):
        """Builder of `skills.retrieve`: `send()` returns SkillResource."""

    class AsyncSkillsRetrieveBuilder(SkillsRetrieveSetters, AsyncRequestBuilder[SkillResource]):
        """Async builder of `skills.retrieve`: `await send()` returns SkillResource."""

    class SkillsUpdateBuilder(SkillsUpdateSetters, RequestBuilder[SkillResource]):
        """Builder of `skills.update`: `send()` returns SkillResource."""

    class AsyncSkillsUpdateBuilder(SkillsUpdateSetters, AsyncRequestBuilder[SkillResource]):
        """Async builder of `skills.update`: `await send()` returns SkillResource."""

    class SkillsVersionsContentBuilder(SkillsVersionsContentSetters, DownloadBuilder):
        """Builder of `skills.versions.content`: `send()` returns bytes."""

    class AsyncSkillsVersionsContentBuilder(SkillsVersionsContentSetters, AsyncDownloadBuilder):
        """Async builder of `skills.versions.content`: `await send()` returns bytes."""

    class SkillsVersionsCreateBuilder(
        SkillsVersionsCreateSetters, RequestBuilder[SkillVersionResource]
    ):
        """Builder of `skills.versions.create`: `send()` returns SkillVersionResource."""

    class AsyncSkillsVersionsCreateBuilder(
        SkillsVersionsCreateSetters, AsyncRequestBuilder[SkillVersionResource]
    ):
        """Async builder of `skills.versions.create`: `await send()` returns SkillVersionResource."""

    class SkillsVersionsDeleteBuilder(
        SkillsVersionsDeleteSetters, RequestBuilder[DeletedSkillVersionResource]
    ):
        """Builder of `skills.versions.delete`: `send()` returns DeletedSkillVersionResource."""

    class AsyncSkillsVersionsDeleteBuilder(
        SkillsVersionsDeleteSetters, AsyncRequestBuilder[DeletedSkillVersionResource]
    ):
        """Async builder of `skills.versions.delete`: `await send()` returns DeletedSkillVersionResource."""

    class SkillsVersionsListBuilder(SkillsVersionsListSetters, ListBuilder):
        """Builder of `skills.versions.list`: `send()` returns a Page of SkillVersionResource."""

        def send(self) -> Page[SkillVersionResource]: ...
        def send_with_meta(self) -> ApiResponse[Page[SkillVersionResource]]: ...
        def iter_all(self) -> Iterator[SkillVersionResource]: ...

    class AsyncSkillsVersionsListBuilder(SkillsVersionsListSetters, AsyncListBuilder):
        """Async builder of `skills.versions.list`: `await send()` returns a Page of SkillVersionResource."""

        async def send(self) -> AsyncPage[SkillVersionResource]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[SkillVersionResource]]: ...
        def iter_all(self) -> AsyncIterator[SkillVersionResource]: ...

    class SkillsVersionsRetrieveBuilder(
        SkillsVersionsRetrieveSetters, RequestBuilder[SkillVersionResource]
    ):
        """Builder of `skills.versions.retrieve`: `send()` returns SkillVersionResource."""

    class AsyncSkillsVersionsRetrieveBuilder(
        SkillsVersionsRetrieveSetters, AsyncRequestBuilder[SkillVersionResource]
    ):
        """Async builder of `skills.versions.retrieve`: `await send()` returns SkillVersionResource."""
