# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeResponseCreateParamsConversationType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeResponseCreateParamsConversationType1 = Literal["auto", "none"]

REALTIME_RESPONSE_CREATE_PARAMS_CONVERSATION_TYPE_1_VALUES: set[
    RealtimeResponseCreateParamsConversationType1
] = {
    "auto",
    "none",
}


def check_realtime_response_create_params_conversation_type_1(
    value: str,
) -> RealtimeResponseCreateParamsConversationType1:
    """Return `value` as `RealtimeResponseCreateParamsConversationType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeResponseCreateParamsConversationType1, got {value!r}"
        )
    return cast(RealtimeResponseCreateParamsConversationType1, value)
