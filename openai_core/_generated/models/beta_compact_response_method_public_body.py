# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.beta_model_ids_responses_type_1 import (
    BetaModelIdsResponsesType1,
)
from ..models.beta_prompt_cache_retention_enum import (
    BetaPromptCacheRetentionEnum,
)
from ..models.beta_service_tier_enum import BetaServiceTierEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaCompactResponseMethodPublicBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "model",
        "input",
        "previous_response_id",
        "instructions",
        "prompt_cache_key",
        "prompt_cache_retention",
        "prompt_cache_options",
        "service_tier",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_input_(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [_read_input_type_0_type_1_item(_i1) for _i1 in data]
            if isinstance(data, list)
            else data
        )
    return data


def _read_input_type_0_type_1_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_input_type_0_type_1_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaCompactResponseMethodPublicBody(_Model):
    """Schema `BetaCompactResponseMethodPublicBody`.

    Attributes:
        model (BetaModelIdsResponsesType1 | None | str): Schema `BetaModelIdsCompaction`.
        input (list[BetaAdditionalToolsItemParam | BetaAgentMessageItemParam | BetaApplyPatchToolCallItemParam |
            BetaApplyPatchToolCallOutputItemParam | BetaCodeInterpreterToolCall | BetaCompactionSummaryItemParam |
            BetaCompactionTriggerItemParam | BetaComputerCallOutputItemParam | BetaComputerToolCall | BetaCustomToolCall |
            BetaCustomToolCallOutput | BetaEasyInputMessage | BetaFileSearchToolCall | BetaFunctionCallOutputItemParam |
            BetaFunctionShellCallItemParam | BetaFunctionShellCallOutputItemParam | BetaFunctionToolCall |
            BetaImageGenToolCall | BetaInputMessage | BetaItemReferenceParam | BetaLocalShellToolCall |
            BetaLocalShellToolCallOutput | BetaMCPApprovalRequest | BetaMCPApprovalResponse | BetaMCPListTools |
            BetaMCPToolCall | BetaMultiAgentCallItemParam | BetaMultiAgentCallOutputItemParam | BetaOutputMessage |
            BetaProgramItemParam | BetaProgramOutputItemParam | BetaReasoningItem | BetaToolSearchCallItemParam |
            BetaToolSearchOutputItemParam | BetaWebSearchToolCall] | None | str | Unset):
        previous_response_id (None | str | Unset):
        instructions (None | str | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_retention (BetaPromptCacheRetentionEnum | None | Unset):
        prompt_cache_options (BetaPromptCacheOptionsParam | None | Unset):
        service_tier (BetaServiceTierEnum | None | Unset):
    """

    model: BetaModelIdsResponsesType1 | None | str
    input: (
        list[
            BetaAdditionalToolsItemParam
            | BetaAgentMessageItemParam
            | BetaApplyPatchToolCallItemParam
            | BetaApplyPatchToolCallOutputItemParam
            | BetaCodeInterpreterToolCall
            | BetaCompactionSummaryItemParam
            | BetaCompactionTriggerItemParam
            | BetaComputerCallOutputItemParam
            | BetaComputerToolCall
            | BetaCustomToolCall
            | BetaCustomToolCallOutput
            | BetaEasyInputMessage
            | BetaFileSearchToolCall
            | BetaFunctionCallOutputItemParam
            | BetaFunctionShellCallItemParam
            | BetaFunctionShellCallOutputItemParam
            | BetaFunctionToolCall
            | BetaImageGenToolCall
            | BetaInputMessage
            | BetaItemReferenceParam
            | BetaLocalShellToolCall
            | BetaLocalShellToolCallOutput
            | BetaMCPApprovalRequest
            | BetaMCPApprovalResponse
            | BetaMCPListTools
            | BetaMCPToolCall
            | BetaMultiAgentCallItemParam
            | BetaMultiAgentCallOutputItemParam
            | BetaOutputMessage
            | BetaProgramItemParam
            | BetaProgramOutputItemParam
            | BetaReasoningItem
            | BetaToolSearchCallItemParam
            | BetaToolSearchOutputItemParam
            | BetaWebSearchToolCall
        ]
        | None
        | str
        | Unset
    ) = UNSET
    previous_response_id: None | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_retention: BetaPromptCacheRetentionEnum | None | Unset = UNSET
    prompt_cache_options: BetaPromptCacheOptionsParam | None | Unset = UNSET
    service_tier: BetaServiceTierEnum | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("model",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["model"] = self.model
        if self.input is not UNSET:
            field_dict["input"] = dump(self.input)
        if self.previous_response_id is not UNSET:
            field_dict["previous_response_id"] = self.previous_response_id
        if self.instructions is not UNSET:
            field_dict["instructions"] = self.instructions
        if self.prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = self.prompt_cache_key
        if self.prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = self.prompt_cache_retention
        if self.prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = dump(self.prompt_cache_options)
        if self.service_tier is not UNSET:
            field_dict["service_tier"] = self.service_tier
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        model = d.get("model")
        _input_ = d.get("input", UNSET)
        input_ = _read_input_(_input_)
        previous_response_id = d.get("previous_response_id", UNSET)
        instructions = d.get("instructions", UNSET)
        prompt_cache_key = d.get("prompt_cache_key", UNSET)
        prompt_cache_retention = d.get("prompt_cache_retention", UNSET)
        _prompt_cache_options = d.get("prompt_cache_options", UNSET)
        prompt_cache_options = (
            BetaPromptCacheOptionsParam.from_dict(_prompt_cache_options)
            if isinstance(_prompt_cache_options, dict)
            else _prompt_cache_options
        )
        service_tier = d.get("service_tier", UNSET)
        beta_compact_response_method_public_body = cls(
            model=model,
            input=input_,
            previous_response_id=previous_response_id,
            instructions=instructions,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            prompt_cache_options=prompt_cache_options,
            service_tier=service_tier,
        )
        if model is None:
            beta_compact_response_method_public_body._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_compact_response_method_public_body.additional_properties = _extra_fields(d)
        return beta_compact_response_method_public_body

    @property
    def input_(
        self,
    ) -> (
        list[
            BetaAdditionalToolsItemParam
            | BetaAgentMessageItemParam
            | BetaApplyPatchToolCallItemParam
            | BetaApplyPatchToolCallOutputItemParam
            | BetaCodeInterpreterToolCall
            | BetaCompactionSummaryItemParam
            | BetaCompactionTriggerItemParam
            | BetaComputerCallOutputItemParam
            | BetaComputerToolCall
            | BetaCustomToolCall
            | BetaCustomToolCallOutput
            | BetaEasyInputMessage
            | BetaFileSearchToolCall
            | BetaFunctionCallOutputItemParam
            | BetaFunctionShellCallItemParam
            | BetaFunctionShellCallOutputItemParam
            | BetaFunctionToolCall
            | BetaImageGenToolCall
            | BetaInputMessage
            | BetaItemReferenceParam
            | BetaLocalShellToolCall
            | BetaLocalShellToolCallOutput
            | BetaMCPApprovalRequest
            | BetaMCPApprovalResponse
            | BetaMCPListTools
            | BetaMCPToolCall
            | BetaMultiAgentCallItemParam
            | BetaMultiAgentCallOutputItemParam
            | BetaOutputMessage
            | BetaProgramItemParam
            | BetaProgramOutputItemParam
            | BetaReasoningItem
            | BetaToolSearchCallItemParam
            | BetaToolSearchOutputItemParam
            | BetaWebSearchToolCall
        ]
        | None
        | str
        | Unset
    ):
        """The `input` field, under its former name."""
        return self.input

    @input_.setter
    def input_(
        self,
        value: list[
            BetaAdditionalToolsItemParam
            | BetaAgentMessageItemParam
            | BetaApplyPatchToolCallItemParam
            | BetaApplyPatchToolCallOutputItemParam
            | BetaCodeInterpreterToolCall
            | BetaCompactionSummaryItemParam
            | BetaCompactionTriggerItemParam
            | BetaComputerCallOutputItemParam
            | BetaComputerToolCall
            | BetaCustomToolCall
            | BetaCustomToolCallOutput
            | BetaEasyInputMessage
            | BetaFileSearchToolCall
            | BetaFunctionCallOutputItemParam
            | BetaFunctionShellCallItemParam
            | BetaFunctionShellCallOutputItemParam
            | BetaFunctionToolCall
            | BetaImageGenToolCall
            | BetaInputMessage
            | BetaItemReferenceParam
            | BetaLocalShellToolCall
            | BetaLocalShellToolCallOutput
            | BetaMCPApprovalRequest
            | BetaMCPApprovalResponse
            | BetaMCPListTools
            | BetaMCPToolCall
            | BetaMultiAgentCallItemParam
            | BetaMultiAgentCallOutputItemParam
            | BetaOutputMessage
            | BetaProgramItemParam
            | BetaProgramOutputItemParam
            | BetaReasoningItem
            | BetaToolSearchCallItemParam
            | BetaToolSearchOutputItemParam
            | BetaWebSearchToolCall
        ]
        | None
        | str
        | Unset,
    ) -> None:
        self.input = value

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
from ..models.beta_additional_tools_item_param import BetaAdditionalToolsItemParam  # noqa: E402
from ..models.beta_agent_message_item_param import BetaAgentMessageItemParam  # noqa: E402
from ..models.beta_apply_patch_tool_call_item_param import BetaApplyPatchToolCallItemParam  # noqa: E402
from ..models.beta_apply_patch_tool_call_output_item_param import (
    BetaApplyPatchToolCallOutputItemParam,  # noqa: E402
)
from ..models.beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall  # noqa: E402
from ..models.beta_compaction_summary_item_param import BetaCompactionSummaryItemParam  # noqa: E402
from ..models.beta_compaction_trigger_item_param import BetaCompactionTriggerItemParam  # noqa: E402
from ..models.beta_computer_call_output_item_param import BetaComputerCallOutputItemParam  # noqa: E402
from ..models.beta_computer_tool_call import BetaComputerToolCall  # noqa: E402
from ..models.beta_custom_tool_call import BetaCustomToolCall  # noqa: E402
from ..models.beta_custom_tool_call_output import BetaCustomToolCallOutput  # noqa: E402
from ..models.beta_easy_input_message import BetaEasyInputMessage  # noqa: E402
from ..models.beta_file_search_tool_call import BetaFileSearchToolCall  # noqa: E402
from ..models.beta_function_call_output_item_param import BetaFunctionCallOutputItemParam  # noqa: E402
from ..models.beta_function_shell_call_item_param import BetaFunctionShellCallItemParam  # noqa: E402
from ..models.beta_function_shell_call_output_item_param import BetaFunctionShellCallOutputItemParam  # noqa: E402
from ..models.beta_function_tool_call import BetaFunctionToolCall  # noqa: E402
from ..models.beta_image_gen_tool_call import BetaImageGenToolCall  # noqa: E402
from ..models.beta_input_message import BetaInputMessage  # noqa: E402
from ..models.beta_item_reference_param import BetaItemReferenceParam  # noqa: E402
from ..models.beta_local_shell_tool_call import BetaLocalShellToolCall  # noqa: E402
from ..models.beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput  # noqa: E402
from ..models.beta_mcp_approval_request import BetaMCPApprovalRequest  # noqa: E402
from ..models.beta_mcp_approval_response import BetaMCPApprovalResponse  # noqa: E402
from ..models.beta_mcp_list_tools import BetaMCPListTools  # noqa: E402
from ..models.beta_mcp_tool_call import BetaMCPToolCall  # noqa: E402
from ..models.beta_multi_agent_call_item_param import BetaMultiAgentCallItemParam  # noqa: E402
from ..models.beta_multi_agent_call_output_item_param import BetaMultiAgentCallOutputItemParam  # noqa: E402
from ..models.beta_output_message import BetaOutputMessage  # noqa: E402
from ..models.beta_program_item_param import BetaProgramItemParam  # noqa: E402
from ..models.beta_program_output_item_param import BetaProgramOutputItemParam  # noqa: E402
from ..models.beta_prompt_cache_options_param import BetaPromptCacheOptionsParam  # noqa: E402
from ..models.beta_reasoning_item import BetaReasoningItem  # noqa: E402
from ..models.beta_tool_search_call_item_param import BetaToolSearchCallItemParam  # noqa: E402
from ..models.beta_tool_search_output_item_param import BetaToolSearchOutputItemParam  # noqa: E402
from ..models.beta_web_search_tool_call import BetaWebSearchToolCall  # noqa: E402

_choose_input_type_0_type_1_item = ModelChoice(
    BetaEasyInputMessage,
    BetaInputMessage,
    BetaOutputMessage,
    BetaFileSearchToolCall,
    BetaComputerToolCall,
    BetaComputerCallOutputItemParam,
    BetaWebSearchToolCall,
    BetaFunctionToolCall,
    BetaFunctionCallOutputItemParam,
    BetaAgentMessageItemParam,
    BetaMultiAgentCallItemParam,
    BetaMultiAgentCallOutputItemParam,
    BetaToolSearchCallItemParam,
    BetaToolSearchOutputItemParam,
    BetaAdditionalToolsItemParam,
    BetaReasoningItem,
    BetaCompactionSummaryItemParam,
    BetaImageGenToolCall,
    BetaCodeInterpreterToolCall,
    BetaLocalShellToolCall,
    BetaLocalShellToolCallOutput,
    BetaFunctionShellCallItemParam,
    BetaFunctionShellCallOutputItemParam,
    BetaApplyPatchToolCallItemParam,
    BetaApplyPatchToolCallOutputItemParam,
    BetaMCPListTools,
    BetaMCPApprovalRequest,
    BetaMCPApprovalResponse,
    BetaMCPToolCall,
    BetaCustomToolCallOutput,
    BetaCustomToolCall,
    BetaCompactionTriggerItemParam,
    BetaItemReferenceParam,
    BetaProgramItemParam,
    BetaProgramOutputItemParam,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaCompactResponseMethodPublicBody._oc_fields = (
    (
        "model",
        "model",
        True,
        (
            "union",
            (
                "string",
                (
                    "enum",
                    "BetaModelIdsResponsesType1",
                    (
                        "computer-use-preview",
                        "computer-use-preview-2025-03-11",
                        "gpt-5-codex",
                        "gpt-5-pro",
                        "gpt-5-pro-2025-10-06",
                        "gpt-5.1-codex-max",
                        "gpt-5.5-pro",
                        "gpt-5.5-pro-2026-04-23",
                        "gpt-5.6-cyber",
                        "gpt-daybreak-blue-latest",
                        "gpt-daybreak-red-latest",
                        "o1-pro",
                        "o1-pro-2025-03-19",
                        "o3-deep-research",
                        "o3-deep-research-2025-06-26",
                        "o3-pro",
                        "o3-pro-2025-06-10",
                        "o4-mini-deep-research",
                        "o4-mini-deep-research-2025-06-26",
                    ),
                ),
                "null",
            ),
        ),
    ),
    (
        "input",
        "input",
        False,
        (
            "union",
            (
                "string",
                (
                    "list",
                    (
                        "union",
                        (
                            BetaEasyInputMessage,
                            BetaInputMessage,
                            BetaOutputMessage,
                            BetaFileSearchToolCall,
                            BetaComputerToolCall,
                            BetaComputerCallOutputItemParam,
                            BetaWebSearchToolCall,
                            BetaFunctionToolCall,
                            BetaFunctionCallOutputItemParam,
                            BetaAgentMessageItemParam,
                            BetaMultiAgentCallItemParam,
                            BetaMultiAgentCallOutputItemParam,
                            BetaToolSearchCallItemParam,
                            BetaToolSearchOutputItemParam,
                            BetaAdditionalToolsItemParam,
                            BetaReasoningItem,
                            BetaCompactionSummaryItemParam,
                            BetaImageGenToolCall,
                            BetaCodeInterpreterToolCall,
                            BetaLocalShellToolCall,
                            BetaLocalShellToolCallOutput,
                            BetaFunctionShellCallItemParam,
                            BetaFunctionShellCallOutputItemParam,
                            BetaApplyPatchToolCallItemParam,
                            BetaApplyPatchToolCallOutputItemParam,
                            BetaMCPListTools,
                            BetaMCPApprovalRequest,
                            BetaMCPApprovalResponse,
                            BetaMCPToolCall,
                            BetaCustomToolCallOutput,
                            BetaCustomToolCall,
                            BetaCompactionTriggerItemParam,
                            BetaItemReferenceParam,
                            BetaProgramItemParam,
                            BetaProgramOutputItemParam,
                        ),
                    ),
                ),
                "null",
            ),
        ),
    ),
    (
        "previous_response_id",
        "previous_response_id",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "instructions",
        "instructions",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "prompt_cache_key",
        "prompt_cache_key",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "prompt_cache_retention",
        "prompt_cache_retention",
        False,
        (
            "union",
            (
                ("enum", "BetaPromptCacheRetentionEnum", ("24h", "in_memory")),
                "null",
            ),
        ),
    ),
    (
        "prompt_cache_options",
        "prompt_cache_options",
        False,
        (
            "union",
            (
                BetaPromptCacheOptionsParam,
                "null",
            ),
        ),
    ),
    (
        "service_tier",
        "service_tier",
        False,
        (
            "union",
            (
                ("enum", "BetaServiceTierEnum", ("auto", "default", "fast", "flex", "priority")),
                "null",
            ),
        ),
    ),
)
