# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ProjectDataRetentionType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ProjectDataRetentionType = Literal[
    "enhanced_modified_abuse_monitoring",
    "enhanced_zero_data_retention",
    "modified_abuse_monitoring",
    "none",
    "organization_default",
    "zero_data_retention",
]

PROJECT_DATA_RETENTION_TYPE_VALUES: set[ProjectDataRetentionType] = {
    "enhanced_modified_abuse_monitoring",
    "enhanced_zero_data_retention",
    "modified_abuse_monitoring",
    "none",
    "organization_default",
    "zero_data_retention",
}


def check_project_data_retention_type(value: str) -> ProjectDataRetentionType:
    """Return `value` as `ProjectDataRetentionType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ProjectDataRetentionType, got {value!r}")
    return cast(ProjectDataRetentionType, value)
