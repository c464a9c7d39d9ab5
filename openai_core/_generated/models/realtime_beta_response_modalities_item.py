# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeBetaResponseModalitiesItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeBetaResponseModalitiesItem = Literal["audio", "text"]

REALTIME_BETA_RESPONSE_MODALITIES_ITEM_VALUES: set[RealtimeBetaResponseModalitiesItem] = {
    "audio",
    "text",
}


def check_realtime_beta_response_modalities_item(value: str) -> RealtimeBetaResponseModalitiesItem:
    """Return `value` as `RealtimeBetaResponseModalitiesItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RealtimeBetaResponseModalitiesItem, got {value!r}")
    return cast(RealtimeBetaResponseModalitiesItem, value)
