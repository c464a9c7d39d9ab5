# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.conversations` (8 operations).

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
    from ..models.additional_tools import AdditionalTools
    from ..models.additional_tools_item_param import AdditionalToolsItemParam
    from ..models.apply_patch_tool_call import ApplyPatchToolCall
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_body import CompactionBody
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParam
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_tool_call_output_resource import ComputerToolCallOutputResource
    from ..models.conversation_item_list import ConversationItemList
    from ..models.conversation_resource import ConversationResource
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.deleted_conversation_resource import DeletedConversationResource
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_shell_call_output_item_param import FunctionShellCallOutputItemParam
    from ..models.function_tool_call import FunctionToolCall
    from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource
    from ..models.function_tool_call_resource import FunctionToolCallResource
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.input_message import InputMessage
    from ..models.item_reference_param import ItemReferenceParam
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response import MCPApprovalResponse
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.message import Message
    from ..models.metadata_type_0 import MetadataType0
    from ..models.output_message import OutputMessage
    from ..models.program import Program
    from ..models.program_item_param import ProgramItemParam
    from ..models.program_output import ProgramOutput
    from ..models.program_output_item_param import ProgramOutputItemParam
    from ..models.reasoning_item import ReasoningItem
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.web_search_tool_call import WebSearchToolCall
    from ..params import (
        AdditionalToolsItemParamParam,
        ApplyPatchToolCallItemParamParam,
        ApplyPatchToolCallOutputItemParamParam,
        CodeInterpreterToolCallParam,
        CompactionSummaryItemParamParam,
        CompactionTriggerItemParamParam,
        ComputerCallOutputItemParamParam,
        ComputerToolCallParam,
        ConversationsCreateParams,
        ConversationsDeleteParams,
        ConversationsItemsCreateParams,
        ConversationsItemsDeleteParams,
        ConversationsItemsListParams,
        ConversationsItemsRetrieveParams,
        ConversationsRetrieveParams,
        ConversationsUpdateParams,
        CustomToolCallOutputParam,
        CustomToolCallParam,
        EasyInputMessageParam,
        FileSearchToolCallParam,
        FunctionCallOutputItemParamParam,
        FunctionShellCallItemParamParam,
        FunctionShellCallOutputItemParamParam,
        FunctionToolCallParam,
        ImageGenToolCallParam,
        InputMessageParam,
        ItemReferenceParamParam,
        LocalShellToolCallOutputParam,
        LocalShellToolCallParam,
        MCPApprovalRequestParam,
        MCPApprovalResponseParam,
        MCPListToolsParam,
        MCPToolCallParam,
        OutputMessageParam,
        ProgramItemParamParam,
        ProgramOutputItemParamParam,
        ReasoningItemParam,
        ToolSearchCallItemParamParam,
        ToolSearchOutputItemParamParam,
        WebSearchToolCallParam,
    )

__all__ = [
    "Conversations",
    "AsyncConversations",
    "ConversationsItems",
    "AsyncConversationsItems",
    "ConversationsCreateSetters",
    "ConversationsDeleteSetters",
    "ConversationsItemsCreateSetters",
    "ConversationsItemsDeleteSetters",
    "ConversationsItemsListSetters",
    "ConversationsItemsRetrieveSetters",
    "ConversationsRetrieveSetters",
    "ConversationsUpdateSetters",
]


