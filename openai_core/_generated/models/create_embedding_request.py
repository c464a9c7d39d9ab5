# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..models.create_embedding_request_encoding_format import (
    CreateEmbeddingRequestEncodingFormat,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEmbeddingRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateEmbeddingRequest(_Model):
    """Schema `CreateEmbeddingRequest`.

    Attributes:
        input (list[int | list[int] | str] | str):
        model (str):
        encoding_format (CreateEmbeddingRequestEncodingFormat | Unset): One of: 'float', 'base64' (others kept). Server
            default: 'float'. Default: 'float'.
        dimensions (int | Unset): Range 1..inf.
        user (str | Unset):
    """

    input: list[int | list[int] | str] | str
    model: str
    encoding_format: CreateEmbeddingRequestEncodingFormat | Unset = "float"
    dimensions: int | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "input",
        "model",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["input"] = self.input
        field_dict["model"] = self.model
        if self.encoding_format is not UNSET:
            field_dict["encoding_format"] = self.encoding_format
        if self.dimensions is not UNSET:
            field_dict["dimensions"] = self.dimensions
        if self.user is not UNSET:
            field_dict["user"] = self.user
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        input_ = d.get("input")
        model = d.get("model")
        encoding_format = d.get("encoding_format", UNSET)
        dimensions = d.get("dimensions", UNSET)
        user = d.get("user", UNSET)
        create_embedding_request = cls(
            input=input_,
            model=model,
            encoding_format=encoding_format,
            dimensions=dimensions,
            user=user,
        )
        if input_ is None or model is None:
            create_embedding_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_embedding_request.additional_properties = _extra_fields(d)
        return create_embedding_request

    @property
    def input_(self) -> list[int | list[int] | str] | str:
        """The `input` field, under its former name."""
        return self.input

    @input_.setter
    def input_(self, value: list[int | list[int] | str] | str) -> None:
        self.input = value

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
CreateEmbeddingRequest._oc_fields = (
    (
        "input",
        "input",
        True,
        (
            "union",
            (
                (
                    "list",
                    (
                        "union",
                        (
                            "string",
                            "integer",
                            ("list", "integer"),
                        ),
                    ),
                ),
                "string",
            ),
        ),
    ),
    ("model", "model", True, "string"),
    (
        "encoding_format",
        "encoding_format",
        False,
        ("enum", "CreateEmbeddingRequestEncodingFormat", ("base64", "float")),
    ),
    ("dimensions", "dimensions", False, "integer"),
    ("user", "user", False, "string"),
)
