# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`conversations.items.retrieve`: GET /conversations/{conversation_id}/items/{item_id} (operation `getConversationItem`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.additional_tools import AdditionalTools
from ...models.apply_patch_tool_call import ApplyPatchToolCall
from ...models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
from ...models.code_interpreter_tool_call import CodeInterpreterToolCall
from ...models.compaction_body import CompactionBody
from ...models.computer_tool_call import ComputerToolCall
from ...models.computer_tool_call_output_resource import ComputerToolCallOutputResource
from ...models.custom_tool_call import CustomToolCall
from ...models.custom_tool_call_output import CustomToolCallOutput
from ...models.file_search_tool_call import FileSearchToolCall
from ...models.function_shell_call import FunctionShellCall
from ...models.function_shell_call_output import FunctionShellCallOutput
from ...models.function_tool_call_output_resource import FunctionToolCallOutputResource
from ...models.function_tool_call_resource import FunctionToolCallResource
from ...models.image_gen_tool_call import ImageGenToolCall
from ...models.include_enum import IncludeEnum
from ...models.local_shell_tool_call import LocalShellToolCall
from ...models.local_shell_tool_call_output import LocalShellToolCallOutput
from ...models.mcp_approval_request import MCPApprovalRequest
from ...models.mcp_approval_response_resource import MCPApprovalResponseResource
from ...models.mcp_list_tools import MCPListTools
from ...models.mcp_tool_call import MCPToolCall
from ...models.message import Message
from ...models.program import Program
from ...models.program_output import ProgramOutput
from ...models.reasoning_item import ReasoningItem
from ...models.tool_search_call import ToolSearchCall
from ...models.tool_search_output import ToolSearchOutput
from ...models.web_search_tool_call import WebSearchToolCall
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "getConversationItem"
ENDPOINT_ID = "conversations.items.retrieve"
METHOD = "GET"
PATH = "/conversations/{conversation_id}/items/{item_id}"
STREAMABLE = False


def request_kwargs(
    conversation_id: str,
    item_id: str,
    *,
    include: list[IncludeEnum] | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `conversations.items.retrieve`.

    Args:
        conversation_id (str):
        item_id (str):
        include (list[IncludeEnum] | Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    add_query_param(params, "include", json_include)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            conversation_id=encode_path_segment(conversation_id),
            item_id=encode_path_segment(item_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response,
) -> (
    AdditionalTools
    | ApplyPatchToolCall
    | ApplyPatchToolCallOutput
    | CodeInterpreterToolCall
    | CompactionBody
    | ComputerToolCall
    | ComputerToolCallOutputResource
    | CustomToolCall
    | CustomToolCallOutput
    | FileSearchToolCall
    | FunctionShellCall
    | FunctionShellCallOutput
    | FunctionToolCallOutputResource
    | FunctionToolCallResource
    | ImageGenToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | MCPApprovalRequest
    | MCPApprovalResponseResource
    | MCPListTools
    | MCPToolCall
    | Message
    | Program
    | ProgramOutput
    | ReasoningItem
    | ToolSearchCall
    | ToolSearchOutput
    | WebSearchToolCall
):
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)

    def _parse_response_200(
        data: object,
    ) -> (
        AdditionalTools
        | ApplyPatchToolCall
        | ApplyPatchToolCallOutput
        | CodeInterpreterToolCall
        | CompactionBody
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | CustomToolCall
        | CustomToolCallOutput
        | FileSearchToolCall
        | FunctionShellCall
        | FunctionShellCallOutput
        | FunctionToolCallOutputResource
        | FunctionToolCallResource
        | ImageGenToolCall
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | MCPApprovalRequest
        | MCPApprovalResponseResource
        | MCPListTools
        | MCPToolCall
        | Message
        | Program
        | ProgramOutput
        | ReasoningItem
        | ToolSearchCall
        | ToolSearchOutput
        | WebSearchToolCall
    ):
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_0 = Message.from_dict(data)

            return componentsschemas_conversation_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_1 = FunctionToolCallResource.from_dict(data)

            return componentsschemas_conversation_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_2 = FunctionToolCallOutputResource.from_dict(
                data
            )

            return componentsschemas_conversation_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_3 = FileSearchToolCall.from_dict(data)

            return componentsschemas_conversation_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_4 = WebSearchToolCall.from_dict(data)

            return componentsschemas_conversation_item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_5 = ImageGenToolCall.from_dict(data)

            return componentsschemas_conversation_item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_6 = ComputerToolCall.from_dict(data)

            return componentsschemas_conversation_item_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_7 = ComputerToolCallOutputResource.from_dict(
                data
            )

            return componentsschemas_conversation_item_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_8 = ToolSearchCall.from_dict(data)

            return componentsschemas_conversation_item_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_9 = ToolSearchOutput.from_dict(data)

            return componentsschemas_conversation_item_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_10 = AdditionalTools.from_dict(data)

            return componentsschemas_conversation_item_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_11 = ReasoningItem.from_dict(data)

            return componentsschemas_conversation_item_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_12 = Program.from_dict(data)

            return componentsschemas_conversation_item_type_12
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_13 = ProgramOutput.from_dict(data)

            return componentsschemas_conversation_item_type_13
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_14 = CompactionBody.from_dict(data)

            return componentsschemas_conversation_item_type_14
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_15 = CodeInterpreterToolCall.from_dict(data)

            return componentsschemas_conversation_item_type_15
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_16 = LocalShellToolCall.from_dict(data)

            return componentsschemas_conversation_item_type_16
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_17 = LocalShellToolCallOutput.from_dict(data)

            return componentsschemas_conversation_item_type_17
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_18 = FunctionShellCall.from_dict(data)

            return componentsschemas_conversation_item_type_18
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_19 = FunctionShellCallOutput.from_dict(data)

            return componentsschemas_conversation_item_type_19
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_20 = ApplyPatchToolCall.from_dict(data)

            return componentsschemas_conversation_item_type_20
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_21 = ApplyPatchToolCallOutput.from_dict(data)

            return componentsschemas_conversation_item_type_21
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_22 = MCPListTools.from_dict(data)

            return componentsschemas_conversation_item_type_22
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_23 = MCPApprovalRequest.from_dict(data)

            return componentsschemas_conversation_item_type_23
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_24 = MCPApprovalResponseResource.from_dict(
                data
            )

            return componentsschemas_conversation_item_type_24
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_25 = MCPToolCall.from_dict(data)

            return componentsschemas_conversation_item_type_25
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_26 = CustomToolCall.from_dict(data)

            return componentsschemas_conversation_item_type_26
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_conversation_item_type_27 = CustomToolCallOutput.from_dict(data)

        return componentsschemas_conversation_item_type_27

    response_200 = _parse_response_200(data)

    return response_200
