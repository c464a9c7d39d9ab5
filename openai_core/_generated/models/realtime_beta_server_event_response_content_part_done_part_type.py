# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeBetaServerEventResponseContentPartDonePartType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeBetaServerEventResponseContentPartDonePartType = Literal["audio", "text"]

REALTIME_BETA_SERVER_EVENT_RESPONSE_CONTENT_PART_DONE_PART_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseContentPartDonePartType
] = {
    "audio",
    "text",
}


def check_realtime_beta_server_event_response_content_part_done_part_type(
    value: str,
) -> RealtimeBetaServerEventResponseContentPartDonePartType:
    """Return `value` as `RealtimeBetaServerEventResponseContentPartDonePartType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeBetaServerEventResponseContentPartDonePartType, got {value!r}"
        )
    return cast(RealtimeBetaServerEventResponseContentPartDonePartType, value)
