# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys

T = TypeVar("T", bound="RunStepDetailsToolCallsCodeOutputImageObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "image",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RunStepDetailsToolCallsCodeOutputImageObject(_Model):
    """Schema `RunStepDetailsToolCallsCodeOutputImageObject`.

    Attributes:
        type (Literal['image']): Always 'image'.
        image (RunStepDetailsToolCallsCodeOutputImageObjectImage):
    """

    type: Literal["image"]
    image: RunStepDetailsToolCallsCodeOutputImageObjectImage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "image",
    )
    _oc_consts = {"type": "image"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["image"] = dump(self.image)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        _image = d.get("image")
        image = (
            RunStepDetailsToolCallsCodeOutputImageObjectImage.from_dict(_image)
            if isinstance(_image, dict)
            else _image
        )
        run_step_details_tool_calls_code_output_image_object = cls(
            type=type_,
            image=image,
        )
        if type_ is None or image is None:
            run_step_details_tool_calls_code_output_image_object._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            run_step_details_tool_calls_code_output_image_object.additional_properties = (
                _extra_fields(d)
            )
        return run_step_details_tool_calls_code_output_image_object

    @property
    def type_(self) -> Literal["image"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["image"]) -> None:
        self.type = value

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
from ..models.run_step_details_tool_calls_code_output_image_object_image import (
    RunStepDetailsToolCallsCodeOutputImageObjectImage,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RunStepDetailsToolCallsCodeOutputImageObject._oc_fields = (
    ("type", "type", True, ("const", "image")),
    ("image", "image", True, RunStepDetailsToolCallsCodeOutputImageObjectImage),
)
