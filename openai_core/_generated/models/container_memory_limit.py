# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ContainerMemoryLimit`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ContainerMemoryLimit = Literal["16g", "1g", "4g", "64g"]

CONTAINER_MEMORY_LIMIT_VALUES: set[ContainerMemoryLimit] = {
    "16g",
    "1g",
    "4g",
    "64g",
}


def check_container_memory_limit(value: str) -> ContainerMemoryLimit:
    """Return `value` as `ContainerMemoryLimit`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ContainerMemoryLimit, got {value!r}")
    return cast(ContainerMemoryLimit, value)
