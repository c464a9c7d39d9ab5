# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UpdateProjectDataRetentionBodyRetentionType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UpdateProjectDataRetentionBodyRetentionType = Literal[
    "enhanced_modified_abuse_monitoring",
    "enhanced_zero_data_retention",
    "modified_abuse_monitoring",
    "none",
    "organization_default",
    "zero_data_retention",
]

UPDATE_PROJECT_DATA_RETENTION_BODY_RETENTION_TYPE_VALUES: set[
    UpdateProjectDataRetentionBodyRetentionType
] = {
    "enhanced_modified_abuse_monitoring",
    "enhanced_zero_data_retention",
    "modified_abuse_monitoring",
    "none",
    "organization_default",
    "zero_data_retention",
}


def check_update_project_data_retention_body_retention_type(
    value: str,
) -> UpdateProjectDataRetentionBodyRetentionType:
    """Return `value` as `UpdateProjectDataRetentionBodyRetentionType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for UpdateProjectDataRetentionBodyRetentionType, got {value!r}"
        )
    return cast(UpdateProjectDataRetentionBodyRetentionType, value)
