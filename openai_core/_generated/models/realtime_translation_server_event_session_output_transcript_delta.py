# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranslationServerEventSessionOutputTranscriptDelta")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "event_id",
        "type",
        "delta",
        "elapsed_ms",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeTranslationServerEventSessionOutputTranscriptDelta:
    """Schema `RealtimeTranslationServerEventSessionOutputTranscriptDelta`.

    Attributes:
        event_id (str):
        type_ (Literal['session.output_transcript.delta']): Always 'session.output_transcript.delta'.
        delta (str):
        elapsed_ms (int | None | Unset):
    """

    event_id: str
    type_: Literal["session.output_transcript.delta"]
    delta: str
    elapsed_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        delta = self.delta

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
        if elapsed_ms is not UNSET:
            field_dict["elapsed_ms"] = elapsed_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event_id = d["event_id"]

        type_ = cast("Literal['session.output_transcript.delta']", d["type"])
        if type_ != "session.output_transcript.delta":
            raise ValueError(
                f"type must match const 'session.output_transcript.delta', got '{type_}'"
            )

        delta = d["delta"]

        def _parse_elapsed_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        elapsed_ms = _parse_elapsed_ms(d.get("elapsed_ms", UNSET))

        realtime_translation_server_event_session_output_transcript_delta = cls(
            event_id=event_id,
            type_=type_,
            delta=delta,
            elapsed_ms=elapsed_ms,
        )

        realtime_translation_server_event_session_output_transcript_delta.additional_properties = (
            _extra_fields(d)
        )
        return realtime_translation_server_event_session_output_transcript_delta

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
