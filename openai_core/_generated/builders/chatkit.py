# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.chatkit` (6 operations).

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

    from ..._builders.base import AsyncRequestBuilder, RequestBuilder
    from ..._builders.pagination import AsyncListBuilder, AsyncPage, ListBuilder, Page
    from ..._response import ApiResponse
    from ..models.assistant_message_item import AssistantMessageItem
    from ..models.chat_session_resource import ChatSessionResource
    from ..models.chatkit_configuration_param import ChatkitConfigurationParam
    from ..models.client_tool_call_item import ClientToolCallItem
    from ..models.deleted_thread_resource import DeletedThreadResource
    from ..models.expires_after_param import ExpiresAfterParam
    from ..models.rate_limits_param import RateLimitsParam
    from ..models.task_group_item import TaskGroupItem
    from ..models.task_item import TaskItem
    from ..models.thread_resource import ThreadResource
    from ..models.user_message_item import UserMessageItem
    from ..models.widget_message_item import WidgetMessageItem
    from ..models.workflow_param import WorkflowParam
    from ..params import (
        ChatkitConfigurationParamParam,
        ChatkitSessionsCancelParams,
        ChatkitSessionsCreateParams,
        ChatkitThreadsDeleteParams,
        ChatkitThreadsItemsListParams,
        ChatkitThreadsListParams,
        ChatkitThreadsRetrieveParams,
        ExpiresAfterParamParam,
        RateLimitsParamParam,
        WorkflowParamParam,
    )

__all__ = [
    "Chatkit",
    "AsyncChatkit",
    "ChatkitSessions",
    "AsyncChatkitSessions",
    "ChatkitThreads",
    "AsyncChatkitThreads",
    "ChatkitThreadsItems",
    "AsyncChatkitThreadsItems",
    "ChatkitSessionsCancelSetters",
    "ChatkitSessionsCreateSetters",
    "ChatkitThreadsDeleteSetters",
    "ChatkitThreadsItemsListSetters",
    "ChatkitThreadsListSetters",
    "ChatkitThreadsRetrieveSetters",
]


class ChatkitSessionsCancelSetters(SetterMixin):
    """Setters of `chatkit.sessions.cancel` (POST /chatkit/sessions/{session_id}/cancel): it has no body fields or query parameters."""

    __slots__ = ()


class ChatkitSessionsCreateSetters(SetterMixin):
    """Setters of `chatkit.sessions.create` (POST /chatkit/sessions)."""

    __slots__ = ()

    def workflow(self, value: WorkflowParam | WorkflowParamParam) -> Self:
        """Set the required body field "workflow" (WorkflowParam)."""
        return self.set("workflow", value)

    def user(self, value: str) -> Self:
        """Set the required body field "user" (string)."""
        return self.set("user", value)

    def expires_after(self, value: ExpiresAfterParam | ExpiresAfterParamParam) -> Self:
        """Set the optional body field "expires_after" (ExpiresAfterParam)."""
        return self.set("expires_after", value)

    def rate_limits(self, value: RateLimitsParam | RateLimitsParamParam) -> Self:
        """Set the optional body field "rate_limits" (RateLimitsParam)."""
        return self.set("rate_limits", value)

    def chatkit_configuration(
        self, value: ChatkitConfigurationParam | ChatkitConfigurationParamParam
    ) -> Self:
        """Set the optional body field "chatkit_configuration" (ChatkitConfigurationParam)."""
        return self.set("chatkit_configuration", value)