class ConversationsCreateSetters(SetterMixin):
    """Setters of `conversations.create` (POST /conversations)."""

    __slots__ = ()

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)

    def items(
        self,
        value: Sequence[
            EasyInputMessage
            | InputMessage
            | OutputMessage
            | FileSearchToolCall
            | ComputerToolCall
            | ComputerCallOutputItemParam
            | WebSearchToolCall
            | FunctionToolCall
            | FunctionCallOutputItemParam
            | ToolSearchCallItemParam
            | ToolSearchOutputItemParam
            | AdditionalToolsItemParam
            | ReasoningItem
            | CompactionSummaryItemParam
            | ImageGenToolCall
            | CodeInterpreterToolCall
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | FunctionShellCallItemParam
            | FunctionShellCallOutputItemParam
            | ApplyPatchToolCallItemParam
            | ApplyPatchToolCallOutputItemParam
            | MCPListTools
            | MCPApprovalRequest
            | MCPApprovalResponse
            | MCPToolCall
            | CustomToolCallOutput
            | CustomToolCall
            | CompactionTriggerItemParam
            | ItemReferenceParam
            | ProgramItemParam
            | ProgramOutputItemParam
            | EasyInputMessageParam
            | InputMessageParam
            | OutputMessageParam
            | FileSearchToolCallParam
            | ComputerToolCallParam
            | ComputerCallOutputItemParamParam
            | WebSearchToolCallParam
            | FunctionToolCallParam
            | FunctionCallOutputItemParamParam
            | ToolSearchCallItemParamParam
            | ToolSearchOutputItemParamParam
            | AdditionalToolsItemParamParam
            | ReasoningItemParam
            | CompactionSummaryItemParamParam
            | ImageGenToolCallParam
            | CodeInterpreterToolCallParam
            | LocalShellToolCallParam
            | LocalShellToolCallOutputParam
            | FunctionShellCallItemParamParam
            | FunctionShellCallOutputItemParamParam
            | ApplyPatchToolCallItemParamParam
            | ApplyPatchToolCallOutputItemParamParam
            | MCPListToolsParam
            | MCPApprovalRequestParam
            | MCPApprovalResponseParam
            | MCPToolCallParam
            | CustomToolCallOutputParam
            | CustomToolCallParam
            | CompactionTriggerItemParamParam
            | ItemReferenceParamParam
            | ProgramItemParamParam
            | ProgramOutputItemParamParam
        ]
        | None,
    ) -> Self:
        """Set the optional body field "items" (array of a union of 32 types or null)."""
        return self.set("items", value)


