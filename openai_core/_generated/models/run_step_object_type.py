# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RunStepObjectType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RunStepObjectType = Literal["message_creation", "tool_calls"]

RUN_STEP_OBJECT_TYPE_VALUES: set[RunStepObjectType] = {
    "message_creation",
    "tool_calls",
}


def check_run_step_object_type(value: str) -> RunStepObjectType:
    """Return `value` as `RunStepObjectType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RunStepObjectType, got {value!r}")
    return cast(RunStepObjectType, value)
