# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NamespaceToolParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "description",
        "tools",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class NamespaceToolParam:
    """Schema `NamespaceToolParam`.

    Attributes:
        type_ (Literal['namespace']): Always 'namespace'.
        name (str): Length 1..any.
        description (str):
        tools (list[CustomToolParam | FunctionToolParam]): Items 1..any.
    """

    type_: Literal["namespace"]
    name: str
    description: str
    tools: list[CustomToolParam | FunctionToolParam]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        description = self.description

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, FunctionToolParam):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "description": description,
                "tools": tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['namespace']", d["type"])
        if type_ != "namespace":
            raise ValueError(f"type must match const 'namespace', got '{type_}'")

        name = d["name"]

        description = d["description"]

        tools = []
        _tools = d["tools"]
        for tools_item_data in _tools:

            def _parse_tools_item(data: object) -> CustomToolParam | FunctionToolParam:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_0 = FunctionToolParam.from_dict(data)

                    return tools_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                tools_item_type_1 = CustomToolParam.from_dict(data)

                return tools_item_type_1

            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        namespace_tool_param = cls(
            type_=type_,
            name=name,
            description=description,
            tools=tools,
        )

        namespace_tool_param.additional_properties = _extra_fields(d)
        return namespace_tool_param

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
from ..models.custom_tool_param import CustomToolParam  # noqa: E402
from ..models.function_tool_param import FunctionToolParam  # noqa: E402
