# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RunGraderResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "reward",
        "metadata",
        "sub_rewards",
        "model_grader_token_usage_per_model",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RunGraderResponse:
    """Schema `RunGraderResponse`.

    Attributes:
        reward (float):
        metadata (RunGraderResponseMetadata):
        sub_rewards (RunGraderResponseSubRewards):
        model_grader_token_usage_per_model (RunGraderResponseModelGraderTokenUsagePerModel):
    """

    reward: float
    metadata: RunGraderResponseMetadata
    sub_rewards: RunGraderResponseSubRewards
    model_grader_token_usage_per_model: RunGraderResponseModelGraderTokenUsagePerModel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reward = self.reward

        metadata = self.metadata.to_dict()

        sub_rewards = self.sub_rewards.to_dict()

        model_grader_token_usage_per_model = self.model_grader_token_usage_per_model.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reward": reward,
                "metadata": metadata,
                "sub_rewards": sub_rewards,
                "model_grader_token_usage_per_model": model_grader_token_usage_per_model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        reward = d["reward"]

        metadata = RunGraderResponseMetadata.from_dict(d["metadata"])

        sub_rewards = RunGraderResponseSubRewards.from_dict(d["sub_rewards"])

        model_grader_token_usage_per_model = (
            RunGraderResponseModelGraderTokenUsagePerModel.from_dict(
                d["model_grader_token_usage_per_model"]
            )
        )

        run_grader_response = cls(
            reward=reward,
            metadata=metadata,
            sub_rewards=sub_rewards,
            model_grader_token_usage_per_model=model_grader_token_usage_per_model,
        )

        run_grader_response.additional_properties = _extra_fields(d)
        return run_grader_response

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
from ..models.run_grader_response_metadata import RunGraderResponseMetadata  # noqa: E402
from ..models.run_grader_response_model_grader_token_usage_per_model import (
    RunGraderResponseModelGraderTokenUsagePerModel,  # noqa: E402
)
from ..models.run_grader_response_sub_rewards import RunGraderResponseSubRewards  # noqa: E402
