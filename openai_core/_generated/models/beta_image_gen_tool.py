# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.beta_image_gen_action_enum import (
    BetaImageGenActionEnum,
)
from ..models.beta_image_gen_tool_background import (
    BetaImageGenToolBackground,
)
from ..models.beta_image_gen_tool_moderation import (
    BetaImageGenToolModeration,
)
from ..models.beta_image_gen_tool_output_format import (
    BetaImageGenToolOutputFormat,
)
from ..models.beta_image_gen_tool_quality import (
    BetaImageGenToolQuality,
)
from ..models.beta_input_fidelity import BetaInputFidelity
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaImageGenTool")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "model",
        "quality",
        "size",
        "output_format",
        "output_compression",
        "moderation",
        "background",
        "input_fidelity",
        "input_image_mask",
        "partial_images",
        "action",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaImageGenTool(_Model):
    """Schema `BetaImageGenTool`.

    Attributes:
        type (Literal['image_generation']): Always 'image_generation'.
        model (str | Unset):
        quality (BetaImageGenToolQuality | Unset): One of: 'low', 'medium', 'high', 'auto' (others kept). Server
            default: 'auto'. Default: 'auto'.
        size (str | Unset): Server default: 'auto'. Default: 'auto'.
        output_format (BetaImageGenToolOutputFormat | Unset): One of: 'png', 'webp', 'jpeg' (others kept). Server
            default: 'png'. Default: 'png'.
        output_compression (int | Unset): Range 0..100. Server default: 100. Default: 100.
        moderation (BetaImageGenToolModeration | Unset): One of: 'auto', 'low' (others kept). Server default: 'auto'.
            Default: 'auto'.
        background (BetaImageGenToolBackground | Unset): One of: 'transparent', 'opaque', 'auto' (others kept). Server
            default: 'auto'. Default: 'auto'.
        input_fidelity (BetaInputFidelity | None | Unset):
        input_image_mask (BetaImageGenToolInputImageMask | Unset):
        partial_images (int | Unset): Range 0..3. Server default: 0. Default: 0.
        action (BetaImageGenActionEnum | Unset): Schema `BetaImageGenActionEnum`.
    """

    type: Literal["image_generation"]
    model: str | Unset = UNSET
    quality: BetaImageGenToolQuality | Unset = "auto"
    size: str | Unset = "auto"
    output_format: BetaImageGenToolOutputFormat | Unset = "png"
    output_compression: int | Unset = 100
    moderation: BetaImageGenToolModeration | Unset = "auto"
    background: BetaImageGenToolBackground | Unset = "auto"
    input_fidelity: BetaInputFidelity | None | Unset = UNSET
    input_image_mask: BetaImageGenToolInputImageMask | Unset = UNSET
    partial_images: int | Unset = 0
    action: BetaImageGenActionEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("type",)
    _oc_consts = {"type": "image_generation"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.quality is not UNSET:
            field_dict["quality"] = self.quality
        if self.size is not UNSET:
            field_dict["size"] = self.size
        if self.output_format is not UNSET:
            field_dict["output_format"] = self.output_format
        if self.output_compression is not UNSET:
            field_dict["output_compression"] = self.output_compression
        if self.moderation is not UNSET:
            field_dict["moderation"] = self.moderation
        if self.background is not UNSET:
            field_dict["background"] = self.background
        if self.input_fidelity is not UNSET:
            field_dict["input_fidelity"] = self.input_fidelity
        if self.input_image_mask is not UNSET:
            field_dict["input_image_mask"] = dump(self.input_image_mask)
        if self.partial_images is not UNSET:
            field_dict["partial_images"] = self.partial_images
        if self.action is not UNSET:
            field_dict["action"] = self.action
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
        model = d.get("model", UNSET)
        quality = d.get("quality", UNSET)
        size = d.get("size", UNSET)
        output_format = d.get("output_format", UNSET)
        output_compression = d.get("output_compression", UNSET)
        moderation = d.get("moderation", UNSET)
        background = d.get("background", UNSET)
        input_fidelity = d.get("input_fidelity", UNSET)
        _input_image_mask = d.get("input_image_mask", UNSET)
        input_image_mask = (
            BetaImageGenToolInputImageMask.from_dict(_input_image_mask)
            if isinstance(_input_image_mask, dict)
            else _input_image_mask
        )
        partial_images = d.get("partial_images", UNSET)
        action = d.get("action", UNSET)
        beta_image_gen_tool = cls(
            type=type_,
            model=model,
            quality=quality,
            size=size,
            output_format=output_format,
            output_compression=output_compression,
            moderation=moderation,
            background=background,
            input_fidelity=input_fidelity,
            input_image_mask=input_image_mask,
            partial_images=partial_images,
            action=action,
        )
        if type_ is None:
            beta_image_gen_tool._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_image_gen_tool.additional_properties = _extra_fields(d)
        return beta_image_gen_tool

    @property
    def type_(self) -> Literal["image_generation"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["image_generation"]) -> None:
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
from ..models.beta_image_gen_tool_input_image_mask import BetaImageGenToolInputImageMask  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaImageGenTool._oc_fields = (
    ("type", "type", True, ("const", "image_generation")),
    ("model", "model", False, "string"),
    (
        "quality",
        "quality",
        False,
        ("enum", "BetaImageGenToolQuality", ("auto", "high", "low", "medium")),
    ),
    ("size", "size", False, "string"),
    (
        "output_format",
        "output_format",
        False,
        ("enum", "BetaImageGenToolOutputFormat", ("jpeg", "png", "webp")),
    ),
    ("output_compression", "output_compression", False, "integer"),
    ("moderation", "moderation", False, ("enum", "BetaImageGenToolModeration", ("auto", "low"))),
    (
        "background",
        "background",
        False,
        ("enum", "BetaImageGenToolBackground", ("auto", "opaque", "transparent")),
    ),
    (
        "input_fidelity",
        "input_fidelity",
        False,
        (
            "union",
            (
                ("enum", "BetaInputFidelity", ("high", "low")),
                "null",
            ),
        ),
    ),
    ("input_image_mask", "input_image_mask", False, BetaImageGenToolInputImageMask),
    ("partial_images", "partial_images", False, "integer"),
    ("action", "action", False, ("enum", "BetaImageGenActionEnum", ("auto", "edit", "generate"))),
)
