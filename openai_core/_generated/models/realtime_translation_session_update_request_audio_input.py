# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranslationSessionUpdateRequestAudioInput")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "transcription",
        "noise_reduction",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeTranslationSessionUpdateRequestAudioInput:
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

    def to_dict(self) -> dict[str, Any]:
        transcription: dict[str, Any] | None | Unset
        if isinstance(self.transcription, Unset):
            transcription = UNSET
        elif isinstance(
            self.transcription, RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0
        ):
            transcription = self.transcription.to_dict()
        else:
            transcription = self.transcription

        noise_reduction: dict[str, Any] | None | Unset
        if isinstance(self.noise_reduction, Unset):
            noise_reduction = UNSET
        elif isinstance(
            self.noise_reduction,
            RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0,
        ):
            noise_reduction = self.noise_reduction.to_dict()
        else:
            noise_reduction = self.noise_reduction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if noise_reduction is not UNSET:
            field_dict["noise_reduction"] = noise_reduction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_transcription(
            data: object,
        ) -> None | RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcription_type_0 = (
                    RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0.from_dict(
                        data
                    )
                )

                return transcription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "None | RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0 | Unset",
                data,
            )

        transcription = _parse_transcription(d.get("transcription", UNSET))

        def _parse_noise_reduction(
            data: object,
        ) -> None | RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                noise_reduction_type_0 = (
                    RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0.from_dict(
                        data
                    )
                )

                return noise_reduction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "None | RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0 | Unset",
                data,
            )

        noise_reduction = _parse_noise_reduction(d.get("noise_reduction", UNSET))

        realtime_translation_session_update_request_audio_input = cls(
            transcription=transcription,
            noise_reduction=noise_reduction,
        )

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
