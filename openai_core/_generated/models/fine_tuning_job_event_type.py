# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FineTuningJobEventType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FineTuningJobEventType = Literal["message", "metrics"]

FINE_TUNING_JOB_EVENT_TYPE_VALUES: set[FineTuningJobEventType] = {
    "message",
    "metrics",
}


def check_fine_tuning_job_event_type(value: str) -> FineTuningJobEventType:
    """Return `value` as `FineTuningJobEventType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FineTuningJobEventType, got {value!r}")
    return cast(FineTuningJobEventType, value)
