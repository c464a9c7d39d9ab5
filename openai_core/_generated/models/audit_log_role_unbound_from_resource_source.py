# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `AuditLogRoleUnboundFromResourceSource`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

AuditLogRoleUnboundFromResourceSource = Literal[
    "connector_publish",
    "role_connector_update",
    "role_delete",
    "role_toggle",
    "workspace_permissions",
]

AUDIT_LOG_ROLE_UNBOUND_FROM_RESOURCE_SOURCE_VALUES: set[AuditLogRoleUnboundFromResourceSource] = {
    "connector_publish",
    "role_connector_update",
    "role_delete",
    "role_toggle",
    "workspace_permissions",
}


def check_audit_log_role_unbound_from_resource_source(
    value: str,
) -> AuditLogRoleUnboundFromResourceSource:
    """Return `value` as `AuditLogRoleUnboundFromResourceSource`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for AuditLogRoleUnboundFromResourceSource, got {value!r}")
    return cast(AuditLogRoleUnboundFromResourceSource, value)
