# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_image_variation_request_response_format_type_1 import (
    CreateImageVariationRequestResponseFormatType1,
    check_create_image_variation_request_response_format_type_1,
)
from ..models.create_image_variation_request_size_type_1 import (
    CreateImageVariationRequestSizeType1,
    check_create_image_variation_request_size_type_1,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateImageVariationRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateImageVariationRequest:
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

    def to_dict(self) -> dict[str, Any]:
        image = self.image.to_tuple()

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

        response_format: None | str | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, str):
            response_format = self.response_format
        else:
            response_format = self.response_format

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        elif isinstance(self.size, str):
            size = self.size
        else:
            size = self.size

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if n is not UNSET:
            field_dict["n"] = n
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if size is not UNSET:
            field_dict["size"] = size
        if user is not UNSET:
            field_dict["user"] = user

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        image = File(payload=BytesIO(d["image"]))

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

        def _parse_response_format(
            data: object,
        ) -> CreateImageVariationRequestResponseFormatType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                response_format_type_1 = (
                    check_create_image_variation_request_response_format_type_1(data)
                )

                return response_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CreateImageVariationRequestResponseFormatType1 | None | Unset", data)

        response_format = _parse_response_format(d.get("response_format", UNSET))

        def _parse_size(data: object) -> CreateImageVariationRequestSizeType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_type_1 = check_create_image_variation_request_size_type_1(data)

                return size_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CreateImageVariationRequestSizeType1 | None | Unset", data)

        size = _parse_size(d.get("size", UNSET))

        user = d.get("user", UNSET)

        create_image_variation_request = cls(
            image=image,
            model=model,
            n=n,
            response_format=response_format,
            size=size,
            user=user,
        )

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
