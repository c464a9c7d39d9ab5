# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.assistants` (5 operations).

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
    from ..models.assistant_object import AssistantObject
    from ..models.assistant_supported_models import AssistantSupportedModels
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.create_assistant_request_tool_resources_type_0 import (
        CreateAssistantRequestToolResourcesType0,
    )
    from ..models.delete_assistant_response import DeleteAssistantResponse
    from ..models.metadata_type_0 import MetadataType0
    from ..models.modify_assistant_request_tool_resources_type_0 import (
        ModifyAssistantRequestToolResourcesType0,
    )
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..params import (
        AssistantsCreateParams,
        AssistantsDeleteParams,
        AssistantsListParams,
        AssistantsRetrieveParams,
        AssistantsUpdateParams,
        AssistantToolsCodeParam,
        AssistantToolsFileSearchParam,
        AssistantToolsFunctionParam,
        CreateAssistantRequestToolResourcesType0Param,
        ModifyAssistantRequestToolResourcesType0Param,
        ResponseFormatJsonObjectParam,
        ResponseFormatJsonSchemaParam,
        ResponseFormatTextParam,
    )

__all__ = [
    "Assistants",
    "AsyncAssistants",
    "AssistantsCreateSetters",
    "AssistantsDeleteSetters",
    "AssistantsListSetters",
    "AssistantsRetrieveSetters",
    "AssistantsUpdateSetters",
]


class AssistantsCreateSetters(SetterMixin):
    """Setters of `assistants.create` (POST /assistants)."""

    __slots__ = ()

    def model(self, value: AssistantSupportedModels | str) -> Self:
        """Set the required body field "model" (string or string enum of 42 values)."""
        return self.set("model", value)

    def name(self, value: str | None) -> Self:
        """Set the optional body field "name" (string or null)."""
        return self.set("name", value)

    def description(self, value: str | None) -> Self:
        """Set the optional body field "description" (string or null)."""
        return self.set("description", value)

    def instructions(self, value: str | None) -> Self:
        """Set the optional body field "instructions" (string or null)."""
        return self.set("instructions", value)

    def reasoning_effort(
        self,
        value: Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | str | None,
    ) -> Self:
        """Set the optional body field "reasoning_effort" (string enum of 7 values or null)."""
        return self.set("reasoning_effort", value)

    def tools(
        self,
        value: Sequence[
            AssistantToolsCode
            | AssistantToolsFileSearch
            | AssistantToolsFunction
            | AssistantToolsCodeParam
            | AssistantToolsFileSearchParam
            | AssistantToolsFunctionParam
        ],
    ) -> Self:
        """Set the optional body field "tools" (array of a union of 3 types)."""
        return self.set("tools", value)

    def tool_resources(
        self,
        value: CreateAssistantRequestToolResourcesType0
        | CreateAssistantRequestToolResourcesType0Param
        | None,
    ) -> Self:
        """Set the optional body field "tool_resources" (CreateAssistantRequestToolResourcesType0 or null)."""
        return self.set("tool_resources", value)

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)

    def temperature(self, value: float | None) -> Self:
        """Set the optional body field "temperature" (number or null)."""
        return self.set("temperature", value)

    def top_p(self, value: float | None) -> Self:
        """Set the optional body field "top_p" (number or null)."""
        return self.set("top_p", value)

    def response_format(
        self,
        value: Literal["auto"]
        | ResponseFormatText
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatTextParam
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchemaParam
        | str
        | None,
    ) -> Self:
        """Set the optional body field "response_format" (a union of 4 types or null)."""
        return self.set("response_format", value)


class AssistantsDeleteSetters(SetterMixin):
    """Setters of `assistants.delete` (DELETE /assistants/{assistant_id}): it has no body fields or query parameters."""

    __slots__ = ()


class AssistantsListSetters(SetterMixin):
    """Setters of `assistants.list` (GET /assistants)."""

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


class AssistantsRetrieveSetters(SetterMixin):
    """Setters of `assistants.retrieve` (GET /assistants/{assistant_id}): it has no body fields or query parameters."""

    __slots__ = ()


