# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuningJobCheckpoint")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "fine_tuned_model_checkpoint",
        "step_number",
        "metrics",
        "fine_tuning_job_id",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class FineTuningJobCheckpoint(_Model):
    """Schema `FineTuningJobCheckpoint`.

    Attributes:
        id (str):
        created_at (int):
        fine_tuned_model_checkpoint (str):
        step_number (int):
        metrics (FineTuningJobCheckpointMetrics):
        fine_tuning_job_id (str):
        object (Literal['fine_tuning.job.checkpoint'] | Unset): Always 'fine_tuning.job.checkpoint'.
    """

    id: str
    created_at: int
    fine_tuned_model_checkpoint: str
    step_number: int
    metrics: FineTuningJobCheckpointMetrics
    fine_tuning_job_id: str
    object: Literal["fine_tuning.job.checkpoint"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "created_at",
        "fine_tuned_model_checkpoint",
        "step_number",
        "metrics",
        "fine_tuning_job_id",
    )
    _oc_consts = {"object": "fine_tuning.job.checkpoint"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["created_at"] = self.created_at
        field_dict["fine_tuned_model_checkpoint"] = self.fine_tuned_model_checkpoint
        field_dict["step_number"] = self.step_number
        field_dict["metrics"] = dump(self.metrics)
        field_dict["fine_tuning_job_id"] = self.fine_tuning_job_id
        if self.object is not UNSET:
            field_dict["object"] = self.object
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        created_at = d.get("created_at")
        fine_tuned_model_checkpoint = d.get("fine_tuned_model_checkpoint")
        step_number = d.get("step_number")
        _metrics = d.get("metrics")
        metrics = (
            FineTuningJobCheckpointMetrics.from_dict(_metrics)
            if isinstance(_metrics, dict)
            else _metrics
        )
        fine_tuning_job_id = d.get("fine_tuning_job_id")
        object_ = d.get("object", UNSET)
        fine_tuning_job_checkpoint = cls(
            id=id,
            created_at=created_at,
            fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            step_number=step_number,
            metrics=metrics,
            fine_tuning_job_id=fine_tuning_job_id,
            object=object_,
        )
        if (
            id is None
            or created_at is None
            or fine_tuned_model_checkpoint is None
            or step_number is None
            or metrics is None
            or fine_tuning_job_id is None
        ):
            fine_tuning_job_checkpoint._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            fine_tuning_job_checkpoint.additional_properties = _extra_fields(d)
        return fine_tuning_job_checkpoint

    @property
    def object_(self) -> Literal["fine_tuning.job.checkpoint"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["fine_tuning.job.checkpoint"] | Unset) -> None:
        self.object = value

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
from ..models.fine_tuning_job_checkpoint_metrics import FineTuningJobCheckpointMetrics  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
FineTuningJobCheckpoint._oc_fields = (
    ("id", "id", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("fine_tuned_model_checkpoint", "fine_tuned_model_checkpoint", True, "string"),
    ("step_number", "step_number", True, "integer"),
    ("metrics", "metrics", True, FineTuningJobCheckpointMetrics),
    ("fine_tuning_job_id", "fine_tuning_job_id", True, "string"),
    ("object", "object", False, ("const", "fine_tuning.job.checkpoint")),
)
