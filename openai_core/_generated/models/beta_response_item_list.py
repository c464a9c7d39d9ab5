# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaResponseItemList")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_data_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_data_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaResponseItemList(_Model):
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
        object (Literal['list'] | Unset): Always 'list'.
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
    object: Literal["list"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "data",
        "has_more",
        "first_id",
        "last_id",
    )
    _oc_consts = {"object": "list"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data"] = dump(self.data)
        field_dict["has_more"] = self.has_more
        field_dict["first_id"] = self.first_id
        field_dict["last_id"] = self.last_id
        if self.object is not UNSET:
            field_dict["object"] = self.object
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _data = d.get("data")
        data = [_read_data_item(_i0) for _i0 in _data] if isinstance(_data, list) else _data
        has_more = d.get("has_more")
        first_id = d.get("first_id")
        last_id = d.get("last_id")
        object_ = d.get("object", UNSET)
        beta_response_item_list = cls(
            data=data,
            has_more=has_more,
            first_id=first_id,
            last_id=last_id,
            object=object_,
        )
        if data is None or has_more is None or first_id is None or last_id is None:
            beta_response_item_list._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_response_item_list.additional_properties = _extra_fields(d)
        return beta_response_item_list

    @property
    def object_(self) -> Literal["list"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["list"] | Unset) -> None:
        self.object = value

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

_choose_data_item = ModelChoice(
    BetaInputMessageResource,
    BetaOutputMessage,
    BetaFileSearchToolCall,
    BetaComputerToolCall,
    BetaComputerToolCallOutputResource,
    BetaWebSearchToolCall,
    BetaFunctionToolCallResource,
    BetaFunctionToolCallOutputResource,
    BetaAgentMessage,
    BetaMultiAgentCall,
    BetaMultiAgentCallOutput,
    BetaToolSearchCall,
    BetaToolSearchOutput,
    BetaAdditionalTools,
    BetaReasoningItem,
    BetaProgram,
    BetaProgramOutput,
    BetaCompactionBody,
    BetaImageGenToolCall,
    BetaCodeInterpreterToolCall,
    BetaLocalShellToolCall,
    BetaLocalShellToolCallOutput,
    BetaFunctionShellCall,
    BetaFunctionShellCallOutput,
    BetaApplyPatchToolCall,
    BetaApplyPatchToolCallOutput,
    BetaMCPListTools,
    BetaMCPApprovalRequest,
    BetaMCPApprovalResponseResource,
    BetaMCPToolCall,
    BetaCustomToolCallResource,
    BetaCustomToolCallOutputResource,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaResponseItemList._oc_fields = (
    (
        "data",
        "data",
        True,
        (
            "list",
            (
                "union",
                (
                    BetaInputMessageResource,
                    BetaOutputMessage,
                    BetaFileSearchToolCall,
                    BetaComputerToolCall,
                    BetaComputerToolCallOutputResource,
                    BetaWebSearchToolCall,
                    BetaFunctionToolCallResource,
                    BetaFunctionToolCallOutputResource,
                    BetaAgentMessage,
                    BetaMultiAgentCall,
                    BetaMultiAgentCallOutput,
                    BetaToolSearchCall,
                    BetaToolSearchOutput,
                    BetaAdditionalTools,
                    BetaReasoningItem,
                    BetaProgram,
                    BetaProgramOutput,
                    BetaCompactionBody,
                    BetaImageGenToolCall,
                    BetaCodeInterpreterToolCall,
                    BetaLocalShellToolCall,
                    BetaLocalShellToolCallOutput,
                    BetaFunctionShellCall,
                    BetaFunctionShellCallOutput,
                    BetaApplyPatchToolCall,
                    BetaApplyPatchToolCallOutput,
                    BetaMCPListTools,
                    BetaMCPApprovalRequest,
                    BetaMCPApprovalResponseResource,
                    BetaMCPToolCall,
                    BetaCustomToolCallResource,
                    BetaCustomToolCallOutputResource,
                ),
            ),
        ),
    ),
    ("has_more", "has_more", True, "boolean"),
    ("first_id", "first_id", True, "string"),
    ("last_id", "last_id", True, "string"),
    ("object", "object", False, ("const", "list")),
)
