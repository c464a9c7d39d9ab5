# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptTextDeltaEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "delta",
        "logprobs",
        "segment_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class TranscriptTextDeltaEvent:
    """Schema `TranscriptTextDeltaEvent`.

    Attributes:
        type_ (Literal['transcript.text.delta']): Always 'transcript.text.delta'.
        delta (str):
        logprobs (list[TranscriptTextDeltaEventLogprobsItem] | Unset):
        segment_id (str | Unset):
    """

    type_: Literal["transcript.text.delta"]
    delta: str
    logprobs: list[TranscriptTextDeltaEventLogprobsItem] | Unset = UNSET
    segment_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        delta = self.delta

        logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logprobs, Unset):
            logprobs = []
            for logprobs_item_data in self.logprobs:
                logprobs_item = logprobs_item_data.to_dict()
                logprobs.append(logprobs_item)

        segment_id = self.segment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "delta": delta,
            }
        )
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['transcript.text.delta']", d["type"])
        if type_ != "transcript.text.delta":
            raise ValueError(f"type must match const 'transcript.text.delta', got '{type_}'")

        delta = d["delta"]

        _logprobs = d.get("logprobs", UNSET)
        logprobs: list[TranscriptTextDeltaEventLogprobsItem] | Unset = UNSET
        if _logprobs is not UNSET:
            logprobs = []
            for logprobs_item_data in _logprobs:
                logprobs_item = TranscriptTextDeltaEventLogprobsItem.from_dict(logprobs_item_data)

                logprobs.append(logprobs_item)

        segment_id = d.get("segment_id", UNSET)

        transcript_text_delta_event = cls(
            type_=type_,
            delta=delta,
            logprobs=logprobs,
            segment_id=segment_id,
        )

        transcript_text_delta_event.additional_properties = _extra_fields(d)
        return transcript_text_delta_event

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
from ..models.transcript_text_delta_event_logprobs_item import TranscriptTextDeltaEventLogprobsItem  # noqa: E402
