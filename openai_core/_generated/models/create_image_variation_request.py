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
from ..models.create_image_variation_request_response_format_type_1 import (
    CreateImageVariationRequestResponseFormatType1,
)
from ..models.create_image_variation_request_size_type_1 import (
    CreateImageVariationRequestSizeType1,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateImageVariationRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "image",
        "model",
        "n",
        "response_format",
        "size",
        "user",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateImageVariationRequest(_Model):
    """Schema `CreateImageVariationRequest`.

    Attributes:
        image (File):
        model (None | str | Unset): Server default: 'dall-e-2'. Default: 'dall-e-2'.
        n (int | None | Unset): Range 1..10. Server default: 1. Default: 1.
        response_format (CreateImageVariationRequestResponseFormatType1 | None | Unset): One of: 'url', 'b64_json', None
            (others kept). Server default: 'url'. Default: 'url'.
        size (CreateImageVariationRequestSizeType1 | None | Unset): One of: '256x256', '512x512', '1024x1024', None
            (others kept). Server default: '1024x1024'. Default: '1024x1024'.
        user (str | Unset):
    """

    image: File
    model: None | str | Unset = "dall-e-2"
    n: int | None | Unset = 1
    response_format: CreateImageVariationRequestResponseFormatType1 | None | Unset = "url"
    size: CreateImageVariationRequestSizeType1 | None | Unset = "1024x1024"
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("image",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["image"] = dump(self.image)
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.n is not UNSET:
            field_dict["n"] = self.n
        if self.response_format is not UNSET:
            field_dict["response_format"] = self.response_format
        if self.size is not UNSET:
            field_dict["size"] = self.size
        if self.user is not UNSET:
            field_dict["user"] = self.user
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("image", self.image.to_tuple()))

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

        if not isinstance(self.response_format, Unset):
            if self.response_format is None:
                files.append(
                    ("response_format", (None, str(self.response_format).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("response_format", (None, str(self.response_format).encode(), "text/plain"))
                )

        if not isinstance(self.size, Unset):
            if self.size is None:
                files.append(("size", (None, str(self.size).encode(), "text/plain")))
            else:
                files.append(("size", (None, str(self.size).encode(), "text/plain")))

        if not isinstance(self.user, Unset):
            files.append(("user", (None, str(self.user).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _image = d.get("image")
        image = File(payload=BytesIO(_image)) if isinstance(_image, bytes) else _image
        model = d.get("model", UNSET)
        n = d.get("n", UNSET)
        response_format = d.get("response_format", UNSET)
        size = d.get("size", UNSET)
        user = d.get("user", UNSET)
        create_image_variation_request = cls(
            image=image,
            model=model,
            n=n,
            response_format=response_format,
            size=size,
            user=user,
        )
        if image is None:
            create_image_variation_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_image_variation_request.additional_properties = _extra_fields(d)
        return create_image_variation_request

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
CreateImageVariationRequest._oc_fields = (
    ("image", "image", True, "file"),
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
        "response_format",
        "response_format",
        False,
        (
            "union",
            (
                "null",
                ("enum", "CreateImageVariationRequestResponseFormatType1", ("b64_json", "url")),
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
                "null",
                (
                    "enum",
                    "CreateImageVariationRequestSizeType1",
                    ("1024x1024", "256x256", "512x512"),
                ),
            ),
        ),
    ),
    ("user", "user", False, "string"),
)
