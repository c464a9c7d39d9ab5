# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_allowed_tools_mode import (
    ChatCompletionAllowedToolsMode,
    check_chat_completion_allowed_tools_mode,
)

T = TypeVar("T", bound="ChatCompletionAllowedTools")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "mode",
        "tools",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ChatCompletionAllowedTools:
    """Schema `ChatCompletionAllowedTools`.

    Attributes:
        mode (ChatCompletionAllowedToolsMode): One of: 'auto', 'required' (others kept).
        tools (list[ChatCompletionAllowedToolsToolsItem]):
    """

    mode: ChatCompletionAllowedToolsMode
    tools: list[ChatCompletionAllowedToolsToolsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "tools": tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        mode = check_chat_completion_allowed_tools_mode(d["mode"])

        tools = []
        _tools = d["tools"]
        for tools_item_data in _tools:
            tools_item = ChatCompletionAllowedToolsToolsItem.from_dict(tools_item_data)

            tools.append(tools_item)

        chat_completion_allowed_tools = cls(
            mode=mode,
            tools=tools,
        )

        chat_completion_allowed_tools.additional_properties = _extra_fields(d)
        return chat_completion_allowed_tools

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
from ..models.chat_completion_allowed_tools_tools_item import ChatCompletionAllowedToolsToolsItem  # noqa: E402
