# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.fine_tuning_job_status import FineTuningJobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuningJob")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "hyperparameters",
        "model",
        "organization_id",
        "result_files",
        "status",
        "training_file",
        "seed",
        "error",
        "fine_tuned_model",
        "finished_at",
        "object",
        "trained_tokens",
        "validation_file",
        "integrations",
        "estimated_finish",
        "method",
        "metadata",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_integrations(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [
                (FineTuningIntegration.from_dict(_i1) if isinstance(_i1, dict) else _i1)
                for _i1 in data
            ]
            if isinstance(data, list)
            else data
        )
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class FineTuningJob(_Model):
    """Schema `FineTuningJob`.

    Attributes:
        id (str):
        created_at (int):
        hyperparameters (FineTuningJobHyperparameters):
        model (str):
        organization_id (str):
        result_files (list[str]):
        status (FineTuningJobStatus): One of: 'validating_files', 'queued', 'running', 'succeeded', 'failed',
            'cancelled' (others kept).
        training_file (str):
        seed (int):
        error (FineTuningJobErrorType0 | None | Unset):
        fine_tuned_model (None | str | Unset):
        finished_at (int | None | Unset):
        object (Literal['fine_tuning.job'] | Unset): Always 'fine_tuning.job'.
        trained_tokens (int | None | Unset):
        validation_file (None | str | Unset):
        integrations (list[FineTuningIntegration] | None | Unset):
        estimated_finish (int | None | Unset):
        method (FineTuneMethod | Unset): Schema `FineTuneMethod`.
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
    """

    id: str
    created_at: int
    hyperparameters: FineTuningJobHyperparameters
    model: str
    organization_id: str
    result_files: list[str]
    status: FineTuningJobStatus
    training_file: str
    seed: int
    error: FineTuningJobErrorType0 | None | Unset = UNSET
    fine_tuned_model: None | str | Unset = UNSET
    finished_at: int | None | Unset = UNSET
    object: Literal["fine_tuning.job"] | Unset = UNSET
    trained_tokens: int | None | Unset = UNSET
    validation_file: None | str | Unset = UNSET
    integrations: list[FineTuningIntegration] | None | Unset = UNSET
    estimated_finish: int | None | Unset = UNSET
    method: FineTuneMethod | Unset = UNSET
    metadata: MetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "created_at",
        "hyperparameters",
        "model",
        "organization_id",
        "result_files",
        "status",
        "training_file",
        "seed",
    )
    _oc_consts = {"object": "fine_tuning.job"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["created_at"] = self.created_at
        field_dict["hyperparameters"] = dump(self.hyperparameters)
        field_dict["model"] = self.model
        field_dict["organization_id"] = self.organization_id
        field_dict["result_files"] = self.result_files
        field_dict["status"] = self.status
        field_dict["training_file"] = self.training_file
        field_dict["seed"] = self.seed
        if self.error is not UNSET:
            field_dict["error"] = dump(self.error)
        if self.fine_tuned_model is not UNSET:
            field_dict["fine_tuned_model"] = self.fine_tuned_model
        if self.finished_at is not UNSET:
            field_dict["finished_at"] = self.finished_at
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.trained_tokens is not UNSET:
            field_dict["trained_tokens"] = self.trained_tokens
        if self.validation_file is not UNSET:
            field_dict["validation_file"] = self.validation_file
        if self.integrations is not UNSET:
            field_dict["integrations"] = dump(self.integrations)
        if self.estimated_finish is not UNSET:
            field_dict["estimated_finish"] = self.estimated_finish
        if self.method is not UNSET:
            field_dict["method"] = dump(self.method)
        if self.metadata is not UNSET:
            field_dict["metadata"] = dump(self.metadata)
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
        _hyperparameters = d.get("hyperparameters")
        hyperparameters = (
            FineTuningJobHyperparameters.from_dict(_hyperparameters)
            if isinstance(_hyperparameters, dict)
            else _hyperparameters
        )
        model = d.get("model")
        organization_id = d.get("organization_id")
        result_files = d.get("result_files")
        status = d.get("status")
        training_file = d.get("training_file")
        seed = d.get("seed")
        _error = d.get("error", UNSET)
        error = FineTuningJobErrorType0.from_dict(_error) if isinstance(_error, dict) else _error
        fine_tuned_model = d.get("fine_tuned_model", UNSET)
        finished_at = d.get("finished_at", UNSET)
        object_ = d.get("object", UNSET)
        trained_tokens = d.get("trained_tokens", UNSET)
        validation_file = d.get("validation_file", UNSET)
        _integrations = d.get("integrations", UNSET)
        integrations = _read_integrations(_integrations)
        estimated_finish = d.get("estimated_finish", UNSET)
        _method = d.get("method", UNSET)
        method = FineTuneMethod.from_dict(_method) if isinstance(_method, dict) else _method
        _metadata = d.get("metadata", UNSET)
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        fine_tuning_job = cls(
            id=id,
            created_at=created_at,
            hyperparameters=hyperparameters,
            model=model,
            organization_id=organization_id,
            result_files=result_files,
            status=status,
            training_file=training_file,
            seed=seed,
            error=error,
            fine_tuned_model=fine_tuned_model,
            finished_at=finished_at,
            object=object_,
            trained_tokens=trained_tokens,
            validation_file=validation_file,
            integrations=integrations,
            estimated_finish=estimated_finish,
            method=method,
            metadata=metadata,
        )
        if (
            id is None
            or created_at is None
            or hyperparameters is None
            or model is None
            or organization_id is None
            or result_files is None
            or status is None
            or training_file is None
            or seed is None
        ):
            fine_tuning_job._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            fine_tuning_job.additional_properties = _extra_fields(d)
        return fine_tuning_job

    @property
    def object_(self) -> Literal["fine_tuning.job"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["fine_tuning.job"] | Unset) -> None:
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
from ..models.fine_tune_method import FineTuneMethod  # noqa: E402
from ..models.fine_tuning_integration import FineTuningIntegration  # noqa: E402
from ..models.fine_tuning_job_error_type_0 import FineTuningJobErrorType0  # noqa: E402
from ..models.fine_tuning_job_hyperparameters import FineTuningJobHyperparameters  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
FineTuningJob._oc_fields = (
    ("id", "id", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("hyperparameters", "hyperparameters", True, FineTuningJobHyperparameters),
    ("model", "model", True, "string"),
    ("organization_id", "organization_id", True, "string"),
    ("result_files", "result_files", True, ("list", "string")),
    (
        "status",
        "status",
        True,
        (
            "enum",
            "FineTuningJobStatus",
            ("cancelled", "failed", "queued", "running", "succeeded", "validating_files"),
        ),
    ),
    ("training_file", "training_file", True, "string"),
    ("seed", "seed", True, "integer"),
    (
        "error",
        "error",
        False,
        (
            "union",
            (
                FineTuningJobErrorType0,
                "null",
            ),
        ),
    ),
    (
        "fine_tuned_model",
        "fine_tuned_model",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "finished_at",
        "finished_at",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    ("object", "object", False, ("const", "fine_tuning.job")),
    (
        "trained_tokens",
        "trained_tokens",
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
        "validation_file",
        "validation_file",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "integrations",
        "integrations",
        False,
        (
            "union",
            (
                ("list", FineTuningIntegration),
                "null",
            ),
        ),
    ),
    (
        "estimated_finish",
        "estimated_finish",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    ("method", "method", False, FineTuneMethod),
    (
        "metadata",
        "metadata",
        False,
        (
            "union",
            (
                MetadataType0,
                "null",
            ),
        ),
    ),
)
