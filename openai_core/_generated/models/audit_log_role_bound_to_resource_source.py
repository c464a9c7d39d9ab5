# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `AuditLogRoleBoundToResourceSource`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

AuditLogRoleBoundToResourceSource = Literal[
    "connector_publish",
    "role_connector_update",
    "role_delete",
    "role_toggle",
    "workspace_permissions",
]

AUDIT_LOG_ROLE_BOUND_TO_RESOURCE_SOURCE_VALUES: set[AuditLogRoleBoundToResourceSource] = {
    "connector_publish",
    "role_connector_update",
    "role_delete",
    "role_toggle",
    "workspace_permissions",
}


def check_audit_log_role_bound_to_resource_source(value: str) -> AuditLogRoleBoundToResourceSource:
    """Return `value` as `AuditLogRoleBoundToResourceSource`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for AuditLogRoleBoundToResourceSource, got {value!r}")
    return cast(AuditLogRoleBoundToResourceSource, value)
