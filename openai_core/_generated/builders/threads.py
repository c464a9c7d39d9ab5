# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.threads` (18 operations).

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
    from ..._builders.event_builders import AssistantEventsBuilder, AsyncAssistantEventsBuilder
    from ..._builders.pagination import AsyncListBuilder, AsyncPage, ListBuilder, Page
    from ..._response import ApiResponse
    from ..models.assistant_supported_models import AssistantSupportedModels
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice
    from ..models.create_message_request import CreateMessageRequest
    from ..models.create_message_request_attachments_type_0_item import (
        CreateMessageRequestAttachmentsType0Item,
    )
    from ..models.create_thread_and_run_request_tool_resources_type_0 import (
        CreateThreadAndRunRequestToolResourcesType0,
    )
    from ..models.create_thread_request import CreateThreadRequest
    from ..models.create_thread_request_tool_resources_type_0 import (
        CreateThreadRequestToolResourcesType0,
    )
    from ..models.delete_message_response import DeleteMessageResponse
    from ..models.delete_thread_response import DeleteThreadResponse
    from ..models.message_content_image_file_object import MessageContentImageFileObject
    from ..models.message_content_image_url_object import MessageContentImageUrlObject
    from ..models.message_object import MessageObject
    from ..models.message_request_content_text_object import MessageRequestContentTextObject
    from ..models.metadata_type_0 import MetadataType0
    from ..models.modify_thread_request_tool_resources_type_0 import (
        ModifyThreadRequestToolResourcesType0,
    )
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.run_object import RunObject
    from ..models.run_step_object import RunStepObject
    from ..models.submit_tool_outputs_run_request_tool_outputs_item import (
        SubmitToolOutputsRunRequestToolOutputsItem,
    )
    from ..models.thread_object import ThreadObject
    from ..models.truncation_object import TruncationObject
    from ..params import (
        AssistantsNamedToolChoiceParam,
        AssistantToolsCodeParam,
        AssistantToolsFileSearchParam,
        AssistantToolsFunctionParam,
        CreateMessageRequestAttachmentsType0ItemParam,
        CreateMessageRequestParam,
        CreateThreadAndRunRequestToolResourcesType0Param,
        CreateThreadRequestParam,
        CreateThreadRequestToolResourcesType0Param,
        MessageContentImageFileObjectParam,
        MessageContentImageUrlObjectParam,
        MessageRequestContentTextObjectParam,
        ModifyThreadRequestToolResourcesType0Param,
        ResponseFormatJsonObjectParam,
        ResponseFormatJsonSchemaParam,
        ResponseFormatTextParam,
        SubmitToolOutputsRunRequestToolOutputsItemParam,
        ThreadsCreateAndRunParams,
        ThreadsCreateParams,
        ThreadsDeleteParams,
        ThreadsMessagesCreateParams,
        ThreadsMessagesDeleteParams,
        ThreadsMessagesListParams,
        ThreadsMessagesRetrieveParams,
        ThreadsMessagesUpdateParams,
        ThreadsRetrieveParams,
        ThreadsRunsCancelParams,
        ThreadsRunsCreateParams,
        ThreadsRunsListParams,
        ThreadsRunsRetrieveParams,
        ThreadsRunsStepsListParams,
        ThreadsRunsStepsRetrieveParams,
        ThreadsRunsSubmitToolOutputsParams,
        ThreadsRunsUpdateParams,
        ThreadsUpdateParams,
        TruncationObjectParam,
    )

__all__ = [
    "Threads",
    "AsyncThreads",
    "ThreadsMessages",
    "AsyncThreadsMessages",
    "ThreadsRuns",
    "AsyncThreadsRuns",
    "ThreadsRunsSteps",
    "AsyncThreadsRunsSteps",
    "ThreadsCreateSetters",
    "ThreadsCreateAndRunSetters",
    "ThreadsDeleteSetters",
    "ThreadsMessagesCreateSetters",
    "ThreadsMessagesDeleteSetters",
    "ThreadsMessagesListSetters",
    "ThreadsMessagesRetrieveSetters",
    "ThreadsMessagesUpdateSetters",
    "ThreadsRetrieveSetters",
    "ThreadsRunsCancelSetters",
    "ThreadsRunsCreateSetters",
    "ThreadsRunsListSetters",
    "ThreadsRunsRetrieveSetters",
    "ThreadsRunsStepsListSetters",
    "ThreadsRunsStepsRetrieveSetters",
    "ThreadsRunsSubmitToolOutputsSetters",
    "ThreadsRunsUpdateSetters",
    "ThreadsUpdateSetters",
]


class ThreadsCreateSetters(SetterMixin):
    """Setters of `threads.create` (POST /threads)."""

    __slots__ = ()

    def messages(self, value: Sequence[CreateMessageRequest | CreateMessageRequestParam]) -> Self:
        """Set the optional body field "messages" (array of CreateMessageRequest)."""
        return self.set("messages", value)

    def tool_resources(
        self,
        value: CreateThreadRequestToolResourcesType0
        | CreateThreadRequestToolResourcesType0Param
        | None,
    ) -> Self:
        """Set the optional body field "tool_resources" (CreateThreadRequestToolResourcesType0 or null)."""
        return self.set("tool_resources", value)

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)


