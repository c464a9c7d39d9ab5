# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.moderations` (1 operations).

Each `...Setters` mixin has one setter per body field and query parameter of its operation; the
hand-written layer composes it with its builder base on first use. The `...Builder` classes in
the last TYPE_CHECKING block name, for the type checker, what the namespace methods return
(for lists, the item type of their pages, which the runtime ListBuilder fills from the answer).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ._base import NamespaceMixin, SetterMixin

if TYPE_CHECKING:
    from typing_extensions import Self, Unpack

    from ..._builders.base import AsyncRequestBuilder, RequestBuilder
    from ..models.create_moderation_request_input_type_0_item_type_1_type_0 import (
        CreateModerationRequestInputType0ItemType1Type0,
    )
    from ..models.create_moderation_request_input_type_0_item_type_1_type_1 import (
        CreateModerationRequestInputType0ItemType1Type1,
    )
    from ..models.create_moderation_response import CreateModerationResponse
    from ..params import (
        CreateModerationRequestInputType0ItemType1Type0Param,
        CreateModerationRequestInputType0ItemType1Type1Param,
        ModerationsCreateParams,
    )

__all__ = [
    "Moderations",
    "AsyncModerations",
    "ModerationsCreateSetters",
]


class ModerationsCreateSetters(SetterMixin):
    """Setters of `moderations.create` (POST /moderations)."""

    __slots__ = ()

    def input(
        self,
        value: Sequence[
            CreateModerationRequestInputType0ItemType1Type0
            | CreateModerationRequestInputType0ItemType1Type1
            | CreateModerationRequestInputType0ItemType1Type0Param
            | CreateModerationRequestInputType0ItemType1Type1Param
            | str
        ]
        | str,
    ) -> Self:
        """Set the required body field "input" (array of a union of 3 types or string)."""
        return self.set("input", value)

    def model(self, value: str) -> Self:
        """Set the optional body field "model" (string)."""
        return self.set("model", value)


class Moderations(NamespaceMixin):
    """`client.moderations`."""

    __slots__ = ()

    def create(self, **fields: Unpack[ModerationsCreateParams]) -> ModerationsCreateBuilder:
        """Return a builder for `moderations.create` (POST /moderations); keywords pre-fill its setters."""
        builder: ModerationsCreateBuilder = self._op("create", (), fields)
        return builder


class AsyncModerations(NamespaceMixin):
    """`client.moderations` of an AsyncClient."""

    __slots__ = ()

    def create(self, **fields: Unpack[ModerationsCreateParams]) -> AsyncModerationsCreateBuilder:
        """Return a builder for `moderations.create` (POST /moderations); keywords pre-fill its setters."""
        builder: AsyncModerationsCreateBuilder = self._op("create", (), fields)
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "moderations": (Moderations, AsyncModerations),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "moderations.create": ModerationsCreateSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class ModerationsCreateBuilder(
        ModerationsCreateSetters, RequestBuilder[CreateModerationResponse]
    ):
        """Builder of `moderations.create`: `send()` returns CreateModerationResponse."""

    class AsyncModerationsCreateBuilder(
        ModerationsCreateSetters, AsyncRequestBuilder[CreateModerationResponse]
    ):
        """Async builder of `moderations.create`: `await send()` returns CreateModerationResponse."""
