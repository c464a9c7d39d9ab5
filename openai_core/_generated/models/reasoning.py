# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_context_type_0 import ReasoningContextType0, check_reasoning_context_type_0
from ..models.reasoning_effort_type_0 import ReasoningEffortType0, check_reasoning_effort_type_0
from ..models.reasoning_generate_summary_type_0 import (
    ReasoningGenerateSummaryType0,
    check_reasoning_generate_summary_type_0,
)
from ..models.reasoning_summary_type_0 import ReasoningSummaryType0, check_reasoning_summary_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="Reasoning")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class Reasoning:
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

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        effort: None | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        elif isinstance(self.effort, str):
            effort = self.effort
        else:
            effort = self.effort

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, str):
            summary = self.summary
        else:
            summary = self.summary

        context: None | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, str):
            context = self.context
        else:
            context = self.context

        generate_summary: None | str | Unset
        if isinstance(self.generate_summary, Unset):
            generate_summary = UNSET
        elif isinstance(self.generate_summary, str):
            generate_summary = self.generate_summary
        else:
            generate_summary = self.generate_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if effort is not UNSET:
            field_dict["effort"] = effort
        if summary is not UNSET:
            field_dict["summary"] = summary
        if context is not UNSET:
            field_dict["context"] = context
        if generate_summary is not UNSET:
            field_dict["generate_summary"] = generate_summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        mode = d.get("mode", UNSET)

        def _parse_effort(data: object) -> None | ReasoningEffortType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_reasoning_effort_type_0 = check_reasoning_effort_type_0(data)

                return componentsschemas_reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ReasoningEffortType0 | Unset", data)

        effort = _parse_effort(d.get("effort", UNSET))

        def _parse_summary(data: object) -> None | ReasoningSummaryType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                summary_type_0 = check_reasoning_summary_type_0(data)

                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ReasoningSummaryType0 | Unset", data)

        summary = _parse_summary(d.get("summary", UNSET))

        def _parse_context(data: object) -> None | ReasoningContextType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                context_type_0 = check_reasoning_context_type_0(data)

                return context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ReasoningContextType0 | Unset", data)

        context = _parse_context(d.get("context", UNSET))

        def _parse_generate_summary(data: object) -> None | ReasoningGenerateSummaryType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                generate_summary_type_0 = check_reasoning_generate_summary_type_0(data)

                return generate_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ReasoningGenerateSummaryType0 | Unset", data)

        generate_summary = _parse_generate_summary(d.get("generate_summary", UNSET))

        reasoning = cls(
            mode=mode,
            effort=effort,
            summary=summary,
            context=context,
            generate_summary=generate_summary,
        )

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
