# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeBetaServerEventResponseContentPartAddedPartType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeBetaServerEventResponseContentPartAddedPartType = Literal["audio", "text"]

REALTIME_BETA_SERVER_EVENT_RESPONSE_CONTENT_PART_ADDED_PART_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseContentPartAddedPartType
] = {
    "audio",
    "text",
}


def check_realtime_beta_server_event_response_content_part_added_part_type(
    value: str,
) -> RealtimeBetaServerEventResponseContentPartAddedPartType:
    """Return `value` as `RealtimeBetaServerEventResponseContentPartAddedPartType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeBetaServerEventResponseContentPartAddedPartType, got {value!r}"
        )
    return cast(RealtimeBetaServerEventResponseContentPartAddedPartType, value)
