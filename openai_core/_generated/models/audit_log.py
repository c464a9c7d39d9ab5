# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_log_event_type import AuditLogEventType, check_audit_log_event_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLog")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class AuditLog:
    """Schema `AuditLog`.

    Attributes:
        id (str):
        type_ (AuditLogEventType): Schema `AuditLogEventType`.
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
    type_: AuditLogEventType
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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        effective_at = self.effective_at

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        actor: dict[str, Any] | None | Unset
        if isinstance(self.actor, Unset):
            actor = UNSET
        elif isinstance(self.actor, AuditLogActor):
            actor = self.actor.to_dict()
        else:
            actor = self.actor

        api_key_created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_key_created, Unset):
            api_key_created = self.api_key_created.to_dict()

        api_key_updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_key_updated, Unset):
            api_key_updated = self.api_key_updated.to_dict()

        api_key_deleted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_key_deleted, Unset):
            api_key_deleted = self.api_key_deleted.to_dict()

        checkpoint_permission_created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint_permission_created, Unset):
            checkpoint_permission_created = self.checkpoint_permission_created.to_dict()

        checkpoint_permission_deleted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint_permission_deleted, Unset):
            checkpoint_permission_deleted = self.checkpoint_permission_deleted.to_dict()

        external_key_registered: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_key_registered, Unset):
            external_key_registered = self.external_key_registered.to_dict()

        external_key_removed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_key_removed, Unset):
            external_key_removed = self.external_key_removed.to_dict()

        group_created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group_created, Unset):
            group_created = self.group_created.to_dict()

        group_updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group_updated, Unset):
            group_updated = self.group_updated.to_dict()

        group_deleted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group_deleted, Unset):
            group_deleted = self.group_deleted.to_dict()

        scim_enabled: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scim_enabled, Unset):
            scim_enabled = self.scim_enabled.to_dict()

        scim_disabled: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scim_disabled, Unset):
            scim_disabled = self.scim_disabled.to_dict()

        invite_sent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invite_sent, Unset):
            invite_sent = self.invite_sent.to_dict()

        invite_accepted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invite_accepted, Unset):
            invite_accepted = self.invite_accepted.to_dict()

        invite_deleted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invite_deleted, Unset):
            invite_deleted = self.invite_deleted.to_dict()

        ip_allowlist_created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip_allowlist_created, Unset):
            ip_allowlist_created = self.ip_allowlist_created.to_dict()

        ip_allowlist_updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip_allowlist_updated, Unset):
            ip_allowlist_updated = self.ip_allowlist_updated.to_dict()

        ip_allowlist_deleted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip_allowlist_deleted, Unset):
            ip_allowlist_deleted = self.ip_allowlist_deleted.to_dict()

        ip_allowlist_config_activated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip_allowlist_config_activated, Unset):
            ip_allowlist_config_activated = self.ip_allowlist_config_activated.to_dict()

        ip_allowlist_config_deactivated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip_allowlist_config_deactivated, Unset):
            ip_allowlist_config_deactivated = self.ip_allowlist_config_deactivated.to_dict()

        login_succeeded: dict[str, Any] | Unset = UNSET
        if not isinstance(self.login_succeeded, Unset):
            login_succeeded = self.login_succeeded.to_dict()

        login_failed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.login_failed, Unset):
            login_failed = self.login_failed.to_dict()

        logout_succeeded: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logout_succeeded, Unset):
            logout_succeeded = self.logout_succeeded.to_dict()

        logout_failed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logout_failed, Unset):
            logout_failed = self.logout_failed.to_dict()

        organization_updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization_updated, Unset):
            organization_updated = self.organization_updated.to_dict()

        project_created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_created, Unset):
            project_created = self.project_created.to_dict()

        project_updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_updated, Unset):
            project_updated = self.project_updated.to_dict()

        project_archived: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_archived, Unset):
            project_archived = self.project_archived.to_dict()

        project_deleted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_deleted, Unset):
            project_deleted = self.project_deleted.to_dict()

        rate_limit_updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_limit_updated, Unset):
            rate_limit_updated = self.rate_limit_updated.to_dict()

        rate_limit_deleted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_limit_deleted, Unset):
            rate_limit_deleted = self.rate_limit_deleted.to_dict()

        role_created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role_created, Unset):
            role_created = self.role_created.to_dict()

        role_updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role_updated, Unset):
            role_updated = self.role_updated.to_dict()

        role_deleted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role_deleted, Unset):
            role_deleted = self.role_deleted.to_dict()

        role_assignment_created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role_assignment_created, Unset):
            role_assignment_created = self.role_assignment_created.to_dict()

        role_assignment_deleted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role_assignment_deleted, Unset):
            role_assignment_deleted = self.role_assignment_deleted.to_dict()

        role_bound_to_resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role_bound_to_resource, Unset):
            role_bound_to_resource = self.role_bound_to_resource.to_dict()

        role_unbound_from_resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role_unbound_from_resource, Unset):
            role_unbound_from_resource = self.role_unbound_from_resource.to_dict()

        service_account_created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_account_created, Unset):
            service_account_created = self.service_account_created.to_dict()

        service_account_updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_account_updated, Unset):
            service_account_updated = self.service_account_updated.to_dict()

        service_account_deleted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_account_deleted, Unset):
            service_account_deleted = self.service_account_deleted.to_dict()

        workload_identity_provider_created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workload_identity_provider_created, Unset):
            workload_identity_provider_created = self.workload_identity_provider_created.to_dict()

        workload_identity_provider_updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workload_identity_provider_updated, Unset):
            workload_identity_provider_updated = self.workload_identity_provider_updated.to_dict()

        workload_identity_provider_deleted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workload_identity_provider_deleted, Unset):
            workload_identity_provider_deleted = self.workload_identity_provider_deleted.to_dict()

        workload_identity_provider_mapping_created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workload_identity_provider_mapping_created, Unset):
            workload_identity_provider_mapping_created = (
                self.workload_identity_provider_mapping_created.to_dict()
            )

        workload_identity_provider_mapping_updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workload_identity_provider_mapping_updated, Unset):
            workload_identity_provider_mapping_updated = (
                self.workload_identity_provider_mapping_updated.to_dict()
            )

        workload_identity_provider_mapping_deleted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workload_identity_provider_mapping_deleted, Unset):
            workload_identity_provider_mapping_deleted = (
                self.workload_identity_provider_mapping_deleted.to_dict()
            )

        user_added: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_added, Unset):
            user_added = self.user_added.to_dict()

        user_updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_updated, Unset):
            user_updated = self.user_updated.to_dict()

        user_deleted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_deleted, Unset):
            user_deleted = self.user_deleted.to_dict()

        certificate_created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.certificate_created, Unset):
            certificate_created = self.certificate_created.to_dict()

        certificate_updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.certificate_updated, Unset):
            certificate_updated = self.certificate_updated.to_dict()

        certificate_deleted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.certificate_deleted, Unset):
            certificate_deleted = self.certificate_deleted.to_dict()

        certificates_activated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.certificates_activated, Unset):
            certificates_activated = self.certificates_activated.to_dict()

        certificates_deactivated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.certificates_deactivated, Unset):
            certificates_deactivated = self.certificates_deactivated.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "effective_at": effective_at,
            }
        )
        if project is not UNSET:
            field_dict["project"] = project
        if actor is not UNSET:
            field_dict["actor"] = actor
        if api_key_created is not UNSET:
            field_dict["api_key.created"] = api_key_created
        if api_key_updated is not UNSET:
            field_dict["api_key.updated"] = api_key_updated
        if api_key_deleted is not UNSET:
            field_dict["api_key.deleted"] = api_key_deleted
        if checkpoint_permission_created is not UNSET:
            field_dict["checkpoint.permission.created"] = checkpoint_permission_created
        if checkpoint_permission_deleted is not UNSET:
            field_dict["checkpoint.permission.deleted"] = checkpoint_permission_deleted
        if external_key_registered is not UNSET:
            field_dict["external_key.registered"] = external_key_registered
        if external_key_removed is not UNSET:
            field_dict["external_key.removed"] = external_key_removed
        if group_created is not UNSET:
            field_dict["group.created"] = group_created
        if group_updated is not UNSET:
            field_dict["group.updated"] = group_updated
        if group_deleted is not UNSET:
            field_dict["group.deleted"] = group_deleted
        if scim_enabled is not UNSET:
            field_dict["scim.enabled"] = scim_enabled
        if scim_disabled is not UNSET:
            field_dict["scim.disabled"] = scim_disabled
        if invite_sent is not UNSET:
            field_dict["invite.sent"] = invite_sent
        if invite_accepted is not UNSET:
            field_dict["invite.accepted"] = invite_accepted
        if invite_deleted is not UNSET:
            field_dict["invite.deleted"] = invite_deleted
        if ip_allowlist_created is not UNSET:
            field_dict["ip_allowlist.created"] = ip_allowlist_created
        if ip_allowlist_updated is not UNSET:
            field_dict["ip_allowlist.updated"] = ip_allowlist_updated
        if ip_allowlist_deleted is not UNSET:
            field_dict["ip_allowlist.deleted"] = ip_allowlist_deleted
        if ip_allowlist_config_activated is not UNSET:
            field_dict["ip_allowlist.config.activated"] = ip_allowlist_config_activated
        if ip_allowlist_config_deactivated is not UNSET:
            field_dict["ip_allowlist.config.deactivated"] = ip_allowlist_config_deactivated
        if login_succeeded is not UNSET:
            field_dict["login.succeeded"] = login_succeeded
        if login_failed is not UNSET:
            field_dict["login.failed"] = login_failed
        if logout_succeeded is not UNSET:
            field_dict["logout.succeeded"] = logout_succeeded
        if logout_failed is not UNSET:
            field_dict["logout.failed"] = logout_failed
        if organization_updated is not UNSET:
            field_dict["organization.updated"] = organization_updated
        if project_created is not UNSET:
            field_dict["project.created"] = project_created
        if project_updated is not UNSET:
            field_dict["project.updated"] = project_updated
        if project_archived is not UNSET:
            field_dict["project.archived"] = project_archived
        if project_deleted is not UNSET:
            field_dict["project.deleted"] = project_deleted
        if rate_limit_updated is not UNSET:
            field_dict["rate_limit.updated"] = rate_limit_updated
        if rate_limit_deleted is not UNSET:
            field_dict["rate_limit.deleted"] = rate_limit_deleted
        if role_created is not UNSET:
            field_dict["role.created"] = role_created
        if role_updated is not UNSET:
            field_dict["role.updated"] = role_updated
        if role_deleted is not UNSET:
            field_dict["role.deleted"] = role_deleted
        if role_assignment_created is not UNSET:
            field_dict["role.assignment.created"] = role_assignment_created
        if role_assignment_deleted is not UNSET:
            field_dict["role.assignment.deleted"] = role_assignment_deleted
        if role_bound_to_resource is not UNSET:
            field_dict["role.bound_to_resource"] = role_bound_to_resource
        if role_unbound_from_resource is not UNSET:
            field_dict["role.unbound_from_resource"] = role_unbound_from_resource
        if service_account_created is not UNSET:
            field_dict["service_account.created"] = service_account_created
        if service_account_updated is not UNSET:
            field_dict["service_account.updated"] = service_account_updated
        if service_account_deleted is not UNSET:
            field_dict["service_account.deleted"] = service_account_deleted
        if workload_identity_provider_created is not UNSET:
            field_dict["workload_identity_provider.created"] = workload_identity_provider_created
        if workload_identity_provider_updated is not UNSET:
            field_dict["workload_identity_provider.updated"] = workload_identity_provider_updated
        if workload_identity_provider_deleted is not UNSET:
            field_dict["workload_identity_provider.deleted"] = workload_identity_provider_deleted
        if workload_identity_provider_mapping_created is not UNSET:
            field_dict["workload_identity_provider_mapping.created"] = (
                workload_identity_provider_mapping_created
            )
        if workload_identity_provider_mapping_updated is not UNSET:
            field_dict["workload_identity_provider_mapping.updated"] = (
                workload_identity_provider_mapping_updated
            )
        if workload_identity_provider_mapping_deleted is not UNSET:
            field_dict["workload_identity_provider_mapping.deleted"] = (
                workload_identity_provider_mapping_deleted
            )
        if user_added is not UNSET:
            field_dict["user.added"] = user_added
        if user_updated is not UNSET:
            field_dict["user.updated"] = user_updated
        if user_deleted is not UNSET:
            field_dict["user.deleted"] = user_deleted
        if certificate_created is not UNSET:
            field_dict["certificate.created"] = certificate_created
        if certificate_updated is not UNSET:
            field_dict["certificate.updated"] = certificate_updated
        if certificate_deleted is not UNSET:
            field_dict["certificate.deleted"] = certificate_deleted
        if certificates_activated is not UNSET:
            field_dict["certificates.activated"] = certificates_activated
        if certificates_deactivated is not UNSET:
            field_dict["certificates.deactivated"] = certificates_deactivated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        type_ = check_audit_log_event_type(d["type"])

        effective_at = d["effective_at"]

        _project = d.get("project", UNSET)
        project: AuditLogProject | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = AuditLogProject.from_dict(_project)

        def _parse_actor(data: object) -> AuditLogActor | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                actor_type_0 = AuditLogActor.from_dict(data)

                return actor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AuditLogActor | None | Unset", data)

        actor = _parse_actor(d.get("actor", UNSET))

        _api_key_created = d.get("api_key.created", UNSET)
        api_key_created: AuditLogApiKeyCreated | Unset
        if isinstance(_api_key_created, Unset):
            api_key_created = UNSET
        else:
            api_key_created = AuditLogApiKeyCreated.from_dict(_api_key_created)

        _api_key_updated = d.get("api_key.updated", UNSET)
        api_key_updated: AuditLogApiKeyUpdated | Unset
        if isinstance(_api_key_updated, Unset):
            api_key_updated = UNSET
        else:
            api_key_updated = AuditLogApiKeyUpdated.from_dict(_api_key_updated)

        _api_key_deleted = d.get("api_key.deleted", UNSET)
        api_key_deleted: AuditLogApiKeyDeleted | Unset
        if isinstance(_api_key_deleted, Unset):
            api_key_deleted = UNSET
        else:
            api_key_deleted = AuditLogApiKeyDeleted.from_dict(_api_key_deleted)

        _checkpoint_permission_created = d.get("checkpoint.permission.created", UNSET)
        checkpoint_permission_created: AuditLogCheckpointPermissionCreated | Unset
        if isinstance(_checkpoint_permission_created, Unset):
            checkpoint_permission_created = UNSET
        else:
            checkpoint_permission_created = AuditLogCheckpointPermissionCreated.from_dict(
                _checkpoint_permission_created
            )

        _checkpoint_permission_deleted = d.get("checkpoint.permission.deleted", UNSET)
        checkpoint_permission_deleted: AuditLogCheckpointPermissionDeleted | Unset
        if isinstance(_checkpoint_permission_deleted, Unset):
            checkpoint_permission_deleted = UNSET
        else:
            checkpoint_permission_deleted = AuditLogCheckpointPermissionDeleted.from_dict(
                _checkpoint_permission_deleted
            )

        _external_key_registered = d.get("external_key.registered", UNSET)
        external_key_registered: AuditLogExternalKeyRegistered | Unset
        if isinstance(_external_key_registered, Unset):
            external_key_registered = UNSET
        else:
            external_key_registered = AuditLogExternalKeyRegistered.from_dict(
                _external_key_registered
            )

        _external_key_removed = d.get("external_key.removed", UNSET)
        external_key_removed: AuditLogExternalKeyRemoved | Unset
        if isinstance(_external_key_removed, Unset):
            external_key_removed = UNSET
        else:
            external_key_removed = AuditLogExternalKeyRemoved.from_dict(_external_key_removed)

        _group_created = d.get("group.created", UNSET)
        group_created: AuditLogGroupCreated | Unset
        if isinstance(_group_created, Unset):
            group_created = UNSET
        else:
            group_created = AuditLogGroupCreated.from_dict(_group_created)

        _group_updated = d.get("group.updated", UNSET)
        group_updated: AuditLogGroupUpdated | Unset
        if isinstance(_group_updated, Unset):
            group_updated = UNSET
        else:
            group_updated = AuditLogGroupUpdated.from_dict(_group_updated)

        _group_deleted = d.get("group.deleted", UNSET)
        group_deleted: AuditLogGroupDeleted | Unset
        if isinstance(_group_deleted, Unset):
            group_deleted = UNSET
        else:
            group_deleted = AuditLogGroupDeleted.from_dict(_group_deleted)

        _scim_enabled = d.get("scim.enabled", UNSET)
        scim_enabled: AuditLogScimEnabled | Unset
        if isinstance(_scim_enabled, Unset):
            scim_enabled = UNSET
        else:
            scim_enabled = AuditLogScimEnabled.from_dict(_scim_enabled)

        _scim_disabled = d.get("scim.disabled", UNSET)
        scim_disabled: AuditLogScimDisabled | Unset
        if isinstance(_scim_disabled, Unset):
            scim_disabled = UNSET
        else:
            scim_disabled = AuditLogScimDisabled.from_dict(_scim_disabled)

        _invite_sent = d.get("invite.sent", UNSET)
        invite_sent: AuditLogInviteSent | Unset
        if isinstance(_invite_sent, Unset):
            invite_sent = UNSET
        else:
            invite_sent = AuditLogInviteSent.from_dict(_invite_sent)

        _invite_accepted = d.get("invite.accepted", UNSET)
        invite_accepted: AuditLogInviteAccepted | Unset
        if isinstance(_invite_accepted, Unset):
            invite_accepted = UNSET
        else:
            invite_accepted = AuditLogInviteAccepted.from_dict(_invite_accepted)

        _invite_deleted = d.get("invite.deleted", UNSET)
        invite_deleted: AuditLogInviteDeleted | Unset
        if isinstance(_invite_deleted, Unset):
            invite_deleted = UNSET
        else:
            invite_deleted = AuditLogInviteDeleted.from_dict(_invite_deleted)

        _ip_allowlist_created = d.get("ip_allowlist.created", UNSET)
        ip_allowlist_created: AuditLogIpAllowlistCreated | Unset
        if isinstance(_ip_allowlist_created, Unset):
            ip_allowlist_created = UNSET
        else:
            ip_allowlist_created = AuditLogIpAllowlistCreated.from_dict(_ip_allowlist_created)

        _ip_allowlist_updated = d.get("ip_allowlist.updated", UNSET)
        ip_allowlist_updated: AuditLogIpAllowlistUpdated | Unset
        if isinstance(_ip_allowlist_updated, Unset):
            ip_allowlist_updated = UNSET
        else:
            ip_allowlist_updated = AuditLogIpAllowlistUpdated.from_dict(_ip_allowlist_updated)

        _ip_allowlist_deleted = d.get("ip_allowlist.deleted", UNSET)
        ip_allowlist_deleted: AuditLogIpAllowlistDeleted | Unset
        if isinstance(_ip_allowlist_deleted, Unset):
            ip_allowlist_deleted = UNSET
        else:
            ip_allowlist_deleted = AuditLogIpAllowlistDeleted.from_dict(_ip_allowlist_deleted)

        _ip_allowlist_config_activated = d.get("ip_allowlist.config.activated", UNSET)
        ip_allowlist_config_activated: AuditLogIpAllowlistConfigActivated | Unset
        if isinstance(_ip_allowlist_config_activated, Unset):
            ip_allowlist_config_activated = UNSET
        else:
            ip_allowlist_config_activated = AuditLogIpAllowlistConfigActivated.from_dict(
                _ip_allowlist_config_activated
            )

        _ip_allowlist_config_deactivated = d.get("ip_allowlist.config.deactivated", UNSET)
        ip_allowlist_config_deactivated: AuditLogIpAllowlistConfigDeactivated | Unset
        if isinstance(_ip_allowlist_config_deactivated, Unset):
            ip_allowlist_config_deactivated = UNSET
        else:
            ip_allowlist_config_deactivated = AuditLogIpAllowlistConfigDeactivated.from_dict(
                _ip_allowlist_config_deactivated
            )

        _login_succeeded = d.get("login.succeeded", UNSET)
        login_succeeded: AuditLogLoginSucceeded | Unset
        if isinstance(_login_succeeded, Unset):
            login_succeeded = UNSET
        else:
            login_succeeded = AuditLogLoginSucceeded.from_dict(_login_succeeded)

        _login_failed = d.get("login.failed", UNSET)
        login_failed: AuditLogLoginFailed | Unset
        if isinstance(_login_failed, Unset):
            login_failed = UNSET
        else:
            login_failed = AuditLogLoginFailed.from_dict(_login_failed)

        _logout_succeeded = d.get("logout.succeeded", UNSET)
        logout_succeeded: AuditLogLogoutSucceeded | Unset
        if isinstance(_logout_succeeded, Unset):
            logout_succeeded = UNSET
        else:
            logout_succeeded = AuditLogLogoutSucceeded.from_dict(_logout_succeeded)

        _logout_failed = d.get("logout.failed", UNSET)
        logout_failed: AuditLogLogoutFailed | Unset
        if isinstance(_logout_failed, Unset):
            logout_failed = UNSET
        else:
            logout_failed = AuditLogLogoutFailed.from_dict(_logout_failed)

        _organization_updated = d.get("organization.updated", UNSET)
        organization_updated: AuditLogOrganizationUpdated | Unset
        if isinstance(_organization_updated, Unset):
            organization_updated = UNSET
        else:
            organization_updated = AuditLogOrganizationUpdated.from_dict(_organization_updated)

        _project_created = d.get("project.created", UNSET)
        project_created: AuditLogProjectCreated | Unset
        if isinstance(_project_created, Unset):
            project_created = UNSET
        else:
            project_created = AuditLogProjectCreated.from_dict(_project_created)

        _project_updated = d.get("project.updated", UNSET)
        project_updated: AuditLogProjectUpdated | Unset
        if isinstance(_project_updated, Unset):
            project_updated = UNSET
        else:
            project_updated = AuditLogProjectUpdated.from_dict(_project_updated)

        _project_archived = d.get("project.archived", UNSET)
        project_archived: AuditLogProjectArchived | Unset
        if isinstance(_project_archived, Unset):
            project_archived = UNSET
        else:
            project_archived = AuditLogProjectArchived.from_dict(_project_archived)

        _project_deleted = d.get("project.deleted", UNSET)
        project_deleted: AuditLogProjectDeleted | Unset
        if isinstance(_project_deleted, Unset):
            project_deleted = UNSET
        else:
            project_deleted = AuditLogProjectDeleted.from_dict(_project_deleted)

        _rate_limit_updated = d.get("rate_limit.updated", UNSET)
        rate_limit_updated: AuditLogRateLimitUpdated | Unset
        if isinstance(_rate_limit_updated, Unset):
            rate_limit_updated = UNSET
        else:
            rate_limit_updated = AuditLogRateLimitUpdated.from_dict(_rate_limit_updated)

        _rate_limit_deleted = d.get("rate_limit.deleted", UNSET)
        rate_limit_deleted: AuditLogRateLimitDeleted | Unset
        if isinstance(_rate_limit_deleted, Unset):
            rate_limit_deleted = UNSET
        else:
            rate_limit_deleted = AuditLogRateLimitDeleted.from_dict(_rate_limit_deleted)

        _role_created = d.get("role.created", UNSET)
        role_created: AuditLogRoleCreated | Unset
        if isinstance(_role_created, Unset):
            role_created = UNSET
        else:
            role_created = AuditLogRoleCreated.from_dict(_role_created)

        _role_updated = d.get("role.updated", UNSET)
        role_updated: AuditLogRoleUpdated | Unset
        if isinstance(_role_updated, Unset):
            role_updated = UNSET
        else:
            role_updated = AuditLogRoleUpdated.from_dict(_role_updated)

        _role_deleted = d.get("role.deleted", UNSET)
        role_deleted: AuditLogRoleDeleted | Unset
        if isinstance(_role_deleted, Unset):
            role_deleted = UNSET
        else:
            role_deleted = AuditLogRoleDeleted.from_dict(_role_deleted)

        _role_assignment_created = d.get("role.assignment.created", UNSET)
        role_assignment_created: AuditLogRoleAssignmentCreated | Unset
        if isinstance(_role_assignment_created, Unset):
            role_assignment_created = UNSET
        else:
            role_assignment_created = AuditLogRoleAssignmentCreated.from_dict(
                _role_assignment_created
            )

        _role_assignment_deleted = d.get("role.assignment.deleted", UNSET)
        role_assignment_deleted: AuditLogRoleAssignmentDeleted | Unset
        if isinstance(_role_assignment_deleted, Unset):
            role_assignment_deleted = UNSET
        else:
            role_assignment_deleted = AuditLogRoleAssignmentDeleted.from_dict(
                _role_assignment_deleted
            )

        _role_bound_to_resource = d.get("role.bound_to_resource", UNSET)
        role_bound_to_resource: AuditLogRoleBoundToResource | Unset
        if isinstance(_role_bound_to_resource, Unset):
            role_bound_to_resource = UNSET
        else:
            role_bound_to_resource = AuditLogRoleBoundToResource.from_dict(_role_bound_to_resource)

        _role_unbound_from_resource = d.get("role.unbound_from_resource", UNSET)
        role_unbound_from_resource: AuditLogRoleUnboundFromResource | Unset
        if isinstance(_role_unbound_from_resource, Unset):
            role_unbound_from_resource = UNSET
        else:
            role_unbound_from_resource = AuditLogRoleUnboundFromResource.from_dict(
                _role_unbound_from_resource
            )

        _service_account_created = d.get("service_account.created", UNSET)
        service_account_created: AuditLogServiceAccountCreated | Unset
        if isinstance(_service_account_created, Unset):
            service_account_created = UNSET
        else:
            service_account_created = AuditLogServiceAccountCreated.from_dict(
                _service_account_created
            )

        _service_account_updated = d.get("service_account.updated", UNSET)
        service_account_updated: AuditLogServiceAccountUpdated | Unset
        if isinstance(_service_account_updated, Unset):
            service_account_updated = UNSET
        else:
            service_account_updated = AuditLogServiceAccountUpdated.from_dict(
                _service_account_updated
            )

        _service_account_deleted = d.get("service_account.deleted", UNSET)
        service_account_deleted: AuditLogServiceAccountDeleted | Unset
        if isinstance(_service_account_deleted, Unset):
            service_account_deleted = UNSET
        else:
            service_account_deleted = AuditLogServiceAccountDeleted.from_dict(
                _service_account_deleted
            )

        _workload_identity_provider_created = d.get("workload_identity_provider.created", UNSET)
        workload_identity_provider_created: AuditLogWorkloadIdentityProviderCreated | Unset
        if isinstance(_workload_identity_provider_created, Unset):
            workload_identity_provider_created = UNSET
        else:
            workload_identity_provider_created = AuditLogWorkloadIdentityProviderCreated.from_dict(
                _workload_identity_provider_created
            )

        _workload_identity_provider_updated = d.get("workload_identity_provider.updated", UNSET)
        workload_identity_provider_updated: AuditLogWorkloadIdentityProviderUpdated | Unset
        if isinstance(_workload_identity_provider_updated, Unset):
            workload_identity_provider_updated = UNSET
        else:
            workload_identity_provider_updated = AuditLogWorkloadIdentityProviderUpdated.from_dict(
                _workload_identity_provider_updated
            )

        _workload_identity_provider_deleted = d.get("workload_identity_provider.deleted", UNSET)
        workload_identity_provider_deleted: AuditLogWorkloadIdentityProviderDeleted | Unset
        if isinstance(_workload_identity_provider_deleted, Unset):
            workload_identity_provider_deleted = UNSET
        else:
            workload_identity_provider_deleted = AuditLogWorkloadIdentityProviderDeleted.from_dict(
                _workload_identity_provider_deleted
            )

        _workload_identity_provider_mapping_created = d.get(
            "workload_identity_provider_mapping.created", UNSET
        )
        workload_identity_provider_mapping_created: (
            AuditLogWorkloadIdentityProviderMappingCreated | Unset
        )
        if isinstance(_workload_identity_provider_mapping_created, Unset):
            workload_identity_provider_mapping_created = UNSET
        else:
            workload_identity_provider_mapping_created = (
                AuditLogWorkloadIdentityProviderMappingCreated.from_dict(
                    _workload_identity_provider_mapping_created
                )
            )

        _workload_identity_provider_mapping_updated = d.get(
            "workload_identity_provider_mapping.updated", UNSET
        )
        workload_identity_provider_mapping_updated: (
            AuditLogWorkloadIdentityProviderMappingUpdated | Unset
        )
        if isinstance(_workload_identity_provider_mapping_updated, Unset):
            workload_identity_provider_mapping_updated = UNSET
        else:
            workload_identity_provider_mapping_updated = (
                AuditLogWorkloadIdentityProviderMappingUpdated.from_dict(
                    _workload_identity_provider_mapping_updated
                )
            )

        _workload_identity_provider_mapping_deleted = d.get(
            "workload_identity_provider_mapping.deleted", UNSET
        )
        workload_identity_provider_mapping_deleted: (
            AuditLogWorkloadIdentityProviderMappingDeleted | Unset
        )
        if isinstance(_workload_identity_provider_mapping_deleted, Unset):
            workload_identity_provider_mapping_deleted = UNSET
        else:
            workload_identity_provider_mapping_deleted = (
                AuditLogWorkloadIdentityProviderMappingDeleted.from_dict(
                    _workload_identity_provider_mapping_deleted
                )
            )

        _user_added = d.get("user.added", UNSET)
        user_added: AuditLogUserAdded | Unset
        if isinstance(_user_added, Unset):
            user_added = UNSET
        else:
            user_added = AuditLogUserAdded.from_dict(_user_added)

        _user_updated = d.get("user.updated", UNSET)
        user_updated: AuditLogUserUpdated | Unset
        if isinstance(_user_updated, Unset):
            user_updated = UNSET
        else:
            user_updated = AuditLogUserUpdated.from_dict(_user_updated)

        _user_deleted = d.get("user.deleted", UNSET)
        user_deleted: AuditLogUserDeleted | Unset
        if isinstance(_user_deleted, Unset):
            user_deleted = UNSET
        else:
            user_deleted = AuditLogUserDeleted.from_dict(_user_deleted)

        _certificate_created = d.get("certificate.created", UNSET)
        certificate_created: AuditLogCertificateCreated | Unset
        if isinstance(_certificate_created, Unset):
            certificate_created = UNSET
        else:
            certificate_created = AuditLogCertificateCreated.from_dict(_certificate_created)

        _certificate_updated = d.get("certificate.updated", UNSET)
        certificate_updated: AuditLogCertificateUpdated | Unset
        if isinstance(_certificate_updated, Unset):
            certificate_updated = UNSET
        else:
            certificate_updated = AuditLogCertificateUpdated.from_dict(_certificate_updated)

        _certificate_deleted = d.get("certificate.deleted", UNSET)
        certificate_deleted: AuditLogCertificateDeleted | Unset
        if isinstance(_certificate_deleted, Unset):
            certificate_deleted = UNSET
        else:
            certificate_deleted = AuditLogCertificateDeleted.from_dict(_certificate_deleted)

        _certificates_activated = d.get("certificates.activated", UNSET)
        certificates_activated: AuditLogCertificatesActivated | Unset
        if isinstance(_certificates_activated, Unset):
            certificates_activated = UNSET
        else:
            certificates_activated = AuditLogCertificatesActivated.from_dict(
                _certificates_activated
            )

        _certificates_deactivated = d.get("certificates.deactivated", UNSET)
        certificates_deactivated: AuditLogCertificatesDeactivated | Unset
        if isinstance(_certificates_deactivated, Unset):
            certificates_deactivated = UNSET
        else:
            certificates_deactivated = AuditLogCertificatesDeactivated.from_dict(
                _certificates_deactivated
            )

        audit_log = cls(
            id=id,
            type_=type_,
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

        audit_log.additional_properties = _extra_fields(d)
        return audit_log

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
