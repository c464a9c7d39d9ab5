# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tuning_job_status import FineTuningJobStatus, check_fine_tuning_job_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuningJob")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class FineTuningJob:
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
        object_ (Literal['fine_tuning.job'] | Unset): Always 'fine_tuning.job'.
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
    object_: Literal["fine_tuning.job"] | Unset = UNSET
    trained_tokens: int | None | Unset = UNSET
    validation_file: None | str | Unset = UNSET
    integrations: list[FineTuningIntegration] | None | Unset = UNSET
    estimated_finish: int | None | Unset = UNSET
    method: FineTuneMethod | Unset = UNSET
    metadata: MetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        hyperparameters = self.hyperparameters.to_dict()

        model = self.model

        organization_id = self.organization_id

        result_files = self.result_files

        status: str = self.status

        training_file = self.training_file

        seed = self.seed

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, FineTuningJobErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        fine_tuned_model: None | str | Unset
        if isinstance(self.fine_tuned_model, Unset):
            fine_tuned_model = UNSET
        else:
            fine_tuned_model = self.fine_tuned_model

        finished_at: int | None | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = self.finished_at

        object_ = self.object_

        trained_tokens: int | None | Unset
        if isinstance(self.trained_tokens, Unset):
            trained_tokens = UNSET
        else:
            trained_tokens = self.trained_tokens

        validation_file: None | str | Unset
        if isinstance(self.validation_file, Unset):
            validation_file = UNSET
        else:
            validation_file = self.validation_file

        integrations: list[dict[str, Any]] | None | Unset
        if isinstance(self.integrations, Unset):
            integrations = UNSET
        elif isinstance(self.integrations, list):
            integrations = []
            for integrations_type_0_item_data in self.integrations:
                integrations_type_0_item = integrations_type_0_item_data.to_dict()
                integrations.append(integrations_type_0_item)

        else:
            integrations = self.integrations

        estimated_finish: int | None | Unset
        if isinstance(self.estimated_finish, Unset):
            estimated_finish = UNSET
        else:
            estimated_finish = self.estimated_finish

        method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.to_dict()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "hyperparameters": hyperparameters,
                "model": model,
                "organization_id": organization_id,
                "result_files": result_files,
                "status": status,
                "training_file": training_file,
                "seed": seed,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if fine_tuned_model is not UNSET:
            field_dict["fine_tuned_model"] = fine_tuned_model
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if object_ is not UNSET:
            field_dict["object"] = object_
        if trained_tokens is not UNSET:
            field_dict["trained_tokens"] = trained_tokens
        if validation_file is not UNSET:
            field_dict["validation_file"] = validation_file
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if estimated_finish is not UNSET:
            field_dict["estimated_finish"] = estimated_finish
        if method is not UNSET:
            field_dict["method"] = method
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = d["created_at"]

        hyperparameters = FineTuningJobHyperparameters.from_dict(d["hyperparameters"])

        model = d["model"]

        organization_id = d["organization_id"]

        result_files = cast("list[str]", d["result_files"])

        status = check_fine_tuning_job_status(d["status"])

        training_file = d["training_file"]

        seed = d["seed"]

        def _parse_error(data: object) -> FineTuningJobErrorType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = FineTuningJobErrorType0.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("FineTuningJobErrorType0 | None | Unset", data)

        error = _parse_error(d.get("error", UNSET))

        def _parse_fine_tuned_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        fine_tuned_model = _parse_fine_tuned_model(d.get("fine_tuned_model", UNSET))

        def _parse_finished_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        finished_at = _parse_finished_at(d.get("finished_at", UNSET))

        object_ = cast("Literal['fine_tuning.job'] | Unset", d.get("object", UNSET))
        if object_ != "fine_tuning.job" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'fine_tuning.job', got '{object_}'")

        def _parse_trained_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        trained_tokens = _parse_trained_tokens(d.get("trained_tokens", UNSET))

        def _parse_validation_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        validation_file = _parse_validation_file(d.get("validation_file", UNSET))

        def _parse_integrations(data: object) -> list[FineTuningIntegration] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                integrations_type_0 = []
                _integrations_type_0 = data
                for integrations_type_0_item_data in _integrations_type_0:
                    integrations_type_0_item = FineTuningIntegration.from_dict(
                        integrations_type_0_item_data
                    )

                    integrations_type_0.append(integrations_type_0_item)

                return integrations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[FineTuningIntegration] | None | Unset", data)

        integrations = _parse_integrations(d.get("integrations", UNSET))

        def _parse_estimated_finish(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        estimated_finish = _parse_estimated_finish(d.get("estimated_finish", UNSET))

        _method = d.get("method", UNSET)
        method: FineTuneMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = FineTuneMethod.from_dict(_method)

        def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                return componentsschemas_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MetadataType0 | None | Unset", data)

        metadata = _parse_metadata(d.get("metadata", UNSET))

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
            object_=object_,
            trained_tokens=trained_tokens,
            validation_file=validation_file,
            integrations=integrations,
            estimated_finish=estimated_finish,
            method=method,
            metadata=metadata,
        )

        fine_tuning_job.additional_properties = _extra_fields(d)
        return fine_tuning_job

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
