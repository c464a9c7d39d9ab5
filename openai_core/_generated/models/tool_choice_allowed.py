# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_choice_allowed_mode import ToolChoiceAllowedMode, check_tool_choice_allowed_mode

T = TypeVar("T", bound="ToolChoiceAllowed")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "mode",
        "tools",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ToolChoiceAllowed:
    """Schema `ToolChoiceAllowed`.

    Attributes:
        type_ (Literal['allowed_tools']): Always 'allowed_tools'.
        mode (ToolChoiceAllowedMode): One of: 'auto', 'required' (others kept).
        tools (list[ToolChoiceAllowedToolsItem]):
    """

    type_: Literal["allowed_tools"]
    mode: ToolChoiceAllowedMode
    tools: list[ToolChoiceAllowedToolsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        mode: str = self.mode

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "mode": mode,
                "tools": tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['allowed_tools']", d["type"])
        if type_ != "allowed_tools":
            raise ValueError(f"type must match const 'allowed_tools', got '{type_}'")

        mode = check_tool_choice_allowed_mode(d["mode"])

        tools = []
        _tools = d["tools"]
        for tools_item_data in _tools:
            tools_item = ToolChoiceAllowedToolsItem.from_dict(tools_item_data)

            tools.append(tools_item)

        tool_choice_allowed = cls(
            type_=type_,
            mode=mode,
            tools=tools,
        )

        tool_choice_allowed.additional_properties = _extra_fields(d)
        return tool_choice_allowed

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
from ..models.tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem  # noqa: E402
