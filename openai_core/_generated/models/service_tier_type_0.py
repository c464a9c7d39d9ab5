# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ServiceTierType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ServiceTierType0 = Literal["auto", "default", "fast", "flex", "priority", "scale"]

SERVICE_TIER_TYPE_0_VALUES: set[ServiceTierType0] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
    "scale",
}


def check_service_tier_type_0(value: str) -> ServiceTierType0:
    """Return `value` as `ServiceTierType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ServiceTierType0, got {value!r}")
    return cast(ServiceTierType0, value)
