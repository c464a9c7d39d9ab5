# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaServiceTierResponsesType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaServiceTierResponsesType0 = Literal[
    "auto", "default", "fast", "flex", "priority", "scale", "ultrafast"
]

BETA_SERVICE_TIER_RESPONSES_TYPE_0_VALUES: set[BetaServiceTierResponsesType0] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
    "scale",
    "ultrafast",
}


def check_beta_service_tier_responses_type_0(value: str) -> BetaServiceTierResponsesType0:
    """Return `value` as `BetaServiceTierResponsesType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaServiceTierResponsesType0, got {value!r}")
    return cast(BetaServiceTierResponsesType0, value)
