# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuningJobCheckpoint")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class FineTuningJobCheckpoint:
    """Schema `FineTuningJobCheckpoint`.

    Attributes:
        id (str):
        created_at (int):
        fine_tuned_model_checkpoint (str):
        step_number (int):
        metrics (FineTuningJobCheckpointMetrics):
        fine_tuning_job_id (str):
        object_ (Literal['fine_tuning.job.checkpoint'] | Unset): Always 'fine_tuning.job.checkpoint'.
    """

    id: str
    created_at: int
    fine_tuned_model_checkpoint: str
    step_number: int
    metrics: FineTuningJobCheckpointMetrics
    fine_tuning_job_id: str
    object_: Literal["fine_tuning.job.checkpoint"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        fine_tuned_model_checkpoint = self.fine_tuned_model_checkpoint

        step_number = self.step_number

        metrics = self.metrics.to_dict()

        fine_tuning_job_id = self.fine_tuning_job_id

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "fine_tuned_model_checkpoint": fine_tuned_model_checkpoint,
                "step_number": step_number,
                "metrics": metrics,
                "fine_tuning_job_id": fine_tuning_job_id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = d["created_at"]

        fine_tuned_model_checkpoint = d["fine_tuned_model_checkpoint"]

        step_number = d["step_number"]

        metrics = FineTuningJobCheckpointMetrics.from_dict(d["metrics"])

        fine_tuning_job_id = d["fine_tuning_job_id"]

        object_ = cast("Literal['fine_tuning.job.checkpoint'] | Unset", d.get("object", UNSET))
        if object_ != "fine_tuning.job.checkpoint" and not isinstance(object_, Unset):
            raise ValueError(
                f"object must match const 'fine_tuning.job.checkpoint', got '{object_}'"
            )

        fine_tuning_job_checkpoint = cls(
            id=id,
            created_at=created_at,
            fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            step_number=step_number,
            metrics=metrics,
            fine_tuning_job_id=fine_tuning_job_id,
            object_=object_,
        )

        fine_tuning_job_checkpoint.additional_properties = _extra_fields(d)
        return fine_tuning_job_checkpoint

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
