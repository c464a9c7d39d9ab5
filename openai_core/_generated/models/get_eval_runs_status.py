# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `GetEvalRunsStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

GetEvalRunsStatus = Literal["canceled", "completed", "failed", "in_progress", "queued"]

GET_EVAL_RUNS_STATUS_VALUES: set[GetEvalRunsStatus] = {
    "canceled",
    "completed",
    "failed",
    "in_progress",
    "queued",
}


def check_get_eval_runs_status(value: str) -> GetEvalRunsStatus:
    """Return `value` as `GetEvalRunsStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for GetEvalRunsStatus, got {value!r}")
    return cast(GetEvalRunsStatus, value)
