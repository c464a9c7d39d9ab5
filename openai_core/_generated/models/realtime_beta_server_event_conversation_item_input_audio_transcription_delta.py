# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "event_id",
        "type",
        "item_id",
        "content_index",
        "delta",
        "logprobs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta:
    """Schema `RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta`.

    Attributes:
        event_id (str):
        type_ (Literal['conversation.item.input_audio_transcription.delta']): Always
            'conversation.item.input_audio_transcription.delta'.
        item_id (str):
        content_index (int | Unset):
        delta (str | Unset):
        logprobs (list[LogProbProperties] | None | Unset):
    """

    event_id: str
    type_: Literal["conversation.item.input_audio_transcription.delta"]
    item_id: str
    content_index: int | Unset = UNSET
    delta: str | Unset = UNSET
    logprobs: list[LogProbProperties] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        item_id = self.item_id

        content_index = self.content_index

        delta = self.delta

        logprobs: list[dict[str, Any]] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, list):
            logprobs = []
            for logprobs_type_0_item_data in self.logprobs:
                logprobs_type_0_item = logprobs_type_0_item_data.to_dict()
                logprobs.append(logprobs_type_0_item)

        else:
            logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
            }
        )
        if content_index is not UNSET:
            field_dict["content_index"] = content_index
        if delta is not UNSET:
            field_dict["delta"] = delta
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event_id = d["event_id"]

        type_ = cast("Literal['conversation.item.input_audio_transcription.delta']", d["type"])
        if type_ != "conversation.item.input_audio_transcription.delta":
            raise ValueError(
                f"type must match const 'conversation.item.input_audio_transcription.delta', got '{type_}'"
            )

        item_id = d["item_id"]

        content_index = d.get("content_index", UNSET)

        delta = d.get("delta", UNSET)

        def _parse_logprobs(data: object) -> list[LogProbProperties] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logprobs_type_0 = []
                _logprobs_type_0 = data
                for logprobs_type_0_item_data in _logprobs_type_0:
                    logprobs_type_0_item = LogProbProperties.from_dict(logprobs_type_0_item_data)

                    logprobs_type_0.append(logprobs_type_0_item)

                return logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[LogProbProperties] | None | Unset", data)

        logprobs = _parse_logprobs(d.get("logprobs", UNSET))

        realtime_beta_server_event_conversation_item_input_audio_transcription_delta = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            delta=delta,
            logprobs=logprobs,
        )

        realtime_beta_server_event_conversation_item_input_audio_transcription_delta.additional_properties = _extra_fields(
            d
        )
        return realtime_beta_server_event_conversation_item_input_audio_transcription_delta

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
from ..models.log_prob_properties import LogProbProperties  # noqa: E402
