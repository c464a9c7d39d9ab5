# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateResponseTurnDetection")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "threshold",
        "prefix_padding_ms",
        "silence_duration_ms",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeTranscriptionSessionCreateResponseTurnDetection(_Model):
    """
    Attributes:
        type (str | Unset):
        threshold (float | Unset):
        prefix_padding_ms (int | Unset):
        silence_duration_ms (int | Unset):
    """

    type: str | Unset = UNSET
    threshold: float | Unset = UNSET
    prefix_padding_ms: int | Unset = UNSET
    silence_duration_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type is not UNSET:
            field_dict["type"] = self.type
        if self.threshold is not UNSET:
            field_dict["threshold"] = self.threshold
        if self.prefix_padding_ms is not UNSET:
            field_dict["prefix_padding_ms"] = self.prefix_padding_ms
        if self.silence_duration_ms is not UNSET:
            field_dict["silence_duration_ms"] = self.silence_duration_ms
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type", UNSET)
        threshold = d.get("threshold", UNSET)
        prefix_padding_ms = d.get("prefix_padding_ms", UNSET)
        silence_duration_ms = d.get("silence_duration_ms", UNSET)
        realtime_transcription_session_create_response_turn_detection = cls(
            type=type_,
            threshold=threshold,
            prefix_padding_ms=prefix_padding_ms,
            silence_duration_ms=silence_duration_ms,
        )
        if not _FIELDS.issuperset(d):
            realtime_transcription_session_create_response_turn_detection.additional_properties = (
                _extra_fields(d)
            )
        return realtime_transcription_session_create_response_turn_detection

    @property
    def type_(self) -> str | Unset:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        self.type = value

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
RealtimeTranscriptionSessionCreateResponseTurnDetection._oc_fields = (
    ("type", "type", False, "string"),
    ("threshold", "threshold", False, "number"),
    ("prefix_padding_ms", "prefix_padding_ms", False, "integer"),
    ("silence_duration_ms", "silence_duration_ms", False, "integer"),
)
