# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.image_edit_completed_event_background import (
    ImageEditCompletedEventBackground,
)
from ..models.image_edit_completed_event_output_format import (
    ImageEditCompletedEventOutputFormat,
)
from ..models.image_edit_completed_event_quality import (
    ImageEditCompletedEventQuality,
)
from ..models.image_edit_completed_event_size import (
    ImageEditCompletedEventSize,
)

T = TypeVar("T", bound="ImageEditCompletedEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ImageEditCompletedEvent(_Model):
    """Schema `ImageEditCompletedEvent`.

    Attributes:
        type (Literal['image_edit.completed']): Always 'image_edit.completed'.
        b64_json (str):
        created_at (int):
        size (ImageEditCompletedEventSize): One of: '1024x1024', '1024x1536', '1536x1024', 'auto' (others kept).
        quality (ImageEditCompletedEventQuality): One of: 'low', 'medium', 'high', 'auto' (others kept).
        background (ImageEditCompletedEventBackground): One of: 'transparent', 'opaque', 'auto' (others kept).
        output_format (ImageEditCompletedEventOutputFormat): One of: 'png', 'webp', 'jpeg' (others kept).
        usage (ImagesUsage): Schema `ImagesUsage`.
    """

    type: Literal["image_edit.completed"]
    b64_json: str
    created_at: int
    size: ImageEditCompletedEventSize
    quality: ImageEditCompletedEventQuality
    background: ImageEditCompletedEventBackground
    output_format: ImageEditCompletedEventOutputFormat
    usage: ImagesUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "b64_json",
        "created_at",
        "size",
        "quality",
        "background",
        "output_format",
        "usage",
    )
    _oc_consts = {"type": "image_edit.completed"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["b64_json"] = self.b64_json
        field_dict["created_at"] = self.created_at
        field_dict["size"] = self.size
        field_dict["quality"] = self.quality
        field_dict["background"] = self.background
        field_dict["output_format"] = self.output_format
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
        type_ = d.get("type")
        b64_json = d.get("b64_json")
        created_at = d.get("created_at")
        size = d.get("size")
        quality = d.get("quality")
        background = d.get("background")
        output_format = d.get("output_format")
        _usage = d.get("usage")
        usage = ImagesUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        image_edit_completed_event = cls(
            type=type_,
            b64_json=b64_json,
            created_at=created_at,
            size=size,
            quality=quality,
            background=background,
            output_format=output_format,
            usage=usage,
        )
        if (
            type_ is None
            or b64_json is None
            or created_at is None
            or size is None
            or quality is None
            or background is None
            or output_format is None
            or usage is None
        ):
            image_edit_completed_event._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            image_edit_completed_event.additional_properties = _extra_fields(d)
        return image_edit_completed_event

    @property
    def type_(self) -> Literal["image_edit.completed"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["image_edit.completed"]) -> None:
        self.type = value

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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ImageEditCompletedEvent._oc_fields = (
    ("type", "type", True, ("const", "image_edit.completed")),
    ("b64_json", "b64_json", True, "string"),
    ("created_at", "created_at", True, "integer"),
    (
        "size",
        "size",
        True,
        ("enum", "ImageEditCompletedEventSize", ("1024x1024", "1024x1536", "1536x1024", "auto")),
    ),
    (
        "quality",
        "quality",
        True,
        ("enum", "ImageEditCompletedEventQuality", ("auto", "high", "low", "medium")),
    ),
    (
        "background",
        "background",
        True,
        ("enum", "ImageEditCompletedEventBackground", ("auto", "opaque", "transparent")),
    ),
    (
        "output_format",
        "output_format",
        True,
        ("enum", "ImageEditCompletedEventOutputFormat", ("jpeg", "png", "webp")),
    ),
    ("usage", "usage", True, ImagesUsage),
)
