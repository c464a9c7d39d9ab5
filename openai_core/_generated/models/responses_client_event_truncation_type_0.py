# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ResponsesClientEventTruncationType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ResponsesClientEventTruncationType0 = Literal["auto", "disabled"]

RESPONSES_CLIENT_EVENT_TRUNCATION_TYPE_0_VALUES: set[ResponsesClientEventTruncationType0] = {
    "auto",
    "disabled",
}


def check_responses_client_event_truncation_type_0(
    value: str,
) -> ResponsesClientEventTruncationType0:
    """Return `value` as `ResponsesClientEventTruncationType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ResponsesClientEventTruncationType0, got {value!r}")
    return cast(ResponsesClientEventTruncationType0, value)
