# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.containers` (9 operations).

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
    from ..models.container_file_resource import ContainerFileResource
    from ..models.container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam,
    )
    from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
    from ..models.container_resource import ContainerResource
    from ..models.create_container_body_expires_after import CreateContainerBodyExpiresAfter
    from ..models.inline_skill_param import InlineSkillParam
    from ..models.skill_reference_param import SkillReferenceParam
    from ..params import (
        ContainerNetworkPolicyAllowlistParamParam,
        ContainerNetworkPolicyDisabledParamParam,
        ContainersCreateParams,
        ContainersDeleteParams,
        ContainersFilesContentParams,
        ContainersFilesCreateParams,
        ContainersFilesDeleteParams,
        ContainersFilesListParams,
        ContainersFilesRetrieveParams,
        ContainersListParams,
        ContainersRetrieveParams,
        CreateContainerBodyExpiresAfterParam,
        InlineSkillParamParam,
        SkillReferenceParamParam,
    )
    from ._base import FileInput

__all__ = [
    "Containers",
    "AsyncContainers",
    "ContainersFiles",
    "AsyncContainersFiles",
    "ContainersCreateSetters",
    "ContainersDeleteSetters",
    "ContainersFilesContentSetters",
    "ContainersFilesCreateSetters",
    "ContainersFilesDeleteSetters",
    "ContainersFilesListSetters",
    "ContainersFilesRetrieveSetters",
    "ContainersListSetters",
    "ContainersRetrieveSetters",
]


class ContainersCreateSetters(SetterMixin):
    """Setters of `containers.create` (POST /containers)."""

    __slots__ = ()

    def name(self, value: str) -> Self:
        """Set the required body field "name" (string)."""
        return self.set("name", value)

    def file_ids(self, value: Sequence[str]) -> Self:
        """Set the optional body field "file_ids" (array of string)."""
        return self.set("file_ids", value)

    def expires_after(
        self, value: CreateContainerBodyExpiresAfter | CreateContainerBodyExpiresAfterParam
    ) -> Self:
        """Set the optional body field "expires_after" (CreateContainerBodyExpiresAfter)."""
        return self.set("expires_after", value)

    def skills(
        self,
        value: Sequence[
            SkillReferenceParam
            | InlineSkillParam
            | SkillReferenceParamParam
            | InlineSkillParamParam
        ],
    ) -> Self:
        """Set the optional body field "skills" (array of SkillReferenceParam or InlineSkillParam)."""
        return self.set("skills", value)

    def memory_limit(self, value: Literal["16g", "1g", "4g", "64g"] | str) -> Self:
        """Set the optional body field "memory_limit" ("16g" | "1g" | "4g" | "64g")."""
        return self.set("memory_limit", value)

    def network_policy(
        self,
        value: ContainerNetworkPolicyDisabledParam
        | ContainerNetworkPolicyAllowlistParam
        | ContainerNetworkPolicyDisabledParamParam
        | ContainerNetworkPolicyAllowlistParamParam,
    ) -> Self:
        """Set the optional body field "network_policy" (a union of 2 types)."""
        return self.set("network_policy", value)


