# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.audit_log_event_type import AuditLogEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLog")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "effective_at",
        "project",
        "actor",
        "api_key.created",
        "api_key.updated",
        "api_key.deleted",
        "checkpoint.permission.created",
        "checkpoint.permission.deleted",
        "external_key.registered",
        "external_key.removed",
        "group.created",
        "group.updated",
        "group.deleted",
        "scim.enabled",
        "scim.disabled",
        "invite.sent",
        "invite.accepted",
        "invite.deleted",
        "ip_allowlist.created",
        "ip_allowlist.updated",
        "ip_allowlist.deleted",
        "ip_allowlist.config.activated",
        "ip_allowlist.config.deactivated",
        "login.succeeded",
        "login.failed",
        "logout.succeeded",
        "logout.failed",
        "organization.updated",
        "project.created",
        "project.updated",
        "project.archived",
        "project.deleted",
        "rate_limit.updated",
        "rate_limit.deleted",
        "role.created",
        "role.updated",
        "role.deleted",
        "role.assignment.created",
        "role.assignment.deleted",
        "role.bound_to_resource",
        "role.unbound_from_resource",
        "service_account.created",
        "service_account.updated",
        "service_account.deleted",
        "workload_identity_provider.created",
        "workload_identity_provider.updated",
        "workload_identity_provider.deleted",
        "workload_identity_provider_mapping.created",
        "workload_identity_provider_mapping.updated",
        "workload_identity_provider_mapping.deleted",
        "user.added",
        "user.updated",
        "user.deleted",
        "certificate.created",
        "certificate.updated",
        "certificate.deleted",
        "certificates.activated",
        "certificates.deactivated",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class AuditLog(_Model):
    """Schema `AuditLog`.

    Attributes:
        id (str):
        type (AuditLogEventType): Schema `AuditLogEventType`.
        effective_at (int):
        project (AuditLogProject | Unset):
        actor (AuditLogActor | None | Unset):
        api_key_created (AuditLogApiKeyCreated | Unset):
        api_key_updated (AuditLogApiKeyUpdated | Unset):
        api_key_deleted (AuditLogApiKeyDeleted | Unset):
        checkpoint_permission_created (AuditLogCheckpointPermissionCreated | Unset):
        checkpoint_permission_deleted (AuditLogCheckpointPermissionDeleted | Unset):
        external_key_registered (AuditLogExternalKeyRegistered | Unset):
        external_key_removed (AuditLogExternalKeyRemoved | Unset):
        group_created (AuditLogGroupCreated | Unset):
        group_updated (AuditLogGroupUpdated | Unset):
        group_deleted (AuditLogGroupDeleted | Unset):
        scim_enabled (AuditLogScimEnabled | Unset):
        scim_disabled (AuditLogScimDisabled | Unset):
        invite_sent (AuditLogInviteSent | Unset):
        invite_accepted (AuditLogInviteAccepted | Unset):
        invite_deleted (AuditLogInviteDeleted | Unset):
        ip_allowlist_created (AuditLogIpAllowlistCreated | Unset):
        ip_allowlist_updated (AuditLogIpAllowlistUpdated | Unset):
        ip_allowlist_deleted (AuditLogIpAllowlistDeleted | Unset):
        ip_allowlist_config_activated (AuditLogIpAllowlistConfigActivated | Unset):
        ip_allowlist_config_deactivated (AuditLogIpAllowlistConfigDeactivated | Unset):
        login_succeeded (AuditLogLoginSucceeded | Unset):
        login_failed (AuditLogLoginFailed | Unset):
        logout_succeeded (AuditLogLogoutSucceeded | Unset):
        logout_failed (AuditLogLogoutFailed | Unset):
        organization_updated (AuditLogOrganizationUpdated | Unset):
        project_created (AuditLogProjectCreated | Unset):
        project_updated (AuditLogProjectUpdated | Unset):
        project_archived (AuditLogProjectArchived | Unset):
        project_deleted (AuditLogProjectDeleted | Unset):
        rate_limit_updated (AuditLogRateLimitUpdated | Unset):
        rate_limit_deleted (AuditLogRateLimitDeleted | Unset):
        role_created (AuditLogRoleCreated | Unset):
        role_updated (AuditLogRoleUpdated | Unset):
        role_deleted (AuditLogRoleDeleted | Unset):
        role_assignment_created (AuditLogRoleAssignmentCreated | Unset):
        role_assignment_deleted (AuditLogRoleAssignmentDeleted | Unset):
        role_bound_to_resource (AuditLogRoleBoundToResource | Unset):
        role_unbound_from_resource (AuditLogRoleUnboundFromResource | Unset):
        service_account_created (AuditLogServiceAccountCreated | Unset):
        service_account_updated (AuditLogServiceAccountUpdated | Unset):
        service_account_deleted (AuditLogServiceAccountDeleted | Unset):
        workload_identity_provider_created (AuditLogWorkloadIdentityProviderCreated | Unset):
        workload_identity_provider_updated (AuditLogWorkloadIdentityProviderUpdated | Unset):
        workload_identity_provider_deleted (AuditLogWorkloadIdentityProviderDeleted | Unset):
        workload_identity_provider_mapping_created (AuditLogWorkloadIdentityProviderMappingCreated | Unset):
        workload_identity_provider_mapping_updated (AuditLogWorkloadIdentityProviderMappingUpdated | Unset):
        workload_identity_provider_mapping_deleted (AuditLogWorkloadIdentityProviderMappingDeleted | Unset):
        user_added (AuditLogUserAdded | Unset):
        user_updated (AuditLogUserUpdated | Unset):
        user_deleted (AuditLogUserDeleted | Unset):
        certificate_created (AuditLogCertificateCreated | Unset):
        certificate_updated (AuditLogCertificateUpdated | Unset):
        certificate_deleted (AuditLogCertificateDeleted | Unset):
        certificates_activated (AuditLogCertificatesActivated | Unset):
        certificates_deactivated (AuditLogCertificatesDeactivated | Unset):
    """

    id: str
    type: AuditLogEventType
    effective_at: int
    project: AuditLogProject | Unset = UNSET
    actor: AuditLogActor | None | Unset = UNSET
    api_key_created: AuditLogApiKeyCreated | Unset = UNSET
    api_key_updated: AuditLogApiKeyUpdated | Unset = UNSET
    api_key_deleted: AuditLogApiKeyDeleted | Unset = UNSET
    checkpoint_permission_created: AuditLogCheckpointPermissionCreated | Unset = UNSET
    checkpoint_permission_deleted: AuditLogCheckpointPermissionDeleted | Unset = UNSET
    external_key_registered: AuditLogExternalKeyRegistered | Unset = UNSET
    external_key_removed: AuditLogExternalKeyRemoved | Unset = UNSET
    group_created: AuditLogGroupCreated | Unset = UNSET
    group_updated: AuditLogGroupUpdated | Unset = UNSET
    group_deleted: AuditLogGroupDeleted | Unset = UNSET
    scim_enabled: AuditLogScimEnabled | Unset = UNSET
    scim_disabled: AuditLogScimDisabled | Unset = UNSET
    invite_sent: AuditLogInviteSent | Unset = UNSET
    invite_accepted: AuditLogInviteAccepted | Unset = UNSET
    invite_deleted: AuditLogInviteDeleted | Unset = UNSET
    ip_allowlist_created: AuditLogIpAllowlistCreated | Unset = UNSET
    ip_allowlist_updated: AuditLogIpAllowlistUpdated | Unset = UNSET
    ip_allowlist_deleted: AuditLogIpAllowlistDeleted | Unset = UNSET
    ip_allowlist_config_activated: AuditLogIpAllowlistConfigActivated | Unset = UNSET
    ip_allowlist_config_deactivated: AuditLogIpAllowlistConfigDeactivated | Unset = UNSET
    login_succeeded: AuditLogLoginSucceeded | Unset = UNSET
    login_failed: AuditLogLoginFailed | Unset = UNSET
    logout_succeeded: AuditLogLogoutSucceeded | Unset = UNSET
    logout_failed: AuditLogLogoutFailed | Unset = UNSET
    organization_updated: AuditLogOrganizationUpdated | Unset = UNSET
    project_created: AuditLogProjectCreated | Unset = UNSET
    project_updated: AuditLogProjectUpdated | Unset = UNSET
    project_archived: AuditLogProjectArchived | Unset = UNSET
    project_deleted: AuditLogProjectDeleted | Unset = UNSET
    rate_limit_updated: AuditLogRateLimitUpdated | Unset = UNSET
    rate_limit_deleted: AuditLogRateLimitDeleted | Unset = UNSET
    role_created: AuditLogRoleCreated | Unset = UNSET
    role_updated: AuditLogRoleUpdated | Unset = UNSET
    role_deleted: AuditLogRoleDeleted | Unset = UNSET
    role_assignment_created: AuditLogRoleAssignmentCreated | Unset = UNSET
    role_assignment_deleted: AuditLogRoleAssignmentDeleted | Unset = UNSET
    role_bound_to_resource: AuditLogRoleBoundToResource | Unset = UNSET
    role_unbound_from_resource: AuditLogRoleUnboundFromResource | Unset = UNSET
    service_account_created: AuditLogServiceAccountCreated | Unset = UNSET
    service_account_updated: AuditLogServiceAccountUpdated | Unset = UNSET
    service_account_deleted: AuditLogServiceAccountDeleted | Unset = UNSET
    workload_identity_provider_created: AuditLogWorkloadIdentityProviderCreated | Unset = UNSET
    workload_identity_provider_updated: AuditLogWorkloadIdentityProviderUpdated | Unset = UNSET
    workload_identity_provider_deleted: AuditLogWorkloadIdentityProviderDeleted | Unset = UNSET
    workload_identity_provider_mapping_created: (
        AuditLogWorkloadIdentityProviderMappingCreated | Unset
    ) = UNSET
    workload_identity_provider_mapping_updated: (
        AuditLogWorkloadIdentityProviderMappingUpdated | Unset
    ) = UNSET
    workload_identity_provider_mapping_deleted: (
        AuditLogWorkloadIdentityProviderMappingDeleted | Unset
    ) = UNSET
    user_added: AuditLogUserAdded | Unset = UNSET
    user_updated: AuditLogUserUpdated | Unset = UNSET
    user_deleted: AuditLogUserDeleted | Unset = UNSET
    certificate_created: AuditLogCertificateCreated | Unset = UNSET
    certificate_updated: AuditLogCertificateUpdated | Unset = UNSET
    certificate_deleted: AuditLogCertificateDeleted | Unset = UNSET
    certificates_activated: AuditLogCertificatesActivated | Unset = UNSET
    certificates_deactivated: AuditLogCertificatesDeactivated | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "type",
        "effective_at",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["type"] = self.type
        field_dict["effective_at"] = self.effective_at
        if self.project is not UNSET:
            field_dict["project"] = dump(self.project)
        if self.actor is not UNSET:
            field_dict["actor"] = dump(self.actor)
        if self.api_key_created is not UNSET:
            field_dict["api_key.created"] = dump(self.api_key_created)
        if self.api_key_updated is not UNSET:
            field_dict["api_key.updated"] = dump(self.api_key_updated)
        if self.api_key_deleted is not UNSET:
            field_dict["api_key.deleted"] = dump(self.api_key_deleted)
        if self.checkpoint_permission_created is not UNSET:
            field_dict["checkpoint.permission.created"] = dump(self.checkpoint_permission_created)
        if self.checkpoint_permission_deleted is not UNSET:
            field_dict["checkpoint.permission.deleted"] = dump(self.checkpoint_permission_deleted)
        if self.external_key_registered is not UNSET:
            field_dict["external_key.registered"] = dump(self.external_key_registered)
        if self.external_key_removed is not UNSET:
            field_dict["external_key.removed"] = dump(self.external_key_removed)
        if self.group_created is not UNSET:
            field_dict["group.created"] = dump(self.group_created)
        if self.group_updated is not UNSET:
            field_dict["group.updated"] = dump(self.group_updated)
        if self.group_deleted is not UNSET:
            field_dict["group.deleted"] = dump(self.group_deleted)
        if self.scim_enabled is not UNSET:
            field_dict["scim.enabled"] = dump(self.scim_enabled)
        if self.scim_disabled is not UNSET:
            field_dict["scim.disabled"] = dump(self.scim_disabled)
        if self.invite_sent is not UNSET:
            field_dict["invite.sent"] = dump(self.invite_sent)
        if self.invite_accepted is not UNSET:
            field_dict["invite.accepted"] = dump(self.invite_accepted)
        if self.invite_deleted is not UNSET:
            field_dict["invite.deleted"] = dump(self.invite_deleted)
        if self.ip_allowlist_created is not UNSET:
            field_dict["ip_allowlist.created"] = dump(self.ip_allowlist_created)
        if self.ip_allowlist_updated is not UNSET:
            field_dict["ip_allowlist.updated"] = dump(self.ip_allowlist_updated)
        if self.ip_allowlist_deleted is not UNSET:
            field_dict["ip_allowlist.deleted"] = dump(self.ip_allowlist_deleted)
        if self.ip_allowlist_config_activated is not UNSET:
            field_dict["ip_allowlist.config.activated"] = dump(self.ip_allowlist_config_activated)
        if self.ip_allowlist_config_deactivated is not UNSET:
            field_dict["ip_allowlist.config.deactivated"] = dump(
                self.ip_allowlist_config_deactivated
            )
        if self.login_succeeded is not UNSET:
            field_dict["login.succeeded"] = dump(self.login_succeeded)
        if self.login_failed is not UNSET:
            field_dict["login.failed"] = dump(self.login_failed)
        if self.logout_succeeded is not UNSET:
            field_dict["logout.succeeded"] = dump(self.logout_succeeded)
        if self.logout_failed is not UNSET:
            field_dict["logout.failed"] = dump(self.logout_failed)
        if self.organization_updated is not UNSET:
            field_dict["organization.updated"] = dump(self.organization_updated)
        if self.project_created is not UNSET:
            field_dict["project.created"] = dump(self.project_created)
        if self.project_updated is not UNSET:
            field_dict["project.updated"] = dump(self.project_updated)
        if self.project_archived is not UNSET:
            field_dict["project.archived"] = dump(self.project_archived)
        if self.project_deleted is not UNSET:
            field_dict["project.deleted"] = dump(self.project_deleted)
        if self.rate_limit_updated is not UNSET:
            field_dict["rate_limit.updated"] = dump(self.rate_limit_updated)
        if self.rate_limit_deleted is not UNSET:
            field_dict["rate_limit.deleted"] = dump(self.rate_limit_deleted)
        if self.role_created is not UNSET:
            field_dict["role.created"] = dump(self.role_created)
        if self.role_updated is not UNSET:
            field_dict["role.updated"] = dump(self.role_updated)
        if self.role_deleted is not UNSET:
            field_dict["role.deleted"] = dump(self.role_deleted)
        if self.role_assignment_created is not UNSET:
            field_dict["role.assignment.created"] = dump(self.role_assignment_created)
        if self.role_assignment_deleted is not UNSET:
            field_dict["role.assignment.deleted"] = dump(self.role_assignment_deleted)
        if self.role_bound_to_resource is not UNSET:
            field_dict["role.bound_to_resource"] = dump(self.role_bound_to_resource)
        if self.role_unbound_from_resource is not UNSET:
            field_dict["role.unbound_from_resource"] = dump(self.role_unbound_from_resource)
        if self.service_account_created is not UNSET:
            field_dict["service_account.created"] = dump(self.service_account_created)
        if self.service_account_updated is not UNSET:
            field_dict["service_account.updated"] = dump(self.service_account_updated)
        if self.service_account_deleted is not UNSET:
            field_dict["service_account.deleted"] = dump(self.service_account_deleted)
        if self.workload_identity_provider_created is not UNSET:
            field_dict["workload_identity_provider.created"] = dump(
                self.workload_identity_provider_created
            )
        if self.workload_identity_provider_updated is not UNSET:
            field_dict["workload_identity_provider.updated"] = dump(
                self.workload_identity_provider_updated
            )
        if self.workload_identity_provider_deleted is not UNSET:
            field_dict["workload_identity_provider.deleted"] = dump(
                self.workload_identity_provider_deleted
            )
        if self.workload_identity_provider_mapping_created is not UNSET:
            field_dict["workload_identity_provider_mapping.created"] = dump(
                self.workload_identity_provider_mapping_created
            )
        if self.workload_identity_provider_mapping_updated is not UNSET:
            field_dict["workload_identity_provider_mapping.updated"] = dump(
                self.workload_identity_provider_mapping_updated
            )
        if self.workload_identity_provider_mapping_deleted is not UNSET:
            field_dict["workload_identity_provider_mapping.deleted"] = dump(
                self.workload_identity_provider_mapping_deleted
            )
        if self.user_added is not UNSET:
            field_dict["user.added"] = dump(self.user_added)
        if self.user_updated is not UNSET:
            field_dict["user.updated"] = dump(self.user_updated)
        if self.user_deleted is not UNSET:
            field_dict["user.deleted"] = dump(self.user_deleted)
        if self.certificate_created is not UNSET:
            field_dict["certificate.created"] = dump(self.certificate_created)
        if self.certificate_updated is not UNSET:
            field_dict["certificate.updated"] = dump(self.certificate_updated)
        if self.certificate_deleted is not UNSET:
            field_dict["certificate.deleted"] = dump(self.certificate_deleted)
        if self.certificates_activated is not UNSET:
            field_dict["certificates.activated"] = dump(self.certificates_activated)
        if self.certificates_deactivated is not UNSET:
            field_dict["certificates.deactivated"] = dump(self.certificates_deactivated)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        type_ = d.get("type")
        effective_at = d.get("effective_at")
        _project = d.get("project", UNSET)
        project = AuditLogProject.from_dict(_project) if isinstance(_project, dict) else _project
        _actor = d.get("actor", UNSET)
        actor = AuditLogActor.from_dict(_actor) if isinstance(_actor, dict) else _actor
        _api_key_created = d.get("api_key.created", UNSET)
        api_key_created = (
            AuditLogApiKeyCreated.from_dict(_api_key_created)
            if isinstance(_api_key_created, dict)
            else _api_key_created
        )
        _api_key_updated = d.get("api_key.updated", UNSET)
        api_key_updated = (
            AuditLogApiKeyUpdated.from_dict(_api_key_updated)
            if isinstance(_api_key_updated, dict)
            else _api_key_updated
        )
        _api_key_deleted = d.get("api_key.deleted", UNSET)
        api_key_deleted = (
            AuditLogApiKeyDeleted.from_dict(_api_key_deleted)
            if isinstance(_api_key_deleted, dict)
            else _api_key_deleted
        )
        _checkpoint_permission_created = d.get("checkpoint.permission.created", UNSET)
        checkpoint_permission_created = (
            AuditLogCheckpointPermissionCreated.from_dict(_checkpoint_permission_created)
            if isinstance(_checkpoint_permission_created, dict)
            else _checkpoint_permission_created
        )
        _checkpoint_permission_deleted = d.get("checkpoint.permission.deleted", UNSET)
        checkpoint_permission_deleted = (
            AuditLogCheckpointPermissionDeleted.from_dict(_checkpoint_permission_deleted)
            if isinstance(_checkpoint_permission_deleted, dict)
            else _checkpoint_permission_deleted
        )
        _external_key_registered = d.get("external_key.registered", UNSET)
        external_key_registered = (
            AuditLogExternalKeyRegistered.from_dict(_external_key_registered)
            if isinstance(_external_key_registered, dict)
            else _external_key_registered
        )
        _external_key_removed = d.get("external_key.removed", UNSET)
        external_key_removed = (
            AuditLogExternalKeyRemoved.from_dict(_external_key_removed)
            if isinstance(_external_key_removed, dict)
            else _external_key_removed
        )
        _group_created = d.get("group.created", UNSET)
        group_created = (
            AuditLogGroupCreated.from_dict(_group_created)
            if isinstance(_group_created, dict)
            else _group_created
        )
        _group_updated = d.get("group.updated", UNSET)
        group_updated = (
            AuditLogGroupUpdated.from_dict(_group_updated)
            if isinstance(_group_updated, dict)
            else _group_updated
        )
        _group_deleted = d.get("group.deleted", UNSET)
        group_deleted = (
            AuditLogGroupDeleted.from_dict(_group_deleted)
            if isinstance(_group_deleted, dict)
            else _group_deleted
        )
        _scim_enabled = d.get("scim.enabled", UNSET)
        scim_enabled = (
            AuditLogScimEnabled.from_dict(_scim_enabled)
            if isinstance(_scim_enabled, dict)
            else _scim_enabled
        )
        _scim_disabled = d.get("scim.disabled", UNSET)
        scim_disabled = (
            AuditLogScimDisabled.from_dict(_scim_disabled)
            if isinstance(_scim_disabled, dict)
            else _scim_disabled
        )
        _invite_sent = d.get("invite.sent", UNSET)
        invite_sent = (
            AuditLogInviteSent.from_dict(_invite_sent)
            if isinstance(_invite_sent, dict)
            else _invite_sent
        )
        _invite_accepted = d.get("invite.accepted", UNSET)
        invite_accepted = (
            AuditLogInviteAccepted.from_dict(_invite_accepted)
            if isinstance(_invite_accepted, dict)
            else _invite_accepted
        )
        _invite_deleted = d.get("invite.deleted", UNSET)
        invite_deleted = (
            AuditLogInviteDeleted.from_dict(_invite_deleted)
            if isinstance(_invite_deleted, dict)
            else _invite_deleted
        )
        _ip_allowlist_created = d.get("ip_allowlist.created", UNSET)
        ip_allowlist_created = (
            AuditLogIpAllowlistCreated.from_dict(_ip_allowlist_created)
            if isinstance(_ip_allowlist_created, dict)
            else _ip_allowlist_created
        )
        _ip_allowlist_updated = d.get("ip_allowlist.updated", UNSET)
        ip_allowlist_updated = (
            AuditLogIpAllowlistUpdated.from_dict(_ip_allowlist_updated)
            if isinstance(_ip_allowlist_updated, dict)
            else _ip_allowlist_updated
        )
        _ip_allowlist_deleted = d.get("ip_allowlist.deleted", UNSET)
        ip_allowlist_deleted = (
            AuditLogIpAllowlistDeleted.from_dict(_ip_allowlist_deleted)
            if isinstance(_ip_allowlist_deleted, dict)
            else _ip_allowlist_deleted
        )
        _ip_allowlist_config_activated = d.get("ip_allowlist.config.activated", UNSET)
        ip_allowlist_config_activated = (
            AuditLogIpAllowlistConfigActivated.from_dict(_ip_allowlist_config_activated)
            if isinstance(_ip_allowlist_config_activated, dict)
            else _ip_allowlist_config_activated
        )
        _ip_allowlist_config_deactivated = d.get("ip_allowlist.config.deactivated", UNSET)
        ip_allowlist_config_deactivated = (
            AuditLogIpAllowlistConfigDeactivated.from_dict(_ip_allowlist_config_deactivated)
            if isinstance(_ip_allowlist_config_deactivated, dict)
            else _ip_allowlist_config_deactivated
        )
        _login_succeeded = d.get("login.succeeded", UNSET)
        login_succeeded = (
            AuditLogLoginSucceeded.from_dict(_login_succeeded)
            if isinstance(_login_succeeded, dict)
            else _login_succeeded
        )
        _login_failed = d.get("login.failed", UNSET)
        login_failed = (
            AuditLogLoginFailed.from_dict(_login_failed)
            if isinstance(_login_failed, dict)
            else _login_failed
        )
        _logout_succeeded = d.get("logout.succeeded", UNSET)
        logout_succeeded = (
            AuditLogLogoutSucceeded.from_dict(_logout_succeeded)
            if isinstance(_logout_succeeded, dict)
            else _logout_succeeded
        )
        _logout_failed = d.get("logout.failed", UNSET)
        logout_failed = (
            AuditLogLogoutFailed.from_dict(_logout_failed)
            if isinstance(_logout_failed, dict)
            else _logout_failed
        )
        _organization_updated = d.get("organization.updated", UNSET)
        organization_updated = (
            AuditLogOrganizationUpdated.from_dict(_organization_updated)
            if isinstance(_organization_updated, dict)
            else _organization_updated
        )
        _project_created = d.get("project.created", UNSET)
        project_created = (
            AuditLogProjectCreated.from_dict(_project_created)
            if isinstance(_project_created, dict)
            else _project_created
        )
        _project_updated = d.get("project.updated", UNSET)
        project_updated = (
            AuditLogProjectUpdated.from_dict(_project_updated)
            if isinstance(_project_updated, dict)
            else _project_updated
        )
        _project_archived = d.get("project.archived", UNSET)
        project_archived = (
            AuditLogProjectArchived.from_dict(_project_archived)
            if isinstance(_project_archived, dict)
            else _project_archived
        )
        _project_deleted = d.get("project.deleted", UNSET)
        project_deleted = (
            AuditLogProjectDeleted.from_dict(_project_deleted)
            if isinstance(_project_deleted, dict)
            else _project_deleted
        )
        _rate_limit_updated = d.get("rate_limit.updated", UNSET)
        rate_limit_updated = (
            AuditLogRateLimitUpdated.from_dict(_rate_limit_updated)
            if isinstance(_rate_limit_updated, dict)
            else _rate_limit_updated
        )
        _rate_limit_deleted = d.get("rate_limit.deleted", UNSET)
        rate_limit_deleted = (
            AuditLogRateLimitDeleted.from_dict(_rate_limit_deleted)
            if isinstance(_rate_limit_deleted, dict)
            else _rate_limit_deleted
        )
        _role_created = d.get("role.created", UNSET)
        role_created = (
            AuditLogRoleCreated.from_dict(_role_created)
            if isinstance(_role_created, dict)
            else _role_created
        )
        _role_updated = d.get("role.updated", UNSET)
        role_updated = (
            AuditLogRoleUpdated.from_dict(_role_updated)
            if isinstance(_role_updated, dict)
            else _role_updated
        )
        _role_deleted = d.get("role.deleted", UNSET)
        role_deleted = (
            AuditLogRoleDeleted.from_dict(_role_deleted)
            if isinstance(_role_deleted, dict)
            else _role_deleted
        )
        _role_assignment_created = d.get("role.assignment.created", UNSET)
        role_assignment_created = (
            AuditLogRoleAssignmentCreated.from_dict(_role_assignment_created)
            if isinstance(_role_assignment_created, dict)
            else _role_assignment_created
        )
        _role_assignment_deleted = d.get("role.assignment.deleted", UNSET)
        role_assignment_deleted = (
            AuditLogRoleAssignmentDeleted.from_dict(_role_assignment_deleted)
            if isinstance(_role_assignment_deleted, dict)
            else _role_assignment_deleted
        )
        _role_bound_to_resource = d.get("role.bound_to_resource", UNSET)
        role_bound_to_resource = (
            AuditLogRoleBoundToResource.from_dict(_role_bound_to_resource)
            if isinstance(_role_bound_to_resource, dict)
            else _role_bound_to_resource
        )
        _role_unbound_from_resource = d.get("role.unbound_from_resource", UNSET)
        role_unbound_from_resource = (
            AuditLogRoleUnboundFromResource.from_dict(_role_unbound_from_resource)
            if isinstance(_role_unbound_from_resource, dict)
            else _role_unbound_from_resource
        )
        _service_account_created = d.get("service_account.created", UNSET)
        service_account_created = (
            AuditLogServiceAccountCreated.from_dict(_service_account_created)
            if isinstance(_service_account_created, dict)
            else _service_account_created
        )
        _service_account_updated = d.get("service_account.updated", UNSET)
        service_account_updated = (
            AuditLogServiceAccountUpdated.from_dict(_service_account_updated)
            if isinstance(_service_account_updated, dict)
            else _service_account_updated
        )
        _service_account_deleted = d.get("service_account.deleted", UNSET)
        service_account_deleted = (
            AuditLogServiceAccountDeleted.from_dict(_service_account_deleted)
            if isinstance(_service_account_deleted, dict)
            else _service_account_deleted
        )
        _workload_identity_provider_created = d.get("workload_identity_provider.created", UNSET)
        workload_identity_provider_created = (
            AuditLogWorkloadIdentityProviderCreated.from_dict(_workload_identity_provider_created)
            if isinstance(_workload_identity_provider_created, dict)
            else _workload_identity_provider_created
        )
        _workload_identity_provider_updated = d.get("workload_identity_provider.updated", UNSET)
        workload_identity_provider_updated = (
            AuditLogWorkloadIdentityProviderUpdated.from_dict(_workload_identity_provider_updated)
            if isinstance(_workload_identity_provider_updated, dict)
            else _workload_identity_provider_updated
        )
        _workload_identity_provider_deleted = d.get("workload_identity_provider.deleted", UNSET)
        workload_identity_provider_deleted = (
            AuditLogWorkloadIdentityProviderDeleted.from_dict(_workload_identity_provider_deleted)
            if isinstance(_workload_identity_provider_deleted, dict)
            else _workload_identity_provider_deleted
        )
        _workload_identity_provider_mapping_created = d.get(
            "workload_identity_provider_mapping.created", UNSET
        )
        workload_identity_provider_mapping_created = (
            AuditLogWorkloadIdentityProviderMappingCreated.from_dict(
                _workload_identity_provider_mapping_created
            )
            if isinstance(_workload_identity_provider_mapping_created, dict)
            else _workload_identity_provider_mapping_created
        )
        _workload_identity_provider_mapping_updated = d.get(
            "workload_identity_provider_mapping.updated", UNSET
        )
        workload_identity_provider_mapping_updated = (
            AuditLogWorkloadIdentityProviderMappingUpdated.from_dict(
                _workload_identity_provider_mapping_updated
            )
            if isinstance(_workload_identity_provider_mapping_updated, dict)
            else _workload_identity_provider_mapping_updated
        )
        _workload_identity_provider_mapping_deleted = d.get(
            "workload_identity_provider_mapping.deleted", UNSET
        )
        workload_identity_provider_mapping_deleted = (
            AuditLogWorkloadIdentityProviderMappingDeleted.from_dict(
                _workload_identity_provider_mapping_deleted
            )
            if isinstance(_workload_identity_provider_mapping_deleted, dict)
            else _workload_identity_provider_mapping_deleted
        )
        _user_added = d.get("user.added", UNSET)
        user_added = (
            AuditLogUserAdded.from_dict(_user_added)
            if isinstance(_user_added, dict)
            else _user_added
        )
        _user_updated = d.get("user.updated", UNSET)
        user_updated = (
            AuditLogUserUpdated.from_dict(_user_updated)
            if isinstance(_user_updated, dict)
            else _user_updated
        )
        _user_deleted = d.get("user.deleted", UNSET)
        user_deleted = (
            AuditLogUserDeleted.from_dict(_user_deleted)
            if isinstance(_user_deleted, dict)
            else _user_deleted
        )
        _certificate_created = d.get("certificate.created", UNSET)
        certificate_created = (
            AuditLogCertificateCreated.from_dict(_certificate_created)
            if isinstance(_certificate_created, dict)
            else _certificate_created
        )
        _certificate_updated = d.get("certificate.updated", UNSET)
        certificate_updated = (
            AuditLogCertificateUpdated.from_dict(_certificate_updated)
            if isinstance(_certificate_updated, dict)
            else _certificate_updated
        )
        _certificate_deleted = d.get("certificate.deleted", UNSET)
        certificate_deleted = (
            AuditLogCertificateDeleted.from_dict(_certificate_deleted)
            if isinstance(_certificate_deleted, dict)
            else _certificate_deleted
        )
        _certificates_activated = d.get("certificates.activated", UNSET)
        certificates_activated = (
            AuditLogCertificatesActivated.from_dict(_certificates_activated)
            if isinstance(_certificates_activated, dict)
            else _certificates_activated
        )
        _certificates_deactivated = d.get("certificates.deactivated", UNSET)
        certificates_deactivated = (
            AuditLogCertificatesDeactivated.from_dict(_certificates_deactivated)
            if isinstance(_certificates_deactivated, dict)
            else _certificates_deactivated
        )
        audit_log = cls(
            id=id,
            type=type_,
            effective_at=effective_at,
            project=project,
            actor=actor,
            api_key_created=api_key_created,
            api_key_updated=api_key_updated,
            api_key_deleted=api_key_deleted,
            checkpoint_permission_created=checkpoint_permission_created,
            checkpoint_permission_deleted=checkpoint_permission_deleted,
            external_key_registered=external_key_registered,
            external_key_removed=external_key_removed,
            group_created=group_created,
            group_updated=group_updated,
            group_deleted=group_deleted,
            scim_enabled=scim_enabled,
            scim_disabled=scim_disabled,
            invite_sent=invite_sent,
            invite_accepted=invite_accepted,
            invite_deleted=invite_deleted,
            ip_allowlist_created=ip_allowlist_created,
            ip_allowlist_updated=ip_allowlist_updated,
            ip_allowlist_deleted=ip_allowlist_deleted,
            ip_allowlist_config_activated=ip_allowlist_config_activated,
            ip_allowlist_config_deactivated=ip_allowlist_config_deactivated,
            login_succeeded=login_succeeded,
            login_failed=login_failed,
            logout_succeeded=logout_succeeded,
            logout_failed=logout_failed,
            organization_updated=organization_updated,
            project_created=project_created,
            project_updated=project_updated,
            project_archived=project_archived,
            project_deleted=project_deleted,
            rate_limit_updated=rate_limit_updated,
            rate_limit_deleted=rate_limit_deleted,
            role_created=role_created,
            role_updated=role_updated,
            role_deleted=role_deleted,
            role_assignment_created=role_assignment_created,
            role_assignment_deleted=role_assignment_deleted,
            role_bound_to_resource=role_bound_to_resource,
            role_unbound_from_resource=role_unbound_from_resource,
            service_account_created=service_account_created,
            service_account_updated=service_account_updated,
            service_account_deleted=service_account_deleted,
            workload_identity_provider_created=workload_identity_provider_created,
            workload_identity_provider_updated=workload_identity_provider_updated,
            workload_identity_provider_deleted=workload_identity_provider_deleted,
            workload_identity_provider_mapping_created=workload_identity_provider_mapping_created,
            workload_identity_provider_mapping_updated=workload_identity_provider_mapping_updated,
            workload_identity_provider_mapping_deleted=workload_identity_provider_mapping_deleted,
            user_added=user_added,
            user_updated=user_updated,
            user_deleted=user_deleted,
            certificate_created=certificate_created,
            certificate_updated=certificate_updated,
            certificate_deleted=certificate_deleted,
            certificates_activated=certificates_activated,
            certificates_deactivated=certificates_deactivated,
        )
        if id is None or type_ is None or effective_at is None:
            audit_log._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            audit_log.additional_properties = _extra_fields(d)
        return audit_log

    @property
    def type_(self) -> AuditLogEventType:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: AuditLogEventType) -> None:
        self.type = value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: the classes above exist before any model that refers back to them is loaded.
