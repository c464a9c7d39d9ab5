# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys

T = TypeVar("T", bound="NamespaceToolParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "description",
        "tools",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_tools_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "function":
            return FunctionToolParam.from_dict(data)
        if tag == "custom":
            return CustomToolParam.from_dict(data)
        return _choose_tools_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class NamespaceToolParam(_Model):
    """Schema `NamespaceToolParam`.

    Attributes:
        type (Literal['namespace']): Always 'namespace'.
        name (str): Length 1..any.
        description (str):
        tools (list[CustomToolParam | FunctionToolParam]): Items 1..any.
    """

    type: Literal["namespace"]
    name: str
    description: str
    tools: list[CustomToolParam | FunctionToolParam]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "name",
        "description",
        "tools",
    )
    _oc_consts = {"type": "namespace"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["name"] = self.name
        field_dict["description"] = self.description
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
        name = d.get("name")
        description = d.get("description")
        _tools = d.get("tools")
        tools = [_read_tools_item(_i0) for _i0 in _tools] if isinstance(_tools, list) else _tools
        namespace_tool_param = cls(
            type=type_,
            name=name,
            description=description,
            tools=tools,
        )
        if type_ is None or name is None or description is None or tools is None:
            namespace_tool_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            namespace_tool_param.additional_properties = _extra_fields(d)
        return namespace_tool_param

    @property
    def type_(self) -> Literal["namespace"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["namespace"]) -> None:
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
from ..models.custom_tool_param import CustomToolParam  # noqa: E402
from ..models.function_tool_param import FunctionToolParam  # noqa: E402

_choose_tools_item = ModelChoice(FunctionToolParam, CustomToolParam)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
NamespaceToolParam._oc_fields = (
    ("type", "type", True, ("const", "namespace")),
    ("name", "name", True, "string"),
    ("description", "description", True, "string"),
    (
        "tools",
        "tools",
        True,
        (
            "list",
            (
                "union",
                (
                    FunctionToolParam,
                    CustomToolParam,
                ),
            ),
        ),
    ),
)
