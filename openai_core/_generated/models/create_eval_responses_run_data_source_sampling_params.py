# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump
from ..models.reasoning_effort_type_0 import ReasoningEffortType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEvalResponsesRunDataSourceSamplingParams")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_tools_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_tools_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateEvalResponsesRunDataSourceSamplingParams(_Model):
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

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = self.reasoning_effort
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
        if self.max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = self.max_completion_tokens
        if self.top_p is not UNSET:
            field_dict["top_p"] = self.top_p
        if self.seed is not UNSET:
            field_dict["seed"] = self.seed
        if self.tools is not UNSET:
            field_dict["tools"] = dump(self.tools)
        if self.text is not UNSET:
            field_dict["text"] = dump(self.text)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        reasoning_effort = d.get("reasoning_effort", UNSET)
        temperature = d.get("temperature", UNSET)
        max_completion_tokens = d.get("max_completion_tokens", UNSET)
        top_p = d.get("top_p", UNSET)
        seed = d.get("seed", UNSET)
        _tools = d.get("tools", UNSET)
        tools = [_read_tools_item(_i0) for _i0 in _tools] if isinstance(_tools, list) else _tools
        _text = d.get("text", UNSET)
        text = (
            CreateEvalResponsesRunDataSourceSamplingParamsText.from_dict(_text)
            if isinstance(_text, dict)
            else _text
        )
        create_eval_responses_run_data_source_sampling_params = cls(
            reasoning_effort=reasoning_effort,
            temperature=temperature,
            max_completion_tokens=max_completion_tokens,
            top_p=top_p,
            seed=seed,
            tools=tools,
            text=text,
        )
        if not _FIELDS.issuperset(d):
            create_eval_responses_run_data_source_sampling_params.additional_properties = (
                _extra_fields(d)
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

_choose_tools_item = ModelChoice(
    FunctionTool,
    FileSearchTool,
    ComputerTool,
    ComputerUsePreviewTool,
    WebSearchTool,
    MCPTool,
    CodeInterpreterTool,
    ProgrammaticToolCallingParam,
    ImageGenTool,
    LocalShellToolParam,
    FunctionShellToolParam,
    CustomToolParam,
    NamespaceToolParam,
    ToolSearchToolParam,
    WebSearchPreviewTool,
    ApplyPatchToolParam,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateEvalResponsesRunDataSourceSamplingParams._oc_fields = (
    (
        "reasoning_effort",
        "reasoning_effort",
        False,
        (
            "union",
            (
                (
                    "enum",
                    "ReasoningEffortType0",
                    ("high", "low", "max", "medium", "minimal", "none", "xhigh"),
                ),
                "null",
            ),
        ),
    ),
    ("temperature", "temperature", False, "number"),
    ("max_completion_tokens", "max_completion_tokens", False, "integer"),
    ("top_p", "top_p", False, "number"),
    ("seed", "seed", False, "integer"),
    (
        "tools",
        "tools",
        False,
        (
            "list",
            (
                "union",
                (
                    FunctionTool,
                    FileSearchTool,
                    ComputerTool,
                    ComputerUsePreviewTool,
                    WebSearchTool,
                    MCPTool,
                    CodeInterpreterTool,
                    ProgrammaticToolCallingParam,
                    ImageGenTool,
                    LocalShellToolParam,
                    FunctionShellToolParam,
                    CustomToolParam,
                    NamespaceToolParam,
                    ToolSearchToolParam,
                    WebSearchPreviewTool,
                    ApplyPatchToolParam,
                ),
            ),
        ),
    ),
    ("text", "text", False, CreateEvalResponsesRunDataSourceSamplingParamsText),
)
