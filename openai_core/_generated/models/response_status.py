# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ResponseStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ResponseStatus = Literal["cancelled", "completed", "failed", "in_progress", "incomplete", "queued"]

RESPONSE_STATUS_VALUES: set[ResponseStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "queued",
}


def check_response_status(value: str) -> ResponseStatus:
    """Return `value` as `ResponseStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ResponseStatus, got {value!r}")
    return cast(ResponseStatus, value)
