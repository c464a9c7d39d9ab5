# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeSessionCreateRequestToolsItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "description",
        "parameters",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeSessionCreateRequestToolsItem:
    """
    Attributes:
        type_ (Literal['function'] | Unset): Always 'function'.
        name (str | Unset):
        description (str | Unset):
        parameters (RealtimeSessionCreateRequestToolsItemParameters | Unset):
    """

    type_: Literal["function"] | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    parameters: RealtimeSessionCreateRequestToolsItemParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        description = self.description

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['function'] | Unset", d.get("type", UNSET))
        if type_ != "function" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'function', got '{type_}'")

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _parameters = d.get("parameters", UNSET)
        parameters: RealtimeSessionCreateRequestToolsItemParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = RealtimeSessionCreateRequestToolsItemParameters.from_dict(_parameters)

        realtime_session_create_request_tools_item = cls(
            type_=type_,
            name=name,
            description=description,
            parameters=parameters,
        )

        realtime_session_create_request_tools_item.additional_properties = _extra_fields(d)
        return realtime_session_create_request_tools_item

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
from ..models.realtime_session_create_request_tools_item_parameters import (
    RealtimeSessionCreateRequestToolsItemParameters,  # noqa: E402
)
