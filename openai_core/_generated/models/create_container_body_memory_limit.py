# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateContainerBodyMemoryLimit`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateContainerBodyMemoryLimit = Literal["16g", "1g", "4g", "64g"]

CREATE_CONTAINER_BODY_MEMORY_LIMIT_VALUES: set[CreateContainerBodyMemoryLimit] = {
    "16g",
    "1g",
    "4g",
    "64g",
}


def check_create_container_body_memory_limit(value: str) -> CreateContainerBodyMemoryLimit:
    """Return `value` as `CreateContainerBodyMemoryLimit`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateContainerBodyMemoryLimit, got {value!r}")
    return cast(CreateContainerBodyMemoryLimit, value)
