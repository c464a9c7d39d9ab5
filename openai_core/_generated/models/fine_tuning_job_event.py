# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.fine_tuning_job_event_level import (
    FineTuningJobEventLevel,
)
from ..models.fine_tuning_job_event_type import (
    FineTuningJobEventType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuningJobEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class FineTuningJobEvent(_Model):
    """Schema `FineTuningJobEvent`.

    Attributes:
        id (str):
        created_at (int):
        level (FineTuningJobEventLevel): One of: 'info', 'warn', 'error' (others kept).
        message (str):
        object (Literal['fine_tuning.job.event'] | Unset): Always 'fine_tuning.job.event'.
        type (FineTuningJobEventType | Unset): One of: 'message', 'metrics' (others kept).
        data (FineTuningJobEventData | Unset):
    """

    id: str
    created_at: int
    level: FineTuningJobEventLevel
    message: str
    object: Literal["fine_tuning.job.event"] | Unset = UNSET
    type: FineTuningJobEventType | Unset = UNSET
    data: FineTuningJobEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "created_at",
        "level",
        "message",
    )
    _oc_consts = {"object": "fine_tuning.job.event"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["created_at"] = self.created_at
        field_dict["level"] = self.level
        field_dict["message"] = self.message
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.type is not UNSET:
            field_dict["type"] = self.type
        if self.data is not UNSET:
            field_dict["data"] = dump(self.data)
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
        created_at = d.get("created_at")
        level = d.get("level")
        message = d.get("message")
        object_ = d.get("object", UNSET)
        type_ = d.get("type", UNSET)
        _data = d.get("data", UNSET)
        data = FineTuningJobEventData.from_dict(_data) if isinstance(_data, dict) else _data
        fine_tuning_job_event = cls(
            id=id,
            created_at=created_at,
            level=level,
            message=message,
            object=object_,
            type=type_,
            data=data,
        )
        if id is None or created_at is None or level is None or message is None:
            fine_tuning_job_event._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            fine_tuning_job_event.additional_properties = _extra_fields(d)
        return fine_tuning_job_event

    @property
    def object_(self) -> Literal["fine_tuning.job.event"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["fine_tuning.job.event"] | Unset) -> None:
        self.object = value

    @property
    def type_(self) -> FineTuningJobEventType | Unset:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: FineTuningJobEventType | Unset) -> None:
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
from ..models.fine_tuning_job_event_data import FineTuningJobEventData  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
FineTuningJobEvent._oc_fields = (
    ("id", "id", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("level", "level", True, ("enum", "FineTuningJobEventLevel", ("error", "info", "warn"))),
    ("message", "message", True, "string"),
    ("object", "object", False, ("const", "fine_tuning.job.event")),
    ("type", "type", False, ("enum", "FineTuningJobEventType", ("message", "metrics"))),
    ("data", "data", False, FineTuningJobEventData),
)
