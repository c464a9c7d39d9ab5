# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMessageRequestAttachmentsType0Item")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "file_id",
        "tools",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateMessageRequestAttachmentsType0Item:
    """
    Attributes:
        file_id (str | Unset):
        tools (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly] | Unset):
    """

    file_id: str | Unset = UNSET
    tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, AssistantToolsCode):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        file_id = d.get("file_id", UNSET)

        _tools = d.get("tools", UNSET)
        tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> AssistantToolsCode | AssistantToolsFileSearchTypeOnly:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_0 = AssistantToolsCode.from_dict(data)

                        return tools_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_1 = AssistantToolsFileSearchTypeOnly.from_dict(data)

                    return tools_item_type_1

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        create_message_request_attachments_type_0_item = cls(
            file_id=file_id,
            tools=tools,
        )

        create_message_request_attachments_type_0_item.additional_properties = _extra_fields(d)
        return create_message_request_attachments_type_0_item

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
from ..models.assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly  # noqa: E402
