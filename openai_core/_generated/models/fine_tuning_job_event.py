# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tuning_job_event_level import (
    FineTuningJobEventLevel,
    check_fine_tuning_job_event_level,
)
from ..models.fine_tuning_job_event_type import (
    FineTuningJobEventType,
    check_fine_tuning_job_event_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuningJobEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "level",
        "message",
        "object",
        "type",
        "data",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class FineTuningJobEvent:
    """Schema `FineTuningJobEvent`.

    Attributes:
        id (str):
        created_at (int):
        level (FineTuningJobEventLevel): One of: 'info', 'warn', 'error' (others kept).
        message (str):
        object_ (Literal['fine_tuning.job.event'] | Unset): Always 'fine_tuning.job.event'.
        type_ (FineTuningJobEventType | Unset): One of: 'message', 'metrics' (others kept).
        data (FineTuningJobEventData | Unset):
    """

    id: str
    created_at: int
    level: FineTuningJobEventLevel
    message: str
    object_: Literal["fine_tuning.job.event"] | Unset = UNSET
    type_: FineTuningJobEventType | Unset = UNSET
    data: FineTuningJobEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        level: str = self.level

        message = self.message

        object_ = self.object_

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "level": level,
                "message": message,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = d["created_at"]

        level = check_fine_tuning_job_event_level(d["level"])

        message = d["message"]

        object_ = cast("Literal['fine_tuning.job.event'] | Unset", d.get("object", UNSET))
        if object_ != "fine_tuning.job.event" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'fine_tuning.job.event', got '{object_}'")

        _type_ = d.get("type", UNSET)
        type_: FineTuningJobEventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_fine_tuning_job_event_type(_type_)

        _data = d.get("data", UNSET)
        data: FineTuningJobEventData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = FineTuningJobEventData.from_dict(_data)

        fine_tuning_job_event = cls(
            id=id,
            created_at=created_at,
            level=level,
            message=message,
            object_=object_,
            type_=type_,
            data=data,
        )

        fine_tuning_job_event.additional_properties = _extra_fields(d)
        return fine_tuning_job_event

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
from ..models.fine_tuning_job_event_data import FineTuningJobEventData  # noqa: E402
