# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponseTextDoneEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "item_id",
        "output_index",
        "content_index",
        "text",
        "sequence_number",
        "logprobs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ResponseTextDoneEvent:
    """Schema `ResponseTextDoneEvent`.

    Attributes:
        type_ (Literal['response.output_text.done']): Always 'response.output_text.done'.
        item_id (str):
        output_index (int):
        content_index (int):
        text (str):
        sequence_number (int):
        logprobs (list[ResponseLogProb]):
    """

    type_: Literal["response.output_text.done"]
    item_id: str
    output_index: int
    content_index: int
    text: str
    sequence_number: int
    logprobs: list[ResponseLogProb]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        text = self.text

        sequence_number = self.sequence_number

        logprobs = []
        for logprobs_item_data in self.logprobs:
            logprobs_item = logprobs_item_data.to_dict()
            logprobs.append(logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "item_id": item_id,
                "output_index": output_index,
                "content_index": content_index,
                "text": text,
                "sequence_number": sequence_number,
                "logprobs": logprobs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['response.output_text.done']", d["type"])
        if type_ != "response.output_text.done":
            raise ValueError(f"type must match const 'response.output_text.done', got '{type_}'")

        item_id = d["item_id"]

        output_index = d["output_index"]

        content_index = d["content_index"]

        text = d["text"]

        sequence_number = d["sequence_number"]

        logprobs = []
        _logprobs = d["logprobs"]
        for logprobs_item_data in _logprobs:
            logprobs_item = ResponseLogProb.from_dict(logprobs_item_data)

            logprobs.append(logprobs_item)

        response_text_done_event = cls(
            type_=type_,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            text=text,
            sequence_number=sequence_number,
            logprobs=logprobs,
        )

        response_text_done_event.additional_properties = _extra_fields(d)
        return response_text_done_event

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
from ..models.response_log_prob import ResponseLogProb  # noqa: E402
