# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadStreamEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "event",
        "data",
        "enabled",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ThreadStreamEvent(_Model):
    """Schema `ThreadStreamEvent`.

    Attributes:
        event (Literal['thread.created']): Always 'thread.created'.
        data (ThreadObject): Schema `ThreadObject`.
        enabled (bool | Unset):
    """

    event: Literal["thread.created"]
    data: ThreadObject
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "event",
        "data",
    )
    _oc_consts = {"event": "thread.created"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["event"] = self.event
        field_dict["data"] = dump(self.data)
        if self.enabled is not UNSET:
            field_dict["enabled"] = self.enabled
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        event = d.get("event")
        _data = d.get("data")
        data = ThreadObject.from_dict(_data) if isinstance(_data, dict) else _data
        enabled = d.get("enabled", UNSET)
        thread_stream_event = cls(
            event=event,
            data=data,
            enabled=enabled,
        )
        if event is None or data is None:
            thread_stream_event._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            thread_stream_event.additional_properties = _extra_fields(d)
        return thread_stream_event

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
from ..models.thread_object import ThreadObject  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ThreadStreamEvent._oc_fields = (
    ("event", "event", True, ("const", "thread.created")),
    ("data", "data", True, ThreadObject),
    ("enabled", "enabled", False, "boolean"),
)
