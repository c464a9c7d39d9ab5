# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeServerEventConversationItemInputAudioTranscriptionFailedError")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "code",
        "message",
        "param",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeServerEventConversationItemInputAudioTranscriptionFailedError:
    """
    Attributes:
        type_ (str | Unset):
        code (str | Unset):
        message (str | Unset):
        param (str | Unset):
    """

    type_: str | Unset = UNSET
    code: str | Unset = UNSET
    message: str | Unset = UNSET
    param: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        code = self.code

        message = self.message

        param = self.param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if param is not UNSET:
            field_dict["param"] = param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d.get("type", UNSET)

        code = d.get("code", UNSET)

        message = d.get("message", UNSET)

        param = d.get("param", UNSET)

        realtime_server_event_conversation_item_input_audio_transcription_failed_error = cls(
            type_=type_,
            code=code,
            message=message,
            param=param,
        )

        realtime_server_event_conversation_item_input_audio_transcription_failed_error.additional_properties = _extra_fields(
            d
        )
        return realtime_server_event_conversation_item_input_audio_transcription_failed_error

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
