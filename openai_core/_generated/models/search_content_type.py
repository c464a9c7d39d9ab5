# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `SearchContentType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

SearchContentType = Literal["image", "text"]

SEARCH_CONTENT_TYPE_VALUES: set[SearchContentType] = {
    "image",
    "text",
}


def check_search_content_type(value: str) -> SearchContentType:
    """Return `value` as `SearchContentType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for SearchContentType, got {value!r}")
    return cast(SearchContentType, value)
