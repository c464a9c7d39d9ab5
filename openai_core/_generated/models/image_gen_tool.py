# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_gen_action_enum import ImageGenActionEnum, check_image_gen_action_enum
from ..models.image_gen_tool_background import (
    ImageGenToolBackground,
    check_image_gen_tool_background,
)
from ..models.image_gen_tool_moderation import (
    ImageGenToolModeration,
    check_image_gen_tool_moderation,
)
from ..models.image_gen_tool_output_format import (
    ImageGenToolOutputFormat,
    check_image_gen_tool_output_format,
)
from ..models.image_gen_tool_quality import ImageGenToolQuality, check_image_gen_tool_quality
from ..models.input_fidelity import InputFidelity, check_input_fidelity
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenTool")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ImageGenTool:
    """Schema `ImageGenTool`.

    Attributes:
        type_ (Literal['image_generation']): Always 'image_generation'.
        model (str | Unset):
        quality (ImageGenToolQuality | Unset): One of: 'low', 'medium', 'high', 'auto' (others kept). Server default:
            'auto'. Default: 'auto'.
        size (str | Unset): Server default: 'auto'. Default: 'auto'.
        output_format (ImageGenToolOutputFormat | Unset): One of: 'png', 'webp', 'jpeg' (others kept). Server default:
            'png'. Default: 'png'.
        output_compression (int | Unset): Range 0..100. Server default: 100. Default: 100.
        moderation (ImageGenToolModeration | Unset): One of: 'auto', 'low' (others kept). Server default: 'auto'.
            Default: 'auto'.
        background (ImageGenToolBackground | Unset): One of: 'transparent', 'opaque', 'auto' (others kept). Server
            default: 'auto'. Default: 'auto'.
        input_fidelity (InputFidelity | None | Unset):
        input_image_mask (ImageGenToolInputImageMask | Unset):
        partial_images (int | Unset): Range 0..3. Server default: 0. Default: 0.
        action (ImageGenActionEnum | Unset): Schema `ImageGenActionEnum`.
    """

    type_: Literal["image_generation"]
    model: str | Unset = UNSET
    quality: ImageGenToolQuality | Unset = "auto"
    size: str | Unset = "auto"
    output_format: ImageGenToolOutputFormat | Unset = "png"
    output_compression: int | Unset = 100
    moderation: ImageGenToolModeration | Unset = "auto"
    background: ImageGenToolBackground | Unset = "auto"
    input_fidelity: InputFidelity | None | Unset = UNSET
    input_image_mask: ImageGenToolInputImageMask | Unset = UNSET
    partial_images: int | Unset = 0
    action: ImageGenActionEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        model = self.model

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        size = self.size

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        output_compression = self.output_compression

        moderation: str | Unset = UNSET
        if not isinstance(self.moderation, Unset):
            moderation = self.moderation

        background: str | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background

        input_fidelity: None | str | Unset
        if isinstance(self.input_fidelity, Unset):
            input_fidelity = UNSET
        elif isinstance(self.input_fidelity, str):
            input_fidelity = self.input_fidelity
        else:
            input_fidelity = self.input_fidelity

        input_image_mask: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_image_mask, Unset):
            input_image_mask = self.input_image_mask.to_dict()

        partial_images = self.partial_images

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if quality is not UNSET:
            field_dict["quality"] = quality
        if size is not UNSET:
            field_dict["size"] = size
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if background is not UNSET:
            field_dict["background"] = background
        if input_fidelity is not UNSET:
            field_dict["input_fidelity"] = input_fidelity
        if input_image_mask is not UNSET:
            field_dict["input_image_mask"] = input_image_mask
        if partial_images is not UNSET:
            field_dict["partial_images"] = partial_images
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['image_generation']", d["type"])
        if type_ != "image_generation":
            raise ValueError(f"type must match const 'image_generation', got '{type_}'")

        model = d.get("model", UNSET)

        _quality = d.get("quality", UNSET)
        quality: ImageGenToolQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_image_gen_tool_quality(_quality)

        size = d.get("size", UNSET)

        _output_format = d.get("output_format", UNSET)
        output_format: ImageGenToolOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_image_gen_tool_output_format(_output_format)

        output_compression = d.get("output_compression", UNSET)

        _moderation = d.get("moderation", UNSET)
        moderation: ImageGenToolModeration | Unset
        if isinstance(_moderation, Unset):
            moderation = UNSET
        else:
            moderation = check_image_gen_tool_moderation(_moderation)

        _background = d.get("background", UNSET)
        background: ImageGenToolBackground | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = check_image_gen_tool_background(_background)

        def _parse_input_fidelity(data: object) -> InputFidelity | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                input_fidelity_type_0 = check_input_fidelity(data)

                return input_fidelity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("InputFidelity | None | Unset", data)

        input_fidelity = _parse_input_fidelity(d.get("input_fidelity", UNSET))

        _input_image_mask = d.get("input_image_mask", UNSET)
        input_image_mask: ImageGenToolInputImageMask | Unset
        if isinstance(_input_image_mask, Unset):
            input_image_mask = UNSET
        else:
            input_image_mask = ImageGenToolInputImageMask.from_dict(_input_image_mask)

        partial_images = d.get("partial_images", UNSET)

        _action = d.get("action", UNSET)
        action: ImageGenActionEnum | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_image_gen_action_enum(_action)

        image_gen_tool = cls(
            type_=type_,
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

        image_gen_tool.additional_properties = _extra_fields(d)
        return image_gen_tool

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
from ..models.image_gen_tool_input_image_mask import ImageGenToolInputImageMask  # noqa: E402
