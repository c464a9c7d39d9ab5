# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `SearchContextSize`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

SearchContextSize = Literal["high", "low", "medium"]

SEARCH_CONTEXT_SIZE_VALUES: set[SearchContextSize] = {
    "high",
    "low",
    "medium",
}


def check_search_context_size(value: str) -> SearchContextSize:
    """Return `value` as `SearchContextSize`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for SearchContextSize, got {value!r}")
    return cast(SearchContextSize, value)
