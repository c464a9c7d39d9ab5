# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.video_seconds import VideoSeconds
from ..models.video_size import VideoSize
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVideoJsonBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "prompt",
        "model",
        "input_reference",
        "seconds",
        "size",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateVideoJsonBody(_Model):
    """Schema `CreateVideoJsonBody`.

    Attributes:
        prompt (str): Length 1..32000.
        model (str | Unset): Schema `VideoModel`.
        input_reference (ImageRefParam2 | Unset): Schema `ImageRefParam-2`.
        seconds (VideoSeconds | Unset): Schema `VideoSeconds`.
        size (VideoSize | Unset): Schema `VideoSize`.
    """

    prompt: str
    model: str | Unset = UNSET
    input_reference: ImageRefParam2 | Unset = UNSET
    seconds: VideoSeconds | Unset = UNSET
    size: VideoSize | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("prompt",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["prompt"] = self.prompt
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.input_reference is not UNSET:
            field_dict["input_reference"] = dump(self.input_reference)
        if self.seconds is not UNSET:
            field_dict["seconds"] = self.seconds
        if self.size is not UNSET:
            field_dict["size"] = self.size
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
        model = d.get("model", UNSET)
        _input_reference = d.get("input_reference", UNSET)
        input_reference = (
            ImageRefParam2.from_dict(_input_reference)
            if isinstance(_input_reference, dict)
            else _input_reference
        )
        seconds = d.get("seconds", UNSET)
        size = d.get("size", UNSET)
        create_video_json_body = cls(
            prompt=prompt,
            model=model,
            input_reference=input_reference,
            seconds=seconds,
            size=size,
        )
        if prompt is None:
            create_video_json_body._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_video_json_body.additional_properties = _extra_fields(d)
        return create_video_json_body

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
from ..models.image_ref_param_2 import ImageRefParam2  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateVideoJsonBody._oc_fields = (
    ("prompt", "prompt", True, "string"),
    ("model", "model", False, "string"),
    ("input_reference", "input_reference", False, ImageRefParam2),
    ("seconds", "seconds", False, ("enum", "VideoSeconds", ("12", "4", "8"))),
    (
        "size",
        "size",
        False,
        ("enum", "VideoSize", ("1024x1792", "1280x720", "1792x1024", "720x1280")),
    ),
)
