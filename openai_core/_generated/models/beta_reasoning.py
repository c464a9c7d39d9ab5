# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_reasoning_context_type_0 import (
    BetaReasoningContextType0,
    check_beta_reasoning_context_type_0,
)
from ..models.beta_reasoning_effort_type_0 import (
    BetaReasoningEffortType0,
    check_beta_reasoning_effort_type_0,
)
from ..models.beta_reasoning_generate_summary_type_0 import (
    BetaReasoningGenerateSummaryType0,
    check_beta_reasoning_generate_summary_type_0,
)
from ..models.beta_reasoning_summary_type_0 import (
    BetaReasoningSummaryType0,
    check_beta_reasoning_summary_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaReasoning")

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
class BetaReasoning:
    """Schema `BetaReasoning`.

    Attributes:
        mode (str | Unset): Schema `BetaReasoningModeEnum`.
        effort (BetaReasoningEffortType0 | None | Unset): Schema `BetaReasoningEffort`.
        summary (BetaReasoningSummaryType0 | None | Unset):
        context (BetaReasoningContextType0 | None | Unset):
        generate_summary (BetaReasoningGenerateSummaryType0 | None | Unset):
    """

    mode: str | Unset = UNSET
    effort: BetaReasoningEffortType0 | None | Unset = UNSET
    summary: BetaReasoningSummaryType0 | None | Unset = UNSET
    context: BetaReasoningContextType0 | None | Unset = UNSET
    generate_summary: BetaReasoningGenerateSummaryType0 | None | Unset = UNSET
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

        def _parse_effort(data: object) -> BetaReasoningEffortType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_beta_reasoning_effort_type_0 = check_beta_reasoning_effort_type_0(
                    data
                )

                return componentsschemas_beta_reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaReasoningEffortType0 | None | Unset", data)

        effort = _parse_effort(d.get("effort", UNSET))

        def _parse_summary(data: object) -> BetaReasoningSummaryType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                summary_type_0 = check_beta_reasoning_summary_type_0(data)

                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaReasoningSummaryType0 | None | Unset", data)

        summary = _parse_summary(d.get("summary", UNSET))

        def _parse_context(data: object) -> BetaReasoningContextType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                context_type_0 = check_beta_reasoning_context_type_0(data)

                return context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaReasoningContextType0 | None | Unset", data)

        context = _parse_context(d.get("context", UNSET))

        def _parse_generate_summary(
            data: object,
        ) -> BetaReasoningGenerateSummaryType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                generate_summary_type_0 = check_beta_reasoning_generate_summary_type_0(data)

                return generate_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaReasoningGenerateSummaryType0 | None | Unset", data)

        generate_summary = _parse_generate_summary(d.get("generate_summary", UNSET))

        beta_reasoning = cls(
            mode=mode,
            effort=effort,
            summary=summary,
            context=context,
            generate_summary=generate_summary,
        )

        beta_reasoning.additional_properties = _extra_fields(d)
        return beta_reasoning

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
