# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys

T = TypeVar("T", bound="TranscriptionSegment")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "seek",
        "start",
        "end",
        "text",
        "tokens",
        "temperature",
        "avg_logprob",
        "compression_ratio",
        "no_speech_prob",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class TranscriptionSegment(_Model):
    """Schema `TranscriptionSegment`.

    Attributes:
        id (int):
        seek (int):
        start (float):
        end (float):
        text (str):
        tokens (list[int]):
        temperature (float):
        avg_logprob (float):
        compression_ratio (float):
        no_speech_prob (float):
    """

    id: int
    seek: int
    start: float
    end: float
    text: str
    tokens: list[int]
    temperature: float
    avg_logprob: float
    compression_ratio: float
    no_speech_prob: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "seek",
        "start",
        "end",
        "text",
        "tokens",
        "temperature",
        "avg_logprob",
        "compression_ratio",
        "no_speech_prob",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["seek"] = self.seek
        field_dict["start"] = self.start
        field_dict["end"] = self.end
        field_dict["text"] = self.text
        field_dict["tokens"] = self.tokens
        field_dict["temperature"] = self.temperature
        field_dict["avg_logprob"] = self.avg_logprob
        field_dict["compression_ratio"] = self.compression_ratio
        field_dict["no_speech_prob"] = self.no_speech_prob
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        seek = d.get("seek")
        start = d.get("start")
        end = d.get("end")
        text = d.get("text")
        tokens = d.get("tokens")
        temperature = d.get("temperature")
        avg_logprob = d.get("avg_logprob")
        compression_ratio = d.get("compression_ratio")
        no_speech_prob = d.get("no_speech_prob")
        transcription_segment = cls(
            id=id,
            seek=seek,
            start=start,
            end=end,
            text=text,
            tokens=tokens,
            temperature=temperature,
            avg_logprob=avg_logprob,
            compression_ratio=compression_ratio,
            no_speech_prob=no_speech_prob,
        )
        if (
            id is None
            or seek is None
            or start is None
            or end is None
            or text is None
            or tokens is None
            or temperature is None
            or avg_logprob is None
            or compression_ratio is None
            or no_speech_prob is None
        ):
            transcription_segment._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            transcription_segment.additional_properties = _extra_fields(d)
        return transcription_segment

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
TranscriptionSegment._oc_fields = (
    ("id", "id", True, "integer"),
    ("seek", "seek", True, "integer"),
    ("start", "start", True, "number"),
    ("end", "end", True, "number"),
    ("text", "text", True, "string"),
    ("tokens", "tokens", True, ("list", "integer")),
    ("temperature", "temperature", True, "number"),
    ("avg_logprob", "avg_logprob", True, "number"),
    ("compression_ratio", "compression_ratio", True, "number"),
    ("no_speech_prob", "no_speech_prob", True, "number"),
)
