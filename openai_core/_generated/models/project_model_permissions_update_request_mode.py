# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ProjectModelPermissionsUpdateRequestMode`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ProjectModelPermissionsUpdateRequestMode = Literal["allow_list", "deny_list"]

PROJECT_MODEL_PERMISSIONS_UPDATE_REQUEST_MODE_VALUES: set[
    ProjectModelPermissionsUpdateRequestMode
] = {
    "allow_list",
    "deny_list",
}


def check_project_model_permissions_update_request_mode(
    value: str,
) -> ProjectModelPermissionsUpdateRequestMode:
    """Return `value` as `ProjectModelPermissionsUpdateRequestMode`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ProjectModelPermissionsUpdateRequestMode, got {value!r}")
    return cast(ProjectModelPermissionsUpdateRequestMode, value)
