# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump
from ..models.assistant_supported_models import (
    AssistantSupportedModels,
)
from ..models.reasoning_effort_type_0 import ReasoningEffortType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModifyAssistantRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "model",
        "reasoning_effort",
        "name",
        "description",
        "instructions",
        "tools",
        "tool_resources",
        "metadata",
        "temperature",
        "top_p",
        "response_format",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_tools_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "code_interpreter":
            return AssistantToolsCode.from_dict(data)
        if tag == "file_search":
            return AssistantToolsFileSearch.from_dict(data)
        if tag == "function":
            return AssistantToolsFunction.from_dict(data)
        return _choose_tools_item(data)
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
class ModifyAssistantRequest(_Model):
    """Schema `ModifyAssistantRequest`.

    Attributes:
        model (AssistantSupportedModels | str | Unset):
        reasoning_effort (None | ReasoningEffortType0 | Unset): Schema `ReasoningEffort`.
        name (None | str | Unset):
        description (None | str | Unset):
        instructions (None | str | Unset):
        tools (list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction] | Unset): Items 0..128.
        tool_resources (ModifyAssistantRequestToolResourcesType0 | None | Unset):
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        response_format (Literal['auto'] | None | ResponseFormatJsonObject | ResponseFormatJsonSchema |
            ResponseFormatText | Unset):
    """

    model: AssistantSupportedModels | str | Unset = UNSET
    reasoning_effort: None | ReasoningEffortType0 | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    tools: list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction] | Unset = (
        UNSET
    )
    tool_resources: ModifyAssistantRequestToolResourcesType0 | None | Unset = UNSET
    metadata: MetadataType0 | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
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
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = self.reasoning_effort
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.instructions is not UNSET:
            field_dict["instructions"] = self.instructions
        if self.tools is not UNSET:
            field_dict["tools"] = dump(self.tools)
        if self.tool_resources is not UNSET:
            field_dict["tool_resources"] = dump(self.tool_resources)
        if self.metadata is not UNSET:
            field_dict["metadata"] = dump(self.metadata)
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
        if self.top_p is not UNSET:
            field_dict["top_p"] = self.top_p
        if self.response_format is not UNSET:
            field_dict["response_format"] = dump(self.response_format)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        model = d.get("model", UNSET)
        reasoning_effort = d.get("reasoning_effort", UNSET)
        name = d.get("name", UNSET)
        description = d.get("description", UNSET)
        instructions = d.get("instructions", UNSET)
        _tools = d.get("tools", UNSET)
        tools = [_read_tools_item(_i0) for _i0 in _tools] if isinstance(_tools, list) else _tools
        _tool_resources = d.get("tool_resources", UNSET)
        tool_resources = (
            ModifyAssistantRequestToolResourcesType0.from_dict(_tool_resources)
            if isinstance(_tool_resources, dict)
            else _tool_resources
        )
        _metadata = d.get("metadata", UNSET)
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        temperature = d.get("temperature", UNSET)
        top_p = d.get("top_p", UNSET)
        _response_format = d.get("response_format", UNSET)
        response_format = _read_response_format(_response_format)
        modify_assistant_request = cls(
            model=model,
            reasoning_effort=reasoning_effort,
            name=name,
            description=description,
            instructions=instructions,
            tools=tools,
            tool_resources=tool_resources,
            metadata=metadata,
            temperature=temperature,
            top_p=top_p,
            response_format=response_format,
        )
        if not _FIELDS.issuperset(d):
            modify_assistant_request.additional_properties = _extra_fields(d)
        return modify_assistant_request

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
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
from ..models.modify_assistant_request_tool_resources_type_0 import (
    ModifyAssistantRequestToolResourcesType0,  # noqa: E402
)
from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: E402
from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: E402
from ..models.response_format_text import ResponseFormatText  # noqa: E402

_choose_tools_item = ModelChoice(
    AssistantToolsCode, AssistantToolsFileSearch, AssistantToolsFunction
)
_choose_response_format = ModelChoice(
    ResponseFormatText, ResponseFormatJsonObject, ResponseFormatJsonSchema
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ModifyAssistantRequest._oc_fields = (
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
        "name",
        "name",
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
        "description",
        "description",
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
        "tools",
        "tools",
        False,
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
    ),
    (
        "tool_resources",
        "tool_resources",
        False,
        (
            "union",
            (
                ModifyAssistantRequestToolResourcesType0,
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
