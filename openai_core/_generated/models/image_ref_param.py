# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageRefParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "image_url",
        "file_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ImageRefParam(_Model):
    """Schema `ImageRefParam`.

    Attributes:
        image_url (str | Unset): Length 0..20971520.
        file_id (str | Unset):
    """

    image_url: str | Unset = UNSET
    file_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.image_url is not UNSET:
            field_dict["image_url"] = self.image_url
        if self.file_id is not UNSET:
            field_dict["file_id"] = self.file_id
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        image_url = d.get("image_url", UNSET)
        file_id = d.get("file_id", UNSET)
        image_ref_param = cls(
            image_url=image_url,
            file_id=file_id,
        )
        if not _FIELDS.issuperset(d):
            image_ref_param.additional_properties = _extra_fields(d)
        return image_ref_param

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
ImageRefParam._oc_fields = (
    ("image_url", "image_url", False, "string"),
    ("file_id", "file_id", False, "string"),
)
