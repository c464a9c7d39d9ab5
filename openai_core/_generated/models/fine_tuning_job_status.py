# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FineTuningJobStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FineTuningJobStatus = Literal[
    "cancelled", "failed", "queued", "running", "succeeded", "validating_files"
]

FINE_TUNING_JOB_STATUS_VALUES: set[FineTuningJobStatus] = {
    "cancelled",
    "failed",
    "queued",
    "running",
    "succeeded",
    "validating_files",
}


def check_fine_tuning_job_status(value: str) -> FineTuningJobStatus:
    """Return `value` as `FineTuningJobStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FineTuningJobStatus, got {value!r}")
    return cast(FineTuningJobStatus, value)
