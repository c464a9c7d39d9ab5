# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalRunOutputItemResult")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "score",
        "passed",
        "type",
        "sample",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class EvalRunOutputItemResult:
    """Schema `EvalRunOutputItemResult`.

    Attributes:
        name (str):
        score (float):
        passed (bool):
        type_ (str | Unset):
        sample (EvalRunOutputItemResultSampleType0 | None | Unset):
    """

    name: str
    score: float
    passed: bool
    type_: str | Unset = UNSET
    sample: EvalRunOutputItemResultSampleType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        score = self.score

        passed = self.passed

        type_ = self.type_

        sample: dict[str, Any] | None | Unset
        if isinstance(self.sample, Unset):
            sample = UNSET
        elif isinstance(self.sample, EvalRunOutputItemResultSampleType0):
            sample = self.sample.to_dict()
        else:
            sample = self.sample

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "score": score,
                "passed": passed,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sample is not UNSET:
            field_dict["sample"] = sample

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        score = d["score"]

        passed = d["passed"]

        type_ = d.get("type", UNSET)

        def _parse_sample(data: object) -> EvalRunOutputItemResultSampleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sample_type_0 = EvalRunOutputItemResultSampleType0.from_dict(data)

                return sample_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("EvalRunOutputItemResultSampleType0 | None | Unset", data)

        sample = _parse_sample(d.get("sample", UNSET))

        eval_run_output_item_result = cls(
            name=name,
            score=score,
            passed=passed,
            type_=type_,
            sample=sample,
        )

        eval_run_output_item_result.additional_properties = _extra_fields(d)
        return eval_run_output_item_result

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
from ..models.eval_run_output_item_result_sample_type_0 import EvalRunOutputItemResultSampleType0  # noqa: E402
