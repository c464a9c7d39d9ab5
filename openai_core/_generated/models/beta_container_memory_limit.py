# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaContainerMemoryLimit`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaContainerMemoryLimit = Literal["16g", "1g", "4g", "64g"]

BETA_CONTAINER_MEMORY_LIMIT_VALUES: set[BetaContainerMemoryLimit] = {
    "16g",
    "1g",
    "4g",
    "64g",
}


def check_beta_container_memory_limit(value: str) -> BetaContainerMemoryLimit:
    """Return `value` as `BetaContainerMemoryLimit`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaContainerMemoryLimit, got {value!r}")
    return cast(BetaContainerMemoryLimit, value)
