# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.images` (3 operations).

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
    from ..models.images_response import ImagesResponse
    from ..params import (
        ImagesEditsCreateParams,
        ImagesGenerationsCreateParams,
        ImagesVariationsCreateParams,
    )
    from ._base import FileInput

__all__ = [
    "Images",
    "AsyncImages",
    "ImagesEdits",
    "AsyncImagesEdits",
    "ImagesGenerations",
    "AsyncImagesGenerations",
    "ImagesVariations",
    "AsyncImagesVariations",
    "ImagesEditsCreateSetters",
    "ImagesGenerationsCreateSetters",
    "ImagesVariationsCreateSetters",
]


class ImagesEditsCreateSetters(SetterMixin):
    """Setters of `images.edits.create` (POST /images/edits)."""

    __slots__ = ()

    def image(self, value: Sequence[FileInput] | FileInput) -> Self:
        """Set the required form field "image" (file or array of file)."""
        return self.set("image", value)

    def prompt(self, value: str) -> Self:
        """Set the required form field "prompt" (string)."""
        return self.set("prompt", value)

    def mask(self, value: FileInput) -> Self:
        """Set the optional form field "mask" (file)."""
        return self.set("mask", value)

    def background(self, value: Literal["auto", "opaque", "transparent"] | str | None) -> Self:
        """Set the optional form field "background" (null or "auto" | "opaque" | "transparent")."""
        return self.set("background", value)

    def model(self, value: str | None) -> Self:
        """Set the optional form field "model" (string or null)."""
        return self.set("model", value)

    def n(self, value: int | None) -> Self:
        """Set the optional form field "n" (integer or null)."""
        return self.set("n", value)

    def size(self, value: str | None) -> Self:
        """Set the optional form field "size" (string or null)."""
        return self.set("size", value)

    def response_format(self, value: Literal["b64_json", "url"] | str | None) -> Self:
        """Set the optional form field "response_format" (null or "b64_json" | "url")."""
        return self.set("response_format", value)

    def output_format(self, value: Literal["jpeg", "png", "webp"] | str | None) -> Self:
        """Set the optional form field "output_format" (null or "jpeg" | "png" | "webp")."""
        return self.set("output_format", value)

    def output_compression(self, value: int | None) -> Self:
        """Set the optional form field "output_compression" (integer or null)."""
        return self.set("output_compression", value)

    def user(self, value: str) -> Self:
        """Set the optional form field "user" (string)."""
        return self.set("user", value)

    def input_fidelity(self, value: Literal["high", "low"] | str | None) -> Self:
        """Set the optional form field "input_fidelity" ("high" | "low" or null)."""
        return self.set("input_fidelity", value)

    def stream(self, value: bool | None) -> Self:
        """Set the optional form field "stream" (boolean or null)."""
        return self.set("stream", value)

    def partial_images(self, value: int | None) -> Self:
        """Set the optional form field "partial_images" (integer or null)."""
        return self.set("partial_images", value)

    def quality(
        self, value: Literal["auto", "high", "low", "medium", "standard"] | str | None
    ) -> Self:
        """Set the optional form field "quality" (null or string enum of 5 values)."""
        return self.set("quality", value)


