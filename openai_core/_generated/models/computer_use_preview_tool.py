# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..models.computer_environment import ComputerEnvironment

T = TypeVar("T", bound="ComputerUsePreviewTool")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "environment",
        "display_width",
        "display_height",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ComputerUsePreviewTool(_Model):
    """Schema `ComputerUsePreviewTool`.

    Attributes:
        type (Literal['computer_use_preview']): Always 'computer_use_preview'.
        environment (ComputerEnvironment): Schema `ComputerEnvironment`.
        display_width (int):
        display_height (int):
    """

    type: Literal["computer_use_preview"]
    environment: ComputerEnvironment
    display_width: int
    display_height: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "environment",
        "display_width",
        "display_height",
    )
    _oc_consts = {"type": "computer_use_preview"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["environment"] = self.environment
        field_dict["display_width"] = self.display_width
        field_dict["display_height"] = self.display_height
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
        environment = d.get("environment")
        display_width = d.get("display_width")
        display_height = d.get("display_height")
        computer_use_preview_tool = cls(
            type=type_,
            environment=environment,
            display_width=display_width,
            display_height=display_height,
        )
        if type_ is None or environment is None or display_width is None or display_height is None:
            computer_use_preview_tool._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            computer_use_preview_tool.additional_properties = _extra_fields(d)
        return computer_use_preview_tool

    @property
    def type_(self) -> Literal["computer_use_preview"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["computer_use_preview"]) -> None:
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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ComputerUsePreviewTool._oc_fields = (
    ("type", "type", True, ("const", "computer_use_preview")),
    (
        "environment",
        "environment",
        True,
        ("enum", "ComputerEnvironment", ("browser", "linux", "mac", "ubuntu", "windows")),
    ),
    ("display_width", "display_width", True, "integer"),
    ("display_height", "display_height", True, "integer"),
)
