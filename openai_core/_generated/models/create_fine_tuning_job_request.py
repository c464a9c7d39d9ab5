# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFineTuningJobRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "model",
        "training_file",
        "hyperparameters",
        "suffix",
        "validation_file",
        "integrations",
        "seed",
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
                (
                    CreateFineTuningJobRequestIntegrationsType0Item.from_dict(_i1)
                    if isinstance(_i1, dict)
                    else _i1
                )
                for _i1 in data
            ]
            if isinstance(data, list)
            else data
        )
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateFineTuningJobRequest(_Model):
    """Schema `CreateFineTuningJobRequest`.

    Attributes:
        model (str):
        training_file (str):
        hyperparameters (CreateFineTuningJobRequestHyperparameters | Unset): Deprecated.
        suffix (None | str | Unset): Length 1..64. Server default: None.
        validation_file (None | str | Unset):
        integrations (list[CreateFineTuningJobRequestIntegrationsType0Item] | None | Unset):
        seed (int | None | Unset): Range 0..2147483647.
        method (FineTuneMethod | Unset): Schema `FineTuneMethod`.
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
    """

    model: str
    training_file: str
    hyperparameters: CreateFineTuningJobRequestHyperparameters | Unset = UNSET
    suffix: None | str | Unset = UNSET
    validation_file: None | str | Unset = UNSET
    integrations: list[CreateFineTuningJobRequestIntegrationsType0Item] | None | Unset = UNSET
    seed: int | None | Unset = UNSET
    method: FineTuneMethod | Unset = UNSET
    metadata: MetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "model",
        "training_file",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["model"] = self.model
        field_dict["training_file"] = self.training_file
        if self.hyperparameters is not UNSET:
            field_dict["hyperparameters"] = dump(self.hyperparameters)
        if self.suffix is not UNSET:
            field_dict["suffix"] = self.suffix
        if self.validation_file is not UNSET:
            field_dict["validation_file"] = self.validation_file
        if self.integrations is not UNSET:
            field_dict["integrations"] = dump(self.integrations)
        if self.seed is not UNSET:
            field_dict["seed"] = self.seed
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
        model = d.get("model")
        training_file = d.get("training_file")
        _hyperparameters = d.get("hyperparameters", UNSET)
        hyperparameters = (
            CreateFineTuningJobRequestHyperparameters.from_dict(_hyperparameters)
            if isinstance(_hyperparameters, dict)
            else _hyperparameters
        )
        suffix = d.get("suffix", UNSET)
        validation_file = d.get("validation_file", UNSET)
        _integrations = d.get("integrations", UNSET)
        integrations = _read_integrations(_integrations)
        seed = d.get("seed", UNSET)
        _method = d.get("method", UNSET)
        method = FineTuneMethod.from_dict(_method) if isinstance(_method, dict) else _method
        _metadata = d.get("metadata", UNSET)
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        create_fine_tuning_job_request = cls(
            model=model,
            training_file=training_file,
            hyperparameters=hyperparameters,
            suffix=suffix,
            validation_file=validation_file,
            integrations=integrations,
            seed=seed,
            method=method,
            metadata=metadata,
        )
        if model is None or training_file is None:
            create_fine_tuning_job_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_fine_tuning_job_request.additional_properties = _extra_fields(d)
        return create_fine_tuning_job_request

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
from ..models.create_fine_tuning_job_request_hyperparameters import (
    CreateFineTuningJobRequestHyperparameters,  # noqa: E402
)
from ..models.create_fine_tuning_job_request_integrations_type_0_item import (
    CreateFineTuningJobRequestIntegrationsType0Item,  # noqa: E402
)
from ..models.fine_tune_method import FineTuneMethod  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateFineTuningJobRequest._oc_fields = (
    ("model", "model", True, "string"),
    ("training_file", "training_file", True, "string"),
    ("hyperparameters", "hyperparameters", False, CreateFineTuningJobRequestHyperparameters),
    (
        "suffix",
        "suffix",
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
                ("list", CreateFineTuningJobRequestIntegrationsType0Item),
                "null",
            ),
        ),
    ),
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