class ImagesGenerationsCreateSetters(SetterMixin):
    """Setters of `images.generations.create` (POST /images/generations)."""

    __slots__ = ()

    def prompt(self, value: str) -> Self:
        """Set the required body field "prompt" (string)."""
        return self.set("prompt", value)

    def model(self, value: str | None) -> Self:
        """Set the optional body field "model" (string or null)."""
        return self.set("model", value)

    def n(self, value: int | None) -> Self:
        """Set the optional body field "n" (integer or null)."""
        return self.set("n", value)

    def quality(
        self, value: Literal["auto", "hd", "high", "low", "medium", "standard"] | str | None
    ) -> Self:
        """Set the optional body field "quality" (null or string enum of 6 values)."""
        return self.set("quality", value)

    def response_format(self, value: Literal["b64_json", "url"] | str | None) -> Self:
        """Set the optional body field "response_format" (null or "b64_json" | "url")."""
        return self.set("response_format", value)

    def output_format(self, value: Literal["jpeg", "png", "webp"] | str | None) -> Self:
        """Set the optional body field "output_format" (null or "jpeg" | "png" | "webp")."""
        return self.set("output_format", value)

    def output_compression(self, value: int | None) -> Self:
        """Set the optional body field "output_compression" (integer or null)."""
        return self.set("output_compression", value)

    def stream(self, value: bool | None) -> Self:
        """Set the optional body field "stream" (boolean or null)."""
        return self.set("stream", value)

    def partial_images(self, value: int | None) -> Self:
        """Set the optional body field "partial_images" (integer or null)."""
        return self.set("partial_images", value)

    def size(self, value: str | None) -> Self:
        """Set the optional body field "size" (string or null)."""
        return self.set("size", value)

    def moderation(self, value: Literal["auto", "low"] | str | None) -> Self:
        """Set the optional body field "moderation" (null or "auto" | "low")."""
        return self.set("moderation", value)

    def background(self, value: Literal["auto", "opaque", "transparent"] | str | None) -> Self:
        """Set the optional body field "background" (null or "auto" | "opaque" | "transparent")."""
        return self.set("background", value)

    def style(self, value: Literal["natural", "vivid"] | str | None) -> Self:
        """Set the optional body field "style" (null or "natural" | "vivid")."""
        return self.set("style", value)

    def user(self, value: str) -> Self:
        """Set the optional body field "user" (string)."""
        return self.set("user", value)


class ImagesVariationsCreateSetters(SetterMixin):
    """Setters of `images.variations.create` (POST /images/variations)."""

    __slots__ = ()

    def image(self, value: FileInput) -> Self:
        """Set the required form field "image" (file)."""
        return self.set("image", value)

    def model(self, value: str | None) -> Self:
        """Set the optional form field "model" (string or null)."""
        return self.set("model", value)

    def n(self, value: int | None) -> Self:
        """Set the optional form field "n" (integer or null)."""
        return self.set("n", value)

    def response_format(self, value: Literal["b64_json", "url"] | str | None) -> Self:
        """Set the optional form field "response_format" (null or "b64_json" | "url")."""
        return self.set("response_format", value)

    def size(self, value: Literal["1024x1024", "256x256", "512x512"] | str | None) -> Self:
        """Set the optional form field "size" (null or "1024x1024" | "256x256" | "512x512")."""
        return self.set("size", value)

    def user(self, value: str) -> Self:
        """Set the optional form field "user" (string)."""
        return self.set("user", value)


class Images(NamespaceMixin):
    """`client.images`."""

    __slots__ = ()

    @property
    def edits(self) -> ImagesEdits:
        """`client.images.edits`."""
        namespace: ImagesEdits = self._sub("edits")
        return namespace

    @property
    def generations(self) -> ImagesGenerations:
        """`client.images.generations`."""
        namespace: ImagesGenerations = self._sub("generations")
        return namespace

    @property
    def variations(self) -> ImagesVariations:
        """`client.images.variations`."""
        namespace: ImagesVariations = self._sub("variations")
        return namespace


class AsyncImages(NamespaceMixin):
    """`client.images` of an AsyncClient."""

    __slots__ = ()

    @property
    def edits(self) -> AsyncImagesEdits:
        """`client.images.edits`."""
        namespace: AsyncImagesEdits = self._sub("edits")
        return namespace

    @property
    def generations(self) -> AsyncImagesGenerations:
        """`client.images.generations`."""
        namespace: AsyncImagesGenerations = self._sub("generations")
        return namespace

    @property
    def variations(self) -> AsyncImagesVariations:
        """`client.images.variations`."""
        namespace: AsyncImagesVariations = self._sub("variations")
        return namespace


