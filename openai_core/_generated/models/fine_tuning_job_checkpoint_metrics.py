# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuningJobCheckpointMetrics")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "step",
        "train_loss",
        "train_mean_token_accuracy",
        "valid_loss",
        "valid_mean_token_accuracy",
        "full_valid_loss",
        "full_valid_mean_token_accuracy",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class FineTuningJobCheckpointMetrics(_Model):
    """
    Attributes:
        step (float | Unset):
        train_loss (float | Unset):
        train_mean_token_accuracy (float | Unset):
        valid_loss (float | Unset):
        valid_mean_token_accuracy (float | Unset):
        full_valid_loss (float | Unset):
        full_valid_mean_token_accuracy (float | Unset):
    """

    step: float | Unset = UNSET
    train_loss: float | Unset = UNSET
    train_mean_token_accuracy: float | Unset = UNSET
    valid_loss: float | Unset = UNSET
    valid_mean_token_accuracy: float | Unset = UNSET
    full_valid_loss: float | Unset = UNSET
    full_valid_mean_token_accuracy: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.step is not UNSET:
            field_dict["step"] = self.step
        if self.train_loss is not UNSET:
            field_dict["train_loss"] = self.train_loss
        if self.train_mean_token_accuracy is not UNSET:
            field_dict["train_mean_token_accuracy"] = self.train_mean_token_accuracy
        if self.valid_loss is not UNSET:
            field_dict["valid_loss"] = self.valid_loss
        if self.valid_mean_token_accuracy is not UNSET:
            field_dict["valid_mean_token_accuracy"] = self.valid_mean_token_accuracy
        if self.full_valid_loss is not UNSET:
            field_dict["full_valid_loss"] = self.full_valid_loss
        if self.full_valid_mean_token_accuracy is not UNSET:
            field_dict["full_valid_mean_token_accuracy"] = self.full_valid_mean_token_accuracy
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        step = d.get("step", UNSET)
        train_loss = d.get("train_loss", UNSET)
        train_mean_token_accuracy = d.get("train_mean_token_accuracy", UNSET)
        valid_loss = d.get("valid_loss", UNSET)
        valid_mean_token_accuracy = d.get("valid_mean_token_accuracy", UNSET)
        full_valid_loss = d.get("full_valid_loss", UNSET)
        full_valid_mean_token_accuracy = d.get("full_valid_mean_token_accuracy", UNSET)
        fine_tuning_job_checkpoint_metrics = cls(
            step=step,
            train_loss=train_loss,
            train_mean_token_accuracy=train_mean_token_accuracy,
            valid_loss=valid_loss,
            valid_mean_token_accuracy=valid_mean_token_accuracy,
            full_valid_loss=full_valid_loss,
            full_valid_mean_token_accuracy=full_valid_mean_token_accuracy,
        )
        if not _FIELDS.issuperset(d):
            fine_tuning_job_checkpoint_metrics.additional_properties = _extra_fields(d)
        return fine_tuning_job_checkpoint_metrics

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
FineTuningJobCheckpointMetrics._oc_fields = (
    ("step", "step", False, "number"),
    ("train_loss", "train_loss", False, "number"),
    ("train_mean_token_accuracy", "train_mean_token_accuracy", False, "number"),
    ("valid_loss", "valid_loss", False, "number"),
    ("valid_mean_token_accuracy", "valid_mean_token_accuracy", False, "number"),
    ("full_valid_loss", "full_valid_loss", False, "number"),
    ("full_valid_mean_token_accuracy", "full_valid_mean_token_accuracy", False, "number"),
)
