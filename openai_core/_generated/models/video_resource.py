# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_size import VideoSize, check_video_size
from ..models.video_status import VideoStatus, check_video_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class VideoResource:
    """Schema `VideoResource`.

    Attributes:
        id (str):
        model (str): Schema `VideoModel`.
        status (VideoStatus): Schema `VideoStatus`.
        progress (int):
        created_at (int):
        size (VideoSize): Schema `VideoSize`.
        seconds (str):
        object_ (Literal['video'] | Unset): Always 'video'.
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
    object_: Literal["video"] | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    prompt: None | str | Unset = UNSET
    remixed_from_video_id: None | str | Unset = UNSET
    error: Error2 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model = self.model

        status: str = self.status

        progress = self.progress

        created_at = self.created_at

        size: str = self.size

        seconds = self.seconds

        object_ = self.object_

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        remixed_from_video_id: None | str | Unset
        if isinstance(self.remixed_from_video_id, Unset):
            remixed_from_video_id = UNSET
        else:
            remixed_from_video_id = self.remixed_from_video_id

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, Error2):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "model": model,
                "status": status,
                "progress": progress,
                "created_at": created_at,
                "size": size,
                "seconds": seconds,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if remixed_from_video_id is not UNSET:
            field_dict["remixed_from_video_id"] = remixed_from_video_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        model = d["model"]

        status = check_video_status(d["status"])

        progress = d["progress"]

        created_at = d["created_at"]

        size = check_video_size(d["size"])

        seconds = d["seconds"]

        object_ = cast("Literal['video'] | Unset", d.get("object", UNSET))
        if object_ != "video" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'video', got '{object_}'")

        def _parse_completed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        completed_at = _parse_completed_at(d.get("completed_at", UNSET))

        def _parse_expires_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        expires_at = _parse_expires_at(d.get("expires_at", UNSET))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        prompt = _parse_prompt(d.get("prompt", UNSET))

        def _parse_remixed_from_video_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        remixed_from_video_id = _parse_remixed_from_video_id(d.get("remixed_from_video_id", UNSET))

        def _parse_error(data: object) -> Error2 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = Error2.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("Error2 | None | Unset", data)

        error = _parse_error(d.get("error", UNSET))

        video_resource = cls(
            id=id,
            model=model,
            status=status,
            progress=progress,
            created_at=created_at,
            size=size,
            seconds=seconds,
            object_=object_,
            completed_at=completed_at,
            expires_at=expires_at,
            prompt=prompt,
            remixed_from_video_id=remixed_from_video_id,
            error=error,
        )

        video_resource.additional_properties = _extra_fields(d)
        return video_resource

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
