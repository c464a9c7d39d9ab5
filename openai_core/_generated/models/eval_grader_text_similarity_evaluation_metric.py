# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `EvalGraderTextSimilarityEvaluationMetric`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

EvalGraderTextSimilarityEvaluationMetric = Literal[
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

EVAL_GRADER_TEXT_SIMILARITY_EVALUATION_METRIC_VALUES: set[
    EvalGraderTextSimilarityEvaluationMetric
] = {
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


def check_eval_grader_text_similarity_evaluation_metric(
    value: str,
) -> EvalGraderTextSimilarityEvaluationMetric:
    """Return `value` as `EvalGraderTextSimilarityEvaluationMetric`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for EvalGraderTextSimilarityEvaluationMetric, got {value!r}")
    return cast(EvalGraderTextSimilarityEvaluationMetric, value)
