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

T = TypeVar("T", bound="BetaCompactResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_output_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_output_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaCompactResource(_Model):
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
        object (Literal['response.compaction'] | Unset): Always 'response.compaction'.
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
    object: Literal["response.compaction"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "output",
        "created_at",
        "usage",
    )
    _oc_consts = {"object": "response.compaction"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["output"] = dump(self.output)
        field_dict["created_at"] = self.created_at
        field_dict["usage"] = dump(self.usage)
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
        id = d.get("id")
        _output = d.get("output")
        output = (
            [_read_output_item(_i0) for _i0 in _output] if isinstance(_output, list) else _output
        )
        created_at = d.get("created_at")
        _usage = d.get("usage")
        usage = BetaResponseUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        object_ = d.get("object", UNSET)
        beta_compact_resource = cls(
            id=id,
            output=output,
            created_at=created_at,
            usage=usage,
            object=object_,
        )
        if id is None or output is None or created_at is None or usage is None:
            beta_compact_resource._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_compact_resource.additional_properties = _extra_fields(d)
        return beta_compact_resource

    @property
    def object_(self) -> Literal["response.compaction"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["response.compaction"] | Unset) -> None:
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

_choose_output_item = ModelChoice(
    BetaMessage,
    BetaProgram,
    BetaProgramOutput,
    BetaFunctionToolCall,
    BetaMultiAgentCall,
    BetaMultiAgentCallOutput,
    BetaToolSearchCall,
    BetaToolSearchOutput,
    BetaAdditionalTools,
    BetaAgentMessage,
    BetaFunctionToolCallOutput,
    BetaFileSearchToolCall,
    BetaWebSearchToolCall,
    BetaImageGenToolCall,
    BetaComputerToolCall,
    BetaComputerToolCallOutputResource,
    BetaReasoningItem,
    BetaCompactionBody,
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
    BetaCustomToolCall,
    BetaCustomToolCallOutput,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaCompactResource._oc_fields = (
    ("id", "id", True, "string"),
    (
        "output",
        "output",
        True,
        (
            "list",
            (
                "union",
                (
                    BetaMessage,
                    BetaProgram,
                    BetaProgramOutput,
                    BetaFunctionToolCall,
                    BetaMultiAgentCall,
                    BetaMultiAgentCallOutput,
                    BetaToolSearchCall,
                    BetaToolSearchOutput,
                    BetaAdditionalTools,
                    BetaAgentMessage,
                    BetaFunctionToolCallOutput,
                    BetaFileSearchToolCall,
                    BetaWebSearchToolCall,
                    BetaImageGenToolCall,
                    BetaComputerToolCall,
                    BetaComputerToolCallOutputResource,
                    BetaReasoningItem,
                    BetaCompactionBody,
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
                    BetaCustomToolCall,
                    BetaCustomToolCallOutput,
                ),
            ),
        ),
    ),
    ("created_at", "created_at", True, "integer"),
    ("usage", "usage", True, BetaResponseUsage),
    ("object", "object", False, ("const", "response.compaction")),
)