class ChatkitThreadsDeleteSetters(SetterMixin):
    """Setters of `chatkit.threads.delete` (DELETE /chatkit/threads/{thread_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ChatkitThreadsItemsListSetters(SetterMixin):
    """Setters of `chatkit.threads.items.list` (GET /chatkit/threads/{thread_id}/items)."""

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


class ChatkitThreadsListSetters(SetterMixin):
    """Setters of `chatkit.threads.list` (GET /chatkit/threads)."""

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

    def user(self, value: str) -> Self:
        """Set the optional query parameter "user" (string)."""
        return self.set("user", value)


class ChatkitThreadsRetrieveSetters(SetterMixin):
    """Setters of `chatkit.threads.retrieve` (GET /chatkit/threads/{thread_id}): it has no body fields or query parameters."""

    __slots__ = ()


class Chatkit(NamespaceMixin):
    """`client.chatkit`."""

    __slots__ = ()

    @property
    def sessions(self) -> ChatkitSessions:
        """`client.chatkit.sessions`."""
        namespace: ChatkitSessions = self._sub("sessions")
        return namespace

    @property
    def threads(self) -> ChatkitThreads:
        """`client.chatkit.threads`."""
        namespace: ChatkitThreads = self._sub("threads")
        return namespace


class AsyncChatkit(NamespaceMixin):
    """`client.chatkit` of an AsyncClient."""

    __slots__ = ()

    @property
    def sessions(self) -> AsyncChatkitSessions:
        """`client.chatkit.sessions`."""
        namespace: AsyncChatkitSessions = self._sub("sessions")
        return namespace

    @property
    def threads(self) -> AsyncChatkitThreads:
        """`client.chatkit.threads`."""
        namespace: AsyncChatkitThreads = self._sub("threads")
        return namespace


class ChatkitSessions(NamespaceMixin):
    """`client.chatkit.sessions`."""

    __slots__ = ()

    @defer_path_check
    def cancel(
        self, session_id: str, **fields: Unpack[ChatkitSessionsCancelParams]
    ) -> ChatkitSessionsCancelBuilder:
        """Return a builder for `chatkit.sessions.cancel` (POST /chatkit/sessions/{session_id}/cancel); keywords pre-fill its setters."""
        builder: ChatkitSessionsCancelBuilder = self._op("cancel", (session_id,), fields)
        return builder

    def create(self, **fields: Unpack[ChatkitSessionsCreateParams]) -> ChatkitSessionsCreateBuilder:
        """Return a builder for `chatkit.sessions.create` (POST /chatkit/sessions); keywords pre-fill its setters."""
        builder: ChatkitSessionsCreateBuilder = self._op("create", (), fields)
        return builder


class AsyncChatkitSessions(NamespaceMixin):
    """`client.chatkit.sessions` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def cancel(
        self, session_id: str, **fields: Unpack[ChatkitSessionsCancelParams]
    ) -> AsyncChatkitSessionsCancelBuilder:
        """Return a builder for `chatkit.sessions.cancel` (POST /chatkit/sessions/{session_id}/cancel); keywords pre-fill its setters."""
        builder: AsyncChatkitSessionsCancelBuilder = self._op("cancel", (session_id,), fields)
        return builder

    def create(
        self, **fields: Unpack[ChatkitSessionsCreateParams]
    ) -> AsyncChatkitSessionsCreateBuilder:
        """Return a builder for `chatkit.sessions.create` (POST /chatkit/sessions); keywords pre-fill its setters."""
        builder: AsyncChatkitSessionsCreateBuilder = self._op("create", (), fields)
        return builder


class ChatkitThreads(NamespaceMixin):
    """`client.chatkit.threads`."""

    __slots__ = ()

    @property
    def items(self) -> ChatkitThreadsItems:
        """`client.chatkit.threads.items`."""
        namespace: ChatkitThreadsItems = self._sub("items")
        return namespace

    @defer_path_check
    def delete(
        self, thread_id: str, **fields: Unpack[ChatkitThreadsDeleteParams]
    ) -> ChatkitThreadsDeleteBuilder:
        """Return a builder for `chatkit.threads.delete` (DELETE /chatkit/threads/{thread_id}); keywords pre-fill its setters."""
        builder: ChatkitThreadsDeleteBuilder = self._op("delete", (thread_id,), fields)
        return builder

    def list(self, **fields: Unpack[ChatkitThreadsListParams]) -> ChatkitThreadsListBuilder:
        """Return a builder for `chatkit.threads.list` (GET /chatkit/threads); keywords pre-fill its setters."""
        builder: ChatkitThreadsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, thread_id: str, **fields: Unpack[ChatkitThreadsRetrieveParams]
    ) -> ChatkitThreadsRetrieveBuilder:
        """Return a builder for `chatkit.threads.retrieve` (GET /chatkit/threads/{thread_id}); keywords pre-fill its setters."""
        builder: ChatkitThreadsRetrieveBuilder = self._op("retrieve", (thread_id,), fields)
        return builder


