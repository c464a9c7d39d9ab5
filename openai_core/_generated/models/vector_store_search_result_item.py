# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys

T = TypeVar("T", bound="VectorStoreSearchResultItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "file_id",
        "filename",
        "score",
        "attributes",
        "content",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class VectorStoreSearchResultItem(_Model):
    """Schema `VectorStoreSearchResultItem`.

    Attributes:
        file_id (str):
        filename (str):
        score (float): Range 0..1.
        attributes (None | VectorStoreFileAttributesType0): Schema `VectorStoreFileAttributes`.
        content (list[VectorStoreSearchResultContentObject]):
    """

    file_id: str
    filename: str
    score: float
    attributes: None | VectorStoreFileAttributesType0
    content: list[VectorStoreSearchResultContentObject]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "file_id",
        "filename",
        "score",
        "attributes",
        "content",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["file_id"] = self.file_id
        field_dict["filename"] = self.filename
        field_dict["score"] = self.score
        field_dict["attributes"] = dump(self.attributes)
        field_dict["content"] = dump(self.content)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        file_id = d.get("file_id")
        filename = d.get("filename")
        score = d.get("score")
        _attributes = d.get("attributes")
        attributes = (
            VectorStoreFileAttributesType0.from_dict(_attributes)
            if isinstance(_attributes, dict)
            else _attributes
        )
        _content = d.get("content")
        content = (
            [
                (
                    VectorStoreSearchResultContentObject.from_dict(_i0)
                    if isinstance(_i0, dict)
                    else _i0
                )
                for _i0 in _content
            ]
            if isinstance(_content, list)
            else _content
        )
        vector_store_search_result_item = cls(
            file_id=file_id,
            filename=filename,
            score=score,
            attributes=attributes,
            content=content,
        )
        if (
            file_id is None
            or filename is None
            or score is None
            or attributes is None
            or content is None
        ):
            vector_store_search_result_item._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            vector_store_search_result_item.additional_properties = _extra_fields(d)
        return vector_store_search_result_item

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
from ..models.vector_store_file_attributes_type_0 import VectorStoreFileAttributesType0  # noqa: E402
from ..models.vector_store_search_result_content_object import VectorStoreSearchResultContentObject  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
VectorStoreSearchResultItem._oc_fields = (
    ("file_id", "file_id", True, "string"),
    ("filename", "filename", True, "string"),
    ("score", "score", True, "number"),
    (
        "attributes",
        "attributes",
        True,
        (
            "union",
            (
                VectorStoreFileAttributesType0,
                "null",
            ),
        ),
    ),
    ("content", "content", True, ("list", VectorStoreSearchResultContentObject)),
)
