# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListProjectApiKeysOwnerProjectAccess`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListProjectApiKeysOwnerProjectAccess = Literal["active", "any", "inactive"]

LIST_PROJECT_API_KEYS_OWNER_PROJECT_ACCESS_VALUES: set[ListProjectApiKeysOwnerProjectAccess] = {
    "active",
    "any",
    "inactive",
}


def check_list_project_api_keys_owner_project_access(
    value: str,
) -> ListProjectApiKeysOwnerProjectAccess:
    """Return `value` as `ListProjectApiKeysOwnerProjectAccess`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListProjectApiKeysOwnerProjectAccess, got {value!r}")
    return cast(ListProjectApiKeysOwnerProjectAccess, value)
