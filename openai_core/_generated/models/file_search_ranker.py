# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FileSearchRanker`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FileSearchRanker = Literal["auto", "default_2024_08_21"]

FILE_SEARCH_RANKER_VALUES: set[FileSearchRanker] = {
    "auto",
    "default_2024_08_21",
}


def check_file_search_ranker(value: str) -> FileSearchRanker:
    """Return `value` as `FileSearchRanker`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FileSearchRanker, got {value!r}")
    return cast(FileSearchRanker, value)
