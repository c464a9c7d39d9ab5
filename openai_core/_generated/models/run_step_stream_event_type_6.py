# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys

T = TypeVar("T", bound="RunStepStreamEventType6")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "event",
        "data",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RunStepStreamEventType6(_Model):
    """
    Attributes:
        event (Literal['thread.run.step.expired']): Always 'thread.run.step.expired'.
        data (RunStepObject): Schema `RunStepObject`.
    """

    event: Literal["thread.run.step.expired"]
    data: RunStepObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "event",
        "data",
    )
    _oc_consts = {"event": "thread.run.step.expired"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["event"] = self.event
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
        event = d.get("event")
        _data = d.get("data")
        data = RunStepObject.from_dict(_data) if isinstance(_data, dict) else _data
        run_step_stream_event_type_6 = cls(
            event=event,
            data=data,
        )
        if event is None or data is None:
            run_step_stream_event_type_6._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            run_step_stream_event_type_6.additional_properties = _extra_fields(d)
        return run_step_stream_event_type_6

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
from ..models.run_step_object import RunStepObject  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RunStepStreamEventType6._oc_fields = (
    ("event", "event", True, ("const", "thread.run.step.expired")),
    ("data", "data", True, RunStepObject),
)
