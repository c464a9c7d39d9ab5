# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaResponsesServerEventType26")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "output_index",
        "sequence_number",
        "item",
        "agent",
        "stream_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaResponsesServerEventType26:
    """
    Attributes:
        type_ (Literal['response.output_item.added']): Always 'response.output_item.added'.
        output_index (int):
        sequence_number (int):
        item (BetaAdditionalTools | BetaAgentMessage | BetaApplyPatchToolCall | BetaApplyPatchToolCallOutput |
            BetaCodeInterpreterToolCall | BetaCompactionBody | BetaComputerToolCall | BetaComputerToolCallOutputResource |
            BetaCustomToolCall | BetaCustomToolCallOutputResource | BetaFileSearchToolCall | BetaFunctionShellCall |
            BetaFunctionShellCallOutput | BetaFunctionToolCall | BetaFunctionToolCallOutputResource | BetaImageGenToolCall |
            BetaLocalShellToolCall | BetaLocalShellToolCallOutput | BetaMCPApprovalRequest | BetaMCPApprovalResponseResource
            | BetaMCPListTools | BetaMCPToolCall | BetaMultiAgentCall | BetaMultiAgentCallOutput | BetaOutputMessage |
            BetaProgram | BetaProgramOutput | BetaReasoningItem | BetaToolSearchCall | BetaToolSearchOutput |
            BetaWebSearchToolCall): Schema `BetaOutputItem`.
        agent (BetaAgentTag | None | Unset):
        stream_id (str | Unset):
    """

    type_: Literal["response.output_item.added"]
    output_index: int
    sequence_number: int
    item: (
        BetaAdditionalTools
        | BetaAgentMessage
        | BetaApplyPatchToolCall
        | BetaApplyPatchToolCallOutput
        | BetaCodeInterpreterToolCall
        | BetaCompactionBody
        | BetaComputerToolCall
        | BetaComputerToolCallOutputResource
        | BetaCustomToolCall
        | BetaCustomToolCallOutputResource
        | BetaFileSearchToolCall
        | BetaFunctionShellCall
        | BetaFunctionShellCallOutput
        | BetaFunctionToolCall
        | BetaFunctionToolCallOutputResource
        | BetaImageGenToolCall
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
    )
    agent: BetaAgentTag | None | Unset = UNSET
    stream_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        output_index = self.output_index

        sequence_number = self.sequence_number

        item: dict[str, Any]
        if isinstance(self.item, BetaOutputMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaFileSearchToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaFunctionToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaFunctionToolCallOutputResource):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaAgentMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaMultiAgentCall):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaMultiAgentCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaWebSearchToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaComputerToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaComputerToolCallOutputResource):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaReasoningItem):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaProgram):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaProgramOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaToolSearchCall):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaToolSearchOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaAdditionalTools):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaCompactionBody):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaImageGenToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaCodeInterpreterToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaLocalShellToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaLocalShellToolCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaFunctionShellCall):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaFunctionShellCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaApplyPatchToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaApplyPatchToolCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaMCPToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaMCPListTools):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaMCPApprovalRequest):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaMCPApprovalResponseResource):
            item = self.item.to_dict()
        elif isinstance(self.item, BetaCustomToolCall):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, BetaAgentTag):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        stream_id = self.stream_id

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
        if agent is not UNSET:
            field_dict["agent"] = agent
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['response.output_item.added']", d["type"])
        if type_ != "response.output_item.added":
            raise ValueError(f"type must match const 'response.output_item.added', got '{type_}'")

        output_index = d["output_index"]

        sequence_number = d["sequence_number"]

        def _parse_item(
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
            | BetaCustomToolCallOutputResource
            | BetaFileSearchToolCall
            | BetaFunctionShellCall
            | BetaFunctionShellCallOutput
            | BetaFunctionToolCall
            | BetaFunctionToolCallOutputResource
            | BetaImageGenToolCall
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
                componentsschemas_beta_output_item_type_0 = BetaOutputMessage.from_dict(data)

                return componentsschemas_beta_output_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_1 = BetaFileSearchToolCall.from_dict(data)

                return componentsschemas_beta_output_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_2 = BetaFunctionToolCall.from_dict(data)

                return componentsschemas_beta_output_item_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_3 = (
                    BetaFunctionToolCallOutputResource.from_dict(data)
                )

                return componentsschemas_beta_output_item_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_4 = BetaAgentMessage.from_dict(data)

                return componentsschemas_beta_output_item_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_5 = BetaMultiAgentCall.from_dict(data)

                return componentsschemas_beta_output_item_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_6 = BetaMultiAgentCallOutput.from_dict(data)

                return componentsschemas_beta_output_item_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_7 = BetaWebSearchToolCall.from_dict(data)

                return componentsschemas_beta_output_item_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_8 = BetaComputerToolCall.from_dict(data)

                return componentsschemas_beta_output_item_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_9 = (
                    BetaComputerToolCallOutputResource.from_dict(data)
                )

                return componentsschemas_beta_output_item_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_10 = BetaReasoningItem.from_dict(data)

                return componentsschemas_beta_output_item_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_11 = BetaProgram.from_dict(data)

                return componentsschemas_beta_output_item_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_12 = BetaProgramOutput.from_dict(data)

                return componentsschemas_beta_output_item_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_13 = BetaToolSearchCall.from_dict(data)

                return componentsschemas_beta_output_item_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_14 = BetaToolSearchOutput.from_dict(data)

                return componentsschemas_beta_output_item_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_15 = BetaAdditionalTools.from_dict(data)

                return componentsschemas_beta_output_item_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_16 = BetaCompactionBody.from_dict(data)

                return componentsschemas_beta_output_item_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_17 = BetaImageGenToolCall.from_dict(data)

                return componentsschemas_beta_output_item_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_18 = BetaCodeInterpreterToolCall.from_dict(
                    data
                )

                return componentsschemas_beta_output_item_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_19 = BetaLocalShellToolCall.from_dict(data)

                return componentsschemas_beta_output_item_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_20 = BetaLocalShellToolCallOutput.from_dict(
                    data
                )

                return componentsschemas_beta_output_item_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_21 = BetaFunctionShellCall.from_dict(data)

                return componentsschemas_beta_output_item_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_22 = BetaFunctionShellCallOutput.from_dict(
                    data
                )

                return componentsschemas_beta_output_item_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_23 = BetaApplyPatchToolCall.from_dict(data)

                return componentsschemas_beta_output_item_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_24 = BetaApplyPatchToolCallOutput.from_dict(
                    data
                )

                return componentsschemas_beta_output_item_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_25 = BetaMCPToolCall.from_dict(data)

                return componentsschemas_beta_output_item_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_26 = BetaMCPListTools.from_dict(data)

                return componentsschemas_beta_output_item_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_27 = BetaMCPApprovalRequest.from_dict(data)

                return componentsschemas_beta_output_item_type_27
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_28 = (
                    BetaMCPApprovalResponseResource.from_dict(data)
                )

                return componentsschemas_beta_output_item_type_28
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_item_type_29 = BetaCustomToolCall.from_dict(data)

                return componentsschemas_beta_output_item_type_29
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_beta_output_item_type_30 = BetaCustomToolCallOutputResource.from_dict(
                data
            )

            return componentsschemas_beta_output_item_type_30

        item = _parse_item(d["item"])

        def _parse_agent(data: object) -> BetaAgentTag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_0 = BetaAgentTag.from_dict(data)

                return agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaAgentTag | None | Unset", data)

        agent = _parse_agent(d.get("agent", UNSET))

        stream_id = d.get("stream_id", UNSET)

        beta_responses_server_event_type_26 = cls(
            type_=type_,
            output_index=output_index,
            sequence_number=sequence_number,
            item=item,
            agent=agent,
            stream_id=stream_id,
        )

        beta_responses_server_event_type_26.additional_properties = _extra_fields(d)
        return beta_responses_server_event_type_26

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
from ..models.beta_agent_tag import BetaAgentTag  # noqa: E402
from ..models.beta_apply_patch_tool_call import BetaApplyPatchToolCall  # noqa: E402
from ..models.beta_apply_patch_tool_call_output import BetaApplyPatchToolCallOutput  # noqa: E402
from ..models.beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall  # noqa: E402
from ..models.beta_compaction_body import BetaCompactionBody  # noqa: E402
from ..models.beta_computer_tool_call import BetaComputerToolCall  # noqa: E402
from ..models.beta_computer_tool_call_output_resource import BetaComputerToolCallOutputResource  # noqa: E402
from ..models.beta_custom_tool_call import BetaCustomToolCall  # noqa: E402
from ..models.beta_custom_tool_call_output_resource import BetaCustomToolCallOutputResource  # noqa: E402
from ..models.beta_file_search_tool_call import BetaFileSearchToolCall  # noqa: E402
from ..models.beta_function_shell_call import BetaFunctionShellCall  # noqa: E402
from ..models.beta_function_shell_call_output import BetaFunctionShellCallOutput  # noqa: E402
from ..models.beta_function_tool_call import BetaFunctionToolCall  # noqa: E402
from ..models.beta_function_tool_call_output_resource import BetaFunctionToolCallOutputResource  # noqa: E402
from ..models.beta_image_gen_tool_call import BetaImageGenToolCall  # noqa: E402
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
