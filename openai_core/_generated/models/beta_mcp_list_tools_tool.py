# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaMCPListToolsTool")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "input_schema",
        "description",
        "annotations",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaMCPListToolsTool:
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

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        input_schema = self.input_schema.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, BetaMCPListToolsToolAnnotationsType0):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "input_schema": input_schema,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        input_schema = BetaMCPListToolsToolInputSchema.from_dict(d["input_schema"])

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        description = _parse_description(d.get("description", UNSET))

        def _parse_annotations(data: object) -> BetaMCPListToolsToolAnnotationsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                annotations_type_0 = BetaMCPListToolsToolAnnotationsType0.from_dict(data)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaMCPListToolsToolAnnotationsType0 | None | Unset", data)

        annotations = _parse_annotations(d.get("annotations", UNSET))

        beta_mcp_list_tools_tool = cls(
            name=name,
            input_schema=input_schema,
            description=description,
            annotations=annotations,
        )

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
