# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.videos` (10 operations).

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
    from ..models.deleted_video_resource import DeletedVideoResource
    from ..models.image_ref_param_2 import ImageRefParam2
    from ..models.video_character_resource import VideoCharacterResource
    from ..models.video_reference_input_param import VideoReferenceInputParam
    from ..models.video_resource import VideoResource
    from ..params import (
        ImageRefParam2Param,
        VideoReferenceInputParamParam,
        VideosCharactersCreateParams,
        VideosCharactersRetrieveParams,
        VideosContentParams,
        VideosCreateParams,
        VideosDeleteParams,
        VideosEditsCreateParams,
        VideosExtensionsCreateParams,
        VideosListParams,
        VideosRemixParams,
        VideosRetrieveParams,
    )
    from ._base import FileInput

__all__ = [
    "Videos",
    "AsyncVideos",
    "VideosCharacters",
    "AsyncVideosCharacters",
    "VideosEdits",
    "AsyncVideosEdits",
    "VideosExtensions",
    "AsyncVideosExtensions",
    "VideosCharactersCreateSetters",
    "VideosCharactersRetrieveSetters",
    "VideosContentSetters",
    "VideosCreateSetters",
    "VideosDeleteSetters",
    "VideosEditsCreateSetters",
    "VideosExtensionsCreateSetters",
    "VideosListSetters",
    "VideosRemixSetters",
    "VideosRetrieveSetters",
]


class VideosCharactersCreateSetters(SetterMixin):
    """Setters of `videos.characters.create` (POST /videos/characters)."""

    __slots__ = ()

    def video(self, value: FileInput) -> Self:
        """Set the required form field "video" (file)."""
        return self.set("video", value)

    def name(self, value: str) -> Self:
        """Set the required form field "name" (string)."""
        return self.set("name", value)


class VideosCharactersRetrieveSetters(SetterMixin):
    """Setters of `videos.characters.retrieve` (GET /videos/characters/{character_id}): it has no body fields or query parameters."""

    __slots__ = ()


class VideosContentSetters(SetterMixin):
    """Setters of `videos.content` (GET /videos/{video_id}/content)."""

    __slots__ = ()

    def variant(self, value: Literal["spritesheet", "thumbnail", "video"] | str) -> Self:
        """Set the optional query parameter "variant" ("spritesheet" | "thumbnail" | "video")."""
        return self.set("variant", value)


class VideosCreateSetters(SetterMixin):
    """Setters of `videos.create` (POST /videos)."""

    __slots__ = ()

    def prompt(self, value: str) -> Self:
        """Set the required form field "prompt" (string)."""
        return self.set("prompt", value)

    def model(self, value: str) -> Self:
        """Set the optional form field "model" (string)."""
        return self.set("model", value)

    def input_reference(self, value: ImageRefParam2 | ImageRefParam2Param | FileInput) -> Self:
        """Set the optional form field "input_reference" (file or ImageRefParam2)."""
        return self.set("input_reference", value)

    def seconds(self, value: Literal["12", "4", "8"] | str) -> Self:
        """Set the optional form field "seconds" ("12" | "4" | "8")."""
        return self.set("seconds", value)

    def size(self, value: Literal["1024x1792", "1280x720", "1792x1024", "720x1280"] | str) -> Self:
        """Set the optional form field "size" (string enum of 4 values)."""
        return self.set("size", value)


class VideosDeleteSetters(SetterMixin):
    """Setters of `videos.delete` (DELETE /videos/{video_id}): it has no body fields or query parameters."""

    __slots__ = ()


class VideosEditsCreateSetters(SetterMixin):
    """Setters of `videos.edits.create` (POST /videos/edits)."""

    __slots__ = ()

    def video(
        self, value: VideoReferenceInputParam | VideoReferenceInputParamParam | FileInput
    ) -> Self:
        """Set the required form field "video" (file or VideoReferenceInputParam)."""
        return self.set("video", value)

    def prompt(self, value: str) -> Self:
        """Set the required form field "prompt" (string)."""
        return self.set("prompt", value)


class VideosExtensionsCreateSetters(SetterMixin):
    """Setters of `videos.extensions.create` (POST /videos/extensions)."""

    __slots__ = ()

    def video(
        self, value: VideoReferenceInputParam | VideoReferenceInputParamParam | FileInput
    ) -> Self:
        """Set the required form field "video" (VideoReferenceInputParam or file)."""
        return self.set("video", value)

    def prompt(self, value: str) -> Self:
        """Set the required form field "prompt" (string)."""
        return self.set("prompt", value)

    def seconds(self, value: Literal["12", "4", "8"] | str) -> Self:
        """Set the required form field "seconds" ("12" | "4" | "8")."""
        return self.set("seconds", value)


