# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranslationSessionUpdateRequestAudio")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "input",
        "output",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeTranslationSessionUpdateRequestAudio:
    """
    Attributes:
        input_ (RealtimeTranslationSessionUpdateRequestAudioInput | Unset):
        output (RealtimeTranslationSessionUpdateRequestAudioOutput | Unset):
    """

    input_: RealtimeTranslationSessionUpdateRequestAudioInput | Unset = UNSET
    output: RealtimeTranslationSessionUpdateRequestAudioOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _input_ = d.get("input", UNSET)
        input_: RealtimeTranslationSessionUpdateRequestAudioInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = RealtimeTranslationSessionUpdateRequestAudioInput.from_dict(_input_)

        _output = d.get("output", UNSET)
        output: RealtimeTranslationSessionUpdateRequestAudioOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = RealtimeTranslationSessionUpdateRequestAudioOutput.from_dict(_output)

        realtime_translation_session_update_request_audio = cls(
            input_=input_,
            output=output,
        )

        realtime_translation_session_update_request_audio.additional_properties = _extra_fields(d)
        return realtime_translation_session_update_request_audio

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
from ..models.realtime_translation_session_update_request_audio_input import (
    RealtimeTranslationSessionUpdateRequestAudioInput,  # noqa: E402
)
from ..models.realtime_translation_session_update_request_audio_output import (
    RealtimeTranslationSessionUpdateRequestAudioOutput,  # noqa: E402
)
