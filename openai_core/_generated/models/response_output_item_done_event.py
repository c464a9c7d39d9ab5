# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponseOutputItemDoneEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "output_index",
        "sequence_number",
        "item",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ResponseOutputItemDoneEvent:
    """Schema `ResponseOutputItemDoneEvent`.

    Attributes:
        type_ (Literal['response.output_item.done']): Always 'response.output_item.done'.
        output_index (int):
        sequence_number (int):
        item (AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody
            | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutputResource |
            FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCall |
            FunctionToolCallOutputResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput |
            MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | OutputMessage | Program |
            ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall): Schema `OutputItem`.
    """

    type_: Literal["response.output_item.done"]
    output_index: int
    sequence_number: int
    item: (
        AdditionalTools
        | ApplyPatchToolCall
        | ApplyPatchToolCallOutput
        | CodeInterpreterToolCall
        | CompactionBody
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | CustomToolCall
        | CustomToolCallOutputResource
        | FileSearchToolCall
        | FunctionShellCall
        | FunctionShellCallOutput
        | FunctionToolCall
        | FunctionToolCallOutputResource
        | ImageGenToolCall
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | MCPApprovalRequest
        | MCPApprovalResponseResource
        | MCPListTools
        | MCPToolCall
        | OutputMessage
        | Program
        | ProgramOutput
        | ReasoningItem
        | ToolSearchCall
        | ToolSearchOutput
        | WebSearchToolCall
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        output_index = self.output_index

        sequence_number = self.sequence_number

        item: dict[str, Any]
        if isinstance(self.item, OutputMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, FileSearchToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, FunctionToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, FunctionToolCallOutputResource):
            item = self.item.to_dict()
        elif isinstance(self.item, WebSearchToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ComputerToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ComputerToolCallOutputResource):
            item = self.item.to_dict()
        elif isinstance(self.item, ReasoningItem):
            item = self.item.to_dict()
        elif isinstance(self.item, Program):
            item = self.item.to_dict()
        elif isinstance(self.item, ProgramOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, ToolSearchCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ToolSearchOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, AdditionalTools):
            item = self.item.to_dict()
        elif isinstance(self.item, CompactionBody):
            item = self.item.to_dict()
        elif isinstance(self.item, ImageGenToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, CodeInterpreterToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LocalShellToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LocalShellToolCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, FunctionShellCall):
            item = self.item.to_dict()
        elif isinstance(self.item, FunctionShellCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, ApplyPatchToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ApplyPatchToolCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, MCPToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, MCPListTools):
            item = self.item.to_dict()
        elif isinstance(self.item, MCPApprovalRequest):
            item = self.item.to_dict()
        elif isinstance(self.item, MCPApprovalResponseResource):
            item = self.item.to_dict()
        elif isinstance(self.item, CustomToolCall):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "output_index": output_index,
                "sequence_number": sequence_number,
                "item": item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['response.output_item.done']", d["type"])
        if type_ != "response.output_item.done":
            raise ValueError(f"type must match const 'response.output_item.done', got '{type_}'")

        output_index = d["output_index"]

        sequence_number = d["sequence_number"]

        def _parse_item(
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
            | CustomToolCallOutputResource
            | FileSearchToolCall
            | FunctionShellCall
            | FunctionShellCallOutput
            | FunctionToolCall
            | FunctionToolCallOutputResource
            | ImageGenToolCall
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | MCPApprovalRequest
            | MCPApprovalResponseResource
            | MCPListTools
            | MCPToolCall
            | OutputMessage
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
                componentsschemas_output_item_type_0 = OutputMessage.from_dict(data)

                return componentsschemas_output_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_1 = FileSearchToolCall.from_dict(data)

                return componentsschemas_output_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_2 = FunctionToolCall.from_dict(data)

                return componentsschemas_output_item_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_3 = FunctionToolCallOutputResource.from_dict(
                    data
                )

                return componentsschemas_output_item_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_4 = WebSearchToolCall.from_dict(data)

                return componentsschemas_output_item_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_5 = ComputerToolCall.from_dict(data)

                return componentsschemas_output_item_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_6 = ComputerToolCallOutputResource.from_dict(
                    data
                )

                return componentsschemas_output_item_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_7 = ReasoningItem.from_dict(data)

                return componentsschemas_output_item_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_8 = Program.from_dict(data)

                return componentsschemas_output_item_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_9 = ProgramOutput.from_dict(data)

                return componentsschemas_output_item_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_10 = ToolSearchCall.from_dict(data)

                return componentsschemas_output_item_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_11 = ToolSearchOutput.from_dict(data)

                return componentsschemas_output_item_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_12 = AdditionalTools.from_dict(data)

                return componentsschemas_output_item_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_13 = CompactionBody.from_dict(data)

                return componentsschemas_output_item_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_14 = ImageGenToolCall.from_dict(data)

                return componentsschemas_output_item_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_15 = CodeInterpreterToolCall.from_dict(data)

                return componentsschemas_output_item_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_16 = LocalShellToolCall.from_dict(data)

                return componentsschemas_output_item_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_17 = LocalShellToolCallOutput.from_dict(data)

                return componentsschemas_output_item_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_18 = FunctionShellCall.from_dict(data)

                return componentsschemas_output_item_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_19 = FunctionShellCallOutput.from_dict(data)

                return componentsschemas_output_item_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_20 = ApplyPatchToolCall.from_dict(data)

                return componentsschemas_output_item_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_21 = ApplyPatchToolCallOutput.from_dict(data)

                return componentsschemas_output_item_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_22 = MCPToolCall.from_dict(data)

                return componentsschemas_output_item_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_23 = MCPListTools.from_dict(data)

                return componentsschemas_output_item_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_24 = MCPApprovalRequest.from_dict(data)

                return componentsschemas_output_item_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_25 = MCPApprovalResponseResource.from_dict(data)

                return componentsschemas_output_item_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_26 = CustomToolCall.from_dict(data)

                return componentsschemas_output_item_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_output_item_type_27 = CustomToolCallOutputResource.from_dict(data)

            return componentsschemas_output_item_type_27

        item = _parse_item(d["item"])

        response_output_item_done_event = cls(
            type_=type_,
            output_index=output_index,
            sequence_number=sequence_number,
            item=item,
        )

        response_output_item_done_event.additional_properties = _extra_fields(d)
        return response_output_item_done_event

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
from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource  # noqa: E402
from ..models.file_search_tool_call import FileSearchToolCall  # noqa: E402
from ..models.function_shell_call import FunctionShellCall  # noqa: E402
from ..models.function_shell_call_output import FunctionShellCallOutput  # noqa: E402
from ..models.function_tool_call import FunctionToolCall  # noqa: E402
from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource  # noqa: E402
from ..models.image_gen_tool_call import ImageGenToolCall  # noqa: E402
from ..models.local_shell_tool_call import LocalShellToolCall  # noqa: E402
from ..models.local_shell_tool_call_output import LocalShellToolCallOutput  # noqa: E402
from ..models.mcp_approval_request import MCPApprovalRequest  # noqa: E402
from ..models.mcp_approval_response_resource import MCPApprovalResponseResource  # noqa: E402
from ..models.mcp_list_tools import MCPListTools  # noqa: E402
from ..models.mcp_tool_call import MCPToolCall  # noqa: E402
from ..models.output_message import OutputMessage  # noqa: E402
from ..models.program import Program  # noqa: E402
from ..models.program_output import ProgramOutput  # noqa: E402
from ..models.reasoning_item import ReasoningItem  # noqa: E402
from ..models.tool_search_call import ToolSearchCall  # noqa: E402
from ..models.tool_search_output import ToolSearchOutput  # noqa: E402
from ..models.web_search_tool_call import WebSearchToolCall  # noqa: E402