class AsyncChatkitThreads(NamespaceMixin):
    """`client.chatkit.threads` of an AsyncClient."""

    __slots__ = ()

    @property
    def items(self) -> AsyncChatkitThreadsItems:
        """`client.chatkit.threads.items`."""
        namespace: AsyncChatkitThreadsItems = self._sub("items")
        return namespace

    @defer_path_check
    def delete(
        self, thread_id: str, **fields: Unpack[ChatkitThreadsDeleteParams]
    ) -> AsyncChatkitThreadsDeleteBuilder:
        """Return a builder for `chatkit.threads.delete` (DELETE /chatkit/threads/{thread_id}); keywords pre-fill its setters."""
        builder: AsyncChatkitThreadsDeleteBuilder = self._op("delete", (thread_id,), fields)
        return builder

    def list(self, **fields: Unpack[ChatkitThreadsListParams]) -> AsyncChatkitThreadsListBuilder:
        """Return a builder for `chatkit.threads.list` (GET /chatkit/threads); keywords pre-fill its setters."""
        builder: AsyncChatkitThreadsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, thread_id: str, **fields: Unpack[ChatkitThreadsRetrieveParams]
    ) -> AsyncChatkitThreadsRetrieveBuilder:
        """Return a builder for `chatkit.threads.retrieve` (GET /chatkit/threads/{thread_id}); keywords pre-fill its setters."""
        builder: AsyncChatkitThreadsRetrieveBuilder = self._op("retrieve", (thread_id,), fields)
        return builder


class ChatkitThreadsItems(NamespaceMixin):
    """`client.chatkit.threads.items`."""

    __slots__ = ()

    @defer_path_check
    def list(
        self, thread_id: str, **fields: Unpack[ChatkitThreadsItemsListParams]
    ) -> ChatkitThreadsItemsListBuilder:
        """Return a builder for `chatkit.threads.items.list` (GET /chatkit/threads/{thread_id}/items); keywords pre-fill its setters."""
        builder: ChatkitThreadsItemsListBuilder = self._op("list", (thread_id,), fields)
        return builder


