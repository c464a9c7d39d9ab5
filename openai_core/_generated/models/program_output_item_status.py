# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ProgramOutputItemStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ProgramOutputItemStatus = Literal["completed", "incomplete"]

PROGRAM_OUTPUT_ITEM_STATUS_VALUES: set[ProgramOutputItemStatus] = {
    "completed",
    "incomplete",
}


def check_program_output_item_status(value: str) -> ProgramOutputItemStatus:
    """Return `value` as `ProgramOutputItemStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ProgramOutputItemStatus, got {value!r}")
    return cast(ProgramOutputItemStatus, value)
