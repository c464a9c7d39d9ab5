# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_create_params_audio_type_0_format import (
    ChatCompletionCreateParamsAudioType0Format,
    check_chat_completion_create_params_audio_type_0_format,
)

T = TypeVar("T", bound="ChatCompletionCreateParamsAudioType0")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "voice",
        "format",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ChatCompletionCreateParamsAudioType0:
    """
    Attributes:
        voice (str | VoiceIdsOrCustomVoiceType1): Schema `VoiceIdsOrCustomVoice`.
        format_ (ChatCompletionCreateParamsAudioType0Format): One of: 'wav', 'aac', 'mp3', 'flac', 'opus', 'pcm16'
            (others kept).
    """

    voice: str | VoiceIdsOrCustomVoiceType1
    format_: ChatCompletionCreateParamsAudioType0Format
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice: dict[str, Any] | str
        if isinstance(self.voice, VoiceIdsOrCustomVoiceType1):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        format_: str = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice": voice,
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_voice(data: object) -> str | VoiceIdsOrCustomVoiceType1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_voice_ids_or_custom_voice_type_1 = (
                    VoiceIdsOrCustomVoiceType1.from_dict(data)
                )

                return componentsschemas_voice_ids_or_custom_voice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("str | VoiceIdsOrCustomVoiceType1", data)

        voice = _parse_voice(d["voice"])

        format_ = check_chat_completion_create_params_audio_type_0_format(d["format"])

        chat_completion_create_params_audio_type_0 = cls(
            voice=voice,
            format_=format_,
        )

        chat_completion_create_params_audio_type_0.additional_properties = _extra_fields(d)
        return chat_completion_create_params_audio_type_0

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
from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1  # noqa: E402
