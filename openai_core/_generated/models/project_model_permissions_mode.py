# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ProjectModelPermissionsMode`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ProjectModelPermissionsMode = Literal["allow_list", "deny_list"]

PROJECT_MODEL_PERMISSIONS_MODE_VALUES: set[ProjectModelPermissionsMode] = {
    "allow_list",
    "deny_list",
}


def check_project_model_permissions_mode(value: str) -> ProjectModelPermissionsMode:
    """Return `value` as `ProjectModelPermissionsMode`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ProjectModelPermissionsMode, got {value!r}")
    return cast(ProjectModelPermissionsMode, value)
