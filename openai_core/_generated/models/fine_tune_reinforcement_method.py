# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuneReinforcementMethod")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "grader",
        "hyperparameters",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_grader(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "string_check":
            return GraderStringCheck.from_dict(data)
        if tag == "text_similarity":
            return GraderTextSimilarity.from_dict(data)
        if tag == "python":
            return GraderPython.from_dict(data)
        if tag == "score_model":
            return GraderScoreModel.from_dict(data)
        if tag == "multi":
            return GraderMulti.from_dict(data)
        return _choose_grader(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class FineTuneReinforcementMethod(_Model):
    """Schema `FineTuneReinforcementMethod`.

    Attributes:
        grader (GraderMulti | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity):
        hyperparameters (FineTuneReinforcementHyperparameters | Unset): Schema `FineTuneReinforcementHyperparameters`.
    """

    grader: GraderMulti | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity
    hyperparameters: FineTuneReinforcementHyperparameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("grader",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["grader"] = dump(self.grader)
        if self.hyperparameters is not UNSET:
            field_dict["hyperparameters"] = dump(self.hyperparameters)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _grader = d.get("grader")
        grader = _read_grader(_grader)
        _hyperparameters = d.get("hyperparameters", UNSET)
        hyperparameters = (
            FineTuneReinforcementHyperparameters.from_dict(_hyperparameters)
            if isinstance(_hyperparameters, dict)
            else _hyperparameters
        )
        fine_tune_reinforcement_method = cls(
            grader=grader,
            hyperparameters=hyperparameters,
        )
        if grader is None:
            fine_tune_reinforcement_method._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
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

_choose_grader = ModelChoice(
    GraderStringCheck, GraderTextSimilarity, GraderPython, GraderScoreModel, GraderMulti
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
FineTuneReinforcementMethod._oc_fields = (
    (
        "grader",
        "grader",
        True,
        (
            "union",
            (
                GraderStringCheck,
                GraderTextSimilarity,
                GraderPython,
                GraderScoreModel,
                GraderMulti,
            ),
        ),
    ),
    ("hyperparameters", "hyperparameters", False, FineTuneReinforcementHyperparameters),
)
