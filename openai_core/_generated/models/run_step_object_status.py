# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RunStepObjectStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RunStepObjectStatus = Literal["cancelled", "completed", "expired", "failed", "in_progress"]

RUN_STEP_OBJECT_STATUS_VALUES: set[RunStepObjectStatus] = {
    "cancelled",
    "completed",
    "expired",
    "failed",
    "in_progress",
}


def check_run_step_object_status(value: str) -> RunStepObjectStatus:
    """Return `value` as `RunStepObjectStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RunStepObjectStatus, got {value!r}")
    return cast(RunStepObjectStatus, value)
