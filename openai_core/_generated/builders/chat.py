# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.chat` (6 operations).

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
    from typing import TypeAlias

    from typing_extensions import Self, Unpack

    from ..._builders.base import AsyncRequestBuilder, RequestBuilder
    from ..._builders.chat import AsyncChatCompletionCreateBuilder, ChatCompletionCreateBuilder
    from ..._builders.pagination import AsyncListBuilder, AsyncPage, ListBuilder, Page
    from ..._response import ApiResponse
    from ..models.chat_completion import ChatCompletion
    from ..models.chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice
    from ..models.chat_completion_create_params_audio_type_0 import (
        ChatCompletionCreateParamsAudioType0,
    )
    from ..models.chat_completion_create_params_logit_bias_type_0 import (
        ChatCompletionCreateParamsLogitBiasType0,
    )
    from ..models.chat_completion_create_params_web_search_options import (
        ChatCompletionCreateParamsWebSearchOptions,
    )
    from ..models.chat_completion_deleted import ChatCompletionDeleted
    from ..models.chat_completion_function_call_option import ChatCompletionFunctionCallOption
    from ..models.chat_completion_functions import ChatCompletionFunctions
    from ..models.chat_completion_message_list_data_item import ChatCompletionMessageListDataItem
    from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from ..models.chat_completion_named_tool_choice_custom import (
        ChatCompletionNamedToolChoiceCustom,
    )
    from ..models.chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage,
    )
    from ..models.chat_completion_request_developer_message import (
        ChatCompletionRequestDeveloperMessage,
    )
    from ..models.chat_completion_request_function_message import (
        ChatCompletionRequestFunctionMessage,
    )
    from ..models.chat_completion_request_system_message import ChatCompletionRequestSystemMessage
    from ..models.chat_completion_request_tool_message import ChatCompletionRequestToolMessage
    from ..models.chat_completion_request_user_message import ChatCompletionRequestUserMessage
    from ..models.chat_completion_stream_options_type_0 import ChatCompletionStreamOptionsType0
    from ..models.chat_completion_tool import ChatCompletionTool
    from ..models.custom_tool_chat_completions import CustomToolChatCompletions
    from ..models.metadata_type_0 import MetadataType0
    from ..models.moderation_param import ModerationParam
    from ..models.prediction_content import PredictionContent
    from ..models.prompt_cache_options_param import PromptCacheOptionsParam
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..params import (
        ChatCompletionAllowedToolsChoiceParam,
        ChatCompletionCreateParamsAudioType0Param,
        ChatCompletionCreateParamsWebSearchOptionsParam,
        ChatCompletionFunctionCallOptionParam,
        ChatCompletionFunctionsParam,
        ChatCompletionNamedToolChoiceCustomParam,
        ChatCompletionNamedToolChoiceParam,
        ChatCompletionRequestAssistantMessageParam,
        ChatCompletionRequestDeveloperMessageParam,
        ChatCompletionRequestFunctionMessageParam,
        ChatCompletionRequestSystemMessageParam,
        ChatCompletionRequestToolMessageParam,
        ChatCompletionRequestUserMessageParam,
        ChatCompletionsCreateParams,
        ChatCompletionsDeleteParams,
        ChatCompletionsListParams,
        ChatCompletionsMessagesListParams,
        ChatCompletionsRetrieveParams,
        ChatCompletionStreamOptionsType0Param,
        ChatCompletionsUpdateParams,
        ChatCompletionToolParam,
        CustomToolChatCompletionsParam,
        ModerationParamParam,
        PredictionContentParam,
        PromptCacheOptionsParamParam,
        ResponseFormatJsonObjectParam,
        ResponseFormatJsonSchemaParam,
        ResponseFormatTextParam,
    )

