# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName = Literal["requests", "tokens"]

REALTIME_BETA_SERVER_EVENT_RATE_LIMITS_UPDATED_RATE_LIMITS_ITEM_NAME_VALUES: set[
    RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName
] = {
    "requests",
    "tokens",
}


def check_realtime_beta_server_event_rate_limits_updated_rate_limits_item_name(
    value: str,
) -> RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName:
    """Return `value` as `RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName, got {value!r}"
        )
    return cast(RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName, value)
