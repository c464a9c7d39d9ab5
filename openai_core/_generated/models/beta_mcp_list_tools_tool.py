# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaMCPListToolsTool")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "input_schema",
        "description",
        "annotations",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaMCPListToolsTool(_Model):
    """Schema `BetaMCPListToolsTool`.

    Attributes:
        name (str):
        input_schema (BetaMCPListToolsToolInputSchema):
        description (None | str | Unset):
        annotations (BetaMCPListToolsToolAnnotationsType0 | None | Unset):
    """

    name: str
    input_schema: BetaMCPListToolsToolInputSchema
    description: None | str | Unset = UNSET
    annotations: BetaMCPListToolsToolAnnotationsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "name",
        "input_schema",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["input_schema"] = dump(self.input_schema)
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.annotations is not UNSET:
            field_dict["annotations"] = dump(self.annotations)
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
        _input_schema = d.get("input_schema")
        input_schema = (
            BetaMCPListToolsToolInputSchema.from_dict(_input_schema)
            if isinstance(_input_schema, dict)
            else _input_schema
        )
        description = d.get("description", UNSET)
        _annotations = d.get("annotations", UNSET)
        annotations = (
            BetaMCPListToolsToolAnnotationsType0.from_dict(_annotations)
            if isinstance(_annotations, dict)
            else _annotations
        )
        beta_mcp_list_tools_tool = cls(
            name=name,
            input_schema=input_schema,
            description=description,
            annotations=annotations,
        )
        if name is None or input_schema is None:
            beta_mcp_list_tools_tool._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_mcp_list_tools_tool.additional_properties = _extra_fields(d)
        return beta_mcp_list_tools_tool

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
from ..models.beta_mcp_list_tools_tool_annotations_type_0 import (
    BetaMCPListToolsToolAnnotationsType0,  # noqa: E402
)
from ..models.beta_mcp_list_tools_tool_input_schema import BetaMCPListToolsToolInputSchema  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaMCPListToolsTool._oc_fields = (
    ("name", "name", True, "string"),
    ("input_schema", "input_schema", True, BetaMCPListToolsToolInputSchema),
    (
        "description",
        "description",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "annotations",
        "annotations",
        False,
        (
            "union",
            (
                BetaMCPListToolsToolAnnotationsType0,
                "null",
            ),
        ),
    ),
)
