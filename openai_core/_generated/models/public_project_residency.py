# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `PublicProjectResidency`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

PublicProjectResidency = Literal[
    "AE_STORAGE",
    "AE_STORAGE_PROCESSING",
    "AU_STORAGE",
    "CA_STORAGE",
    "EU_STORAGE_PROCESSING",
    "GB_STORAGE",
    "GLOBAL",
    "IN_STORAGE",
    "JP_STORAGE",
    "KR_STORAGE",
    "SG_STORAGE",
    "US_STORAGE_PROCESSING",
]

PUBLIC_PROJECT_RESIDENCY_VALUES: set[PublicProjectResidency] = {
    "AE_STORAGE",
    "AE_STORAGE_PROCESSING",
    "AU_STORAGE",
    "CA_STORAGE",
    "EU_STORAGE_PROCESSING",
    "GB_STORAGE",
    "GLOBAL",
    "IN_STORAGE",
    "JP_STORAGE",
    "KR_STORAGE",
    "SG_STORAGE",
    "US_STORAGE_PROCESSING",
}


def check_public_project_residency(value: str) -> PublicProjectResidency:
    """Return `value` as `PublicProjectResidency`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for PublicProjectResidency, got {value!r}")
    return cast(PublicProjectResidency, value)
