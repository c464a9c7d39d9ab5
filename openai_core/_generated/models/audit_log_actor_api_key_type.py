# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `AuditLogActorApiKeyType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

AuditLogActorApiKeyType = Literal["service_account", "user"]

AUDIT_LOG_ACTOR_API_KEY_TYPE_VALUES: set[AuditLogActorApiKeyType] = {
    "service_account",
    "user",
}


def check_audit_log_actor_api_key_type(value: str) -> AuditLogActorApiKeyType:
    """Return `value` as `AuditLogActorApiKeyType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for AuditLogActorApiKeyType, got {value!r}")
    return cast(AuditLogActorApiKeyType, value)
