# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranslationServerEventSessionOutputAudioDelta")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "event_id",
        "type",
        "delta",
        "sample_rate",
        "channels",
        "format",
        "elapsed_ms",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeTranslationServerEventSessionOutputAudioDelta(_Model):
    """Schema `RealtimeTranslationServerEventSessionOutputAudioDelta`.

    Attributes:
        event_id (str):
        type (Literal['session.output_audio.delta']): Always 'session.output_audio.delta'.
        delta (str):
        sample_rate (int | Unset): Server default: 24000. Default: 24000.
        channels (int | Unset): Server default: 1. Default: 1.
        format (Literal['pcm16'] | Unset): Always 'pcm16'.
        elapsed_ms (int | None | Unset):
    """

    event_id: str
    type: Literal["session.output_audio.delta"]
    delta: str
    sample_rate: int | Unset = 24000
    channels: int | Unset = 1
    format: Literal["pcm16"] | Unset = UNSET
    elapsed_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "event_id",
        "type",
        "delta",
    )
    _oc_consts = {"type": "session.output_audio.delta", "format": "pcm16"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["event_id"] = self.event_id
        field_dict["type"] = self.type
        field_dict["delta"] = self.delta
        if self.sample_rate is not UNSET:
            field_dict["sample_rate"] = self.sample_rate
        if self.channels is not UNSET:
            field_dict["channels"] = self.channels
        if self.format is not UNSET:
            field_dict["format"] = self.format
        if self.elapsed_ms is not UNSET:
            field_dict["elapsed_ms"] = self.elapsed_ms
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        event_id = d.get("event_id")
        type_ = d.get("type")
        delta = d.get("delta")
        sample_rate = d.get("sample_rate", UNSET)
        channels = d.get("channels", UNSET)
        format_ = d.get("format", UNSET)
        elapsed_ms = d.get("elapsed_ms", UNSET)
        realtime_translation_server_event_session_output_audio_delta = cls(
            event_id=event_id,
            type=type_,
            delta=delta,
            sample_rate=sample_rate,
            channels=channels,
            format=format_,
            elapsed_ms=elapsed_ms,
        )
        if event_id is None or type_ is None or delta is None:
            realtime_translation_server_event_session_output_audio_delta._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            realtime_translation_server_event_session_output_audio_delta.additional_properties = (
                _extra_fields(d)
            )
        return realtime_translation_server_event_session_output_audio_delta

    @property
    def type_(self) -> Literal["session.output_audio.delta"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["session.output_audio.delta"]) -> None:
        self.type = value

    @property
    def format_(self) -> Literal["pcm16"] | Unset:
        """The `format` field, under its former name."""
        return self.format

    @format_.setter
    def format_(self, value: Literal["pcm16"] | Unset) -> None:
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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeTranslationServerEventSessionOutputAudioDelta._oc_fields = (
    ("event_id", "event_id", True, "string"),
    ("type", "type", True, ("const", "session.output_audio.delta")),
    ("delta", "delta", True, "string"),
    ("sample_rate", "sample_rate", False, "integer"),
    ("channels", "channels", False, "integer"),
    ("format", "format", False, ("const", "pcm16")),
    (
        "elapsed_ms",
        "elapsed_ms",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
)
