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

T = TypeVar("T", bound="AssistantObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "model",
        "tools",
        "metadata",
        "object",
        "name",
        "description",
        "instructions",
        "tool_resources",
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
class AssistantObject(_Model):
    """Schema `AssistantObject`.

    Attributes:
        id (str):
        created_at (int):
        model (str):
        tools (list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]): Items 0..128.
        metadata (MetadataType0 | None): Schema `Metadata`.
        object (Literal['assistant'] | Unset): Always 'assistant'.
        name (None | str | Unset):
        description (None | str | Unset):
        instructions (None | str | Unset):
        tool_resources (AssistantObjectToolResourcesType0 | None | Unset):
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        response_format (Literal['auto'] | None | ResponseFormatJsonObject | ResponseFormatJsonSchema |
            ResponseFormatText | Unset):
    """

    id: str
    created_at: int
    model: str
    tools: list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
    metadata: MetadataType0 | None
    object: Literal["assistant"] | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    tool_resources: AssistantObjectToolResourcesType0 | None | Unset = UNSET
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
    _oc_required = (
        "id",
        "created_at",
        "model",
        "tools",
        "metadata",
    )
    _oc_consts = {"object": "assistant"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["created_at"] = self.created_at
        field_dict["model"] = self.model
        field_dict["tools"] = dump(self.tools)
        field_dict["metadata"] = dump(self.metadata)
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.instructions is not UNSET:
            field_dict["instructions"] = self.instructions
        if self.tool_resources is not UNSET:
            field_dict["tool_resources"] = dump(self.tool_resources)
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
        if self.top_p is not UNSET:
            field_dict["top_p"] = self.top_p
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
        id = d.get("id")
        created_at = d.get("created_at")
        model = d.get("model")
        _tools = d.get("tools")
        tools = [_read_tools_item(_i0) for _i0 in _tools] if isinstance(_tools, list) else _tools
        _metadata = d.get("metadata")
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        object_ = d.get("object", UNSET)
        name = d.get("name", UNSET)
        description = d.get("description", UNSET)
        instructions = d.get("instructions", UNSET)
        _tool_resources = d.get("tool_resources", UNSET)
        tool_resources = (
            AssistantObjectToolResourcesType0.from_dict(_tool_resources)
            if isinstance(_tool_resources, dict)
            else _tool_resources
        )
        temperature = d.get("temperature", UNSET)
        top_p = d.get("top_p", UNSET)
        _response_format = d.get("response_format", UNSET)
        response_format = _read_response_format(_response_format)
        assistant_object = cls(
            id=id,
            created_at=created_at,
            model=model,
            tools=tools,
            metadata=metadata,
            object=object_,
            name=name,
            description=description,
            instructions=instructions,
            tool_resources=tool_resources,
            temperature=temperature,
            top_p=top_p,
            response_format=response_format,
        )
        if id is None or created_at is None or model is None or tools is None or metadata is None:
            assistant_object._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            assistant_object.additional_properties = _extra_fields(d)
        return assistant_object

    @property
    def object_(self) -> Literal["assistant"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["assistant"] | Unset) -> None:
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
from ..models.assistant_object_tool_resources_type_0 import AssistantObjectToolResourcesType0  # noqa: E402
from ..models.assistant_tools_code import AssistantToolsCode  # noqa: E402
from ..models.assistant_tools_file_search import AssistantToolsFileSearch  # noqa: E402
from ..models.assistant_tools_function import AssistantToolsFunction  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
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
AssistantObject._oc_fields = (
    ("id", "id", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("model", "model", True, "string"),
    (
        "tools",
        "tools",
        True,
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
        "metadata",
        "metadata",
        True,
        (
            "union",
            (
                MetadataType0,
                "null",
            ),
        ),
    ),
    ("object", "object", False, ("const", "assistant")),
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
        "tool_resources",
        "tool_resources",
        False,
        (
            "union",
            (
                AssistantObjectToolResourcesType0,
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
