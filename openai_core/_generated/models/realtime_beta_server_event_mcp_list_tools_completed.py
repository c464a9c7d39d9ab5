# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RealtimeBetaServerEventMCPListToolsCompleted")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "event_id",
        "type",
        "item_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeBetaServerEventMCPListToolsCompleted:
    """Schema `RealtimeBetaServerEventMCPListToolsCompleted`.

    Attributes:
        event_id (str):
        type_ (Literal['mcp_list_tools.completed']): Always 'mcp_list_tools.completed'.
        item_id (str):
    """

    event_id: str
    type_: Literal["mcp_list_tools.completed"]
    item_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        item_id = self.item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event_id = d["event_id"]

        type_ = cast("Literal['mcp_list_tools.completed']", d["type"])
        if type_ != "mcp_list_tools.completed":
            raise ValueError(f"type must match const 'mcp_list_tools.completed', got '{type_}'")

        item_id = d["item_id"]

        realtime_beta_server_event_mcp_list_tools_completed = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
        )

        realtime_beta_server_event_mcp_list_tools_completed.additional_properties = _extra_fields(d)
        return realtime_beta_server_event_mcp_list_tools_completed

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
