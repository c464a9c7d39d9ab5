# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateRequestGA")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "audio",
        "include",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeTranscriptionSessionCreateRequestGA:
    """Schema `RealtimeTranscriptionSessionCreateRequestGA`.

    Attributes:
        type_ (Literal['transcription']): Always 'transcription'.
        audio (RealtimeTranscriptionSessionCreateRequestGAAudio | Unset):
        include (list[Literal['item.input_audio_transcription.logprobs']] | Unset):
    """

    type_: Literal["transcription"]
    audio: RealtimeTranscriptionSessionCreateRequestGAAudio | Unset = UNSET
    include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = self.include

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['transcription']", d["type"])
        if type_ != "transcription":
            raise ValueError(f"type must match const 'transcription', got '{type_}'")

        _audio = d.get("audio", UNSET)
        audio: RealtimeTranscriptionSessionCreateRequestGAAudio | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = RealtimeTranscriptionSessionCreateRequestGAAudio.from_dict(_audio)

        _include = d.get("include", UNSET)
        include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
        if _include is not UNSET:
            include = []
            for include_item_data in _include:
                include_item = cast(
                    "Literal['item.input_audio_transcription.logprobs']", include_item_data
                )
                if include_item != "item.input_audio_transcription.logprobs":
                    raise ValueError(
                        f"include_item must match const 'item.input_audio_transcription.logprobs', got '{include_item}'"
                    )
                include.append(include_item)

        realtime_transcription_session_create_request_ga = cls(
            type_=type_,
            audio=audio,
            include=include,
        )

        realtime_transcription_session_create_request_ga.additional_properties = _extra_fields(d)
        return realtime_transcription_session_create_request_ga

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
from ..models.realtime_transcription_session_create_request_ga_audio import (
    RealtimeTranscriptionSessionCreateRequestGAAudio,  # noqa: E402
)
