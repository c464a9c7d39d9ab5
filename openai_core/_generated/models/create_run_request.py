# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.assistant_supported_models import (
    AssistantSupportedModels,
)
from ..models.assistants_api_tool_choice_option_type_0 import (
    AssistantsApiToolChoiceOptionType0,
)
from ..models.reasoning_effort_type_0 import ReasoningEffortType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRunRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "assistant_id",
        "model",
        "reasoning_effort",
        "instructions",
        "additional_instructions",
        "additional_messages",
        "tools",
        "metadata",
        "temperature",
        "top_p",
        "stream",
        "max_prompt_tokens",
        "max_completion_tokens",
        "truncation_strategy",
        "tool_choice",
        "parallel_tool_calls",
        "response_format",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_additional_messages(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [
                (CreateMessageRequest.from_dict(_i1) if isinstance(_i1, dict) else _i1)
                for _i1 in data
            ]
            if isinstance(data, list)
            else data
        )
    return data


def _read_tools(data: Any) -> Any:
    if isinstance(data, list):
        return [_read_tools_type_0_item(_i1) for _i1 in data] if isinstance(data, list) else data
    return data


def _read_tools_type_0_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "code_interpreter":
            return AssistantToolsCode.from_dict(data)
        if tag == "file_search":
            return AssistantToolsFileSearch.from_dict(data)
        if tag == "function":
            return AssistantToolsFunction.from_dict(data)
        return _choose_tools_type_0_item(data)
    return data


