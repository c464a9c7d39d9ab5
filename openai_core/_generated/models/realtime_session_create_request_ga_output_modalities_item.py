# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeSessionCreateRequestGAOutputModalitiesItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeSessionCreateRequestGAOutputModalitiesItem = Literal["audio", "text"]

REALTIME_SESSION_CREATE_REQUEST_GA_OUTPUT_MODALITIES_ITEM_VALUES: set[
    RealtimeSessionCreateRequestGAOutputModalitiesItem
] = {
    "audio",
    "text",
}


def check_realtime_session_create_request_ga_output_modalities_item(
    value: str,
) -> RealtimeSessionCreateRequestGAOutputModalitiesItem:
    """Return `value` as `RealtimeSessionCreateRequestGAOutputModalitiesItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeSessionCreateRequestGAOutputModalitiesItem, got {value!r}"
        )
    return cast(RealtimeSessionCreateRequestGAOutputModalitiesItem, value)
