# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ProjectServiceAccountCreateResponseRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ProjectServiceAccountCreateResponseRole = Literal["member", "none"]

PROJECT_SERVICE_ACCOUNT_CREATE_RESPONSE_ROLE_VALUES: set[
    ProjectServiceAccountCreateResponseRole
] = {
    "member",
    "none",
}


def check_project_service_account_create_response_role(
    value: str,
) -> ProjectServiceAccountCreateResponseRole:
    """Return `value` as `ProjectServiceAccountCreateResponseRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ProjectServiceAccountCreateResponseRole, got {value!r}")
    return cast(ProjectServiceAccountCreateResponseRole, value)
