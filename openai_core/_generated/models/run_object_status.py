# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RunObjectStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RunObjectStatus = Literal[
    "cancelled",
    "cancelling",
    "completed",
    "expired",
    "failed",
    "in_progress",
    "incomplete",
    "queued",
    "requires_action",
]

RUN_OBJECT_STATUS_VALUES: set[RunObjectStatus] = {
    "cancelled",
    "cancelling",
    "completed",
    "expired",
    "failed",
    "in_progress",
    "incomplete",
    "queued",
    "requires_action",
}


def check_run_object_status(value: str) -> RunObjectStatus:
    """Return `value` as `RunObjectStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RunObjectStatus, got {value!r}")
    return cast(RunObjectStatus, value)
