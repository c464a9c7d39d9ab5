# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..models.reasoning_context_type_0 import ReasoningContextType0
from ..models.reasoning_effort_type_0 import ReasoningEffortType0
from ..models.reasoning_generate_summary_type_0 import (
    ReasoningGenerateSummaryType0,
)
from ..models.reasoning_summary_type_0 import ReasoningSummaryType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="Reasoning")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "mode",
        "effort",
        "summary",
        "context",
        "generate_summary",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class Reasoning(_Model):
    """Schema `Reasoning`.

    Attributes:
        mode (str | Unset): Schema `ReasoningModeEnum`.
        effort (None | ReasoningEffortType0 | Unset): Schema `ReasoningEffort`.
        summary (None | ReasoningSummaryType0 | Unset):
        context (None | ReasoningContextType0 | Unset):
        generate_summary (None | ReasoningGenerateSummaryType0 | Unset):
    """

    mode: str | Unset = UNSET
    effort: None | ReasoningEffortType0 | Unset = UNSET
    summary: None | ReasoningSummaryType0 | Unset = UNSET
    context: None | ReasoningContextType0 | Unset = UNSET
    generate_summary: None | ReasoningGenerateSummaryType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.mode is not UNSET:
            field_dict["mode"] = self.mode
        if self.effort is not UNSET:
            field_dict["effort"] = self.effort
        if self.summary is not UNSET:
            field_dict["summary"] = self.summary
        if self.context is not UNSET:
            field_dict["context"] = self.context
        if self.generate_summary is not UNSET:
            field_dict["generate_summary"] = self.generate_summary
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        mode = d.get("mode", UNSET)
        effort = d.get("effort", UNSET)
        summary = d.get("summary", UNSET)
        context = d.get("context", UNSET)
        generate_summary = d.get("generate_summary", UNSET)
        reasoning = cls(
            mode=mode,
            effort=effort,
            summary=summary,
            context=context,
            generate_summary=generate_summary,
        )
        if not _FIELDS.issuperset(d):
            reasoning.additional_properties = _extra_fields(d)
        return reasoning

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
Reasoning._oc_fields = (
    ("mode", "mode", False, "string"),
    (
        "effort",
        "effort",
        False,
        (
            "union",
            (
                (
                    "enum",
                    "ReasoningEffortType0",
                    ("high", "low", "max", "medium", "minimal", "none", "xhigh"),
                ),
                "null",
            ),
        ),
    ),
    (
        "summary",
        "summary",
        False,
        (
            "union",
            (
                ("enum", "ReasoningSummaryType0", ("auto", "concise", "detailed")),
                "null",
            ),
        ),
    ),
    (
        "context",
        "context",
        False,
        (
            "union",
            (
                ("enum", "ReasoningContextType0", ("all_turns", "auto", "current_turn")),
                "null",
            ),
        ),
    ),
    (
        "generate_summary",
        "generate_summary",
        False,
        (
            "union",
            (
                ("enum", "ReasoningGenerateSummaryType0", ("auto", "concise", "detailed")),
                "null",
            ),
        ),
    ),
)
