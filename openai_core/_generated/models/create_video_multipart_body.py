# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.video_seconds import VideoSeconds
from ..models.video_size import VideoSize
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateVideoMultipartBody")

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


def _read_input_reference(data: Any) -> Any:
    if isinstance(data, dict):
        return ImageRefParam2.from_dict(data) if isinstance(data, dict) else data
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateVideoMultipartBody(_Model):
    """Schema `CreateVideoMultipartBody`.

    Attributes:
        prompt (str): Length 1..32000.
        model (str | Unset): Schema `VideoModel`.
        input_reference (File | ImageRefParam2 | Unset):
        seconds (VideoSeconds | Unset): Schema `VideoSeconds`.
        size (VideoSize | Unset): Schema `VideoSize`.
    """

    prompt: str
    model: str | Unset = UNSET
    input_reference: File | ImageRefParam2 | Unset = UNSET
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

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.model, Unset):
            files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if not isinstance(self.input_reference, Unset):
            if isinstance(self.input_reference, File):
                files.append(("input_reference", self.input_reference.to_tuple()))
            else:
                files.append(
                    (
                        "input_reference",
                        (
                            None,
                            json.dumps(self.input_reference.to_dict()).encode(),
                            "application/json",
                        ),
                    )
                )

        if not isinstance(self.seconds, Unset):
            files.append(("seconds", (None, str(self.seconds).encode(), "text/plain")))

        if not isinstance(self.size, Unset):
            files.append(("size", (None, str(self.size).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        prompt = d.get("prompt")
        model = d.get("model", UNSET)
        _input_reference = d.get("input_reference", UNSET)
        input_reference = _read_input_reference(_input_reference)
        seconds = d.get("seconds", UNSET)
        size = d.get("size", UNSET)
        create_video_multipart_body = cls(
            prompt=prompt,
            model=model,
            input_reference=input_reference,
            seconds=seconds,
            size=size,
        )
        if prompt is None:
            create_video_multipart_body._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_video_multipart_body.additional_properties = _extra_fields(d)
        return create_video_multipart_body

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
CreateVideoMultipartBody._oc_fields = (
    ("prompt", "prompt", True, "string"),
    ("model", "model", False, "string"),
    (
        "input_reference",
        "input_reference",
        False,
        (
            "union",
            (
                "file",
                ImageRefParam2,
            ),
        ),
    ),
    ("seconds", "seconds", False, ("enum", "VideoSeconds", ("12", "4", "8"))),
    (
        "size",
        "size",
        False,
        ("enum", "VideoSize", ("1024x1792", "1280x720", "1792x1024", "720x1280")),
    ),
)
