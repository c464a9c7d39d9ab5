# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys

T = TypeVar("T", bound="RealtimeServerEventInputAudioBufferDtmfEventReceived")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "event",
        "received_at",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeServerEventInputAudioBufferDtmfEventReceived(_Model):
    """Schema `RealtimeServerEventInputAudioBufferDtmfEventReceived`.

    Attributes:
        type (Literal['input_audio_buffer.dtmf_event_received']): Always 'input_audio_buffer.dtmf_event_received'.
        event (str):
        received_at (int):
    """

    type: Literal["input_audio_buffer.dtmf_event_received"]
    event: str
    received_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "event",
        "received_at",
    )
    _oc_consts = {"type": "input_audio_buffer.dtmf_event_received"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["event"] = self.event
        field_dict["received_at"] = self.received_at
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        event = d.get("event")
        received_at = d.get("received_at")
        realtime_server_event_input_audio_buffer_dtmf_event_received = cls(
            type=type_,
            event=event,
            received_at=received_at,
        )
        if type_ is None or event is None or received_at is None:
            realtime_server_event_input_audio_buffer_dtmf_event_received._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            realtime_server_event_input_audio_buffer_dtmf_event_received.additional_properties = (
                _extra_fields(d)
            )
        return realtime_server_event_input_audio_buffer_dtmf_event_received

    @property
    def type_(self) -> Literal["input_audio_buffer.dtmf_event_received"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["input_audio_buffer.dtmf_event_received"]) -> None:
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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeServerEventInputAudioBufferDtmfEventReceived._oc_fields = (
    ("type", "type", True, ("const", "input_audio_buffer.dtmf_event_received")),
    ("event", "event", True, "string"),
    ("received_at", "received_at", True, "integer"),
)
