# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `GraderTextSimilarityEvaluationMetric`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

GraderTextSimilarityEvaluationMetric = Literal[
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
]

GRADER_TEXT_SIMILARITY_EVALUATION_METRIC_VALUES: set[GraderTextSimilarityEvaluationMetric] = {
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
}


def check_grader_text_similarity_evaluation_metric(
    value: str,
) -> GraderTextSimilarityEvaluationMetric:
    """Return `value` as `GraderTextSimilarityEvaluationMetric`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for GraderTextSimilarityEvaluationMetric, got {value!r}")
    return cast(GraderTextSimilarityEvaluationMetric, value)
