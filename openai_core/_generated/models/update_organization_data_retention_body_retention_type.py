# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UpdateOrganizationDataRetentionBodyRetentionType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UpdateOrganizationDataRetentionBodyRetentionType = Literal[
    "enhanced_modified_abuse_monitoring",
    "enhanced_zero_data_retention",
    "modified_abuse_monitoring",
    "zero_data_retention",
]

UPDATE_ORGANIZATION_DATA_RETENTION_BODY_RETENTION_TYPE_VALUES: set[
    UpdateOrganizationDataRetentionBodyRetentionType
] = {
    "enhanced_modified_abuse_monitoring",
    "enhanced_zero_data_retention",
    "modified_abuse_monitoring",
    "zero_data_retention",
}


def check_update_organization_data_retention_body_retention_type(
    value: str,
) -> UpdateOrganizationDataRetentionBodyRetentionType:
    """Return `value` as `UpdateOrganizationDataRetentionBodyRetentionType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for UpdateOrganizationDataRetentionBodyRetentionType, got {value!r}"
        )
    return cast(UpdateOrganizationDataRetentionBodyRetentionType, value)
