# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ProgramOutputStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ProgramOutputStatus = Literal["completed", "incomplete"]

PROGRAM_OUTPUT_STATUS_VALUES: set[ProgramOutputStatus] = {
    "completed",
    "incomplete",
}


def check_program_output_status(value: str) -> ProgramOutputStatus:
    """Return `value` as `ProgramOutputStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ProgramOutputStatus, got {value!r}")
    return cast(ProgramOutputStatus, value)
