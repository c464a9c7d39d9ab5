# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_model_ids_responses_type_1 import (
    BetaModelIdsResponsesType1,
    check_beta_model_ids_responses_type_1,
)
from ..models.beta_prompt_cache_retention_enum import (
    BetaPromptCacheRetentionEnum,
    check_beta_prompt_cache_retention_enum,
)
from ..models.beta_service_tier_enum import BetaServiceTierEnum, check_beta_service_tier_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaCompactResponseMethodPublicBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaCompactResponseMethodPublicBody:
    """Schema `BetaCompactResponseMethodPublicBody`.

    Attributes:
        model (BetaModelIdsResponsesType1 | None | str): Schema `BetaModelIdsCompaction`.
        input_ (list[BetaAdditionalToolsItemParam | BetaAgentMessageItemParam | BetaApplyPatchToolCallItemParam |
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
    input_: (
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

    def to_dict(self) -> dict[str, Any]:
        model: None | str
        if isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        input_: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = []
            for input_type_0_type_1_item_data in self.input_:
                input_type_0_type_1_item: dict[str, Any]
                if isinstance(input_type_0_type_1_item_data, BetaEasyInputMessage):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaInputMessage):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaOutputMessage):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaFileSearchToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaComputerToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaComputerCallOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaWebSearchToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaFunctionToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaFunctionCallOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaAgentMessageItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaMultiAgentCallItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaMultiAgentCallOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaToolSearchCallItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaToolSearchOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaAdditionalToolsItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaReasoningItem):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaCompactionSummaryItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaImageGenToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaCodeInterpreterToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaLocalShellToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaLocalShellToolCallOutput):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaFunctionShellCallItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(
                    input_type_0_type_1_item_data, BetaFunctionShellCallOutputItemParam
                ):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaApplyPatchToolCallItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(
                    input_type_0_type_1_item_data, BetaApplyPatchToolCallOutputItemParam
                ):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaMCPListTools):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaMCPApprovalRequest):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaMCPApprovalResponse):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaMCPToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaCustomToolCallOutput):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaCustomToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaCompactionTriggerItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaItemReferenceParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, BetaProgramItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                else:
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()

                input_.append(input_type_0_type_1_item)

        else:
            input_ = self.input_

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_retention: None | str | Unset
        if isinstance(self.prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        elif isinstance(self.prompt_cache_retention, str):
            prompt_cache_retention = self.prompt_cache_retention
        else:
            prompt_cache_retention = self.prompt_cache_retention

        prompt_cache_options: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        elif isinstance(self.prompt_cache_options, BetaPromptCacheOptionsParam):
            prompt_cache_options = self.prompt_cache_options.to_dict()
        else:
            prompt_cache_options = self.prompt_cache_options

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        elif isinstance(self.service_tier, str):
            service_tier = self.service_tier
        else:
            service_tier = self.service_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_model(data: object) -> BetaModelIdsResponsesType1 | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_beta_model_ids_responses_type_1 = (
                    check_beta_model_ids_responses_type_1(data)
                )

                return componentsschemas_beta_model_ids_responses_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaModelIdsResponsesType1 | None | str", data)

        model = _parse_model(d["model"])

        def _parse_input_(
            data: object,
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
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_0_type_1 = []
                _input_type_0_type_1 = data
                for input_type_0_type_1_item_data in _input_type_0_type_1:

                    def _parse_input_type_0_type_1_item(
                        data: object,
                    ) -> (
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
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_input_item_type_0 = (
                                BetaEasyInputMessage.from_dict(data)
                            )

                            return componentsschemas_beta_input_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_0 = BetaInputMessage.from_dict(data)

                            return componentsschemas_beta_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_1 = BetaOutputMessage.from_dict(data)

                            return componentsschemas_beta_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_2 = BetaFileSearchToolCall.from_dict(
                                data
                            )

                            return componentsschemas_beta_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_3 = BetaComputerToolCall.from_dict(
                                data
                            )

                            return componentsschemas_beta_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_4 = (
                                BetaComputerCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_5 = BetaWebSearchToolCall.from_dict(
                                data
                            )

                            return componentsschemas_beta_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_6 = BetaFunctionToolCall.from_dict(
                                data
                            )

                            return componentsschemas_beta_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_7 = (
                                BetaFunctionCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_8 = (
                                BetaAgentMessageItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_9 = (
                                BetaMultiAgentCallItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_10 = (
                                BetaMultiAgentCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_11 = (
                                BetaToolSearchCallItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_12 = (
                                BetaToolSearchOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_13 = (
                                BetaAdditionalToolsItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_14 = BetaReasoningItem.from_dict(data)

                            return componentsschemas_beta_item_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_15 = (
                                BetaCompactionSummaryItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_16 = BetaImageGenToolCall.from_dict(
                                data
                            )

                            return componentsschemas_beta_item_type_16
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_17 = (
                                BetaCodeInterpreterToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_17
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_18 = BetaLocalShellToolCall.from_dict(
                                data
                            )

                            return componentsschemas_beta_item_type_18
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_19 = (
                                BetaLocalShellToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_19
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_20 = (
                                BetaFunctionShellCallItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_20
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_21 = (
                                BetaFunctionShellCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_21
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_22 = (
                                BetaApplyPatchToolCallItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_22
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_23 = (
                                BetaApplyPatchToolCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_23
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_24 = BetaMCPListTools.from_dict(data)

                            return componentsschemas_beta_item_type_24
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_25 = BetaMCPApprovalRequest.from_dict(
                                data
                            )

                            return componentsschemas_beta_item_type_25
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_26 = BetaMCPApprovalResponse.from_dict(
                                data
                            )

                            return componentsschemas_beta_item_type_26
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_27 = BetaMCPToolCall.from_dict(data)

                            return componentsschemas_beta_item_type_27
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_28 = (
                                BetaCustomToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_28
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_item_type_29 = BetaCustomToolCall.from_dict(data)

                            return componentsschemas_beta_item_type_29
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_input_item_type_2 = (
                                BetaCompactionTriggerItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_input_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_input_item_type_3 = (
                                BetaItemReferenceParam.from_dict(data)
                            )

                            return componentsschemas_beta_input_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_input_item_type_4 = (
                                BetaProgramItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_input_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_input_item_type_5 = (
                            BetaProgramOutputItemParam.from_dict(data)
                        )

                        return componentsschemas_beta_input_item_type_5

                    input_type_0_type_1_item = _parse_input_type_0_type_1_item(
                        input_type_0_type_1_item_data
                    )

                    input_type_0_type_1.append(input_type_0_type_1_item)

                return input_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[BetaAdditionalToolsItemParam | BetaAgentMessageItemParam | BetaApplyPatchToolCallItemParam | BetaApplyPatchToolCallOutputItemParam | BetaCodeInterpreterToolCall | BetaCompactionSummaryItemParam | BetaCompactionTriggerItemParam | BetaComputerCallOutputItemParam | BetaComputerToolCall | BetaCustomToolCall | BetaCustomToolCallOutput | BetaEasyInputMessage | BetaFileSearchToolCall | BetaFunctionCallOutputItemParam | BetaFunctionShellCallItemParam | BetaFunctionShellCallOutputItemParam | BetaFunctionToolCall | BetaImageGenToolCall | BetaInputMessage | BetaItemReferenceParam | BetaLocalShellToolCall | BetaLocalShellToolCallOutput | BetaMCPApprovalRequest | BetaMCPApprovalResponse | BetaMCPListTools | BetaMCPToolCall | BetaMultiAgentCallItemParam | BetaMultiAgentCallOutputItemParam | BetaOutputMessage | BetaProgramItemParam | BetaProgramOutputItemParam | BetaReasoningItem | BetaToolSearchCallItemParam | BetaToolSearchOutputItemParam | BetaWebSearchToolCall] | None | str | Unset",
                data,
            )

        input_ = _parse_input_(d.get("input", UNSET))

        def _parse_previous_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        previous_response_id = _parse_previous_response_id(d.get("previous_response_id", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        instructions = _parse_instructions(d.get("instructions", UNSET))

        def _parse_prompt_cache_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        prompt_cache_key = _parse_prompt_cache_key(d.get("prompt_cache_key", UNSET))

        def _parse_prompt_cache_retention(
            data: object,
        ) -> BetaPromptCacheRetentionEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prompt_cache_retention_type_0 = check_beta_prompt_cache_retention_enum(data)

                return prompt_cache_retention_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaPromptCacheRetentionEnum | None | Unset", data)

        prompt_cache_retention = _parse_prompt_cache_retention(
            d.get("prompt_cache_retention", UNSET)
        )

        def _parse_prompt_cache_options(data: object) -> BetaPromptCacheOptionsParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_cache_options_type_0 = BetaPromptCacheOptionsParam.from_dict(data)

                return prompt_cache_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaPromptCacheOptionsParam | None | Unset", data)

        prompt_cache_options = _parse_prompt_cache_options(d.get("prompt_cache_options", UNSET))

        def _parse_service_tier(data: object) -> BetaServiceTierEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_tier_type_0 = check_beta_service_tier_enum(data)

                return service_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaServiceTierEnum | None | Unset", data)

        service_tier = _parse_service_tier(d.get("service_tier", UNSET))

        beta_compact_response_method_public_body = cls(
            model=model,
            input_=input_,
            previous_response_id=previous_response_id,
            instructions=instructions,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            prompt_cache_options=prompt_cache_options,
            service_tier=service_tier,
        )

        beta_compact_response_method_public_body.additional_properties = _extra_fields(d)
        return beta_compact_response_method_public_body

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
