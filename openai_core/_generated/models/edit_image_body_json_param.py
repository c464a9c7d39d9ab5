# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edit_image_body_json_param_background_type_0 import (
    EditImageBodyJsonParamBackgroundType0,
    check_edit_image_body_json_param_background_type_0,
)
from ..models.edit_image_body_json_param_input_fidelity_type_0 import (
    EditImageBodyJsonParamInputFidelityType0,
    check_edit_image_body_json_param_input_fidelity_type_0,
)
from ..models.edit_image_body_json_param_moderation_type_0 import (
    EditImageBodyJsonParamModerationType0,
    check_edit_image_body_json_param_moderation_type_0,
)
from ..models.edit_image_body_json_param_output_format_type_0 import (
    EditImageBodyJsonParamOutputFormatType0,
    check_edit_image_body_json_param_output_format_type_0,
)
from ..models.edit_image_body_json_param_quality_type_0 import (
    EditImageBodyJsonParamQualityType0,
    check_edit_image_body_json_param_quality_type_0,
)
from ..models.edit_image_body_json_param_size_type_0 import (
    EditImageBodyJsonParamSizeType0,
    check_edit_image_body_json_param_size_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EditImageBodyJsonParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class EditImageBodyJsonParam:
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

    def to_dict(self) -> dict[str, Any]:
        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        prompt = self.prompt

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        mask: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mask, Unset):
            mask = self.mask.to_dict()

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        elif isinstance(self.quality, str):
            quality = self.quality
        else:
            quality = self.quality

        input_fidelity: None | str | Unset
        if isinstance(self.input_fidelity, Unset):
            input_fidelity = UNSET
        elif isinstance(self.input_fidelity, str):
            input_fidelity = self.input_fidelity
        else:
            input_fidelity = self.input_fidelity

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        elif isinstance(self.size, str):
            size = self.size
        else:
            size = self.size

        user = self.user

        output_format: None | str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        elif isinstance(self.output_format, str):
            output_format = self.output_format
        else:
            output_format = self.output_format

        output_compression: int | None | Unset
        if isinstance(self.output_compression, Unset):
            output_compression = UNSET
        else:
            output_compression = self.output_compression

        moderation: None | str | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, str):
            moderation = self.moderation
        else:
            moderation = self.moderation

        background: None | str | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        elif isinstance(self.background, str):
            background = self.background
        else:
            background = self.background

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        partial_images: int | None | Unset
        if isinstance(self.partial_images, Unset):
            partial_images = UNSET
        else:
            partial_images = self.partial_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "images": images,
                "prompt": prompt,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if mask is not UNSET:
            field_dict["mask"] = mask
        if n is not UNSET:
            field_dict["n"] = n
        if quality is not UNSET:
            field_dict["quality"] = quality
        if input_fidelity is not UNSET:
            field_dict["input_fidelity"] = input_fidelity
        if size is not UNSET:
            field_dict["size"] = size
        if user is not UNSET:
            field_dict["user"] = user
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if background is not UNSET:
            field_dict["background"] = background
        if stream is not UNSET:
            field_dict["stream"] = stream
        if partial_images is not UNSET:
            field_dict["partial_images"] = partial_images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        images = []
        _images = d["images"]
        for images_item_data in _images:
            images_item = ImageRefParam.from_dict(images_item_data)

            images.append(images_item)

        prompt = d["prompt"]

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        model = _parse_model(d.get("model", UNSET))

        _mask = d.get("mask", UNSET)
        mask: ImageRefParam | Unset
        if isinstance(_mask, Unset):
            mask = UNSET
        else:
            mask = ImageRefParam.from_dict(_mask)

        def _parse_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        n = _parse_n(d.get("n", UNSET))

        def _parse_quality(data: object) -> EditImageBodyJsonParamQualityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_type_0 = check_edit_image_body_json_param_quality_type_0(data)

                return quality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("EditImageBodyJsonParamQualityType0 | None | Unset", data)

        quality = _parse_quality(d.get("quality", UNSET))

        def _parse_input_fidelity(
            data: object,
        ) -> EditImageBodyJsonParamInputFidelityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                input_fidelity_type_0 = check_edit_image_body_json_param_input_fidelity_type_0(data)

                return input_fidelity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("EditImageBodyJsonParamInputFidelityType0 | None | Unset", data)

        input_fidelity = _parse_input_fidelity(d.get("input_fidelity", UNSET))

        def _parse_size(data: object) -> EditImageBodyJsonParamSizeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_type_0 = check_edit_image_body_json_param_size_type_0(data)

                return size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("EditImageBodyJsonParamSizeType0 | None | Unset", data)

        size = _parse_size(d.get("size", UNSET))

        user = d.get("user", UNSET)

        def _parse_output_format(
            data: object,
        ) -> EditImageBodyJsonParamOutputFormatType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                output_format_type_0 = check_edit_image_body_json_param_output_format_type_0(data)

                return output_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("EditImageBodyJsonParamOutputFormatType0 | None | Unset", data)

        output_format = _parse_output_format(d.get("output_format", UNSET))

        def _parse_output_compression(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        output_compression = _parse_output_compression(d.get("output_compression", UNSET))

        def _parse_moderation(data: object) -> EditImageBodyJsonParamModerationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                moderation_type_0 = check_edit_image_body_json_param_moderation_type_0(data)

                return moderation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("EditImageBodyJsonParamModerationType0 | None | Unset", data)

        moderation = _parse_moderation(d.get("moderation", UNSET))

        def _parse_background(data: object) -> EditImageBodyJsonParamBackgroundType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                background_type_0 = check_edit_image_body_json_param_background_type_0(data)

                return background_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("EditImageBodyJsonParamBackgroundType0 | None | Unset", data)

        background = _parse_background(d.get("background", UNSET))

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        stream = _parse_stream(d.get("stream", UNSET))

        def _parse_partial_images(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        partial_images = _parse_partial_images(d.get("partial_images", UNSET))

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
