# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.video_size import VideoSize
from ..models.video_status import VideoStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "model",
        "status",
        "progress",
        "created_at",
        "size",
        "seconds",
        "object",
        "completed_at",
        "expires_at",
        "prompt",
        "remixed_from_video_id",
        "error",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class VideoResource(_Model):
    """Schema `VideoResource`.

    Attributes:
        id (str):
        model (str): Schema `VideoModel`.
        status (VideoStatus): Schema `VideoStatus`.
        progress (int):
        created_at (int):
        size (VideoSize): Schema `VideoSize`.
        seconds (str):
        object (Literal['video'] | Unset): Always 'video'.
        completed_at (int | None | Unset):
        expires_at (int | None | Unset):
        prompt (None | str | Unset):
        remixed_from_video_id (None | str | Unset):
        error (Error2 | None | Unset):
    """

    id: str
    model: str
    status: VideoStatus
    progress: int
    created_at: int
    size: VideoSize
    seconds: str
    object: Literal["video"] | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    prompt: None | str | Unset = UNSET
    remixed_from_video_id: None | str | Unset = UNSET
    error: Error2 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "model",
        "status",
        "progress",
        "created_at",
        "size",
        "seconds",
    )
    _oc_consts = {"object": "video"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["model"] = self.model
        field_dict["status"] = self.status
        field_dict["progress"] = self.progress
        field_dict["created_at"] = self.created_at
        field_dict["size"] = self.size
        field_dict["seconds"] = self.seconds
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.completed_at is not UNSET:
            field_dict["completed_at"] = self.completed_at
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = self.expires_at
        if self.prompt is not UNSET:
            field_dict["prompt"] = self.prompt
        if self.remixed_from_video_id is not UNSET:
            field_dict["remixed_from_video_id"] = self.remixed_from_video_id
        if self.error is not UNSET:
            field_dict["error"] = dump(self.error)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        model = d.get("model")
        status = d.get("status")
        progress = d.get("progress")
        created_at = d.get("created_at")
        size = d.get("size")
        seconds = d.get("seconds")
        object_ = d.get("object", UNSET)
        completed_at = d.get("completed_at", UNSET)
        expires_at = d.get("expires_at", UNSET)
        prompt = d.get("prompt", UNSET)
        remixed_from_video_id = d.get("remixed_from_video_id", UNSET)
        _error = d.get("error", UNSET)
        error = Error2.from_dict(_error) if isinstance(_error, dict) else _error
        video_resource = cls(
            id=id,
            model=model,
            status=status,
            progress=progress,
            created_at=created_at,
            size=size,
            seconds=seconds,
            object=object_,
            completed_at=completed_at,
            expires_at=expires_at,
            prompt=prompt,
            remixed_from_video_id=remixed_from_video_id,
            error=error,
        )
        if (
            id is None
            or model is None
            or status is None
            or progress is None
            or created_at is None
            or size is None
            or seconds is None
        ):
            video_resource._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            video_resource.additional_properties = _extra_fields(d)
        return video_resource

    @property
    def object_(self) -> Literal["video"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["video"] | Unset) -> None:
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
from ..models.error_2 import Error2  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
VideoResource._oc_fields = (
    ("id", "id", True, "string"),
    ("model", "model", True, "string"),
    (
        "status",
        "status",
        True,
        ("enum", "VideoStatus", ("completed", "failed", "in_progress", "queued")),
    ),
    ("progress", "progress", True, "integer"),
    ("created_at", "created_at", True, "integer"),
    (
        "size",
        "size",
        True,
        ("enum", "VideoSize", ("1024x1792", "1280x720", "1792x1024", "720x1280")),
    ),
    ("seconds", "seconds", True, "string"),
    ("object", "object", False, ("const", "video")),
    (
        "completed_at",
        "completed_at",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "expires_at",
        "expires_at",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "prompt",
        "prompt",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "remixed_from_video_id",
        "remixed_from_video_id",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "error",
        "error",
        False,
        (
            "union",
            (
                Error2,
                "null",
            ),
        ),
    ),
)