class ImagesEdits(NamespaceMixin):
    """`client.images.edits`."""

    __slots__ = ()

    def create(self, **fields: Unpack[ImagesEditsCreateParams]) -> ImagesEditsCreateBuilder:
        """Return a builder for `images.edits.create` (POST /images/edits); keywords pre-fill its setters."""
        builder: ImagesEditsCreateBuilder = self._op("create", (), fields)
        return builder


class AsyncImagesEdits(NamespaceMixin):
    """`client.images.edits` of an AsyncClient."""

    __slots__ = ()

    def create(self, **fields: Unpack[ImagesEditsCreateParams]) -> AsyncImagesEditsCreateBuilder:
        """Return a builder for `images.edits.create` (POST /images/edits); keywords pre-fill its setters."""
        builder: AsyncImagesEditsCreateBuilder = self._op("create", (), fields)
        return builder


class ImagesGenerations(NamespaceMixin):
    """`client.images.generations`."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[ImagesGenerationsCreateParams]
    ) -> ImagesGenerationsCreateBuilder:
        """Return a builder for `images.generations.create` (POST /images/generations); keywords pre-fill its setters."""
        builder: ImagesGenerationsCreateBuilder = self._op("create", (), fields)
        return builder


class AsyncImagesGenerations(NamespaceMixin):
    """`client.images.generations` of an AsyncClient."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[ImagesGenerationsCreateParams]
    ) -> AsyncImagesGenerationsCreateBuilder:
        """Return a builder for `images.generations.create` (POST /images/generations); keywords pre-fill its setters."""
        builder: AsyncImagesGenerationsCreateBuilder = self._op("create", (), fields)
        return builder


class ImagesVariations(NamespaceMixin):
    """`client.images.variations`."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[ImagesVariationsCreateParams]
    ) -> ImagesVariationsCreateBuilder:
        """Return a builder for `images.variations.create` (POST /images/variations); keywords pre-fill its setters."""
        builder: ImagesVariationsCreateBuilder = self._op("create", (), fields)
        return builder


class AsyncImagesVariations(NamespaceMixin):
    """`client.images.variations` of an AsyncClient."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[ImagesVariationsCreateParams]
    ) -> AsyncImagesVariationsCreateBuilder:
        """Return a builder for `images.variations.create` (POST /images/variations); keywords pre-fill its setters."""
        builder: AsyncImagesVariationsCreateBuilder = self._op("create", (), fields)
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "images": (Images, AsyncImages),
    "images.edits": (ImagesEdits, AsyncImagesEdits),
    "images.generations": (ImagesGenerations, AsyncImagesGenerations),
    "images.variations": (ImagesVariations, AsyncImagesVariations),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "images.edits.create": ImagesEditsCreateSetters,
    "images.generations.create": ImagesGenerationsCreateSetters,
    "images.variations.create": ImagesVariationsCreateSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class ImagesEditsCreateBuilder(ImagesEditsCreateSetters, RequestBuilder[ImagesResponse]):
        """Builder of `images.edits.create`: `send()` returns ImagesResponse."""

    class AsyncImagesEditsCreateBuilder(
        ImagesEditsCreateSetters, AsyncRequestBuilder[ImagesResponse]
    ):
        """Async builder of `images.edits.create`: `await send()` returns ImagesResponse."""

    class ImagesGenerationsCreateBuilder(
        ImagesGenerationsCreateSetters, RequestBuilder[ImagesResponse]
    ):
        """Builder of `images.generations.create`: `send()` returns ImagesResponse."""

    class AsyncImagesGenerationsCreateBuilder(
        ImagesGenerationsCreateSetters, AsyncRequestBuilder[ImagesResponse]
    ):
        """Async builder of `images.generations.create`: `await send()` returns ImagesResponse."""

    class ImagesVariationsCreateBuilder(
        ImagesVariationsCreateSetters, RequestBuilder[ImagesResponse]
    ):
        """Builder of `images.variations.create`: `send()` returns ImagesResponse."""

    class AsyncImagesVariationsCreateBuilder(
        ImagesVariationsCreateSetters, AsyncRequestBuilder[ImagesResponse]
    ):
        """Async builder of `images.variations.create`: `await send()` returns ImagesResponse."""
