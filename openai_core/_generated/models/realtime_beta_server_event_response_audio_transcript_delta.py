# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RealtimeBetaServerEventResponseAudioTranscriptDelta")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "event_id",
        "type",
        "response_id",
        "item_id",
        "output_index",
        "content_index",
        "delta",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeBetaServerEventResponseAudioTranscriptDelta:
    """Schema `RealtimeBetaServerEventResponseAudioTranscriptDelta`.

    Attributes:
        event_id (str):
        type_ (Literal['response.output_audio_transcript.delta']): Always 'response.output_audio_transcript.delta'.
        response_id (str):
        item_id (str):
        output_index (int):
        content_index (int):
        delta (str):
    """

    event_id: str
    type_: Literal["response.output_audio_transcript.delta"]
    response_id: str
    item_id: str
    output_index: int
    content_index: int
    delta: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        response_id = self.response_id

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        delta = self.delta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response_id": response_id,
                "item_id": item_id,
                "output_index": output_index,
                "content_index": content_index,
                "delta": delta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event_id = d["event_id"]

        type_ = cast("Literal['response.output_audio_transcript.delta']", d["type"])
        if type_ != "response.output_audio_transcript.delta":
            raise ValueError(
                f"type must match const 'response.output_audio_transcript.delta', got '{type_}'"
            )

        response_id = d["response_id"]

        item_id = d["item_id"]

        output_index = d["output_index"]

        content_index = d["content_index"]

        delta = d["delta"]

        realtime_beta_server_event_response_audio_transcript_delta = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            delta=delta,
        )

        realtime_beta_server_event_response_audio_transcript_delta.additional_properties = (
            _extra_fields(d)
        )
        return realtime_beta_server_event_response_audio_transcript_delta

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