class AsyncChatkitThreadsItems(NamespaceMixin):
    """`client.chatkit.threads.items` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def list(
        self, thread_id: str, **fields: Unpack[ChatkitThreadsItemsListParams]
    ) -> AsyncChatkitThreadsItemsListBuilder:
        """Return a builder for `chatkit.threads.items.list` (GET /chatkit/threads/{thread_id}/items); keywords pre-fill its setters."""
        builder: AsyncChatkitThreadsItemsListBuilder = self._op("list", (thread_id,), fields)
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "chatkit": (Chatkit, AsyncChatkit),
    "chatkit.sessions": (ChatkitSessions, AsyncChatkitSessions),
    "chatkit.threads": (ChatkitThreads, AsyncChatkitThreads),
    "chatkit.threads.items": (ChatkitThreadsItems, AsyncChatkitThreadsItems),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "chatkit.sessions.cancel": ChatkitSessionsCancelSetters,
    "chatkit.sessions.create": ChatkitSessionsCreateSetters,
    "chatkit.threads.delete": ChatkitThreadsDeleteSetters,
    "chatkit.threads.items.list": ChatkitThreadsItemsListSetters,
    "chatkit.threads.list": ChatkitThreadsListSetters,
    "chatkit.threads.retrieve": ChatkitThreadsRetrieveSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class ChatkitSessionsCancelBuilder(
        ChatkitSessionsCancelSetters, RequestBuilder[ChatSessionResource]
    ):
        """Builder of `chatkit.sessions.cancel`: `send()` returns ChatSessionResource."""

    class AsyncChatkitSessionsCancelBuilder(
        ChatkitSessionsCancelSetters, AsyncRequestBuilder[ChatSessionResource]
    ):
        """Async builder of `chatkit.sessions.cancel`: `await send()` returns ChatSessionResource."""

    class ChatkitSessionsCreateBuilder(
        ChatkitSessionsCreateSetters, RequestBuilder[ChatSessionResource]
    ):
        """Builder of `chatkit.sessions.create`: `send()` returns ChatSessionResource."""

    class AsyncChatkitSessionsCreateBuilder(
        ChatkitSessionsCreateSetters, AsyncRequestBuilder[ChatSessionResource]
    ):
        """Async builder of `chatkit.sessions.create`: `await send()` returns ChatSessionResource."""

    class ChatkitThreadsDeleteBuilder(
        ChatkitThreadsDeleteSetters, RequestBuilder[DeletedThreadResource]
    ):
        """Builder of `chatkit.threads.delete`: `send()` returns DeletedThreadResource."""

    class AsyncChatkitThreadsDeleteBuilder(
        ChatkitThreadsDeleteSetters, AsyncRequestBuilder[DeletedThreadResource]
    ):
        """Async builder of `chatkit.threads.delete`: `await send()` returns DeletedThreadResource."""

    class ChatkitThreadsItemsListBuilder(ChatkitThreadsItemsListSetters, ListBuilder):
        """Builder of `chatkit.threads.items.list`: `send()` returns a Page of UserMessageItem | AssistantMessageItem | WidgetMessageItem | ClientToolCallItem | TaskItem | TaskGroupItem."""

        def send(
            self,
        ) -> Page[
            UserMessageItem
            | AssistantMessageItem
            | WidgetMessageItem
            | ClientToolCallItem
            | TaskItem
            | TaskGroupItem
        ]: ...
        def send_with_meta(
            self,
        ) -> ApiResponse[
            Page[
                UserMessageItem
                | AssistantMessageItem
                | WidgetMessageItem
                | ClientToolCallItem
                | TaskItem
                | TaskGroupItem
            ]
        ]: ...
        def iter_all(
            self,
        ) -> Iterator[
            UserMessageItem
            | AssistantMessageItem
            | WidgetMessageItem
            | ClientToolCallItem
            | TaskItem
            | TaskGroupItem
        ]: ...

    class AsyncChatkitThreadsItemsListBuilder(ChatkitThreadsItemsListSetters, AsyncListBuilder):
        """Async builder of `chatkit.threads.items.list`: `await send()` returns a Page of UserMessageItem | AssistantMessageItem | WidgetMessageItem | ClientToolCallItem | TaskItem | TaskGroupItem."""

        async def send(
            self,
        ) -> AsyncPage[
            UserMessageItem
            | AssistantMessageItem
            | WidgetMessageItem
            | ClientToolCallItem
            | TaskItem
            | TaskGroupItem
        ]: ...
        async def send_with_meta(
            self,
        ) -> ApiResponse[
            AsyncPage[
                UserMessageItem
                | AssistantMessageItem
                | WidgetMessageItem
                | ClientToolCallItem
                | TaskItem
                | TaskGroupItem
            ]
        ]: ...
        def iter_all(
            self,
        ) -> AsyncIterator[
            UserMessageItem
            | AssistantMessageItem
            | WidgetMessageItem
            | ClientToolCallItem
            | TaskItem
            | TaskGroupItem
        ]: ...

    class ChatkitThreadsListBuilder(ChatkitThreadsListSetters, ListBuilder):
        """Builder of `chatkit.threads.list`: `send()` returns a Page of ThreadResource."""

        def send(self) -> Page[ThreadResource]: ...
        def send_with_meta(self) -> ApiResponse[Page[ThreadResource]]: ...
        def iter_all(self) -> Iterator[ThreadResource]: ...

    class AsyncChatkitThreadsListBuilder(ChatkitThreadsListSetters, AsyncListBuilder):
        """Async builder of `chatkit.threads.list`: `await send()` returns a Page of ThreadResource."""

        async def send(self) -> AsyncPage[ThreadResource]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[ThreadResource]]: ...
        def iter_all(self) -> AsyncIterator[ThreadResource]: ...

    class ChatkitThreadsRetrieveBuilder(
        ChatkitThreadsRetrieveSetters, RequestBuilder[ThreadResource]
    ):
        """Builder of `chatkit.threads.retrieve`: `send()` returns ThreadResource."""

    class AsyncChatkitThreadsRetrieveBuilder(
        ChatkitThreadsRetrieveSetters, AsyncRequestBuilder[ThreadResource]
    ):
        """Async builder of `chatkit.threads.retrieve`: `await send()` returns ThreadResource."""