def _read_response_format(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "text":
            return ResponseFormatText.from_dict(data)
        if tag == "json_object":
            return ResponseFormatJsonObject.from_dict(data)
        if tag == "json_schema":
            return ResponseFormatJsonSchema.from_dict(data)
        return _choose_response_format(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateRunRequest(_Model):
    """Schema `CreateRunRequest`.

    Attributes:
        assistant_id (str):
        model (AssistantSupportedModels | None | str | Unset):
        reasoning_effort (None | ReasoningEffortType0 | Unset): Schema `ReasoningEffort`.
        instructions (None | str | Unset):
        additional_instructions (None | str | Unset):
        additional_messages (list[CreateMessageRequest] | None | Unset):
        tools (list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction] | None | Unset): Items
            0..20.
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
        temperature (float | None | Unset): Range 0..2. Server default: 1. Default: 1.0.
        top_p (float | None | Unset): Range 0..1. Server default: 1. Default: 1.0.
        stream (bool | None | Unset):
        max_prompt_tokens (int | None | Unset): Range 256..inf.
        max_completion_tokens (int | None | Unset): Range 256..inf.
        truncation_strategy (None | TruncationObject | Unset):
        tool_choice (AssistantsApiToolChoiceOptionType0 | AssistantsNamedToolChoice | None | Unset):
        parallel_tool_calls (bool | Unset): Schema `ParallelToolCalls`.
        response_format (Literal['auto'] | None | ResponseFormatJsonObject | ResponseFormatJsonSchema |
            ResponseFormatText | Unset):
    """

    assistant_id: str
    model: AssistantSupportedModels | None | str | Unset = UNSET
    reasoning_effort: None | ReasoningEffortType0 | Unset = UNSET
    instructions: None | str | Unset = UNSET
    additional_instructions: None | str | Unset = UNSET
    additional_messages: list[CreateMessageRequest] | None | Unset = UNSET
    tools: (
        list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction] | None | Unset
    ) = UNSET
    metadata: MetadataType0 | None | Unset = UNSET
    temperature: float | None | Unset = 1.0
    top_p: float | None | Unset = 1.0
    stream: bool | None | Unset = UNSET
    max_prompt_tokens: int | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    truncation_strategy: None | TruncationObject | Unset = UNSET
    tool_choice: AssistantsApiToolChoiceOptionType0 | AssistantsNamedToolChoice | None | Unset = (
        UNSET
    )
    parallel_tool_calls: bool | Unset = UNSET
    response_format: (
        Literal["auto"]
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("assistant_id",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["assistant_id"] = self.assistant_id
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = self.reasoning_effort
        if self.instructions is not UNSET:
            field_dict["instructions"] = self.instructions
        if self.additional_instructions is not UNSET:
            field_dict["additional_instructions"] = self.additional_instructions
        if self.additional_messages is not UNSET:
            field_dict["additional_messages"] = dump(self.additional_messages)
        if self.tools is not UNSET:
            field_dict["tools"] = dump(self.tools)
        if self.metadata is not UNSET:
            field_dict["metadata"] = dump(self.metadata)
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
        if self.top_p is not UNSET:
            field_dict["top_p"] = self.top_p
        if self.stream is not UNSET:
            field_dict["stream"] = self.stream
        if self.max_prompt_tokens is not UNSET:
            field_dict["max_prompt_tokens"] = self.max_prompt_tokens
        if self.max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = self.max_completion_tokens
        if self.truncation_strategy is not UNSET:
            field_dict["truncation_strategy"] = dump(self.truncation_strategy)
        if self.tool_choice is not UNSET:
            field_dict["tool_choice"] = dump(self.tool_choice)
        if self.parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = self.parallel_tool_calls
        if self.response_format is not UNSET:
            field_dict["response_format"] = dump(self.response_format)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        assistant_id = d.get("assistant_id")
        model = d.get("model", UNSET)
        reasoning_effort = d.get("reasoning_effort", UNSET)
        instructions = d.get("instructions", UNSET)
        additional_instructions = d.get("additional_instructions", UNSET)
        _additional_messages = d.get("additional_messages", UNSET)
        additional_messages = _read_additional_messages(_additional_messages)
        _tools = d.get("tools", UNSET)
        tools = _read_tools(_tools)
        _metadata = d.get("metadata", UNSET)
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        temperature = d.get("temperature", UNSET)
        top_p = d.get("top_p", UNSET)
        stream = d.get("stream", UNSET)
        max_prompt_tokens = d.get("max_prompt_tokens", UNSET)
        max_completion_tokens = d.get("max_completion_tokens", UNSET)
        _truncation_strategy = d.get("truncation_strategy", UNSET)
        truncation_strategy = (
            TruncationObject.from_dict(_truncation_strategy)
            if isinstance(_truncation_strategy, dict)
            else _truncation_strategy
        )
        _tool_choice = d.get("tool_choice", UNSET)
        tool_choice = (
            AssistantsNamedToolChoice.from_dict(_tool_choice)
            if isinstance(_tool_choice, dict)
            else _tool_choice
        )
        parallel_tool_calls = d.get("parallel_tool_calls", UNSET)
        _response_format = d.get("response_format", UNSET)
        response_format = _read_response_format(_response_format)
        create_run_request = cls(
            assistant_id=assistant_id,
            model=model,
            reasoning_effort=reasoning_effort,
            instructions=instructions,
            additional_instructions=additional_instructions,
            additional_messages=additional_messages,
            tools=tools,
            metadata=metadata,
            temperature=temperature,
            top_p=top_p,
            stream=stream,
            max_prompt_tokens=max_prompt_tokens,
            max_completion_tokens=max_completion_tokens,
            truncation_strategy=truncation_strategy,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            response_format=response_format,
        )
        if assistant_id is None:
            create_run_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_run_request.additional_properties = _extra_fields(d)
        return create_run_request

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
from ..models.assistant_tools_code import AssistantToolsCode  # noqa: E402
from ..models.assistant_tools_file_search import AssistantToolsFileSearch  # noqa: E402
from ..models.assistant_tools_function import AssistantToolsFunction  # noqa: E402
from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice  # noqa: E402
from ..models.create_message_request import CreateMessageRequest  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: E402
from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: E402
from ..models.response_format_text import ResponseFormatText  # noqa: E402
from ..models.truncation_object import TruncationObject  # noqa: E402

_choose_tools_type_0_item = ModelChoice(
    AssistantToolsCode, AssistantToolsFileSearch, AssistantToolsFunction
)
_choose_response_format = ModelChoice(
    ResponseFormatText, ResponseFormatJsonObject, ResponseFormatJsonSchema
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateRunRequest._oc_fields = (
    ("assistant_id", "assistant_id", True, "string"),
    (
        "model",
        "model",
        False,
        (
            "union",
            (
                "string",
                (
                    "enum",
                    "AssistantSupportedModels",
                    (
                        "gpt-3.5-turbo",
                        "gpt-3.5-turbo-0125",
                        "gpt-3.5-turbo-0613",
                        "gpt-3.5-turbo-1106",
                        "gpt-3.5-turbo-16k",
                        "gpt-3.5-turbo-16k-0613",
                        "gpt-4",
                        "gpt-4-0125-preview",
                        "gpt-4-0314",
                        "gpt-4-0613",
                        "gpt-4-1106-preview",
                        "gpt-4-32k",
                        "gpt-4-32k-0314",
                        "gpt-4-32k-0613",
                        "gpt-4-turbo",
                        "gpt-4-turbo-2024-04-09",
                        "gpt-4-turbo-preview",
                        "gpt-4-vision-preview",
                        "gpt-4.1",
                        "gpt-4.1-2025-04-14",
                        "gpt-4.1-mini",
                        "gpt-4.1-mini-2025-04-14",
                        "gpt-4.1-nano",
                        "gpt-4.1-nano-2025-04-14",
                        "gpt-4.5-preview",
                        "gpt-4.5-preview-2025-02-27",
                        "gpt-4o",
                        "gpt-4o-2024-05-13",
                        "gpt-4o-2024-08-06",
                        "gpt-4o-2024-11-20",
                        "gpt-4o-mini",
                        "gpt-4o-mini-2024-07-18",
                        "gpt-5",
                        "gpt-5-2025-08-07",
                        "gpt-5-mini",
                        "gpt-5-mini-2025-08-07",
                        "gpt-5-nano",
                        "gpt-5-nano-2025-08-07",
                        "o1",
                        "o1-2024-12-17",
                        "o3-mini",
                        "o3-mini-2025-01-31",
                    ),
                ),
                "null",
            ),
        ),
    ),
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
        "additional_instructions",
        "additional_instructions",
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
        "additional_messages",
        "additional_messages",
        False,
        (
            "union",
            (
                ("list", CreateMessageRequest),
                "null",
            ),
        ),
    ),
    (
        "tools",
        "tools",
        False,
        (
            "union",
            (
                (
                    "list",
                    (
                        "union",
                        (
                            AssistantToolsCode,
                            AssistantToolsFileSearch,
                            AssistantToolsFunction,
                        ),
                    ),
                ),
                "null",
            ),
        ),
    ),
    (
        "metadata",
        "metadata",
        False,
        (
            "union",
            (
                MetadataType0,
                "null",
            ),
        ),
    ),
    (
        "temperature",
        "temperature",
        False,
        (
            "union",
            (
                "number",
                "null",
            ),
        ),
    ),
    (
        "top_p",
        "top_p",
        False,
        (
            "union",
            (
                "number",
                "null",
            ),
        ),
    ),
    (
        "stream",
        "stream",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
    (
        "max_prompt_tokens",
        "max_prompt_tokens",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "max_completion_tokens",
        "max_completion_tokens",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "truncation_strategy",
        "truncation_strategy",
        False,
        (
            "union",
            (
                TruncationObject,
                "null",
            ),
        ),
    ),
    (
        "tool_choice",
        "tool_choice",
        False,
        (
            "union",
            (
                ("enum", "AssistantsApiToolChoiceOptionType0", ("auto", "none", "required")),
                AssistantsNamedToolChoice,
                "null",
            ),
        ),
    ),
    ("parallel_tool_calls", "parallel_tool_calls", False, "boolean"),
    (
        "response_format",
        "response_format",
        False,
        (
            "union",
            (
                ("const", "auto"),
                ResponseFormatText,
                ResponseFormatJsonObject,
                ResponseFormatJsonSchema,
                "null",
            ),
        ),
    ),
)
