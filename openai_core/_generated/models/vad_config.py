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

T = TypeVar("T", bound="VadConfig")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "prefix_padding_ms",
        "silence_duration_ms",
        "threshold",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class VadConfig(_Model):
    """Schema `VadConfig`.

    Attributes:
        type (Literal['server_vad']): Always 'server_vad'.
        prefix_padding_ms (int | Unset): Server default: 300. Default: 300.
        silence_duration_ms (int | Unset): Server default: 200. Default: 200.
        threshold (float | Unset): Server default: 0.5. Default: 0.5.
    """

    type: Literal["server_vad"]
    prefix_padding_ms: int | Unset = 300
    silence_duration_ms: int | Unset = 200
    threshold: float | Unset = 0.5
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("type",)
    _oc_consts = {"type": "server_vad"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        if self.prefix_padding_ms is not UNSET:
            field_dict["prefix_padding_ms"] = self.prefix_padding_ms
        if self.silence_duration_ms is not UNSET:
            field_dict["silence_duration_ms"] = self.silence_duration_ms
        if self.threshold is not UNSET:
            field_dict["threshold"] = self.threshold
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
        prefix_padding_ms = d.get("prefix_padding_ms", UNSET)
        silence_duration_ms = d.get("silence_duration_ms", UNSET)
        threshold = d.get("threshold", UNSET)
        vad_config = cls(
            type=type_,
            prefix_padding_ms=prefix_padding_ms,
            silence_duration_ms=silence_duration_ms,
            threshold=threshold,
        )
        if type_ is None:
            vad_config._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            vad_config.additional_properties = _extra_fields(d)
        return vad_config

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
VadConfig._oc_fields = (
    ("type", "type", True, ("const", "server_vad")),
    ("prefix_padding_ms", "prefix_padding_ms", False, "integer"),
    ("silence_duration_ms", "silence_duration_ms", False, "integer"),
    ("threshold", "threshold", False, "number"),
)
