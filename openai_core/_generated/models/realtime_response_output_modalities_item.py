# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeResponseOutputModalitiesItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeResponseOutputModalitiesItem = Literal["audio", "text"]

REALTIME_RESPONSE_OUTPUT_MODALITIES_ITEM_VALUES: set[RealtimeResponseOutputModalitiesItem] = {
    "audio",
    "text",
}


def check_realtime_response_output_modalities_item(
    value: str,
) -> RealtimeResponseOutputModalitiesItem:
    """Return `value` as `RealtimeResponseOutputModalitiesItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RealtimeResponseOutputModalitiesItem, got {value!r}")
    return cast(RealtimeResponseOutputModalitiesItem, value)