__all__ = [
    "Chat",
    "AsyncChat",
    "ChatCompletions",
    "AsyncChatCompletions",
    "ChatCompletionsMessages",
    "AsyncChatCompletionsMessages",
    "ChatCompletionsCreateSetters",
    "ChatCompletionsDeleteSetters",
    "ChatCompletionsListSetters",
    "ChatCompletionsMessagesListSetters",
    "ChatCompletionsRetrieveSetters",
    "ChatCompletionsUpdateSetters",
]


class ChatCompletionsCreateSetters(SetterMixin):
    """Setters of `chat.completions.create` (POST /chat/completions)."""

    __slots__ = ()

    def messages(
        self,
        value: Sequence[
            ChatCompletionRequestDeveloperMessage
            | ChatCompletionRequestSystemMessage
            | ChatCompletionRequestUserMessage
            | ChatCompletionRequestAssistantMessage
            | ChatCompletionRequestToolMessage
            | ChatCompletionRequestFunctionMessage
            | ChatCompletionRequestDeveloperMessageParam
            | ChatCompletionRequestSystemMessageParam
            | ChatCompletionRequestUserMessageParam
            | ChatCompletionRequestAssistantMessageParam
            | ChatCompletionRequestToolMessageParam
            | ChatCompletionRequestFunctionMessageParam
        ],
    ) -> Self:
        """Set the required body field "messages" (array of a union of 6 types)."""
        return self.set("messages", value)

    def model(self, value: str) -> Self:
        """Set the required body field "model" (string)."""
        return self.set("model", value)

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)

    def top_logprobs(self, value: int | None) -> Self:
        """Set the optional body field "top_logprobs" (integer or null)."""
        return self.set("top_logprobs", value)

    def temperature(self, value: float | None) -> Self:
        """Set the optional body field "temperature" (number or null)."""
        return self.set("temperature", value)

    def top_p(self, value: float | None) -> Self:
        """Set the optional body field "top_p" (number or null)."""
        return self.set("top_p", value)

    def user(self, value: str) -> Self:
        """Set the optional body field "user" (string)."""
        return self.set("user", value)

    def safety_identifier(self, value: str | None) -> Self:
        """Set the optional body field "safety_identifier" (string or null)."""
        return self.set("safety_identifier", value)

    def prompt_cache_key(self, value: str | None) -> Self:
        """Set the optional body field "prompt_cache_key" (string or null)."""
        return self.set("prompt_cache_key", value)

    def prompt_cache_retention(self, value: Literal["24h", "in_memory"] | str | None) -> Self:
        """Set the optional body field "prompt_cache_retention" ("24h" | "in_memory" or null)."""
        return self.set("prompt_cache_retention", value)

    def prompt_cache_options(
        self, value: PromptCacheOptionsParam | PromptCacheOptionsParamParam
    ) -> Self:
        """Set the optional body field "prompt_cache_options" (PromptCacheOptionsParam)."""
        return self.set("prompt_cache_options", value)

    def service_tier(
        self, value: Literal["auto", "default", "fast", "flex", "priority", "scale"] | str | None
    ) -> Self:
        """Set the optional body field "service_tier" (string enum of 6 values or null)."""
        return self.set("service_tier", value)

    def modalities(self, value: Sequence[Literal["audio", "text"] | str] | None) -> Self:
        """Set the optional body field "modalities" (array of "audio" | "text" or null)."""
        return self.set("modalities", value)

    def verbosity(self, value: Literal["high", "low", "medium"] | str | None) -> Self:
        """Set the optional body field "verbosity" ("high" | "low" | "medium" or null)."""
        return self.set("verbosity", value)

    def reasoning_effort(
        self,
        value: Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | str | None,
    ) -> Self:
        """Set the optional body field "reasoning_effort" (string enum of 7 values or null)."""
        return self.set("reasoning_effort", value)

    def max_completion_tokens(self, value: int | None) -> Self:
        """Set the optional body field "max_completion_tokens" (integer or null)."""
        return self.set("max_completion_tokens", value)

    def frequency_penalty(self, value: float | None) -> Self:
        """Set the optional body field "frequency_penalty" (number or null)."""
        return self.set("frequency_penalty", value)

    def presence_penalty(self, value: float | None) -> Self:
        """Set the optional body field "presence_penalty" (number or null)."""
        return self.set("presence_penalty", value)

    def web_search_options(
        self,
        value: ChatCompletionCreateParamsWebSearchOptions
        | ChatCompletionCreateParamsWebSearchOptionsParam,
    ) -> Self:
        """Set the optional body field "web_search_options" (ChatCompletionCreateParamsWebSearchOptions)."""
        return self.set("web_search_options", value)

    def response_format(
        self,
        value: ResponseFormatText
        | ResponseFormatJsonSchema
        | ResponseFormatJsonObject
        | ResponseFormatTextParam
        | ResponseFormatJsonSchemaParam
        | ResponseFormatJsonObjectParam,
    ) -> Self:
        """Set the optional body field "response_format" (a union of 3 types)."""
        return self.set("response_format", value)

    def audio(
        self,
        value: ChatCompletionCreateParamsAudioType0
        | ChatCompletionCreateParamsAudioType0Param
        | None,
    ) -> Self:
        """Set the optional body field "audio" (ChatCompletionCreateParamsAudioType0 or null)."""
        return self.set("audio", value)

    def store(self, value: bool | None) -> Self:
        """Set the optional body field "store" (boolean or null)."""
        return self.set("store", value)

    def moderation(self, value: ModerationParam | ModerationParamParam | None) -> Self:
        """Set the optional body field "moderation" (ModerationParam or null)."""
        return self.set("moderation", value)

    def stream(self, value: bool | None) -> Self:
        """Set the optional body field "stream" (boolean or null)."""
        return self.set("stream", value)

    def stop(self, value: Sequence[str] | str | None) -> Self:
        """Set the optional body field "stop" (string or null or array of string)."""
        return self.set("stop", value)

    def logit_bias(
        self, value: ChatCompletionCreateParamsLogitBiasType0 | Mapping[str, Any] | None
    ) -> Self:
        """Set the optional body field "logit_bias" (ChatCompletionCreateParamsLogitBiasType0 or null)."""
        return self.set("logit_bias", value)

    def logprobs(self, value: bool | None) -> Self:
        """Set the optional body field "logprobs" (boolean or null)."""
        return self.set("logprobs", value)

    def max_tokens(self, value: int | None) -> Self:
        """Set the optional body field "max_tokens" (integer or null)."""
        return self.set("max_tokens", value)

    def n(self, value: int | None) -> Self:
        """Set the optional body field "n" (integer or null)."""
        return self.set("n", value)

    def prediction(self, value: PredictionContent | PredictionContentParam | None) -> Self:
        """Set the optional body field "prediction" (PredictionContent or null)."""
        return self.set("prediction", value)

    def seed(self, value: int | None) -> Self:
        """Set the optional body field "seed" (integer or null)."""
        return self.set("seed", value)

    def stream_options(
        self, value: ChatCompletionStreamOptionsType0 | ChatCompletionStreamOptionsType0Param | None
    ) -> Self:
        """Set the optional body field "stream_options" (ChatCompletionStreamOptionsType0 or null)."""
        return self.set("stream_options", value)

    def tools(
        self,
        value: Sequence[
            ChatCompletionTool
            | CustomToolChatCompletions
            | ChatCompletionToolParam
            | CustomToolChatCompletionsParam
        ],
    ) -> Self:
        """Set the optional body field "tools" (array of ChatCompletionTool or CustomToolChatCompletions)."""
        return self.set("tools", value)

    def tool_choice(
        self,
        value: Literal["auto", "none", "required"]
        | ChatCompletionAllowedToolsChoice
        | ChatCompletionNamedToolChoice
        | ChatCompletionNamedToolChoiceCustom
        | ChatCompletionAllowedToolsChoiceParam
        | ChatCompletionNamedToolChoiceParam
        | ChatCompletionNamedToolChoiceCustomParam
        | str,
    ) -> Self:
        """Set the optional body field "tool_choice" (a union of 4 types)."""
        return self.set("tool_choice", value)

    def parallel_tool_calls(self, value: bool) -> Self:
        """Set the optional body field "parallel_tool_calls" (boolean)."""
        return self.set("parallel_tool_calls", value)

    def function_call(
        self,
        value: Literal["auto", "none"]
        | ChatCompletionFunctionCallOption
        | ChatCompletionFunctionCallOptionParam
        | str,
    ) -> Self:
        """Set the optional body field "function_call" ("auto" | "none" or ChatCompletionFunctionCallOption)."""
        return self.set("function_call", value)

    def functions(
        self, value: Sequence[ChatCompletionFunctions | ChatCompletionFunctionsParam]
    ) -> Self:
        """Set the optional body field "functions" (array of ChatCompletionFunctions)."""
        return self.set("functions", value)


