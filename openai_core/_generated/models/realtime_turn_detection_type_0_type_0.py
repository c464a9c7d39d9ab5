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

T = TypeVar("T", bound="RealtimeTurnDetectionType0Type0")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "threshold",
        "prefix_padding_ms",
        "silence_duration_ms",
        "create_response",
        "interrupt_response",
        "idle_timeout_ms",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeTurnDetectionType0Type0(_Model):
    """
    Attributes:
        type (Literal['server_vad']): Always 'server_vad'. Server default: 'server_vad'. Default: 'server_vad'.
        threshold (float | Unset):
        prefix_padding_ms (int | Unset):
        silence_duration_ms (int | Unset):
        create_response (bool | Unset): Server default: True. Default: True.
        interrupt_response (bool | Unset): Server default: True. Default: True.
        idle_timeout_ms (int | None | Unset):
    """

    type: Literal["server_vad"] = "server_vad"
    threshold: float | Unset = UNSET
    prefix_padding_ms: int | Unset = UNSET
    silence_duration_ms: int | Unset = UNSET
    create_response: bool | Unset = True
    interrupt_response: bool | Unset = True
    idle_timeout_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("type",)
    _oc_consts = {"type": "server_vad"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        if self.threshold is not UNSET:
            field_dict["threshold"] = self.threshold
        if self.prefix_padding_ms is not UNSET:
            field_dict["prefix_padding_ms"] = self.prefix_padding_ms
        if self.silence_duration_ms is not UNSET:
            field_dict["silence_duration_ms"] = self.silence_duration_ms
        if self.create_response is not UNSET:
            field_dict["create_response"] = self.create_response
        if self.interrupt_response is not UNSET:
            field_dict["interrupt_response"] = self.interrupt_response
        if self.idle_timeout_ms is not UNSET:
            field_dict["idle_timeout_ms"] = self.idle_timeout_ms
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
        threshold = d.get("threshold", UNSET)
        prefix_padding_ms = d.get("prefix_padding_ms", UNSET)
        silence_duration_ms = d.get("silence_duration_ms", UNSET)
        create_response = d.get("create_response", UNSET)
        interrupt_response = d.get("interrupt_response", UNSET)
        idle_timeout_ms = d.get("idle_timeout_ms", UNSET)
        realtime_turn_detection_type_0_type_0 = cls(
            type=type_,
            threshold=threshold,
            prefix_padding_ms=prefix_padding_ms,
            silence_duration_ms=silence_duration_ms,
            create_response=create_response,
            interrupt_response=interrupt_response,
            idle_timeout_ms=idle_timeout_ms,
        )
        if type_ is None:
            realtime_turn_detection_type_0_type_0._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            realtime_turn_detection_type_0_type_0.additional_properties = _extra_fields(d)
        return realtime_turn_detection_type_0_type_0

    @property
    def type_(self) -> Literal["server_vad"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["server_vad"]) -> None:
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
RealtimeTurnDetectionType0Type0._oc_fields = (
    ("type", "type", True, ("const", "server_vad")),
    ("threshold", "threshold", False, "number"),
    ("prefix_padding_ms", "prefix_padding_ms", False, "integer"),
    ("silence_duration_ms", "silence_duration_ms", False, "integer"),
    ("create_response", "create_response", False, "boolean"),
    ("interrupt_response", "interrupt_response", False, "boolean"),
    (
        "idle_timeout_ms",
        "idle_timeout_ms",
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
