# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.callable_tool_allowed_caller import (
    CallableToolAllowedCaller,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomToolParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "description",
        "format",
        "defer_loading",
        "allowed_callers",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_format_(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "text":
            return CustomTextFormatParam.from_dict(data)
        if tag == "grammar":
            return CustomGrammarFormatParam.from_dict(data)
        return _choose_format_(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CustomToolParam(_Model):
    """Schema `CustomToolParam`.

    Attributes:
        type (Literal['custom']): Always 'custom'.
        name (str):
        description (str | Unset):
        format (CustomGrammarFormatParam | CustomTextFormatParam | Unset):
        defer_loading (bool | Unset):
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset):
    """

    type: Literal["custom"]
    name: str
    description: str | Unset = UNSET
    format: CustomGrammarFormatParam | CustomTextFormatParam | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "name",
    )
    _oc_consts = {"type": "custom"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["name"] = self.name
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.format is not UNSET:
            field_dict["format"] = dump(self.format)
        if self.defer_loading is not UNSET:
            field_dict["defer_loading"] = self.defer_loading
        if self.allowed_callers is not UNSET:
            field_dict["allowed_callers"] = self.allowed_callers
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        name = d.get("name")
        description = d.get("description", UNSET)
        _format_ = d.get("format", UNSET)
        format_ = _read_format_(_format_)
        defer_loading = d.get("defer_loading", UNSET)
        allowed_callers = d.get("allowed_callers", UNSET)
        custom_tool_param = cls(
            type=type_,
            name=name,
            description=description,
            format=format_,
            defer_loading=defer_loading,
            allowed_callers=allowed_callers,
        )
        if type_ is None or name is None:
            custom_tool_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            custom_tool_param.additional_properties = _extra_fields(d)
        return custom_tool_param

    @property
    def type_(self) -> Literal["custom"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["custom"]) -> None:
        self.type = value

    @property
    def format_(self) -> CustomGrammarFormatParam | CustomTextFormatParam | Unset:
        """The `format` field, under its former name."""
        return self.format

    @format_.setter
    def format_(self, value: CustomGrammarFormatParam | CustomTextFormatParam | Unset) -> None:
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
from ..models.custom_grammar_format_param import CustomGrammarFormatParam  # noqa: E402
from ..models.custom_text_format_param import CustomTextFormatParam  # noqa: E402

_choose_format_ = ModelChoice(CustomTextFormatParam, CustomGrammarFormatParam)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CustomToolParam._oc_fields = (
    ("type", "type", True, ("const", "custom")),
    ("name", "name", True, "string"),
    ("description", "description", False, "string"),
    (
        "format",
        "format",
        False,
        (
            "union",
            (
                CustomTextFormatParam,
                CustomGrammarFormatParam,
            ),
        ),
    ),
    ("defer_loading", "defer_loading", False, "boolean"),
    (
        "allowed_callers",
        "allowed_callers",
        False,
        (
            "union",
            (
                ("list", ("enum", "CallableToolAllowedCaller", ("direct", "programmatic"))),
                "null",
            ),
        ),
    ),
)
