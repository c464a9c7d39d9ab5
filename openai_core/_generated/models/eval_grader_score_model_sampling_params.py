# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..models.reasoning_effort_type_0 import ReasoningEffortType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalGraderScoreModelSamplingParams")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "seed",
        "top_p",
        "temperature",
        "max_completions_tokens",
        "reasoning_effort",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class EvalGraderScoreModelSamplingParams(_Model):
    """
    Attributes:
        seed (int | None | Unset):
        top_p (float | None | Unset):
        temperature (float | None | Unset):
        max_completions_tokens (int | None | Unset):
        reasoning_effort (None | ReasoningEffortType0 | Unset): Schema `ReasoningEffort`.
    """

    seed: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    max_completions_tokens: int | None | Unset = UNSET
    reasoning_effort: None | ReasoningEffortType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.seed is not UNSET:
            field_dict["seed"] = self.seed
        if self.top_p is not UNSET:
            field_dict["top_p"] = self.top_p
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
        if self.max_completions_tokens is not UNSET:
            field_dict["max_completions_tokens"] = self.max_completions_tokens
        if self.reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = self.reasoning_effort
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        seed = d.get("seed", UNSET)
        top_p = d.get("top_p", UNSET)
        temperature = d.get("temperature", UNSET)
        max_completions_tokens = d.get("max_completions_tokens", UNSET)
        reasoning_effort = d.get("reasoning_effort", UNSET)
        eval_grader_score_model_sampling_params = cls(
            seed=seed,
            top_p=top_p,
            temperature=temperature,
            max_completions_tokens=max_completions_tokens,
            reasoning_effort=reasoning_effort,
        )
        if not _FIELDS.issuperset(d):
            eval_grader_score_model_sampling_params.additional_properties = _extra_fields(d)
        return eval_grader_score_model_sampling_params

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
EvalGraderScoreModelSamplingParams._oc_fields = (
    (
        "seed",
        "seed",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "top_p",
        "top_p",
        False,
        (
            "union",
            (
                "number",
                "null",
            ),
        ),
    ),
    (
        "temperature",
        "temperature",
        False,
        (
            "union",
            (
                "number",
                "null",
            ),
        ),
    ),
    (
        "max_completions_tokens",
        "max_completions_tokens",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "reasoning_effort",
        "reasoning_effort",
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
)
