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

T = TypeVar("T", bound="RealtimeSessionCreateResponseGAAudio")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "input",
        "output",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeSessionCreateResponseGAAudio(_Model):
    """
    Attributes:
        input (RealtimeSessionCreateResponseGAAudioInput | Unset):
        output (RealtimeSessionCreateResponseGAAudioOutput | Unset):
    """

    input: RealtimeSessionCreateResponseGAAudioInput | Unset = UNSET
    output: RealtimeSessionCreateResponseGAAudioOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.input is not UNSET:
            field_dict["input"] = dump(self.input)
        if self.output is not UNSET:
            field_dict["output"] = dump(self.output)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _input_ = d.get("input", UNSET)
        input_ = (
            RealtimeSessionCreateResponseGAAudioInput.from_dict(_input_)
            if isinstance(_input_, dict)
            else _input_
        )
        _output = d.get("output", UNSET)
        output = (
            RealtimeSessionCreateResponseGAAudioOutput.from_dict(_output)
            if isinstance(_output, dict)
            else _output
        )
        realtime_session_create_response_ga_audio = cls(
            input=input_,
            output=output,
        )
        if not _FIELDS.issuperset(d):
            realtime_session_create_response_ga_audio.additional_properties = _extra_fields(d)
        return realtime_session_create_response_ga_audio

    @property
    def input_(self) -> RealtimeSessionCreateResponseGAAudioInput | Unset:
        """The `input` field, under its former name."""
        return self.input

    @input_.setter
    def input_(self, value: RealtimeSessionCreateResponseGAAudioInput | Unset) -> None:
        self.input = value

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
from ..models.realtime_session_create_response_ga_audio_input import (
    RealtimeSessionCreateResponseGAAudioInput,  # noqa: E402
)
from ..models.realtime_session_create_response_ga_audio_output import (
    RealtimeSessionCreateResponseGAAudioOutput,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeSessionCreateResponseGAAudio._oc_fields = (
    ("input", "input", False, RealtimeSessionCreateResponseGAAudioInput),
    ("output", "output", False, RealtimeSessionCreateResponseGAAudioOutput),
)
