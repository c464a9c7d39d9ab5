# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `AuditLogActorType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

AuditLogActorType = Literal["api_key", "session"]

AUDIT_LOG_ACTOR_TYPE_VALUES: set[AuditLogActorType] = {
    "api_key",
    "session",
}


def check_audit_log_actor_type(value: str) -> AuditLogActorType:
    """Return `value` as `AuditLogActorType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for AuditLogActorType, got {value!r}")
    return cast(AuditLogActorType, value)
