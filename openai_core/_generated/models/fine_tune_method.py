# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tune_method_type import FineTuneMethodType, check_fine_tune_method_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuneMethod")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "supervised",
        "dpo",
        "reinforcement",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class FineTuneMethod:
    """Schema `FineTuneMethod`.

    Attributes:
        type_ (FineTuneMethodType): One of: 'supervised', 'dpo', 'reinforcement' (others kept).
        supervised (FineTuneSupervisedMethod | Unset): Schema `FineTuneSupervisedMethod`.
        dpo (FineTuneDPOMethod | Unset): Schema `FineTuneDPOMethod`.
        reinforcement (FineTuneReinforcementMethod | Unset): Schema `FineTuneReinforcementMethod`.
    """

    type_: FineTuneMethodType
    supervised: FineTuneSupervisedMethod | Unset = UNSET
    dpo: FineTuneDPOMethod | Unset = UNSET
    reinforcement: FineTuneReinforcementMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        supervised: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supervised, Unset):
            supervised = self.supervised.to_dict()

        dpo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dpo, Unset):
            dpo = self.dpo.to_dict()

        reinforcement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reinforcement, Unset):
            reinforcement = self.reinforcement.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if supervised is not UNSET:
            field_dict["supervised"] = supervised
        if dpo is not UNSET:
            field_dict["dpo"] = dpo
        if reinforcement is not UNSET:
            field_dict["reinforcement"] = reinforcement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = check_fine_tune_method_type(d["type"])

        _supervised = d.get("supervised", UNSET)
        supervised: FineTuneSupervisedMethod | Unset
        if isinstance(_supervised, Unset):
            supervised = UNSET
        else:
            supervised = FineTuneSupervisedMethod.from_dict(_supervised)

        _dpo = d.get("dpo", UNSET)
        dpo: FineTuneDPOMethod | Unset
        if isinstance(_dpo, Unset):
            dpo = UNSET
        else:
            dpo = FineTuneDPOMethod.from_dict(_dpo)

        _reinforcement = d.get("reinforcement", UNSET)
        reinforcement: FineTuneReinforcementMethod | Unset
        if isinstance(_reinforcement, Unset):
            reinforcement = UNSET
        else:
            reinforcement = FineTuneReinforcementMethod.from_dict(_reinforcement)

        fine_tune_method = cls(
            type_=type_,
            supervised=supervised,
            dpo=dpo,
            reinforcement=reinforcement,
        )

        fine_tune_method.additional_properties = _extra_fields(d)
        return fine_tune_method

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
