# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateResponseGA")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "object",
        "expires_at",
        "include",
        "audio",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeTranscriptionSessionCreateResponseGA:
    """Schema `RealtimeTranscriptionSessionCreateResponseGA`.

    Attributes:
        type_ (Literal['transcription']): Always 'transcription'.
        id (str):
        object_ (str | Unset):
        expires_at (int | Unset):
        include (list[Literal['item.input_audio_transcription.logprobs']] | Unset):
        audio (RealtimeTranscriptionSessionCreateResponseGAAudio | Unset):
    """

    type_: Literal["transcription"]
    id: str
    object_: str | Unset = UNSET
    expires_at: int | Unset = UNSET
    include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
    audio: RealtimeTranscriptionSessionCreateResponseGAAudio | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        object_ = self.object_

        expires_at = self.expires_at

        include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = self.include

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if include is not UNSET:
            field_dict["include"] = include
        if audio is not UNSET:
            field_dict["audio"] = audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['transcription']", d["type"])
        if type_ != "transcription":
            raise ValueError(f"type must match const 'transcription', got '{type_}'")

        id = d["id"]

        object_ = d.get("object", UNSET)

        expires_at = d.get("expires_at", UNSET)

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

        _audio = d.get("audio", UNSET)
        audio: RealtimeTranscriptionSessionCreateResponseGAAudio | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = RealtimeTranscriptionSessionCreateResponseGAAudio.from_dict(_audio)

        realtime_transcription_session_create_response_ga = cls(
            type_=type_,
            id=id,
            object_=object_,
            expires_at=expires_at,
            include=include,
            audio=audio,
        )

        realtime_transcription_session_create_response_ga.additional_properties = _extra_fields(d)
        return realtime_transcription_session_create_response_ga

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
from ..models.realtime_transcription_session_create_response_ga_audio import (
    RealtimeTranscriptionSessionCreateResponseGAAudio,  # noqa: E402
)
