# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort_type_0 import ReasoningEffortType0, check_reasoning_effort_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEvalResponsesRunDataSourceSamplingParams")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "reasoning_effort",
        "temperature",
        "max_completion_tokens",
        "top_p",
        "seed",
        "tools",
        "text",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateEvalResponsesRunDataSourceSamplingParams:
    """
    Attributes:
        reasoning_effort (None | ReasoningEffortType0 | Unset): Schema `ReasoningEffort`.
        temperature (float | Unset): Server default: 1. Default: 1.0.
        max_completion_tokens (int | Unset):
        top_p (float | Unset): Server default: 1. Default: 1.0.
        seed (int | Unset): Server default: 42. Default: 42.
        tools (list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam
            | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool |
            NamespaceToolParam | ProgrammaticToolCallingParam | ToolSearchToolParam | WebSearchPreviewTool | WebSearchTool]
            | Unset):
        text (CreateEvalResponsesRunDataSourceSamplingParamsText | Unset):
    """

    reasoning_effort: None | ReasoningEffortType0 | Unset = UNSET
    temperature: float | Unset = 1.0
    max_completion_tokens: int | Unset = UNSET
    top_p: float | Unset = 1.0
    seed: int | Unset = 42
    tools: (
        list[
            ApplyPatchToolParam
            | CodeInterpreterTool
            | ComputerTool
            | ComputerUsePreviewTool
            | CustomToolParam
            | FileSearchTool
            | FunctionShellToolParam
            | FunctionTool
            | ImageGenTool
            | LocalShellToolParam
            | MCPTool
            | NamespaceToolParam
            | ProgrammaticToolCallingParam
            | ToolSearchToolParam
            | WebSearchPreviewTool
            | WebSearchTool
        ]
        | Unset
    ) = UNSET
    text: CreateEvalResponsesRunDataSourceSamplingParamsText | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, str):
            reasoning_effort = self.reasoning_effort
        else:
            reasoning_effort = self.reasoning_effort

        temperature = self.temperature

        max_completion_tokens = self.max_completion_tokens

        top_p = self.top_p

        seed = self.seed

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, FunctionTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, FileSearchTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ComputerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ComputerUsePreviewTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebSearchTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, MCPTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CodeInterpreterTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ProgrammaticToolCallingParam):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ImageGenTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, LocalShellToolParam):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, FunctionShellToolParam):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CustomToolParam):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, NamespaceToolParam):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ToolSearchToolParam):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebSearchPreviewTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if seed is not UNSET:
            field_dict["seed"] = seed
        if tools is not UNSET:
            field_dict["tools"] = tools
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_reasoning_effort(data: object) -> None | ReasoningEffortType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_reasoning_effort_type_0 = check_reasoning_effort_type_0(data)

                return componentsschemas_reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ReasoningEffortType0 | Unset", data)

        reasoning_effort = _parse_reasoning_effort(d.get("reasoning_effort", UNSET))

        temperature = d.get("temperature", UNSET)

        max_completion_tokens = d.get("max_completion_tokens", UNSET)

        top_p = d.get("top_p", UNSET)

        seed = d.get("seed", UNSET)

        _tools = d.get("tools", UNSET)
        tools: (
            list[
                ApplyPatchToolParam
                | CodeInterpreterTool
                | ComputerTool
                | ComputerUsePreviewTool
                | CustomToolParam
                | FileSearchTool
                | FunctionShellToolParam
                | FunctionTool
                | ImageGenTool
                | LocalShellToolParam
                | MCPTool
                | NamespaceToolParam
                | ProgrammaticToolCallingParam
                | ToolSearchToolParam
                | WebSearchPreviewTool
                | WebSearchTool
            ]
            | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> (
                    ApplyPatchToolParam
                    | CodeInterpreterTool
                    | ComputerTool
                    | ComputerUsePreviewTool
                    | CustomToolParam
                    | FileSearchTool
                    | FunctionShellToolParam
                    | FunctionTool
                    | ImageGenTool
                    | LocalShellToolParam
                    | MCPTool
                    | NamespaceToolParam
                    | ProgrammaticToolCallingParam
                    | ToolSearchToolParam
                    | WebSearchPreviewTool
                    | WebSearchTool
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_0 = FunctionTool.from_dict(data)

                        return componentsschemas_tool_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_1 = FileSearchTool.from_dict(data)

                        return componentsschemas_tool_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_2 = ComputerTool.from_dict(data)

                        return componentsschemas_tool_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_3 = ComputerUsePreviewTool.from_dict(data)

                        return componentsschemas_tool_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_4 = WebSearchTool.from_dict(data)

                        return componentsschemas_tool_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_5 = MCPTool.from_dict(data)

                        return componentsschemas_tool_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_6 = CodeInterpreterTool.from_dict(data)

                        return componentsschemas_tool_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_7 = ProgrammaticToolCallingParam.from_dict(data)

                        return componentsschemas_tool_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_8 = ImageGenTool.from_dict(data)

                        return componentsschemas_tool_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_9 = LocalShellToolParam.from_dict(data)

                        return componentsschemas_tool_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_10 = FunctionShellToolParam.from_dict(data)

                        return componentsschemas_tool_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_11 = CustomToolParam.from_dict(data)

                        return componentsschemas_tool_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_12 = NamespaceToolParam.from_dict(data)

                        return componentsschemas_tool_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_13 = ToolSearchToolParam.from_dict(data)

                        return componentsschemas_tool_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_14 = WebSearchPreviewTool.from_dict(data)

                        return componentsschemas_tool_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_15 = ApplyPatchToolParam.from_dict(data)

                    return componentsschemas_tool_type_15

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        _text = d.get("text", UNSET)
        text: CreateEvalResponsesRunDataSourceSamplingParamsText | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = CreateEvalResponsesRunDataSourceSamplingParamsText.from_dict(_text)

        create_eval_responses_run_data_source_sampling_params = cls(
            reasoning_effort=reasoning_effort,
            temperature=temperature,
            max_completion_tokens=max_completion_tokens,
            top_p=top_p,
            seed=seed,
            tools=tools,
            text=text,
        )

        create_eval_responses_run_data_source_sampling_params.additional_properties = _extra_fields(
            d
        )
        return create_eval_responses_run_data_source_sampling_params

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
from ..models.apply_patch_tool_param import ApplyPatchToolParam  # noqa: E402
from ..models.code_interpreter_tool import CodeInterpreterTool  # noqa: E402
from ..models.computer_tool import ComputerTool  # noqa: E402
from ..models.computer_use_preview_tool import ComputerUsePreviewTool  # noqa: E402
from ..models.create_eval_responses_run_data_source_sampling_params_text import (
    CreateEvalResponsesRunDataSourceSamplingParamsText,  # noqa: E402
)
from ..models.custom_tool_param import CustomToolParam  # noqa: E402
from ..models.file_search_tool import FileSearchTool  # noqa: E402
from ..models.function_shell_tool_param import FunctionShellToolParam  # noqa: E402
from ..models.function_tool import FunctionTool  # noqa: E402
from ..models.image_gen_tool import ImageGenTool  # noqa: E402
from ..models.local_shell_tool_param import LocalShellToolParam  # noqa: E402
from ..models.mcp_tool import MCPTool  # noqa: E402
from ..models.namespace_tool_param import NamespaceToolParam  # noqa: E402
from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam  # noqa: E402
from ..models.tool_search_tool_param import ToolSearchToolParam  # noqa: E402
from ..models.web_search_preview_tool import WebSearchPreviewTool  # noqa: E402
from ..models.web_search_tool import WebSearchTool  # noqa: E402
