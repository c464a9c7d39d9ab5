# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesServerEventType39")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "output_index",
        "item_id",
        "sequence_number",
        "stream_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ResponsesServerEventType39:
    """
    Attributes:
        type_ (Literal['response.web_search_call.in_progress']): Always 'response.web_search_call.in_progress'.
        output_index (int):
        item_id (str):
        sequence_number (int):
        stream_id (str | Unset):
    """

    type_: Literal["response.web_search_call.in_progress"]
    output_index: int
    item_id: str
    sequence_number: int
    stream_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        output_index = self.output_index

        item_id = self.item_id

        sequence_number = self.sequence_number

        stream_id = self.stream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "output_index": output_index,
                "item_id": item_id,
                "sequence_number": sequence_number,
            }
        )
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['response.web_search_call.in_progress']", d["type"])
        if type_ != "response.web_search_call.in_progress":
            raise ValueError(
                f"type must match const 'response.web_search_call.in_progress', got '{type_}'"
            )

        output_index = d["output_index"]

        item_id = d["item_id"]

        sequence_number = d["sequence_number"]

        stream_id = d.get("stream_id", UNSET)

        responses_server_event_type_39 = cls(
            type_=type_,
            output_index=output_index,
            item_id=item_id,
            sequence_number=sequence_number,
            stream_id=stream_id,
        )

        responses_server_event_type_39.additional_properties = _extra_fields(d)
        return responses_server_event_type_39

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
