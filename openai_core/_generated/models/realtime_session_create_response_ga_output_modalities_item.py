# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeSessionCreateResponseGAOutputModalitiesItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeSessionCreateResponseGAOutputModalitiesItem = Literal["audio", "text"]

REALTIME_SESSION_CREATE_RESPONSE_GA_OUTPUT_MODALITIES_ITEM_VALUES: set[
    RealtimeSessionCreateResponseGAOutputModalitiesItem
] = {
    "audio",
    "text",
}


def check_realtime_session_create_response_ga_output_modalities_item(
    value: str,
) -> RealtimeSessionCreateResponseGAOutputModalitiesItem:
    """Return `value` as `RealtimeSessionCreateResponseGAOutputModalitiesItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeSessionCreateResponseGAOutputModalitiesItem, got {value!r}"
        )
    return cast(RealtimeSessionCreateResponseGAOutputModalitiesItem, value)
