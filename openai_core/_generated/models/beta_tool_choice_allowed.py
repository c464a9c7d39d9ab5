# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.beta_tool_choice_allowed_mode import (
    BetaToolChoiceAllowedMode,
)

T = TypeVar("T", bound="BetaToolChoiceAllowed")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "mode",
        "tools",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaToolChoiceAllowed(_Model):
    """Schema `BetaToolChoiceAllowed`.

    Attributes:
        type (Literal['allowed_tools']): Always 'allowed_tools'.
        mode (BetaToolChoiceAllowedMode): One of: 'auto', 'required' (others kept).
        tools (list[BetaToolChoiceAllowedToolsItem]):
    """

    type: Literal["allowed_tools"]
    mode: BetaToolChoiceAllowedMode
    tools: list[BetaToolChoiceAllowedToolsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "mode",
        "tools",
    )
    _oc_consts = {"type": "allowed_tools"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["mode"] = self.mode
        field_dict["tools"] = dump(self.tools)
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
        mode = d.get("mode")
        _tools = d.get("tools")
        tools = (
            [
                (BetaToolChoiceAllowedToolsItem.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _tools
            ]
            if isinstance(_tools, list)
            else _tools
        )
        beta_tool_choice_allowed = cls(
            type=type_,
            mode=mode,
            tools=tools,
        )
        if type_ is None or mode is None or tools is None:
            beta_tool_choice_allowed._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_tool_choice_allowed.additional_properties = _extra_fields(d)
        return beta_tool_choice_allowed

    @property
    def type_(self) -> Literal["allowed_tools"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["allowed_tools"]) -> None:
        self.type = value

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
from ..models.beta_tool_choice_allowed_tools_item import BetaToolChoiceAllowedToolsItem  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaToolChoiceAllowed._oc_fields = (
    ("type", "type", True, ("const", "allowed_tools")),
    ("mode", "mode", True, ("enum", "BetaToolChoiceAllowedMode", ("auto", "required"))),
    ("tools", "tools", True, ("list", BetaToolChoiceAllowedToolsItem)),
)