class ChatCompletionsDeleteSetters(SetterMixin):
    """Setters of `chat.completions.delete` (DELETE /chat/completions/{completion_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ChatCompletionsListSetters(SetterMixin):
    """Setters of `chat.completions.list` (GET /chat/completions)."""

    __slots__ = ()

    def model(self, value: str) -> Self:
        """Set the optional query parameter "model" (string)."""
        return self.set("model", value)

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional query parameter "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)


class ChatCompletionsMessagesListSetters(SetterMixin):
    """Setters of `chat.completions.messages.list` (GET /chat/completions/{completion_id}/messages)."""

    __slots__ = ()

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)


class ChatCompletionsRetrieveSetters(SetterMixin):
    """Setters of `chat.completions.retrieve` (GET /chat/completions/{completion_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ChatCompletionsUpdateSetters(SetterMixin):
    """Setters of `chat.completions.update` (POST /chat/completions/{completion_id})."""

    __slots__ = ()

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the required body field "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)


class Chat(NamespaceMixin):
    """`client.chat`."""

    __slots__ = ()

    @property
    def completions(self) -> ChatCompletions:
        """`client.chat.completions`."""
        namespace: ChatCompletions = self._sub("completions")
        return namespace


class AsyncChat(NamespaceMixin):
    """`client.chat` of an AsyncClient."""

    __slots__ = ()

    @property
    def completions(self) -> AsyncChatCompletions:
        """`client.chat.completions`."""
        namespace: AsyncChatCompletions = self._sub("completions")
        return namespace


class ChatCompletions(NamespaceMixin):
    """`client.chat.completions`."""

    __slots__ = ()

    @property
    def messages(self) -> ChatCompletionsMessages:
        """`client.chat.completions.messages`."""
        namespace: ChatCompletionsMessages = self._sub("messages")
        return namespace

    def create(self, **fields: Unpack[ChatCompletionsCreateParams]) -> ChatCompletionsCreateBuilder:
        """Return a builder for `chat.completions.create` (POST /chat/completions); keywords pre-fill its setters."""
        builder: ChatCompletionsCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, completion_id: str, **fields: Unpack[ChatCompletionsDeleteParams]
    ) -> ChatCompletionsDeleteBuilder:
        """Return a builder for `chat.completions.delete` (DELETE /chat/completions/{completion_id}); keywords pre-fill its setters."""
        builder: ChatCompletionsDeleteBuilder = self._op("delete", (completion_id,), fields)
        return builder

    def list(self, **fields: Unpack[ChatCompletionsListParams]) -> ChatCompletionsListBuilder:
        """Return a builder for `chat.completions.list` (GET /chat/completions); keywords pre-fill its setters."""
        builder: ChatCompletionsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, completion_id: str, **fields: Unpack[ChatCompletionsRetrieveParams]
    ) -> ChatCompletionsRetrieveBuilder:
        """Return a builder for `chat.completions.retrieve` (GET /chat/completions/{completion_id}); keywords pre-fill its setters."""
        builder: ChatCompletionsRetrieveBuilder = self._op("retrieve", (completion_id,), fields)
        return builder

    @defer_path_check
    def update(
        self, completion_id: str, **fields: Unpack[ChatCompletionsUpdateParams]
    ) -> ChatCompletionsUpdateBuilder:
        """Return a builder for `chat.completions.update` (POST /chat/completions/{completion_id}); keywords pre-fill its setters."""
        builder: ChatCompletionsUpdateBuilder = self._op("update", (completion_id,), fields)
        return builder


