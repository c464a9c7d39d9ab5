# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ServiceTierResponsesType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ServiceTierResponsesType0 = Literal[
    "auto", "default", "fast", "flex", "priority", "scale", "ultrafast"
]

SERVICE_TIER_RESPONSES_TYPE_0_VALUES: set[ServiceTierResponsesType0] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
    "scale",
    "ultrafast",
}


def check_service_tier_responses_type_0(value: str) -> ServiceTierResponsesType0:
    """Return `value` as `ServiceTierResponsesType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ServiceTierResponsesType0, got {value!r}")
    return cast(ServiceTierResponsesType0, value)
