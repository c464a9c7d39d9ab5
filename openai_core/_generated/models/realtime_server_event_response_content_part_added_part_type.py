# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeServerEventResponseContentPartAddedPartType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeServerEventResponseContentPartAddedPartType = Literal["audio", "text"]

REALTIME_SERVER_EVENT_RESPONSE_CONTENT_PART_ADDED_PART_TYPE_VALUES: set[
    RealtimeServerEventResponseContentPartAddedPartType
] = {
    "audio",
    "text",
}


def check_realtime_server_event_response_content_part_added_part_type(
    value: str,
) -> RealtimeServerEventResponseContentPartAddedPartType:
    """Return `value` as `RealtimeServerEventResponseContentPartAddedPartType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeServerEventResponseContentPartAddedPartType, got {value!r}"
        )
    return cast(RealtimeServerEventResponseContentPartAddedPartType, value)
