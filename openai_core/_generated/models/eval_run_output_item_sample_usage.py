# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys

T = TypeVar("T", bound="EvalRunOutputItemSampleUsage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "total_tokens",
        "completion_tokens",
        "prompt_tokens",
        "cached_tokens",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class EvalRunOutputItemSampleUsage(_Model):
    """
    Attributes:
        total_tokens (int):
        completion_tokens (int):
        prompt_tokens (int):
        cached_tokens (int):
    """

    total_tokens: int
    completion_tokens: int
    prompt_tokens: int
    cached_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "total_tokens",
        "completion_tokens",
        "prompt_tokens",
        "cached_tokens",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["total_tokens"] = self.total_tokens
        field_dict["completion_tokens"] = self.completion_tokens
        field_dict["prompt_tokens"] = self.prompt_tokens
        field_dict["cached_tokens"] = self.cached_tokens
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        total_tokens = d.get("total_tokens")
        completion_tokens = d.get("completion_tokens")
        prompt_tokens = d.get("prompt_tokens")
        cached_tokens = d.get("cached_tokens")
        eval_run_output_item_sample_usage = cls(
            total_tokens=total_tokens,
            completion_tokens=completion_tokens,
            prompt_tokens=prompt_tokens,
            cached_tokens=cached_tokens,
        )
        if (
            total_tokens is None
            or completion_tokens is None
            or prompt_tokens is None
            or cached_tokens is None
        ):
            eval_run_output_item_sample_usage._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            eval_run_output_item_sample_usage.additional_properties = _extra_fields(d)
        return eval_run_output_item_sample_usage

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
EvalRunOutputItemSampleUsage._oc_fields = (
    ("total_tokens", "total_tokens", True, "integer"),
    ("completion_tokens", "completion_tokens", True, "integer"),
    ("prompt_tokens", "prompt_tokens", True, "integer"),
    ("cached_tokens", "cached_tokens", True, "integer"),
)
