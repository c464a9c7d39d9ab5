# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ServiceTierEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ServiceTierEnum = Literal["auto", "default", "fast", "flex", "priority"]

SERVICE_TIER_ENUM_VALUES: set[ServiceTierEnum] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
}


def check_service_tier_enum(value: str) -> ServiceTierEnum:
    """Return `value` as `ServiceTierEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ServiceTierEnum, got {value!r}")
    return cast(ServiceTierEnum, value)
