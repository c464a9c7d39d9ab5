# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.create_image_edit_request_background_type_1 import (
    CreateImageEditRequestBackgroundType1,
)
from ..models.create_image_edit_request_output_format_type_1 import (
    CreateImageEditRequestOutputFormatType1,
)
from ..models.create_image_edit_request_quality_type_1 import (
    CreateImageEditRequestQualityType1,
)
from ..models.create_image_edit_request_response_format_type_1 import (
    CreateImageEditRequestResponseFormatType1,
)
from ..models.input_fidelity import InputFidelity
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateImageEditRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_image(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [(File(payload=BytesIO(_i1)) if isinstance(_i1, bytes) else _i1) for _i1 in data]
            if isinstance(data, list)
            else data
        )
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateImageEditRequest(_Model):
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

    _oc_wire = _FIELDS
    _oc_required = (
        "image",
        "prompt",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["image"] = dump(self.image)
        field_dict["prompt"] = self.prompt
        if self.mask is not UNSET:
            field_dict["mask"] = dump(self.mask)
        if self.background is not UNSET:
            field_dict["background"] = self.background
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.n is not UNSET:
            field_dict["n"] = self.n
        if self.size is not UNSET:
            field_dict["size"] = self.size
        if self.response_format is not UNSET:
            field_dict["response_format"] = self.response_format
        if self.output_format is not UNSET:
            field_dict["output_format"] = self.output_format
        if self.output_compression is not UNSET:
            field_dict["output_compression"] = self.output_compression
        if self.user is not UNSET:
            field_dict["user"] = self.user
        if self.input_fidelity is not UNSET:
            field_dict["input_fidelity"] = self.input_fidelity
        if self.stream is not UNSET:
            field_dict["stream"] = self.stream
        if self.partial_images is not UNSET:
            field_dict["partial_images"] = self.partial_images
        if self.quality is not UNSET:
            field_dict["quality"] = self.quality
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _image = d.get("image")
        image = _read_image(_image)
        prompt = d.get("prompt")
        _mask = d.get("mask", UNSET)
        mask = File(payload=BytesIO(_mask)) if isinstance(_mask, bytes) else _mask
        background = d.get("background", UNSET)
        model = d.get("model", UNSET)
        n = d.get("n", UNSET)
        size = d.get("size", UNSET)
        response_format = d.get("response_format", UNSET)
        output_format = d.get("output_format", UNSET)
        output_compression = d.get("output_compression", UNSET)
        user = d.get("user", UNSET)
        input_fidelity = d.get("input_fidelity", UNSET)
        stream = d.get("stream", UNSET)
        partial_images = d.get("partial_images", UNSET)
        quality = d.get("quality", UNSET)
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
        if image is None or prompt is None:
            create_image_edit_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateImageEditRequest._oc_fields = (
    (
        "image",
        "image",
        True,
        (
            "union",
            (
                "file",
                ("list", "file"),
            ),
        ),
    ),
    ("prompt", "prompt", True, "string"),
    ("mask", "mask", False, "file"),
    (
        "background",
        "background",
        False,
        (
            "union",
            (
                "null",
                (
                    "enum",
                    "CreateImageEditRequestBackgroundType1",
                    ("auto", "opaque", "transparent"),
                ),
            ),
        ),
    ),
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
        "response_format",
        "response_format",
        False,
        (
            "union",
            (
                "null",
                ("enum", "CreateImageEditRequestResponseFormatType1", ("b64_json", "url")),
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
                ("enum", "CreateImageEditRequestOutputFormatType1", ("jpeg", "png", "webp")),
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
    ("user", "user", False, "string"),
    (
        "input_fidelity",
        "input_fidelity",
        False,
        (
            "union",
            (
                ("enum", "InputFidelity", ("high", "low")),
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
        "quality",
        "quality",
        False,
        (
            "union",
            (
                "null",
                (
                    "enum",
                    "CreateImageEditRequestQualityType1",
                    ("auto", "high", "low", "medium", "standard"),
                ),
            ),
        ),
    ),
)