class ContainersDeleteSetters(SetterMixin):
    """Setters of `containers.delete` (DELETE /containers/{container_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ContainersFilesContentSetters(SetterMixin):
    """Setters of `containers.files.content` (GET /containers/{container_id}/files/{file_id}/content): it has no body fields or query parameters."""

    __slots__ = ()


class ContainersFilesCreateSetters(SetterMixin):
    """Setters of `containers.files.create` (POST /containers/{container_id}/files)."""

    __slots__ = ()

    def file_id(self, value: str) -> Self:
        """Set the optional form field "file_id" (string)."""
        return self.set("file_id", value)

    def file(self, value: FileInput) -> Self:
        """Set the optional form field "file" (file)."""
        return self.set("file", value)


class ContainersFilesDeleteSetters(SetterMixin):
    """Setters of `containers.files.delete` (DELETE /containers/{container_id}/files/{file_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ContainersFilesListSetters(SetterMixin):
    """Setters of `containers.files.list` (GET /containers/{container_id}/files)."""

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


class ContainersFilesRetrieveSetters(SetterMixin):
    """Setters of `containers.files.retrieve` (GET /containers/{container_id}/files/{file_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ContainersListSetters(SetterMixin):
    """Setters of `containers.list` (GET /containers)."""

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

    def name(self, value: str) -> Self:
        """Set the optional query parameter "name" (string)."""
        return self.set("name", value)


class ContainersRetrieveSetters(SetterMixin):
    """Setters of `containers.retrieve` (GET /containers/{container_id}): it has no body fields or query parameters."""

    __slots__ = ()


class Containers(NamespaceMixin):
    """`client.containers`."""

    __slots__ = ()

    @property
    def files(self) -> ContainersFiles:
        """`client.containers.files`."""
        namespace: ContainersFiles = self._sub("files")
        return namespace

    def create(self, **fields: Unpack[ContainersCreateParams]) -> ContainersCreateBuilder:
        """Return a builder for `containers.create` (POST /containers); keywords pre-fill its setters."""
        builder: ContainersCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, container_id: str, **fields: Unpack[ContainersDeleteParams]
    ) -> ContainersDeleteBuilder:
        """Return a builder for `containers.delete` (DELETE /containers/{container_id}); keywords pre-fill its setters."""
        builder: ContainersDeleteBuilder = self._op("delete", (container_id,), fields)
        return builder

    def list(self, **fields: Unpack[ContainersListParams]) -> ContainersListBuilder:
        """Return a builder for `containers.list` (GET /containers); keywords pre-fill its setters."""
        builder: ContainersListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, container_id: str, **fields: Unpack[ContainersRetrieveParams]
    ) -> ContainersRetrieveBuilder:
        """Return a builder for `containers.retrieve` (GET /containers/{container_id}); keywords pre-fill its setters."""
        builder: ContainersRetrieveBuilder = self._op("retrieve", (container_id,), fields)
        return builder


class AsyncContainers(NamespaceMixin):
    """`client.containers` of an AsyncClient."""

    __slots__ = ()

    @property
    def files(self) -> AsyncContainersFiles:
        """`client.containers.files`."""
        namespace: AsyncContainersFiles = self._sub("files")
        return namespace

    def create(self, **fields: Unpack[ContainersCreateParams]) -> AsyncContainersCreateBuilder:
        """Return a builder for `containers.create` (POST /containers); keywords pre-fill its setters."""
        builder: AsyncContainersCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, container_id: str, **fields: Unpack[ContainersDeleteParams]
    ) -> AsyncContainersDeleteBuilder:
        """Return a builder for `containers.delete` (DELETE /containers/{container_id}); keywords pre-fill its setters."""
        builder: AsyncContainersDeleteBuilder = self._op("delete", (container_id,), fields)
        return builder

    def list(self, **fields: Unpack[ContainersListParams]) -> AsyncContainersListBuilder:
        """Return a builder for `containers.list` (GET /containers); keywords pre-fill its setters."""
        builder: AsyncContainersListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, container_id: str, **fields: Unpack[ContainersRetrieveParams]
    ) -> AsyncContainersRetrieveBuilder:
        """Return a builder for `containers.retrieve` (GET /containers/{container_id}); keywords pre-fill its setters."""
        builder: AsyncContainersRetrieveBuilder = self._op("retrieve", (container_id,), fields)
        return builder


class ContainersFiles(NamespaceMixin):
    """`client.containers.files`."""

    __slots__ = ()

    @defer_path_check
    def content(
        self, container_id: str, file_id: str, **fields: Unpack[ContainersFilesContentParams]
    ) -> ContainersFilesContentBuilder:
        """Return a builder for `containers.files.content` (GET /containers/{container_id}/files/{file_id}/content); keywords pre-fill its setters."""
        builder: ContainersFilesContentBuilder = self._op(
            "content",
            (
                container_id,
                file_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def create(
        self, container_id: str, **fields: Unpack[ContainersFilesCreateParams]
    ) -> ContainersFilesCreateBuilder:
        """Return a builder for `containers.files.create` (POST /containers/{container_id}/files); keywords pre-fill its setters."""
        builder: ContainersFilesCreateBuilder = self._op("create", (container_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self, container_id: str, file_id: str, **fields: Unpack[ContainersFilesDeleteParams]
    ) -> ContainersFilesDeleteBuilder:
        """Return a builder for `containers.files.delete` (DELETE /containers/{container_id}/files/{file_id}); keywords pre-fill its setters."""
        builder: ContainersFilesDeleteBuilder = self._op(
            "delete",
            (
                container_id,
                file_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, container_id: str, **fields: Unpack[ContainersFilesListParams]
    ) -> ContainersFilesListBuilder:
        """Return a builder for `containers.files.list` (GET /containers/{container_id}/files); keywords pre-fill its setters."""
        builder: ContainersFilesListBuilder = self._op("list", (container_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, container_id: str, file_id: str, **fields: Unpack[ContainersFilesRetrieveParams]
    ) -> ContainersFilesRetrieveBuilder:
        """Return a builder for `containers.files.retrieve` (GET /containers/{container_id}/files/{file_id}); keywords pre-fill its setters."""
        builder: ContainersFilesRetrieveBuilder = self._op(
            "retrieve",
            (
                container_id,
                file_id,
            ),
            fields,
        )
        return builder


class AsyncContainersFiles(NamespaceMixin):
    """`client.containers.files` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def content(
        self, container_id: str, file_id: str, **fields: Unpack[ContainersFilesContentParams]
    ) -> AsyncContainersFilesContentBuilder:
        """Return a builder for `containers.files.content` (GET /containers/{container_id}/files/{file_id}/content); keywords pre-fill its setters."""
        builder: AsyncContainersFilesContentBuilder = self._op(
            "content",
            (
                container_id,
                file_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def create(
        self, container_id: str, **fields: Unpack[ContainersFilesCreateParams]
    ) -> AsyncContainersFilesCreateBuilder:
        """Return a builder for `containers.files.create` (POST /containers/{container_id}/files); keywords pre-fill its setters."""
        builder: AsyncContainersFilesCreateBuilder = self._op("create", (container_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self, container_id: str, file_id: str, **fields: Unpack[ContainersFilesDeleteParams]
    ) -> AsyncContainersFilesDeleteBuilder:
        """Return a builder for `containers.files.delete` (DELETE /containers/{container_id}/files/{file_id}); keywords pre-fill its setters."""
        builder: AsyncContainersFilesDeleteBuilder = self._op(
            "delete",
            (
                container_id,
                file_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, container_id: str, **fields: Unpack[ContainersFilesListParams]
    ) -> AsyncContainersFilesListBuilder:
        """Return a builder for `containers.files.list` (GET /containers/{container_id}/files); keywords pre-fill its setters."""
        builder: AsyncContainersFilesListBuilder = self._op("list", (container_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, container_id: str, file_id: str, **fields: Unpack[ContainersFilesRetrieveParams]
    ) -> AsyncContainersFilesRetrieveBuilder:
        """Return a builder for `containers.files.retrieve` (GET /containers/{container_id}/files/{file_id}); keywords pre-fill its setters."""
        builder: AsyncContainersFilesRetrieveBuilder = self._op(
            "retrieve",
            (
                container_id,
                file_id,
            ),
            fields,
        )
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "containers": (Containers, AsyncContainers),
    "containers.files": (ContainersFiles, AsyncContainersFiles),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "containers.create": ContainersCreateSetters,
    "containers.delete": ContainersDeleteSetters,
    "containers.files.content": ContainersFilesContentSetters,
    "containers.files.create": ContainersFilesCreateSetters,
    "containers.files.delete": ContainersFilesDeleteSetters,
    "containers.files.list": ContainersFilesListSetters,
    "containers.files.retrieve": ContainersFilesRetrieveSetters,
    "containers.list": ContainersListSetters,
    "containers.retrieve": ContainersRetrieveSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class ContainersCreateBuilder(ContainersCreateSetters, RequestBuilder[ContainerResource]):
        """Builder of `containers.create`: `send()` returns ContainerResource."""

    class AsyncContainersCreateBuilder(
        ContainersCreateSetters, AsyncRequestBuilder[ContainerResource]
    ):
        """Async builder of `containers.create`: `await send()` returns ContainerResource."""

    class ContainersDeleteBuilder(ContainersDeleteSetters, RequestBuilder[None]):
        """Builder of `containers.delete`: `send()` returns None."""

    class AsyncContainersDeleteBuilder(ContainersDeleteSetters, AsyncRequestBuilder[None]):
        """Async builder of `containers.delete`: `await send()` returns None."""

    class ContainersFilesContentBuilder(ContainersFilesContentSetters, DownloadBuilder):
        """Builder of `containers.files.content`: `send()` returns bytes."""

    class AsyncContainersFilesContentBuilder(ContainersFilesContentSetters, AsyncDownloadBuilder):
        """Async builder of `containers.files.content`: `await send()` returns bytes."""

    class ContainersFilesCreateBuilder(
        ContainersFilesCreateSetters, RequestBuilder[ContainerFileResource]
    ):
        """Builder of `containers.files.create`: `send()` returns ContainerFileResource."""

    class AsyncContainersFilesCreateBuilder(
        ContainersFilesCreateSetters, AsyncRequestBuilder[ContainerFileResource]
    ):
        """Async builder of `containers.files.create`: `await send()` returns ContainerFileResource."""

    class ContainersFilesDeleteBuilder(ContainersFilesDeleteSetters, RequestBuilder[None]):
        """Builder of `containers.files.delete`: `send()` returns None."""

    class AsyncContainersFilesDeleteBuilder(
        ContainersFilesDeleteSetters, AsyncRequestBuilder[None]
    ):
        """Async builder of `containers.files.delete`: `await send()` returns None."""

    class ContainersFilesListBuilder(ContainersFilesListSetters, ListBuilder):
        """Builder of `containers.files.list`: `send()` returns a Page of ContainerFileResource."""

        def send(self) -> Page[ContainerFileResource]: ...
        def send_with_meta(self) -> ApiResponse[Page[ContainerFileResource]]: ...
        def iter_all(self) -> Iterator[ContainerFileResource]: ...

    class AsyncContainersFilesListBuilder(ContainersFilesListSetters, AsyncListBuilder):
        """Async builder of `containers.files.list`: `await send()` returns a Page of ContainerFileResource."""

        async def send(self) -> AsyncPage[ContainerFileResource]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[ContainerFileResource]]: ...
        def iter_all(self) -> AsyncIterator[ContainerFileResource]: ...

    class ContainersFilesRetrieveBuilder(
        ContainersFilesRetrieveSetters, RequestBuilder[ContainerFileResource]
    ):
        """Builder of `containers.files.retrieve`: `send()` returns ContainerFileResource."""

    class AsyncContainersFilesRetrieveBuilder(
        ContainersFilesRetrieveSetters, AsyncRequestBuilder[ContainerFileResource]
    ):
        """Async builder of `containers.files.retrieve`: `await send()` returns ContainerFileResource."""

    class ContainersListBuilder(ContainersListSetters, ListBuilder):
        """Builder of `containers.list`: `send()` returns a Page of ContainerResource."""

        def send(self) -> Page[ContainerResource]: ...
        def send_with_meta(self) -> ApiResponse[Page[ContainerResource]]: ...
        def iter_all(self) -> Iterator[ContainerResource]: ...

    class AsyncContainersListBuilder(ContainersListSetters, AsyncListBuilder):
        """Async builder of `containers.list`: `await send()` returns a Page of ContainerResource."""

        async def send(self) -> AsyncPage[ContainerResource]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[ContainerResource]]: ...
        def iter_all(self) -> AsyncIterator[ContainerResource]: ...

    class ContainersRetrieveBuilder(ContainersRetrieveSetters, RequestBuilder[ContainerResource]):
        """Builder of `containers.retrieve`: `send()` returns ContainerResource."""

    class AsyncContainersRetrieveBuilder(
        ContainersRetrieveSetters, AsyncRequestBuilder[ContainerResource]
    ):
        """Async builder of `containers.retrieve`: `await send()` returns ContainerResource."""
