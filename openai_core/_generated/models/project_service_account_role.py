# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ProjectServiceAccountRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ProjectServiceAccountRole = Literal["member", "none", "owner"]

PROJECT_SERVICE_ACCOUNT_ROLE_VALUES: set[ProjectServiceAccountRole] = {
    "member",
    "none",
    "owner",
}


def check_project_service_account_role(value: str) -> ProjectServiceAccountRole:
    """Return `value` as `ProjectServiceAccountRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ProjectServiceAccountRole, got {value!r}")
    return cast(ProjectServiceAccountRole, value)
