"""
The hand-written chat namespaces: `client.chat` and `client.chat.completions`.

Their operations (create, retrieve, update, delete, list, messages) come from the generated
mixins; chat completions add `stream`, `parse` and `run_tools`. The extensions table names
these classes; they are imported on first use of `client.chat`, since they load the generated
chat module.
"""

from __future__ import annotations

from .._generated.builders import chat as _generated
from .chat_extras import AsyncChatExtrasMixin, ChatExtrasMixin
from .client_like import AsyncClientLike, ClientLike
from .namespace_base import AsyncNamespace, Namespace

__all__ = ["AsyncChat", "AsyncChatCompletions", "Chat", "ChatCompletions"]


class ChatCompletions(ChatExtrasMixin, _generated.ChatCompletions, Namespace):
    """`client.chat.completions`: create, stream, parse, run_tools and stored completions."""

    _client: ClientLike


class AsyncChatCompletions(AsyncChatExtrasMixin, _generated.AsyncChatCompletions, AsyncNamespace):
    """Async twin of ChatCompletions."""

    _client: AsyncClientLike


class Chat(_generated.Chat, Namespace):
    """`client.chat`."""

    @property
    def completions(self) -> ChatCompletions:
        """Chat completions: create, stream, parse, run_tools and stored completions."""
        completions: ChatCompletions = self._sub("completions")
        return completions


class AsyncChat(_generated.AsyncChat, AsyncNamespace):
    """`client.chat` of an AsyncClient."""

    @property
    def completions(self) -> AsyncChatCompletions:
        """Chat completions: create, stream, parse, run_tools and stored completions."""
        completions: AsyncChatCompletions = self._sub("completions")
        return completions
