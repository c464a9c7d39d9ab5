# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomToolChatCompletionsCustom")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "description",
        "format",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_format_(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "text":
            return CustomToolChatCompletionsCustomFormatType0.from_dict(data)
        if tag == "grammar":
            return CustomToolChatCompletionsCustomFormatType1.from_dict(data)
        return _choose_format_(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CustomToolChatCompletionsCustom(_Model):
    """
    Attributes:
        name (str):
        description (str | Unset):
        format (CustomToolChatCompletionsCustomFormatType0 | CustomToolChatCompletionsCustomFormatType1 | Unset):
    """

    name: str
    description: str | Unset = UNSET
    format: (
        CustomToolChatCompletionsCustomFormatType0
        | CustomToolChatCompletionsCustomFormatType1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("name",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = self.name
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.format is not UNSET:
            field_dict["format"] = dump(self.format)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        name = d.get("name")
        description = d.get("description", UNSET)
        _format_ = d.get("format", UNSET)
        format_ = _read_format_(_format_)
        custom_tool_chat_completions_custom = cls(
            name=name,
            description=description,
            format=format_,
        )
        if name is None:
            custom_tool_chat_completions_custom._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            custom_tool_chat_completions_custom.additional_properties = _extra_fields(d)
        return custom_tool_chat_completions_custom

    @property
    def format_(
        self,
    ) -> (
        CustomToolChatCompletionsCustomFormatType0
        | CustomToolChatCompletionsCustomFormatType1
        | Unset
    ):
        """The `format` field, under its former name."""
        return self.format

    @format_.setter
    def format_(
        self,
        value: CustomToolChatCompletionsCustomFormatType0
        | CustomToolChatCompletionsCustomFormatType1
        | Unset,
    ) -> None:
        self.format = value

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

_choose_format_ = ModelChoice(
    CustomToolChatCompletionsCustomFormatType0, CustomToolChatCompletionsCustomFormatType1
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CustomToolChatCompletionsCustom._oc_fields = (
    ("name", "name", True, "string"),
    ("description", "description", False, "string"),
    (
        "format",
        "format",
        False,
        (
            "union",
            (
                CustomToolChatCompletionsCustomFormatType0,
                CustomToolChatCompletionsCustomFormatType1,
            ),
        ),
    ),
)
