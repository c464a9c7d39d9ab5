# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ComputerCallOutputStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ComputerCallOutputStatus = Literal["completed", "failed", "incomplete"]

COMPUTER_CALL_OUTPUT_STATUS_VALUES: set[ComputerCallOutputStatus] = {
    "completed",
    "failed",
    "incomplete",
}


def check_computer_call_output_status(value: str) -> ComputerCallOutputStatus:
    """Return `value` as `ComputerCallOutputStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ComputerCallOutputStatus, got {value!r}")
    return cast(ComputerCallOutputStatus, value)
