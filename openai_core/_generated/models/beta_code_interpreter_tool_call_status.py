# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaCodeInterpreterToolCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaCodeInterpreterToolCallStatus = Literal[
    "completed", "failed", "in_progress", "incomplete", "interpreting"
]

BETA_CODE_INTERPRETER_TOOL_CALL_STATUS_VALUES: set[BetaCodeInterpreterToolCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "interpreting",
}


def check_beta_code_interpreter_tool_call_status(value: str) -> BetaCodeInterpreterToolCallStatus:
    """Return `value` as `BetaCodeInterpreterToolCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaCodeInterpreterToolCallStatus, got {value!r}")
    return cast(BetaCodeInterpreterToolCallStatus, value)
