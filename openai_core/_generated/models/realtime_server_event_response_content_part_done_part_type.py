# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeServerEventResponseContentPartDonePartType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeServerEventResponseContentPartDonePartType = Literal["audio", "text"]

REALTIME_SERVER_EVENT_RESPONSE_CONTENT_PART_DONE_PART_TYPE_VALUES: set[
    RealtimeServerEventResponseContentPartDonePartType
] = {
    "audio",
    "text",
}


def check_realtime_server_event_response_content_part_done_part_type(
    value: str,
) -> RealtimeServerEventResponseContentPartDonePartType:
    """Return `value` as `RealtimeServerEventResponseContentPartDonePartType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeServerEventResponseContentPartDonePartType, got {value!r}"
        )
    return cast(RealtimeServerEventResponseContentPartDonePartType, value)