class ThreadsCreateAndRunSetters(SetterMixin):
    """Setters of `threads.create_and_run` (POST /threads/runs)."""

    __slots__ = ()

    def assistant_id(self, value: str) -> Self:
        """Set the required body field "assistant_id" (string)."""
        return self.set("assistant_id", value)

    def thread(self, value: CreateThreadRequest | CreateThreadRequestParam) -> Self:
        """Set the optional body field "thread" (CreateThreadRequest)."""
        return self.set("thread", value)

    def model(self, value: str | None) -> Self:
        """Set the optional body field "model" (string or null)."""
        return self.set("model", value)

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
        ]
        | None,
    ) -> Self:
        """Set the optional body field "tools" (array of a union of 3 types or null)."""
        return self.set("tools", value)

    def tool_resources(
        self,
        value: CreateThreadAndRunRequestToolResourcesType0
        | CreateThreadAndRunRequestToolResourcesType0Param
        | None,
    ) -> Self:
        """Set the optional body field "tool_resources" (CreateThreadAndRunRequestToolResourcesType0 or null)."""
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

    def stream(self, value: bool | None) -> Self:
        """Set the optional body field "stream" (boolean or null)."""
        return self.set("stream", value)

    def max_prompt_tokens(self, value: int | None) -> Self:
        """Set the optional body field "max_prompt_tokens" (integer or null)."""
        return self.set("max_prompt_tokens", value)

    def max_completion_tokens(self, value: int | None) -> Self:
        """Set the optional body field "max_completion_tokens" (integer or null)."""
        return self.set("max_completion_tokens", value)

    def truncation_strategy(self, value: TruncationObject | TruncationObjectParam | None) -> Self:
        """Set the optional body field "truncation_strategy" (TruncationObject or null)."""
        return self.set("truncation_strategy", value)

    def tool_choice(
        self,
        value: Literal["auto", "none", "required"]
        | AssistantsNamedToolChoice
        | AssistantsNamedToolChoiceParam
        | str
        | None,
    ) -> Self:
        """Set the optional body field "tool_choice" (a union of 2 types or null)."""
        return self.set("tool_choice", value)

    def parallel_tool_calls(self, value: bool) -> Self:
        """Set the optional body field "parallel_tool_calls" (boolean)."""
        return self.set("parallel_tool_calls", value)

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


