# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ProjectApiKeyOwnerProjectAccess`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ProjectApiKeyOwnerProjectAccess = Literal["active", "inactive"]

PROJECT_API_KEY_OWNER_PROJECT_ACCESS_VALUES: set[ProjectApiKeyOwnerProjectAccess] = {
    "active",
    "inactive",
}


def check_project_api_key_owner_project_access(value: str) -> ProjectApiKeyOwnerProjectAccess:
    """Return `value` as `ProjectApiKeyOwnerProjectAccess`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ProjectApiKeyOwnerProjectAccess, got {value!r}")
    return cast(ProjectApiKeyOwnerProjectAccess, value)