class VideosListSetters(SetterMixin):
    """Setters of `videos.list` (GET /videos)."""

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


class VideosRemixSetters(SetterMixin):
    """Setters of `videos.remix` (POST /videos/{video_id}/remix)."""

    __slots__ = ()

    def prompt(self, value: str) -> Self:
        """Set the required body field "prompt" (string)."""
        return self.set("prompt", value)


class VideosRetrieveSetters(SetterMixin):
    """Setters of `videos.retrieve` (GET /videos/{video_id}): it has no body fields or query parameters."""

    __slots__ = ()


class Videos(NamespaceMixin):
    """`client.videos`."""

    __slots__ = ()

    @property
    def characters(self) -> VideosCharacters:
        """`client.videos.characters`."""
        namespace: VideosCharacters = self._sub("characters")
        return namespace

    @property
    def edits(self) -> VideosEdits:
        """`client.videos.edits`."""
        namespace: VideosEdits = self._sub("edits")
        return namespace

    @property
    def extensions(self) -> VideosExtensions:
        """`client.videos.extensions`."""
        namespace: VideosExtensions = self._sub("extensions")
        return namespace

    @defer_path_check
    def content(self, video_id: str, **fields: Unpack[VideosContentParams]) -> VideosContentBuilder:
        """Return a builder for `videos.content` (GET /videos/{video_id}/content); keywords pre-fill its setters."""
        builder: VideosContentBuilder = self._op("content", (video_id,), fields)
        return builder

    def create(self, **fields: Unpack[VideosCreateParams]) -> VideosCreateBuilder:
        """Return a builder for `videos.create` (POST /videos); keywords pre-fill its setters."""
        builder: VideosCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(self, video_id: str, **fields: Unpack[VideosDeleteParams]) -> VideosDeleteBuilder:
        """Return a builder for `videos.delete` (DELETE /videos/{video_id}); keywords pre-fill its setters."""
        builder: VideosDeleteBuilder = self._op("delete", (video_id,), fields)
        return builder

    def list(self, **fields: Unpack[VideosListParams]) -> VideosListBuilder:
        """Return a builder for `videos.list` (GET /videos); keywords pre-fill its setters."""
        builder: VideosListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def remix(self, video_id: str, **fields: Unpack[VideosRemixParams]) -> VideosRemixBuilder:
        """Return a builder for `videos.remix` (POST /videos/{video_id}/remix); keywords pre-fill its setters."""
        builder: VideosRemixBuilder = self._op("remix", (video_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, video_id: str, **fields: Unpack[VideosRetrieveParams]
    ) -> VideosRetrieveBuilder:
        """Return a builder for `videos.retrieve` (GET /videos/{video_id}); keywords pre-fill its setters."""
        builder: VideosRetrieveBuilder = self._op("retrieve", (video_id,), fields)
        return builder


class AsyncVideos(NamespaceMixin):
    """`client.videos` of an AsyncClient."""

    __slots__ = ()

    @property
    def characters(self) -> AsyncVideosCharacters:
        """`client.videos.characters`."""
        namespace: AsyncVideosCharacters = self._sub("characters")
        return namespace

    @property
    def edits(self) -> AsyncVideosEdits:
        """`client.videos.edits`."""
        namespace: AsyncVideosEdits = self._sub("edits")
        return namespace

    @property
    def extensions(self) -> AsyncVideosExtensions:
        """`client.videos.extensions`."""
        namespace: AsyncVideosExtensions = self._sub("extensions")
        return namespace

    @defer_path_check
    def content(
        self, video_id: str, **fields: Unpack[VideosContentParams]
    ) -> AsyncVideosContentBuilder:
        """Return a builder for `videos.content` (GET /videos/{video_id}/content); keywords pre-fill its setters."""
        builder: AsyncVideosContentBuilder = self._op("content", (video_id,), fields)
        return builder

    def create(self, **fields: Unpack[VideosCreateParams]) -> AsyncVideosCreateBuilder:
        """Return a builder for `videos.create` (POST /videos); keywords pre-fill its setters."""
        builder: AsyncVideosCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, video_id: str, **fields: Unpack[VideosDeleteParams]
    ) -> AsyncVideosDeleteBuilder:
        """Return a builder for `videos.delete` (DELETE /videos/{video_id}); keywords pre-fill its setters."""
        builder: AsyncVideosDeleteBuilder = self._op("delete", (video_id,), fields)
        return builder

    def list(self, **fields: Unpack[VideosListParams]) -> AsyncVideosListBuilder:
        """Return a builder for `videos.list` (GET /videos); keywords pre-fill its setters."""
        builder: AsyncVideosListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def remix(self, video_id: str, **fields: Unpack[VideosRemixParams]) -> AsyncVideosRemixBuilder:
        """Return a builder for `videos.remix` (POST /videos/{video_id}/remix); keywords pre-fill its setters."""
        builder: AsyncVideosRemixBuilder = self._op("remix", (video_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, video_id: str, **fields: Unpack[VideosRetrieveParams]
    ) -> AsyncVideosRetrieveBuilder:
        """Return a builder for `videos.retrieve` (GET /videos/{video_id}); keywords pre-fill its setters."""
        builder: AsyncVideosRetrieveBuilder = self._op("retrieve", (video_id,), fields)
        return builder


class VideosCharacters(NamespaceMixin):
    """`client.videos.characters`."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[VideosCharactersCreateParams]
    ) -> VideosCharactersCreateBuilder:
        """Return a builder for `videos.characters.create` (POST /videos/characters); keywords pre-fill its setters."""
        builder: VideosCharactersCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, character_id: str, **fields: Unpack[VideosCharactersRetrieveParams]
    ) -> VideosCharactersRetrieveBuilder:
        """Return a builder for `videos.characters.retrieve` (GET /videos/characters/{character_id}); keywords pre-fill its setters."""
        builder: VideosCharactersRetrieveBuilder = self._op("retrieve", (character_id,), fields)
        return builder


class AsyncVideosCharacters(NamespaceMixin):
    """`client.videos.characters` of an AsyncClient."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[VideosCharactersCreateParams]
    ) -> AsyncVideosCharactersCreateBuilder:
        """Return a builder for `videos.characters.create` (POST /videos/characters); keywords pre-fill its setters."""
        builder: AsyncVideosCharactersCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, character_id: str, **fields: Unpack[VideosCharactersRetrieveParams]
    ) -> AsyncVideosCharactersRetrieveBuilder:
        """Return a builder for `videos.characters.retrieve` (GET /videos/characters/{character_id}); keywords pre-fill its setters."""
        builder: AsyncVideosCharactersRetrieveBuilder = self._op(
            "retrieve", (character_id,), fields
        )
        return builder


