# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponseReasoningSummaryPartAddedEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "item_id",
        "output_index",
        "summary_index",
        "sequence_number",
        "part",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ResponseReasoningSummaryPartAddedEvent:
    """Schema `ResponseReasoningSummaryPartAddedEvent`.

    Attributes:
        type_ (Literal['response.reasoning_summary_part.added']): Always 'response.reasoning_summary_part.added'.
        item_id (str):
        output_index (int):
        summary_index (int):
        sequence_number (int):
        part (ResponseReasoningSummaryPartAddedEventPart):
    """

    type_: Literal["response.reasoning_summary_part.added"]
    item_id: str
    output_index: int
    summary_index: int
    sequence_number: int
    part: ResponseReasoningSummaryPartAddedEventPart
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        item_id = self.item_id

        output_index = self.output_index

        summary_index = self.summary_index

        sequence_number = self.sequence_number

        part = self.part.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "item_id": item_id,
                "output_index": output_index,
                "summary_index": summary_index,
                "sequence_number": sequence_number,
                "part": part,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['response.reasoning_summary_part.added']", d["type"])
        if type_ != "response.reasoning_summary_part.added":
            raise ValueError(
                f"type must match const 'response.reasoning_summary_part.added', got '{type_}'"
            )

        item_id = d["item_id"]

        output_index = d["output_index"]

        summary_index = d["summary_index"]

        sequence_number = d["sequence_number"]

        part = ResponseReasoningSummaryPartAddedEventPart.from_dict(d["part"])

        response_reasoning_summary_part_added_event = cls(
            type_=type_,
            item_id=item_id,
            output_index=output_index,
            summary_index=summary_index,
            sequence_number=sequence_number,
            part=part,
        )

        response_reasoning_summary_part_added_event.additional_properties = _extra_fields(d)
        return response_reasoning_summary_part_added_event

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
from ..models.response_reasoning_summary_part_added_event_part import (
    ResponseReasoningSummaryPartAddedEventPart,  # noqa: E402
)
