# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..models.create_image_request_background_type_1 import (
    CreateImageRequestBackgroundType1,
)
from ..models.create_image_request_moderation_type_1 import (
    CreateImageRequestModerationType1,
)
from ..models.create_image_request_output_format_type_1 import (
    CreateImageRequestOutputFormatType1,
)
from ..models.create_image_request_quality_type_1 import (
    CreateImageRequestQualityType1,
)
from ..models.create_image_request_response_format_type_1 import (
    CreateImageRequestResponseFormatType1,
)
from ..models.create_image_request_style_type_1 import (
    CreateImageRequestStyleType1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateImageRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "prompt",
        "model",
        "n",
        "quality",
        "response_format",
        "output_format",
        "output_compression",
        "stream",
        "partial_images",
        "size",
        "moderation",
        "background",
        "style",
        "user",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateImageRequest(_Model):
    """Schema `CreateImageRequest`.

    Attributes:
        prompt (str):
        model (None | str | Unset): Server default: 'dall-e-2'. Default: 'dall-e-2'.
        n (int | None | Unset): Range 1..10. Server default: 1. Default: 1.
        quality (CreateImageRequestQualityType1 | None | Unset): One of: 'standard', 'hd', 'low', 'medium', 'high',
            'auto', None (others kept). Server default: 'auto'. Default: 'auto'.
        response_format (CreateImageRequestResponseFormatType1 | None | Unset): One of: 'url', 'b64_json', None (others
            kept). Server default: 'url'. Default: 'url'.
        output_format (CreateImageRequestOutputFormatType1 | None | Unset): One of: 'png', 'jpeg', 'webp', None (others
            kept). Server default: 'png'. Default: 'png'.
        output_compression (int | None | Unset): Server default: 100. Default: 100.
        stream (bool | None | Unset): Server default: False. Default: False.
        partial_images (int | None | Unset): Schema `PartialImages`.
        size (None | str | Unset): Server default: 'auto'. Default: 'auto'.
        moderation (CreateImageRequestModerationType1 | None | Unset): One of: 'low', 'auto', None (others kept). Server
            default: 'auto'. Default: 'auto'.
        background (CreateImageRequestBackgroundType1 | None | Unset): One of: 'transparent', 'opaque', 'auto', None
            (others kept). Server default: 'auto'. Default: 'auto'.
        style (CreateImageRequestStyleType1 | None | Unset): One of: 'vivid', 'natural', None (others kept). Server
            default: 'vivid'. Default: 'vivid'.
        user (str | Unset):
    """

    prompt: str
    model: None | str | Unset = "dall-e-2"
    n: int | None | Unset = 1
    quality: CreateImageRequestQualityType1 | None | Unset = "auto"
    response_format: CreateImageRequestResponseFormatType1 | None | Unset = "url"
    output_format: CreateImageRequestOutputFormatType1 | None | Unset = "png"
    output_compression: int | None | Unset = 100
    stream: bool | None | Unset = False
    partial_images: int | None | Unset = UNSET
    size: None | str | Unset = "auto"
    moderation: CreateImageRequestModerationType1 | None | Unset = "auto"
    background: CreateImageRequestBackgroundType1 | None | Unset = "auto"
    style: CreateImageRequestStyleType1 | None | Unset = "vivid"
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("prompt",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["prompt"] = self.prompt
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.n is not UNSET:
            field_dict["n"] = self.n
        if self.quality is not UNSET:
            field_dict["quality"] = self.quality
        if self.response_format is not UNSET:
            field_dict["response_format"] = self.response_format
        if self.output_format is not UNSET:
            field_dict["output_format"] = self.output_format
        if self.output_compression is not UNSET:
            field_dict["output_compression"] = self.output_compression
        if self.stream is not UNSET:
            field_dict["stream"] = self.stream
        if self.partial_images is not UNSET:
            field_dict["partial_images"] = self.partial_images
        if self.size is not UNSET:
            field_dict["size"] = self.size
        if self.moderation is not UNSET:
            field_dict["moderation"] = self.moderation
        if self.background is not UNSET:
            field_dict["background"] = self.background
        if self.style is not UNSET:
            field_dict["style"] = self.style
        if self.user is not UNSET:
            field_dict["user"] = self.user
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        prompt = d.get("prompt")
        model = d.get("model", UNSET)
        n = d.get("n", UNSET)
        quality = d.get("quality", UNSET)
        response_format = d.get("response_format", UNSET)
        output_format = d.get("output_format", UNSET)
        output_compression = d.get("output_compression", UNSET)
        stream = d.get("stream", UNSET)
        partial_images = d.get("partial_images", UNSET)
        size = d.get("size", UNSET)
        moderation = d.get("moderation", UNSET)
        background = d.get("background", UNSET)
        style = d.get("style", UNSET)
        user = d.get("user", UNSET)
        create_image_request = cls(
            prompt=prompt,
            model=model,
            n=n,
            quality=quality,
            response_format=response_format,
            output_format=output_format,
            output_compression=output_compression,
            stream=stream,
            partial_images=partial_images,
            size=size,
            moderation=moderation,
            background=background,
            style=style,
            user=user,
        )
        if prompt is None:
            create_image_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_image_request.additional_properties = _extra_fields(d)
        return create_image_request

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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateImageRequest._oc_fields = (
    ("prompt", "prompt", True, "string"),
    (
        "model",
        "model",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "n",
        "n",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "quality",
        "quality",
        False,
        (
            "union",
            (
                "null",
                (
                    "enum",
                    "CreateImageRequestQualityType1",
                    ("auto", "hd", "high", "low", "medium", "standard"),
                ),
            ),
        ),
    ),
    (
        "response_format",
        "response_format",
        False,
        (
            "union",
            (
                "null",
                ("enum", "CreateImageRequestResponseFormatType1", ("b64_json", "url")),
            ),
        ),
    ),
    (
        "output_format",
        "output_format",
        False,
        (
            "union",
            (
                "null",
                ("enum", "CreateImageRequestOutputFormatType1", ("jpeg", "png", "webp")),
            ),
        ),
    ),
    (
        "output_compression",
        "output_compression",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "stream",
        "stream",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
    (
        "partial_images",
        "partial_images",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "size",
        "size",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "moderation",
        "moderation",
        False,
        (
            "union",
            (
                "null",
                ("enum", "CreateImageRequestModerationType1", ("auto", "low")),
            ),
        ),
    ),
    (
        "background",
        "background",
        False,
        (
            "union",
            (
                "null",
                ("enum", "CreateImageRequestBackgroundType1", ("auto", "opaque", "transparent")),
            ),
        ),
    ),
    (
        "style",
        "style",
        False,
        (
            "union",
            (
                "null",
                ("enum", "CreateImageRequestStyleType1", ("natural", "vivid")),
            ),
        ),
    ),
    ("user", "user", False, "string"),
)