class VideosEdits(NamespaceMixin):
    """`client.videos.edits`."""

    __slots__ = ()

    def create(self, **fields: Unpack[VideosEditsCreateParams]) -> VideosEditsCreateBuilder:
        """Return a builder for `videos.edits.create` (POST /videos/edits); keywords pre-fill its setters."""
        builder: VideosEditsCreateBuilder = self._op("create", (), fields)
        return builder


class AsyncVideosEdits(NamespaceMixin):
    """`client.videos.edits` of an AsyncClient."""

    __slots__ = ()

    def create(self, **fields: Unpack[VideosEditsCreateParams]) -> AsyncVideosEditsCreateBuilder:
        """Return a builder for `videos.edits.create` (POST /videos/edits); keywords pre-fill its setters."""
        builder: AsyncVideosEditsCreateBuilder = self._op("create", (), fields)
        return builder


class VideosExtensions(NamespaceMixin):
    """`client.videos.extensions`."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[VideosExtensionsCreateParams]
    ) -> VideosExtensionsCreateBuilder:
        """Return a builder for `videos.extensions.create` (POST /videos/extensions); keywords pre-fill its setters."""
        builder: VideosExtensionsCreateBuilder = self._op("create", (), fields)
        return builder


class AsyncVideosExtensions(NamespaceMixin):
    """`client.videos.extensions` of an AsyncClient."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[VideosExtensionsCreateParams]
    ) -> AsyncVideosExtensionsCreateBuilder:
        """Return a builder for `videos.extensions.create` (POST /videos/extensions); keywords pre-fill its setters."""
        builder: AsyncVideosExtensionsCreateBuilder = self._op("create", (), fields)
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "videos": (Videos, AsyncVideos),
    "videos.characters": (VideosCharacters, AsyncVideosCharacters),
    "videos.edits": (VideosEdits, AsyncVideosEdits),
    "videos.extensions": (VideosExtensions, AsyncVideosExtensions),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "videos.characters.create": VideosCharactersCreateSetters,
    "videos.characters.retrieve": VideosCharactersRetrieveSetters,
    "videos.content": VideosContentSetters,
    "videos.create": VideosCreateSetters,
    "videos.delete": VideosDeleteSetters,
    "videos.edits.create": VideosEditsCreateSetters,
    "videos.extensions.create": VideosExtensionsCreateSetters,
    "videos.list": VideosListSetters,
    "videos.remix": VideosRemixSetters,
    "videos.retrieve": VideosRetrieveSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class VideosCharactersCreateBuilder(
        VideosCharactersCreateSetters, RequestBuilder[VideoCharacterResource]
    ):
        """Builder of `videos.characters.create`: `send()` returns VideoCharacterResource."""

    class AsyncVideosCharactersCreateBuilder(
        VideosCharactersCreateSetters, AsyncRequestBuilder[VideoCharacterResource]
    ):
        """Async builder of `videos.characters.create`: `await send()` returns VideoCharacterResource."""

    class VideosCharactersRetrieveBuilder(
        VideosCharactersRetrieveSetters, RequestBuilder[VideoCharacterResource]
    ):
        """Builder of `videos.characters.retrieve`: `send()` returns VideoCharacterResource."""

    class AsyncVideosCharactersRetrieveBuilder(
        VideosCharactersRetrieveSetters, AsyncRequestBuilder[VideoCharacterResource]
    ):
        """Async builder of `videos.characters.retrieve`: `await send()` returns VideoCharacterResource."""

    class VideosContentBuilder(VideosContentSetters, DownloadBuilder):
        """Builder of `videos.content`: `send()` returns bytes."""

    class AsyncVideosContentBuilder(VideosContentSetters, AsyncDownloadBuilder):
        """Async builder of `videos.content`: `await send()` returns bytes."""

    class VideosCreateBuilder(VideosCreateSetters, RequestBuilder[VideoResource]):
        """Builder of `videos.create`: `send()` returns VideoResource."""

    class AsyncVideosCreateBuilder(VideosCreateSetters, AsyncRequestBuilder[VideoResource]):
        """Async builder of `videos.create`: `await send()` returns VideoResource."""

    class VideosDeleteBuilder(VideosDeleteSetters, RequestBuilder[DeletedVideoResource]):
        """Builder of `videos.delete`: `send()` returns DeletedVideoResource."""

    class AsyncVideosDeleteBuilder(VideosDeleteSetters, AsyncRequestBuilder[DeletedVideoResource]):
        """Async builder of `videos.delete`: `await send()` returns DeletedVideoResource."""

    class VideosEditsCreateBuilder(VideosEditsCreateSetters, RequestBuilder[VideoResource]):
        """Builder of `videos.edits.create`: `send()` returns VideoResource."""

    class AsyncVideosEditsCreateBuilder(
        VideosEditsCreateSetters, AsyncRequestBuilder[VideoResource]
    ):
        """Async builder of `videos.edits.create`: `await send()` returns VideoResource."""

    class VideosExtensionsCreateBuilder(
        VideosExtensionsCreateSetters, RequestBuilder[VideoResource]
    ):
        """Builder of `videos.extensions.create`: `send()` returns VideoResource."""

    class AsyncVideosExtensionsCreateBuilder(
        VideosExtensionsCreateSetters, AsyncRequestBuilder[VideoResource]
    ):
        """Async builder of `videos.extensions.create`: `await send()` returns VideoResource."""

    class VideosListBuilder(VideosListSetters, ListBuilder):
        """Builder of `videos.list`: `send()` returns a Page of VideoResource."""

        def send(self) -> Page[VideoResource]: ...
        def send_with_meta(self) -> ApiResponse[Page[VideoResource]]: ...
        def iter_all(self) -> Iterator[VideoResource]: ...

    class AsyncVideosListBuilder(VideosListSetters, AsyncListBuilder):
        """Async builder of `videos.list`: `await send()` returns a Page of VideoResource."""

        async def send(self) -> AsyncPage[VideoResource]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[VideoResource]]: ...
        def iter_all(self) -> AsyncIterator[VideoResource]: ...

    class VideosRemixBuilder(VideosRemixSetters, RequestBuilder[VideoResource]):
        """Builder of `videos.remix`: `send()` returns VideoResource."""

    class AsyncVideosRemixBuilder(VideosRemixSetters, AsyncRequestBuilder[VideoResource]):
        """Async builder of `videos.remix`: `await send()` returns VideoResource."""

    class VideosRetrieveBuilder(VideosRetrieveSetters, RequestBuilder[VideoResource]):
        """Builder of `videos.retrieve`: `send()` returns VideoResource."""

    class AsyncVideosRetrieveBuilder(VideosRetrieveSetters, AsyncRequestBuilder[VideoResource]):
        """Async builder of `videos.retrieve`: `await send()` returns VideoResource."""
