# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_transcription_delay import (
    AudioTranscriptionDelay,
    check_audio_transcription_delay,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioTranscription")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "model",
        "language",
        "languages",
        "keywords",
        "prompt",
        "delay",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class AudioTranscription:
    """Schema `AudioTranscription`.

    Attributes:
        model (str | Unset):
        language (str | Unset):
        languages (list[str] | Unset): Items 1..any.
        keywords (list[str] | Unset):
        prompt (str | Unset):
        delay (AudioTranscriptionDelay | Unset): One of: 'minimal', 'low', 'medium', 'high', 'xhigh' (others kept).
    """

    model: str | Unset = UNSET
    language: str | Unset = UNSET
    languages: list[str] | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    prompt: str | Unset = UNSET
    delay: AudioTranscriptionDelay | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        language = self.language

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        prompt = self.prompt

        delay: str | Unset = UNSET
        if not isinstance(self.delay, Unset):
            delay = self.delay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if language is not UNSET:
            field_dict["language"] = language
        if languages is not UNSET:
            field_dict["languages"] = languages
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if delay is not UNSET:
            field_dict["delay"] = delay

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        model = d.get("model", UNSET)

        language = d.get("language", UNSET)

        languages = cast("list[str]", d.get("languages", UNSET))

        keywords = cast("list[str]", d.get("keywords", UNSET))

        prompt = d.get("prompt", UNSET)

        _delay = d.get("delay", UNSET)
        delay: AudioTranscriptionDelay | Unset
        if isinstance(_delay, Unset):
            delay = UNSET
        else:
            delay = check_audio_transcription_delay(_delay)

        audio_transcription = cls(
            model=model,
            language=language,
            languages=languages,
            keywords=keywords,
            prompt=prompt,
            delay=delay,
        )

        audio_transcription.additional_properties = _extra_fields(d)
        return audio_transcription

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