class AsyncChatCompletions(NamespaceMixin):
    """`client.chat.completions` of an AsyncClient."""

    __slots__ = ()

    @property
    def messages(self) -> AsyncChatCompletionsMessages:
        """`client.chat.completions.messages`."""
        namespace: AsyncChatCompletionsMessages = self._sub("messages")
        return namespace

    def create(
        self, **fields: Unpack[ChatCompletionsCreateParams]
    ) -> AsyncChatCompletionsCreateBuilder:
        """Return a builder for `chat.completions.create` (POST /chat/completions); keywords pre-fill its setters."""
        builder: AsyncChatCompletionsCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, completion_id: str, **fields: Unpack[ChatCompletionsDeleteParams]
    ) -> AsyncChatCompletionsDeleteBuilder:
        """Return a builder for `chat.completions.delete` (DELETE /chat/completions/{completion_id}); keywords pre-fill its setters."""
        builder: AsyncChatCompletionsDeleteBuilder = self._op("delete", (completion_id,), fields)
        return builder

    def list(self, **fields: Unpack[ChatCompletionsListParams]) -> AsyncChatCompletionsListBuilder:
        """Return a builder for `chat.completions.list` (GET /chat/completions); keywords pre-fill its setters."""
        builder: AsyncChatCompletionsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, completion_id: str, **fields: Unpack[ChatCompletionsRetrieveParams]
    ) -> AsyncChatCompletionsRetrieveBuilder:
        """Return a builder for `chat.completions.retrieve` (GET /chat/completions/{completion_id}); keywords pre-fill its setters."""
        builder: AsyncChatCompletionsRetrieveBuilder = self._op(
            "retrieve", (completion_id,), fields
        )
        return builder

    @defer_path_check
    def update(
        self, completion_id: str, **fields: Unpack[ChatCompletionsUpdateParams]
    ) -> AsyncChatCompletionsUpdateBuilder:
        """Return a builder for `chat.completions.update` (POST /chat/completions/{completion_id}); keywords pre-fill its setters."""
        builder: AsyncChatCompletionsUpdateBuilder = self._op("update", (completion_id,), fields)
        return builder


