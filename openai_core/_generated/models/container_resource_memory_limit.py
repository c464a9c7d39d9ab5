# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ContainerResourceMemoryLimit`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ContainerResourceMemoryLimit = Literal["16g", "1g", "4g", "64g"]

CONTAINER_RESOURCE_MEMORY_LIMIT_VALUES: set[ContainerResourceMemoryLimit] = {
    "16g",
    "1g",
    "4g",
    "64g",
}


def check_container_resource_memory_limit(value: str) -> ContainerResourceMemoryLimit:
    """Return `value` as `ContainerResourceMemoryLimit`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ContainerResourceMemoryLimit, got {value!r}")
    return cast(ContainerResourceMemoryLimit, value)
