# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eval_grader_text_similarity_evaluation_metric import (
    EvalGraderTextSimilarityEvaluationMetric,
    check_eval_grader_text_similarity_evaluation_metric,
)

T = TypeVar("T", bound="EvalGraderTextSimilarity")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "input",
        "reference",
        "evaluation_metric",
        "pass_threshold",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class EvalGraderTextSimilarity:
    """Schema `EvalGraderTextSimilarity`.

    Attributes:
        type_ (Literal['text_similarity']): Always 'text_similarity'.
        name (str):
        input_ (str):
        reference (str):
        evaluation_metric (EvalGraderTextSimilarityEvaluationMetric): One of: 'cosine', 'fuzzy_match', 'bleu', 'gleu',
            'meteor', 'rouge_1', 'rouge_2', 'rouge_3', 'rouge_4', 'rouge_5', 'rouge_l' (others kept).
        pass_threshold (float):
    """

    type_: Literal["text_similarity"]
    name: str
    input_: str
    reference: str
    evaluation_metric: EvalGraderTextSimilarityEvaluationMetric
    pass_threshold: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        input_ = self.input_

        reference = self.reference

        evaluation_metric: str = self.evaluation_metric

        pass_threshold = self.pass_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "input": input_,
                "reference": reference,
                "evaluation_metric": evaluation_metric,
                "pass_threshold": pass_threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['text_similarity']", d["type"])
        if type_ != "text_similarity":
            raise ValueError(f"type must match const 'text_similarity', got '{type_}'")

        name = d["name"]

        input_ = d["input"]

        reference = d["reference"]

        evaluation_metric = check_eval_grader_text_similarity_evaluation_metric(
            d["evaluation_metric"]
        )

        pass_threshold = d["pass_threshold"]

        eval_grader_text_similarity = cls(
            type_=type_,
            name=name,
            input_=input_,
            reference=reference,
            evaluation_metric=evaluation_metric,
            pass_threshold=pass_threshold,
        )

        eval_grader_text_similarity.additional_properties = _extra_fields(d)
        return eval_grader_text_similarity

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
