# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys

T = TypeVar("T", bound="RunGraderResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "reward",
        "metadata",
        "sub_rewards",
        "model_grader_token_usage_per_model",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RunGraderResponse(_Model):
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

    _oc_wire = _FIELDS
    _oc_required = (
        "reward",
        "metadata",
        "sub_rewards",
        "model_grader_token_usage_per_model",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["reward"] = self.reward
        field_dict["metadata"] = dump(self.metadata)
        field_dict["sub_rewards"] = dump(self.sub_rewards)
        field_dict["model_grader_token_usage_per_model"] = dump(
            self.model_grader_token_usage_per_model
        )
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        reward = d.get("reward")
        _metadata = d.get("metadata")
        metadata = (
            RunGraderResponseMetadata.from_dict(_metadata)
            if isinstance(_metadata, dict)
            else _metadata
        )
        _sub_rewards = d.get("sub_rewards")
        sub_rewards = (
            RunGraderResponseSubRewards.from_dict(_sub_rewards)
            if isinstance(_sub_rewards, dict)
            else _sub_rewards
        )
        _model_grader_token_usage_per_model = d.get("model_grader_token_usage_per_model")
        model_grader_token_usage_per_model = (
            RunGraderResponseModelGraderTokenUsagePerModel.from_dict(
                _model_grader_token_usage_per_model
            )
            if isinstance(_model_grader_token_usage_per_model, dict)
            else _model_grader_token_usage_per_model
        )
        run_grader_response = cls(
            reward=reward,
            metadata=metadata,
            sub_rewards=sub_rewards,
            model_grader_token_usage_per_model=model_grader_token_usage_per_model,
        )
        if (
            reward is None
            or metadata is None
            or sub_rewards is None
            or model_grader_token_usage_per_model is None
        ):
            run_grader_response._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RunGraderResponse._oc_fields = (
    ("reward", "reward", True, "number"),
    ("metadata", "metadata", True, RunGraderResponseMetadata),
    ("sub_rewards", "sub_rewards", True, RunGraderResponseSubRewards),
    (
        "model_grader_token_usage_per_model",
        "model_grader_token_usage_per_model",
        True,
        RunGraderResponseModelGraderTokenUsagePerModel,
    ),
)
