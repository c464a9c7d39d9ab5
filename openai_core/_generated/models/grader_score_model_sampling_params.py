# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort_type_0 import ReasoningEffortType0, check_reasoning_effort_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="GraderScoreModelSamplingParams")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class GraderScoreModelSamplingParams:
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

    def to_dict(self) -> dict[str, Any]:
        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        max_completions_tokens: int | None | Unset
        if isinstance(self.max_completions_tokens, Unset):
            max_completions_tokens = UNSET
        else:
            max_completions_tokens = self.max_completions_tokens

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, str):
            reasoning_effort = self.reasoning_effort
        else:
            reasoning_effort = self.reasoning_effort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if seed is not UNSET:
            field_dict["seed"] = seed
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_completions_tokens is not UNSET:
            field_dict["max_completions_tokens"] = max_completions_tokens
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        seed = _parse_seed(d.get("seed", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        top_p = _parse_top_p(d.get("top_p", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        temperature = _parse_temperature(d.get("temperature", UNSET))

        def _parse_max_completions_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_completions_tokens = _parse_max_completions_tokens(
            d.get("max_completions_tokens", UNSET)
        )

        def _parse_reasoning_effort(data: object) -> None | ReasoningEffortType0 | Unset:
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

        reasoning_effort = _parse_reasoning_effort(d.get("reasoning_effort", UNSET))

        grader_score_model_sampling_params = cls(
            seed=seed,
            top_p=top_p,
            temperature=temperature,
            max_completions_tokens=max_completions_tokens,
            reasoning_effort=reasoning_effort,
        )

        grader_score_model_sampling_params.additional_properties = _extra_fields(d)
        return grader_score_model_sampling_params

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
