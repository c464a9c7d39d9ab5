# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuningJobHyperparameters")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "batch_size",
        "learning_rate_multiplier",
        "n_epochs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class FineTuningJobHyperparameters(_Model):
    """
    Attributes:
        batch_size (int | Literal['auto'] | None | Unset):
        learning_rate_multiplier (float | Literal['auto'] | Unset): Server default: 'auto'. Default: 'auto'.
        n_epochs (int | Literal['auto'] | Unset): Server default: 'auto'. Default: 'auto'.
    """

    batch_size: int | Literal["auto"] | None | Unset = UNSET
    learning_rate_multiplier: float | Literal["auto"] | Unset = "auto"
    n_epochs: int | Literal["auto"] | Unset = "auto"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.batch_size is not UNSET:
            field_dict["batch_size"] = self.batch_size
        if self.learning_rate_multiplier is not UNSET:
            field_dict["learning_rate_multiplier"] = self.learning_rate_multiplier
        if self.n_epochs is not UNSET:
            field_dict["n_epochs"] = self.n_epochs
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        batch_size = d.get("batch_size", UNSET)
        learning_rate_multiplier = d.get("learning_rate_multiplier", UNSET)
        n_epochs = d.get("n_epochs", UNSET)
        fine_tuning_job_hyperparameters = cls(
            batch_size=batch_size,
            learning_rate_multiplier=learning_rate_multiplier,
            n_epochs=n_epochs,
        )
        if not _FIELDS.issuperset(d):
            fine_tuning_job_hyperparameters.additional_properties = _extra_fields(d)
        return fine_tuning_job_hyperparameters

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
FineTuningJobHyperparameters._oc_fields = (
    (
        "batch_size",
        "batch_size",
        False,
        (
            "union",
            (
                ("const", "auto"),
                "integer",
                "null",
            ),
        ),
    ),
    (
        "learning_rate_multiplier",
        "learning_rate_multiplier",
        False,
        (
            "union",
            (
                ("const", "auto"),
                "number",
            ),
        ),
    ),
    (
        "n_epochs",
        "n_epochs",
        False,
        (
            "union",
            (
                ("const", "auto"),
                "integer",
            ),
        ),
    ),
)
