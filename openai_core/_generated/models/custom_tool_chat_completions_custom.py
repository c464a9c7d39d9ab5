# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomToolChatCompletionsCustom")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "description",
        "format",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CustomToolChatCompletionsCustom:
    """
    Attributes:
        name (str):
        description (str | Unset):
        format_ (CustomToolChatCompletionsCustomFormatType0 | CustomToolChatCompletionsCustomFormatType1 | Unset):
    """

    name: str
    description: str | Unset = UNSET
    format_: (
        CustomToolChatCompletionsCustomFormatType0
        | CustomToolChatCompletionsCustomFormatType1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        format_: dict[str, Any] | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, CustomToolChatCompletionsCustomFormatType0):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        description = d.get("description", UNSET)

        def _parse_format_(
            data: object,
        ) -> (
            CustomToolChatCompletionsCustomFormatType0
            | CustomToolChatCompletionsCustomFormatType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_0 = CustomToolChatCompletionsCustomFormatType0.from_dict(data)

                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            format_type_1 = CustomToolChatCompletionsCustomFormatType1.from_dict(data)

            return format_type_1

        format_ = _parse_format_(d.get("format", UNSET))

        custom_tool_chat_completions_custom = cls(
            name=name,
            description=description,
            format_=format_,
        )

        custom_tool_chat_completions_custom.additional_properties = _extra_fields(d)
        return custom_tool_chat_completions_custom

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
from ..models.custom_tool_chat_completions_custom_format_type_0 import (
    CustomToolChatCompletionsCustomFormatType0,  # noqa: E402
)
from ..models.custom_tool_chat_completions_custom_format_type_1 import (
    CustomToolChatCompletionsCustomFormatType1,  # noqa: E402
)