class ConversationsDeleteSetters(SetterMixin):
    """Setters of `conversations.delete` (DELETE /conversations/{conversation_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ConversationsItemsCreateSetters(SetterMixin):
    """Setters of `conversations.items.create` (POST /conversations/{conversation_id}/items)."""

    __slots__ = ()

    def items(
        self,
        value: Sequence[
            EasyInputMessage
            | InputMessage
            | OutputMessage
            | FileSearchToolCall
            | ComputerToolCall
            | ComputerCallOutputItemParam
            | WebSearchToolCall
            | FunctionToolCall
            | FunctionCallOutputItemParam
            | ToolSearchCallItemParam
            | ToolSearchOutputItemParam
            | AdditionalToolsItemParam
            | ReasoningItem
            | CompactionSummaryItemParam
            | ImageGenToolCall
            | CodeInterpreterToolCall
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | FunctionShellCallItemParam
            | FunctionShellCallOutputItemParam
            | ApplyPatchToolCallItemParam
            | ApplyPatchToolCallOutputItemParam
            | MCPListTools
            | MCPApprovalRequest
            | MCPApprovalResponse
            | MCPToolCall
            | CustomToolCallOutput
            | CustomToolCall
            | CompactionTriggerItemParam
            | ItemReferenceParam
            | ProgramItemParam
            | ProgramOutputItemParam
            | EasyInputMessageParam
            | InputMessageParam
            | OutputMessageParam
            | FileSearchToolCallParam
            | ComputerToolCallParam
            | ComputerCallOutputItemParamParam
            | WebSearchToolCallParam
            | FunctionToolCallParam
            | FunctionCallOutputItemParamParam
            | ToolSearchCallItemParamParam
            | ToolSearchOutputItemParamParam
            | AdditionalToolsItemParamParam
            | ReasoningItemParam
            | CompactionSummaryItemParamParam
            | ImageGenToolCallParam
            | CodeInterpreterToolCallParam
            | LocalShellToolCallParam
            | LocalShellToolCallOutputParam
            | FunctionShellCallItemParamParam
            | FunctionShellCallOutputItemParamParam
            | ApplyPatchToolCallItemParamParam
            | ApplyPatchToolCallOutputItemParamParam
            | MCPListToolsParam
            | MCPApprovalRequestParam
            | MCPApprovalResponseParam
            | MCPToolCallParam
            | CustomToolCallOutputParam
            | CustomToolCallParam
            | CompactionTriggerItemParamParam
            | ItemReferenceParamParam
            | ProgramItemParamParam
            | ProgramOutputItemParamParam
        ],
    ) -> Self:
        """Set the required body field "items" (array of a union of 32 types)."""
        return self.set("items", value)

    def include(
        self,
        value: Sequence[
            Literal[
                "code_interpreter_call.outputs",
                "computer_call_output.output.image_url",
                "file_search_call.results",
                "message.input_image.image_url",
                "message.output_text.logprobs",
                "reasoning.encrypted_content",
                "web_search_call.action.sources",
                "web_search_call.results",
            ]
            | str
        ],
    ) -> Self:
        """Set the optional query parameter "include" (array of string enum of 8 values)."""
        return self.set("include", value)


class ConversationsItemsDeleteSetters(SetterMixin):
    """Setters of `conversations.items.delete` (DELETE /conversations/{conversation_id}/items/{item_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ConversationsItemsListSetters(SetterMixin):
    """Setters of `conversations.items.list` (GET /conversations/{conversation_id}/items)."""

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

    def include(
        self,
        value: Sequence[
            Literal[
                "code_interpreter_call.outputs",
                "computer_call_output.output.image_url",
                "file_search_call.results",
                "message.input_image.image_url",
                "message.output_text.logprobs",
                "reasoning.encrypted_content",
                "web_search_call.action.sources",
                "web_search_call.results",
            ]
            | str
        ],
    ) -> Self:
        """Set the optional query parameter "include" (array of string enum of 8 values)."""
        return self.set("include", value)


class ConversationsItemsRetrieveSetters(SetterMixin):
    """Setters of `conversations.items.retrieve` (GET /conversations/{conversation_id}/items/{item_id})."""

    __slots__ = ()

    def include(
        self,
        value: Sequence[
            Literal[
                "code_interpreter_call.outputs",
                "computer_call_output.output.image_url",
                "file_search_call.results",
                "message.input_image.image_url",
                "message.output_text.logprobs",
                "reasoning.encrypted_content",
                "web_search_call.action.sources",
                "web_search_call.results",
            ]
            | str
        ],
    ) -> Self:
        """Set the optional query parameter "include" (array of string enum of 8 values)."""
        return self.set("include", value)


class ConversationsRetrieveSetters(SetterMixin):
    """Setters of `conversations.retrieve` (GET /conversations/{conversation_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ConversationsUpdateSetters(SetterMixin):
    """Setters of `conversations.update` (POST /conversations/{conversation_id})."""

    __slots__ = ()

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the required body field "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)


class Conversations(NamespaceMixin):
    """`client.conversations`."""

    __slots__ = ()

    @property
    def items(self) -> ConversationsItems:
        """`client.conversations.items`."""
        namespace: ConversationsItems = self._sub("items")
        return namespace

    def create(self, **fields: Unpack[ConversationsCreateParams]) -> ConversationsCreateBuilder:
        """Return a builder for `conversations.create` (POST /conversations); keywords pre-fill its setters."""
        builder: ConversationsCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, conversation_id: str, **fields: Unpack[ConversationsDeleteParams]
    ) -> ConversationsDeleteBuilder:
        """Return a builder for `conversations.delete` (DELETE /conversations/{conversation_id}); keywords pre-fill its setters."""
        builder: ConversationsDeleteBuilder = self._op("delete", (conversation_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, conversation_id: str, **fields: Unpack[ConversationsRetrieveParams]
    ) -> ConversationsRetrieveBuilder:
        """Return a builder for `conversations.retrieve` (GET /conversations/{conversation_id}); keywords pre-fill its setters."""
        builder: ConversationsRetrieveBuilder = self._op("retrieve", (conversation_id,), fields)
        return builder

    @defer_path_check
    def update(
        self, conversation_id: str, **fields: Unpack[ConversationsUpdateParams]
    ) -> ConversationsUpdateBuilder:
        """Return a builder for `conversations.update` (POST /conversations/{conversation_id}); keywords pre-fill its setters."""
        builder: ConversationsUpdateBuilder = self._op("update", (conversation_id,), fields)
        return builder


class AsyncConversations(NamespaceMixin):
    """`client.conversations` of an AsyncClient."""

    __slots__ = ()

    @property
    def items(self) -> AsyncConversationsItems:
        """`client.conversations.items`."""
        namespace: AsyncConversationsItems = self._sub("items")
        return namespace

    def create(
        self, **fields: Unpack[ConversationsCreateParams]
    ) -> AsyncConversationsCreateBuilder:
        """Return a builder for `conversations.create` (POST /conversations); keywords pre-fill its setters."""
        builder: AsyncConversationsCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, conversation_id: str, **fields: Unpack[ConversationsDeleteParams]
    ) -> AsyncConversationsDeleteBuilder:
        """Return a builder for `conversations.delete` (DELETE /conversations/{conversation_id}); keywords pre-fill its setters."""
        builder: AsyncConversationsDeleteBuilder = self._op("delete", (conversation_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, conversation_id: str, **fields: Unpack[ConversationsRetrieveParams]
    ) -> AsyncConversationsRetrieveBuilder:
        """Return a builder for `conversations.retrieve` (GET /conversations/{conversation_id}); keywords pre-fill its setters."""
        builder: AsyncConversationsRetrieveBuilder = self._op(
            "retrieve", (conversation_id,), fields
        )
        return builder

    @defer_path_check
    def update(
        self, conversation_id: str, **fields: Unpack[ConversationsUpdateParams]
    ) -> AsyncConversationsUpdateBuilder:
        """Return a builder for `conversations.update` (POST /conversations/{conversation_id}); keywords pre-fill its setters."""
        builder: AsyncConversationsUpdateBuilder = self._op("update", (conversation_id,), fields)
        return builder


class ConversationsItems(NamespaceMixin):
    """`client.conversations.items`."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, conversation_id: str, **fields: Unpack[ConversationsItemsCreateParams]
    ) -> ConversationsItemsCreateBuilder:
        """Return a builder for `conversations.items.create` (POST /conversations/{conversation_id}/items); keywords pre-fill its setters."""
        builder: ConversationsItemsCreateBuilder = self._op("create", (conversation_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self, conversation_id: str, item_id: str, **fields: Unpack[ConversationsItemsDeleteParams]
    ) -> ConversationsItemsDeleteBuilder:
        """Return a builder for `conversations.items.delete` (DELETE /conversations/{conversation_id}/items/{item_id}); keywords pre-fill its setters."""
        builder: ConversationsItemsDeleteBuilder = self._op(
            "delete",
            (
                conversation_id,
                item_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, conversation_id: str, **fields: Unpack[ConversationsItemsListParams]
    ) -> ConversationsItemsListBuilder:
        """Return a builder for `conversations.items.list` (GET /conversations/{conversation_id}/items); keywords pre-fill its setters."""
        builder: ConversationsItemsListBuilder = self._op("list", (conversation_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, conversation_id: str, item_id: str, **fields: Unpack[ConversationsItemsRetrieveParams]
    ) -> ConversationsItemsRetrieveBuilder:
        """Return a builder for `conversations.items.retrieve` (GET /conversations/{conversation_id}/items/{item_id}); keywords pre-fill its setters."""
        builder: ConversationsItemsRetrieveBuilder = self._op(
            "retrieve",
            (
                conversation_id,
                item_id,
            ),
            fields,
        )
        return builder


class AsyncConversationsItems(NamespaceMixin):
    """`client.conversations.items` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, conversation_id: str, **fields: Unpack[ConversationsItemsCreateParams]
    ) -> AsyncConversationsItemsCreateBuilder:
        """Return a builder for `conversations.items.create` (POST /conversations/{conversation_id}/items); keywords pre-fill its setters."""
        builder: AsyncConversationsItemsCreateBuilder = self._op(
            "create", (conversation_id,), fields
        )
        return builder

    @defer_path_check
    def delete(
        self, conversation_id: str, item_id: str, **fields: Unpack[ConversationsItemsDeleteParams]
    ) -> AsyncConversationsItemsDeleteBuilder:
        """Return a builder for `conversations.items.delete` (DELETE /conversations/{conversation_id}/items/{item_id}); keywords pre-fill its setters."""
        builder: AsyncConversationsItemsDeleteBuilder = self._op(
            "delete",
            (
                conversation_id,
                item_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, conversation_id: str, **fields: Unpack[ConversationsItemsListParams]
    ) -> AsyncConversationsItemsListBuilder:
        """Return a builder for `conversations.items.list` (GET /conversations/{conversation_id}/items); keywords pre-fill its setters."""
        builder: AsyncConversationsItemsListBuilder = self._op("list", (conversation_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, conversation_id: str, item_id: str, **fields: Unpack[ConversationsItemsRetrieveParams]
    ) -> AsyncConversationsItemsRetrieveBuilder:
        """Return a builder for `conversations.items.retrieve` (GET /conversations/{conversation_id}/items/{item_id}); keywords pre-fill its setters."""
        builder: AsyncConversationsItemsRetrieveBuilder = self._op(
            "retrieve",
            (
                conversation_id,
                item_id,
            ),
            fields,
        )
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "conversations": (Conversations, AsyncConversations),
    "conversations.items": (ConversationsItems, AsyncConversationsItems),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "conversations.create": ConversationsCreateSetters,
    "conversations.delete": ConversationsDeleteSetters,
    "conversations.items.create": ConversationsItemsCreateSetters,
    "conversations.items.delete": ConversationsItemsDeleteSetters,
    "conversations.items.list": ConversationsItemsListSetters,
    "conversations.items.retrieve": ConversationsItemsRetrieveSetters,
    "conversations.retrieve": ConversationsRetrieveSetters,
    "conversations.update": ConversationsUpdateSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class ConversationsCreateBuilder(
        ConversationsCreateSetters, RequestBuilder[ConversationResource]
    ):
        """Builder of `conversations.create`: `send()` returns ConversationResource."""

    class AsyncConversationsCreateBuilder(
        ConversationsCreateSetters, AsyncRequestBuilder[ConversationResource]
    ):
        """Async builder of `conversations.create`: `await send()` returns ConversationResource."""

    class ConversationsDeleteBuilder(
        ConversationsDeleteSetters, RequestBuilder[DeletedConversationResource]
    ):
        """Builder of `conversations.delete`: `send()` returns DeletedConversationResource."""

    class AsyncConversationsDeleteBuilder(
        ConversationsDeleteSetters, AsyncRequestBuilder[DeletedConversationResource]
    ):
        """Async builder of `conversations.delete`: `await send()` returns DeletedConversationResource."""

    class ConversationsItemsCreateBuilder(
        ConversationsItemsCreateSetters, RequestBuilder[ConversationItemList]
    ):
        """Builder of `conversations.items.create`: `send()` returns ConversationItemList."""

    class AsyncConversationsItemsCreateBuilder(
        ConversationsItemsCreateSetters, AsyncRequestBuilder[ConversationItemList]
    ):
        """Async builder of `conversations.items.create`: `await send()` returns ConversationItemList."""

    class ConversationsItemsDeleteBuilder(
        ConversationsItemsDeleteSetters, RequestBuilder[ConversationResource]
    ):
        """Builder of `conversations.items.delete`: `send()` returns ConversationResource."""

    class AsyncConversationsItemsDeleteBuilder(
        ConversationsItemsDeleteSetters, AsyncRequestBuilder[ConversationResource]
    ):
        """Async builder of `conversations.items.delete`: `await send()` returns ConversationResource."""

    class ConversationsItemsListBuilder(ConversationsItemsListSetters, ListBuilder):
        """Builder of `conversations.items.list`: `send()` returns a Page of Message | FunctionToolCallResource | FunctionToolCallOutputResource | FileSearchToolCall | WebSearchToolCall | ImageGenToolCall | ComputerToolCall | ComputerToolCallOutputResource | ToolSearchCall | ToolSearchOutput | AdditionalTools | ReasoningItem | Program | ProgramOutput | CompactionBody | CodeInterpreterToolCall | LocalShellToolCall | LocalShellToolCallOutput | FunctionShellCall | FunctionShellCallOutput | ApplyPatchToolCall | ApplyPatchToolCallOutput | MCPListTools | MCPApprovalRequest | MCPApprovalResponseResource | MCPToolCall | CustomToolCall | CustomToolCallOutput."""

        def send(
            self,
        ) -> Page[
            Message
            | FunctionToolCallResource
            | FunctionToolCallOutputResource
            | FileSearchToolCall
            | WebSearchToolCall
            | ImageGenToolCall
            | ComputerToolCall
            | ComputerToolCallOutputResource
            | ToolSearchCall
            | ToolSearchOutput
            | AdditionalTools
            | ReasoningItem
            | Program
            | ProgramOutput
            | CompactionBody
            | CodeInterpreterToolCall
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | FunctionShellCall
            | FunctionShellCallOutput
            | ApplyPatchToolCall
            | ApplyPatchToolCallOutput
            | MCPListTools
            | MCPApprovalRequest
            | MCPApprovalResponseResource
            | MCPToolCall
            | CustomToolCall
            | CustomToolCallOutput
        ]: ...
        def send_with_meta(
            self,
        ) -> ApiResponse[
            Page[
                Message
                | FunctionToolCallResource
                | FunctionToolCallOutputResource
                | FileSearchToolCall
                | WebSearchToolCall
                | ImageGenToolCall
                | ComputerToolCall
                | ComputerToolCallOutputResource
                | ToolSearchCall
                | ToolSearchOutput
                | AdditionalTools
                | ReasoningItem
                | Program
                | ProgramOutput
                | CompactionBody
                | CodeInterpreterToolCall
                | LocalShellToolCall
                | LocalShellToolCallOutput
                | FunctionShellCall
                | FunctionShellCallOutput
                | ApplyPatchToolCall
                | ApplyPatchToolCallOutput
                | MCPListTools
                | MCPApprovalRequest
                | MCPApprovalResponseResource
                | MCPToolCall
                | CustomToolCall
                | CustomToolCallOutput
            ]
        ]: ...
        def iter_all(
            self,
        ) -> Iterator[
            Message
            | FunctionToolCallResource
            | FunctionToolCallOutputResource
            | FileSearchToolCall
            | WebSearchToolCall
            | ImageGenToolCall
            | ComputerToolCall
            | ComputerToolCallOutputResource
            | ToolSearchCall
            | ToolSearchOutput
            | AdditionalTools
            | ReasoningItem
            | Program
            | ProgramOutput
            | CompactionBody
            | CodeInterpreterToolCall
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | FunctionShellCall
            | FunctionShellCallOutput
            | ApplyPatchToolCall
            | ApplyPatchToolCallOutput
            | MCPListTools
            | MCPApprovalRequest
            | MCPApprovalResponseResource
            | MCPToolCall
            | CustomToolCall
            | CustomToolCallOutput
        ]: ...

    class AsyncConversationsItemsListBuilder(ConversationsItemsListSetters, AsyncListBuilder):
        """Async builder of `conversations.items.list`: `await send()` returns a Page of Message | FunctionToolCallResource | FunctionToolCallOutputResource | FileSearchToolCall | WebSearchToolCall | ImageGenToolCall | ComputerToolCall | ComputerToolCallOutputResource | ToolSearchCall | ToolSearchOutput | AdditionalTools | ReasoningItem | Program | ProgramOutput | CompactionBody | CodeInterpreterToolCall | LocalShellToolCall | LocalShellToolCallOutput | FunctionShellCall | FunctionShellCallOutput | ApplyPatchToolCall | ApplyPatchToolCallOutput | MCPListTools | MCPApprovalRequest | MCPApprovalResponseResource | MCPToolCall | CustomToolCall | CustomToolCallOutput."""

        async def send(
            self,
        ) -> AsyncPage[
            Message
            | FunctionToolCallResource
            | FunctionToolCallOutputResource
            | FileSearchToolCall
            | WebSearchToolCall
            | ImageGenToolCall
            | ComputerToolCall
            | ComputerToolCallOutputResource
            | ToolSearchCall
            | ToolSearchOutput
            | AdditionalTools
            | ReasoningItem
            | Program
            | ProgramOutput
            | CompactionBody
            | CodeInterpreterToolCall
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | FunctionShellCall
            | FunctionShellCallOutput
            | ApplyPatchToolCall
            | ApplyPatchToolCallOutput
            | MCPListTools
            | MCPApprovalRequest
            | MCPApprovalResponseResource
            | MCPToolCall
            | CustomToolCall
            | CustomToolCallOutput
        ]: ...
        async def send_with_meta(
            self,
        ) -> ApiResponse[
            AsyncPage[
                Message
                | FunctionToolCallResource
                | FunctionToolCallOutputResource
                | FileSearchToolCall
                | WebSearchToolCall
                | ImageGenToolCall
                | ComputerToolCall
                | ComputerToolCallOutputResource
                | ToolSearchCall
                | ToolSearchOutput
                | AdditionalTools
                | ReasoningItem
                | Program
                | ProgramOutput
                | CompactionBody
                | CodeInterpreterToolCall
                | LocalShellToolCall
                | LocalShellToolCallOutput
                | FunctionShellCall
                | FunctionShellCallOutput
                | ApplyPatchToolCall
                | ApplyPatchToolCallOutput
                | MCPListTools
                | MCPApprovalRequest
                | MCPApprovalResponseResource
                | MCPToolCall
                | CustomToolCall
                | CustomToolCallOutput
            ]
        ]: ...
        def iter_all(
            self,
        ) -> AsyncIterator[
            Message
            | FunctionToolCallResource
            | FunctionToolCallOutputResource
            | FileSearchToolCall
            | WebSearchToolCall
            | ImageGenToolCall
            | ComputerToolCall
            | ComputerToolCallOutputResource
            | ToolSearchCall
            | ToolSearchOutput
            | AdditionalTools
            | ReasoningItem
            | Program
            | ProgramOutput
            | CompactionBody
            | CodeInterpreterToolCall
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | FunctionShellCall
            | FunctionShellCallOutput
            | ApplyPatchToolCall
            | ApplyPatchToolCallOutput
            | MCPListTools
            | MCPApprovalRequest
            | MCPApprovalResponseResource
            | MCPToolCall
            | CustomToolCall
            | CustomToolCallOutput
        ]: ...

    class ConversationsItemsRetrieveBuilder(
        ConversationsItemsRetrieveSetters,
        RequestBuilder[
            Message
            | FunctionToolCallResource
            | FunctionToolCallOutputResource
            | FileSearchToolCall
            | WebSearchToolCall
            | ImageGenToolCall
            | ComputerToolCall
            | ComputerToolCallOutputResource
            | ToolSearchCall
            | ToolSearchOutput
            | AdditionalTools
            | ReasoningItem
            | Program
            | ProgramOutput
            | CompactionBody
            | CodeInterpreterToolCall
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | FunctionShellCall
            | FunctionShellCallOutput
            | ApplyPatchToolCall
            | ApplyPatchToolCallOutput
            | MCPListTools
            | MCPApprovalRequest
            | MCPApprovalResponseResource
            | MCPToolCall
            | CustomToolCall
            | CustomToolCallOutput
        ],
    ):
        """Builder of `conversations.items.retrieve`: `send()` returns Message | FunctionToolCallResource | FunctionToolCallOutputResource | FileSearchToolCall | WebSearchToolCall | ImageGenToolCall | ComputerToolCall | ComputerToolCallOutputResource | ToolSearchCall | ToolSearchOutput | AdditionalTools | ReasoningItem | Program | ProgramOutput | CompactionBody | CodeInterpreterToolCall | LocalShellToolCall | LocalShellToolCallOutput | FunctionShellCall | FunctionShellCallOutput | ApplyPatchToolCall | ApplyPatchToolCallOutput | MCPListTools | MCPApprovalRequest | MCPApprovalResponseResource | MCPToolCall | CustomToolCall | CustomToolCallOutput."""

    class AsyncConversationsItemsRetrieveBuilder(
        ConversationsItemsRetrieveSetters,
        AsyncRequestBuilder[
            Message
            | FunctionToolCallResource
            | FunctionToolCallOutputResource
            | FileSearchToolCall
            | WebSearchToolCall
            | ImageGenToolCall
            | ComputerToolCall
            | ComputerToolCallOutputResource
            | ToolSearchCall
            | ToolSearchOutput
            | AdditionalTools
            | ReasoningItem
            | Program
            | ProgramOutput
            | CompactionBody
            | CodeInterpreterToolCall
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | FunctionShellCall
            | FunctionShellCallOutput
            | ApplyPatchToolCall
            | ApplyPatchToolCallOutput
            | MCPListTools
            | MCPApprovalRequest
            | MCPApprovalResponseResource
            | MCPToolCall
            | CustomToolCall
            | CustomToolCallOutput
        ],
    ):
        """Async builder of `conversations.items.retrieve`: `await send()` returns Message | FunctionToolCallResource | FunctionToolCallOutputResource | FileSearchToolCall | WebSearchToolCall | ImageGenToolCall | ComputerToolCall | ComputerToolCallOutputResource | ToolSearchCall | ToolSearchOutput | AdditionalTools | ReasoningItem | Program | ProgramOutput | CompactionBody | CodeInterpreterToolCall | LocalShellToolCall | LocalShellToolCallOutput | FunctionShellCall | FunctionShellCallOutput | ApplyPatchToolCall | ApplyPatchToolCallOutput | MCPListTools | MCPApprovalRequest | MCPApprovalResponseResource | MCPToolCall | CustomToolCall | CustomToolCallOutput."""

    class ConversationsRetrieveBuilder(
        ConversationsRetrieveSetters, RequestBuilder[ConversationResource]
    ):
        """Builder of `conversations.retrieve`: `send()` returns ConversationResource."""

    class AsyncConversationsRetrieveBuilder(
        ConversationsRetrieveSetters, AsyncRequestBuilder[ConversationResource]
    ):
        """Async builder of `conversations.retrieve`: `await send()` returns ConversationResource."""

    class ConversationsUpdateBuilder(
        ConversationsUpdateSetters, RequestBuilder[ConversationResource]
    ):
        """Builder of `conversations.update`: `send()` returns ConversationResource."""

    class AsyncConversationsUpdateBuilder(
        ConversationsUpdateSetters, AsyncRequestBuilder[ConversationResource]
    ):
        """Async builder of `conversations.update`: `await send()` returns ConversationResource."""
