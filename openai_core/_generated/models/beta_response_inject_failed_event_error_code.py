# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaResponseInjectFailedEventErrorCode`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaResponseInjectFailedEventErrorCode = Literal["response_already_completed", "response_not_found"]

BETA_RESPONSE_INJECT_FAILED_EVENT_ERROR_CODE_VALUES: set[BetaResponseInjectFailedEventErrorCode] = {
    "response_already_completed",
    "response_not_found",
}


def check_beta_response_inject_failed_event_error_code(
    value: str,
) -> BetaResponseInjectFailedEventErrorCode:
    """Return `value` as `BetaResponseInjectFailedEventErrorCode`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaResponseInjectFailedEventErrorCode, got {value!r}")
    return cast(BetaResponseInjectFailedEventErrorCode, value)
