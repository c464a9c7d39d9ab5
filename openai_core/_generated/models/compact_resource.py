# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompactResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "output",
        "created_at",
        "usage",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CompactResource:
    """Schema `CompactResource`.

    Attributes:
        id (str):
        output (list[AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall |
            CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput |
            FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCall | FunctionToolCallOutput |
            ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest |
            MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | Program | ProgramOutput | ReasoningItem |
            ToolSearchCall | ToolSearchOutput | WebSearchToolCall]):
        created_at (int):
        usage (ResponseUsage): Schema `ResponseUsage`.
        object_ (Literal['response.compaction'] | Unset): Always 'response.compaction'.
    """

    id: str
    output: list[
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
        | FunctionToolCall
        | FunctionToolCallOutput
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
    created_at: int
    usage: ResponseUsage
    object_: Literal["response.compaction"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        output = []
        for output_item_data in self.output:
            output_item: dict[str, Any]
            if isinstance(output_item_data, Message):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, Program):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ProgramOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, FunctionToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ToolSearchCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ToolSearchOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, AdditionalTools):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, FunctionToolCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, FileSearchToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, WebSearchToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ImageGenToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ComputerToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ComputerToolCallOutputResource):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ReasoningItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, CompactionBody):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, CodeInterpreterToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, LocalShellToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, LocalShellToolCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, FunctionShellCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, FunctionShellCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ApplyPatchToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ApplyPatchToolCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, MCPListTools):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, MCPApprovalRequest):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, MCPApprovalResponseResource):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, MCPToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, CustomToolCall):
                output_item = output_item_data.to_dict()
            else:
                output_item = output_item_data.to_dict()

            output.append(output_item)

        created_at = self.created_at

        usage = self.usage.to_dict()

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "output": output,
                "created_at": created_at,
                "usage": usage,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        output = []
        _output = d["output"]
        for output_item_data in _output:

            def _parse_output_item(
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
                | FunctionToolCall
                | FunctionToolCallOutput
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
                    componentsschemas_item_field_type_0 = Message.from_dict(data)

                    return componentsschemas_item_field_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_1 = Program.from_dict(data)

                    return componentsschemas_item_field_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_2 = ProgramOutput.from_dict(data)

                    return componentsschemas_item_field_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_3 = FunctionToolCall.from_dict(data)

                    return componentsschemas_item_field_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_4 = ToolSearchCall.from_dict(data)

                    return componentsschemas_item_field_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_5 = ToolSearchOutput.from_dict(data)

                    return componentsschemas_item_field_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_6 = AdditionalTools.from_dict(data)

                    return componentsschemas_item_field_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_7 = FunctionToolCallOutput.from_dict(data)

                    return componentsschemas_item_field_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_8 = FileSearchToolCall.from_dict(data)

                    return componentsschemas_item_field_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_9 = WebSearchToolCall.from_dict(data)

                    return componentsschemas_item_field_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_10 = ImageGenToolCall.from_dict(data)

                    return componentsschemas_item_field_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_11 = ComputerToolCall.from_dict(data)

                    return componentsschemas_item_field_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_12 = ComputerToolCallOutputResource.from_dict(
                        data
                    )

                    return componentsschemas_item_field_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_13 = ReasoningItem.from_dict(data)

                    return componentsschemas_item_field_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_14 = CompactionBody.from_dict(data)

                    return componentsschemas_item_field_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_15 = CodeInterpreterToolCall.from_dict(data)

                    return componentsschemas_item_field_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_16 = LocalShellToolCall.from_dict(data)

                    return componentsschemas_item_field_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_17 = LocalShellToolCallOutput.from_dict(data)

                    return componentsschemas_item_field_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_18 = FunctionShellCall.from_dict(data)

                    return componentsschemas_item_field_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_19 = FunctionShellCallOutput.from_dict(data)

                    return componentsschemas_item_field_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_20 = ApplyPatchToolCall.from_dict(data)

                    return componentsschemas_item_field_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_21 = ApplyPatchToolCallOutput.from_dict(data)

                    return componentsschemas_item_field_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_22 = MCPListTools.from_dict(data)

                    return componentsschemas_item_field_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_23 = MCPApprovalRequest.from_dict(data)

                    return componentsschemas_item_field_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_24 = MCPApprovalResponseResource.from_dict(
                        data
                    )

                    return componentsschemas_item_field_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_25 = MCPToolCall.from_dict(data)

                    return componentsschemas_item_field_type_25
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_26 = CustomToolCall.from_dict(data)

                    return componentsschemas_item_field_type_26
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_item_field_type_27 = CustomToolCallOutput.from_dict(data)

                return componentsschemas_item_field_type_27

            output_item = _parse_output_item(output_item_data)

            output.append(output_item)

        created_at = d["created_at"]

        usage = ResponseUsage.from_dict(d["usage"])

        object_ = cast("Literal['response.compaction'] | Unset", d.get("object", UNSET))
        if object_ != "response.compaction" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'response.compaction', got '{object_}'")

        compact_resource = cls(
            id=id,
            output=output,
            created_at=created_at,
            usage=usage,
            object_=object_,
        )

        compact_resource.additional_properties = _extra_fields(d)
        return compact_resource

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
from ..models.function_tool_call import FunctionToolCall  # noqa: E402
from ..models.function_tool_call_output import FunctionToolCallOutput  # noqa: E402
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
from ..models.response_usage import ResponseUsage  # noqa: E402
from ..models.tool_search_call import ToolSearchCall  # noqa: E402
from ..models.tool_search_output import ToolSearchOutput  # noqa: E402
from ..models.web_search_tool_call import WebSearchToolCall  # noqa: E402
