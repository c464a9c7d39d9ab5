# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranslationSessionUpdateRequestAudioInput")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "transcription",
        "noise_reduction",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeTranslationSessionUpdateRequestAudioInput(_Model):
    """
    Attributes:
        transcription (None | RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0 | Unset):
        noise_reduction (None | RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0 | Unset):
    """

    transcription: (
        None | RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0 | Unset
    ) = UNSET
    noise_reduction: (
        None | RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.transcription is not UNSET:
            field_dict["transcription"] = dump(self.transcription)
        if self.noise_reduction is not UNSET:
            field_dict["noise_reduction"] = dump(self.noise_reduction)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _transcription = d.get("transcription", UNSET)
        transcription = (
            RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0.from_dict(
                _transcription
            )
            if isinstance(_transcription, dict)
            else _transcription
        )
        _noise_reduction = d.get("noise_reduction", UNSET)
        noise_reduction = (
            RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0.from_dict(
                _noise_reduction
            )
            if isinstance(_noise_reduction, dict)
            else _noise_reduction
        )
        realtime_translation_session_update_request_audio_input = cls(
            transcription=transcription,
            noise_reduction=noise_reduction,
        )
        if not _FIELDS.issuperset(d):
            realtime_translation_session_update_request_audio_input.additional_properties = (
                _extra_fields(d)
            )
        return realtime_translation_session_update_request_audio_input

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
from ..models.realtime_translation_session_update_request_audio_input_noise_reduction_type_0 import (
    RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0,  # noqa: E402
)
from ..models.realtime_translation_session_update_request_audio_input_transcription_type_0 import (
    RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeTranslationSessionUpdateRequestAudioInput._oc_fields = (
    (
        "transcription",
        "transcription",
        False,
        (
            "union",
            (
                RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0,
                "null",
            ),
        ),
    ),
    (
        "noise_reduction",
        "noise_reduction",
        False,
        (
            "union",
            (
                RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0,
                "null",
            ),
        ),
    ),
)
