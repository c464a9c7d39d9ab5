# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ProjectApiKeyOwnerType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ProjectApiKeyOwnerType = Literal["service_account", "user"]

PROJECT_API_KEY_OWNER_TYPE_VALUES: set[ProjectApiKeyOwnerType] = {
    "service_account",
    "user",
}


def check_project_api_key_owner_type(value: str) -> ProjectApiKeyOwnerType:
    """Return `value` as `ProjectApiKeyOwnerType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ProjectApiKeyOwnerType, got {value!r}")
    return cast(ProjectApiKeyOwnerType, value)
