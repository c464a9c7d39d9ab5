# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="Image")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "b64_json",
        "url",
        "revised_prompt",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class Image(_Model):
    """Schema `Image`.

    Attributes:
        b64_json (str | Unset):
        url (str | Unset):
        revised_prompt (str | Unset):
    """

    b64_json: str | Unset = UNSET
    url: str | Unset = UNSET
    revised_prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.b64_json is not UNSET:
            field_dict["b64_json"] = self.b64_json
        if self.url is not UNSET:
            field_dict["url"] = self.url
        if self.revised_prompt is not UNSET:
            field_dict["revised_prompt"] = self.revised_prompt
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        b64_json = d.get("b64_json", UNSET)
        url = d.get("url", UNSET)
        revised_prompt = d.get("revised_prompt", UNSET)
        image = cls(
            b64_json=b64_json,
            url=url,
            revised_prompt=revised_prompt,
        )
        if not _FIELDS.issuperset(d):
            image.additional_properties = _extra_fields(d)
        return image

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
Image._oc_fields = (
    ("b64_json", "b64_json", False, "string"),
    ("url", "url", False, "string"),
    ("revised_prompt", "revised_prompt", False, "string"),
)
