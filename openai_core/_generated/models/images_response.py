# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.images_response_background import (
    ImagesResponseBackground,
    check_images_response_background,
)
from ..models.images_response_output_format import (
    ImagesResponseOutputFormat,
    check_images_response_output_format,
)
from ..models.images_response_quality import ImagesResponseQuality, check_images_response_quality
from ..models.images_response_size import ImagesResponseSize, check_images_response_size
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImagesResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "created",
        "data",
        "background",
        "output_format",
        "size",
        "quality",
        "usage",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ImagesResponse:
    """Schema `ImagesResponse`.

    Attributes:
        created (int):
        data (list[Image] | Unset):
        background (ImagesResponseBackground | Unset): One of: 'transparent', 'opaque' (others kept).
        output_format (ImagesResponseOutputFormat | Unset): One of: 'png', 'webp', 'jpeg' (others kept).
        size (ImagesResponseSize | Unset): One of: '1024x1024', '1024x1536', '1536x1024' (others kept).
        quality (ImagesResponseQuality | Unset): One of: 'low', 'medium', 'high' (others kept).
        usage (ImageGenUsage | Unset): Schema `ImageGenUsage`.
    """

    created: int
    data: list[Image] | Unset = UNSET
    background: ImagesResponseBackground | Unset = UNSET
    output_format: ImagesResponseOutputFormat | Unset = UNSET
    size: ImagesResponseSize | Unset = UNSET
    quality: ImagesResponseQuality | Unset = UNSET
    usage: ImageGenUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        background: str | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if background is not UNSET:
            field_dict["background"] = background
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if size is not UNSET:
            field_dict["size"] = size
        if quality is not UNSET:
            field_dict["quality"] = quality
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created = d["created"]

        _data = d.get("data", UNSET)
        data: list[Image] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = Image.from_dict(data_item_data)

                data.append(data_item)

        _background = d.get("background", UNSET)
        background: ImagesResponseBackground | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = check_images_response_background(_background)

        _output_format = d.get("output_format", UNSET)
        output_format: ImagesResponseOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_images_response_output_format(_output_format)

        _size = d.get("size", UNSET)
        size: ImagesResponseSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = check_images_response_size(_size)

        _quality = d.get("quality", UNSET)
        quality: ImagesResponseQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_images_response_quality(_quality)

        _usage = d.get("usage", UNSET)
        usage: ImageGenUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = ImageGenUsage.from_dict(_usage)

        images_response = cls(
            created=created,
            data=data,
            background=background,
            output_format=output_format,
            size=size,
            quality=quality,
            usage=usage,
        )

        images_response.additional_properties = _extra_fields(d)
        return images_response

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
from ..models.image import Image  # noqa: E402
from ..models.image_gen_usage import ImageGenUsage  # noqa: E402
