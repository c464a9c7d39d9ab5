# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_image_request_background_type_1 import (
    CreateImageRequestBackgroundType1,
    check_create_image_request_background_type_1,
)
from ..models.create_image_request_moderation_type_1 import (
    CreateImageRequestModerationType1,
    check_create_image_request_moderation_type_1,
)
from ..models.create_image_request_output_format_type_1 import (
    CreateImageRequestOutputFormatType1,
    check_create_image_request_output_format_type_1,
)
from ..models.create_image_request_quality_type_1 import (
    CreateImageRequestQualityType1,
    check_create_image_request_quality_type_1,
)
from ..models.create_image_request_response_format_type_1 import (
    CreateImageRequestResponseFormatType1,
    check_create_image_request_response_format_type_1,
)
from ..models.create_image_request_style_type_1 import (
    CreateImageRequestStyleType1,
    check_create_image_request_style_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateImageRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateImageRequest:
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

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

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

        response_format: None | str | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, str):
            response_format = self.response_format
        else:
            response_format = self.response_format

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

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

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

        style: None | str | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        elif isinstance(self.style, str):
            style = self.style
        else:
            style = self.style

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if n is not UNSET:
            field_dict["n"] = n
        if quality is not UNSET:
            field_dict["quality"] = quality
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if stream is not UNSET:
            field_dict["stream"] = stream
        if partial_images is not UNSET:
            field_dict["partial_images"] = partial_images
        if size is not UNSET:
            field_dict["size"] = size
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if background is not UNSET:
            field_dict["background"] = background
        if style is not UNSET:
            field_dict["style"] = style
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        prompt = d["prompt"]

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        model = _parse_model(d.get("model", UNSET))

        def _parse_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        n = _parse_n(d.get("n", UNSET))

        def _parse_quality(data: object) -> CreateImageRequestQualityType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_type_1 = check_create_image_request_quality_type_1(data)

                return quality_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CreateImageRequestQualityType1 | None | Unset", data)

        quality = _parse_quality(d.get("quality", UNSET))

        def _parse_response_format(
            data: object,
        ) -> CreateImageRequestResponseFormatType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                response_format_type_1 = check_create_image_request_response_format_type_1(data)

                return response_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CreateImageRequestResponseFormatType1 | None | Unset", data)

        response_format = _parse_response_format(d.get("response_format", UNSET))

        def _parse_output_format(
            data: object,
        ) -> CreateImageRequestOutputFormatType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                output_format_type_1 = check_create_image_request_output_format_type_1(data)

                return output_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CreateImageRequestOutputFormatType1 | None | Unset", data)

        output_format = _parse_output_format(d.get("output_format", UNSET))

        def _parse_output_compression(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        output_compression = _parse_output_compression(d.get("output_compression", UNSET))

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

        def _parse_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        size = _parse_size(d.get("size", UNSET))

        def _parse_moderation(data: object) -> CreateImageRequestModerationType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                moderation_type_1 = check_create_image_request_moderation_type_1(data)

                return moderation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CreateImageRequestModerationType1 | None | Unset", data)

        moderation = _parse_moderation(d.get("moderation", UNSET))

        def _parse_background(data: object) -> CreateImageRequestBackgroundType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                background_type_1 = check_create_image_request_background_type_1(data)

                return background_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CreateImageRequestBackgroundType1 | None | Unset", data)

        background = _parse_background(d.get("background", UNSET))

        def _parse_style(data: object) -> CreateImageRequestStyleType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                style_type_1 = check_create_image_request_style_type_1(data)

                return style_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CreateImageRequestStyleType1 | None | Unset", data)

        style = _parse_style(d.get("style", UNSET))

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
