# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="VectorStoreFileContentResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "data",
        "has_more",
        "object",
        "next_page",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class VectorStoreFileContentResponse(_Model):
    """Schema `VectorStoreFileContentResponse`.

    Attributes:
        data (list[VectorStoreFileContentResponseDataItem]):
        has_more (bool):
        object (Literal['vector_store.file_content.page'] | Unset): Always 'vector_store.file_content.page'.
        next_page (None | str | Unset):
    """

    data: list[VectorStoreFileContentResponseDataItem]
    has_more: bool
    object: Literal["vector_store.file_content.page"] | Unset = UNSET
    next_page: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "data",
        "has_more",
    )
    _oc_consts = {"object": "vector_store.file_content.page"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data"] = dump(self.data)
        field_dict["has_more"] = self.has_more
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.next_page is not UNSET:
            field_dict["next_page"] = self.next_page
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _data = d.get("data")
        data = (
            [
                (
                    VectorStoreFileContentResponseDataItem.from_dict(_i0)
                    if isinstance(_i0, dict)
                    else _i0
                )
                for _i0 in _data
            ]
            if isinstance(_data, list)
            else _data
        )
        has_more = d.get("has_more")
        object_ = d.get("object", UNSET)
        next_page = d.get("next_page", UNSET)
        vector_store_file_content_response = cls(
            data=data,
            has_more=has_more,
            object=object_,
            next_page=next_page,
        )
        if data is None or has_more is None:
            vector_store_file_content_response._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            vector_store_file_content_response.additional_properties = _extra_fields(d)
        return vector_store_file_content_response

    @property
    def object_(self) -> Literal["vector_store.file_content.page"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["vector_store.file_content.page"] | Unset) -> None:
        self.object = value

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
from ..models.vector_store_file_content_response_data_item import (
    VectorStoreFileContentResponseDataItem,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
VectorStoreFileContentResponse._oc_fields = (
    ("data", "data", True, ("list", VectorStoreFileContentResponseDataItem)),
    ("has_more", "has_more", True, "boolean"),
    ("object", "object", False, ("const", "vector_store.file_content.page")),
    (
        "next_page",
        "next_page",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
)