class AssistantsUpdateSetters(SetterMixin):
    """Setters of `assistants.update` (POST /assistants/{assistant_id})."""

    __slots__ = ()

    def model(self, value: AssistantSupportedModels | str) -> Self:
        """Set the optional body field "model" (string or string enum of 42 values)."""
        return self.set("model", value)

    def reasoning_effort(
        self,
        value: Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | str | None,
    ) -> Self:
        """Set the optional body field "reasoning_effort" (string enum of 7 values or null)."""
        return self.set("reasoning_effort", value)

    def name(self, value: str | None) -> Self:
        """Set the optional body field "name" (string or null)."""
        return self.set("name", value)

    def description(self, value: str | None) -> Self:
        """Set the optional body field "description" (string or null)."""
        return self.set("description", value)

    def instructions(self, value: str | None) -> Self:
        """Set the optional body field "instructions" (string or null)."""
        return self.set("instructions", value)

    def tools(
        self,
        value: Sequence[
            AssistantToolsCode
            | AssistantToolsFileSearch
            | AssistantToolsFunction
            | AssistantToolsCodeParam
            | AssistantToolsFileSearchParam
            | AssistantToolsFunctionParam
        ],
    ) -> Self:
        """Set the optional body field "tools" (array of a union of 3 types)."""
        return self.set("tools", value)

    def tool_resources(
        self,
        value: ModifyAssistantRequestToolResourcesType0
        | ModifyAssistantRequestToolResourcesType0Param
        | None,
    ) -> Self:
        """Set the optional body field "tool_resources" (ModifyAssistantRequestToolResourcesType0 or null)."""
        return self.set("tool_resources", value)

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)

    def temperature(self, value: float | None) -> Self:
        """Set the optional body field "temperature" (number or null)."""
        return self.set("temperature", value)

    def top_p(self, value: float | None) -> Self:
        """Set the optional body field "top_p" (number or null)."""
        return self.set("top_p", value)

    def response_format(
        self,
        value: Literal["auto"]
        | ResponseFormatText
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatTextParam
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchemaParam
        | str
        | None,
    ) -> Self:
        """Set the optional body field "response_format" (a union of 4 types or null)."""
        return self.set("response_format", value)


class Assistants(NamespaceMixin):
    """`client.assistants`."""

    __slots__ = ()

    def create(self, **fields: Unpack[AssistantsCreateParams]) -> AssistantsCreateBuilder:
        """Return a builder for `assistants.create` (POST /assistants); keywords pre-fill its setters."""
        builder: AssistantsCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, assistant_id: str, **fields: Unpack[AssistantsDeleteParams]
    ) -> AssistantsDeleteBuilder:
        """Return a builder for `assistants.delete` (DELETE /assistants/{assistant_id}); keywords pre-fill its setters."""
        builder: AssistantsDeleteBuilder = self._op("delete", (assistant_id,), fields)
        return builder

    def list(self, **fields: Unpack[AssistantsListParams]) -> AssistantsListBuilder:
        """Return a builder for `assistants.list` (GET /assistants); keywords pre-fill its setters."""
        builder: AssistantsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, assistant_id: str, **fields: Unpack[AssistantsRetrieveParams]
    ) -> AssistantsRetrieveBuilder:
        """Return a builder for `assistants.retrieve` (GET /assistants/{assistant_id}); keywords pre-fill its setters."""
        builder: AssistantsRetrieveBuilder = self._op("retrieve", (assistant_id,), fields)
        return builder

    @defer_path_check
    def update(
        self, assistant_id: str, **fields: Unpack[AssistantsUpdateParams]
    ) -> AssistantsUpdateBuilder:
        """Return a builder for `assistants.update` (POST /assistants/{assistant_id}); keywords pre-fill its setters."""
        builder: AssistantsUpdateBuilder = self._op("update", (assistant_id,), fields)
        return builder


