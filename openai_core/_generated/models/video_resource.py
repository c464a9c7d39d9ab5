# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_model_type_1 import VideoModelType1, check_video_model_type_1
from ..models.video_size import VideoSize, check_video_size
from ..models.video_status import VideoStatus, check_video_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_2 import Error2


T = TypeVar("T", bound="VideoResource")


@_attrs_define
class VideoResource:
    """Schema `VideoResource`.

    Attributes:
        id (str):
        model (str | VideoModelType1): Schema `VideoModel`.
        status (VideoStatus): Schema `VideoStatus`.
        progress (int):
        created_at (int):
        completed_at (int | None):
        expires_at (int | None):
        prompt (None | str):
        size (VideoSize): Schema `VideoSize`.
        seconds (str):
        remixed_from_video_id (None | str):
        error (Error2 | None):
        object_ (Literal['video'] | Unset): Always 'video'.
    """

    id: str
    model: str | VideoModelType1
    status: VideoStatus
    progress: int
    created_at: int
    completed_at: int | None
    expires_at: int | None
    prompt: None | str
    size: VideoSize
    seconds: str
    remixed_from_video_id: None | str
    error: Error2 | None
    object_: Literal["video"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_2 import Error2  # noqa: PLC0415

        id = self.id

        model: str
        if isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        status: str = self.status

        progress = self.progress

        created_at = self.created_at

        completed_at: int | None
        completed_at = self.completed_at

        expires_at: int | None
        expires_at = self.expires_at

        prompt: None | str
        prompt = self.prompt

        size: str = self.size

        seconds = self.seconds

        remixed_from_video_id: None | str
        remixed_from_video_id = self.remixed_from_video_id

        error: dict[str, Any] | None
        if isinstance(self.error, Error2):
            error = self.error.to_dict()
        else:
            error = self.error

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "model": model,
                "status": status,
                "progress": progress,
                "created_at": created_at,
                "completed_at": completed_at,
                "expires_at": expires_at,
                "prompt": prompt,
                "size": size,
                "seconds": seconds,
                "remixed_from_video_id": remixed_from_video_id,
                "error": error,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_2 import Error2  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_model(data: object) -> str | VideoModelType1:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_video_model_type_1 = check_video_model_type_1(data)

                return componentsschemas_video_model_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | VideoModelType1, data)

        model = _parse_model(d.pop("model"))

        status = check_video_status(d.pop("status"))

        progress = d.pop("progress")

        created_at = d.pop("created_at")

        def _parse_completed_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        def _parse_expires_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        expires_at = _parse_expires_at(d.pop("expires_at"))

        def _parse_prompt(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prompt = _parse_prompt(d.pop("prompt"))

        size = check_video_size(d.pop("size"))

        seconds = d.pop("seconds")

        def _parse_remixed_from_video_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        remixed_from_video_id = _parse_remixed_from_video_id(d.pop("remixed_from_video_id"))

        def _parse_error(data: object) -> Error2 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = Error2.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Error2 | None, data)

        error = _parse_error(d.pop("error"))

        object_ = cast(Literal["video"] | Unset, d.pop("object", UNSET))
        if object_ != "video" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'video', got '{object_}'")

        video_resource = cls(
            id=id,
            model=model,
            status=status,
            progress=progress,
            created_at=created_at,
            completed_at=completed_at,
            expires_at=expires_at,
            prompt=prompt,
            size=size,
            seconds=seconds,
            remixed_from_video_id=remixed_from_video_id,
            error=error,
            object_=object_,
        )

        video_resource.additional_properties = d
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
