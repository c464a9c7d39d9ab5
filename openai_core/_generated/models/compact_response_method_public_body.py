# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_ids_responses_type_1 import (
    ModelIdsResponsesType1,
    check_model_ids_responses_type_1,
)
from ..models.prompt_cache_retention_enum import (
    PromptCacheRetentionEnum,
    check_prompt_cache_retention_enum,
)
from ..models.service_tier_enum import ServiceTierEnum, check_service_tier_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompactResponseMethodPublicBody")

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
class CompactResponseMethodPublicBody:
    """Schema `CompactResponseMethodPublicBody`.

    Attributes:
        model (ModelIdsResponsesType1 | None | str): Schema `ModelIdsCompaction`.
        input_ (list[AdditionalToolsItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam |
            CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam
            | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall |
            FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall |
            ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput |
            MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ProgramItemParam |
            ProgramOutputItemParam | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam |
            WebSearchToolCall] | None | str | Unset):
        previous_response_id (None | str | Unset):
        instructions (None | str | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_retention (None | PromptCacheRetentionEnum | Unset):
        prompt_cache_options (None | PromptCacheOptionsParam | Unset):
        service_tier (None | ServiceTierEnum | Unset):
    """

    model: ModelIdsResponsesType1 | None | str
    input_: (
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
        | str
        | Unset
    ) = UNSET
    previous_response_id: None | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_retention: None | PromptCacheRetentionEnum | Unset = UNSET
    prompt_cache_options: None | PromptCacheOptionsParam | Unset = UNSET
    service_tier: None | ServiceTierEnum | Unset = UNSET
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
                if isinstance(input_type_0_type_1_item_data, EasyInputMessage):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, InputMessage):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, OutputMessage):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, FileSearchToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ComputerToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ComputerCallOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, WebSearchToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, FunctionToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, FunctionCallOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ToolSearchCallItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ToolSearchOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, AdditionalToolsItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ReasoningItem):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, CompactionSummaryItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ImageGenToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, CodeInterpreterToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, LocalShellToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, LocalShellToolCallOutput):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, FunctionShellCallItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, FunctionShellCallOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ApplyPatchToolCallItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ApplyPatchToolCallOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, MCPListTools):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, MCPApprovalRequest):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, MCPApprovalResponse):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, MCPToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, CustomToolCallOutput):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, CustomToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, CompactionTriggerItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ItemReferenceParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ProgramItemParam):
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
        elif isinstance(self.prompt_cache_options, PromptCacheOptionsParam):
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

        def _parse_model(data: object) -> ModelIdsResponsesType1 | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_model_ids_responses_type_1 = check_model_ids_responses_type_1(
                    data
                )

                return componentsschemas_model_ids_responses_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ModelIdsResponsesType1 | None | str", data)

        model = _parse_model(d["model"])

        def _parse_input_(
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

                    input_type_0_type_1_item = _parse_input_type_0_type_1_item(
                        input_type_0_type_1_item_data
                    )

                    input_type_0_type_1.append(input_type_0_type_1_item)

                return input_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[AdditionalToolsItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall | FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall | ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ProgramItemParam | ProgramOutputItemParam | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam | WebSearchToolCall] | None | str | Unset",
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

        def _parse_prompt_cache_retention(data: object) -> None | PromptCacheRetentionEnum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prompt_cache_retention_type_0 = check_prompt_cache_retention_enum(data)

                return prompt_cache_retention_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PromptCacheRetentionEnum | Unset", data)

        prompt_cache_retention = _parse_prompt_cache_retention(
            d.get("prompt_cache_retention", UNSET)
        )

        def _parse_prompt_cache_options(data: object) -> None | PromptCacheOptionsParam | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_cache_options_type_0 = PromptCacheOptionsParam.from_dict(data)

                return prompt_cache_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PromptCacheOptionsParam | Unset", data)

        prompt_cache_options = _parse_prompt_cache_options(d.get("prompt_cache_options", UNSET))

        def _parse_service_tier(data: object) -> None | ServiceTierEnum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_tier_type_0 = check_service_tier_enum(data)

                return service_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ServiceTierEnum | Unset", data)

        service_tier = _parse_service_tier(d.get("service_tier", UNSET))

        compact_response_method_public_body = cls(
            model=model,
            input_=input_,
            previous_response_id=previous_response_id,
            instructions=instructions,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            prompt_cache_options=prompt_cache_options,
            service_tier=service_tier,
        )

        compact_response_method_public_body.additional_properties = _extra_fields(d)
        return compact_response_method_public_body

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
from ..models.output_message import OutputMessage  # noqa: E402
from ..models.program_item_param import ProgramItemParam  # noqa: E402
from ..models.program_output_item_param import ProgramOutputItemParam  # noqa: E402
from ..models.prompt_cache_options_param import PromptCacheOptionsParam  # noqa: E402
from ..models.reasoning_item import ReasoningItem  # noqa: E402
from ..models.tool_search_call_item_param import ToolSearchCallItemParam  # noqa: E402
from ..models.tool_search_output_item_param import ToolSearchOutputItemParam  # noqa: E402
from ..models.web_search_tool_call import WebSearchToolCall  # noqa: E402
