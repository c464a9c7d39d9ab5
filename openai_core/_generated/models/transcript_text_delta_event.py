# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptTextDeltaEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "delta",
        "logprobs",
        "segment_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class TranscriptTextDeltaEvent(_Model):
    """Schema `TranscriptTextDeltaEvent`.

    Attributes:
        type (Literal['transcript.text.delta']): Always 'transcript.text.delta'.
        delta (str):
        logprobs (list[TranscriptTextDeltaEventLogprobsItem] | Unset):
        segment_id (str | Unset):
    """

    type: Literal["transcript.text.delta"]
    delta: str
    logprobs: list[TranscriptTextDeltaEventLogprobsItem] | Unset = UNSET
    segment_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "delta",
    )
    _oc_consts = {"type": "transcript.text.delta"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["delta"] = self.delta
        if self.logprobs is not UNSET:
            field_dict["logprobs"] = dump(self.logprobs)
        if self.segment_id is not UNSET:
            field_dict["segment_id"] = self.segment_id
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        delta = d.get("delta")
        _logprobs = d.get("logprobs", UNSET)
        logprobs = (
            [
                (
                    TranscriptTextDeltaEventLogprobsItem.from_dict(_i0)
                    if isinstance(_i0, dict)
                    else _i0
                )
                for _i0 in _logprobs
            ]
            if isinstance(_logprobs, list)
            else _logprobs
        )
        segment_id = d.get("segment_id", UNSET)
        transcript_text_delta_event = cls(
            type=type_,
            delta=delta,
            logprobs=logprobs,
            segment_id=segment_id,
        )
        if type_ is None or delta is None:
            transcript_text_delta_event._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            transcript_text_delta_event.additional_properties = _extra_fields(d)
        return transcript_text_delta_event

    @property
    def type_(self) -> Literal["transcript.text.delta"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["transcript.text.delta"]) -> None:
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


# Imported last: the classes above exist before any model that refers back to them is loaded.
from ..models.transcript_text_delta_event_logprobs_item import TranscriptTextDeltaEventLogprobsItem  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
TranscriptTextDeltaEvent._oc_fields = (
    ("type", "type", True, ("const", "transcript.text.delta")),
    ("delta", "delta", True, "string"),
    ("logprobs", "logprobs", False, ("list", TranscriptTextDeltaEventLogprobsItem)),
    ("segment_id", "segment_id", False, "string"),
)
