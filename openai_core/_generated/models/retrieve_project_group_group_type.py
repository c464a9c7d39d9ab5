# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RetrieveProjectGroupGroupType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RetrieveProjectGroupGroupType = Literal["group", "tenant_group"]

RETRIEVE_PROJECT_GROUP_GROUP_TYPE_VALUES: set[RetrieveProjectGroupGroupType] = {
    "group",
    "tenant_group",
}


def check_retrieve_project_group_group_type(value: str) -> RetrieveProjectGroupGroupType:
    """Return `value` as `RetrieveProjectGroupGroupType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RetrieveProjectGroupGroupType, got {value!r}")
    return cast(RetrieveProjectGroupGroupType, value)
