# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `GroupResponseGroupType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

GroupResponseGroupType = Literal["group", "tenant_group"]

GROUP_RESPONSE_GROUP_TYPE_VALUES: set[GroupResponseGroupType] = {
    "group",
    "tenant_group",
}


def check_group_response_group_type(value: str) -> GroupResponseGroupType:
    """Return `value` as `GroupResponseGroupType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for GroupResponseGroupType, got {value!r}")
    return cast(GroupResponseGroupType, value)
