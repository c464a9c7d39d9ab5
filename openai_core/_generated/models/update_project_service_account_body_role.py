# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UpdateProjectServiceAccountBodyRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UpdateProjectServiceAccountBodyRole = Literal["member", "owner"]

UPDATE_PROJECT_SERVICE_ACCOUNT_BODY_ROLE_VALUES: set[UpdateProjectServiceAccountBodyRole] = {
    "member",
    "owner",
}


def check_update_project_service_account_body_role(
    value: str,
) -> UpdateProjectServiceAccountBodyRole:
    """Return `value` as `UpdateProjectServiceAccountBodyRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UpdateProjectServiceAccountBodyRole, got {value!r}")
    return cast(UpdateProjectServiceAccountBodyRole, value)
