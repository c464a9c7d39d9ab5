# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuneReinforcementMethod")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "grader",
        "hyperparameters",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class FineTuneReinforcementMethod:
    """Schema `FineTuneReinforcementMethod`.

    Attributes:
        grader (GraderMulti | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity):
        hyperparameters (FineTuneReinforcementHyperparameters | Unset): Schema `FineTuneReinforcementHyperparameters`.
    """

    grader: GraderMulti | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity
    hyperparameters: FineTuneReinforcementHyperparameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grader: dict[str, Any]
        if isinstance(self.grader, GraderStringCheck):
            grader = self.grader.to_dict()
        elif isinstance(self.grader, GraderTextSimilarity):
            grader = self.grader.to_dict()
        elif isinstance(self.grader, GraderPython):
            grader = self.grader.to_dict()
        elif isinstance(self.grader, GraderScoreModel):
            grader = self.grader.to_dict()
        else:
            grader = self.grader.to_dict()

        hyperparameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hyperparameters, Unset):
            hyperparameters = self.hyperparameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grader": grader,
            }
        )
        if hyperparameters is not UNSET:
            field_dict["hyperparameters"] = hyperparameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_grader(
            data: object,
        ) -> (
            GraderMulti | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grader_type_0 = GraderStringCheck.from_dict(data)

                return grader_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grader_type_1 = GraderTextSimilarity.from_dict(data)

                return grader_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grader_type_2 = GraderPython.from_dict(data)

                return grader_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grader_type_3 = GraderScoreModel.from_dict(data)

                return grader_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            grader_type_4 = GraderMulti.from_dict(data)

            return grader_type_4

        grader = _parse_grader(d["grader"])

        _hyperparameters = d.get("hyperparameters", UNSET)
        hyperparameters: FineTuneReinforcementHyperparameters | Unset
        if isinstance(_hyperparameters, Unset):
            hyperparameters = UNSET
        else:
            hyperparameters = FineTuneReinforcementHyperparameters.from_dict(_hyperparameters)

        fine_tune_reinforcement_method = cls(
            grader=grader,
            hyperparameters=hyperparameters,
        )

        fine_tune_reinforcement_method.additional_properties = _extra_fields(d)
        return fine_tune_reinforcement_method

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
from ..models.fine_tune_reinforcement_hyperparameters import FineTuneReinforcementHyperparameters  # noqa: E402
from ..models.grader_multi import GraderMulti  # noqa: E402
from ..models.grader_python import GraderPython  # noqa: E402
from ..models.grader_score_model import GraderScoreModel  # noqa: E402
from ..models.grader_string_check import GraderStringCheck  # noqa: E402
from ..models.grader_text_similarity import GraderTextSimilarity  # noqa: E402
