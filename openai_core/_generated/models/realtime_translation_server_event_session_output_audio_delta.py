# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranslationServerEventSessionOutputAudioDelta")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "event_id",
        "type",
        "delta",
        "sample_rate",
        "channels",
        "format",
        "elapsed_ms",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeTranslationServerEventSessionOutputAudioDelta:
    """Schema `RealtimeTranslationServerEventSessionOutputAudioDelta`.

    Attributes:
        event_id (str):
        type_ (Literal['session.output_audio.delta']): Always 'session.output_audio.delta'.
        delta (str):
        sample_rate (int | Unset): Server default: 24000. Default: 24000.
        channels (int | Unset): Server default: 1. Default: 1.
        format_ (Literal['pcm16'] | Unset): Always 'pcm16'.
        elapsed_ms (int | None | Unset):
    """

    event_id: str
    type_: Literal["session.output_audio.delta"]
    delta: str
    sample_rate: int | Unset = 24000
    channels: int | Unset = 1
    format_: Literal["pcm16"] | Unset = UNSET
    elapsed_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        delta = self.delta

        sample_rate = self.sample_rate

        channels = self.channels

        format_ = self.format_

        elapsed_ms: int | None | Unset
        if isinstance(self.elapsed_ms, Unset):
            elapsed_ms = UNSET
        else:
            elapsed_ms = self.elapsed_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "delta": delta,
            }
        )
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if channels is not UNSET:
            field_dict["channels"] = channels
        if format_ is not UNSET:
            field_dict["format"] = format_
        if elapsed_ms is not UNSET:
            field_dict["elapsed_ms"] = elapsed_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event_id = d["event_id"]

        type_ = cast("Literal['session.output_audio.delta']", d["type"])
        if type_ != "session.output_audio.delta":
            raise ValueError(f"type must match const 'session.output_audio.delta', got '{type_}'")

        delta = d["delta"]

        sample_rate = d.get("sample_rate", UNSET)

        channels = d.get("channels", UNSET)

        format_ = cast("Literal['pcm16'] | Unset", d.get("format", UNSET))
        if format_ != "pcm16" and not isinstance(format_, Unset):
            raise ValueError(f"format must match const 'pcm16', got '{format_}'")

        def _parse_elapsed_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        elapsed_ms = _parse_elapsed_ms(d.get("elapsed_ms", UNSET))

        realtime_translation_server_event_session_output_audio_delta = cls(
            event_id=event_id,
            type_=type_,
            delta=delta,
            sample_rate=sample_rate,
            channels=channels,
            format_=format_,
            elapsed_ms=elapsed_ms,
        )

        realtime_translation_server_event_session_output_audio_delta.additional_properties = (
            _extra_fields(d)
        )
        return realtime_translation_server_event_session_output_audio_delta

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
