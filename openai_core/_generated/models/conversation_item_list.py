# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationItemList")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "data",
        "has_more",
        "first_id",
        "last_id",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ConversationItemList:
    """Schema `ConversationItemList`.

    Attributes:
        data (list[AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall |
            CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput |
            FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource |
            FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest
            | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | Program | ProgramOutput | ReasoningItem |
            ToolSearchCall | ToolSearchOutput | WebSearchToolCall]):
        has_more (bool):
        first_id (str):
        last_id (str):
        object_ (Literal['list'] | Unset): Always 'list'.
    """

    data: list[
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
    ]
    has_more: bool
    first_id: str
    last_id: str
    object_: Literal["list"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, Message):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, FunctionToolCallResource):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, FunctionToolCallOutputResource):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, FileSearchToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, WebSearchToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ImageGenToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ComputerToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ComputerToolCallOutputResource):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ToolSearchCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ToolSearchOutput):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, AdditionalTools):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ReasoningItem):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, Program):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ProgramOutput):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CompactionBody):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CodeInterpreterToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, LocalShellToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, LocalShellToolCallOutput):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, FunctionShellCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, FunctionShellCallOutput):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ApplyPatchToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ApplyPatchToolCallOutput):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, MCPListTools):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, MCPApprovalRequest):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, MCPApprovalResponseResource):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, MCPToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomToolCall):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        has_more = self.has_more

        first_id = self.first_id

        last_id = self.last_id

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "has_more": has_more,
                "first_id": first_id,
                "last_id": last_id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = []
        _data = d["data"]
        for data_item_data in _data:

            def _parse_data_item(
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
                    componentsschemas_conversation_item_type_1 = FunctionToolCallResource.from_dict(
                        data
                    )

                    return componentsschemas_conversation_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_conversation_item_type_2 = (
                        FunctionToolCallOutputResource.from_dict(data)
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
                    componentsschemas_conversation_item_type_7 = (
                        ComputerToolCallOutputResource.from_dict(data)
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
                    componentsschemas_conversation_item_type_15 = CodeInterpreterToolCall.from_dict(
                        data
                    )

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
                    componentsschemas_conversation_item_type_17 = (
                        LocalShellToolCallOutput.from_dict(data)
                    )

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
                    componentsschemas_conversation_item_type_19 = FunctionShellCallOutput.from_dict(
                        data
                    )

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
                    componentsschemas_conversation_item_type_21 = (
                        ApplyPatchToolCallOutput.from_dict(data)
                    )

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
                    componentsschemas_conversation_item_type_24 = (
                        MCPApprovalResponseResource.from_dict(data)
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

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        has_more = d["has_more"]

        first_id = d["first_id"]

        last_id = d["last_id"]

        object_ = cast("Literal['list'] | Unset", d.get("object", UNSET))
        if object_ != "list" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'list', got '{object_}'")

        conversation_item_list = cls(
            data=data,
            has_more=has_more,
            first_id=first_id,
            last_id=last_id,
            object_=object_,
        )

        conversation_item_list.additional_properties = _extra_fields(d)
        return conversation_item_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: the classes above exist before any model that refers back to them is loaded.
from ..models.additional_tools import AdditionalTools  # noqa: E402
from ..models.apply_patch_tool_call import ApplyPatchToolCall  # noqa: E402
from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput  # noqa: E402
from ..models.code_interpreter_tool_call import CodeInterpreterToolCall  # noqa: E402
from ..models.compaction_body import CompactionBody  # noqa: E402
from ..models.computer_tool_call import ComputerToolCall  # noqa: E402
from ..models.computer_tool_call_output_resource import ComputerToolCallOutputResource  # noqa: E402
from ..models.custom_tool_call import CustomToolCall  # noqa: E402
from ..models.custom_tool_call_output import CustomToolCallOutput  # noqa: E402
from ..models.file_search_tool_call import FileSearchToolCall  # noqa: E402
from ..models.function_shell_call import FunctionShellCall  # noqa: E402
from ..models.function_shell_call_output import FunctionShellCallOutput  # noqa: E402
from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource  # noqa: E402
from ..models.function_tool_call_resource import FunctionToolCallResource  # noqa: E402
from ..models.image_gen_tool_call import ImageGenToolCall  # noqa: E402
from ..models.local_shell_tool_call import LocalShellToolCall  # noqa: E402
from ..models.local_shell_tool_call_output import LocalShellToolCallOutput  # noqa: E402
from ..models.mcp_approval_request import MCPApprovalRequest  # noqa: E402
from ..models.mcp_approval_response_resource import MCPApprovalResponseResource  # noqa: E402
from ..models.mcp_list_tools import MCPListTools  # noqa: E402
from ..models.mcp_tool_call import MCPToolCall  # noqa: E402
from ..models.message import Message  # noqa: E402
from ..models.program import Program  # noqa: E402
from ..models.program_output import ProgramOutput  # noqa: E402
from ..models.reasoning_item import ReasoningItem  # noqa: E402
from ..models.tool_search_call import ToolSearchCall  # noqa: E402
from ..models.tool_search_output import ToolSearchOutput  # noqa: E402
from ..models.web_search_tool_call import WebSearchToolCall  # noqa: E402
