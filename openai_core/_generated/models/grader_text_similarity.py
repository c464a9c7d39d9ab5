# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..models.grader_text_similarity_evaluation_metric import (
    GraderTextSimilarityEvaluationMetric,
)

T = TypeVar("T", bound="GraderTextSimilarity")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "input",
        "reference",
        "evaluation_metric",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class GraderTextSimilarity(_Model):
    """Schema `GraderTextSimilarity`.

    Attributes:
        type (Literal['text_similarity']): Always 'text_similarity'.
        name (str):
        input (str):
        reference (str):
        evaluation_metric (GraderTextSimilarityEvaluationMetric): One of: 'cosine', 'fuzzy_match', 'bleu', 'gleu',
            'meteor', 'rouge_1', 'rouge_2', 'rouge_3', 'rouge_4', 'rouge_5', 'rouge_l' (others kept).
    """

    type: Literal["text_similarity"]
    name: str
    input: str
    reference: str
    evaluation_metric: GraderTextSimilarityEvaluationMetric
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "name",
        "input",
        "reference",
        "evaluation_metric",
    )
    _oc_consts = {"type": "text_similarity"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["name"] = self.name
        field_dict["input"] = self.input
        field_dict["reference"] = self.reference
        field_dict["evaluation_metric"] = self.evaluation_metric
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
        name = d.get("name")
        input_ = d.get("input")
        reference = d.get("reference")
        evaluation_metric = d.get("evaluation_metric")
        grader_text_similarity = cls(
            type=type_,
            name=name,
            input=input_,
            reference=reference,
            evaluation_metric=evaluation_metric,
        )
        if (
            type_ is None
            or name is None
            or input_ is None
            or reference is None
            or evaluation_metric is None
        ):
            grader_text_similarity._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            grader_text_similarity.additional_properties = _extra_fields(d)
        return grader_text_similarity

    @property
    def type_(self) -> Literal["text_similarity"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["text_similarity"]) -> None:
        self.type = value

    @property
    def input_(self) -> str:
        """The `input` field, under its former name."""
        return self.input

    @input_.setter
    def input_(self, value: str) -> None:
        self.input = value

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
GraderTextSimilarity._oc_fields = (
    ("type", "type", True, ("const", "text_similarity")),
    ("name", "name", True, "string"),
    ("input", "input", True, "string"),
    ("reference", "reference", True, "string"),
    (
        "evaluation_metric",
        "evaluation_metric",
        True,
        (
            "enum",
            "GraderTextSimilarityEvaluationMetric",
            (
                "bleu",
                "cosine",
                "fuzzy_match",
                "gleu",
                "meteor",
                "rouge_1",
                "rouge_2",
                "rouge_3",
                "rouge_4",
                "rouge_5",
                "rouge_l",
            ),
        ),
    ),
)
