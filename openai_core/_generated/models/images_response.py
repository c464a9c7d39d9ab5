# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.images_response_background import (
    ImagesResponseBackground,
)
from ..models.images_response_output_format import (
    ImagesResponseOutputFormat,
)
from ..models.images_response_quality import ImagesResponseQuality
from ..models.images_response_size import ImagesResponseSize
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImagesResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ImagesResponse(_Model):
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

    _oc_wire = _FIELDS
    _oc_required = ("created",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["created"] = self.created
        if self.data is not UNSET:
            field_dict["data"] = dump(self.data)
        if self.background is not UNSET:
            field_dict["background"] = self.background
        if self.output_format is not UNSET:
            field_dict["output_format"] = self.output_format
        if self.size is not UNSET:
            field_dict["size"] = self.size
        if self.quality is not UNSET:
            field_dict["quality"] = self.quality
        if self.usage is not UNSET:
            field_dict["usage"] = dump(self.usage)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        created = d.get("created")
        _data = d.get("data", UNSET)
        data = (
            [(Image.from_dict(_i0) if isinstance(_i0, dict) else _i0) for _i0 in _data]
            if isinstance(_data, list)
            else _data
        )
        background = d.get("background", UNSET)
        output_format = d.get("output_format", UNSET)
        size = d.get("size", UNSET)
        quality = d.get("quality", UNSET)
        _usage = d.get("usage", UNSET)
        usage = ImageGenUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        images_response = cls(
            created=created,
            data=data,
            background=background,
            output_format=output_format,
            size=size,
            quality=quality,
            usage=usage,
        )
        if created is None:
            images_response._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ImagesResponse._oc_fields = (
    ("created", "created", True, "integer"),
    ("data", "data", False, ("list", Image)),
    (
        "background",
        "background",
        False,
        ("enum", "ImagesResponseBackground", ("opaque", "transparent")),
    ),
    (
        "output_format",
        "output_format",
        False,
        ("enum", "ImagesResponseOutputFormat", ("jpeg", "png", "webp")),
    ),
    (
        "size",
        "size",
        False,
        ("enum", "ImagesResponseSize", ("1024x1024", "1024x1536", "1536x1024")),
    ),
    ("quality", "quality", False, ("enum", "ImagesResponseQuality", ("high", "low", "medium"))),
    ("usage", "usage", False, ImageGenUsage),
)
