# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `VectorStoreSearchRequestRankingOptionsRanker`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

VectorStoreSearchRequestRankingOptionsRanker = Literal["auto", "default-2024-11-15", "none"]

VECTOR_STORE_SEARCH_REQUEST_RANKING_OPTIONS_RANKER_VALUES: set[
    VectorStoreSearchRequestRankingOptionsRanker
] = {
    "auto",
    "default-2024-11-15",
    "none",
}


def check_vector_store_search_request_ranking_options_ranker(
    value: str,
) -> VectorStoreSearchRequestRankingOptionsRanker:
    """Return `value` as `VectorStoreSearchRequestRankingOptionsRanker`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for VectorStoreSearchRequestRankingOptionsRanker, got {value!r}"
        )
    return cast(VectorStoreSearchRequestRankingOptionsRanker, value)
