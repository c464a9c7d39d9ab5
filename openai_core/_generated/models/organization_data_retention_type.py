# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `OrganizationDataRetentionType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

OrganizationDataRetentionType = Literal[
    "enhanced_modified_abuse_monitoring",
    "enhanced_zero_data_retention",
    "modified_abuse_monitoring",
    "zero_data_retention",
]

ORGANIZATION_DATA_RETENTION_TYPE_VALUES: set[OrganizationDataRetentionType] = {
    "enhanced_modified_abuse_monitoring",
    "enhanced_zero_data_retention",
    "modified_abuse_monitoring",
    "zero_data_retention",
}


def check_organization_data_retention_type(value: str) -> OrganizationDataRetentionType:
    """Return `value` as `OrganizationDataRetentionType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for OrganizationDataRetentionType, got {value!r}")
    return cast(OrganizationDataRetentionType, value)