from ..models.audit_log_actor import AuditLogActor  # noqa: E402
from ..models.audit_log_api_key_created import AuditLogApiKeyCreated  # noqa: E402
from ..models.audit_log_api_key_deleted import AuditLogApiKeyDeleted  # noqa: E402
from ..models.audit_log_api_key_updated import AuditLogApiKeyUpdated  # noqa: E402
from ..models.audit_log_certificate_created import AuditLogCertificateCreated  # noqa: E402
from ..models.audit_log_certificate_deleted import AuditLogCertificateDeleted  # noqa: E402
from ..models.audit_log_certificate_updated import AuditLogCertificateUpdated  # noqa: E402
from ..models.audit_log_certificates_activated import AuditLogCertificatesActivated  # noqa: E402
from ..models.audit_log_certificates_deactivated import AuditLogCertificatesDeactivated  # noqa: E402
from ..models.audit_log_checkpoint_permission_created import AuditLogCheckpointPermissionCreated  # noqa: E402
from ..models.audit_log_checkpoint_permission_deleted import AuditLogCheckpointPermissionDeleted  # noqa: E402
from ..models.audit_log_external_key_registered import AuditLogExternalKeyRegistered  # noqa: E402
from ..models.audit_log_external_key_removed import AuditLogExternalKeyRemoved  # noqa: E402
from ..models.audit_log_group_created import AuditLogGroupCreated  # noqa: E402
from ..models.audit_log_group_deleted import AuditLogGroupDeleted  # noqa: E402
from ..models.audit_log_group_updated import AuditLogGroupUpdated  # noqa: E402
from ..models.audit_log_invite_accepted import AuditLogInviteAccepted  # noqa: E402
from ..models.audit_log_invite_deleted import AuditLogInviteDeleted  # noqa: E402
from ..models.audit_log_invite_sent import AuditLogInviteSent  # noqa: E402
from ..models.audit_log_ip_allowlist_config_activated import AuditLogIpAllowlistConfigActivated  # noqa: E402
from ..models.audit_log_ip_allowlist_config_deactivated import AuditLogIpAllowlistConfigDeactivated  # noqa: E402
from ..models.audit_log_ip_allowlist_created import AuditLogIpAllowlistCreated  # noqa: E402
from ..models.audit_log_ip_allowlist_deleted import AuditLogIpAllowlistDeleted  # noqa: E402
from ..models.audit_log_ip_allowlist_updated import AuditLogIpAllowlistUpdated  # noqa: E402
from ..models.audit_log_login_failed import AuditLogLoginFailed  # noqa: E402
from ..models.audit_log_login_succeeded import AuditLogLoginSucceeded  # noqa: E402
from ..models.audit_log_logout_failed import AuditLogLogoutFailed  # noqa: E402
from ..models.audit_log_logout_succeeded import AuditLogLogoutSucceeded  # noqa: E402
from ..models.audit_log_organization_updated import AuditLogOrganizationUpdated  # noqa: E402
from ..models.audit_log_project import AuditLogProject  # noqa: E402
from ..models.audit_log_project_archived import AuditLogProjectArchived  # noqa: E402
from ..models.audit_log_project_created import AuditLogProjectCreated  # noqa: E402
from ..models.audit_log_project_deleted import AuditLogProjectDeleted  # noqa: E402
from ..models.audit_log_project_updated import AuditLogProjectUpdated  # noqa: E402
from ..models.audit_log_rate_limit_deleted import AuditLogRateLimitDeleted  # noqa: E402
from ..models.audit_log_rate_limit_updated import AuditLogRateLimitUpdated  # noqa: E402
from ..models.audit_log_role_assignment_created import AuditLogRoleAssignmentCreated  # noqa: E402
from ..models.audit_log_role_assignment_deleted import AuditLogRoleAssignmentDeleted  # noqa: E402
from ..models.audit_log_role_bound_to_resource import AuditLogRoleBoundToResource  # noqa: E402
from ..models.audit_log_role_created import AuditLogRoleCreated  # noqa: E402
from ..models.audit_log_role_deleted import AuditLogRoleDeleted  # noqa: E402
from ..models.audit_log_role_unbound_from_resource import AuditLogRoleUnboundFromResource  # noqa: E402
from ..models.audit_log_role_updated import AuditLogRoleUpdated  # noqa: E402
from ..models.audit_log_scim_disabled import AuditLogScimDisabled  # noqa: E402
from ..models.audit_log_scim_enabled import AuditLogScimEnabled  # noqa: E402
from ..models.audit_log_service_account_created import AuditLogServiceAccountCreated  # noqa: E402
from ..models.audit_log_service_account_deleted import AuditLogServiceAccountDeleted  # noqa: E402
from ..models.audit_log_service_account_updated import AuditLogServiceAccountUpdated  # noqa: E402
from ..models.audit_log_user_added import AuditLogUserAdded  # noqa: E402
from ..models.audit_log_user_deleted import AuditLogUserDeleted  # noqa: E402
from ..models.audit_log_user_updated import AuditLogUserUpdated  # noqa: E402
from ..models.audit_log_workload_identity_provider_created import (
    AuditLogWorkloadIdentityProviderCreated,  # noqa: E402
)
from ..models.audit_log_workload_identity_provider_deleted import (
    AuditLogWorkloadIdentityProviderDeleted,  # noqa: E402
)
from ..models.audit_log_workload_identity_provider_mapping_created import (
    AuditLogWorkloadIdentityProviderMappingCreated,  # noqa: E402
)
from ..models.audit_log_workload_identity_provider_mapping_deleted import (
    AuditLogWorkloadIdentityProviderMappingDeleted,  # noqa: E402
)
from ..models.audit_log_workload_identity_provider_mapping_updated import (
    AuditLogWorkloadIdentityProviderMappingUpdated,  # noqa: E402
)
from ..models.audit_log_workload_identity_provider_updated import (
    AuditLogWorkloadIdentityProviderUpdated,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
AuditLog._oc_fields = (
    ("id", "id", True, "string"),
    (
        "type",
        "type",
        True,
        (
            "enum",
            "AuditLogEventType",
            (
                "api_key.created",
                "api_key.deleted",
                "api_key.updated",
                "certificate.created",
                "certificate.deleted",
                "certificate.updated",
                "certificates.activated",
                "certificates.deactivated",
                "checkpoint.permission.created",
                "checkpoint.permission.deleted",
                "external_key.registered",
                "external_key.removed",
                "group.created",
                "group.deleted",
                "group.updated",
                "invite.accepted",
                "invite.deleted",
                "invite.sent",
                "ip_allowlist.config.activated",
                "ip_allowlist.config.deactivated",
                "ip_allowlist.created",
                "ip_allowlist.deleted",
                "ip_allowlist.updated",
                "login.failed",
                "login.succeeded",
                "logout.failed",
                "logout.succeeded",
                "organization.updated",
                "project.archived",
                "project.created",
                "project.deleted",
                "project.updated",
                "rate_limit.deleted",
                "rate_limit.updated",
                "resource.deleted",
                "role.assignment.created",
                "role.assignment.deleted",
                "role.bound_to_resource",
                "role.created",
                "role.deleted",
                "role.unbound_from_resource",
                "role.updated",
                "scim.disabled",
                "scim.enabled",
                "service_account.created",
                "service_account.deleted",
                "service_account.updated",
                "tenant.admin_api_key.created",
                "tenant.admin_api_key.deleted",
                "tenant.admin_api_key.updated",
                "tenant.ads_account.onboarding.redemption",
                "tenant.api_organization_invite.deleted",
                "tenant.api_organization_invite.upserted",
                "tenant.billing.alerts.updated",
                "tenant.billing.info.updated",
                "tenant.billing.overage_limit.updated",
                "tenant.chatgpt_access_token.revoked",
                "tenant.chatgpt_workspace_invite.upserted",
                "tenant.custom_role.created",
                "tenant.custom_role.deleted",
                "tenant.custom_role.updated",
                "tenant.domains.migrated",
                "tenant.group.created",
                "tenant.group.deleted",
                "tenant.group.member.added",
                "tenant.group.member.removed",
                "tenant.group.updated",
                "tenant.membership.accepted",
                "tenant.membership.declined",
                "tenant.membership.revoked",
                "tenant.metadata.updated",
                "tenant.microsoft_entra_mapping.deleted",
                "tenant.microsoft_entra_mapping.upserted",
                "tenant.migration.completed",
                "tenant.migration_rollout.status.updated",
                "tenant.migration_rollout.tier.updated",
                "tenant.policy.attached",
                "tenant.policy.created",
                "tenant.policy.deleted",
                "tenant.policy.detached",
                "tenant.policy.updated",
                "tenant.principal_authentication_policy.resolved",
                "tenant.product_access_policy.updated",
                "tenant.project_api_key.created",
                "tenant.resource_access.deleted",
                "tenant.resource_access.updated",
                "tenant.resource_role_assignment.created",
                "tenant.resource_role_assignment.deleted",
                "tenant.resource_share_grant.accepted",
                "tenant.resource_share_grant.created",
                "tenant.resource_share_grant.declined",
                "tenant.resource_share_grant.deleted",
                "tenant.resource_share_grant.revoked",
                "tenant.resource_share_grant.updated",
                "tenant.role.metadata.updated",
                "tenant.role_assignment.created",
                "tenant.role_assignment.deleted",
                "tenant.scim.deletion.requested",
                "tenant.scim.directory.created",
                "tenant.scim.setup.started",
                "tenant.service_account.deleted",
                "tenant.service_account.token.revoked",
                "tenant.service_account.updated",
                "tenant.session_policy.created",
                "tenant.session_policy.deleted",
                "tenant.session_policy.updated",
                "tenant.session_revocation.started",
                "tenant.sso.migrated",
                "tenant.sso_connection.created",
                "tenant.sso_connection.deleted",
                "tenant.sso_connection.setup.started",
                "tenant.sso_connection.updated",
                "tenant.third_party_app_policy.updated",
                "tenant.usage_limit.group.updated",
                "tenant.usage_limit.increase_request.resolved",
                "tenant.usage_limit.increase_request.updated",
                "tenant.usage_limit.user.updated",
                "tenant.usage_limit.workspace.updated",
                "tenant.user.added",
                "tenant.user.invited",
                "tenant.user.looked_up",
                "tenant.user.removed",
                "tenant.user.updated",
                "tenant.workload_identity.access_token.issued",
                "tenant.workload_identity.binding.created",
                "tenant.workload_identity.mapping.archived",
                "tenant.workload_identity.mapping.created",
                "tenant.workload_identity.mapping.updated",
                "tenant.workload_identity.principal.provisioned",
                "tenant.workload_identity.provider.archived",
                "tenant.workload_identity.provider.created",
                "tenant.workload_identity.provider.updated",
                "tenant.workspace_invite_email_settings.updated",
                "tunnel.created",
                "tunnel.deleted",
                "tunnel.updated",
                "user.added",
                "user.deleted",
                "user.updated",
                "workload_identity_provider.created",
                "workload_identity_provider.deleted",
                "workload_identity_provider.updated",
                "workload_identity_provider_mapping.created",
                "workload_identity_provider_mapping.deleted",
                "workload_identity_provider_mapping.updated",
            ),
        ),
    ),
    ("effective_at", "effective_at", True, "integer"),
    ("project", "project", False, AuditLogProject),
    (
        "actor",
        "actor",
        False,
        (
            "union",
            (
                AuditLogActor,
                "null",
            ),
        ),
    ),
    ("api_key_created", "api_key.created", False, AuditLogApiKeyCreated),
    ("api_key_updated", "api_key.updated", False, AuditLogApiKeyUpdated),
    ("api_key_deleted", "api_key.deleted", False, AuditLogApiKeyDeleted),
    (
        "checkpoint_permission_created",
        "checkpoint.permission.created",
        False,
        AuditLogCheckpointPermissionCreated,
    ),
    (
        "checkpoint_permission_deleted",
        "checkpoint.permission.deleted",
        False,
        AuditLogCheckpointPermissionDeleted,
    ),
    ("external_key_registered", "external_key.registered", False, AuditLogExternalKeyRegistered),
    ("external_key_removed", "external_key.removed", False, AuditLogExternalKeyRemoved),
    ("group_created", "group.created", False, AuditLogGroupCreated),
    ("group_updated", "group.updated", False, AuditLogGroupUpdated),
    ("group_deleted", "group.deleted", False, AuditLogGroupDeleted),
    ("scim_enabled", "scim.enabled", False, AuditLogScimEnabled),
    ("scim_disabled", "scim.disabled", False, AuditLogScimDisabled),
    ("invite_sent", "invite.sent", False, AuditLogInviteSent),
    ("invite_accepted", "invite.accepted", False, AuditLogInviteAccepted),
    ("invite_deleted", "invite.deleted", False, AuditLogInviteDeleted),
    ("ip_allowlist_created", "ip_allowlist.created", False, AuditLogIpAllowlistCreated),
    ("ip_allowlist_updated", "ip_allowlist.updated", False, AuditLogIpAllowlistUpdated),
    ("ip_allowlist_deleted", "ip_allowlist.deleted", False, AuditLogIpAllowlistDeleted),
    (
        "ip_allowlist_config_activated",
        "ip_allowlist.config.activated",
        False,
        AuditLogIpAllowlistConfigActivated,
    ),
    (
        "ip_allowlist_config_deactivated",
        "ip_allowlist.config.deactivated",
        False,
        AuditLogIpAllowlistConfigDeactivated,
    ),
    ("login_succeeded", "login.succeeded", False, AuditLogLoginSucceeded),
    ("login_failed", "login.failed", False, AuditLogLoginFailed),
    ("logout_succeeded", "logout.succeeded", False, AuditLogLogoutSucceeded),
    ("logout_failed", "logout.failed", False, AuditLogLogoutFailed),
    ("organization_updated", "organization.updated", False, AuditLogOrganizationUpdated),
    ("project_created", "project.created", False, AuditLogProjectCreated),
    ("project_updated", "project.updated", False, AuditLogProjectUpdated),
    ("project_archived", "project.archived", False, AuditLogProjectArchived),
    ("project_deleted", "project.deleted", False, AuditLogProjectDeleted),
    ("rate_limit_updated", "rate_limit.updated", False, AuditLogRateLimitUpdated),
    ("rate_limit_deleted", "rate_limit.deleted", False, AuditLogRateLimitDeleted),
    ("role_created", "role.created", False, AuditLogRoleCreated),
    ("role_updated", "role.updated", False, AuditLogRoleUpdated),
    ("role_deleted", "role.deleted", False, AuditLogRoleDeleted),
    ("role_assignment_created", "role.assignment.created", False, AuditLogRoleAssignmentCreated),
    ("role_assignment_deleted", "role.assignment.deleted", False, AuditLogRoleAssignmentDeleted),
    ("role_bound_to_resource", "role.bound_to_resource", False, AuditLogRoleBoundToResource),
    (
        "role_unbound_from_resource",
        "role.unbound_from_resource",
        False,
        AuditLogRoleUnboundFromResource,
    ),
    ("service_account_created", "service_account.created", False, AuditLogServiceAccountCreated),
    ("service_account_updated", "service_account.updated", False, AuditLogServiceAccountUpdated),
    ("service_account_deleted", "service_account.deleted", False, AuditLogServiceAccountDeleted),
    (
        "workload_identity_provider_created",
        "workload_identity_provider.created",
        False,
        AuditLogWorkloadIdentityProviderCreated,
    ),
    (
        "workload_identity_provider_updated",
        "workload_identity_provider.updated",
        False,
        AuditLogWorkloadIdentityProviderUpdated,
    ),
    (
        "workload_identity_provider_deleted",
        "workload_identity_provider.deleted",
        False,
        AuditLogWorkloadIdentityProviderDeleted,
    ),
    (
        "workload_identity_provider_mapping_created",
        "workload_identity_provider_mapping.created",
        False,
        AuditLogWorkloadIdentityProviderMappingCreated,
    ),
    (
        "workload_identity_provider_mapping_updated",
        "workload_identity_provider_mapping.updated",
        False,
        AuditLogWorkloadIdentityProviderMappingUpdated,
    ),
    (
        "workload_identity_provider_mapping_deleted",
        "workload_identity_provider_mapping.deleted",
        False,
        AuditLogWorkloadIdentityProviderMappingDeleted,
    ),
    ("user_added", "user.added", False, AuditLogUserAdded),
    ("user_updated", "user.updated", False, AuditLogUserUpdated),
    ("user_deleted", "user.deleted", False, AuditLogUserDeleted),
    ("certificate_created", "certificate.created", False, AuditLogCertificateCreated),
    ("certificate_updated", "certificate.updated", False, AuditLogCertificateUpdated),
    ("certificate_deleted", "certificate.deleted", False, AuditLogCertificateDeleted),
    ("certificates_activated", "certificates.activated", False, AuditLogCertificatesActivated),
    (
        "certificates_deactivated",
        "certificates.deactivated",
        False,
        AuditLogCertificatesDeactivated,
    ),
)
