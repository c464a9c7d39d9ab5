# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_image_edit_request_background_type_1 import (
    CreateImageEditRequestBackgroundType1,
    check_create_image_edit_request_background_type_1,
)
from ..models.create_image_edit_request_output_format_type_1 import (
    CreateImageEditRequestOutputFormatType1,
    check_create_image_edit_request_output_format_type_1,
)
from ..models.create_image_edit_request_quality_type_1 import (
    CreateImageEditRequestQualityType1,
    check_create_image_edit_request_quality_type_1,
)
from ..models.create_image_edit_request_response_format_type_1 import (
    CreateImageEditRequestResponseFormatType1,
    check_create_image_edit_request_response_format_type_1,
)
from ..models.input_fidelity import InputFidelity, check_input_fidelity
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="CreateImageEditRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "image",
        "prompt",
        "mask",
        "background",
        "model",
        "n",
        "size",
        "response_format",
        "output_format",
        "output_compression",
        "user",
        "input_fidelity",
        "stream",
        "partial_images",
        "quality",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateImageEditRequest:
    """Schema `CreateImageEditRequest`.

    Attributes:
        image (File | list[File]):
        prompt (str):
        mask (File | Unset):
        background (CreateImageEditRequestBackgroundType1 | None | Unset): One of: 'transparent', 'opaque', 'auto', None
            (others kept). Server default: 'auto'. Default: 'auto'.
        model (None | str | Unset): Server default: 'gpt-image-1.5'. Default: 'gpt-image-1.5'.
        n (int | None | Unset): Range 1..10. Server default: 1. Default: 1.
        size (None | str | Unset): Server default: '1024x1024'. Default: '1024x1024'.
        response_format (CreateImageEditRequestResponseFormatType1 | None | Unset): One of: 'url', 'b64_json', None
            (others kept).
        output_format (CreateImageEditRequestOutputFormatType1 | None | Unset): One of: 'png', 'jpeg', 'webp', None
            (others kept). Server default: 'png'. Default: 'png'.
        output_compression (int | None | Unset): Server default: 100. Default: 100.
        user (str | Unset):
        input_fidelity (InputFidelity | None | Unset):
        stream (bool | None | Unset): Server default: False. Default: False.
        partial_images (int | None | Unset): Schema `PartialImages`.
        quality (CreateImageEditRequestQualityType1 | None | Unset): One of: 'standard', 'low', 'medium', 'high',
            'auto', None (others kept). Server default: 'auto'. Default: 'auto'.
    """

    image: File | list[File]
    prompt: str
    mask: File | Unset = UNSET
    background: CreateImageEditRequestBackgroundType1 | None | Unset = "auto"
    model: None | str | Unset = "gpt-image-1.5"
    n: int | None | Unset = 1
    size: None | str | Unset = "1024x1024"
    response_format: CreateImageEditRequestResponseFormatType1 | None | Unset = UNSET
    output_format: CreateImageEditRequestOutputFormatType1 | None | Unset = "png"
    output_compression: int | None | Unset = 100
    user: str | Unset = UNSET
    input_fidelity: InputFidelity | None | Unset = UNSET
    stream: bool | None | Unset = False
    partial_images: int | None | Unset = UNSET
    quality: CreateImageEditRequestQualityType1 | None | Unset = "auto"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image: FileTypes | list[FileTypes]
        if isinstance(self.image, File):
            image = self.image.to_tuple()

        else:
            image = []
            for image_type_1_item_data in self.image:
                image_type_1_item = image_type_1_item_data.to_tuple()

                image.append(image_type_1_item)

        prompt = self.prompt

        mask: FileTypes | Unset = UNSET
        if not isinstance(self.mask, Unset):
            mask = self.mask.to_tuple()

        background: None | str | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        elif isinstance(self.background, str):
            background = self.background
        else:
            background = self.background

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

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

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

        user = self.user

        input_fidelity: None | str | Unset
        if isinstance(self.input_fidelity, Unset):
            input_fidelity = UNSET
        elif isinstance(self.input_fidelity, str):
            input_fidelity = self.input_fidelity
        else:
            input_fidelity = self.input_fidelity

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

        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        elif isinstance(self.quality, str):
            quality = self.quality
        else:
            quality = self.quality

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
                "prompt": prompt,
            }
        )
        if mask is not UNSET:
            field_dict["mask"] = mask
        if background is not UNSET:
            field_dict["background"] = background
        if model is not UNSET:
            field_dict["model"] = model
        if n is not UNSET:
            field_dict["n"] = n
        if size is not UNSET:
            field_dict["size"] = size
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if user is not UNSET:
            field_dict["user"] = user
        if input_fidelity is not UNSET:
            field_dict["input_fidelity"] = input_fidelity
        if stream is not UNSET:
            field_dict["stream"] = stream
        if partial_images is not UNSET:
            field_dict["partial_images"] = partial_images
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if isinstance(self.image, File):
            files.append(("image", self.image.to_tuple()))
        else:
            for image_type_1_item_element in self.image:
                files.append(("image", image_type_1_item_element.to_tuple()))

        files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.mask, Unset):
            files.append(("mask", self.mask.to_tuple()))

        if not isinstance(self.background, Unset):
            if self.background is None:
                files.append(("background", (None, str(self.background).encode(), "text/plain")))
            else:
                files.append(("background", (None, str(self.background).encode(), "text/plain")))

        if not isinstance(self.model, Unset):
            if isinstance(self.model, str):
                files.append(("model", (None, str(self.model).encode(), "text/plain")))
            else:
                files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if not isinstance(self.n, Unset):
            if isinstance(self.n, int):
                files.append(("n", (None, str(self.n).encode(), "text/plain")))
            else:
                files.append(("n", (None, str(self.n).encode(), "text/plain")))

        if not isinstance(self.size, Unset):
            if isinstance(self.size, str):
                files.append(("size", (None, str(self.size).encode(), "text/plain")))
            else:
                files.append(("size", (None, str(self.size).encode(), "text/plain")))

        if not isinstance(self.response_format, Unset):
            if self.response_format is None:
                files.append(
                    ("response_format", (None, str(self.response_format).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("response_format", (None, str(self.response_format).encode(), "text/plain"))
                )

        if not isinstance(self.output_format, Unset):
            if self.output_format is None:
                files.append(
                    ("output_format", (None, str(self.output_format).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("output_format", (None, str(self.output_format).encode(), "text/plain"))
                )

        if not isinstance(self.output_compression, Unset):
            if isinstance(self.output_compression, int):
                files.append(
                    (
                        "output_compression",
                        (None, str(self.output_compression).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "output_compression",
                        (None, str(self.output_compression).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.user, Unset):
            files.append(("user", (None, str(self.user).encode(), "text/plain")))

        if not isinstance(self.input_fidelity, Unset):
            if isinstance(self.input_fidelity, str):
                files.append(
                    ("input_fidelity", (None, str(self.input_fidelity).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("input_fidelity", (None, str(self.input_fidelity).encode(), "text/plain"))
                )

        if not isinstance(self.stream, Unset):
            if isinstance(self.stream, bool):
                files.append(("stream", (None, str(self.stream).encode(), "text/plain")))
            else:
                files.append(("stream", (None, str(self.stream).encode(), "text/plain")))

        if not isinstance(self.partial_images, Unset):
            if isinstance(self.partial_images, int):
                files.append(
                    ("partial_images", (None, str(self.partial_images).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("partial_images", (None, str(self.partial_images).encode(), "text/plain"))
                )

        if not isinstance(self.quality, Unset):
            if self.quality is None:
                files.append(("quality", (None, str(self.quality).encode(), "text/plain")))
            else:
                files.append(("quality", (None, str(self.quality).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_image(data: object) -> File | list[File]:
            try:
                if not isinstance(data, bytes):
                    raise TypeError()
                image_type_0 = File(payload=BytesIO(data))

                return image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            image_type_1 = []
            _image_type_1 = data
            for image_type_1_item_data in _image_type_1:
                image_type_1_item = File(payload=BytesIO(image_type_1_item_data))

                image_type_1.append(image_type_1_item)

            return image_type_1

        image = _parse_image(d["image"])

        prompt = d["prompt"]

        _mask = d.get("mask", UNSET)
        mask: File | Unset
        if isinstance(_mask, Unset):
            mask = UNSET
        else:
            mask = File(payload=BytesIO(_mask))

        def _parse_background(data: object) -> CreateImageEditRequestBackgroundType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                background_type_1 = check_create_image_edit_request_background_type_1(data)

                return background_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CreateImageEditRequestBackgroundType1 | None | Unset", data)

        background = _parse_background(d.get("background", UNSET))

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

        def _parse_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        size = _parse_size(d.get("size", UNSET))

        def _parse_response_format(
            data: object,
        ) -> CreateImageEditRequestResponseFormatType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                response_format_type_1 = check_create_image_edit_request_response_format_type_1(
                    data
                )

                return response_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CreateImageEditRequestResponseFormatType1 | None | Unset", data)

        response_format = _parse_response_format(d.get("response_format", UNSET))

        def _parse_output_format(
            data: object,
        ) -> CreateImageEditRequestOutputFormatType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                output_format_type_1 = check_create_image_edit_request_output_format_type_1(data)

                return output_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CreateImageEditRequestOutputFormatType1 | None | Unset", data)

        output_format = _parse_output_format(d.get("output_format", UNSET))

        def _parse_output_compression(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        output_compression = _parse_output_compression(d.get("output_compression", UNSET))

        user = d.get("user", UNSET)

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

        def _parse_quality(data: object) -> CreateImageEditRequestQualityType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_type_1 = check_create_image_edit_request_quality_type_1(data)

                return quality_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CreateImageEditRequestQualityType1 | None | Unset", data)

        quality = _parse_quality(d.get("quality", UNSET))

        create_image_edit_request = cls(
            image=image,
            prompt=prompt,
            mask=mask,
            background=background,
            model=model,
            n=n,
            size=size,
            response_format=response_format,
            output_format=output_format,
            output_compression=output_compression,
            user=user,
            input_fidelity=input_fidelity,
            stream=stream,
            partial_images=partial_images,
            quality=quality,
        )

        create_image_edit_request.additional_properties = _extra_fields(d)
        return create_image_edit_request

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
