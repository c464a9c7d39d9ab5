# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaSearchContextSize`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaSearchContextSize = Literal["high", "low", "medium"]

BETA_SEARCH_CONTEXT_SIZE_VALUES: set[BetaSearchContextSize] = {
    "high",
    "low",
    "medium",
}


def check_beta_search_context_size(value: str) -> BetaSearchContextSize:
    """Return `value` as `BetaSearchContextSize`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaSearchContextSize, got {value!r}")
    return cast(BetaSearchContextSize, value)