class AsyncAssistants(NamespaceMixin):
    """`client.assistants` of an AsyncClient."""

    __slots__ = ()

    def create(self, **fields: Unpack[AssistantsCreateParams]) -> AsyncAssistantsCreateBuilder:
        """Return a builder for `assistants.create` (POST /assistants); keywords pre-fill its setters."""
        builder: AsyncAssistantsCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, assistant_id: str, **fields: Unpack[AssistantsDeleteParams]
    ) -> AsyncAssistantsDeleteBuilder:
        """Return a builder for `assistants.delete` (DELETE /assistants/{assistant_id}); keywords pre-fill its setters."""
        builder: AsyncAssistantsDeleteBuilder = self._op("delete", (assistant_id,), fields)
        return builder

    def list(self, **fields: Unpack[AssistantsListParams]) -> AsyncAssistantsListBuilder:
        """Return a builder for `assistants.list` (GET /assistants); keywords pre-fill its setters."""
        builder: AsyncAssistantsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, assistant_id: str, **fields: Unpack[AssistantsRetrieveParams]
    ) -> AsyncAssistantsRetrieveBuilder:
        """Return a builder for `assistants.retrieve` (GET /assistants/{assistant_id}); keywords pre-fill its setters."""
        builder: AsyncAssistantsRetrieveBuilder = self._op("retrieve", (assistant_id,), fields)
        return builder

    @defer_path_check
    def update(
        self, assistant_id: str, **fields: Unpack[AssistantsUpdateParams]
    ) -> AsyncAssistantsUpdateBuilder:
        """Return a builder for `assistants.update` (POST /assistants/{assistant_id}); keywords pre-fill its setters."""
        builder: AsyncAssistantsUpdateBuilder = self._op("update", (assistant_id,), fields)
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "assistants": (Assistants, AsyncAssistants),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "assistants.create": AssistantsCreateSetters,
    "assistants.delete": AssistantsDeleteSetters,
    "assistants.list": AssistantsListSetters,
    "assistants.retrieve": AssistantsRetrieveSetters,
    "assistants.update": AssistantsUpdateSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class AssistantsCreateBuilder(AssistantsCreateSetters, RequestBuilder[AssistantObject]):
        """Builder of `assistants.create`: `send()` returns AssistantObject."""

    class AsyncAssistantsCreateBuilder(
        AssistantsCreateSetters, AsyncRequestBuilder[AssistantObject]
    ):
        """Async builder of `assistants.create`: `await send()` returns AssistantObject."""

    class AssistantsDeleteBuilder(AssistantsDeleteSetters, RequestBuilder[DeleteAssistantResponse]):
        """Builder of `assistants.delete`: `send()` returns DeleteAssistantResponse."""

    class AsyncAssistantsDeleteBuilder(
        AssistantsDeleteSetters, AsyncRequestBuilder[DeleteAssistantResponse]
    ):
        """Async builder of `assistants.delete`: `await send()` returns DeleteAssistantResponse."""

    class AssistantsListBuilder(AssistantsListSetters, ListBuilder):
        """Builder of `assistants.list`: `send()` returns a Page of AssistantObject."""

        def send(self) -> Page[AssistantObject]: ...
        def send_with_meta(self) -> ApiResponse[Page[AssistantObject]]: ...
        def iter_all(self) -> Iterator[AssistantObject]: ...

    class AsyncAssistantsListBuilder(AssistantsListSetters, AsyncListBuilder):
        """Async builder of `assistants.list`: `await send()` returns a Page of AssistantObject."""

        async def send(self) -> AsyncPage[AssistantObject]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[AssistantObject]]: ...
        def iter_all(self) -> AsyncIterator[AssistantObject]: ...

    class AssistantsRetrieveBuilder(AssistantsRetrieveSetters, RequestBuilder[AssistantObject]):
        """Builder of `assistants.retrieve`: `send()` returns AssistantObject."""

    class AsyncAssistantsRetrieveBuilder(
        AssistantsRetrieveSetters, AsyncRequestBuilder[AssistantObject]
    ):
        """Async builder of `assistants.retrieve`: `await send()` returns AssistantObject."""

    class AssistantsUpdateBuilder(AssistantsUpdateSetters, RequestBuilder[AssistantObject]):
        """Builder of `assistants.update`: `send()` returns AssistantObject."""

    class AsyncAssistantsUpdateBuilder(
        AssistantsUpdateSetters, AsyncRequestBuilder[AssistantObject]
    ):
        """Async builder of `assistants.update`: `await send()` returns AssistantObject."""
