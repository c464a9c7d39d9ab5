# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ProjectGroupGroupType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ProjectGroupGroupType = Literal["group", "tenant_group"]

PROJECT_GROUP_GROUP_TYPE_VALUES: set[ProjectGroupGroupType] = {
    "group",
    "tenant_group",
}


def check_project_group_group_type(value: str) -> ProjectGroupGroupType:
    """Return `value` as `ProjectGroupGroupType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ProjectGroupGroupType, got {value!r}")
    return cast(ProjectGroupGroupType, value)
