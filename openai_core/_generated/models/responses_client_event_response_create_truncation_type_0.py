# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ResponsesClientEventResponseCreateTruncationType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ResponsesClientEventResponseCreateTruncationType0 = Literal["auto", "disabled"]

RESPONSES_CLIENT_EVENT_RESPONSE_CREATE_TRUNCATION_TYPE_0_VALUES: set[
    ResponsesClientEventResponseCreateTruncationType0
] = {
    "auto",
    "disabled",
}


def check_responses_client_event_response_create_truncation_type_0(
    value: str,
) -> ResponsesClientEventResponseCreateTruncationType0:
    """Return `value` as `ResponsesClientEventResponseCreateTruncationType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for ResponsesClientEventResponseCreateTruncationType0, got {value!r}"
        )
    return cast(ResponsesClientEventResponseCreateTruncationType0, value)
