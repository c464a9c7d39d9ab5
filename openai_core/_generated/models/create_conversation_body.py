# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateConversationBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "metadata",
        "items",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateConversationBody:
    """Schema `CreateConversationBody`.

    Attributes:
        metadata (MetadataType0 | None | Unset):
        items (list[AdditionalToolsItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam |
            CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam
            | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall |
            FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall |
            ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput |
            MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ProgramItemParam |
            ProgramOutputItemParam | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam |
            WebSearchToolCall] | None | Unset):
    """

    metadata: MetadataType0 | None | Unset = UNSET
    items: (
        list[
            AdditionalToolsItemParam
            | ApplyPatchToolCallItemParam
            | ApplyPatchToolCallOutputItemParam
            | CodeInterpreterToolCall
            | CompactionSummaryItemParam
            | CompactionTriggerItemParam
            | ComputerCallOutputItemParam
            | ComputerToolCall
            | CustomToolCall
            | CustomToolCallOutput
            | EasyInputMessage
            | FileSearchToolCall
            | FunctionCallOutputItemParam
            | FunctionShellCallItemParam
            | FunctionShellCallOutputItemParam
            | FunctionToolCall
            | ImageGenToolCall
            | InputMessage
            | ItemReferenceParam
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | MCPApprovalRequest
            | MCPApprovalResponse
            | MCPListTools
            | MCPToolCall
            | OutputMessage
            | ProgramItemParam
            | ProgramOutputItemParam
            | ReasoningItem
            | ToolSearchCallItemParam
            | ToolSearchOutputItemParam
            | WebSearchToolCall
        ]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item: dict[str, Any]
                if isinstance(items_type_0_item_data, EasyInputMessage):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, InputMessage):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, OutputMessage):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, FileSearchToolCall):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ComputerToolCall):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ComputerCallOutputItemParam):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, WebSearchToolCall):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, FunctionToolCall):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, FunctionCallOutputItemParam):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ToolSearchCallItemParam):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ToolSearchOutputItemParam):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, AdditionalToolsItemParam):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ReasoningItem):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, CompactionSummaryItemParam):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ImageGenToolCall):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, CodeInterpreterToolCall):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, LocalShellToolCall):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, LocalShellToolCallOutput):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, FunctionShellCallItemParam):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, FunctionShellCallOutputItemParam):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ApplyPatchToolCallItemParam):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ApplyPatchToolCallOutputItemParam):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, MCPListTools):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, MCPApprovalRequest):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, MCPApprovalResponse):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, MCPToolCall):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, CustomToolCallOutput):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, CustomToolCall):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, CompactionTriggerItemParam):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ItemReferenceParam):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ProgramItemParam):
                    items_type_0_item = items_type_0_item_data.to_dict()
                else:
                    items_type_0_item = items_type_0_item_data.to_dict()

                items.append(items_type_0_item)

        else:
            items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                return componentsschemas_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MetadataType0 | None | Unset", data)

        metadata = _parse_metadata(d.get("metadata", UNSET))

        def _parse_items(
            data: object,
        ) -> (
            list[
                AdditionalToolsItemParam
                | ApplyPatchToolCallItemParam
                | ApplyPatchToolCallOutputItemParam
                | CodeInterpreterToolCall
                | CompactionSummaryItemParam
                | CompactionTriggerItemParam
                | ComputerCallOutputItemParam
                | ComputerToolCall
                | CustomToolCall
                | CustomToolCallOutput
                | EasyInputMessage
                | FileSearchToolCall
                | FunctionCallOutputItemParam
                | FunctionShellCallItemParam
                | FunctionShellCallOutputItemParam
                | FunctionToolCall
                | ImageGenToolCall
                | InputMessage
                | ItemReferenceParam
                | LocalShellToolCall
                | LocalShellToolCallOutput
                | MCPApprovalRequest
                | MCPApprovalResponse
                | MCPListTools
                | MCPToolCall
                | OutputMessage
                | ProgramItemParam
                | ProgramOutputItemParam
                | ReasoningItem
                | ToolSearchCallItemParam
                | ToolSearchOutputItemParam
                | WebSearchToolCall
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:

                    def _parse_items_type_0_item(
                        data: object,
                    ) -> (
                        AdditionalToolsItemParam
                        | ApplyPatchToolCallItemParam
                        | ApplyPatchToolCallOutputItemParam
                        | CodeInterpreterToolCall
                        | CompactionSummaryItemParam
                        | CompactionTriggerItemParam
                        | ComputerCallOutputItemParam
                        | ComputerToolCall
                        | CustomToolCall
                        | CustomToolCallOutput
                        | EasyInputMessage
                        | FileSearchToolCall
                        | FunctionCallOutputItemParam
                        | FunctionShellCallItemParam
                        | FunctionShellCallOutputItemParam
                        | FunctionToolCall
                        | ImageGenToolCall
                        | InputMessage
                        | ItemReferenceParam
                        | LocalShellToolCall
                        | LocalShellToolCallOutput
                        | MCPApprovalRequest
                        | MCPApprovalResponse
                        | MCPListTools
                        | MCPToolCall
                        | OutputMessage
                        | ProgramItemParam
                        | ProgramOutputItemParam
                        | ReasoningItem
                        | ToolSearchCallItemParam
                        | ToolSearchOutputItemParam
                        | WebSearchToolCall
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_item_type_0 = EasyInputMessage.from_dict(data)

                            return componentsschemas_input_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_0 = InputMessage.from_dict(data)

                            return componentsschemas_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_1 = OutputMessage.from_dict(data)

                            return componentsschemas_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_2 = FileSearchToolCall.from_dict(data)

                            return componentsschemas_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_3 = ComputerToolCall.from_dict(data)

                            return componentsschemas_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_4 = ComputerCallOutputItemParam.from_dict(
                                data
                            )

                            return componentsschemas_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_5 = WebSearchToolCall.from_dict(data)

                            return componentsschemas_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_6 = FunctionToolCall.from_dict(data)

                            return componentsschemas_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_7 = FunctionCallOutputItemParam.from_dict(
                                data
                            )

                            return componentsschemas_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_8 = ToolSearchCallItemParam.from_dict(data)

                            return componentsschemas_item_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_9 = ToolSearchOutputItemParam.from_dict(
                                data
                            )

                            return componentsschemas_item_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_10 = AdditionalToolsItemParam.from_dict(
                                data
                            )

                            return componentsschemas_item_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_11 = ReasoningItem.from_dict(data)

                            return componentsschemas_item_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_12 = CompactionSummaryItemParam.from_dict(
                                data
                            )

                            return componentsschemas_item_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_13 = ImageGenToolCall.from_dict(data)

                            return componentsschemas_item_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_14 = CodeInterpreterToolCall.from_dict(data)

                            return componentsschemas_item_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_15 = LocalShellToolCall.from_dict(data)

                            return componentsschemas_item_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_16 = LocalShellToolCallOutput.from_dict(
                                data
                            )

                            return componentsschemas_item_type_16
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_17 = FunctionShellCallItemParam.from_dict(
                                data
                            )

                            return componentsschemas_item_type_17
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_18 = (
                                FunctionShellCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_item_type_18
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_19 = ApplyPatchToolCallItemParam.from_dict(
                                data
                            )

                            return componentsschemas_item_type_19
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_20 = (
                                ApplyPatchToolCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_item_type_20
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_21 = MCPListTools.from_dict(data)

                            return componentsschemas_item_type_21
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_22 = MCPApprovalRequest.from_dict(data)

                            return componentsschemas_item_type_22
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_23 = MCPApprovalResponse.from_dict(data)

                            return componentsschemas_item_type_23
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_24 = MCPToolCall.from_dict(data)

                            return componentsschemas_item_type_24
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_25 = CustomToolCallOutput.from_dict(data)

                            return componentsschemas_item_type_25
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_26 = CustomToolCall.from_dict(data)

                            return componentsschemas_item_type_26
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_item_type_2 = (
                                CompactionTriggerItemParam.from_dict(data)
                            )

                            return componentsschemas_input_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_item_type_3 = ItemReferenceParam.from_dict(data)

                            return componentsschemas_input_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_item_type_4 = ProgramItemParam.from_dict(data)

                            return componentsschemas_input_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_input_item_type_5 = ProgramOutputItemParam.from_dict(data)

                        return componentsschemas_input_item_type_5

                    items_type_0_item = _parse_items_type_0_item(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[AdditionalToolsItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall | FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall | ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ProgramItemParam | ProgramOutputItemParam | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam | WebSearchToolCall] | None | Unset",
                data,
            )

        items = _parse_items(d.get("items", UNSET))

        create_conversation_body = cls(
            metadata=metadata,
            items=items,
        )

        create_conversation_body.additional_properties = _extra_fields(d)
        return create_conversation_body

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
from ..models.additional_tools_item_param import AdditionalToolsItemParam  # noqa: E402
from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam  # noqa: E402
from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam  # noqa: E402
from ..models.code_interpreter_tool_call import CodeInterpreterToolCall  # noqa: E402
from ..models.compaction_summary_item_param import CompactionSummaryItemParam  # noqa: E402
from ..models.compaction_trigger_item_param import CompactionTriggerItemParam  # noqa: E402
from ..models.computer_call_output_item_param import ComputerCallOutputItemParam  # noqa: E402
from ..models.computer_tool_call import ComputerToolCall  # noqa: E402
from ..models.custom_tool_call import CustomToolCall  # noqa: E402
from ..models.custom_tool_call_output import CustomToolCallOutput  # noqa: E402
from ..models.easy_input_message import EasyInputMessage  # noqa: E402
from ..models.file_search_tool_call import FileSearchToolCall  # noqa: E402
from ..models.function_call_output_item_param import FunctionCallOutputItemParam  # noqa: E402
from ..models.function_shell_call_item_param import FunctionShellCallItemParam  # noqa: E402
from ..models.function_shell_call_output_item_param import FunctionShellCallOutputItemParam  # noqa: E402
from ..models.function_tool_call import FunctionToolCall  # noqa: E402
from ..models.image_gen_tool_call import ImageGenToolCall  # noqa: E402
from ..models.input_message import InputMessage  # noqa: E402
from ..models.item_reference_param import ItemReferenceParam  # noqa: E402
from ..models.local_shell_tool_call import LocalShellToolCall  # noqa: E402
from ..models.local_shell_tool_call_output import LocalShellToolCallOutput  # noqa: E402
from ..models.mcp_approval_request import MCPApprovalRequest  # noqa: E402
from ..models.mcp_approval_response import MCPApprovalResponse  # noqa: E402
from ..models.mcp_list_tools import MCPListTools  # noqa: E402
from ..models.mcp_tool_call import MCPToolCall  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
from ..models.output_message import OutputMessage  # noqa: E402
from ..models.program_item_param import ProgramItemParam  # noqa: E402
from ..models.program_output_item_param import ProgramOutputItemParam  # noqa: E402
from ..models.reasoning_item import ReasoningItem  # noqa: E402
from ..models.tool_search_call_item_param import ToolSearchCallItemParam  # noqa: E402
from ..models.tool_search_output_item_param import ToolSearchOutputItemParam  # noqa: E402
from ..models.web_search_tool_call import WebSearchToolCall  # noqa: E402
