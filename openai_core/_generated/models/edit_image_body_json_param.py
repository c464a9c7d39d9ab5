# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.edit_image_body_json_param_background_type_0 import (
    EditImageBodyJsonParamBackgroundType0,
)
from ..models.edit_image_body_json_param_input_fidelity_type_0 import (
    EditImageBodyJsonParamInputFidelityType0,
)
from ..models.edit_image_body_json_param_moderation_type_0 import (
    EditImageBodyJsonParamModerationType0,
)
from ..models.edit_image_body_json_param_output_format_type_0 import (
    EditImageBodyJsonParamOutputFormatType0,
)
from ..models.edit_image_body_json_param_quality_type_0 import (
    EditImageBodyJsonParamQualityType0,
)
from ..models.edit_image_body_json_param_size_type_0 import (
    EditImageBodyJsonParamSizeType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EditImageBodyJsonParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "images",
        "prompt",
        "model",
        "mask",
        "n",
        "quality",
        "input_fidelity",
        "size",
        "user",
        "output_format",
        "output_compression",
        "moderation",
        "background",
        "stream",
        "partial_images",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class EditImageBodyJsonParam(_Model):
    """Schema `EditImageBodyJsonParam`.

    Attributes:
        images (list[ImageRefParam]): Items 1..16.
        prompt (str): Length 1..32000.
        model (None | str | Unset): Server default: 'gpt-image-1.5'. Default: 'gpt-image-1.5'.
        mask (ImageRefParam | Unset): Schema `ImageRefParam`.
        n (int | None | Unset): Server default: 1. Default: 1.
        quality (EditImageBodyJsonParamQualityType0 | None | Unset): Server default: 'auto'. Default: 'auto'.
        input_fidelity (EditImageBodyJsonParamInputFidelityType0 | None | Unset):
        size (EditImageBodyJsonParamSizeType0 | None | Unset): Server default: 'auto'. Default: 'auto'.
        user (str | Unset):
        output_format (EditImageBodyJsonParamOutputFormatType0 | None | Unset): Server default: 'png'. Default: 'png'.
        output_compression (int | None | Unset):
        moderation (EditImageBodyJsonParamModerationType0 | None | Unset): Server default: 'auto'. Default: 'auto'.
        background (EditImageBodyJsonParamBackgroundType0 | None | Unset): Server default: 'auto'. Default: 'auto'.
        stream (bool | None | Unset): Server default: False. Default: False.
        partial_images (int | None | Unset): Schema `PartialImages`.
    """

    images: list[ImageRefParam]
    prompt: str
    model: None | str | Unset = "gpt-image-1.5"
    mask: ImageRefParam | Unset = UNSET
    n: int | None | Unset = 1
    quality: EditImageBodyJsonParamQualityType0 | None | Unset = "auto"
    input_fidelity: EditImageBodyJsonParamInputFidelityType0 | None | Unset = UNSET
    size: EditImageBodyJsonParamSizeType0 | None | Unset = "auto"
    user: str | Unset = UNSET
    output_format: EditImageBodyJsonParamOutputFormatType0 | None | Unset = "png"
    output_compression: int | None | Unset = UNSET
    moderation: EditImageBodyJsonParamModerationType0 | None | Unset = "auto"
    background: EditImageBodyJsonParamBackgroundType0 | None | Unset = "auto"
    stream: bool | None | Unset = False
    partial_images: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "images",
        "prompt",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["images"] = dump(self.images)
        field_dict["prompt"] = self.prompt
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.mask is not UNSET:
            field_dict["mask"] = dump(self.mask)
        if self.n is not UNSET:
            field_dict["n"] = self.n
        if self.quality is not UNSET:
            field_dict["quality"] = self.quality
        if self.input_fidelity is not UNSET:
            field_dict["input_fidelity"] = self.input_fidelity
        if self.size is not UNSET:
            field_dict["size"] = self.size
        if self.user is not UNSET:
            field_dict["user"] = self.user
        if self.output_format is not UNSET:
            field_dict["output_format"] = self.output_format
        if self.output_compression is not UNSET:
            field_dict["output_compression"] = self.output_compression
        if self.moderation is not UNSET:
            field_dict["moderation"] = self.moderation
        if self.background is not UNSET:
            field_dict["background"] = self.background
        if self.stream is not UNSET:
            field_dict["stream"] = self.stream
        if self.partial_images is not UNSET:
            field_dict["partial_images"] = self.partial_images
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _images = d.get("images")
        images = (
            [(ImageRefParam.from_dict(_i0) if isinstance(_i0, dict) else _i0) for _i0 in _images]
            if isinstance(_images, list)
            else _images
        )
        prompt = d.get("prompt")
        model = d.get("model", UNSET)
        _mask = d.get("mask", UNSET)
        mask = ImageRefParam.from_dict(_mask) if isinstance(_mask, dict) else _mask
        n = d.get("n", UNSET)
        quality = d.get("quality", UNSET)
        input_fidelity = d.get("input_fidelity", UNSET)
        size = d.get("size", UNSET)
        user = d.get("user", UNSET)
        output_format = d.get("output_format", UNSET)
        output_compression = d.get("output_compression", UNSET)
        moderation = d.get("moderation", UNSET)
        background = d.get("background", UNSET)
        stream = d.get("stream", UNSET)
        partial_images = d.get("partial_images", UNSET)
        edit_image_body_json_param = cls(
            images=images,
            prompt=prompt,
            model=model,
            mask=mask,
            n=n,
            quality=quality,
            input_fidelity=input_fidelity,
            size=size,
            user=user,
            output_format=output_format,
            output_compression=output_compression,
            moderation=moderation,
            background=background,
            stream=stream,
            partial_images=partial_images,
        )
        if images is None or prompt is None:
            edit_image_body_json_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            edit_image_body_json_param.additional_properties = _extra_fields(d)
        return edit_image_body_json_param

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
from ..models.image_ref_param import ImageRefParam  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
EditImageBodyJsonParam._oc_fields = (
    ("images", "images", True, ("list", ImageRefParam)),
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
    ("mask", "mask", False, ImageRefParam),
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
                ("enum", "EditImageBodyJsonParamQualityType0", ("auto", "high", "low", "medium")),
                "null",
            ),
        ),
    ),
    (
        "input_fidelity",
        "input_fidelity",
        False,
        (
            "union",
            (
                ("enum", "EditImageBodyJsonParamInputFidelityType0", ("high", "low")),
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
                (
                    "enum",
                    "EditImageBodyJsonParamSizeType0",
                    ("1024x1024", "1024x1536", "1536x1024", "auto"),
                ),
                "null",
            ),
        ),
    ),
    ("user", "user", False, "string"),
    (
        "output_format",
        "output_format",
        False,
        (
            "union",
            (
                ("enum", "EditImageBodyJsonParamOutputFormatType0", ("jpeg", "png", "webp")),
                "null",
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
        "moderation",
        "moderation",
        False,
        (
            "union",
            (
                ("enum", "EditImageBodyJsonParamModerationType0", ("auto", "low")),
                "null",
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
                (
                    "enum",
                    "EditImageBodyJsonParamBackgroundType0",
                    ("auto", "opaque", "transparent"),
                ),
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
)
