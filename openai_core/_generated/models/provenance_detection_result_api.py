# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ProvenanceDetectionResultApi`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ProvenanceDetectionResultApi = Literal["detected", "not_detected"]

PROVENANCE_DETECTION_RESULT_API_VALUES: set[ProvenanceDetectionResultApi] = {
    "detected",
    "not_detected",
}


def check_provenance_detection_result_api(value: str) -> ProvenanceDetectionResultApi:
    """Return `value` as `ProvenanceDetectionResultApi`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ProvenanceDetectionResultApi, got {value!r}")
    return cast(ProvenanceDetectionResultApi, value)
