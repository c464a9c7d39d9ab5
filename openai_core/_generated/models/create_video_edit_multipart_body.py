# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File, FileTypes

T = TypeVar("T", bound="CreateVideoEditMultipartBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "video",
        "prompt",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateVideoEditMultipartBody:
    """Schema `CreateVideoEditMultipartBody`.

    Attributes:
        video (File | VideoReferenceInputParam):
        prompt (str): Length 1..32000.
    """

    video: File | VideoReferenceInputParam
    prompt: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video: dict[str, Any] | FileTypes
        if isinstance(self.video, File):
            video = self.video.to_tuple()

        else:
            video = self.video.to_dict()

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video": video,
                "prompt": prompt,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if isinstance(self.video, File):
            files.append(("video", self.video.to_tuple()))
        else:
            files.append(
                ("video", (None, json.dumps(self.video.to_dict()).encode(), "application/json"))
            )

        files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_video(data: object) -> File | VideoReferenceInputParam:
            try:
                if not isinstance(data, bytes):
                    raise TypeError()
                video_type_0 = File(payload=BytesIO(data))

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            video_type_1 = VideoReferenceInputParam.from_dict(data)

            return video_type_1

        video = _parse_video(d["video"])

        prompt = d["prompt"]

        create_video_edit_multipart_body = cls(
            video=video,
            prompt=prompt,
        )

        create_video_edit_multipart_body.additional_properties = _extra_fields(d)
        return create_video_edit_multipart_body

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
from ..models.video_reference_input_param import VideoReferenceInputParam  # noqa: E402
