# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FineTuningJobEventLevel`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FineTuningJobEventLevel = Literal["error", "info", "warn"]

FINE_TUNING_JOB_EVENT_LEVEL_VALUES: set[FineTuningJobEventLevel] = {
    "error",
    "info",
    "warn",
}


def check_fine_tuning_job_event_level(value: str) -> FineTuningJobEventLevel:
    """Return `value` as `FineTuningJobEventLevel`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FineTuningJobEventLevel, got {value!r}")
    return cast(FineTuningJobEventLevel, value)
