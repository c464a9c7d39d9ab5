# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.fine_tune_method_type import FineTuneMethodType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuneMethod")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "supervised",
        "dpo",
        "reinforcement",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class FineTuneMethod(_Model):
    """Schema `FineTuneMethod`.

    Attributes:
        type (FineTuneMethodType): One of: 'supervised', 'dpo', 'reinforcement' (others kept).
        supervised (FineTuneSupervisedMethod | Unset): Schema `FineTuneSupervisedMethod`.
        dpo (FineTuneDPOMethod | Unset): Schema `FineTuneDPOMethod`.
        reinforcement (FineTuneReinforcementMethod | Unset): Schema `FineTuneReinforcementMethod`.
    """

    type: FineTuneMethodType
    supervised: FineTuneSupervisedMethod | Unset = UNSET
    dpo: FineTuneDPOMethod | Unset = UNSET
    reinforcement: FineTuneReinforcementMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("type",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        if self.supervised is not UNSET:
            field_dict["supervised"] = dump(self.supervised)
        if self.dpo is not UNSET:
            field_dict["dpo"] = dump(self.dpo)
        if self.reinforcement is not UNSET:
            field_dict["reinforcement"] = dump(self.reinforcement)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        _supervised = d.get("supervised", UNSET)
        supervised = (
            FineTuneSupervisedMethod.from_dict(_supervised)
            if isinstance(_supervised, dict)
            else _supervised
        )
        _dpo = d.get("dpo", UNSET)
        dpo = FineTuneDPOMethod.from_dict(_dpo) if isinstance(_dpo, dict) else _dpo
        _reinforcement = d.get("reinforcement", UNSET)
        reinforcement = (
            FineTuneReinforcementMethod.from_dict(_reinforcement)
            if isinstance(_reinforcement, dict)
            else _reinforcement
        )
        fine_tune_method = cls(
            type=type_,
            supervised=supervised,
            dpo=dpo,
            reinforcement=reinforcement,
        )
        if type_ is None:
            fine_tune_method._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            fine_tune_method.additional_properties = _extra_fields(d)
        return fine_tune_method

    @property
    def type_(self) -> FineTuneMethodType:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: FineTuneMethodType) -> None:
        self.type = value

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
from ..models.fine_tune_dpo_method import FineTuneDPOMethod  # noqa: E402
from ..models.fine_tune_reinforcement_method import FineTuneReinforcementMethod  # noqa: E402
from ..models.fine_tune_supervised_method import FineTuneSupervisedMethod  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
FineTuneMethod._oc_fields = (
    ("type", "type", True, ("enum", "FineTuneMethodType", ("dpo", "reinforcement", "supervised"))),
    ("supervised", "supervised", False, FineTuneSupervisedMethod),
    ("dpo", "dpo", False, FineTuneDPOMethod),
    ("reinforcement", "reinforcement", False, FineTuneReinforcementMethod),
)
