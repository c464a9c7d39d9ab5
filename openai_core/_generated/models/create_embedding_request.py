# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_embedding_request_encoding_format import (
    CreateEmbeddingRequestEncodingFormat,
    check_create_embedding_request_encoding_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEmbeddingRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "input",
        "model",
        "encoding_format",
        "dimensions",
        "user",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateEmbeddingRequest:
    """Schema `CreateEmbeddingRequest`.

    Attributes:
        input_ (list[int | list[int] | str] | str):
        model (str):
        encoding_format (CreateEmbeddingRequestEncodingFormat | Unset): One of: 'float', 'base64' (others kept). Server
            default: 'float'. Default: 'float'.
        dimensions (int | Unset): Range 1..inf.
        user (str | Unset):
    """

    input_: list[int | list[int] | str] | str
    model: str
    encoding_format: CreateEmbeddingRequestEncodingFormat | Unset = "float"
    dimensions: int | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: list[int | list[int] | str] | str
        if isinstance(self.input_, list):
            input_ = []
            for input_type_0_item_data in self.input_:
                input_type_0_item: int | list[int] | str
                if isinstance(input_type_0_item_data, list):
                    input_type_0_item = input_type_0_item_data

                else:
                    input_type_0_item = input_type_0_item_data
                input_.append(input_type_0_item)

        else:
            input_ = self.input_

        model = self.model

        encoding_format: str | Unset = UNSET
        if not isinstance(self.encoding_format, Unset):
            encoding_format = self.encoding_format

        dimensions = self.dimensions

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "model": model,
            }
        )
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_input_(data: object) -> list[int | list[int] | str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_0 = []
                _input_type_0 = data
                for input_type_0_item_data in _input_type_0:

                    def _parse_input_type_0_item(data: object) -> int | list[int] | str:
                        try:
                            if not isinstance(data, list):
                                raise TypeError()
                            input_type_0_item_type_2 = cast("list[int]", data)

                            return input_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast("int | list[int] | str", data)

                    input_type_0_item = _parse_input_type_0_item(input_type_0_item_data)

                    input_type_0.append(input_type_0_item)

                return input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[int | list[int] | str] | str", data)

        input_ = _parse_input_(d["input"])

        model = d["model"]

        _encoding_format = d.get("encoding_format", UNSET)
        encoding_format: CreateEmbeddingRequestEncodingFormat | Unset
        if isinstance(_encoding_format, Unset):
            encoding_format = UNSET
        else:
            encoding_format = check_create_embedding_request_encoding_format(_encoding_format)

        dimensions = d.get("dimensions", UNSET)

        user = d.get("user", UNSET)

        create_embedding_request = cls(
            input_=input_,
            model=model,
            encoding_format=encoding_format,
            dimensions=dimensions,
            user=user,
        )

        create_embedding_request.additional_properties = _extra_fields(d)
        return create_embedding_request

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
