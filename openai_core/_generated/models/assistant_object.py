# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssistantObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class AssistantObject:
    """Schema `AssistantObject`.

    Attributes:
        id (str):
        created_at (int):
        model (str):
        tools (list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]): Items 0..128.
        metadata (MetadataType0 | None): Schema `Metadata`.
        object_ (Literal['assistant'] | Unset): Always 'assistant'.
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
    object_: Literal["assistant"] | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        model = self.model

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, AssistantToolsCode):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, AssistantToolsFileSearch):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        object_ = self.object_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        tool_resources: dict[str, Any] | None | Unset
        if isinstance(self.tool_resources, Unset):
            tool_resources = UNSET
        elif isinstance(self.tool_resources, AssistantObjectToolResourcesType0):
            tool_resources = self.tool_resources.to_dict()
        else:
            tool_resources = self.tool_resources

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        response_format: dict[str, Any] | Literal["auto"] | None | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormatText):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonObject):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonSchema):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "model": model,
                "tools": tools,
                "metadata": metadata,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if tool_resources is not UNSET:
            field_dict["tool_resources"] = tool_resources
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if response_format is not UNSET:
            field_dict["response_format"] = response_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = d["created_at"]

        model = d["model"]

        tools = []
        _tools = d["tools"]
        for tools_item_data in _tools:

            def _parse_tools_item(
                data: object,
            ) -> AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_0 = AssistantToolsCode.from_dict(data)

                    return tools_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_1 = AssistantToolsFileSearch.from_dict(data)

                    return tools_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                tools_item_type_2 = AssistantToolsFunction.from_dict(data)

                return tools_item_type_2

            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        def _parse_metadata(data: object) -> MetadataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                return componentsschemas_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MetadataType0 | None", data)

        metadata = _parse_metadata(d["metadata"])

        object_ = cast("Literal['assistant'] | Unset", d.get("object", UNSET))
        if object_ != "assistant" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'assistant', got '{object_}'")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name = _parse_name(d.get("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        description = _parse_description(d.get("description", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        instructions = _parse_instructions(d.get("instructions", UNSET))

        def _parse_tool_resources(data: object) -> AssistantObjectToolResourcesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_resources_type_0 = AssistantObjectToolResourcesType0.from_dict(data)

                return tool_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AssistantObjectToolResourcesType0 | None | Unset", data)

        tool_resources = _parse_tool_resources(d.get("tool_resources", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        temperature = _parse_temperature(d.get("temperature", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        top_p = _parse_top_p(d.get("top_p", UNSET))

        def _parse_response_format(
            data: object,
        ) -> (
            Literal["auto"]
            | None
            | ResponseFormatJsonObject
            | ResponseFormatJsonSchema
            | ResponseFormatText
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            componentsschemas_assistants_api_response_format_option_type_0 = cast(
                "Literal['auto']", data
            )
            if componentsschemas_assistants_api_response_format_option_type_0 != "auto":
                raise ValueError(
                    f"/components/schemas/AssistantsApiResponseFormatOption_type_0 must match const 'auto', got '{componentsschemas_assistants_api_response_format_option_type_0}'"
                )
            return componentsschemas_assistants_api_response_format_option_type_0
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistants_api_response_format_option_type_1 = (
                    ResponseFormatText.from_dict(data)
                )

                return componentsschemas_assistants_api_response_format_option_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistants_api_response_format_option_type_2 = (
                    ResponseFormatJsonObject.from_dict(data)
                )

                return componentsschemas_assistants_api_response_format_option_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistants_api_response_format_option_type_3 = (
                    ResponseFormatJsonSchema.from_dict(data)
                )

                return componentsschemas_assistants_api_response_format_option_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "Literal['auto'] | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset",
                data,
            )

        response_format = _parse_response_format(d.get("response_format", UNSET))

        assistant_object = cls(
            id=id,
            created_at=created_at,
            model=model,
            tools=tools,
            metadata=metadata,
            object_=object_,
            name=name,
            description=description,
            instructions=instructions,
            tool_resources=tool_resources,
            temperature=temperature,
            top_p=top_p,
            response_format=response_format,
        )

        assistant_object.additional_properties = _extra_fields(d)
        return assistant_object

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
