# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaCompactResource")

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
class BetaCompactResource:
    """Schema `BetaCompactResource`.

    Attributes:
        id (str):
        output (list[BetaAdditionalTools | BetaAgentMessage | BetaApplyPatchToolCall | BetaApplyPatchToolCallOutput |
            BetaCodeInterpreterToolCall | BetaCompactionBody | BetaComputerToolCall | BetaComputerToolCallOutputResource |
            BetaCustomToolCall | BetaCustomToolCallOutput | BetaFileSearchToolCall | BetaFunctionShellCall |
            BetaFunctionShellCallOutput | BetaFunctionToolCall | BetaFunctionToolCallOutput | BetaImageGenToolCall |
            BetaLocalShellToolCall | BetaLocalShellToolCallOutput | BetaMCPApprovalRequest | BetaMCPApprovalResponseResource
            | BetaMCPListTools | BetaMCPToolCall | BetaMessage | BetaMultiAgentCall | BetaMultiAgentCallOutput | BetaProgram
            | BetaProgramOutput | BetaReasoningItem | BetaToolSearchCall | BetaToolSearchOutput | BetaWebSearchToolCall]):
        created_at (int):
        usage (BetaResponseUsage): Schema `BetaResponseUsage`.
        object_ (Literal['response.compaction'] | Unset): Always 'response.compaction'.
    """

    id: str
    output: list[
        BetaAdditionalTools
        | BetaAgentMessage
        | BetaApplyPatchToolCall
        | BetaApplyPatchToolCallOutput
        | BetaCodeInterpreterToolCall
        | BetaCompactionBody
        | BetaComputerToolCall
        | BetaComputerToolCallOutputResource
        | BetaCustomToolCall
        | BetaCustomToolCallOutput
        | BetaFileSearchToolCall
        | BetaFunctionShellCall
        | BetaFunctionShellCallOutput
        | BetaFunctionToolCall
        | BetaFunctionToolCallOutput
        | BetaImageGenToolCall
        | BetaLocalShellToolCall
        | BetaLocalShellToolCallOutput
        | BetaMCPApprovalRequest
        | BetaMCPApprovalResponseResource
        | BetaMCPListTools
        | BetaMCPToolCall
        | BetaMessage
        | BetaMultiAgentCall
        | BetaMultiAgentCallOutput
        | BetaProgram
        | BetaProgramOutput
        | BetaReasoningItem
        | BetaToolSearchCall
        | BetaToolSearchOutput
        | BetaWebSearchToolCall
    ]
    created_at: int
    usage: BetaResponseUsage
    object_: Literal["response.compaction"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        output = []
        for output_item_data in self.output:
            output_item: dict[str, Any]
            if isinstance(output_item_data, BetaMessage):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaProgram):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaProgramOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaFunctionToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaMultiAgentCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaMultiAgentCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaToolSearchCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaToolSearchOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaAdditionalTools):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaAgentMessage):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaFunctionToolCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaFileSearchToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaWebSearchToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaImageGenToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaComputerToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaComputerToolCallOutputResource):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaReasoningItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaCompactionBody):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaCodeInterpreterToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaLocalShellToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaLocalShellToolCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaFunctionShellCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaFunctionShellCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaApplyPatchToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaApplyPatchToolCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaMCPListTools):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaMCPApprovalRequest):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaMCPApprovalResponseResource):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaMCPToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, BetaCustomToolCall):
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
                BetaAdditionalTools
                | BetaAgentMessage
                | BetaApplyPatchToolCall
                | BetaApplyPatchToolCallOutput
                | BetaCodeInterpreterToolCall
                | BetaCompactionBody
                | BetaComputerToolCall
                | BetaComputerToolCallOutputResource
                | BetaCustomToolCall
                | BetaCustomToolCallOutput
                | BetaFileSearchToolCall
                | BetaFunctionShellCall
                | BetaFunctionShellCallOutput
                | BetaFunctionToolCall
                | BetaFunctionToolCallOutput
                | BetaImageGenToolCall
                | BetaLocalShellToolCall
                | BetaLocalShellToolCallOutput
                | BetaMCPApprovalRequest
                | BetaMCPApprovalResponseResource
                | BetaMCPListTools
                | BetaMCPToolCall
                | BetaMessage
                | BetaMultiAgentCall
                | BetaMultiAgentCallOutput
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
                    componentsschemas_beta_item_field_type_0 = BetaMessage.from_dict(data)

                    return componentsschemas_beta_item_field_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_1 = BetaProgram.from_dict(data)

                    return componentsschemas_beta_item_field_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_2 = BetaProgramOutput.from_dict(data)

                    return componentsschemas_beta_item_field_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_3 = BetaFunctionToolCall.from_dict(data)

                    return componentsschemas_beta_item_field_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_4 = BetaMultiAgentCall.from_dict(data)

                    return componentsschemas_beta_item_field_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_5 = BetaMultiAgentCallOutput.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_field_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_6 = BetaToolSearchCall.from_dict(data)

                    return componentsschemas_beta_item_field_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_7 = BetaToolSearchOutput.from_dict(data)

                    return componentsschemas_beta_item_field_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_8 = BetaAdditionalTools.from_dict(data)

                    return componentsschemas_beta_item_field_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_9 = BetaAgentMessage.from_dict(data)

                    return componentsschemas_beta_item_field_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_10 = (
                        BetaFunctionToolCallOutput.from_dict(data)
                    )

                    return componentsschemas_beta_item_field_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_11 = BetaFileSearchToolCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_field_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_12 = BetaWebSearchToolCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_field_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_13 = BetaImageGenToolCall.from_dict(data)

                    return componentsschemas_beta_item_field_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_14 = BetaComputerToolCall.from_dict(data)

                    return componentsschemas_beta_item_field_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_15 = (
                        BetaComputerToolCallOutputResource.from_dict(data)
                    )

                    return componentsschemas_beta_item_field_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_16 = BetaReasoningItem.from_dict(data)

                    return componentsschemas_beta_item_field_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_17 = BetaCompactionBody.from_dict(data)

                    return componentsschemas_beta_item_field_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_18 = (
                        BetaCodeInterpreterToolCall.from_dict(data)
                    )

                    return componentsschemas_beta_item_field_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_19 = BetaLocalShellToolCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_field_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_20 = (
                        BetaLocalShellToolCallOutput.from_dict(data)
                    )

                    return componentsschemas_beta_item_field_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_21 = BetaFunctionShellCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_field_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_22 = (
                        BetaFunctionShellCallOutput.from_dict(data)
                    )

                    return componentsschemas_beta_item_field_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_23 = BetaApplyPatchToolCall.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_field_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_24 = (
                        BetaApplyPatchToolCallOutput.from_dict(data)
                    )

                    return componentsschemas_beta_item_field_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_25 = BetaMCPListTools.from_dict(data)

                    return componentsschemas_beta_item_field_type_25
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_26 = BetaMCPApprovalRequest.from_dict(
                        data
                    )

                    return componentsschemas_beta_item_field_type_26
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_27 = (
                        BetaMCPApprovalResponseResource.from_dict(data)
                    )

                    return componentsschemas_beta_item_field_type_27
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_28 = BetaMCPToolCall.from_dict(data)

                    return componentsschemas_beta_item_field_type_28
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_item_field_type_29 = BetaCustomToolCall.from_dict(data)

                    return componentsschemas_beta_item_field_type_29
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_item_field_type_30 = BetaCustomToolCallOutput.from_dict(data)

                return componentsschemas_beta_item_field_type_30

            output_item = _parse_output_item(output_item_data)

            output.append(output_item)

        created_at = d["created_at"]

        usage = BetaResponseUsage.from_dict(d["usage"])

        object_ = cast("Literal['response.compaction'] | Unset", d.get("object", UNSET))
        if object_ != "response.compaction" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'response.compaction', got '{object_}'")

        beta_compact_resource = cls(
            id=id,
            output=output,
            created_at=created_at,
            usage=usage,
            object_=object_,
        )

        beta_compact_resource.additional_properties = _extra_fields(d)
        return beta_compact_resource

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
from ..models.beta_custom_tool_call import BetaCustomToolCall  # noqa: E402
from ..models.beta_custom_tool_call_output import BetaCustomToolCallOutput  # noqa: E402
from ..models.beta_file_search_tool_call import BetaFileSearchToolCall  # noqa: E402
from ..models.beta_function_shell_call import BetaFunctionShellCall  # noqa: E402
from ..models.beta_function_shell_call_output import BetaFunctionShellCallOutput  # noqa: E402
from ..models.beta_function_tool_call import BetaFunctionToolCall  # noqa: E402
from ..models.beta_function_tool_call_output import BetaFunctionToolCallOutput  # noqa: E402
from ..models.beta_image_gen_tool_call import BetaImageGenToolCall  # noqa: E402
from ..models.beta_local_shell_tool_call import BetaLocalShellToolCall  # noqa: E402
from ..models.beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput  # noqa: E402
from ..models.beta_mcp_approval_request import BetaMCPApprovalRequest  # noqa: E402
from ..models.beta_mcp_approval_response_resource import BetaMCPApprovalResponseResource  # noqa: E402
from ..models.beta_mcp_list_tools import BetaMCPListTools  # noqa: E402
from ..models.beta_mcp_tool_call import BetaMCPToolCall  # noqa: E402
from ..models.beta_message import BetaMessage  # noqa: E402
from ..models.beta_multi_agent_call import BetaMultiAgentCall  # noqa: E402
from ..models.beta_multi_agent_call_output import BetaMultiAgentCallOutput  # noqa: E402
from ..models.beta_program import BetaProgram  # noqa: E402
from ..models.beta_program_output import BetaProgramOutput  # noqa: E402
from ..models.beta_reasoning_item import BetaReasoningItem  # noqa: E402
from ..models.beta_response_usage import BetaResponseUsage  # noqa: E402
from ..models.beta_tool_search_call import BetaToolSearchCall  # noqa: E402
from ..models.beta_tool_search_output import BetaToolSearchOutput  # noqa: E402
from ..models.beta_web_search_tool_call import BetaWebSearchToolCall  # noqa: E402
