# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RealtimeServerEventInputAudioBufferDtmfEventReceived")


@_attrs_define
class RealtimeServerEventInputAudioBufferDtmfEventReceived:
    """Schema `RealtimeServerEventInputAudioBufferDtmfEventReceived`.

    Attributes:
        type_ (Literal['input_audio_buffer.dtmf_event_received']): Always 'input_audio_buffer.dtmf_event_received'.
        event (str):
        received_at (int):
    """

    type_: Literal["input_audio_buffer.dtmf_event_received"]
    event: str
    received_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        event = self.event

        received_at = self.received_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "event": event,
                "received_at": received_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['input_audio_buffer.dtmf_event_received']", d.pop("type"))
        if type_ != "input_audio_buffer.dtmf_event_received":
            raise ValueError(
                f"type must match const 'input_audio_buffer.dtmf_event_received', got '{type_}'"
            )

        event = d.pop("event")

        received_at = d.pop("received_at")

        realtime_server_event_input_audio_buffer_dtmf_event_received = cls(
            type_=type_,
            event=event,
            received_at=received_at,
        )

        realtime_server_event_input_audio_buffer_dtmf_event_received.additional_properties = d
        return realtime_server_event_input_audio_buffer_dtmf_event_received

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
