# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys

T = TypeVar("T", bound="Moderation")

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


def _read_input_(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "moderation_result":
            return ModerationResultBody.from_dict(data)
        if tag == "error":
            return ModerationErrorBody.from_dict(data)
        return _choose_input_(data)
    return data


def _read_output(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "moderation_result":
            return ModerationResultBody.from_dict(data)
        if tag == "error":
            return ModerationErrorBody.from_dict(data)
        return _choose_output(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class Moderation(_Model):
    """Schema `Moderation`.

    Attributes:
        input (ModerationErrorBody | ModerationResultBody):
        output (ModerationErrorBody | ModerationResultBody):
    """

    input: ModerationErrorBody | ModerationResultBody
    output: ModerationErrorBody | ModerationResultBody
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "input",
        "output",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["input"] = dump(self.input)
        field_dict["output"] = dump(self.output)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _input_ = d.get("input")
        input_ = _read_input_(_input_)
        _output = d.get("output")
        output = _read_output(_output)
        moderation = cls(
            input=input_,
            output=output,
        )
        if input_ is None or output is None:
            moderation._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            moderation.additional_properties = _extra_fields(d)
        return moderation

    @property
    def input_(self) -> ModerationErrorBody | ModerationResultBody:
        """The `input` field, under its former name."""
        return self.input

    @input_.setter
    def input_(self, value: ModerationErrorBody | ModerationResultBody) -> None:
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
from ..models.moderation_error_body import ModerationErrorBody  # noqa: E402
from ..models.moderation_result_body import ModerationResultBody  # noqa: E402

_choose_input_ = ModelChoice(ModerationResultBody, ModerationErrorBody)
_choose_output = ModelChoice(ModerationResultBody, ModerationErrorBody)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
Moderation._oc_fields = (
    (
        "input",
        "input",
        True,
        (
            "union",
            (
                ModerationResultBody,
                ModerationErrorBody,
            ),
        ),
    ),
    (
        "output",
        "output",
        True,
        (
            "union",
            (
                ModerationResultBody,
                ModerationErrorBody,
            ),
        ),
    ),
)
