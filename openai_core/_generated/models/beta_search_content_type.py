# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaSearchContentType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaSearchContentType = Literal["image", "text"]

BETA_SEARCH_CONTENT_TYPE_VALUES: set[BetaSearchContentType] = {
    "image",
    "text",
}


def check_beta_search_content_type(value: str) -> BetaSearchContentType:
    """Return `value` as `BetaSearchContentType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaSearchContentType, got {value!r}")
    return cast(BetaSearchContentType, value)
