# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunStepDeltaStepDetailsToolCallsCodeOutputImageObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "index",
        "type",
        "image",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RunStepDeltaStepDetailsToolCallsCodeOutputImageObject:
    """Schema `RunStepDeltaStepDetailsToolCallsCodeOutputImageObject`.

    Attributes:
        index (int):
        type_ (Literal['image']): Always 'image'.
        image (RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage | Unset):
    """

    index: int
    type_: Literal["image"]
    image: RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        type_ = self.type_

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "type": type_,
            }
        )
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        index = d["index"]

        type_ = cast("Literal['image']", d["type"])
        if type_ != "image":
            raise ValueError(f"type must match const 'image', got '{type_}'")

        _image = d.get("image", UNSET)
        image: RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage.from_dict(_image)

        run_step_delta_step_details_tool_calls_code_output_image_object = cls(
            index=index,
            type_=type_,
            image=image,
        )

        run_step_delta_step_details_tool_calls_code_output_image_object.additional_properties = (
            _extra_fields(d)
        )
        return run_step_delta_step_details_tool_calls_code_output_image_object

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
from ..models.run_step_delta_step_details_tool_calls_code_output_image_object_image import (
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage,  # noqa: E402
)
