# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `WebSearchContextSize`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

WebSearchContextSize = Literal["high", "low", "medium"]

WEB_SEARCH_CONTEXT_SIZE_VALUES: set[WebSearchContextSize] = {
    "high",
    "low",
    "medium",
}


def check_web_search_context_size(value: str) -> WebSearchContextSize:
    """Return `value` as `WebSearchContextSize`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for WebSearchContextSize, got {value!r}")
    return cast(WebSearchContextSize, value)
