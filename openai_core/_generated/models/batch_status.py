# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BatchStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BatchStatus = Literal[
    "cancelled",
    "cancelling",
    "completed",
    "expired",
    "failed",
    "finalizing",
    "in_progress",
    "validating",
]

BATCH_STATUS_VALUES: set[BatchStatus] = {
    "cancelled",
    "cancelling",
    "completed",
    "expired",
    "failed",
    "finalizing",
    "in_progress",
    "validating",
}


def check_batch_status(value: str) -> BatchStatus:
    """Return `value` as `BatchStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BatchStatus, got {value!r}")
    return cast(BatchStatus, value)