class ChatCompletionsMessages(NamespaceMixin):
    """`client.chat.completions.messages`."""

    __slots__ = ()

    @defer_path_check
    def list(
        self, completion_id: str, **fields: Unpack[ChatCompletionsMessagesListParams]
    ) -> ChatCompletionsMessagesListBuilder:
        """Return a builder for `chat.completions.messages.list` (GET /chat/completions/{completion_id}/messages); keywords pre-fill its setters."""
        builder: ChatCompletionsMessagesListBuilder = self._op("list", (completion_id,), fields)
        return builder


class AsyncChatCompletionsMessages(NamespaceMixin):
    """`client.chat.completions.messages` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def list(
        self, completion_id: str, **fields: Unpack[ChatCompletionsMessagesListParams]
    ) -> AsyncChatCompletionsMessagesListBuilder:
        """Return a builder for `chat.completions.messages.list` (GET /chat/completions/{completion_id}/messages); keywords pre-fill its setters."""
        builder: AsyncChatCompletionsMessagesListBuilder = self._op(
            "list", (completion_id,), fields
        )
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "chat": (Chat, AsyncChat),
    "chat.completions": (ChatCompletions, AsyncChatCompletions),
    "chat.completions.messages": (ChatCompletionsMessages, AsyncChatCompletionsMessages),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "chat.completions.create": ChatCompletionsCreateSetters,
    "chat.completions.delete": ChatCompletionsDeleteSetters,
    "chat.completions.list": ChatCompletionsListSetters,
    "chat.completions.messages.list": ChatCompletionsMessagesListSetters,
    "chat.completions.retrieve": ChatCompletionsRetrieveSetters,
    "chat.completions.update": ChatCompletionsUpdateSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:
    ChatCompletionsCreateBuilder: TypeAlias = ChatCompletionCreateBuilder[ChatCompletion]
    AsyncChatCompletionsCreateBuilder: TypeAlias = AsyncChatCompletionCreateBuilder[ChatCompletion]

    class ChatCompletionsDeleteBuilder(
        ChatCompletionsDeleteSetters, RequestBuilder[ChatCompletionDeleted]
    ):
        """Builder of `chat.completions.delete`: `send()` returns ChatCompletionDeleted."""

    class AsyncChatCompletionsDeleteBuilder(
        ChatCompletionsDeleteSetters, AsyncRequestBuilder[ChatCompletionDeleted]
    ):
        """Async builder of `chat.completions.delete`: `await send()` returns ChatCompletionDeleted."""

    class ChatCompletionsListBuilder(ChatCompletionsListSetters, ListBuilder):
        """Builder of `chat.completions.list`: `send()` returns a Page of ChatCompletion."""

        def send(self) -> Page[ChatCompletion]: ...
        def send_with_meta(self) -> ApiResponse[Page[ChatCompletion]]: ...
        def iter_all(self) -> Iterator[ChatCompletion]: ...

    class AsyncChatCompletionsListBuilder(ChatCompletionsListSetters, AsyncListBuilder):
        """Async builder of `chat.completions.list`: `await send()` returns a Page of ChatCompletion."""

        async def send(self) -> AsyncPage[ChatCompletion]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[ChatCompletion]]: ...
        def iter_all(self) -> AsyncIterator[ChatCompletion]: ...

    class ChatCompletionsMessagesListBuilder(ChatCompletionsMessagesListSetters, ListBuilder):
        """Builder of `chat.completions.messages.list`: `send()` returns a Page of ChatCompletionMessageListDataItem."""

        def send(self) -> Page[ChatCompletionMessageListDataItem]: ...
        def send_with_meta(self) -> ApiResponse[Page[ChatCompletionMessageListDataItem]]: ...
        def iter_all(self) -> Iterator[ChatCompletionMessageListDataItem]: ...

    class AsyncChatCompletionsMessagesListBuilder(
        ChatCompletionsMessagesListSetters, AsyncListBuilder
    ):
        """Async builder of `chat.completions.messages.list`: `await send()` returns a Page of ChatCompletionMessageListDataItem."""

        async def send(self) -> AsyncPage[ChatCompletionMessageListDataItem]: ...
        async def send_with_meta(
            self,
        ) -> ApiResponse[AsyncPage[ChatCompletionMessageListDataItem]]: ...
        def iter_all(self) -> AsyncIterator[ChatCompletionMessageListDataItem]: ...

    class ChatCompletionsRetrieveBuilder(
        ChatCompletionsRetrieveSetters, RequestBuilder[ChatCompletion]
    ):
        """Builder of `chat.completions.retrieve`: `send()` returns ChatCompletion."""

    class AsyncChatCompletionsRetrieveBuilder(
        ChatCompletionsRetrieveSetters, AsyncRequestBuilder[ChatCompletion]
    ):
        """Async builder of `chat.completions.retrieve`: `await send()` returns ChatCompletion."""

    class ChatCompletionsUpdateBuilder(
        ChatCompletionsUpdateSetters, RequestBuilder[ChatCompletion]
    ):
        """Builder of `chat.completions.update`: `send()` returns ChatCompletion."""

    class AsyncChatCompletionsUpdateBuilder(
        ChatCompletionsUpdateSetters, AsyncRequestBuilder[ChatCompletion]
    ):
        """Async builder of `chat.completions.update`: `await send()` returns ChatCompletion."""