class ThreadsDeleteSetters(SetterMixin):
    """Setters of `threads.delete` (DELETE /threads/{thread_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ThreadsMessagesCreateSetters(SetterMixin):
    """Setters of `threads.messages.create` (POST /threads/{thread_id}/messages)."""

    __slots__ = ()

    def role(self, value: Literal["assistant", "user"] | str) -> Self:
        """Set the required body field "role" ("assistant" | "user")."""
        return self.set("role", value)

    def content(
        self,
        value: Sequence[
            MessageContentImageFileObject
            | MessageContentImageUrlObject
            | MessageRequestContentTextObject
            | MessageContentImageFileObjectParam
            | MessageContentImageUrlObjectParam
            | MessageRequestContentTextObjectParam
        ]
        | str,
    ) -> Self:
        """Set the required body field "content" (string or array of a union of 3 types)."""
        return self.set("content", value)

    def attachments(
        self,
        value: Sequence[
            CreateMessageRequestAttachmentsType0Item | CreateMessageRequestAttachmentsType0ItemParam
        ]
        | None,
    ) -> Self:
        """Set the optional body field "attachments" (array of CreateMessageRequestAttachmentsType0Item or null)."""
        return self.set("attachments", value)

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)


class ThreadsMessagesDeleteSetters(SetterMixin):
    """Setters of `threads.messages.delete` (DELETE /threads/{thread_id}/messages/{message_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ThreadsMessagesListSetters(SetterMixin):
    """Setters of `threads.messages.list` (GET /threads/{thread_id}/messages)."""

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

    def run_id(self, value: str) -> Self:
        """Set the optional query parameter "run_id" (string)."""
        return self.set("run_id", value)


class ThreadsMessagesRetrieveSetters(SetterMixin):
    """Setters of `threads.messages.retrieve` (GET /threads/{thread_id}/messages/{message_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ThreadsMessagesUpdateSetters(SetterMixin):
    """Setters of `threads.messages.update` (POST /threads/{thread_id}/messages/{message_id})."""

    __slots__ = ()

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)


class ThreadsRetrieveSetters(SetterMixin):
    """Setters of `threads.retrieve` (GET /threads/{thread_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ThreadsRunsCancelSetters(SetterMixin):
    """Setters of `threads.runs.cancel` (POST /threads/{thread_id}/runs/{run_id}/cancel): it has no body fields or query parameters."""

    __slots__ = ()


class ThreadsRunsCreateSetters(SetterMixin):
    """Setters of `threads.runs.create` (POST /threads/{thread_id}/runs)."""

    __slots__ = ()

    def assistant_id(self, value: str) -> Self:
        """Set the required body field "assistant_id" (string)."""
        return self.set("assistant_id", value)

    def model(self, value: AssistantSupportedModels | str | None) -> Self:
        """Set the optional body field "model" (string or string enum of 42 values or null)."""
        return self.set("model", value)

    def reasoning_effort(
        self,
        value: Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | str | None,
    ) -> Self:
        """Set the optional body field "reasoning_effort" (string enum of 7 values or null)."""
        return self.set("reasoning_effort", value)

    def instructions(self, value: str | None) -> Self:
        """Set the optional body field "instructions" (string or null)."""
        return self.set("instructions", value)

    def additional_instructions(self, value: str | None) -> Self:
        """Set the optional body field "additional_instructions" (string or null)."""
        return self.set("additional_instructions", value)

    def additional_messages(
        self, value: Sequence[CreateMessageRequest | CreateMessageRequestParam] | None
    ) -> Self:
        """Set the optional body field "additional_messages" (array of CreateMessageRequest or null)."""
        return self.set("additional_messages", value)

    def tools(
        self,
        value: Sequence[
            AssistantToolsCode
            | AssistantToolsFileSearch
            | AssistantToolsFunction
            | AssistantToolsCodeParam
            | AssistantToolsFileSearchParam
            | AssistantToolsFunctionParam
        ]
        | None,
    ) -> Self:
        """Set the optional body field "tools" (array of a union of 3 types or null)."""
        return self.set("tools", value)

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)

    def temperature(self, value: float | None) -> Self:
        """Set the optional body field "temperature" (number or null)."""
        return self.set("temperature", value)

    def top_p(self, value: float | None) -> Self:
        """Set the optional body field "top_p" (number or null)."""
        return self.set("top_p", value)

    def stream(self, value: bool | None) -> Self:
        """Set the optional body field "stream" (boolean or null)."""
        return self.set("stream", value)

    def max_prompt_tokens(self, value: int | None) -> Self:
        """Set the optional body field "max_prompt_tokens" (integer or null)."""
        return self.set("max_prompt_tokens", value)

    def max_completion_tokens(self, value: int | None) -> Self:
        """Set the optional body field "max_completion_tokens" (integer or null)."""
        return self.set("max_completion_tokens", value)

    def truncation_strategy(self, value: TruncationObject | TruncationObjectParam | None) -> Self:
        """Set the optional body field "truncation_strategy" (TruncationObject or null)."""
        return self.set("truncation_strategy", value)

    def tool_choice(
        self,
        value: Literal["auto", "none", "required"]
        | AssistantsNamedToolChoice
        | AssistantsNamedToolChoiceParam
        | str
        | None,
    ) -> Self:
        """Set the optional body field "tool_choice" (a union of 2 types or null)."""
        return self.set("tool_choice", value)

    def parallel_tool_calls(self, value: bool) -> Self:
        """Set the optional body field "parallel_tool_calls" (boolean)."""
        return self.set("parallel_tool_calls", value)

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

    def include(
        self,
        value: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"] | str],
    ) -> Self:
        """Set the optional query parameter "include[]" (a union of 1 types)."""
        return self.set("include[]", value)


class ThreadsRunsListSetters(SetterMixin):
    """Setters of `threads.runs.list` (GET /threads/{thread_id}/runs)."""

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


class ThreadsRunsRetrieveSetters(SetterMixin):
    """Setters of `threads.runs.retrieve` (GET /threads/{thread_id}/runs/{run_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ThreadsRunsStepsListSetters(SetterMixin):
    """Setters of `threads.runs.steps.list` (GET /threads/{thread_id}/runs/{run_id}/steps)."""

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

    def include(
        self,
        value: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"] | str],
    ) -> Self:
        """Set the optional query parameter "include[]" (a union of 1 types)."""
        return self.set("include[]", value)


class ThreadsRunsStepsRetrieveSetters(SetterMixin):
    """Setters of `threads.runs.steps.retrieve` (GET /threads/{thread_id}/runs/{run_id}/steps/{step_id})."""

    __slots__ = ()

    def include(
        self,
        value: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"] | str],
    ) -> Self:
        """Set the optional query parameter "include[]" (a union of 1 types)."""
        return self.set("include[]", value)


class ThreadsRunsSubmitToolOutputsSetters(SetterMixin):
    """Setters of `threads.runs.submit_tool_outputs` (POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs)."""

    __slots__ = ()

    def tool_outputs(
        self,
        value: Sequence[
            SubmitToolOutputsRunRequestToolOutputsItem
            | SubmitToolOutputsRunRequestToolOutputsItemParam
        ],
    ) -> Self:
        """Set the required body field "tool_outputs" (array of SubmitToolOutputsRunRequestToolOutputsItem)."""
        return self.set("tool_outputs", value)

    def stream(self, value: bool | None) -> Self:
        """Set the optional body field "stream" (boolean or null)."""
        return self.set("stream", value)


class ThreadsRunsUpdateSetters(SetterMixin):
    """Setters of `threads.runs.update` (POST /threads/{thread_id}/runs/{run_id})."""

    __slots__ = ()

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)


class ThreadsUpdateSetters(SetterMixin):
    """Setters of `threads.update` (POST /threads/{thread_id})."""

    __slots__ = ()

    def tool_resources(
        self,
        value: ModifyThreadRequestToolResourcesType0
        | ModifyThreadRequestToolResourcesType0Param
        | None,
    ) -> Self:
        """Set the optional body field "tool_resources" (ModifyThreadRequestToolResourcesType0 or null)."""
        return self.set("tool_resources", value)

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)


class Threads(NamespaceMixin):
    """`client.threads`."""

    __slots__ = ()

    @property
    def messages(self) -> ThreadsMessages:
        """`client.threads.messages`."""
        namespace: ThreadsMessages = self._sub("messages")
        return namespace

    @property
    def runs(self) -> ThreadsRuns:
        """`client.threads.runs`."""
        namespace: ThreadsRuns = self._sub("runs")
        return namespace

    def create(self, **fields: Unpack[ThreadsCreateParams]) -> ThreadsCreateBuilder:
        """Return a builder for `threads.create` (POST /threads); keywords pre-fill its setters."""
        builder: ThreadsCreateBuilder = self._op("create", (), fields)
        return builder

    def create_and_run(
        self, **fields: Unpack[ThreadsCreateAndRunParams]
    ) -> ThreadsCreateAndRunBuilder:
        """Return a builder for `threads.create_and_run` (POST /threads/runs); keywords pre-fill its setters."""
        builder: ThreadsCreateAndRunBuilder = self._op("create_and_run", (), fields)
        return builder

    @defer_path_check
    def delete(self, thread_id: str, **fields: Unpack[ThreadsDeleteParams]) -> ThreadsDeleteBuilder:
        """Return a builder for `threads.delete` (DELETE /threads/{thread_id}); keywords pre-fill its setters."""
        builder: ThreadsDeleteBuilder = self._op("delete", (thread_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, thread_id: str, **fields: Unpack[ThreadsRetrieveParams]
    ) -> ThreadsRetrieveBuilder:
        """Return a builder for `threads.retrieve` (GET /threads/{thread_id}); keywords pre-fill its setters."""
        builder: ThreadsRetrieveBuilder = self._op("retrieve", (thread_id,), fields)
        return builder

    @defer_path_check
    def update(self, thread_id: str, **fields: Unpack[ThreadsUpdateParams]) -> ThreadsUpdateBuilder:
        """Return a builder for `threads.update` (POST /threads/{thread_id}); keywords pre-fill its setters."""
        builder: ThreadsUpdateBuilder = self._op("update", (thread_id,), fields)
        return builder


class AsyncThreads(NamespaceMixin):
    """`client.threads` of an AsyncClient."""

    __slots__ = ()

    @property
    def messages(self) -> AsyncThreadsMessages:
        """`client.threads.messages`."""
        namespace: AsyncThreadsMessages = self._sub("messages")
        return namespace

    @property
    def runs(self) -> AsyncThreadsRuns:
        """`client.threads.runs`."""
        namespace: AsyncThreadsRuns = self._sub("runs")
        return namespace

    def create(self, **fields: Unpack[ThreadsCreateParams]) -> AsyncThreadsCreateBuilder:
        """Return a builder for `threads.create` (POST /threads); keywords pre-fill its setters."""
        builder: AsyncThreadsCreateBuilder = self._op("create", (), fields)
        return builder

    def create_and_run(
        self, **fields: Unpack[ThreadsCreateAndRunParams]
    ) -> AsyncThreadsCreateAndRunBuilder:
        """Return a builder for `threads.create_and_run` (POST /threads/runs); keywords pre-fill its setters."""
        builder: AsyncThreadsCreateAndRunBuilder = self._op("create_and_run", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, thread_id: str, **fields: Unpack[ThreadsDeleteParams]
    ) -> AsyncThreadsDeleteBuilder:
        """Return a builder for `threads.delete` (DELETE /threads/{thread_id}); keywords pre-fill its setters."""
        builder: AsyncThreadsDeleteBuilder = self._op("delete", (thread_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, thread_id: str, **fields: Unpack[ThreadsRetrieveParams]
    ) -> AsyncThreadsRetrieveBuilder:
        """Return a builder for `threads.retrieve` (GET /threads/{thread_id}); keywords pre-fill its setters."""
        builder: AsyncThreadsRetrieveBuilder = self._op("retrieve", (thread_id,), fields)
        return builder

    @defer_path_check
    def update(
        self, thread_id: str, **fields: Unpack[ThreadsUpdateParams]
    ) -> AsyncThreadsUpdateBuilder:
        """Return a builder for `threads.update` (POST /threads/{thread_id}); keywords pre-fill its setters."""
        builder: AsyncThreadsUpdateBuilder = self._op("update", (thread_id,), fields)
        return builder


class ThreadsMessages(NamespaceMixin):
    """`client.threads.messages`."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, thread_id: str, **fields: Unpack[ThreadsMessagesCreateParams]
    ) -> ThreadsMessagesCreateBuilder:
        """Return a builder for `threads.messages.create` (POST /threads/{thread_id}/messages); keywords pre-fill its setters."""
        builder: ThreadsMessagesCreateBuilder = self._op("create", (thread_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self, thread_id: str, message_id: str, **fields: Unpack[ThreadsMessagesDeleteParams]
    ) -> ThreadsMessagesDeleteBuilder:
        """Return a builder for `threads.messages.delete` (DELETE /threads/{thread_id}/messages/{message_id}); keywords pre-fill its setters."""
        builder: ThreadsMessagesDeleteBuilder = self._op(
            "delete",
            (
                thread_id,
                message_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, thread_id: str, **fields: Unpack[ThreadsMessagesListParams]
    ) -> ThreadsMessagesListBuilder:
        """Return a builder for `threads.messages.list` (GET /threads/{thread_id}/messages); keywords pre-fill its setters."""
        builder: ThreadsMessagesListBuilder = self._op("list", (thread_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, thread_id: str, message_id: str, **fields: Unpack[ThreadsMessagesRetrieveParams]
    ) -> ThreadsMessagesRetrieveBuilder:
        """Return a builder for `threads.messages.retrieve` (GET /threads/{thread_id}/messages/{message_id}); keywords pre-fill its setters."""
        builder: ThreadsMessagesRetrieveBuilder = self._op(
            "retrieve",
            (
                thread_id,
                message_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def update(
        self, thread_id: str, message_id: str, **fields: Unpack[ThreadsMessagesUpdateParams]
    ) -> ThreadsMessagesUpdateBuilder:
        """Return a builder for `threads.messages.update` (POST /threads/{thread_id}/messages/{message_id}); keywords pre-fill its setters."""
        builder: ThreadsMessagesUpdateBuilder = self._op(
            "update",
            (
                thread_id,
                message_id,
            ),
            fields,
        )
        return builder


class AsyncThreadsMessages(NamespaceMixin):
    """`client.threads.messages` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, thread_id: str, **fields: Unpack[ThreadsMessagesCreateParams]
    ) -> AsyncThreadsMessagesCreateBuilder:
        """Return a builder for `threads.messages.create` (POST /threads/{thread_id}/messages); keywords pre-fill its setters."""
        builder: AsyncThreadsMessagesCreateBuilder = self._op("create", (thread_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self, thread_id: str, message_id: str, **fields: Unpack[ThreadsMessagesDeleteParams]
    ) -> AsyncThreadsMessagesDeleteBuilder:
        """Return a builder for `threads.messages.delete` (DELETE /threads/{thread_id}/messages/{message_id}); keywords pre-fill its setters."""
        builder: AsyncThreadsMessagesDeleteBuilder = self._op(
            "delete",
            (
                thread_id,
                message_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, thread_id: str, **fields: Unpack[ThreadsMessagesListParams]
    ) -> AsyncThreadsMessagesListBuilder:
        """Return a builder for `threads.messages.list` (GET /threads/{thread_id}/messages); keywords pre-fill its setters."""
        builder: AsyncThreadsMessagesListBuilder = self._op("list", (thread_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, thread_id: str, message_id: str, **fields: Unpack[ThreadsMessagesRetrieveParams]
    ) -> AsyncThreadsMessagesRetrieveBuilder:
        """Return a builder for `threads.messages.retrieve` (GET /threads/{thread_id}/messages/{message_id}); keywords pre-fill its setters."""
        builder: AsyncThreadsMessagesRetrieveBuilder = self._op(
            "retrieve",
            (
                thread_id,
                message_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def update(
        self, thread_id: str, message_id: str, **fields: Unpack[ThreadsMessagesUpdateParams]
    ) -> AsyncThreadsMessagesUpdateBuilder:
        """Return a builder for `threads.messages.update` (POST /threads/{thread_id}/messages/{message_id}); keywords pre-fill its setters."""
        builder: AsyncThreadsMessagesUpdateBuilder = self._op(
            "update",
            (
                thread_id,
                message_id,
            ),
            fields,
        )
        return builder


class ThreadsRuns(NamespaceMixin):
    """`client.threads.runs`."""

    __slots__ = ()

    @property
    def steps(self) -> ThreadsRunsSteps:
        """`client.threads.runs.steps`."""
        namespace: ThreadsRunsSteps = self._sub("steps")
        return namespace

    @defer_path_check
    def cancel(
        self, thread_id: str, run_id: str, **fields: Unpack[ThreadsRunsCancelParams]
    ) -> ThreadsRunsCancelBuilder:
        """Return a builder for `threads.runs.cancel` (POST /threads/{thread_id}/runs/{run_id}/cancel); keywords pre-fill its setters."""
        builder: ThreadsRunsCancelBuilder = self._op(
            "cancel",
            (
                thread_id,
                run_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def create(
        self, thread_id: str, **fields: Unpack[ThreadsRunsCreateParams]
    ) -> ThreadsRunsCreateBuilder:
        """Return a builder for `threads.runs.create` (POST /threads/{thread_id}/runs); keywords pre-fill its setters."""
        builder: ThreadsRunsCreateBuilder = self._op("create", (thread_id,), fields)
        return builder

    @defer_path_check
    def list(
        self, thread_id: str, **fields: Unpack[ThreadsRunsListParams]
    ) -> ThreadsRunsListBuilder:
        """Return a builder for `threads.runs.list` (GET /threads/{thread_id}/runs); keywords pre-fill its setters."""
        builder: ThreadsRunsListBuilder = self._op("list", (thread_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, thread_id: str, run_id: str, **fields: Unpack[ThreadsRunsRetrieveParams]
    ) -> ThreadsRunsRetrieveBuilder:
        """Return a builder for `threads.runs.retrieve` (GET /threads/{thread_id}/runs/{run_id}); keywords pre-fill its setters."""
        builder: ThreadsRunsRetrieveBuilder = self._op(
            "retrieve",
            (
                thread_id,
                run_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def submit_tool_outputs(
        self, thread_id: str, run_id: str, **fields: Unpack[ThreadsRunsSubmitToolOutputsParams]
    ) -> ThreadsRunsSubmitToolOutputsBuilder:
        """Return a builder for `threads.runs.submit_tool_outputs` (POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs); keywords pre-fill its setters."""
        builder: ThreadsRunsSubmitToolOutputsBuilder = self._op(
            "submit_tool_outputs",
            (
                thread_id,
                run_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def update(
        self, thread_id: str, run_id: str, **fields: Unpack[ThreadsRunsUpdateParams]
    ) -> ThreadsRunsUpdateBuilder:
        """Return a builder for `threads.runs.update` (POST /threads/{thread_id}/runs/{run_id}); keywords pre-fill its setters."""
        builder: ThreadsRunsUpdateBuilder = self._op(
            "update",
            (
                thread_id,
                run_id,
            ),
            fields,
        )
        return builder


class AsyncThreadsRuns(NamespaceMixin):
    """`client.threads.runs` of an AsyncClient."""

    __slots__ = ()

    @property
    def steps(self) -> AsyncThreadsRunsSteps:
        """`client.threads.runs.steps`."""
        namespace: AsyncThreadsRunsSteps = self._sub("steps")
        return namespace

    @defer_path_check
    def cancel(
        self, thread_id: str, run_id: str, **fields: Unpack[ThreadsRunsCancelParams]
    ) -> AsyncThreadsRunsCancelBuilder:
        """Return a builder for `threads.runs.cancel` (POST /threads/{thread_id}/runs/{run_id}/cancel); keywords pre-fill its setters."""
        builder: AsyncThreadsRunsCancelBuilder = self._op(
            "cancel",
            (
                thread_id,
                run_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def create(
        self, thread_id: str, **fields: Unpack[ThreadsRunsCreateParams]
    ) -> AsyncThreadsRunsCreateBuilder:
        """Return a builder for `threads.runs.create` (POST /threads/{thread_id}/runs); keywords pre-fill its setters."""
        builder: AsyncThreadsRunsCreateBuilder = self._op("create", (thread_id,), fields)
        return builder

    @defer_path_check
    def list(
        self, thread_id: str, **fields: Unpack[ThreadsRunsListParams]
    ) -> AsyncThreadsRunsListBuilder:
        """Return a builder for `threads.runs.list` (GET /threads/{thread_id}/runs); keywords pre-fill its setters."""
        builder: AsyncThreadsRunsListBuilder = self._op("list", (thread_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, thread_id: str, run_id: str, **fields: Unpack[ThreadsRunsRetrieveParams]
    ) -> AsyncThreadsRunsRetrieveBuilder:
        """Return a builder for `threads.runs.retrieve` (GET /threads/{thread_id}/runs/{run_id}); keywords pre-fill its setters."""
        builder: AsyncThreadsRunsRetrieveBuilder = self._op(
            "retrieve",
            (
                thread_id,
                run_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def submit_tool_outputs(
        self, thread_id: str, run_id: str, **fields: Unpack[ThreadsRunsSubmitToolOutputsParams]
    ) -> AsyncThreadsRunsSubmitToolOutputsBuilder:
        """Return a builder for `threads.runs.submit_tool_outputs` (POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs); keywords pre-fill its setters."""
        builder: AsyncThreadsRunsSubmitToolOutputsBuilder = self._op(
            "submit_tool_outputs",
            (
                thread_id,
                run_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def update(
        self, thread_id: str, run_id: str, **fields: Unpack[ThreadsRunsUpdateParams]
    ) -> AsyncThreadsRunsUpdateBuilder:
        """Return a builder for `threads.runs.update` (POST /threads/{thread_id}/runs/{run_id}); keywords pre-fill its setters."""
        builder: AsyncThreadsRunsUpdateBuilder = self._op(
            "update",
            (
                thread_id,
                run_id,
            ),
            fields,
        )
        return builder


class ThreadsRunsSteps(NamespaceMixin):
    """`client.threads.runs.steps`."""

    __slots__ = ()

    @defer_path_check
    def list(
        self, thread_id: str, run_id: str, **fields: Unpack[ThreadsRunsStepsListParams]
    ) -> ThreadsRunsStepsListBuilder:
        """Return a builder for `threads.runs.steps.list` (GET /threads/{thread_id}/runs/{run_id}/steps); keywords pre-fill its setters."""
        builder: ThreadsRunsStepsListBuilder = self._op(
            "list",
            (
                thread_id,
                run_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def retrieve(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        **fields: Unpack[ThreadsRunsStepsRetrieveParams],
    ) -> ThreadsRunsStepsRetrieveBuilder:
        """Return a builder for `threads.runs.steps.retrieve` (GET /threads/{thread_id}/runs/{run_id}/steps/{step_id}); keywords pre-fill its setters."""
        builder: ThreadsRunsStepsRetrieveBuilder = self._op(
            "retrieve",
            (
                thread_id,
                run_id,
                step_id,
            ),
            fields,
        )
        return builder


class AsyncThreadsRunsSteps(NamespaceMixin):
    """`client.threads.runs.steps` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def list(
        self, thread_id: str, run_id: str, **fields: Unpack[ThreadsRunsStepsListParams]
    ) -> AsyncThreadsRunsStepsListBuilder:
        """Return a builder for `threads.runs.steps.list` (GET /threads/{thread_id}/runs/{run_id}/steps); keywords pre-fill its setters."""
        builder: AsyncThreadsRunsStepsListBuilder = self._op(
            "list",
            (
                thread_id,
                run_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def retrieve(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        **fields: Unpack[ThreadsRunsStepsRetrieveParams],
    ) -> AsyncThreadsRunsStepsRetrieveBuilder:
        """Return a builder for `threads.runs.steps.retrieve` (GET /threads/{thread_id}/runs/{run_id}/steps/{step_id}); keywords pre-fill its setters."""
        builder: AsyncThreadsRunsStepsRetrieveBuilder = self._op(
            "retrieve",
            (
                thread_id,
                run_id,
                step_id,
            ),
            fields,
        )
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "threads": (Threads, AsyncThreads),
    "threads.messages": (ThreadsMessages, AsyncThreadsMessages),
    "threads.runs": (ThreadsRuns, AsyncThreadsRuns),
    "threads.runs.steps": (ThreadsRunsSteps, AsyncThreadsRunsSteps),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "threads.create": ThreadsCreateSetters,
    "threads.create_and_run": ThreadsCreateAndRunSetters,
    "threads.delete": ThreadsDeleteSetters,
    "threads.messages.create": ThreadsMessagesCreateSetters,
    "threads.messages.delete": ThreadsMessagesDeleteSetters,
    "threads.messages.list": ThreadsMessagesListSetters,
    "threads.messages.retrieve": ThreadsMessagesRetrieveSetters,
    "threads.messages.update": ThreadsMessagesUpdateSetters,
    "threads.retrieve": ThreadsRetrieveSetters,
    "threads.runs.cancel": ThreadsRunsCancelSetters,
    "threads.runs.create": ThreadsRunsCreateSetters,
    "threads.runs.list": ThreadsRunsListSetters,
    "threads.runs.retrieve": ThreadsRunsRetrieveSetters,
    "threads.runs.steps.list": ThreadsRunsStepsListSetters,
    "threads.runs.steps.retrieve": ThreadsRunsStepsRetrieveSetters,
    "threads.runs.submit_tool_outputs": ThreadsRunsSubmitToolOutputsSetters,
    "threads.runs.update": ThreadsRunsUpdateSetters,
    "threads.update": ThreadsUpdateSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class ThreadsCreateBuilder(ThreadsCreateSetters, RequestBuilder[ThreadObject]):
        """Builder of `threads.create`: `send()` returns ThreadObject."""

    class AsyncThreadsCreateBuilder(ThreadsCreateSetters, AsyncRequestBuilder[ThreadObject]):
        """Async builder of `threads.create`: `await send()` returns ThreadObject."""

    class ThreadsCreateAndRunBuilder(ThreadsCreateAndRunSetters, AssistantEventsBuilder[RunObject]):
        """Builder of `threads.create_and_run`: `send()` returns RunObject."""

    class AsyncThreadsCreateAndRunBuilder(
        ThreadsCreateAndRunSetters, AsyncAssistantEventsBuilder[RunObject]
    ):
        """Async builder of `threads.create_and_run`: `await send()` returns RunObject."""

    class ThreadsDeleteBuilder(ThreadsDeleteSetters, RequestBuilder[DeleteThreadResponse]):
        """Builder of `threads.delete`: `send()` returns DeleteThreadResponse."""

    class AsyncThreadsDeleteBuilder(
        ThreadsDeleteSetters, AsyncRequestBuilder[DeleteThreadResponse]
    ):
        """Async builder of `threads.delete`: `await send()` returns DeleteThreadResponse."""

    class ThreadsMessagesCreateBuilder(ThreadsMessagesCreateSetters, RequestBuilder[MessageObject]):
        """Builder of `threads.messages.create`: `send()` returns MessageObject."""

    class AsyncThreadsMessagesCreateBuilder(
        ThreadsMessagesCreateSetters, AsyncRequestBuilder[MessageObject]
    ):
        """Async builder of `threads.messages.create`: `await send()` returns MessageObject."""

    class ThreadsMessagesDeleteBuilder(
        ThreadsMessagesDeleteSetters, RequestBuilder[DeleteMessageResponse]
    ):
        """Builder of `threads.messages.delete`: `send()` returns DeleteMessageResponse."""

    class AsyncThreadsMessagesDeleteBuilder(
        ThreadsMessagesDeleteSetters, AsyncRequestBuilder[DeleteMessageResponse]
    ):
        """Async builder of `threads.messages.delete`: `await send()` returns DeleteMessageResponse."""

    class ThreadsMessagesListBuilder(ThreadsMessagesListSetters, ListBuilder):
        """Builder of `threads.messages.list`: `send()` returns a Page of MessageObject."""

        def send(self) -> Page[MessageObject]: ...
        def send_with_meta(self) -> ApiResponse[Page[MessageObject]]: ...
        def iter_all(self) -> Iterator[MessageObject]: ...

    class AsyncThreadsMessagesListBuilder(ThreadsMessagesListSetters, AsyncListBuilder):
        """Async builder of `threads.messages.list`: `await send()` returns a Page of MessageObject."""

        async def send(self) -> AsyncPage[MessageObject]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[MessageObject]]: ...
        def iter_all(self) -> AsyncIterator[MessageObject]: ...

    class ThreadsMessagesRetrieveBuilder(
        ThreadsMessagesRetrieveSetters, RequestBuilder[MessageObject]
    ):
        """Builder of `threads.messages.retrieve`: `send()` returns MessageObject."""

    class AsyncThreadsMessagesRetrieveBuilder(
        ThreadsMessagesRetrieveSetters, AsyncRequestBuilder[MessageObject]
    ):
        """Async builder of `threads.messages.retrieve`: `await send()` returns MessageObject."""

    class ThreadsMessagesUpdateBuilder(ThreadsMessagesUpdateSetters, RequestBuilder[MessageObject]):
        """Builder of `threads.messages.update`: `send()` returns MessageObject."""

    class AsyncThreadsMessagesUpdateBuilder(
        ThreadsMessagesUpdateSetters, AsyncRequestBuilder[MessageObject]
    ):
        """Async builder of `threads.messages.update`: `await send()` returns MessageObject."""

    class ThreadsRetrieveBuilder(ThreadsRetrieveSetters, RequestBuilder[ThreadObject]):
        """Builder of `threads.retrieve`: `send()` returns ThreadObject."""

    class AsyncThreadsRetrieveBuilder(ThreadsRetrieveSetters, AsyncRequestBuilder[ThreadObject]):
        """Async builder of `threads.retrieve`: `await send()` returns ThreadObject."""

    class ThreadsRunsCancelBuilder(ThreadsRunsCancelSetters, RequestBuilder[RunObject]):
        """Builder of `threads.runs.cancel`: `send()` returns RunObject."""

    class AsyncThreadsRunsCancelBuilder(ThreadsRunsCancelSetters, AsyncRequestBuilder[RunObject]):
        """Async builder of `threads.runs.cancel`: `await send()` returns RunObject."""

    class ThreadsRunsCreateBuilder(ThreadsRunsCreateSetters, AssistantEventsBuilder[RunObject]):
        """Builder of `threads.runs.create`: `send()` returns RunObject."""

    class AsyncThreadsRunsCreateBuilder(
        ThreadsRunsCreateSetters, AsyncAssistantEventsBuilder[RunObject]
    ):
        """Async builder of `threads.runs.create`: `await send()` returns RunObject."""

    class ThreadsRunsListBuilder(ThreadsRunsListSetters, ListBuilder):
        """Builder of `threads.runs.list`: `send()` returns a Page of RunObject."""

        def send(self) -> Page[RunObject]: ...
        def send_with_meta(self) -> ApiResponse[Page[RunObject]]: ...
        def iter_all(self) -> Iterator[RunObject]: ...

    class AsyncThreadsRunsListBuilder(ThreadsRunsListSetters, AsyncListBuilder):
        """Async builder of `threads.runs.list`: `await send()` returns a Page of RunObject."""

        async def send(self) -> AsyncPage[RunObject]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[RunObject]]: ...
        def iter_all(self) -> AsyncIterator[RunObject]: ...

    class ThreadsRunsRetrieveBuilder(ThreadsRunsRetrieveSetters, RequestBuilder[RunObject]):
        """Builder of `threads.runs.retrieve`: `send()` returns RunObject."""

    class AsyncThreadsRunsRetrieveBuilder(
        ThreadsRunsRetrieveSetters, AsyncRequestBuilder[RunObject]
    ):
        """Async builder of `threads.runs.retrieve`: `await send()` returns RunObject."""

    class ThreadsRunsStepsListBuilder(ThreadsRunsStepsListSetters, ListBuilder):
        """Builder of `threads.runs.steps.list`: `send()` returns a Page of RunStepObject."""

        def send(self) -> Page[RunStepObject]: ...
        def send_with_meta(self) -> ApiResponse[Page[RunStepObject]]: ...
        def iter_all(self) -> Iterator[RunStepObject]: ...

    class AsyncThreadsRunsStepsListBuilder(ThreadsRunsStepsListSetters, AsyncListBuilder):
        """Async builder of `threads.runs.steps.list`: `await send()` returns a Page of RunStepObject."""

        async def send(self) -> AsyncPage[RunStepObject]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[RunStepObject]]: ...
        def iter_all(self) -> AsyncIterator[RunStepObject]: ...

    class ThreadsRunsStepsRetrieveBuilder(
        ThreadsRunsStepsRetrieveSetters, RequestBuilder[RunStepObject]
    ):
        """Builder of `threads.runs.steps.retrieve`: `send()` returns RunStepObject."""

    class AsyncThreadsRunsStepsRetrieveBuilder(
        ThreadsRunsStepsRetrieveSetters, AsyncRequestBuilder[RunStepObject]
    ):
        """Async builder of `threads.runs.steps.retrieve`: `await send()` returns RunStepObject."""

    class ThreadsRunsSubmitToolOutputsBuilder(
        ThreadsRunsSubmitToolOutputsSetters, AssistantEventsBuilder[RunObject]
    ):
        """Builder of `threads.runs.submit_tool_outputs`: `send()` returns RunObject."""

    class AsyncThreadsRunsSubmitToolOutputsBuilder(
        ThreadsRunsSubmitToolOutputsSetters, AsyncAssistantEventsBuilder[RunObject]
    ):
        """Async builder of `threads.runs.submit_tool_outputs`: `await send()` returns RunObject."""

    class ThreadsRunsUpdateBuilder(ThreadsRunsUpdateSetters, RequestBuilder[RunObject]):
        """Builder of `threads.runs.update`: `send()` returns RunObject."""

    class AsyncThreadsRunsUpdateBuilder(ThreadsRunsUpdateSetters, AsyncRequestBuilder[RunObject]):
        """Async builder of `threads.runs.update`: `await send()` returns RunObject."""

    class ThreadsUpdateBuilder(ThreadsUpdateSetters, RequestBuilder[ThreadObject]):
        """Builder of `threads.update`: `send()` returns ThreadObject."""

    class AsyncThreadsUpdateBuilder(ThreadsUpdateSetters, AsyncRequestBuilder[ThreadObject]):
        """Async builder of `threads.update`: `await send()` returns ThreadObject."""
