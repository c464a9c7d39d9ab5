# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeClientEventInputAudioBufferClear")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "event_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeClientEventInputAudioBufferClear:
    """Schema `RealtimeClientEventInputAudioBufferClear`.

    Attributes:
        type_ (Literal['input_audio_buffer.clear']): Always 'input_audio_buffer.clear'.
        event_id (str | Unset): Length 0..512.
    """

    type_: Literal["input_audio_buffer.clear"]
    event_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['input_audio_buffer.clear']", d["type"])
        if type_ != "input_audio_buffer.clear":
            raise ValueError(f"type must match const 'input_audio_buffer.clear', got '{type_}'")

        event_id = d.get("event_id", UNSET)

        realtime_client_event_input_audio_buffer_clear = cls(
            type_=type_,
            event_id=event_id,
        )

        realtime_client_event_input_audio_buffer_clear.additional_properties = _extra_fields(d)
        return realtime_client_event_input_audio_buffer_clear

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
