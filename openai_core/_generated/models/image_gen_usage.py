# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenUsage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "input_tokens",
        "total_tokens",
        "output_tokens",
        "input_tokens_details",
        "output_tokens_details",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ImageGenUsage:
    """Schema `ImageGenUsage`.

    Attributes:
        input_tokens (int):
        total_tokens (int):
        output_tokens (int):
        input_tokens_details (ImageGenInputUsageDetails): Schema `ImageGenInputUsageDetails`.
        output_tokens_details (ImageGenOutputTokensDetails | Unset): Schema `ImageGenOutputTokensDetails`.
    """

    input_tokens: int
    total_tokens: int
    output_tokens: int
    input_tokens_details: ImageGenInputUsageDetails
    output_tokens_details: ImageGenOutputTokensDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        total_tokens = self.total_tokens

        output_tokens = self.output_tokens

        input_tokens_details = self.input_tokens_details.to_dict()

        output_tokens_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_tokens_details, Unset):
            output_tokens_details = self.output_tokens_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "total_tokens": total_tokens,
                "output_tokens": output_tokens,
                "input_tokens_details": input_tokens_details,
            }
        )
        if output_tokens_details is not UNSET:
            field_dict["output_tokens_details"] = output_tokens_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_tokens = d["input_tokens"]

        total_tokens = d["total_tokens"]

        output_tokens = d["output_tokens"]

        input_tokens_details = ImageGenInputUsageDetails.from_dict(d["input_tokens_details"])

        _output_tokens_details = d.get("output_tokens_details", UNSET)
        output_tokens_details: ImageGenOutputTokensDetails | Unset
        if isinstance(_output_tokens_details, Unset):
            output_tokens_details = UNSET
        else:
            output_tokens_details = ImageGenOutputTokensDetails.from_dict(_output_tokens_details)

        image_gen_usage = cls(
            input_tokens=input_tokens,
            total_tokens=total_tokens,
            output_tokens=output_tokens,
            input_tokens_details=input_tokens_details,
            output_tokens_details=output_tokens_details,
        )

        image_gen_usage.additional_properties = _extra_fields(d)
        return image_gen_usage

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
from ..models.image_gen_input_usage_details import ImageGenInputUsageDetails  # noqa: E402
from ..models.image_gen_output_tokens_details import ImageGenOutputTokensDetails  # noqa: E402
