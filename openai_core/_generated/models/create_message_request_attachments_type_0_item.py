# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMessageRequestAttachmentsType0Item")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "file_id",
        "tools",
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
            return AssistantToolsFileSearchTypeOnly.from_dict(data)
        return _choose_tools_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateMessageRequestAttachmentsType0Item(_Model):
    """
    Attributes:
        file_id (str | Unset):
        tools (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly] | Unset):
    """

    file_id: str | Unset = UNSET
    tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.file_id is not UNSET:
            field_dict["file_id"] = self.file_id
        if self.tools is not UNSET:
            field_dict["tools"] = dump(self.tools)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        file_id = d.get("file_id", UNSET)
        _tools = d.get("tools", UNSET)
        tools = [_read_tools_item(_i0) for _i0 in _tools] if isinstance(_tools, list) else _tools
        create_message_request_attachments_type_0_item = cls(
            file_id=file_id,
            tools=tools,
        )
        if not _FIELDS.issuperset(d):
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

_choose_tools_item = ModelChoice(AssistantToolsCode, AssistantToolsFileSearchTypeOnly)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateMessageRequestAttachmentsType0Item._oc_fields = (
    ("file_id", "file_id", False, "string"),
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
                    AssistantToolsFileSearchTypeOnly,
                ),
            ),
        ),
    ),
)
