# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..models.audio_transcription_delay import (
    AudioTranscriptionDelay,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioTranscription")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class AudioTranscription(_Model):
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

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.language is not UNSET:
            field_dict["language"] = self.language
        if self.languages is not UNSET:
            field_dict["languages"] = self.languages
        if self.keywords is not UNSET:
            field_dict["keywords"] = self.keywords
        if self.prompt is not UNSET:
            field_dict["prompt"] = self.prompt
        if self.delay is not UNSET:
            field_dict["delay"] = self.delay
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        model = d.get("model", UNSET)
        language = d.get("language", UNSET)
        languages = d.get("languages", UNSET)
        keywords = d.get("keywords", UNSET)
        prompt = d.get("prompt", UNSET)
        delay = d.get("delay", UNSET)
        audio_transcription = cls(
            model=model,
            language=language,
            languages=languages,
            keywords=keywords,
            prompt=prompt,
            delay=delay,
        )
        if not _FIELDS.issuperset(d):
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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
AudioTranscription._oc_fields = (
    ("model", "model", False, "string"),
    ("language", "language", False, "string"),
    ("languages", "languages", False, ("list", "string")),
    ("keywords", "keywords", False, ("list", "string")),
    ("prompt", "prompt", False, "string"),
    (
        "delay",
        "delay",
        False,
        ("enum", "AudioTranscriptionDelay", ("high", "low", "medium", "minimal", "xhigh")),
    ),
)
