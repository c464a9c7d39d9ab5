# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeBetaResponseCreateParamsConversationType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeBetaResponseCreateParamsConversationType1 = Literal["auto", "none"]

REALTIME_BETA_RESPONSE_CREATE_PARAMS_CONVERSATION_TYPE_1_VALUES: set[
    RealtimeBetaResponseCreateParamsConversationType1
] = {
    "auto",
    "none",
}


def check_realtime_beta_response_create_params_conversation_type_1(
    value: str,
) -> RealtimeBetaResponseCreateParamsConversationType1:
    """Return `value` as `RealtimeBetaResponseCreateParamsConversationType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeBetaResponseCreateParamsConversationType1, got {value!r}"
        )
    return cast(RealtimeBetaResponseCreateParamsConversationType1, value)
