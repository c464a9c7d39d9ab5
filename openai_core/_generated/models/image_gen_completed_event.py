# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_gen_completed_event_background import (
    ImageGenCompletedEventBackground,
    check_image_gen_completed_event_background,
)
from ..models.image_gen_completed_event_output_format import (
    ImageGenCompletedEventOutputFormat,
    check_image_gen_completed_event_output_format,
)
from ..models.image_gen_completed_event_quality import (
    ImageGenCompletedEventQuality,
    check_image_gen_completed_event_quality,
)
from ..models.image_gen_completed_event_size import (
    ImageGenCompletedEventSize,
    check_image_gen_completed_event_size,
)

T = TypeVar("T", bound="ImageGenCompletedEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "b64_json",
        "created_at",
        "size",
        "quality",
        "background",
        "output_format",
        "usage",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ImageGenCompletedEvent:
    """Schema `ImageGenCompletedEvent`.

    Attributes:
        type_ (Literal['image_generation.completed']): Always 'image_generation.completed'.
        b64_json (str):
        created_at (int):
        size (ImageGenCompletedEventSize): One of: '1024x1024', '1024x1536', '1536x1024', 'auto' (others kept).
        quality (ImageGenCompletedEventQuality): One of: 'low', 'medium', 'high', 'auto' (others kept).
        background (ImageGenCompletedEventBackground): One of: 'transparent', 'opaque', 'auto' (others kept).
        output_format (ImageGenCompletedEventOutputFormat): One of: 'png', 'webp', 'jpeg' (others kept).
        usage (ImagesUsage): Schema `ImagesUsage`.
    """

    type_: Literal["image_generation.completed"]
    b64_json: str
    created_at: int
    size: ImageGenCompletedEventSize
    quality: ImageGenCompletedEventQuality
    background: ImageGenCompletedEventBackground
    output_format: ImageGenCompletedEventOutputFormat
    usage: ImagesUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        b64_json = self.b64_json

        created_at = self.created_at

        size: str = self.size

        quality: str = self.quality

        background: str = self.background

        output_format: str = self.output_format

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "b64_json": b64_json,
                "created_at": created_at,
                "size": size,
                "quality": quality,
                "background": background,
                "output_format": output_format,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['image_generation.completed']", d["type"])
        if type_ != "image_generation.completed":
            raise ValueError(f"type must match const 'image_generation.completed', got '{type_}'")

        b64_json = d["b64_json"]

        created_at = d["created_at"]

        size = check_image_gen_completed_event_size(d["size"])

        quality = check_image_gen_completed_event_quality(d["quality"])

        background = check_image_gen_completed_event_background(d["background"])

        output_format = check_image_gen_completed_event_output_format(d["output_format"])

        usage = ImagesUsage.from_dict(d["usage"])

        image_gen_completed_event = cls(
            type_=type_,
            b64_json=b64_json,
            created_at=created_at,
            size=size,
            quality=quality,
            background=background,
            output_format=output_format,
            usage=usage,
        )

        image_gen_completed_event.additional_properties = _extra_fields(d)
        return image_gen_completed_event

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
from ..models.images_usage import ImagesUsage  # noqa: E402
