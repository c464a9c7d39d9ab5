# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CodeInterpreterToolCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CodeInterpreterToolCallStatus = Literal[
    "completed", "failed", "in_progress", "incomplete", "interpreting"
]

CODE_INTERPRETER_TOOL_CALL_STATUS_VALUES: set[CodeInterpreterToolCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "interpreting",
}


def check_code_interpreter_tool_call_status(value: str) -> CodeInterpreterToolCallStatus:
    """Return `value` as `CodeInterpreterToolCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CodeInterpreterToolCallStatus, got {value!r}")
    return cast(CodeInterpreterToolCallStatus, value)
