# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuneSupervisedMethod")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "hyperparameters",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class FineTuneSupervisedMethod(_Model):
    """Schema `FineTuneSupervisedMethod`.

    Attributes:
        hyperparameters (FineTuneSupervisedHyperparameters | Unset): Schema `FineTuneSupervisedHyperparameters`.
    """

    hyperparameters: FineTuneSupervisedHyperparameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.hyperparameters is not UNSET:
            field_dict["hyperparameters"] = dump(self.hyperparameters)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _hyperparameters = d.get("hyperparameters", UNSET)
        hyperparameters = (
            FineTuneSupervisedHyperparameters.from_dict(_hyperparameters)
            if isinstance(_hyperparameters, dict)
            else _hyperparameters
        )
        fine_tune_supervised_method = cls(
            hyperparameters=hyperparameters,
        )
        if not _FIELDS.issuperset(d):
            fine_tune_supervised_method.additional_properties = _extra_fields(d)
        return fine_tune_supervised_method

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
from ..models.fine_tune_supervised_hyperparameters import FineTuneSupervisedHyperparameters  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
FineTuneSupervisedMethod._oc_fields = (
    ("hyperparameters", "hyperparameters", False, FineTuneSupervisedHyperparameters),
)
