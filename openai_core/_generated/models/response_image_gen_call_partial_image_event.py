# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseImageGenCallPartialImageEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "output_index",
        "item_id",
        "sequence_number",
        "partial_image_index",
        "partial_image_b64",
        "size",
        "quality",
        "background",
        "output_format",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ResponseImageGenCallPartialImageEvent:
    """Schema `ResponseImageGenCallPartialImageEvent`.

    Attributes:
        type_ (Literal['response.image_generation_call.partial_image']): Always
            'response.image_generation_call.partial_image'.
        output_index (int):
        item_id (str):
        sequence_number (int):
        partial_image_index (int):
        partial_image_b64 (str):
        size (str | Unset):
        quality (str | Unset):
        background (str | Unset):
        output_format (str | Unset):
    """

    type_: Literal["response.image_generation_call.partial_image"]
    output_index: int
    item_id: str
    sequence_number: int
    partial_image_index: int
    partial_image_b64: str
    size: str | Unset = UNSET
    quality: str | Unset = UNSET
    background: str | Unset = UNSET
    output_format: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        output_index = self.output_index

        item_id = self.item_id

        sequence_number = self.sequence_number

        partial_image_index = self.partial_image_index

        partial_image_b64 = self.partial_image_b64

        size = self.size

        quality = self.quality

        background = self.background

        output_format = self.output_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "output_index": output_index,
                "item_id": item_id,
                "sequence_number": sequence_number,
                "partial_image_index": partial_image_index,
                "partial_image_b64": partial_image_b64,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if quality is not UNSET:
            field_dict["quality"] = quality
        if background is not UNSET:
            field_dict["background"] = background
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['response.image_generation_call.partial_image']", d["type"])
        if type_ != "response.image_generation_call.partial_image":
            raise ValueError(
                f"type must match const 'response.image_generation_call.partial_image', got '{type_}'"
            )

        output_index = d["output_index"]

        item_id = d["item_id"]

        sequence_number = d["sequence_number"]

        partial_image_index = d["partial_image_index"]

        partial_image_b64 = d["partial_image_b64"]

        size = d.get("size", UNSET)

        quality = d.get("quality", UNSET)

        background = d.get("background", UNSET)

        output_format = d.get("output_format", UNSET)

        response_image_gen_call_partial_image_event = cls(
            type_=type_,
            output_index=output_index,
            item_id=item_id,
            sequence_number=sequence_number,
            partial_image_index=partial_image_index,
            partial_image_b64=partial_image_b64,
            size=size,
            quality=quality,
            background=background,
            output_format=output_format,
        )

        response_image_gen_call_partial_image_event.additional_properties = _extra_fields(d)
        return response_image_gen_call_partial_image_event

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
