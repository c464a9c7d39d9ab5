# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `TaskType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

TaskType = Literal["custom", "thought"]

TASK_TYPE_VALUES: set[TaskType] = {
    "custom",
    "thought",
}


def check_task_type(value: str) -> TaskType:
    """Return `value` as `TaskType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for TaskType, got {value!r}")
    return cast(TaskType, value)
