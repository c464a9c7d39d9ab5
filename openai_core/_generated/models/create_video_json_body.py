# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_seconds import VideoSeconds, check_video_seconds
from ..models.video_size import VideoSize, check_video_size
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVideoJsonBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "prompt",
        "model",
        "input_reference",
        "seconds",
        "size",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateVideoJsonBody:
    """Schema `CreateVideoJsonBody`.

    Attributes:
        prompt (str): Length 1..32000.
        model (str | Unset): Schema `VideoModel`.
        input_reference (ImageRefParam2 | Unset): Schema `ImageRefParam-2`.
        seconds (VideoSeconds | Unset): Schema `VideoSeconds`.
        size (VideoSize | Unset): Schema `VideoSize`.
    """

    prompt: str
    model: str | Unset = UNSET
    input_reference: ImageRefParam2 | Unset = UNSET
    seconds: VideoSeconds | Unset = UNSET
    size: VideoSize | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model = self.model

        input_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_reference, Unset):
            input_reference = self.input_reference.to_dict()

        seconds: str | Unset = UNSET
        if not isinstance(self.seconds, Unset):
            seconds = self.seconds

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if input_reference is not UNSET:
            field_dict["input_reference"] = input_reference
        if seconds is not UNSET:
            field_dict["seconds"] = seconds
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        prompt = d["prompt"]

        model = d.get("model", UNSET)

        _input_reference = d.get("input_reference", UNSET)
        input_reference: ImageRefParam2 | Unset
        if isinstance(_input_reference, Unset):
            input_reference = UNSET
        else:
            input_reference = ImageRefParam2.from_dict(_input_reference)

        _seconds = d.get("seconds", UNSET)
        seconds: VideoSeconds | Unset
        if isinstance(_seconds, Unset):
            seconds = UNSET
        else:
            seconds = check_video_seconds(_seconds)

        _size = d.get("size", UNSET)
        size: VideoSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = check_video_size(_size)

        create_video_json_body = cls(
            prompt=prompt,
            model=model,
            input_reference=input_reference,
            seconds=seconds,
            size=size,
        )

        create_video_json_body.additional_properties = _extra_fields(d)
        return create_video_json_body

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
from ..models.image_ref_param_2 import ImageRefParam2  # noqa: E402
