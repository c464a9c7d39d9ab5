# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys

T = TypeVar("T", bound="CreateVideoRemixBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "prompt",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateVideoRemixBody(_Model):
    """Schema `CreateVideoRemixBody`.

    Attributes:
        prompt (str): Length 1..32000.
    """

    prompt: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("prompt",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["prompt"] = self.prompt
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        prompt = d.get("prompt")
        create_video_remix_body = cls(
            prompt=prompt,
        )
        if prompt is None:
            create_video_remix_body._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_video_remix_body.additional_properties = _extra_fields(d)
        return create_video_remix_body

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
CreateVideoRemixBody._oc_fields = (("prompt", "prompt", True, "string"),)
