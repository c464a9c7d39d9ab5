# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaResponseItemList")

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
class BetaResponseItemList:
    """Schema `BetaResponseItemList`.

    Attributes:
        data (list[BetaAdditionalTools | BetaAgentMessage | BetaApplyPatchToolCall | BetaApplyPatchToolCallOutput |
            BetaCodeInterpreterToolCall | BetaCompactionBody | BetaComputerToolCall | BetaComputerToolCallOutputResource |
            BetaCustomToolCallOutputResource | BetaCustomToolCallResource | BetaFileSearchToolCall | BetaFunctionShellCall |
            BetaFunctionShellCallOutput | BetaFunctionToolCallOutputResource | BetaFunctionToolCallResource |
            BetaImageGenToolCall | BetaInputMessageResource | BetaLocalShellToolCall | BetaLocalShellToolCallOutput |
            BetaMCPApprovalRequest | BetaMCPApprovalResponseResource | BetaMCPListTools | BetaMCPToolCall |
            BetaMultiAgentCall | BetaMultiAgentCallOutput | BetaOutputMessage | BetaProgram | BetaProgramOutput |
            BetaReasoningItem | BetaToolSearchCall | BetaToolSearchOutput | BetaWebSearchToolCall]):
        has_more (bool):
        first_id (str):
        last_id (str):
        object_ (Literal['list'] | Unset): Always 'list'.
    """

    data: list[
        BetaAdditionalTools
        | BetaAgentMessage
        | BetaApplyPatchToolCall
        | BetaApplyPatchToolCallOutput
        | BetaCodeInterpreterToolCall
        | BetaCompactionBody
        | BetaComputerToolCall
        | BetaComputerToolCallOutputResource
        | BetaCustomToolCallOutputResource
        | BetaCustomToolCallResource
        | BetaFileSearchToolCall
        | BetaFunctionShellCall
        | BetaFunctionShellCallOutput
        | BetaFunctionToolCallOutputResource
        | BetaFunctionToolCallResource
        | BetaImageGenToolCall
        | BetaInputMessageResource
        | BetaLocalShellToolCall
        | BetaLocalShellToolCallOutput
        | BetaMCPApprovalRequest
        | BetaMCPApprovalResponseResource
        | BetaMCPListTools
        | BetaMCPToolCall
        | BetaMultiAgentCall
        | BetaMultiAgentCallOutput
        | BetaOutputMessage
        | BetaProgram
        | BetaProgramOutput
        | BetaReasoningItem
        | BetaToolSearchCall
        | BetaToolSearchOutput
        | BetaWebSearchToolCall
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
            if isinstance(data_item_data, BetaInputMessageResource):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaOutputMessage):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaFileSearchToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaComputerToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaComputerToolCallOutputResource):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaWebSearchToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaFunctionToolCallResource):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaFunctionToolCallOutputResource):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaAgentMessage):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaMultiAgentCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaMultiAgentCallOutput):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaToolSearchCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaToolSearchOutput):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaAdditionalTools):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaReasoningItem):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaProgram):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaProgramOutput):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaCompactionBody):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaImageGenToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaCodeInterpreterToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaLocalShellToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaLocalShellToolCallOutput):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaFunctionShellCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaFunctionShellCallOutput):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaApplyPatchToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaApplyPatchToolCallOutput):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaMCPListTools):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaMCPApprovalRequest):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaMCPApprovalResponseResource):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaMCPToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, BetaCustomToolCallResource):
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
                BetaAdditionalTools
                | BetaAgentMessage
                | BetaApplyPatchToolCall
                | BetaApplyPatchToolCallOutput
                | BetaCodeInterpreterToolCall
                | BetaCompactionBody
                | BetaComputerToolCall
                | BetaComputerToolCallOutputResource
                | BetaCustomToolCallOutputResource
                | BetaCustomToolCallResource
                | BetaFileSearchToolCall
                | BetaFunctionShellCall
                | BetaFunctionShellCallOutput
                | BetaFunctionToolCallOutputResource
                | BetaFunctionToolCallResource
                | BetaImageGenToolCall
                | BetaInputMessageResource
                | BetaLocalShellToolCall
                | BetaLocalShellToolCallOutput
                | BetaMCPApprovalRequest
                | BetaMCPApprovalResponseResource
                | BetaMCPListTools
                | BetaMCPToolCall
                | BetaMultiAgentCall
                | BetaMultiAgentCallOutput
                | BetaOutputMessage
                | BetaProgram
                | BetaProgramOutput
                | BetaReasoningItem
                | BetaToolSearchCall
                | BetaToolSearchOutput
                | BetaWebSearchToolCall
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_0 = (
                        BetaInputMessageResource.from_dict(data)
                    )

                    return componentsschemas_beta_item_resource_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_1 = BetaOutputMessage.from_dict(data)

                    return componentsschemas_beta_item_resource_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_2 = BetaFileSearchToolCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_resource_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_3 = BetaComputerToolCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_resource_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_4 = (
                        BetaComputerToolCallOutputResource.from_dict(data)
                    )

                    return componentsschemas_beta_item_resource_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_5 = BetaWebSearchToolCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_resource_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_6 = (
                        BetaFunctionToolCallResource.from_dict(data)
                    )

                    return componentsschemas_beta_item_resource_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_7 = (
                        BetaFunctionToolCallOutputResource.from_dict(data)
                    )

                    return componentsschemas_beta_item_resource_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_8 = BetaAgentMessage.from_dict(data)

                    return componentsschemas_beta_item_resource_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_9 = BetaMultiAgentCall.from_dict(data)

                    return componentsschemas_beta_item_resource_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_10 = (
                        BetaMultiAgentCallOutput.from_dict(data)
                    )

                    return componentsschemas_beta_item_resource_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_11 = BetaToolSearchCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_resource_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_12 = BetaToolSearchOutput.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_resource_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_13 = BetaAdditionalTools.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_resource_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_14 = BetaReasoningItem.from_dict(data)

                    return componentsschemas_beta_item_resource_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_15 = BetaProgram.from_dict(data)

                    return componentsschemas_beta_item_resource_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_16 = BetaProgramOutput.from_dict(data)

                    return componentsschemas_beta_item_resource_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_17 = BetaCompactionBody.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_resource_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_18 = BetaImageGenToolCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_resource_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_19 = (
                        BetaCodeInterpreterToolCall.from_dict(data)
                    )

                    return componentsschemas_beta_item_resource_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_20 = BetaLocalShellToolCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_resource_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_21 = (
                        BetaLocalShellToolCallOutput.from_dict(data)
                    )

                    return componentsschemas_beta_item_resource_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_22 = BetaFunctionShellCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_resource_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_23 = (
                        BetaFunctionShellCallOutput.from_dict(data)
                    )

                    return componentsschemas_beta_item_resource_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_24 = BetaApplyPatchToolCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_resource_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_25 = (
                        BetaApplyPatchToolCallOutput.from_dict(data)
                    )

                    return componentsschemas_beta_item_resource_type_25
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_26 = BetaMCPListTools.from_dict(data)

                    return componentsschemas_beta_item_resource_type_26
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_27 = BetaMCPApprovalRequest.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_resource_type_27
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_28 = (
                        BetaMCPApprovalResponseResource.from_dict(data)
                    )

                    return componentsschemas_beta_item_resource_type_28
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_29 = BetaMCPToolCall.from_dict(data)

                    return componentsschemas_beta_item_resource_type_29
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_resource_type_30 = (
                        BetaCustomToolCallResource.from_dict(data)
                    )

                    return componentsschemas_beta_item_resource_type_30
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_item_resource_type_31 = (
                    BetaCustomToolCallOutputResource.from_dict(data)
                )

                return componentsschemas_beta_item_resource_type_31

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        has_more = d["has_more"]

        first_id = d["first_id"]

        last_id = d["last_id"]

        object_ = cast("Literal['list'] | Unset", d.get("object", UNSET))
        if object_ != "list" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'list', got '{object_}'")

        beta_response_item_list = cls(
            data=data,
            has_more=has_more,
            first_id=first_id,
            last_id=last_id,
            object_=object_,
        )

        beta_response_item_list.additional_properties = _extra_fields(d)
        return beta_response_item_list

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
from ..models.beta_additional_tools import BetaAdditionalTools  # noqa: E402
from ..models.beta_agent_message import BetaAgentMessage  # noqa: E402
from ..models.beta_apply_patch_tool_call import BetaApplyPatchToolCall  # noqa: E402
from ..models.beta_apply_patch_tool_call_output import BetaApplyPatchToolCallOutput  # noqa: E402
from ..models.beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall  # noqa: E402
from ..models.beta_compaction_body import BetaCompactionBody  # noqa: E402
from ..models.beta_computer_tool_call import BetaComputerToolCall  # noqa: E402
from ..models.beta_computer_tool_call_output_resource import BetaComputerToolCallOutputResource  # noqa: E402
from ..models.beta_custom_tool_call_output_resource import BetaCustomToolCallOutputResource  # noqa: E402
from ..models.beta_custom_tool_call_resource import BetaCustomToolCallResource  # noqa: E402
from ..models.beta_file_search_tool_call import BetaFileSearchToolCall  # noqa: E402
from ..models.beta_function_shell_call import BetaFunctionShellCall  # noqa: E402
from ..models.beta_function_shell_call_output import BetaFunctionShellCallOutput  # noqa: E402
from ..models.beta_function_tool_call_output_resource import BetaFunctionToolCallOutputResource  # noqa: E402
from ..models.beta_function_tool_call_resource import BetaFunctionToolCallResource  # noqa: E402
from ..models.beta_image_gen_tool_call import BetaImageGenToolCall  # noqa: E402
from ..models.beta_input_message_resource import BetaInputMessageResource  # noqa: E402
from ..models.beta_local_shell_tool_call import BetaLocalShellToolCall  # noqa: E402
from ..models.beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput  # noqa: E402
from ..models.beta_mcp_approval_request import BetaMCPApprovalRequest  # noqa: E402
from ..models.beta_mcp_approval_response_resource import BetaMCPApprovalResponseResource  # noqa: E402
from ..models.beta_mcp_list_tools import BetaMCPListTools  # noqa: E402
from ..models.beta_mcp_tool_call import BetaMCPToolCall  # noqa: E402
from ..models.beta_multi_agent_call import BetaMultiAgentCall  # noqa: E402
from ..models.beta_multi_agent_call_output import BetaMultiAgentCallOutput  # noqa: E402
from ..models.beta_output_message import BetaOutputMessage  # noqa: E402
from ..models.beta_program import BetaProgram  # noqa: E402
from ..models.beta_program_output import BetaProgramOutput  # noqa: E402
from ..models.beta_reasoning_item import BetaReasoningItem  # noqa: E402
from ..models.beta_tool_search_call import BetaToolSearchCall  # noqa: E402
from ..models.beta_tool_search_output import BetaToolSearchOutput  # noqa: E402
from ..models.beta_web_search_tool_call import BetaWebSearchToolCall  # noqa: E402
