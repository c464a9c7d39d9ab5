# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.chat_completion_create_params_audio_type_0_format import (
    ChatCompletionCreateParamsAudioType0Format,
)

T = TypeVar("T", bound="ChatCompletionCreateParamsAudioType0")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "voice",
        "format",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ChatCompletionCreateParamsAudioType0(_Model):
    """
    Attributes:
        voice (str | VoiceIdsOrCustomVoiceType1): Schema `VoiceIdsOrCustomVoice`.
        format (ChatCompletionCreateParamsAudioType0Format): One of: 'wav', 'aac', 'mp3', 'flac', 'opus', 'pcm16'
            (others kept).
    """

    voice: str | VoiceIdsOrCustomVoiceType1
    format: ChatCompletionCreateParamsAudioType0Format
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "voice",
        "format",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["voice"] = dump(self.voice)
        field_dict["format"] = self.format
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _voice = d.get("voice")
        voice = VoiceIdsOrCustomVoiceType1.from_dict(_voice) if isinstance(_voice, dict) else _voice
        format_ = d.get("format")
        chat_completion_create_params_audio_type_0 = cls(
            voice=voice,
            format=format_,
        )
        if voice is None or format_ is None:
            chat_completion_create_params_audio_type_0._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            chat_completion_create_params_audio_type_0.additional_properties = _extra_fields(d)
        return chat_completion_create_params_audio_type_0

    @property
    def format_(self) -> ChatCompletionCreateParamsAudioType0Format:
        """The `format` field, under its former name."""
        return self.format

    @format_.setter
    def format_(self, value: ChatCompletionCreateParamsAudioType0Format) -> None:
        self.format = value

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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ChatCompletionCreateParamsAudioType0._oc_fields = (
    (
        "voice",
        "voice",
        True,
        (
            "union",
            (
                "string",
                VoiceIdsOrCustomVoiceType1,
            ),
        ),
    ),
    (
        "format",
        "format",
        True,
        (
            "enum",
            "ChatCompletionCreateParamsAudioType0Format",
            ("aac", "flac", "mp3", "opus", "pcm16", "wav"),
        ),
    ),
)
