# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.models` (3 operations).

Each `...Setters` mixin has one setter per body field and query parameter of its operation; the
hand-written layer composes it with its builder base on first use. The `...Builder` classes in
the last TYPE_CHECKING block name, for the type checker, what the namespace methods return
(for lists, the item type of their pages, which the runtime ListBuilder fills from the answer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._base import NamespaceMixin, SetterMixin, defer_path_check

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._builders.base import AsyncRequestBuilder, RequestBuilder
    from ..models.delete_model_response import DeleteModelResponse
    from ..models.model import Model
    from ..models.model_list import ModelList
    from ..params import (
        ModelsDeleteParams,
        ModelsListParams,
        ModelsRetrieveParams,
    )

__all__ = [
    "Models",
    "AsyncModels",
    "ModelsDeleteSetters",
    "ModelsListSetters",
    "ModelsRetrieveSetters",
]


class ModelsDeleteSetters(SetterMixin):
    """Setters of `models.delete` (DELETE /models/{model}): it has no body fields or query parameters."""

    __slots__ = ()


class ModelsListSetters(SetterMixin):
    """Setters of `models.list` (GET /models): it has no body fields or query parameters."""

    __slots__ = ()


class ModelsRetrieveSetters(SetterMixin):
    """Setters of `models.retrieve` (GET /models/{model}): it has no body fields or query parameters."""

    __slots__ = ()


class Models(NamespaceMixin):
    """`client.models`."""

    __slots__ = ()

    @defer_path_check
    def delete(self, model: str, **fields: Unpack[ModelsDeleteParams]) -> ModelsDeleteBuilder:
        """Return a builder for `models.delete` (DELETE /models/{model}); keywords pre-fill its setters."""
        builder: ModelsDeleteBuilder = self._op("delete", (model,), fields)
        return builder

    def list(self, **fields: Unpack[ModelsListParams]) -> ModelsListBuilder:
        """Return a builder for `models.list` (GET /models); keywords pre-fill its setters."""
        builder: ModelsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(self, model: str, **fields: Unpack[ModelsRetrieveParams]) -> ModelsRetrieveBuilder:
        """Return a builder for `models.retrieve` (GET /models/{model}); keywords pre-fill its setters."""
        builder: ModelsRetrieveBuilder = self._op("retrieve", (model,), fields)
        return builder


class AsyncModels(NamespaceMixin):
    """`client.models` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def delete(self, model: str, **fields: Unpack[ModelsDeleteParams]) -> AsyncModelsDeleteBuilder:
        """Return a builder for `models.delete` (DELETE /models/{model}); keywords pre-fill its setters."""
        builder: AsyncModelsDeleteBuilder = self._op("delete", (model,), fields)
        return builder

    def list(self, **fields: Unpack[ModelsListParams]) -> AsyncModelsListBuilder:
        """Return a builder for `models.list` (GET /models); keywords pre-fill its setters."""
        builder: AsyncModelsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, model: str, **fields: Unpack[ModelsRetrieveParams]
    ) -> AsyncModelsRetrieveBuilder:
        """Return a builder for `models.retrieve` (GET /models/{model}); keywords pre-fill its setters."""
        builder: AsyncModelsRetrieveBuilder = self._op("retrieve", (model,), fields)
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "models": (Models, AsyncModels),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "models.delete": ModelsDeleteSetters,
    "models.list": ModelsListSetters,
    "models.retrieve": ModelsRetrieveSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class ModelsDeleteBuilder(ModelsDeleteSetters, RequestBuilder[DeleteModelResponse]):
        """Builder of `models.delete`: `send()` returns DeleteModelResponse."""

    class AsyncModelsDeleteBuilder(ModelsDeleteSetters, AsyncRequestBuilder[DeleteModelResponse]):
        """Async builder of `models.delete`: `await send()` returns DeleteModelResponse."""

    class ModelsListBuilder(ModelsListSetters, RequestBuilder[ModelList]):
        """Builder of `models.list`: `send()` returns ModelList."""

    class AsyncModelsListBuilder(ModelsListSetters, AsyncRequestBuilder[ModelList]):
        """Async builder of `models.list`: `await send()` returns ModelList."""

    class ModelsRetrieveBuilder(ModelsRetrieveSetters, RequestBuilder[Model]):
        """Builder of `models.retrieve`: `send()` returns Model."""

    class AsyncModelsRetrieveBuilder(ModelsRetrieveSetters, AsyncRequestBuilder[Model]):
        """Async builder of `models.retrieve`: `await send()` returns Model."""
