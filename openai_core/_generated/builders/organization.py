# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.organization` (106 operations).

Each `...Setters` mixin has one setter per body field and query parameter of its operation; the
hand-written layer composes it with its builder base on first use. The `...Builder` classes in
the last TYPE_CHECKING block name, for the type checker, what the namespace methods return
(for lists, the item type of their pages, which the runtime ListBuilder fills from the answer).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from ._base import NamespaceMixin, SetterMixin, defer_path_check

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from typing_extensions import Self, Unpack

    from ..._builders.base import AsyncRequestBuilder, RequestBuilder
    from ..._builders.pagination import AsyncListBuilder, AsyncPage, ListBuilder, Page
    from ..._response import ApiResponse
    from ..models.admin_api_key import AdminApiKey
    from ..models.admin_api_key_create_response import AdminApiKeyCreateResponse
    from ..models.admin_api_keys_delete_response_200 import AdminApiKeysDeleteResponse200
    from ..models.assigned_role_details import AssignedRoleDetails
    from ..models.audit_log import AuditLog
    from ..models.audit_log_event_type import AuditLogEventType
    from ..models.certificate import Certificate
    from ..models.delete_certificate_response import DeleteCertificateResponse
    from ..models.deleted_role_assignment_resource import DeletedRoleAssignmentResource
    from ..models.group_deleted_resource import GroupDeletedResource
    from ..models.group_member_user import GroupMemberUser
    from ..models.group_resource_with_success import GroupResourceWithSuccess
    from ..models.group_response import GroupResponse
    from ..models.group_role_assignment import GroupRoleAssignment
    from ..models.group_user import GroupUser
    from ..models.group_user_assignment import GroupUserAssignment
    from ..models.group_user_deleted_resource import GroupUserDeletedResource
    from ..models.hosted_tool_permission_update import HostedToolPermissionUpdate
    from ..models.invite import Invite
    from ..models.invite_delete_response import InviteDeleteResponse
    from ..models.invite_request_projects_item import InviteRequestProjectsItem
    from ..models.list_audit_logs_effective_at import ListAuditLogsEffectiveAt
    from ..models.organization_certificate import OrganizationCertificate
    from ..models.organization_certificate_activation_response import (
        OrganizationCertificateActivationResponse,
    )
    from ..models.organization_certificate_deactivation_response import (
        OrganizationCertificateDeactivationResponse,
    )
    from ..models.organization_data_retention import (
        OrganizationDataRetention as OrganizationDataRetentionModel,
    )
    from ..models.organization_project_certificate import OrganizationProjectCertificate
    from ..models.organization_project_certificate_activation_response import (
        OrganizationProjectCertificateActivationResponse,
    )
    from ..models.organization_project_certificate_deactivation_response import (
        OrganizationProjectCertificateDeactivationResponse,
    )
    from ..models.organization_spend_alert import OrganizationSpendAlert
    from ..models.organization_spend_alert_deleted_resource import (
        OrganizationSpendAlertDeletedResource,
    )
    from ..models.organization_spend_limit_deleted_resource import (
        OrganizationSpendLimitDeletedResource,
    )
    from ..models.organization_spend_limit_resource import OrganizationSpendLimitResource
    from ..models.project import Project
    from ..models.project_api_key import ProjectApiKey
    from ..models.project_api_key_delete_response import ProjectApiKeyDeleteResponse
    from ..models.project_data_retention import ProjectDataRetention
    from ..models.project_group import ProjectGroup
    from ..models.project_group_deleted_resource import ProjectGroupDeletedResource
    from ..models.project_hosted_tool_permissions import ProjectHostedToolPermissions
    from ..models.project_model_permissions import ProjectModelPermissions
    from ..models.project_model_permissions_delete_response import (
        ProjectModelPermissionsDeleteResponse,
    )
    from ..models.project_rate_limit import ProjectRateLimit
    from ..models.project_service_account import ProjectServiceAccount
    from ..models.project_service_account_create_response import ProjectServiceAccountCreateResponse
    from ..models.project_service_account_delete_response import ProjectServiceAccountDeleteResponse
    from ..models.project_spend_alert import ProjectSpendAlert
    from ..models.project_spend_alert_deleted_resource import ProjectSpendAlertDeletedResource
    from ..models.project_spend_limit_deleted_resource import ProjectSpendLimitDeletedResource
    from ..models.project_spend_limit_resource import ProjectSpendLimitResource
    from ..models.project_user import ProjectUser
    from ..models.project_user_delete_response import ProjectUserDeleteResponse
    from ..models.public_project_residency import PublicProjectResidency
    from ..models.role import Role
    from ..models.role_deleted_resource import RoleDeletedResource
    from ..models.service_account_api_key_body import ServiceAccountApiKeyBody
    from ..models.spend_alert_notification_channel import SpendAlertNotificationChannel
    from ..models.usage_response import UsageResponse
    from ..models.user_delete_response import UserDeleteResponse
    from ..models.user_object import User
    from ..models.user_role_assignment import UserRoleAssignment
    from ..params import (
        HostedToolPermissionUpdateParam,
        InviteRequestProjectsItemParam,
        ListAuditLogsEffectiveAtParam,
        OrganizationAdminApiKeysCreateParams,
        OrganizationAdminApiKeysDeleteParams,
        OrganizationAdminApiKeysListParams,
        OrganizationAdminApiKeysRetrieveParams,
        OrganizationAuditLogsListParams,
        OrganizationCertificatesActivateParams,
        OrganizationCertificatesCreateParams,
        OrganizationCertificatesDeactivateParams,
        OrganizationCertificatesDeleteParams,
        OrganizationCertificatesListParams,
        OrganizationCertificatesRetrieveParams,
        OrganizationCertificatesUpdateParams,
        OrganizationCostsListParams,
        OrganizationDataRetentionCreateParams,
        OrganizationDataRetentionRetrieveParams,
        OrganizationGroupsCreateParams,
        OrganizationGroupsDeleteParams,
        OrganizationGroupsListParams,
        OrganizationGroupsRetrieveParams,
        OrganizationGroupsRolesCreateParams,
        OrganizationGroupsRolesDeleteParams,
        OrganizationGroupsRolesListParams,
        OrganizationGroupsRolesRetrieveParams,
        OrganizationGroupsUpdateParams,
        OrganizationGroupsUsersCreateParams,
        OrganizationGroupsUsersDeleteParams,
        OrganizationGroupsUsersListParams,
        OrganizationGroupsUsersRetrieveParams,
        OrganizationInvitesCreateParams,
        OrganizationInvitesDeleteParams,
        OrganizationInvitesListParams,
        OrganizationInvitesRetrieveParams,
        OrganizationProjectsApiKeysDeleteParams,
        OrganizationProjectsApiKeysListParams,
        OrganizationProjectsApiKeysRetrieveParams,
        OrganizationProjectsArchiveParams,
        OrganizationProjectsCertificatesActivateCreateParams,
        OrganizationProjectsCertificatesDeactivateCreateParams,
        OrganizationProjectsCertificatesListParams,
        OrganizationProjectsCreateParams,
        OrganizationProjectsDataRetentionRetrieveParams,
        OrganizationProjectsDataRetentionUpdateParams,
        OrganizationProjectsGroupsCreateParams,
        OrganizationProjectsGroupsDeleteParams,
        OrganizationProjectsGroupsListParams,
        OrganizationProjectsGroupsRetrieveParams,
        OrganizationProjectsHostedToolPermissionsRetrieveParams,
        OrganizationProjectsHostedToolPermissionsUpdateParams,
        OrganizationProjectsListParams,
        OrganizationProjectsModelPermissionsCreateParams,
        OrganizationProjectsModelPermissionsDeleteParams,
        OrganizationProjectsModelPermissionsRetrieveParams,
        OrganizationProjectsRateLimitsListParams,
        OrganizationProjectsRateLimitsUpdateParams,
        OrganizationProjectsRetrieveParams,
        OrganizationProjectsServiceAccountsApiKeysParams,
        OrganizationProjectsServiceAccountsCreateParams,
        OrganizationProjectsServiceAccountsDeleteParams,
        OrganizationProjectsServiceAccountsListParams,
        OrganizationProjectsServiceAccountsRetrieveParams,
        OrganizationProjectsServiceAccountsUpdateParams,
        OrganizationProjectsSpendAlertsCreateParams,
        OrganizationProjectsSpendAlertsDeleteParams,
        OrganizationProjectsSpendAlertsListParams,
        OrganizationProjectsSpendAlertsRetrieveParams,
        OrganizationProjectsSpendAlertsUpdateParams,
        OrganizationProjectsSpendLimitCreateParams,
        OrganizationProjectsSpendLimitDeleteParams,
        OrganizationProjectsSpendLimitRetrieveParams,
        OrganizationProjectsUpdateParams,
        OrganizationProjectsUsersCreateParams,
        OrganizationProjectsUsersDeleteParams,
        OrganizationProjectsUsersListParams,
        OrganizationProjectsUsersRetrieveParams,
        OrganizationProjectsUsersUpdateParams,
        OrganizationRolesCreateParams,
        OrganizationRolesDeleteParams,
        OrganizationRolesListParams,
        OrganizationRolesRetrieveParams,
        OrganizationRolesUpdateParams,
        OrganizationSpendAlertsCreateParams,
        OrganizationSpendAlertsDeleteParams,
        OrganizationSpendAlertsListParams,
        OrganizationSpendAlertsRetrieveParams,
        OrganizationSpendAlertsUpdateParams,
        OrganizationSpendLimitCreateParams,
        OrganizationSpendLimitDeleteParams,
        OrganizationSpendLimitRetrieveParams,
        OrganizationUsageAudioSpeechesListParams,
        OrganizationUsageAudioTranscriptionsListParams,
        OrganizationUsageCodeInterpreterSessionsListParams,
        OrganizationUsageCompletionsListParams,
        OrganizationUsageEmbeddingsListParams,
        OrganizationUsageFileSearchCallsListParams,
        OrganizationUsageImagesListParams,
        OrganizationUsageModerationsListParams,
        OrganizationUsageVectorStoresListParams,
        OrganizationUsageWebSearchCallsListParams,
        OrganizationUsersDeleteParams,
        OrganizationUsersListParams,
        OrganizationUsersRetrieveParams,
        OrganizationUsersRolesCreateParams,
        OrganizationUsersRolesDeleteParams,
        OrganizationUsersRolesListParams,
        OrganizationUsersRolesRetrieveParams,
        OrganizationUsersUpdateParams,
        SpendAlertNotificationChannelParam,
    )

__all__ = [
    "Organization",
    "AsyncOrganization",
    "OrganizationAdminApiKeys",
    "AsyncOrganizationAdminApiKeys",
    "OrganizationAuditLogs",
    "AsyncOrganizationAuditLogs",
    "OrganizationCertificates",
    "AsyncOrganizationCertificates",
    "OrganizationCosts",
    "AsyncOrganizationCosts",
    "OrganizationDataRetention",
    "AsyncOrganizationDataRetention",
    "OrganizationGroups",
    "AsyncOrganizationGroups",
    "OrganizationGroupsRoles",
    "AsyncOrganizationGroupsRoles",
    "OrganizationGroupsUsers",
    "AsyncOrganizationGroupsUsers",
    "OrganizationInvites",
    "AsyncOrganizationInvites",
    "OrganizationProjects",
    "AsyncOrganizationProjects",
    "OrganizationProjectsApiKeys",
    "AsyncOrganizationProjectsApiKeys",
    "OrganizationProjectsCertificates",
    "AsyncOrganizationProjectsCertificates",
    "OrganizationProjectsCertificatesActivate",
    "AsyncOrganizationProjectsCertificatesActivate",
    "OrganizationProjectsCertificatesDeactivate",
    "AsyncOrganizationProjectsCertificatesDeactivate",
    "OrganizationProjectsDataRetention",
    "AsyncOrganizationProjectsDataRetention",
    "OrganizationProjectsGroups",
    "AsyncOrganizationProjectsGroups",
    "OrganizationProjectsHostedToolPermissions",
    "AsyncOrganizationProjectsHostedToolPermissions",
    "OrganizationProjectsModelPermissions",
    "AsyncOrganizationProjectsModelPermissions",
    "OrganizationProjectsRateLimits",
    "AsyncOrganizationProjectsRateLimits",
    "OrganizationProjectsServiceAccounts",
    "AsyncOrganizationProjectsServiceAccounts",
    "OrganizationProjectsSpendAlerts",
    "AsyncOrganizationProjectsSpendAlerts",
    "OrganizationProjectsSpendLimit",
    "AsyncOrganizationProjectsSpendLimit",
    "OrganizationProjectsUsers",
    "AsyncOrganizationProjectsUsers",
    "OrganizationRoles",
    "AsyncOrganizationRoles",
    "OrganizationSpendAlerts",
    "AsyncOrganizationSpendAlerts",
    "OrganizationSpendLimit",
    "AsyncOrganizationSpendLimit",
    "OrganizationUsage",
    "AsyncOrganizationUsage",
    "OrganizationUsageAudioSpeeches",
    "AsyncOrganizationUsageAudioSpeeches",
    "OrganizationUsageAudioTranscriptions",
    "AsyncOrganizationUsageAudioTranscriptions",
    "OrganizationUsageCodeInterpreterSessions",
    "AsyncOrganizationUsageCodeInterpreterSessions",
    "OrganizationUsageCompletions",
    "AsyncOrganizationUsageCompletions",
    "OrganizationUsageEmbeddings",
    "AsyncOrganizationUsageEmbeddings",
    "OrganizationUsageFileSearchCalls",
    "AsyncOrganizationUsageFileSearchCalls",
    "OrganizationUsageImages",
    "AsyncOrganizationUsageImages",
    "OrganizationUsageModerations",
    "AsyncOrganizationUsageModerations",
    "OrganizationUsageVectorStores",
    "AsyncOrganizationUsageVectorStores",
    "OrganizationUsageWebSearchCalls",
    "AsyncOrganizationUsageWebSearchCalls",
    "OrganizationUsers",
    "AsyncOrganizationUsers",
    "OrganizationUsersRoles",
    "AsyncOrganizationUsersRoles",
    "OrganizationAdminApiKeysCreateSetters",
    "OrganizationAdminApiKeysDeleteSetters",
    "OrganizationAdminApiKeysListSetters",
    "OrganizationAdminApiKeysRetrieveSetters",
    "OrganizationAuditLogsListSetters",
    "OrganizationCertificatesActivateSetters",
    "OrganizationCertificatesCreateSetters",
    "OrganizationCertificatesDeactivateSetters",
    "OrganizationCertificatesDeleteSetters",
    "OrganizationCertificatesListSetters",
    "OrganizationCertificatesRetrieveSetters",
    "OrganizationCertificatesUpdateSetters",
    "OrganizationCostsListSetters",
    "OrganizationDataRetentionCreateSetters",
    "OrganizationDataRetentionRetrieveSetters",
    "OrganizationGroupsCreateSetters",
    "OrganizationGroupsDeleteSetters",
    "OrganizationGroupsListSetters",
    "OrganizationGroupsRetrieveSetters",
    "OrganizationGroupsRolesCreateSetters",
    "OrganizationGroupsRolesDeleteSetters",
    "OrganizationGroupsRolesListSetters",
    "OrganizationGroupsRolesRetrieveSetters",
    "OrganizationGroupsUpdateSetters",
    "OrganizationGroupsUsersCreateSetters",
    "OrganizationGroupsUsersDeleteSetters",
    "OrganizationGroupsUsersListSetters",
    "OrganizationGroupsUsersRetrieveSetters",
    "OrganizationInvitesCreateSetters",
    "OrganizationInvitesDeleteSetters",
    "OrganizationInvitesListSetters",
    "OrganizationInvitesRetrieveSetters",
    "OrganizationProjectsApiKeysDeleteSetters",
    "OrganizationProjectsApiKeysListSetters",
    "OrganizationProjectsApiKeysRetrieveSetters",
    "OrganizationProjectsArchiveSetters",
    "OrganizationProjectsCertificatesActivateCreateSetters",
    "OrganizationProjectsCertificatesDeactivateCreateSetters",
    "OrganizationProjectsCertificatesListSetters",
    "OrganizationProjectsCreateSetters",
    "OrganizationProjectsDataRetentionRetrieveSetters",
    "OrganizationProjectsDataRetentionUpdateSetters",
    "OrganizationProjectsGroupsCreateSetters",
    "OrganizationProjectsGroupsDeleteSetters",
    "OrganizationProjectsGroupsListSetters",
    "OrganizationProjectsGroupsRetrieveSetters",
    "OrganizationProjectsHostedToolPermissionsRetrieveSetters",
    "OrganizationProjectsHostedToolPermissionsUpdateSetters",
    "OrganizationProjectsListSetters",
    "OrganizationProjectsModelPermissionsCreateSetters",
    "OrganizationProjectsModelPermissionsDeleteSetters",
    "OrganizationProjectsModelPermissionsRetrieveSetters",
    "OrganizationProjectsRateLimitsListSetters",
    "OrganizationProjectsRateLimitsUpdateSetters",
    "OrganizationProjectsRetrieveSetters",
    "OrganizationProjectsServiceAccountsApiKeysSetters",
    "OrganizationProjectsServiceAccountsCreateSetters",
    "OrganizationProjectsServiceAccountsDeleteSetters",
    "OrganizationProjectsServiceAccountsListSetters",
    "OrganizationProjectsServiceAccountsRetrieveSetters",
    "OrganizationProjectsServiceAccountsUpdateSetters",
    "OrganizationProjectsSpendAlertsCreateSetters",
    "OrganizationProjectsSpendAlertsDeleteSetters",
    "OrganizationProjectsSpendAlertsListSetters",
    "OrganizationProjectsSpendAlertsRetrieveSetters",
    "OrganizationProjectsSpendAlertsUpdateSetters",
    "OrganizationProjectsSpendLimitCreateSetters",
    "OrganizationProjectsSpendLimitDeleteSetters",
    "OrganizationProjectsSpendLimitRetrieveSetters",
    "OrganizationProjectsUpdateSetters",
    "OrganizationProjectsUsersCreateSetters",
    "OrganizationProjectsUsersDeleteSetters",
    "OrganizationProjectsUsersListSetters",
    "OrganizationProjectsUsersRetrieveSetters",
    "OrganizationProjectsUsersUpdateSetters",
    "OrganizationRolesCreateSetters",
    "OrganizationRolesDeleteSetters",
    "OrganizationRolesListSetters",
    "OrganizationRolesRetrieveSetters",
    "OrganizationRolesUpdateSetters",
    "OrganizationSpendAlertsCreateSetters",
    "OrganizationSpendAlertsDeleteSetters",
    "OrganizationSpendAlertsListSetters",
    "OrganizationSpendAlertsRetrieveSetters",
    "OrganizationSpendAlertsUpdateSetters",
    "OrganizationSpendLimitCreateSetters",
    "OrganizationSpendLimitDeleteSetters",
    "OrganizationSpendLimitRetrieveSetters",
    "OrganizationUsageAudioSpeechesListSetters",
    "OrganizationUsageAudioTranscriptionsListSetters",
    "OrganizationUsageCodeInterpreterSessionsListSetters",
    "OrganizationUsageCompletionsListSetters",
    "OrganizationUsageEmbeddingsListSetters",
    "OrganizationUsageFileSearchCallsListSetters",
    "OrganizationUsageImagesListSetters",
    "OrganizationUsageModerationsListSetters",
    "OrganizationUsageVectorStoresListSetters",
    "OrganizationUsageWebSearchCallsListSetters",
    "OrganizationUsersDeleteSetters",
    "OrganizationUsersListSetters",
    "OrganizationUsersRetrieveSetters",
    "OrganizationUsersRolesCreateSetters",
    "OrganizationUsersRolesDeleteSetters",
    "OrganizationUsersRolesListSetters",
    "OrganizationUsersRolesRetrieveSetters",
    "OrganizationUsersUpdateSetters",
]


class OrganizationAdminApiKeysCreateSetters(SetterMixin):
    """Setters of `organization.admin_api_keys.create` (POST /organization/admin_api_keys)."""

    __slots__ = ()

    def name(self, value: str) -> Self:
        """Set the required body field "name" (string)."""
        return self.set("name", value)

    def expires_in_seconds(self, value: int) -> Self:
        """Set the optional body field "expires_in_seconds" (integer)."""
        return self.set("expires_in_seconds", value)


class OrganizationAdminApiKeysDeleteSetters(SetterMixin):
    """Setters of `organization.admin_api_keys.delete` (DELETE /organization/admin_api_keys/{key_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationAdminApiKeysListSetters(SetterMixin):
    """Setters of `organization.admin_api_keys.list` (GET /organization/admin_api_keys)."""

    __slots__ = ()

    def after(self, value: str | None) -> Self:
        """Set the optional query parameter "after" (string or null)."""
        return self.set("after", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)


class OrganizationAdminApiKeysRetrieveSetters(SetterMixin):
    """Setters of `organization.admin_api_keys.retrieve` (GET /organization/admin_api_keys/{key_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationAuditLogsListSetters(SetterMixin):
    """Setters of `organization.audit_logs.list` (GET /organization/audit_logs)."""

    __slots__ = ()

    def effective_at(self, value: ListAuditLogsEffectiveAt | ListAuditLogsEffectiveAtParam) -> Self:
        """Set the optional query parameter "effective_at" (ListAuditLogsEffectiveAt)."""
        return self.set("effective_at", value)

    def project_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "project_ids[]" (array of string)."""
        return self.set("project_ids[]", value)

    def event_types(self, value: Sequence[AuditLogEventType | str]) -> Self:
        """Set the optional query parameter "event_types[]" (array of string enum of 145 values)."""
        return self.set("event_types[]", value)

    def actor_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "actor_ids[]" (array of string)."""
        return self.set("actor_ids[]", value)

    def actor_emails(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "actor_emails[]" (array of string)."""
        return self.set("actor_emails[]", value)

    def resource_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "resource_ids[]" (array of string)."""
        return self.set("resource_ids[]", value)

    def tenant_only(self, value: bool) -> Self:
        """Set the optional query parameter "tenant_only" (boolean)."""
        return self.set("tenant_only", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def before(self, value: str) -> Self:
        """Set the optional query parameter "before" (string)."""
        return self.set("before", value)


class OrganizationCertificatesActivateSetters(SetterMixin):
    """Setters of `organization.certificates.activate` (POST /organization/certificates/activate)."""

    __slots__ = ()

    def certificate_ids(self, value: Sequence[str]) -> Self:
        """Set the required body field "certificate_ids" (array of string)."""
        return self.set("certificate_ids", value)


class OrganizationCertificatesCreateSetters(SetterMixin):
    """Setters of `organization.certificates.create` (POST /organization/certificates)."""

    __slots__ = ()

    def certificate(self, value: str) -> Self:
        """Set the required body field "certificate" (string)."""
        return self.set("certificate", value)

    def name(self, value: str) -> Self:
        """Set the optional body field "name" (string)."""
        return self.set("name", value)


class OrganizationCertificatesDeactivateSetters(SetterMixin):
    """Setters of `organization.certificates.deactivate` (POST /organization/certificates/deactivate)."""

    __slots__ = ()

    def certificate_ids(self, value: Sequence[str]) -> Self:
        """Set the required body field "certificate_ids" (array of string)."""
        return self.set("certificate_ids", value)


class OrganizationCertificatesDeleteSetters(SetterMixin):
    """Setters of `organization.certificates.delete` (DELETE /organization/certificates/{certificate_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationCertificatesListSetters(SetterMixin):
    """Setters of `organization.certificates.list` (GET /organization/certificates)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)


class OrganizationCertificatesRetrieveSetters(SetterMixin):
    """Setters of `organization.certificates.retrieve` (GET /organization/certificates/{certificate_id})."""

    __slots__ = ()

    def include(self, value: Sequence[Literal["content"] | str]) -> Self:
        """Set the optional query parameter "include" (array of "content")."""
        return self.set("include", value)


class OrganizationCertificatesUpdateSetters(SetterMixin):
    """Setters of `organization.certificates.update` (POST /organization/certificates/{certificate_id})."""

    __slots__ = ()

    def name(self, value: str) -> Self:
        """Set the optional body field "name" (string)."""
        return self.set("name", value)


class OrganizationCostsListSetters(SetterMixin):
    """Setters of `organization.costs.list` (GET /organization/costs)."""

    __slots__ = ()

    def start_time(self, value: int) -> Self:
        """Set the required query parameter "start_time" (integer)."""
        return self.set("start_time", value)

    def end_time(self, value: int) -> Self:
        """Set the optional query parameter "end_time" (integer)."""
        return self.set("end_time", value)

    def bucket_width(self, value: Literal["1d"] | str) -> Self:
        """Set the optional query parameter "bucket_width" ("1d")."""
        return self.set("bucket_width", value)

    def project_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "project_ids" (array of string)."""
        return self.set("project_ids", value)

    def api_key_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "api_key_ids" (array of string)."""
        return self.set("api_key_ids", value)

    def group_by(
        self, value: Sequence[Literal["api_key_id", "line_item", "project_id"] | str]
    ) -> Self:
        """Set the optional query parameter "group_by" (array of string enum of 3 values)."""
        return self.set("group_by", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def page(self, value: str) -> Self:
        """Set the optional query parameter "page" (string)."""
        return self.set("page", value)


class OrganizationDataRetentionCreateSetters(SetterMixin):
    """Setters of `organization.data_retention.create` (POST /organization/data_retention)."""

    __slots__ = ()

    def retention_type(
        self,
        value: Literal[
            "enhanced_modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "modified_abuse_monitoring",
            "zero_data_retention",
        ]
        | str,
    ) -> Self:
        """Set the required body field "retention_type" (string enum of 4 values)."""
        return self.set("retention_type", value)


class OrganizationDataRetentionRetrieveSetters(SetterMixin):
    """Setters of `organization.data_retention.retrieve` (GET /organization/data_retention): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationGroupsCreateSetters(SetterMixin):
    """Setters of `organization.groups.create` (POST /organization/groups)."""

    __slots__ = ()

    def name(self, value: str) -> Self:
        """Set the required body field "name" (string)."""
        return self.set("name", value)


class OrganizationGroupsDeleteSetters(SetterMixin):
    """Setters of `organization.groups.delete` (DELETE /organization/groups/{group_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationGroupsListSetters(SetterMixin):
    """Setters of `organization.groups.list` (GET /organization/groups)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)


class OrganizationGroupsRetrieveSetters(SetterMixin):
    """Setters of `organization.groups.retrieve` (GET /organization/groups/{group_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationGroupsRolesCreateSetters(SetterMixin):
    """Setters of `organization.groups.roles.create` (POST /organization/groups/{group_id}/roles)."""

    __slots__ = ()

    def role_id(self, value: str) -> Self:
        """Set the required body field "role_id" (string)."""
        return self.set("role_id", value)


class OrganizationGroupsRolesDeleteSetters(SetterMixin):
    """Setters of `organization.groups.roles.delete` (DELETE /organization/groups/{group_id}/roles/{role_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationGroupsRolesListSetters(SetterMixin):
    """Setters of `organization.groups.roles.list` (GET /organization/groups/{group_id}/roles)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)


class OrganizationGroupsRolesRetrieveSetters(SetterMixin):
    """Setters of `organization.groups.roles.retrieve` (GET /organization/groups/{group_id}/roles/{role_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationGroupsUpdateSetters(SetterMixin):
    """Setters of `organization.groups.update` (POST /organization/groups/{group_id})."""

    __slots__ = ()

    def name(self, value: str) -> Self:
        """Set the required body field "name" (string)."""
        return self.set("name", value)


class OrganizationGroupsUsersCreateSetters(SetterMixin):
    """Setters of `organization.groups.users.create` (POST /organization/groups/{group_id}/users)."""

    __slots__ = ()

    def user_id(self, value: str) -> Self:
        """Set the required body field "user_id" (string)."""
        return self.set("user_id", value)


class OrganizationGroupsUsersDeleteSetters(SetterMixin):
    """Setters of `organization.groups.users.delete` (DELETE /organization/groups/{group_id}/users/{user_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationGroupsUsersListSetters(SetterMixin):
    """Setters of `organization.groups.users.list` (GET /organization/groups/{group_id}/users)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)


class OrganizationGroupsUsersRetrieveSetters(SetterMixin):
    """Setters of `organization.groups.users.retrieve` (GET /organization/groups/{group_id}/users/{user_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationInvitesCreateSetters(SetterMixin):
    """Setters of `organization.invites.create` (POST /organization/invites)."""

    __slots__ = ()

    def email(self, value: str) -> Self:
        """Set the required body field "email" (string)."""
        return self.set("email", value)

    def role(self, value: Literal["owner", "reader"] | str) -> Self:
        """Set the required body field "role" ("owner" | "reader")."""
        return self.set("role", value)

    def projects(
        self, value: Sequence[InviteRequestProjectsItem | InviteRequestProjectsItemParam]
    ) -> Self:
        """Set the optional body field "projects" (array of InviteRequestProjectsItem)."""
        return self.set("projects", value)


class OrganizationInvitesDeleteSetters(SetterMixin):
    """Setters of `organization.invites.delete` (DELETE /organization/invites/{invite_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationInvitesListSetters(SetterMixin):
    """Setters of `organization.invites.list` (GET /organization/invites)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)


class OrganizationInvitesRetrieveSetters(SetterMixin):
    """Setters of `organization.invites.retrieve` (GET /organization/invites/{invite_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationProjectsApiKeysDeleteSetters(SetterMixin):
    """Setters of `organization.projects.api_keys.delete` (DELETE /organization/projects/{project_id}/api_keys/{api_key_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationProjectsApiKeysListSetters(SetterMixin):
    """Setters of `organization.projects.api_keys.list` (GET /organization/projects/{project_id}/api_keys)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def owner_project_access(self, value: Literal["active", "any", "inactive"] | str) -> Self:
        """Set the optional query parameter "owner_project_access" ("active" | "any" | "inactive")."""
        return self.set("owner_project_access", value)


class OrganizationProjectsApiKeysRetrieveSetters(SetterMixin):
    """Setters of `organization.projects.api_keys.retrieve` (GET /organization/projects/{project_id}/api_keys/{api_key_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationProjectsArchiveSetters(SetterMixin):
    """Setters of `organization.projects.archive` (POST /organization/projects/{project_id}/archive): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationProjectsCertificatesActivateCreateSetters(SetterMixin):
    """Setters of `organization.projects.certificates.activate.create` (POST /organization/projects/{project_id}/certificates/activate)."""

    __slots__ = ()

    def certificate_ids(self, value: Sequence[str]) -> Self:
        """Set the required body field "certificate_ids" (array of string)."""
        return self.set("certificate_ids", value)


class OrganizationProjectsCertificatesDeactivateCreateSetters(SetterMixin):
    """Setters of `organization.projects.certificates.deactivate.create` (POST /organization/projects/{project_id}/certificates/deactivate)."""

    __slots__ = ()

    def certificate_ids(self, value: Sequence[str]) -> Self:
        """Set the required body field "certificate_ids" (array of string)."""
        return self.set("certificate_ids", value)


class OrganizationProjectsCertificatesListSetters(SetterMixin):
    """Setters of `organization.projects.certificates.list` (GET /organization/projects/{project_id}/certificates)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)


class OrganizationProjectsCreateSetters(SetterMixin):
    """Setters of `organization.projects.create` (POST /organization/projects)."""

    __slots__ = ()

    def name(self, value: str) -> Self:
        """Set the required body field "name" (string)."""
        return self.set("name", value)

    def residency(self, value: PublicProjectResidency | str | None) -> Self:
        """Set the optional body field "residency" (string enum of 12 values or null)."""
        return self.set("residency", value)

    def external_key_id(self, value: str | None) -> Self:
        """Set the optional body field "external_key_id" (string or null)."""
        return self.set("external_key_id", value)


class OrganizationProjectsDataRetentionRetrieveSetters(SetterMixin):
    """Setters of `organization.projects.data_retention.retrieve` (GET /organization/projects/{project_id}/data_retention): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationProjectsDataRetentionUpdateSetters(SetterMixin):
    """Setters of `organization.projects.data_retention.update` (POST /organization/projects/{project_id}/data_retention)."""

    __slots__ = ()

    def retention_type(
        self,
        value: Literal[
            "enhanced_modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "modified_abuse_monitoring",
            "none",
            "organization_default",
            "zero_data_retention",
        ]
        | str,
    ) -> Self:
        """Set the required body field "retention_type" (string enum of 6 values)."""
        return self.set("retention_type", value)


class OrganizationProjectsGroupsCreateSetters(SetterMixin):
    """Setters of `organization.projects.groups.create` (POST /organization/projects/{project_id}/groups)."""

    __slots__ = ()

    def group_id(self, value: str) -> Self:
        """Set the required body field "group_id" (string)."""
        return self.set("group_id", value)

    def role(self, value: str) -> Self:
        """Set the required body field "role" (string)."""
        return self.set("role", value)


class OrganizationProjectsGroupsDeleteSetters(SetterMixin):
    """Setters of `organization.projects.groups.delete` (DELETE /organization/projects/{project_id}/groups/{group_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationProjectsGroupsListSetters(SetterMixin):
    """Setters of `organization.projects.groups.list` (GET /organization/projects/{project_id}/groups)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)


class OrganizationProjectsGroupsRetrieveSetters(SetterMixin):
    """Setters of `organization.projects.groups.retrieve` (GET /organization/projects/{project_id}/groups/{group_id})."""

    __slots__ = ()

    def group_type(self, value: Literal["group", "tenant_group"] | str) -> Self:
        """Set the optional query parameter "group_type" ("group" | "tenant_group")."""
        return self.set("group_type", value)


class OrganizationProjectsHostedToolPermissionsRetrieveSetters(SetterMixin):
    """Setters of `organization.projects.hosted_tool_permissions.retrieve` (GET /organization/projects/{project_id}/hosted_tool_permissions): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationProjectsHostedToolPermissionsUpdateSetters(SetterMixin):
    """Setters of `organization.projects.hosted_tool_permissions.update` (POST /organization/projects/{project_id}/hosted_tool_permissions)."""

    __slots__ = ()

    def file_search(
        self, value: HostedToolPermissionUpdate | HostedToolPermissionUpdateParam | None
    ) -> Self:
        """Set the optional body field "file_search" (HostedToolPermissionUpdate or null)."""
        return self.set("file_search", value)

    def web_search(
        self, value: HostedToolPermissionUpdate | HostedToolPermissionUpdateParam | None
    ) -> Self:
        """Set the optional body field "web_search" (HostedToolPermissionUpdate or null)."""
        return self.set("web_search", value)

    def image_generation(
        self, value: HostedToolPermissionUpdate | HostedToolPermissionUpdateParam | None
    ) -> Self:
        """Set the optional body field "image_generation" (HostedToolPermissionUpdate or null)."""
        return self.set("image_generation", value)

    def mcp(
        self, value: HostedToolPermissionUpdate | HostedToolPermissionUpdateParam | None
    ) -> Self:
        """Set the optional body field "mcp" (HostedToolPermissionUpdate or null)."""
        return self.set("mcp", value)

    def code_interpreter(
        self, value: HostedToolPermissionUpdate | HostedToolPermissionUpdateParam | None
    ) -> Self:
        """Set the optional body field "code_interpreter" (HostedToolPermissionUpdate or null)."""
        return self.set("code_interpreter", value)


class OrganizationProjectsListSetters(SetterMixin):
    """Setters of `organization.projects.list` (GET /organization/projects)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def include_archived(self, value: bool) -> Self:
        """Set the optional query parameter "include_archived" (boolean)."""
        return self.set("include_archived", value)


class OrganizationProjectsModelPermissionsCreateSetters(SetterMixin):
    """Setters of `organization.projects.model_permissions.create` (POST /organization/projects/{project_id}/model_permissions)."""

    __slots__ = ()

    def mode(self, value: Literal["allow_list", "deny_list"] | str) -> Self:
        """Set the required body field "mode" ("allow_list" | "deny_list")."""
        return self.set("mode", value)

    def model_ids(self, value: Sequence[str]) -> Self:
        """Set the required body field "model_ids" (array of string)."""
        return self.set("model_ids", value)


class OrganizationProjectsModelPermissionsDeleteSetters(SetterMixin):
    """Setters of `organization.projects.model_permissions.delete` (DELETE /organization/projects/{project_id}/model_permissions): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationProjectsModelPermissionsRetrieveSetters(SetterMixin):
    """Setters of `organization.projects.model_permissions.retrieve` (GET /organization/projects/{project_id}/model_permissions): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationProjectsRateLimitsListSetters(SetterMixin):
    """Setters of `organization.projects.rate_limits.list` (GET /organization/projects/{project_id}/rate_limits)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def before(self, value: str) -> Self:
        """Set the optional query parameter "before" (string)."""
        return self.set("before", value)


class OrganizationProjectsRateLimitsUpdateSetters(SetterMixin):
    """Setters of `organization.projects.rate_limits.update` (POST /organization/projects/{project_id}/rate_limits/{rate_limit_id})."""

    __slots__ = ()

    def max_requests_per_1_minute(self, value: int) -> Self:
        """Set the optional body field "max_requests_per_1_minute" (integer)."""
        return self.set("max_requests_per_1_minute", value)

    def max_tokens_per_1_minute(self, value: int) -> Self:
        """Set the optional body field "max_tokens_per_1_minute" (integer)."""
        return self.set("max_tokens_per_1_minute", value)

    def max_images_per_1_minute(self, value: int) -> Self:
        """Set the optional body field "max_images_per_1_minute" (integer)."""
        return self.set("max_images_per_1_minute", value)

    def max_audio_megabytes_per_1_minute(self, value: int) -> Self:
        """Set the optional body field "max_audio_megabytes_per_1_minute" (integer)."""
        return self.set("max_audio_megabytes_per_1_minute", value)

    def max_requests_per_1_day(self, value: int) -> Self:
        """Set the optional body field "max_requests_per_1_day" (integer)."""
        return self.set("max_requests_per_1_day", value)

    def batch_1_day_max_input_tokens(self, value: int) -> Self:
        """Set the optional body field "batch_1_day_max_input_tokens" (integer)."""
        return self.set("batch_1_day_max_input_tokens", value)


class OrganizationProjectsRetrieveSetters(SetterMixin):
    """Setters of `organization.projects.retrieve` (GET /organization/projects/{project_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationProjectsServiceAccountsApiKeysSetters(SetterMixin):
    """Setters of `organization.projects.service_accounts.api_keys` (POST /organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys)."""

    __slots__ = ()

    def name(self, value: str) -> Self:
        """Set the optional body field "name" (string)."""
        return self.set("name", value)

    def scopes(self, value: Sequence[str]) -> Self:
        """Set the optional body field "scopes" (array of string)."""
        return self.set("scopes", value)


class OrganizationProjectsServiceAccountsCreateSetters(SetterMixin):
    """Setters of `organization.projects.service_accounts.create` (POST /organization/projects/{project_id}/service_accounts)."""

    __slots__ = ()

    def name(self, value: str) -> Self:
        """Set the required body field "name" (string)."""
        return self.set("name", value)

    def create_service_account_only(self, value: bool | None) -> Self:
        """Set the optional body field "create_service_account_only" (boolean or null)."""
        return self.set("create_service_account_only", value)


class OrganizationProjectsServiceAccountsDeleteSetters(SetterMixin):
    """Setters of `organization.projects.service_accounts.delete` (DELETE /organization/projects/{project_id}/service_accounts/{service_account_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationProjectsServiceAccountsListSetters(SetterMixin):
    """Setters of `organization.projects.service_accounts.list` (GET /organization/projects/{project_id}/service_accounts)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)


class OrganizationProjectsServiceAccountsRetrieveSetters(SetterMixin):
    """Setters of `organization.projects.service_accounts.retrieve` (GET /organization/projects/{project_id}/service_accounts/{service_account_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationProjectsServiceAccountsUpdateSetters(SetterMixin):
    """Setters of `organization.projects.service_accounts.update` (POST /organization/projects/{project_id}/service_accounts/{service_account_id})."""

    __slots__ = ()

    def name(self, value: str) -> Self:
        """Set the optional body field "name" (string)."""
        return self.set("name", value)

    def role(self, value: Literal["member", "owner"] | str) -> Self:
        """Set the optional body field "role" ("member" | "owner")."""
        return self.set("role", value)


class OrganizationProjectsSpendAlertsCreateSetters(SetterMixin):
    """Setters of `organization.projects.spend_alerts.create` (POST /organization/projects/{project_id}/spend_alerts)."""

    __slots__ = ()

    def threshold_amount(self, value: int) -> Self:
        """Set the required body field "threshold_amount" (integer)."""
        return self.set("threshold_amount", value)

    def currency(self, value: Literal["USD"] | str) -> Self:
        """Set the required body field "currency" ("USD")."""
        return self.set("currency", value)

    def interval(self, value: Literal["month"] | str) -> Self:
        """Set the required body field "interval" ("month")."""
        return self.set("interval", value)

    def notification_channel(
        self, value: SpendAlertNotificationChannel | SpendAlertNotificationChannelParam
    ) -> Self:
        """Set the required body field "notification_channel" (SpendAlertNotificationChannel)."""
        return self.set("notification_channel", value)


class OrganizationProjectsSpendAlertsDeleteSetters(SetterMixin):
    """Setters of `organization.projects.spend_alerts.delete` (DELETE /organization/projects/{project_id}/spend_alerts/{alert_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationProjectsSpendAlertsListSetters(SetterMixin):
    """Setters of `organization.projects.spend_alerts.list` (GET /organization/projects/{project_id}/spend_alerts)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def before(self, value: str) -> Self:
        """Set the optional query parameter "before" (string)."""
        return self.set("before", value)


class OrganizationProjectsSpendAlertsRetrieveSetters(SetterMixin):
    """Setters of `organization.projects.spend_alerts.retrieve` (GET /organization/projects/{project_id}/spend_alerts/{alert_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationProjectsSpendAlertsUpdateSetters(SetterMixin):
    """Setters of `organization.projects.spend_alerts.update` (POST /organization/projects/{project_id}/spend_alerts/{alert_id})."""

    __slots__ = ()

    def threshold_amount(self, value: int) -> Self:
        """Set the required body field "threshold_amount" (integer)."""
        return self.set("threshold_amount", value)

    def currency(self, value: Literal["USD"] | str) -> Self:
        """Set the required body field "currency" ("USD")."""
        return self.set("currency", value)

    def interval(self, value: Literal["month"] | str) -> Self:
        """Set the required body field "interval" ("month")."""
        return self.set("interval", value)

    def notification_channel(
        self, value: SpendAlertNotificationChannel | SpendAlertNotificationChannelParam
    ) -> Self:
        """Set the required body field "notification_channel" (SpendAlertNotificationChannel)."""
        return self.set("notification_channel", value)


class OrganizationProjectsSpendLimitCreateSetters(SetterMixin):
    """Setters of `organization.projects.spend_limit.create` (POST /organization/projects/{project_id}/spend_limit)."""

    __slots__ = ()

    def threshold_amount(self, value: int) -> Self:
        """Set the required body field "threshold_amount" (integer)."""
        return self.set("threshold_amount", value)

    def currency(self, value: Literal["USD"] | str) -> Self:
        """Set the required body field "currency" ("USD")."""
        return self.set("currency", value)

    def interval(self, value: Literal["month"] | str) -> Self:
        """Set the required body field "interval" ("month")."""
        return self.set("interval", value)


class OrganizationProjectsSpendLimitDeleteSetters(SetterMixin):
    """Setters of `organization.projects.spend_limit.delete` (DELETE /organization/projects/{project_id}/spend_limit): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationProjectsSpendLimitRetrieveSetters(SetterMixin):
    """Setters of `organization.projects.spend_limit.retrieve` (GET /organization/projects/{project_id}/spend_limit): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationProjectsUpdateSetters(SetterMixin):
    """Setters of `organization.projects.update` (POST /organization/projects/{project_id})."""

    __slots__ = ()

    def name(self, value: str | None) -> Self:
        """Set the optional body field "name" (string or null)."""
        return self.set("name", value)

    def external_key_id(self, value: str | None) -> Self:
        """Set the optional body field "external_key_id" (string or null)."""
        return self.set("external_key_id", value)


class OrganizationProjectsUsersCreateSetters(SetterMixin):
    """Setters of `organization.projects.users.create` (POST /organization/projects/{project_id}/users)."""

    __slots__ = ()

    def role(self, value: str) -> Self:
        """Set the required body field "role" (string)."""
        return self.set("role", value)

    def user_id(self, value: str | None) -> Self:
        """Set the optional body field "user_id" (string or null)."""
        return self.set("user_id", value)

    def email(self, value: str | None) -> Self:
        """Set the optional body field "email" (string or null)."""
        return self.set("email", value)


class OrganizationProjectsUsersDeleteSetters(SetterMixin):
    """Setters of `organization.projects.users.delete` (DELETE /organization/projects/{project_id}/users/{user_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationProjectsUsersListSetters(SetterMixin):
    """Setters of `organization.projects.users.list` (GET /organization/projects/{project_id}/users)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)


class OrganizationProjectsUsersRetrieveSetters(SetterMixin):
    """Setters of `organization.projects.users.retrieve` (GET /organization/projects/{project_id}/users/{user_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationProjectsUsersUpdateSetters(SetterMixin):
    """Setters of `organization.projects.users.update` (POST /organization/projects/{project_id}/users/{user_id})."""

    __slots__ = ()

    def role(self, value: str | None) -> Self:
        """Set the optional body field "role" (string or null)."""
        return self.set("role", value)


class OrganizationRolesCreateSetters(SetterMixin):
    """Setters of `organization.roles.create` (POST /organization/roles)."""

    __slots__ = ()

    def role_name(self, value: str) -> Self:
        """Set the required body field "role_name" (string)."""
        return self.set("role_name", value)

    def permissions(self, value: Sequence[str]) -> Self:
        """Set the required body field "permissions" (array of string)."""
        return self.set("permissions", value)

    def description(self, value: str | None) -> Self:
        """Set the optional body field "description" (string or null)."""
        return self.set("description", value)


class OrganizationRolesDeleteSetters(SetterMixin):
    """Setters of `organization.roles.delete` (DELETE /organization/roles/{role_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationRolesListSetters(SetterMixin):
    """Setters of `organization.roles.list` (GET /organization/roles)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)


class OrganizationRolesRetrieveSetters(SetterMixin):
    """Setters of `organization.roles.retrieve` (GET /organization/roles/{role_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationRolesUpdateSetters(SetterMixin):
    """Setters of `organization.roles.update` (POST /organization/roles/{role_id})."""

    __slots__ = ()

    def permissions(self, value: Sequence[str] | None) -> Self:
        """Set the optional body field "permissions" (array of string or null)."""
        return self.set("permissions", value)

    def description(self, value: str | None) -> Self:
        """Set the optional body field "description" (string or null)."""
        return self.set("description", value)

    def role_name(self, value: str | None) -> Self:
        """Set the optional body field "role_name" (string or null)."""
        return self.set("role_name", value)


class OrganizationSpendAlertsCreateSetters(SetterMixin):
    """Setters of `organization.spend_alerts.create` (POST /organization/spend_alerts)."""

    __slots__ = ()

    def threshold_amount(self, value: int) -> Self:
        """Set the required body field "threshold_amount" (integer)."""
        return self.set("threshold_amount", value)

    def currency(self, value: Literal["USD"] | str) -> Self:
        """Set the required body field "currency" ("USD")."""
        return self.set("currency", value)

    def interval(self, value: Literal["month"] | str) -> Self:
        """Set the required body field "interval" ("month")."""
        return self.set("interval", value)

    def notification_channel(
        self, value: SpendAlertNotificationChannel | SpendAlertNotificationChannelParam
    ) -> Self:
        """Set the required body field "notification_channel" (SpendAlertNotificationChannel)."""
        return self.set("notification_channel", value)


class OrganizationSpendAlertsDeleteSetters(SetterMixin):
    """Setters of `organization.spend_alerts.delete` (DELETE /organization/spend_alerts/{alert_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationSpendAlertsListSetters(SetterMixin):
    """Setters of `organization.spend_alerts.list` (GET /organization/spend_alerts)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def before(self, value: str) -> Self:
        """Set the optional query parameter "before" (string)."""
        return self.set("before", value)


class OrganizationSpendAlertsRetrieveSetters(SetterMixin):
    """Setters of `organization.spend_alerts.retrieve` (GET /organization/spend_alerts/{alert_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationSpendAlertsUpdateSetters(SetterMixin):
    """Setters of `organization.spend_alerts.update` (POST /organization/spend_alerts/{alert_id})."""

    __slots__ = ()

    def threshold_amount(self, value: int) -> Self:
        """Set the required body field "threshold_amount" (integer)."""
        return self.set("threshold_amount", value)

    def currency(self, value: Literal["USD"] | str) -> Self:
        """Set the required body field "currency" ("USD")."""
        return self.set("currency", value)

    def interval(self, value: Literal["month"] | str) -> Self:
        """Set the required body field "interval" ("month")."""
        return self.set("interval", value)

    def notification_channel(
        self, value: SpendAlertNotificationChannel | SpendAlertNotificationChannelParam
    ) -> Self:
        """Set the required body field "notification_channel" (SpendAlertNotificationChannel)."""
        return self.set("notification_channel", value)


class OrganizationSpendLimitCreateSetters(SetterMixin):
    """Setters of `organization.spend_limit.create` (POST /organization/spend_limit)."""

    __slots__ = ()

    def threshold_amount(self, value: int) -> Self:
        """Set the required body field "threshold_amount" (integer)."""
        return self.set("threshold_amount", value)

    def currency(self, value: Literal["USD"] | str) -> Self:
        """Set the required body field "currency" ("USD")."""
        return self.set("currency", value)

    def interval(self, value: Literal["month"] | str) -> Self:
        """Set the required body field "interval" ("month")."""
        return self.set("interval", value)


class OrganizationSpendLimitDeleteSetters(SetterMixin):
    """Setters of `organization.spend_limit.delete` (DELETE /organization/spend_limit): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationSpendLimitRetrieveSetters(SetterMixin):
    """Setters of `organization.spend_limit.retrieve` (GET /organization/spend_limit): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationUsageAudioSpeechesListSetters(SetterMixin):
    """Setters of `organization.usage.audio_speeches.list` (GET /organization/usage/audio_speeches)."""

    __slots__ = ()

    def start_time(self, value: int) -> Self:
        """Set the required query parameter "start_time" (integer)."""
        return self.set("start_time", value)

    def end_time(self, value: int) -> Self:
        """Set the optional query parameter "end_time" (integer)."""
        return self.set("end_time", value)

    def bucket_width(self, value: Literal["1d", "1h", "1m"] | str) -> Self:
        """Set the optional query parameter "bucket_width" ("1d" | "1h" | "1m")."""
        return self.set("bucket_width", value)

    def project_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "project_ids" (array of string)."""
        return self.set("project_ids", value)

    def user_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "user_ids" (array of string)."""
        return self.set("user_ids", value)

    def api_key_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "api_key_ids" (array of string)."""
        return self.set("api_key_ids", value)

    def models(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "models" (array of string)."""
        return self.set("models", value)

    def group_by(
        self, value: Sequence[Literal["api_key_id", "model", "project_id", "user_id"] | str]
    ) -> Self:
        """Set the optional query parameter "group_by" (array of string enum of 4 values)."""
        return self.set("group_by", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def page(self, value: str) -> Self:
        """Set the optional query parameter "page" (string)."""
        return self.set("page", value)


class OrganizationUsageAudioTranscriptionsListSetters(SetterMixin):
    """Setters of `organization.usage.audio_transcriptions.list` (GET /organization/usage/audio_transcriptions)."""

    __slots__ = ()

    def start_time(self, value: int) -> Self:
        """Set the required query parameter "start_time" (integer)."""
        return self.set("start_time", value)

    def end_time(self, value: int) -> Self:
        """Set the optional query parameter "end_time" (integer)."""
        return self.set("end_time", value)

    def bucket_width(self, value: Literal["1d", "1h", "1m"] | str) -> Self:
        """Set the optional query parameter "bucket_width" ("1d" | "1h" | "1m")."""
        return self.set("bucket_width", value)

    def project_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "project_ids" (array of string)."""
        return self.set("project_ids", value)

    def user_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "user_ids" (array of string)."""
        return self.set("user_ids", value)

    def api_key_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "api_key_ids" (array of string)."""
        return self.set("api_key_ids", value)

    def models(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "models" (array of string)."""
        return self.set("models", value)

    def group_by(
        self, value: Sequence[Literal["api_key_id", "model", "project_id", "user_id"] | str]
    ) -> Self:
        """Set the optional query parameter "group_by" (array of string enum of 4 values)."""
        return self.set("group_by", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def page(self, value: str) -> Self:
        """Set the optional query parameter "page" (string)."""
        return self.set("page", value)


class OrganizationUsageCodeInterpreterSessionsListSetters(SetterMixin):
    """Setters of `organization.usage.code_interpreter_sessions.list` (GET /organization/usage/code_interpreter_sessions)."""

    __slots__ = ()

    def start_time(self, value: int) -> Self:
        """Set the required query parameter "start_time" (integer)."""
        return self.set("start_time", value)

    def end_time(self, value: int) -> Self:
        """Set the optional query parameter "end_time" (integer)."""
        return self.set("end_time", value)

    def bucket_width(self, value: Literal["1d", "1h", "1m"] | str) -> Self:
        """Set the optional query parameter "bucket_width" ("1d" | "1h" | "1m")."""
        return self.set("bucket_width", value)

    def project_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "project_ids" (array of string)."""
        return self.set("project_ids", value)

    def group_by(self, value: Sequence[Literal["project_id"] | str]) -> Self:
        """Set the optional query parameter "group_by" (array of "project_id")."""
        return self.set("group_by", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def page(self, value: str) -> Self:
        """Set the optional query parameter "page" (string)."""
        return self.set("page", value)


class OrganizationUsageCompletionsListSetters(SetterMixin):
    """Setters of `organization.usage.completions.list` (GET /organization/usage/completions)."""

    __slots__ = ()

    def start_time(self, value: int) -> Self:
        """Set the required query parameter "start_time" (integer)."""
        return self.set("start_time", value)

    def end_time(self, value: int) -> Self:
        """Set the optional query parameter "end_time" (integer)."""
        return self.set("end_time", value)

    def bucket_width(self, value: Literal["1d", "1h", "1m"] | str) -> Self:
        """Set the optional query parameter "bucket_width" ("1d" | "1h" | "1m")."""
        return self.set("bucket_width", value)

    def project_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "project_ids" (array of string)."""
        return self.set("project_ids", value)

    def user_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "user_ids" (array of string)."""
        return self.set("user_ids", value)

    def api_key_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "api_key_ids" (array of string)."""
        return self.set("api_key_ids", value)

    def models(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "models" (array of string)."""
        return self.set("models", value)

    def batch(self, value: bool) -> Self:
        """Set the optional query parameter "batch" (boolean)."""
        return self.set("batch", value)

    def group_by(
        self,
        value: Sequence[
            Literal["api_key_id", "batch", "model", "project_id", "service_tier", "user_id"] | str
        ],
    ) -> Self:
        """Set the optional query parameter "group_by" (array of string enum of 6 values)."""
        return self.set("group_by", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def page(self, value: str) -> Self:
        """Set the optional query parameter "page" (string)."""
        return self.set("page", value)


class OrganizationUsageEmbeddingsListSetters(SetterMixin):
    """Setters of `organization.usage.embeddings.list` (GET /organization/usage/embeddings)."""

    __slots__ = ()

    def start_time(self, value: int) -> Self:
        """Set the required query parameter "start_time" (integer)."""
        return self.set("start_time", value)

    def end_time(self, value: int) -> Self:
        """Set the optional query parameter "end_time" (integer)."""
        return self.set("end_time", value)

    def bucket_width(self, value: Literal["1d", "1h", "1m"] | str) -> Self:
        """Set the optional query parameter "bucket_width" ("1d" | "1h" | "1m")."""
        return self.set("bucket_width", value)

    def project_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "project_ids" (array of string)."""
        return self.set("project_ids", value)

    def user_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "user_ids" (array of string)."""
        return self.set("user_ids", value)

    def api_key_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "api_key_ids" (array of string)."""
        return self.set("api_key_ids", value)

    def models(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "models" (array of string)."""
        return self.set("models", value)

    def group_by(
        self, value: Sequence[Literal["api_key_id", "model", "project_id", "user_id"] | str]
    ) -> Self:
        """Set the optional query parameter "group_by" (array of string enum of 4 values)."""
        return self.set("group_by", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def page(self, value: str) -> Self:
        """Set the optional query parameter "page" (string)."""
        return self.set("page", value)


class OrganizationUsageFileSearchCallsListSetters(SetterMixin):
    """Setters of `organization.usage.file_search_calls.list` (GET /organization/usage/file_search_calls)."""

    __slots__ = ()

    def start_time(self, value: int) -> Self:
        """Set the required query parameter "start_time" (integer)."""
        return self.set("start_time", value)

    def end_time(self, value: int) -> Self:
        """Set the optional query parameter "end_time" (integer)."""
        return self.set("end_time", value)

    def bucket_width(self, value: Literal["1d", "1h", "1m"] | str) -> Self:
        """Set the optional query parameter "bucket_width" ("1d" | "1h" | "1m")."""
        return self.set("bucket_width", value)

    def project_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "project_ids" (array of string)."""
        return self.set("project_ids", value)

    def user_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "user_ids" (array of string)."""
        return self.set("user_ids", value)

    def api_key_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "api_key_ids" (array of string)."""
        return self.set("api_key_ids", value)

    def vector_store_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "vector_store_ids" (array of string)."""
        return self.set("vector_store_ids", value)

    def group_by(
        self,
        value: Sequence[Literal["api_key_id", "project_id", "user_id", "vector_store_id"] | str],
    ) -> Self:
        """Set the optional query parameter "group_by" (array of string enum of 4 values)."""
        return self.set("group_by", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def page(self, value: str) -> Self:
        """Set the optional query parameter "page" (string)."""
        return self.set("page", value)


class OrganizationUsageImagesListSetters(SetterMixin):
    """Setters of `organization.usage.images.list` (GET /organization/usage/images)."""

    __slots__ = ()

    def start_time(self, value: int) -> Self:
        """Set the required query parameter "start_time" (integer)."""
        return self.set("start_time", value)

    def end_time(self, value: int) -> Self:
        """Set the optional query parameter "end_time" (integer)."""
        return self.set("end_time", value)

    def bucket_width(self, value: Literal["1d", "1h", "1m"] | str) -> Self:
        """Set the optional query parameter "bucket_width" ("1d" | "1h" | "1m")."""
        return self.set("bucket_width", value)

    def sources(
        self, value: Sequence[Literal["image.edit", "image.generation", "image.variation"] | str]
    ) -> Self:
        """Set the optional query parameter "sources" (array of string enum of 3 values)."""
        return self.set("sources", value)

    def sizes(
        self,
        value: Sequence[Literal["1024x1024", "1024x1792", "1792x1792", "256x256", "512x512"] | str],
    ) -> Self:
        """Set the optional query parameter "sizes" (array of string enum of 5 values)."""
        return self.set("sizes", value)

    def project_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "project_ids" (array of string)."""
        return self.set("project_ids", value)

    def user_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "user_ids" (array of string)."""
        return self.set("user_ids", value)

    def api_key_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "api_key_ids" (array of string)."""
        return self.set("api_key_ids", value)

    def models(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "models" (array of string)."""
        return self.set("models", value)

    def group_by(
        self,
        value: Sequence[
            Literal["api_key_id", "model", "project_id", "size", "source", "user_id"] | str
        ],
    ) -> Self:
        """Set the optional query parameter "group_by" (array of string enum of 6 values)."""
        return self.set("group_by", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def page(self, value: str) -> Self:
        """Set the optional query parameter "page" (string)."""
        return self.set("page", value)


class OrganizationUsageModerationsListSetters(SetterMixin):
    """Setters of `organization.usage.moderations.list` (GET /organization/usage/moderations)."""

    __slots__ = ()

    def start_time(self, value: int) -> Self:
        """Set the required query parameter "start_time" (integer)."""
        return self.set("start_time", value)

    def end_time(self, value: int) -> Self:
        """Set the optional query parameter "end_time" (integer)."""
        return self.set("end_time", value)

    def bucket_width(self, value: Literal["1d", "1h", "1m"] | str) -> Self:
        """Set the optional query parameter "bucket_width" ("1d" | "1h" | "1m")."""
        return self.set("bucket_width", value)

    def project_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "project_ids" (array of string)."""
        return self.set("project_ids", value)

    def user_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "user_ids" (array of string)."""
        return self.set("user_ids", value)

    def api_key_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "api_key_ids" (array of string)."""
        return self.set("api_key_ids", value)

    def models(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "models" (array of string)."""
        return self.set("models", value)

    def group_by(
        self, value: Sequence[Literal["api_key_id", "model", "project_id", "user_id"] | str]
    ) -> Self:
        """Set the optional query parameter "group_by" (array of string enum of 4 values)."""
        return self.set("group_by", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def page(self, value: str) -> Self:
        """Set the optional query parameter "page" (string)."""
        return self.set("page", value)


class OrganizationUsageVectorStoresListSetters(SetterMixin):
    """Setters of `organization.usage.vector_stores.list` (GET /organization/usage/vector_stores)."""

    __slots__ = ()

    def start_time(self, value: int) -> Self:
        """Set the required query parameter "start_time" (integer)."""
        return self.set("start_time", value)

    def end_time(self, value: int) -> Self:
        """Set the optional query parameter "end_time" (integer)."""
        return self.set("end_time", value)

    def bucket_width(self, value: Literal["1d", "1h", "1m"] | str) -> Self:
        """Set the optional query parameter "bucket_width" ("1d" | "1h" | "1m")."""
        return self.set("bucket_width", value)

    def project_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "project_ids" (array of string)."""
        return self.set("project_ids", value)

    def group_by(self, value: Sequence[Literal["project_id"] | str]) -> Self:
        """Set the optional query parameter "group_by" (array of "project_id")."""
        return self.set("group_by", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def page(self, value: str) -> Self:
        """Set the optional query parameter "page" (string)."""
        return self.set("page", value)


class OrganizationUsageWebSearchCallsListSetters(SetterMixin):
    """Setters of `organization.usage.web_search_calls.list` (GET /organization/usage/web_search_calls)."""

    __slots__ = ()

    def start_time(self, value: int) -> Self:
        """Set the required query parameter "start_time" (integer)."""
        return self.set("start_time", value)

    def end_time(self, value: int) -> Self:
        """Set the optional query parameter "end_time" (integer)."""
        return self.set("end_time", value)

    def bucket_width(self, value: Literal["1d", "1h", "1m"] | str) -> Self:
        """Set the optional query parameter "bucket_width" ("1d" | "1h" | "1m")."""
        return self.set("bucket_width", value)

    def project_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "project_ids" (array of string)."""
        return self.set("project_ids", value)

    def user_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "user_ids" (array of string)."""
        return self.set("user_ids", value)

    def api_key_ids(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "api_key_ids" (array of string)."""
        return self.set("api_key_ids", value)

    def models(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "models" (array of string)."""
        return self.set("models", value)

    def context_levels(self, value: Sequence[Literal["high", "low", "medium"] | str]) -> Self:
        """Set the optional query parameter "context_levels" (array of "high" | "low" | "medium")."""
        return self.set("context_levels", value)

    def group_by(
        self,
        value: Sequence[
            Literal["api_key_id", "context_level", "model", "project_id", "user_id"] | str
        ],
    ) -> Self:
        """Set the optional query parameter "group_by" (array of string enum of 5 values)."""
        return self.set("group_by", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def page(self, value: str) -> Self:
        """Set the optional query parameter "page" (string)."""
        return self.set("page", value)


class OrganizationUsersDeleteSetters(SetterMixin):
    """Setters of `organization.users.delete` (DELETE /organization/users/{user_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationUsersListSetters(SetterMixin):
    """Setters of `organization.users.list` (GET /organization/users)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def emails(self, value: Sequence[str]) -> Self:
        """Set the optional query parameter "emails" (array of string)."""
        return self.set("emails", value)


class OrganizationUsersRetrieveSetters(SetterMixin):
    """Setters of `organization.users.retrieve` (GET /organization/users/{user_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationUsersRolesCreateSetters(SetterMixin):
    """Setters of `organization.users.roles.create` (POST /organization/users/{user_id}/roles)."""

    __slots__ = ()

    def role_id(self, value: str) -> Self:
        """Set the required body field "role_id" (string)."""
        return self.set("role_id", value)


class OrganizationUsersRolesDeleteSetters(SetterMixin):
    """Setters of `organization.users.roles.delete` (DELETE /organization/users/{user_id}/roles/{role_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationUsersRolesListSetters(SetterMixin):
    """Setters of `organization.users.roles.list` (GET /organization/users/{user_id}/roles)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)


class OrganizationUsersRolesRetrieveSetters(SetterMixin):
    """Setters of `organization.users.roles.retrieve` (GET /organization/users/{user_id}/roles/{role_id}): it has no body fields or query parameters."""

    __slots__ = ()


class OrganizationUsersUpdateSetters(SetterMixin):
    """Setters of `organization.users.update` (POST /organization/users/{user_id})."""

    __slots__ = ()

    def role(self, value: str | None) -> Self:
        """Set the optional body field "role" (string or null)."""
        return self.set("role", value)

    def role_id(self, value: str | None) -> Self:
        """Set the optional body field "role_id" (string or null)."""
        return self.set("role_id", value)

    def technical_level(self, value: str | None) -> Self:
        """Set the optional body field "technical_level" (string or null)."""
        return self.set("technical_level", value)

    def developer_persona(self, value: str | None) -> Self:
        """Set the optional body field "developer_persona" (string or null)."""
        return self.set("developer_persona", value)


class Organization(NamespaceMixin):
    """`client.organization`."""

    __slots__ = ()

    @property
    def admin_api_keys(self) -> OrganizationAdminApiKeys:
        """`client.organization.admin_api_keys`."""
        namespace: OrganizationAdminApiKeys = self._sub("admin_api_keys")
        return namespace

    @property
    def audit_logs(self) -> OrganizationAuditLogs:
        """`client.organization.audit_logs`."""
        namespace: OrganizationAuditLogs = self._sub("audit_logs")
        return namespace

    @property
    def certificates(self) -> OrganizationCertificates:
        """`client.organization.certificates`."""
        namespace: OrganizationCertificates = self._sub("certificates")
        return namespace

    @property
    def costs(self) -> OrganizationCosts:
        """`client.organization.costs`."""
        namespace: OrganizationCosts = self._sub("costs")
        return namespace

    @property
    def data_retention(self) -> OrganizationDataRetention:
        """`client.organization.data_retention`."""
        namespace: OrganizationDataRetention = self._sub("data_retention")
        return namespace

    @property
    def groups(self) -> OrganizationGroups:
        """`client.organization.groups`."""
        namespace: OrganizationGroups = self._sub("groups")
        return namespace

    @property
    def invites(self) -> OrganizationInvites:
        """`client.organization.invites`."""
        namespace: OrganizationInvites = self._sub("invites")
        return namespace

    @property
    def projects(self) -> OrganizationProjects:
        """`client.organization.projects`."""
        namespace: OrganizationProjects = self._sub("projects")
        return namespace

    @property
    def roles(self) -> OrganizationRoles:
        """`client.organization.roles`."""
        namespace: OrganizationRoles = self._sub("roles")
        return namespace

    @property
    def spend_alerts(self) -> OrganizationSpendAlerts:
        """`client.organization.spend_alerts`."""
        namespace: OrganizationSpendAlerts = self._sub("spend_alerts")
        return namespace

    @property
    def spend_limit(self) -> OrganizationSpendLimit:
        """`client.organization.spend_limit`."""
        namespace: OrganizationSpendLimit = self._sub("spend_limit")
        return namespace

    @property
    def usage(self) -> OrganizationUsage:
        """`client.organization.usage`."""
        namespace: OrganizationUsage = self._sub("usage")
        return namespace

    @property
    def users(self) -> OrganizationUsers:
        """`client.organization.users`."""
        namespace: OrganizationUsers = self._sub("users")
        return namespace


class AsyncOrganization(NamespaceMixin):
    """`client.organization` of an AsyncClient."""

    __slots__ = ()

    @property
    def admin_api_keys(self) -> AsyncOrganizationAdminApiKeys:
        """`client.organization.admin_api_keys`."""
        namespace: AsyncOrganizationAdminApiKeys = self._sub("admin_api_keys")
        return namespace

    @property
    def audit_logs(self) -> AsyncOrganizationAuditLogs:
        """`client.organization.audit_logs`."""
        namespace: AsyncOrganizationAuditLogs = self._sub("audit_logs")
        return namespace

    @property
    def certificates(self) -> AsyncOrganizationCertificates:
        """`client.organization.certificates`."""
        namespace: AsyncOrganizationCertificates = self._sub("certificates")
        return namespace

    @property
    def costs(self) -> AsyncOrganizationCosts:
        """`client.organization.costs`."""
        namespace: AsyncOrganizationCosts = self._sub("costs")
        return namespace

    @property
    def data_retention(self) -> AsyncOrganizationDataRetention:
        """`client.organization.data_retention`."""
        namespace: AsyncOrganizationDataRetention = self._sub("data_retention")
        return namespace

    @property
    def groups(self) -> AsyncOrganizationGroups:
        """`client.organization.groups`."""
        namespace: AsyncOrganizationGroups = self._sub("groups")
        return namespace

    @property
    def invites(self) -> AsyncOrganizationInvites:
        """`client.organization.invites`."""
        namespace: AsyncOrganizationInvites = self._sub("invites")
        return namespace

    @property
    def projects(self) -> AsyncOrganizationProjects:
        """`client.organization.projects`."""
        namespace: AsyncOrganizationProjects = self._sub("projects")
        return namespace

    @property
    def roles(self) -> AsyncOrganizationRoles:
        """`client.organization.roles`."""
        namespace: AsyncOrganizationRoles = self._sub("roles")
        return namespace

    @property
    def spend_alerts(self) -> AsyncOrganizationSpendAlerts:
        """`client.organization.spend_alerts`."""
        namespace: AsyncOrganizationSpendAlerts = self._sub("spend_alerts")
        return namespace

    @property
    def spend_limit(self) -> AsyncOrganizationSpendLimit:
        """`client.organization.spend_limit`."""
        namespace: AsyncOrganizationSpendLimit = self._sub("spend_limit")
        return namespace

    @property
    def usage(self) -> AsyncOrganizationUsage:
        """`client.organization.usage`."""
        namespace: AsyncOrganizationUsage = self._sub("usage")
        return namespace

    @property
    def users(self) -> AsyncOrganizationUsers:
        """`client.organization.users`."""
        namespace: AsyncOrganizationUsers = self._sub("users")
        return namespace


class OrganizationAdminApiKeys(NamespaceMixin):
    """`client.organization.admin_api_keys`."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[OrganizationAdminApiKeysCreateParams]
    ) -> OrganizationAdminApiKeysCreateBuilder:
        """Return a builder for `organization.admin_api_keys.create` (POST /organization/admin_api_keys); keywords pre-fill its setters."""
        builder: OrganizationAdminApiKeysCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, key_id: str, **fields: Unpack[OrganizationAdminApiKeysDeleteParams]
    ) -> OrganizationAdminApiKeysDeleteBuilder:
        """Return a builder for `organization.admin_api_keys.delete` (DELETE /organization/admin_api_keys/{key_id}); keywords pre-fill its setters."""
        builder: OrganizationAdminApiKeysDeleteBuilder = self._op("delete", (key_id,), fields)
        return builder

    def list(
        self, **fields: Unpack[OrganizationAdminApiKeysListParams]
    ) -> OrganizationAdminApiKeysListBuilder:
        """Return a builder for `organization.admin_api_keys.list` (GET /organization/admin_api_keys); keywords pre-fill its setters."""
        builder: OrganizationAdminApiKeysListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, key_id: str, **fields: Unpack[OrganizationAdminApiKeysRetrieveParams]
    ) -> OrganizationAdminApiKeysRetrieveBuilder:
        """Return a builder for `organization.admin_api_keys.retrieve` (GET /organization/admin_api_keys/{key_id}); keywords pre-fill its setters."""
        builder: OrganizationAdminApiKeysRetrieveBuilder = self._op("retrieve", (key_id,), fields)
        return builder


class AsyncOrganizationAdminApiKeys(NamespaceMixin):
    """`client.organization.admin_api_keys` of an AsyncClient."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[OrganizationAdminApiKeysCreateParams]
    ) -> AsyncOrganizationAdminApiKeysCreateBuilder:
        """Return a builder for `organization.admin_api_keys.create` (POST /organization/admin_api_keys); keywords pre-fill its setters."""
        builder: AsyncOrganizationAdminApiKeysCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, key_id: str, **fields: Unpack[OrganizationAdminApiKeysDeleteParams]
    ) -> AsyncOrganizationAdminApiKeysDeleteBuilder:
        """Return a builder for `organization.admin_api_keys.delete` (DELETE /organization/admin_api_keys/{key_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationAdminApiKeysDeleteBuilder = self._op("delete", (key_id,), fields)
        return builder

    def list(
        self, **fields: Unpack[OrganizationAdminApiKeysListParams]
    ) -> AsyncOrganizationAdminApiKeysListBuilder:
        """Return a builder for `organization.admin_api_keys.list` (GET /organization/admin_api_keys); keywords pre-fill its setters."""
        builder: AsyncOrganizationAdminApiKeysListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, key_id: str, **fields: Unpack[OrganizationAdminApiKeysRetrieveParams]
    ) -> AsyncOrganizationAdminApiKeysRetrieveBuilder:
        """Return a builder for `organization.admin_api_keys.retrieve` (GET /organization/admin_api_keys/{key_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationAdminApiKeysRetrieveBuilder = self._op(
            "retrieve", (key_id,), fields
        )
        return builder


class OrganizationAuditLogs(NamespaceMixin):
    """`client.organization.audit_logs`."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationAuditLogsListParams]
    ) -> OrganizationAuditLogsListBuilder:
        """Return a builder for `organization.audit_logs.list` (GET /organization/audit_logs); keywords pre-fill its setters."""
        builder: OrganizationAuditLogsListBuilder = self._op("list", (), fields)
        return builder


class AsyncOrganizationAuditLogs(NamespaceMixin):
    """`client.organization.audit_logs` of an AsyncClient."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationAuditLogsListParams]
    ) -> AsyncOrganizationAuditLogsListBuilder:
        """Return a builder for `organization.audit_logs.list` (GET /organization/audit_logs); keywords pre-fill its setters."""
        builder: AsyncOrganizationAuditLogsListBuilder = self._op("list", (), fields)
        return builder


class OrganizationCertificates(NamespaceMixin):
    """`client.organization.certificates`."""

    __slots__ = ()

    def activate(
        self, **fields: Unpack[OrganizationCertificatesActivateParams]
    ) -> OrganizationCertificatesActivateBuilder:
        """Return a builder for `organization.certificates.activate` (POST /organization/certificates/activate); keywords pre-fill its setters."""
        builder: OrganizationCertificatesActivateBuilder = self._op("activate", (), fields)
        return builder

    def create(
        self, **fields: Unpack[OrganizationCertificatesCreateParams]
    ) -> OrganizationCertificatesCreateBuilder:
        """Return a builder for `organization.certificates.create` (POST /organization/certificates); keywords pre-fill its setters."""
        builder: OrganizationCertificatesCreateBuilder = self._op("create", (), fields)
        return builder

    def deactivate(
        self, **fields: Unpack[OrganizationCertificatesDeactivateParams]
    ) -> OrganizationCertificatesDeactivateBuilder:
        """Return a builder for `organization.certificates.deactivate` (POST /organization/certificates/deactivate); keywords pre-fill its setters."""
        builder: OrganizationCertificatesDeactivateBuilder = self._op("deactivate", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, certificate_id: str, **fields: Unpack[OrganizationCertificatesDeleteParams]
    ) -> OrganizationCertificatesDeleteBuilder:
        """Return a builder for `organization.certificates.delete` (DELETE /organization/certificates/{certificate_id}); keywords pre-fill its setters."""
        builder: OrganizationCertificatesDeleteBuilder = self._op(
            "delete", (certificate_id,), fields
        )
        return builder

    def list(
        self, **fields: Unpack[OrganizationCertificatesListParams]
    ) -> OrganizationCertificatesListBuilder:
        """Return a builder for `organization.certificates.list` (GET /organization/certificates); keywords pre-fill its setters."""
        builder: OrganizationCertificatesListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, certificate_id: str, **fields: Unpack[OrganizationCertificatesRetrieveParams]
    ) -> OrganizationCertificatesRetrieveBuilder:
        """Return a builder for `organization.certificates.retrieve` (GET /organization/certificates/{certificate_id}); keywords pre-fill its setters."""
        builder: OrganizationCertificatesRetrieveBuilder = self._op(
            "retrieve", (certificate_id,), fields
        )
        return builder

    @defer_path_check
    def update(
        self, certificate_id: str, **fields: Unpack[OrganizationCertificatesUpdateParams]
    ) -> OrganizationCertificatesUpdateBuilder:
        """Return a builder for `organization.certificates.update` (POST /organization/certificates/{certificate_id}); keywords pre-fill its setters."""
        builder: OrganizationCertificatesUpdateBuilder = self._op(
            "update", (certificate_id,), fields
        )
        return builder


class AsyncOrganizationCertificates(NamespaceMixin):
    """`client.organization.certificates` of an AsyncClient."""

    __slots__ = ()

    def activate(
        self, **fields: Unpack[OrganizationCertificatesActivateParams]
    ) -> AsyncOrganizationCertificatesActivateBuilder:
        """Return a builder for `organization.certificates.activate` (POST /organization/certificates/activate); keywords pre-fill its setters."""
        builder: AsyncOrganizationCertificatesActivateBuilder = self._op("activate", (), fields)
        return builder

    def create(
        self, **fields: Unpack[OrganizationCertificatesCreateParams]
    ) -> AsyncOrganizationCertificatesCreateBuilder:
        """Return a builder for `organization.certificates.create` (POST /organization/certificates); keywords pre-fill its setters."""
        builder: AsyncOrganizationCertificatesCreateBuilder = self._op("create", (), fields)
        return builder

    def deactivate(
        self, **fields: Unpack[OrganizationCertificatesDeactivateParams]
    ) -> AsyncOrganizationCertificatesDeactivateBuilder:
        """Return a builder for `organization.certificates.deactivate` (POST /organization/certificates/deactivate); keywords pre-fill its setters."""
        builder: AsyncOrganizationCertificatesDeactivateBuilder = self._op("deactivate", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, certificate_id: str, **fields: Unpack[OrganizationCertificatesDeleteParams]
    ) -> AsyncOrganizationCertificatesDeleteBuilder:
        """Return a builder for `organization.certificates.delete` (DELETE /organization/certificates/{certificate_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationCertificatesDeleteBuilder = self._op(
            "delete", (certificate_id,), fields
        )
        return builder

    def list(
        self, **fields: Unpack[OrganizationCertificatesListParams]
    ) -> AsyncOrganizationCertificatesListBuilder:
        """Return a builder for `organization.certificates.list` (GET /organization/certificates); keywords pre-fill its setters."""
        builder: AsyncOrganizationCertificatesListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, certificate_id: str, **fields: Unpack[OrganizationCertificatesRetrieveParams]
    ) -> AsyncOrganizationCertificatesRetrieveBuilder:
        """Return a builder for `organization.certificates.retrieve` (GET /organization/certificates/{certificate_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationCertificatesRetrieveBuilder = self._op(
            "retrieve", (certificate_id,), fields
        )
        return builder

    @defer_path_check
    def update(
        self, certificate_id: str, **fields: Unpack[OrganizationCertificatesUpdateParams]
    ) -> AsyncOrganizationCertificatesUpdateBuilder:
        """Return a builder for `organization.certificates.update` (POST /organization/certificates/{certificate_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationCertificatesUpdateBuilder = self._op(
            "update", (certificate_id,), fields
        )
        return builder


class OrganizationCosts(NamespaceMixin):
    """`client.organization.costs`."""

    __slots__ = ()

    def list(self, **fields: Unpack[OrganizationCostsListParams]) -> OrganizationCostsListBuilder:
        """Return a builder for `organization.costs.list` (GET /organization/costs); keywords pre-fill its setters."""
        builder: OrganizationCostsListBuilder = self._op("list", (), fields)
        return builder


class AsyncOrganizationCosts(NamespaceMixin):
    """`client.organization.costs` of an AsyncClient."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationCostsListParams]
    ) -> AsyncOrganizationCostsListBuilder:
        """Return a builder for `organization.costs.list` (GET /organization/costs); keywords pre-fill its setters."""
        builder: AsyncOrganizationCostsListBuilder = self._op("list", (), fields)
        return builder


class OrganizationDataRetention(NamespaceMixin):
    """`client.organization.data_retention`."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[OrganizationDataRetentionCreateParams]
    ) -> OrganizationDataRetentionCreateBuilder:
        """Return a builder for `organization.data_retention.create` (POST /organization/data_retention); keywords pre-fill its setters."""
        builder: OrganizationDataRetentionCreateBuilder = self._op("create", (), fields)
        return builder

    def retrieve(
        self, **fields: Unpack[OrganizationDataRetentionRetrieveParams]
    ) -> OrganizationDataRetentionRetrieveBuilder:
        """Return a builder for `organization.data_retention.retrieve` (GET /organization/data_retention); keywords pre-fill its setters."""
        builder: OrganizationDataRetentionRetrieveBuilder = self._op("retrieve", (), fields)
        return builder


class AsyncOrganizationDataRetention(NamespaceMixin):
    """`client.organization.data_retention` of an AsyncClient."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[OrganizationDataRetentionCreateParams]
    ) -> AsyncOrganizationDataRetentionCreateBuilder:
        """Return a builder for `organization.data_retention.create` (POST /organization/data_retention); keywords pre-fill its setters."""
        builder: AsyncOrganizationDataRetentionCreateBuilder = self._op("create", (), fields)
        return builder

    def retrieve(
        self, **fields: Unpack[OrganizationDataRetentionRetrieveParams]
    ) -> AsyncOrganizationDataRetentionRetrieveBuilder:
        """Return a builder for `organization.data_retention.retrieve` (GET /organization/data_retention); keywords pre-fill its setters."""
        builder: AsyncOrganizationDataRetentionRetrieveBuilder = self._op("retrieve", (), fields)
        return builder


class OrganizationGroups(NamespaceMixin):
    """`client.organization.groups`."""

    __slots__ = ()

    @property
    def roles(self) -> OrganizationGroupsRoles:
        """`client.organization.groups.roles`."""
        namespace: OrganizationGroupsRoles = self._sub("roles")
        return namespace

    @property
    def users(self) -> OrganizationGroupsUsers:
        """`client.organization.groups.users`."""
        namespace: OrganizationGroupsUsers = self._sub("users")
        return namespace

    def create(
        self, **fields: Unpack[OrganizationGroupsCreateParams]
    ) -> OrganizationGroupsCreateBuilder:
        """Return a builder for `organization.groups.create` (POST /organization/groups); keywords pre-fill its setters."""
        builder: OrganizationGroupsCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, group_id: str, **fields: Unpack[OrganizationGroupsDeleteParams]
    ) -> OrganizationGroupsDeleteBuilder:
        """Return a builder for `organization.groups.delete` (DELETE /organization/groups/{group_id}); keywords pre-fill its setters."""
        builder: OrganizationGroupsDeleteBuilder = self._op("delete", (group_id,), fields)
        return builder

    def list(self, **fields: Unpack[OrganizationGroupsListParams]) -> OrganizationGroupsListBuilder:
        """Return a builder for `organization.groups.list` (GET /organization/groups); keywords pre-fill its setters."""
        builder: OrganizationGroupsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, group_id: str, **fields: Unpack[OrganizationGroupsRetrieveParams]
    ) -> OrganizationGroupsRetrieveBuilder:
        """Return a builder for `organization.groups.retrieve` (GET /organization/groups/{group_id}); keywords pre-fill its setters."""
        builder: OrganizationGroupsRetrieveBuilder = self._op("retrieve", (group_id,), fields)
        return builder

    @defer_path_check
    def update(
        self, group_id: str, **fields: Unpack[OrganizationGroupsUpdateParams]
    ) -> OrganizationGroupsUpdateBuilder:
        """Return a builder for `organization.groups.update` (POST /organization/groups/{group_id}); keywords pre-fill its setters."""
        builder: OrganizationGroupsUpdateBuilder = self._op("update", (group_id,), fields)
        return builder


class AsyncOrganizationGroups(NamespaceMixin):
    """`client.organization.groups` of an AsyncClient."""

    __slots__ = ()

    @property
    def roles(self) -> AsyncOrganizationGroupsRoles:
        """`client.organization.groups.roles`."""
        namespace: AsyncOrganizationGroupsRoles = self._sub("roles")
        return namespace

    @property
    def users(self) -> AsyncOrganizationGroupsUsers:
        """`client.organization.groups.users`."""
        namespace: AsyncOrganizationGroupsUsers = self._sub("users")
        return namespace

    def create(
        self, **fields: Unpack[OrganizationGroupsCreateParams]
    ) -> AsyncOrganizationGroupsCreateBuilder:
        """Return a builder for `organization.groups.create` (POST /organization/groups); keywords pre-fill its setters."""
        builder: AsyncOrganizationGroupsCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, group_id: str, **fields: Unpack[OrganizationGroupsDeleteParams]
    ) -> AsyncOrganizationGroupsDeleteBuilder:
        """Return a builder for `organization.groups.delete` (DELETE /organization/groups/{group_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationGroupsDeleteBuilder = self._op("delete", (group_id,), fields)
        return builder

    def list(
        self, **fields: Unpack[OrganizationGroupsListParams]
    ) -> AsyncOrganizationGroupsListBuilder:
        """Return a builder for `organization.groups.list` (GET /organization/groups); keywords pre-fill its setters."""
        builder: AsyncOrganizationGroupsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, group_id: str, **fields: Unpack[OrganizationGroupsRetrieveParams]
    ) -> AsyncOrganizationGroupsRetrieveBuilder:
        """Return a builder for `organization.groups.retrieve` (GET /organization/groups/{group_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationGroupsRetrieveBuilder = self._op("retrieve", (group_id,), fields)
        return builder

    @defer_path_check
    def update(
        self, group_id: str, **fields: Unpack[OrganizationGroupsUpdateParams]
    ) -> AsyncOrganizationGroupsUpdateBuilder:
        """Return a builder for `organization.groups.update` (POST /organization/groups/{group_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationGroupsUpdateBuilder = self._op("update", (group_id,), fields)
        return builder


class OrganizationGroupsRoles(NamespaceMixin):
    """`client.organization.groups.roles`."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, group_id: str, **fields: Unpack[OrganizationGroupsRolesCreateParams]
    ) -> OrganizationGroupsRolesCreateBuilder:
        """Return a builder for `organization.groups.roles.create` (POST /organization/groups/{group_id}/roles); keywords pre-fill its setters."""
        builder: OrganizationGroupsRolesCreateBuilder = self._op("create", (group_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self, group_id: str, role_id: str, **fields: Unpack[OrganizationGroupsRolesDeleteParams]
    ) -> OrganizationGroupsRolesDeleteBuilder:
        """Return a builder for `organization.groups.roles.delete` (DELETE /organization/groups/{group_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: OrganizationGroupsRolesDeleteBuilder = self._op(
            "delete",
            (
                group_id,
                role_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, group_id: str, **fields: Unpack[OrganizationGroupsRolesListParams]
    ) -> OrganizationGroupsRolesListBuilder:
        """Return a builder for `organization.groups.roles.list` (GET /organization/groups/{group_id}/roles); keywords pre-fill its setters."""
        builder: OrganizationGroupsRolesListBuilder = self._op("list", (group_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, group_id: str, role_id: str, **fields: Unpack[OrganizationGroupsRolesRetrieveParams]
    ) -> OrganizationGroupsRolesRetrieveBuilder:
        """Return a builder for `organization.groups.roles.retrieve` (GET /organization/groups/{group_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: OrganizationGroupsRolesRetrieveBuilder = self._op(
            "retrieve",
            (
                group_id,
                role_id,
            ),
            fields,
        )
        return builder


class AsyncOrganizationGroupsRoles(NamespaceMixin):
    """`client.organization.groups.roles` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, group_id: str, **fields: Unpack[OrganizationGroupsRolesCreateParams]
    ) -> AsyncOrganizationGroupsRolesCreateBuilder:
        """Return a builder for `organization.groups.roles.create` (POST /organization/groups/{group_id}/roles); keywords pre-fill its setters."""
        builder: AsyncOrganizationGroupsRolesCreateBuilder = self._op("create", (group_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self, group_id: str, role_id: str, **fields: Unpack[OrganizationGroupsRolesDeleteParams]
    ) -> AsyncOrganizationGroupsRolesDeleteBuilder:
        """Return a builder for `organization.groups.roles.delete` (DELETE /organization/groups/{group_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationGroupsRolesDeleteBuilder = self._op(
            "delete",
            (
                group_id,
                role_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, group_id: str, **fields: Unpack[OrganizationGroupsRolesListParams]
    ) -> AsyncOrganizationGroupsRolesListBuilder:
        """Return a builder for `organization.groups.roles.list` (GET /organization/groups/{group_id}/roles); keywords pre-fill its setters."""
        builder: AsyncOrganizationGroupsRolesListBuilder = self._op("list", (group_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, group_id: str, role_id: str, **fields: Unpack[OrganizationGroupsRolesRetrieveParams]
    ) -> AsyncOrganizationGroupsRolesRetrieveBuilder:
        """Return a builder for `organization.groups.roles.retrieve` (GET /organization/groups/{group_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationGroupsRolesRetrieveBuilder = self._op(
            "retrieve",
            (
                group_id,
                role_id,
            ),
            fields,
        )
        return builder


class OrganizationGroupsUsers(NamespaceMixin):
    """`client.organization.groups.users`."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, group_id: str, **fields: Unpack[OrganizationGroupsUsersCreateParams]
    ) -> OrganizationGroupsUsersCreateBuilder:
        """Return a builder for `organization.groups.users.create` (POST /organization/groups/{group_id}/users); keywords pre-fill its setters."""
        builder: OrganizationGroupsUsersCreateBuilder = self._op("create", (group_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self, group_id: str, user_id: str, **fields: Unpack[OrganizationGroupsUsersDeleteParams]
    ) -> OrganizationGroupsUsersDeleteBuilder:
        """Return a builder for `organization.groups.users.delete` (DELETE /organization/groups/{group_id}/users/{user_id}); keywords pre-fill its setters."""
        builder: OrganizationGroupsUsersDeleteBuilder = self._op(
            "delete",
            (
                group_id,
                user_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, group_id: str, **fields: Unpack[OrganizationGroupsUsersListParams]
    ) -> OrganizationGroupsUsersListBuilder:
        """Return a builder for `organization.groups.users.list` (GET /organization/groups/{group_id}/users); keywords pre-fill its setters."""
        builder: OrganizationGroupsUsersListBuilder = self._op("list", (group_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, group_id: str, user_id: str, **fields: Unpack[OrganizationGroupsUsersRetrieveParams]
    ) -> OrganizationGroupsUsersRetrieveBuilder:
        """Return a builder for `organization.groups.users.retrieve` (GET /organization/groups/{group_id}/users/{user_id}); keywords pre-fill its setters."""
        builder: OrganizationGroupsUsersRetrieveBuilder = self._op(
            "retrieve",
            (
                group_id,
                user_id,
            ),
            fields,
        )
        return builder


class AsyncOrganizationGroupsUsers(NamespaceMixin):
    """`client.organization.groups.users` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, group_id: str, **fields: Unpack[OrganizationGroupsUsersCreateParams]
    ) -> AsyncOrganizationGroupsUsersCreateBuilder:
        """Return a builder for `organization.groups.users.create` (POST /organization/groups/{group_id}/users); keywords pre-fill its setters."""
        builder: AsyncOrganizationGroupsUsersCreateBuilder = self._op("create", (group_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self, group_id: str, user_id: str, **fields: Unpack[OrganizationGroupsUsersDeleteParams]
    ) -> AsyncOrganizationGroupsUsersDeleteBuilder:
        """Return a builder for `organization.groups.users.delete` (DELETE /organization/groups/{group_id}/users/{user_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationGroupsUsersDeleteBuilder = self._op(
            "delete",
            (
                group_id,
                user_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, group_id: str, **fields: Unpack[OrganizationGroupsUsersListParams]
    ) -> AsyncOrganizationGroupsUsersListBuilder:
        """Return a builder for `organization.groups.users.list` (GET /organization/groups/{group_id}/users); keywords pre-fill its setters."""
        builder: AsyncOrganizationGroupsUsersListBuilder = self._op("list", (group_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, group_id: str, user_id: str, **fields: Unpack[OrganizationGroupsUsersRetrieveParams]
    ) -> AsyncOrganizationGroupsUsersRetrieveBuilder:
        """Return a builder for `organization.groups.users.retrieve` (GET /organization/groups/{group_id}/users/{user_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationGroupsUsersRetrieveBuilder = self._op(
            "retrieve",
            (
                group_id,
                user_id,
            ),
            fields,
        )
        return builder


class OrganizationInvites(NamespaceMixin):
    """`client.organization.invites`."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[OrganizationInvitesCreateParams]
    ) -> OrganizationInvitesCreateBuilder:
        """Return a builder for `organization.invites.create` (POST /organization/invites); keywords pre-fill its setters."""
        builder: OrganizationInvitesCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, invite_id: str, **fields: Unpack[OrganizationInvitesDeleteParams]
    ) -> OrganizationInvitesDeleteBuilder:
        """Return a builder for `organization.invites.delete` (DELETE /organization/invites/{invite_id}); keywords pre-fill its setters."""
        builder: OrganizationInvitesDeleteBuilder = self._op("delete", (invite_id,), fields)
        return builder

    def list(
        self, **fields: Unpack[OrganizationInvitesListParams]
    ) -> OrganizationInvitesListBuilder:
        """Return a builder for `organization.invites.list` (GET /organization/invites); keywords pre-fill its setters."""
        builder: OrganizationInvitesListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, invite_id: str, **fields: Unpack[OrganizationInvitesRetrieveParams]
    ) -> OrganizationInvitesRetrieveBuilder:
        """Return a builder for `organization.invites.retrieve` (GET /organization/invites/{invite_id}); keywords pre-fill its setters."""
        builder: OrganizationInvitesRetrieveBuilder = self._op("retrieve", (invite_id,), fields)
        return builder


class AsyncOrganizationInvites(NamespaceMixin):
    """`client.organization.invites` of an AsyncClient."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[OrganizationInvitesCreateParams]
    ) -> AsyncOrganizationInvitesCreateBuilder:
        """Return a builder for `organization.invites.create` (POST /organization/invites); keywords pre-fill its setters."""
        builder: AsyncOrganizationInvitesCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, invite_id: str, **fields: Unpack[OrganizationInvitesDeleteParams]
    ) -> AsyncOrganizationInvitesDeleteBuilder:
        """Return a builder for `organization.invites.delete` (DELETE /organization/invites/{invite_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationInvitesDeleteBuilder = self._op("delete", (invite_id,), fields)
        return builder

    def list(
        self, **fields: Unpack[OrganizationInvitesListParams]
    ) -> AsyncOrganizationInvitesListBuilder:
        """Return a builder for `organization.invites.list` (GET /organization/invites); keywords pre-fill its setters."""
        builder: AsyncOrganizationInvitesListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, invite_id: str, **fields: Unpack[OrganizationInvitesRetrieveParams]
    ) -> AsyncOrganizationInvitesRetrieveBuilder:
        """Return a builder for `organization.invites.retrieve` (GET /organization/invites/{invite_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationInvitesRetrieveBuilder = self._op(
            "retrieve", (invite_id,), fields
        )
        return builder


class OrganizationProjects(NamespaceMixin):
    """`client.organization.projects`."""

    __slots__ = ()

    @property
    def api_keys(self) -> OrganizationProjectsApiKeys:
        """`client.organization.projects.api_keys`."""
        namespace: OrganizationProjectsApiKeys = self._sub("api_keys")
        return namespace

    @property
    def certificates(self) -> OrganizationProjectsCertificates:
        """`client.organization.projects.certificates`."""
        namespace: OrganizationProjectsCertificates = self._sub("certificates")
        return namespace

    @property
    def data_retention(self) -> OrganizationProjectsDataRetention:
        """`client.organization.projects.data_retention`."""
        namespace: OrganizationProjectsDataRetention = self._sub("data_retention")
        return namespace

    @property
    def groups(self) -> OrganizationProjectsGroups:
        """`client.organization.projects.groups`."""
        namespace: OrganizationProjectsGroups = self._sub("groups")
        return namespace

    @property
    def hosted_tool_permissions(self) -> OrganizationProjectsHostedToolPermissions:
        """`client.organization.projects.hosted_tool_permissions`."""
        namespace: OrganizationProjectsHostedToolPermissions = self._sub("hosted_tool_permissions")
        return namespace

    @property
    def model_permissions(self) -> OrganizationProjectsModelPermissions:
        """`client.organization.projects.model_permissions`."""
        namespace: OrganizationProjectsModelPermissions = self._sub("model_permissions")
        return namespace

    @property
    def rate_limits(self) -> OrganizationProjectsRateLimits:
        """`client.organization.projects.rate_limits`."""
        namespace: OrganizationProjectsRateLimits = self._sub("rate_limits")
        return namespace

    @property
    def service_accounts(self) -> OrganizationProjectsServiceAccounts:
        """`client.organization.projects.service_accounts`."""
        namespace: OrganizationProjectsServiceAccounts = self._sub("service_accounts")
        return namespace

    @property
    def spend_alerts(self) -> OrganizationProjectsSpendAlerts:
        """`client.organization.projects.spend_alerts`."""
        namespace: OrganizationProjectsSpendAlerts = self._sub("spend_alerts")
        return namespace

    @property
    def spend_limit(self) -> OrganizationProjectsSpendLimit:
        """`client.organization.projects.spend_limit`."""
        namespace: OrganizationProjectsSpendLimit = self._sub("spend_limit")
        return namespace

    @property
    def users(self) -> OrganizationProjectsUsers:
        """`client.organization.projects.users`."""
        namespace: OrganizationProjectsUsers = self._sub("users")
        return namespace

    @defer_path_check
    def archive(
        self, project_id: str, **fields: Unpack[OrganizationProjectsArchiveParams]
    ) -> OrganizationProjectsArchiveBuilder:
        """Return a builder for `organization.projects.archive` (POST /organization/projects/{project_id}/archive); keywords pre-fill its setters."""
        builder: OrganizationProjectsArchiveBuilder = self._op("archive", (project_id,), fields)
        return builder

    def create(
        self, **fields: Unpack[OrganizationProjectsCreateParams]
    ) -> OrganizationProjectsCreateBuilder:
        """Return a builder for `organization.projects.create` (POST /organization/projects); keywords pre-fill its setters."""
        builder: OrganizationProjectsCreateBuilder = self._op("create", (), fields)
        return builder

    def list(
        self, **fields: Unpack[OrganizationProjectsListParams]
    ) -> OrganizationProjectsListBuilder:
        """Return a builder for `organization.projects.list` (GET /organization/projects); keywords pre-fill its setters."""
        builder: OrganizationProjectsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, project_id: str, **fields: Unpack[OrganizationProjectsRetrieveParams]
    ) -> OrganizationProjectsRetrieveBuilder:
        """Return a builder for `organization.projects.retrieve` (GET /organization/projects/{project_id}); keywords pre-fill its setters."""
        builder: OrganizationProjectsRetrieveBuilder = self._op("retrieve", (project_id,), fields)
        return builder

    @defer_path_check
    def update(
        self, project_id: str, **fields: Unpack[OrganizationProjectsUpdateParams]
    ) -> OrganizationProjectsUpdateBuilder:
        """Return a builder for `organization.projects.update` (POST /organization/projects/{project_id}); keywords pre-fill its setters."""
        builder: OrganizationProjectsUpdateBuilder = self._op("update", (project_id,), fields)
        return builder


class AsyncOrganizationProjects(NamespaceMixin):
    """`client.organization.projects` of an AsyncClient."""

    __slots__ = ()

    @property
    def api_keys(self) -> AsyncOrganizationProjectsApiKeys:
        """`client.organization.projects.api_keys`."""
        namespace: AsyncOrganizationProjectsApiKeys = self._sub("api_keys")
        return namespace

    @property
    def certificates(self) -> AsyncOrganizationProjectsCertificates:
        """`client.organization.projects.certificates`."""
        namespace: AsyncOrganizationProjectsCertificates = self._sub("certificates")
        return namespace

    @property
    def data_retention(self) -> AsyncOrganizationProjectsDataRetention:
        """`client.organization.projects.data_retention`."""
        namespace: AsyncOrganizationProjectsDataRetention = self._sub("data_retention")
        return namespace

    @property
    def groups(self) -> AsyncOrganizationProjectsGroups:
        """`client.organization.projects.groups`."""
        namespace: AsyncOrganizationProjectsGroups = self._sub("groups")
        return namespace

    @property
    def hosted_tool_permissions(self) -> AsyncOrganizationProjectsHostedToolPermissions:
        """`client.organization.projects.hosted_tool_permissions`."""
        namespace: AsyncOrganizationProjectsHostedToolPermissions = self._sub(
            "hosted_tool_permissions"
        )
        return namespace

    @property
    def model_permissions(self) -> AsyncOrganizationProjectsModelPermissions:
        """`client.organization.projects.model_permissions`."""
        namespace: AsyncOrganizationProjectsModelPermissions = self._sub("model_permissions")
        return namespace

    @property
    def rate_limits(self) -> AsyncOrganizationProjectsRateLimits:
        """`client.organization.projects.rate_limits`."""
        namespace: AsyncOrganizationProjectsRateLimits = self._sub("rate_limits")
        return namespace

    @property
    def service_accounts(self) -> AsyncOrganizationProjectsServiceAccounts:
        """`client.organization.projects.service_accounts`."""
        namespace: AsyncOrganizationProjectsServiceAccounts = self._sub("service_accounts")
        return namespace

    @property
    def spend_alerts(self) -> AsyncOrganizationProjectsSpendAlerts:
        """`client.organization.projects.spend_alerts`."""
        namespace: AsyncOrganizationProjectsSpendAlerts = self._sub("spend_alerts")
        return namespace

    @property
    def spend_limit(self) -> AsyncOrganizationProjectsSpendLimit:
        """`client.organization.projects.spend_limit`."""
        namespace: AsyncOrganizationProjectsSpendLimit = self._sub("spend_limit")
        return namespace

    @property
    def users(self) -> AsyncOrganizationProjectsUsers:
        """`client.organization.projects.users`."""
        namespace: AsyncOrganizationProjectsUsers = self._sub("users")
        return namespace

    @defer_path_check
    def archive(
        self, project_id: str, **fields: Unpack[OrganizationProjectsArchiveParams]
    ) -> AsyncOrganizationProjectsArchiveBuilder:
        """Return a builder for `organization.projects.archive` (POST /organization/projects/{project_id}/archive); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsArchiveBuilder = self._op(
            "archive", (project_id,), fields
        )
        return builder

    def create(
        self, **fields: Unpack[OrganizationProjectsCreateParams]
    ) -> AsyncOrganizationProjectsCreateBuilder:
        """Return a builder for `organization.projects.create` (POST /organization/projects); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsCreateBuilder = self._op("create", (), fields)
        return builder

    def list(
        self, **fields: Unpack[OrganizationProjectsListParams]
    ) -> AsyncOrganizationProjectsListBuilder:
        """Return a builder for `organization.projects.list` (GET /organization/projects); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, project_id: str, **fields: Unpack[OrganizationProjectsRetrieveParams]
    ) -> AsyncOrganizationProjectsRetrieveBuilder:
        """Return a builder for `organization.projects.retrieve` (GET /organization/projects/{project_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsRetrieveBuilder = self._op(
            "retrieve", (project_id,), fields
        )
        return builder

    @defer_path_check
    def update(
        self, project_id: str, **fields: Unpack[OrganizationProjectsUpdateParams]
    ) -> AsyncOrganizationProjectsUpdateBuilder:
        """Return a builder for `organization.projects.update` (POST /organization/projects/{project_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsUpdateBuilder = self._op("update", (project_id,), fields)
        return builder


class OrganizationProjectsApiKeys(NamespaceMixin):
    """`client.organization.projects.api_keys`."""

    __slots__ = ()

    @defer_path_check
    def delete(
        self,
        project_id: str,
        api_key_id: str,
        **fields: Unpack[OrganizationProjectsApiKeysDeleteParams],
    ) -> OrganizationProjectsApiKeysDeleteBuilder:
        """Return a builder for `organization.projects.api_keys.delete` (DELETE /organization/projects/{project_id}/api_keys/{api_key_id}); keywords pre-fill its setters."""
        builder: OrganizationProjectsApiKeysDeleteBuilder = self._op(
            "delete",
            (
                project_id,
                api_key_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, project_id: str, **fields: Unpack[OrganizationProjectsApiKeysListParams]
    ) -> OrganizationProjectsApiKeysListBuilder:
        """Return a builder for `organization.projects.api_keys.list` (GET /organization/projects/{project_id}/api_keys); keywords pre-fill its setters."""
        builder: OrganizationProjectsApiKeysListBuilder = self._op("list", (project_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self,
        project_id: str,
        api_key_id: str,
        **fields: Unpack[OrganizationProjectsApiKeysRetrieveParams],
    ) -> OrganizationProjectsApiKeysRetrieveBuilder:
        """Return a builder for `organization.projects.api_keys.retrieve` (GET /organization/projects/{project_id}/api_keys/{api_key_id}); keywords pre-fill its setters."""
        builder: OrganizationProjectsApiKeysRetrieveBuilder = self._op(
            "retrieve",
            (
                project_id,
                api_key_id,
            ),
            fields,
        )
        return builder


class AsyncOrganizationProjectsApiKeys(NamespaceMixin):
    """`client.organization.projects.api_keys` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def delete(
        self,
        project_id: str,
        api_key_id: str,
        **fields: Unpack[OrganizationProjectsApiKeysDeleteParams],
    ) -> AsyncOrganizationProjectsApiKeysDeleteBuilder:
        """Return a builder for `organization.projects.api_keys.delete` (DELETE /organization/projects/{project_id}/api_keys/{api_key_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsApiKeysDeleteBuilder = self._op(
            "delete",
            (
                project_id,
                api_key_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, project_id: str, **fields: Unpack[OrganizationProjectsApiKeysListParams]
    ) -> AsyncOrganizationProjectsApiKeysListBuilder:
        """Return a builder for `organization.projects.api_keys.list` (GET /organization/projects/{project_id}/api_keys); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsApiKeysListBuilder = self._op(
            "list", (project_id,), fields
        )
        return builder

    @defer_path_check
    def retrieve(
        self,
        project_id: str,
        api_key_id: str,
        **fields: Unpack[OrganizationProjectsApiKeysRetrieveParams],
    ) -> AsyncOrganizationProjectsApiKeysRetrieveBuilder:
        """Return a builder for `organization.projects.api_keys.retrieve` (GET /organization/projects/{project_id}/api_keys/{api_key_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsApiKeysRetrieveBuilder = self._op(
            "retrieve",
            (
                project_id,
                api_key_id,
            ),
            fields,
        )
        return builder


class OrganizationProjectsCertificates(NamespaceMixin):
    """`client.organization.projects.certificates`."""

    __slots__ = ()

    @property
    def activate(self) -> OrganizationProjectsCertificatesActivate:
        """`client.organization.projects.certificates.activate`."""
        namespace: OrganizationProjectsCertificatesActivate = self._sub("activate")
        return namespace

    @property
    def deactivate(self) -> OrganizationProjectsCertificatesDeactivate:
        """`client.organization.projects.certificates.deactivate`."""
        namespace: OrganizationProjectsCertificatesDeactivate = self._sub("deactivate")
        return namespace

    @defer_path_check
    def list(
        self, project_id: str, **fields: Unpack[OrganizationProjectsCertificatesListParams]
    ) -> OrganizationProjectsCertificatesListBuilder:
        """Return a builder for `organization.projects.certificates.list` (GET /organization/projects/{project_id}/certificates); keywords pre-fill its setters."""
        builder: OrganizationProjectsCertificatesListBuilder = self._op(
            "list", (project_id,), fields
        )
        return builder


class AsyncOrganizationProjectsCertificates(NamespaceMixin):
    """`client.organization.projects.certificates` of an AsyncClient."""

    __slots__ = ()

    @property
    def activate(self) -> AsyncOrganizationProjectsCertificatesActivate:
        """`client.organization.projects.certificates.activate`."""
        namespace: AsyncOrganizationProjectsCertificatesActivate = self._sub("activate")
        return namespace

    @property
    def deactivate(self) -> AsyncOrganizationProjectsCertificatesDeactivate:
        """`client.organization.projects.certificates.deactivate`."""
        namespace: AsyncOrganizationProjectsCertificatesDeactivate = self._sub("deactivate")
        return namespace

    @defer_path_check
    def list(
        self, project_id: str, **fields: Unpack[OrganizationProjectsCertificatesListParams]
    ) -> AsyncOrganizationProjectsCertificatesListBuilder:
        """Return a builder for `organization.projects.certificates.list` (GET /organization/projects/{project_id}/certificates); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsCertificatesListBuilder = self._op(
            "list", (project_id,), fields
        )
        return builder


class OrganizationProjectsCertificatesActivate(NamespaceMixin):
    """`client.organization.projects.certificates.activate`."""

    __slots__ = ()

    @defer_path_check
    def create(
        self,
        project_id: str,
        **fields: Unpack[OrganizationProjectsCertificatesActivateCreateParams],
    ) -> OrganizationProjectsCertificatesActivateCreateBuilder:
        """Return a builder for `organization.projects.certificates.activate.create` (POST /organization/projects/{project_id}/certificates/activate); keywords pre-fill its setters."""
        builder: OrganizationProjectsCertificatesActivateCreateBuilder = self._op(
            "create", (project_id,), fields
        )
        return builder


class AsyncOrganizationProjectsCertificatesActivate(NamespaceMixin):
    """`client.organization.projects.certificates.activate` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def create(
        self,
        project_id: str,
        **fields: Unpack[OrganizationProjectsCertificatesActivateCreateParams],
    ) -> AsyncOrganizationProjectsCertificatesActivateCreateBuilder:
        """Return a builder for `organization.projects.certificates.activate.create` (POST /organization/projects/{project_id}/certificates/activate); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsCertificatesActivateCreateBuilder = self._op(
            "create", (project_id,), fields
        )
        return builder


class OrganizationProjectsCertificatesDeactivate(NamespaceMixin):
    """`client.organization.projects.certificates.deactivate`."""

    __slots__ = ()

    @defer_path_check
    def create(
        self,
        project_id: str,
        **fields: Unpack[OrganizationProjectsCertificatesDeactivateCreateParams],
    ) -> OrganizationProjectsCertificatesDeactivateCreateBuilder:
        """Return a builder for `organization.projects.certificates.deactivate.create` (POST /organization/projects/{project_id}/certificates/deactivate); keywords pre-fill its setters."""
        builder: OrganizationProjectsCertificatesDeactivateCreateBuilder = self._op(
            "create", (project_id,), fields
        )
        return builder


class AsyncOrganizationProjectsCertificatesDeactivate(NamespaceMixin):
    """`client.organization.projects.certificates.deactivate` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def create(
        self,
        project_id: str,
        **fields: Unpack[OrganizationProjectsCertificatesDeactivateCreateParams],
    ) -> AsyncOrganizationProjectsCertificatesDeactivateCreateBuilder:
        """Return a builder for `organization.projects.certificates.deactivate.create` (POST /organization/projects/{project_id}/certificates/deactivate); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsCertificatesDeactivateCreateBuilder = self._op(
            "create", (project_id,), fields
        )
        return builder


class OrganizationProjectsDataRetention(NamespaceMixin):
    """`client.organization.projects.data_retention`."""

    __slots__ = ()

    @defer_path_check
    def retrieve(
        self, project_id: str, **fields: Unpack[OrganizationProjectsDataRetentionRetrieveParams]
    ) -> OrganizationProjectsDataRetentionRetrieveBuilder:
        """Return a builder for `organization.projects.data_retention.retrieve` (GET /organization/projects/{project_id}/data_retention); keywords pre-fill its setters."""
        builder: OrganizationProjectsDataRetentionRetrieveBuilder = self._op(
            "retrieve", (project_id,), fields
        )
        return builder

    @defer_path_check
    def update(
        self, project_id: str, **fields: Unpack[OrganizationProjectsDataRetentionUpdateParams]
    ) -> OrganizationProjectsDataRetentionUpdateBuilder:
        """Return a builder for `organization.projects.data_retention.update` (POST /organization/projects/{project_id}/data_retention); keywords pre-fill its setters."""
        builder: OrganizationProjectsDataRetentionUpdateBuilder = self._op(
            "update", (project_id,), fields
        )
        return builder


class AsyncOrganizationProjectsDataRetention(NamespaceMixin):
    """`client.organization.projects.data_retention` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def retrieve(
        self, project_id: str, **fields: Unpack[OrganizationProjectsDataRetentionRetrieveParams]
    ) -> AsyncOrganizationProjectsDataRetentionRetrieveBuilder:
        """Return a builder for `organization.projects.data_retention.retrieve` (GET /organization/projects/{project_id}/data_retention); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsDataRetentionRetrieveBuilder = self._op(
            "retrieve", (project_id,), fields
        )
        return builder

    @defer_path_check
    def update(
        self, project_id: str, **fields: Unpack[OrganizationProjectsDataRetentionUpdateParams]
    ) -> AsyncOrganizationProjectsDataRetentionUpdateBuilder:
        """Return a builder for `organization.projects.data_retention.update` (POST /organization/projects/{project_id}/data_retention); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsDataRetentionUpdateBuilder = self._op(
            "update", (project_id,), fields
        )
        return builder


class OrganizationProjectsGroups(NamespaceMixin):
    """`client.organization.projects.groups`."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, project_id: str, **fields: Unpack[OrganizationProjectsGroupsCreateParams]
    ) -> OrganizationProjectsGroupsCreateBuilder:
        """Return a builder for `organization.projects.groups.create` (POST /organization/projects/{project_id}/groups); keywords pre-fill its setters."""
        builder: OrganizationProjectsGroupsCreateBuilder = self._op("create", (project_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self,
        project_id: str,
        group_id: str,
        **fields: Unpack[OrganizationProjectsGroupsDeleteParams],
    ) -> OrganizationProjectsGroupsDeleteBuilder:
        """Return a builder for `organization.projects.groups.delete` (DELETE /organization/projects/{project_id}/groups/{group_id}); keywords pre-fill its setters."""
        builder: OrganizationProjectsGroupsDeleteBuilder = self._op(
            "delete",
            (
                project_id,
                group_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, project_id: str, **fields: Unpack[OrganizationProjectsGroupsListParams]
    ) -> OrganizationProjectsGroupsListBuilder:
        """Return a builder for `organization.projects.groups.list` (GET /organization/projects/{project_id}/groups); keywords pre-fill its setters."""
        builder: OrganizationProjectsGroupsListBuilder = self._op("list", (project_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self,
        project_id: str,
        group_id: str,
        **fields: Unpack[OrganizationProjectsGroupsRetrieveParams],
    ) -> OrganizationProjectsGroupsRetrieveBuilder:
        """Return a builder for `organization.projects.groups.retrieve` (GET /organization/projects/{project_id}/groups/{group_id}); keywords pre-fill its setters."""
        builder: OrganizationProjectsGroupsRetrieveBuilder = self._op(
            "retrieve",
            (
                project_id,
                group_id,
            ),
            fields,
        )
        return builder


class AsyncOrganizationProjectsGroups(NamespaceMixin):
    """`client.organization.projects.groups` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, project_id: str, **fields: Unpack[OrganizationProjectsGroupsCreateParams]
    ) -> AsyncOrganizationProjectsGroupsCreateBuilder:
        """Return a builder for `organization.projects.groups.create` (POST /organization/projects/{project_id}/groups); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsGroupsCreateBuilder = self._op(
            "create", (project_id,), fields
        )
        return builder

    @defer_path_check
    def delete(
        self,
        project_id: str,
        group_id: str,
        **fields: Unpack[OrganizationProjectsGroupsDeleteParams],
    ) -> AsyncOrganizationProjectsGroupsDeleteBuilder:
        """Return a builder for `organization.projects.groups.delete` (DELETE /organization/projects/{project_id}/groups/{group_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsGroupsDeleteBuilder = self._op(
            "delete",
            (
                project_id,
                group_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, project_id: str, **fields: Unpack[OrganizationProjectsGroupsListParams]
    ) -> AsyncOrganizationProjectsGroupsListBuilder:
        """Return a builder for `organization.projects.groups.list` (GET /organization/projects/{project_id}/groups); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsGroupsListBuilder = self._op(
            "list", (project_id,), fields
        )
        return builder

    @defer_path_check
    def retrieve(
        self,
        project_id: str,
        group_id: str,
        **fields: Unpack[OrganizationProjectsGroupsRetrieveParams],
    ) -> AsyncOrganizationProjectsGroupsRetrieveBuilder:
        """Return a builder for `organization.projects.groups.retrieve` (GET /organization/projects/{project_id}/groups/{group_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsGroupsRetrieveBuilder = self._op(
            "retrieve",
            (
                project_id,
                group_id,
            ),
            fields,
        )
        return builder


class OrganizationProjectsHostedToolPermissions(NamespaceMixin):
    """`client.organization.projects.hosted_tool_permissions`."""

    __slots__ = ()

    @defer_path_check
    def retrieve(
        self,
        project_id: str,
        **fields: Unpack[OrganizationProjectsHostedToolPermissionsRetrieveParams],
    ) -> OrganizationProjectsHostedToolPermissionsRetrieveBuilder:
        """Return a builder for `organization.projects.hosted_tool_permissions.retrieve` (GET /organization/projects/{project_id}/hosted_tool_permissions); keywords pre-fill its setters."""
        builder: OrganizationProjectsHostedToolPermissionsRetrieveBuilder = self._op(
            "retrieve", (project_id,), fields
        )
        return builder

    @defer_path_check
    def update(
        self,
        project_id: str,
        **fields: Unpack[OrganizationProjectsHostedToolPermissionsUpdateParams],
    ) -> OrganizationProjectsHostedToolPermissionsUpdateBuilder:
        """Return a builder for `organization.projects.hosted_tool_permissions.update` (POST /organization/projects/{project_id}/hosted_tool_permissions); keywords pre-fill its setters."""
        builder: OrganizationProjectsHostedToolPermissionsUpdateBuilder = self._op(
            "update", (project_id,), fields
        )
        return builder


class AsyncOrganizationProjectsHostedToolPermissions(NamespaceMixin):
    """`client.organization.projects.hosted_tool_permissions` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def retrieve(
        self,
        project_id: str,
        **fields: Unpack[OrganizationProjectsHostedToolPermissionsRetrieveParams],
    ) -> AsyncOrganizationProjectsHostedToolPermissionsRetrieveBuilder:
        """Return a builder for `organization.projects.hosted_tool_permissions.retrieve` (GET /organization/projects/{project_id}/hosted_tool_permissions); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsHostedToolPermissionsRetrieveBuilder = self._op(
            "retrieve", (project_id,), fields
        )
        return builder

    @defer_path_check
    def update(
        self,
        project_id: str,
        **fields: Unpack[OrganizationProjectsHostedToolPermissionsUpdateParams],
    ) -> AsyncOrganizationProjectsHostedToolPermissionsUpdateBuilder:
        """Return a builder for `organization.projects.hosted_tool_permissions.update` (POST /organization/projects/{project_id}/hosted_tool_permissions); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsHostedToolPermissionsUpdateBuilder = self._op(
            "update", (project_id,), fields
        )
        return builder


class OrganizationProjectsModelPermissions(NamespaceMixin):
    """`client.organization.projects.model_permissions`."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, project_id: str, **fields: Unpack[OrganizationProjectsModelPermissionsCreateParams]
    ) -> OrganizationProjectsModelPermissionsCreateBuilder:
        """Return a builder for `organization.projects.model_permissions.create` (POST /organization/projects/{project_id}/model_permissions); keywords pre-fill its setters."""
        builder: OrganizationProjectsModelPermissionsCreateBuilder = self._op(
            "create", (project_id,), fields
        )
        return builder

    @defer_path_check
    def delete(
        self, project_id: str, **fields: Unpack[OrganizationProjectsModelPermissionsDeleteParams]
    ) -> OrganizationProjectsModelPermissionsDeleteBuilder:
        """Return a builder for `organization.projects.model_permissions.delete` (DELETE /organization/projects/{project_id}/model_permissions); keywords pre-fill its setters."""
        builder: OrganizationProjectsModelPermissionsDeleteBuilder = self._op(
            "delete", (project_id,), fields
        )
        return builder

    @defer_path_check
    def retrieve(
        self, project_id: str, **fields: Unpack[OrganizationProjectsModelPermissionsRetrieveParams]
    ) -> OrganizationProjectsModelPermissionsRetrieveBuilder:
        """Return a builder for `organization.projects.model_permissions.retrieve` (GET /organization/projects/{project_id}/model_permissions); keywords pre-fill its setters."""
        builder: OrganizationProjectsModelPermissionsRetrieveBuilder = self._op(
            "retrieve", (project_id,), fields
        )
        return builder


class AsyncOrganizationProjectsModelPermissions(NamespaceMixin):
    """`client.organization.projects.model_permissions` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, project_id: str, **fields: Unpack[OrganizationProjectsModelPermissionsCreateParams]
    ) -> AsyncOrganizationProjectsModelPermissionsCreateBuilder:
        """Return a builder for `organization.projects.model_permissions.create` (POST /organization/projects/{project_id}/model_permissions); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsModelPermissionsCreateBuilder = self._op(
            "create", (project_id,), fields
        )
        return builder

    @defer_path_check
    def delete(
        self, project_id: str, **fields: Unpack[OrganizationProjectsModelPermissionsDeleteParams]
    ) -> AsyncOrganizationProjectsModelPermissionsDeleteBuilder:
        """Return a builder for `organization.projects.model_permissions.delete` (DELETE /organization/projects/{project_id}/model_permissions); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsModelPermissionsDeleteBuilder = self._op(
            "delete", (project_id,), fields
        )
        return builder

    @defer_path_check
    def retrieve(
        self, project_id: str, **fields: Unpack[OrganizationProjectsModelPermissionsRetrieveParams]
    ) -> AsyncOrganizationProjectsModelPermissionsRetrieveBuilder:
        """Return a builder for `organization.projects.model_permissions.retrieve` (GET /organization/projects/{project_id}/model_permissions); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsModelPermissionsRetrieveBuilder = self._op(
            "retrieve", (project_id,), fields
        )
        return builder


class OrganizationProjectsRateLimits(NamespaceMixin):
    """`client.organization.projects.rate_limits`."""

    __slots__ = ()

    @defer_path_check
    def list(
        self, project_id: str, **fields: Unpack[OrganizationProjectsRateLimitsListParams]
    ) -> OrganizationProjectsRateLimitsListBuilder:
        """Return a builder for `organization.projects.rate_limits.list` (GET /organization/projects/{project_id}/rate_limits); keywords pre-fill its setters."""
        builder: OrganizationProjectsRateLimitsListBuilder = self._op("list", (project_id,), fields)
        return builder

    @defer_path_check
    def update(
        self,
        project_id: str,
        rate_limit_id: str,
        **fields: Unpack[OrganizationProjectsRateLimitsUpdateParams],
    ) -> OrganizationProjectsRateLimitsUpdateBuilder:
        """Return a builder for `organization.projects.rate_limits.update` (POST /organization/projects/{project_id}/rate_limits/{rate_limit_id}); keywords pre-fill its setters."""
        builder: OrganizationProjectsRateLimitsUpdateBuilder = self._op(
            "update",
            (
                project_id,
                rate_limit_id,
            ),
            fields,
        )
        return builder


class AsyncOrganizationProjectsRateLimits(NamespaceMixin):
    """`client.organization.projects.rate_limits` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def list(
        self, project_id: str, **fields: Unpack[OrganizationProjectsRateLimitsListParams]
    ) -> AsyncOrganizationProjectsRateLimitsListBuilder:
        """Return a builder for `organization.projects.rate_limits.list` (GET /organization/projects/{project_id}/rate_limits); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsRateLimitsListBuilder = self._op(
            "list", (project_id,), fields
        )
        return builder

    @defer_path_check
    def update(
        self,
        project_id: str,
        rate_limit_id: str,
        **fields: Unpack[OrganizationProjectsRateLimitsUpdateParams],
    ) -> AsyncOrganizationProjectsRateLimitsUpdateBuilder:
        """Return a builder for `organization.projects.rate_limits.update` (POST /organization/projects/{project_id}/rate_limits/{rate_limit_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsRateLimitsUpdateBuilder = self._op(
            "update",
            (
                project_id,
                rate_limit_id,
            ),
            fields,
        )
        return builder


class OrganizationProjectsServiceAccounts(NamespaceMixin):
    """`client.organization.projects.service_accounts`."""

    __slots__ = ()

    @defer_path_check
    def api_keys(
        self,
        project_id: str,
        service_account_id: str,
        **fields: Unpack[OrganizationProjectsServiceAccountsApiKeysParams],
    ) -> OrganizationProjectsServiceAccountsApiKeysBuilder:
        """Return a builder for `organization.projects.service_accounts.api_keys` (POST /organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys); keywords pre-fill its setters."""
        builder: OrganizationProjectsServiceAccountsApiKeysBuilder = self._op(
            "api_keys",
            (
                project_id,
                service_account_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def create(
        self, project_id: str, **fields: Unpack[OrganizationProjectsServiceAccountsCreateParams]
    ) -> OrganizationProjectsServiceAccountsCreateBuilder:
        """Return a builder for `organization.projects.service_accounts.create` (POST /organization/projects/{project_id}/service_accounts); keywords pre-fill its setters."""
        builder: OrganizationProjectsServiceAccountsCreateBuilder = self._op(
            "create", (project_id,), fields
        )
        return builder

    @defer_path_check
    def delete(
        self,
        project_id: str,
        service_account_id: str,
        **fields: Unpack[OrganizationProjectsServiceAccountsDeleteParams],
    ) -> OrganizationProjectsServiceAccountsDeleteBuilder:
        """Return a builder for `organization.projects.service_accounts.delete` (DELETE /organization/projects/{project_id}/service_accounts/{service_account_id}); keywords pre-fill its setters."""
        builder: OrganizationProjectsServiceAccountsDeleteBuilder = self._op(
            "delete",
            (
                project_id,
                service_account_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, project_id: str, **fields: Unpack[OrganizationProjectsServiceAccountsListParams]
    ) -> OrganizationProjectsServiceAccountsListBuilder:
        """Return a builder for `organization.projects.service_accounts.list` (GET /organization/projects/{project_id}/service_accounts); keywords pre-fill its setters."""
        builder: OrganizationProjectsServiceAccountsListBuilder = self._op(
            "list", (project_id,), fields
        )
        return builder

    @defer_path_check
    def retrieve(
        self,
        project_id: str,
        service_account_id: str,
        **fields: Unpack[OrganizationProjectsServiceAccountsRetrieveParams],
    ) -> OrganizationProjectsServiceAccountsRetrieveBuilder:
        """Return a builder for `organization.projects.service_accounts.retrieve` (GET /organization/projects/{project_id}/service_accounts/{service_account_id}); keywords pre-fill its setters."""
        builder: OrganizationProjectsServiceAccountsRetrieveBuilder = self._op(
            "retrieve",
            (
                project_id,
                service_account_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def update(
        self,
        project_id: str,
        service_account_id: str,
        **fields: Unpack[OrganizationProjectsServiceAccountsUpdateParams],
    ) -> OrganizationProjectsServiceAccountsUpdateBuilder:
        """Return a builder for `organization.projects.service_accounts.update` (POST /organization/projects/{project_id}/service_accounts/{service_account_id}); keywords pre-fill its setters."""
        builder: OrganizationProjectsServiceAccountsUpdateBuilder = self._op(
            "update",
            (
                project_id,
                service_account_id,
            ),
            fields,
        )
        return builder


class AsyncOrganizationProjectsServiceAccounts(NamespaceMixin):
    """`client.organization.projects.service_accounts` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def api_keys(
        self,
        project_id: str,
        service_account_id: str,
        **fields: Unpack[OrganizationProjectsServiceAccountsApiKeysParams],
    ) -> AsyncOrganizationProjectsServiceAccountsApiKeysBuilder:
        """Return a builder for `organization.projects.service_accounts.api_keys` (POST /organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsServiceAccountsApiKeysBuilder = self._op(
            "api_keys",
            (
                project_id,
                service_account_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def create(
        self, project_id: str, **fields: Unpack[OrganizationProjectsServiceAccountsCreateParams]
    ) -> AsyncOrganizationProjectsServiceAccountsCreateBuilder:
        """Return a builder for `organization.projects.service_accounts.create` (POST /organization/projects/{project_id}/service_accounts); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsServiceAccountsCreateBuilder = self._op(
            "create", (project_id,), fields
        )
        return builder

    @defer_path_check
    def delete(
        self,
        project_id: str,
        service_account_id: str,
        **fields: Unpack[OrganizationProjectsServiceAccountsDeleteParams],
    ) -> AsyncOrganizationProjectsServiceAccountsDeleteBuilder:
        """Return a builder for `organization.projects.service_accounts.delete` (DELETE /organization/projects/{project_id}/service_accounts/{service_account_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsServiceAccountsDeleteBuilder = self._op(
            "delete",
            (
                project_id,
                service_account_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, project_id: str, **fields: Unpack[OrganizationProjectsServiceAccountsListParams]
    ) -> AsyncOrganizationProjectsServiceAccountsListBuilder:
        """Return a builder for `organization.projects.service_accounts.list` (GET /organization/projects/{project_id}/service_accounts); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsServiceAccountsListBuilder = self._op(
            "list", (project_id,), fields
        )
        return builder

    @defer_path_check
    def retrieve(
        self,
        project_id: str,
        service_account_id: str,
        **fields: Unpack[OrganizationProjectsServiceAccountsRetrieveParams],
    ) -> AsyncOrganizationProjectsServiceAccountsRetrieveBuilder:
        """Return a builder for `organization.projects.service_accounts.retrieve` (GET /organization/projects/{project_id}/service_accounts/{service_account_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsServiceAccountsRetrieveBuilder = self._op(
            "retrieve",
            (
                project_id,
                service_account_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def update(
        self,
        project_id: str,
        service_account_id: str,
        **fields: Unpack[OrganizationProjectsServiceAccountsUpdateParams],
    ) -> AsyncOrganizationProjectsServiceAccountsUpdateBuilder:
        """Return a builder for `organization.projects.service_accounts.update` (POST /organization/projects/{project_id}/service_accounts/{service_account_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsServiceAccountsUpdateBuilder = self._op(
            "update",
            (
                project_id,
                service_account_id,
            ),
            fields,
        )
        return builder


class OrganizationProjectsSpendAlerts(NamespaceMixin):
    """`client.organization.projects.spend_alerts`."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, project_id: str, **fields: Unpack[OrganizationProjectsSpendAlertsCreateParams]
    ) -> OrganizationProjectsSpendAlertsCreateBuilder:
        """Return a builder for `organization.projects.spend_alerts.create` (POST /organization/projects/{project_id}/spend_alerts); keywords pre-fill its setters."""
        builder: OrganizationProjectsSpendAlertsCreateBuilder = self._op(
            "create", (project_id,), fields
        )
        return builder

    @defer_path_check
    def delete(
        self,
        project_id: str,
        alert_id: str,
        **fields: Unpack[OrganizationProjectsSpendAlertsDeleteParams],
    ) -> OrganizationProjectsSpendAlertsDeleteBuilder:
        """Return a builder for `organization.projects.spend_alerts.delete` (DELETE /organization/projects/{project_id}/spend_alerts/{alert_id}); keywords pre-fill its setters."""
        builder: OrganizationProjectsSpendAlertsDeleteBuilder = self._op(
            "delete",
            (
                project_id,
                alert_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, project_id: str, **fields: Unpack[OrganizationProjectsSpendAlertsListParams]
    ) -> OrganizationProjectsSpendAlertsListBuilder:
        """Return a builder for `organization.projects.spend_alerts.list` (GET /organization/projects/{project_id}/spend_alerts); keywords pre-fill its setters."""
        builder: OrganizationProjectsSpendAlertsListBuilder = self._op(
            "list", (project_id,), fields
        )
        return builder

    @defer_path_check
    def retrieve(
        self,
        project_id: str,
        alert_id: str,
        **fields: Unpack[OrganizationProjectsSpendAlertsRetrieveParams],
    ) -> OrganizationProjectsSpendAlertsRetrieveBuilder:
        """Return a builder for `organization.projects.spend_alerts.retrieve` (GET /organization/projects/{project_id}/spend_alerts/{alert_id}); keywords pre-fill its setters."""
        builder: OrganizationProjectsSpendAlertsRetrieveBuilder = self._op(
            "retrieve",
            (
                project_id,
                alert_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def update(
        self,
        project_id: str,
        alert_id: str,
        **fields: Unpack[OrganizationProjectsSpendAlertsUpdateParams],
    ) -> OrganizationProjectsSpendAlertsUpdateBuilder:
        """Return a builder for `organization.projects.spend_alerts.update` (POST /organization/projects/{project_id}/spend_alerts/{alert_id}); keywords pre-fill its setters."""
        builder: OrganizationProjectsSpendAlertsUpdateBuilder = self._op(
            "update",
            (
                project_id,
                alert_id,
            ),
            fields,
        )
        return builder


class AsyncOrganizationProjectsSpendAlerts(NamespaceMixin):
    """`client.organization.projects.spend_alerts` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, project_id: str, **fields: Unpack[OrganizationProjectsSpendAlertsCreateParams]
    ) -> AsyncOrganizationProjectsSpendAlertsCreateBuilder:
        """Return a builder for `organization.projects.spend_alerts.create` (POST /organization/projects/{project_id}/spend_alerts); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsSpendAlertsCreateBuilder = self._op(
            "create", (project_id,), fields
        )
        return builder

    @defer_path_check
    def delete(
        self,
        project_id: str,
        alert_id: str,
        **fields: Unpack[OrganizationProjectsSpendAlertsDeleteParams],
    ) -> AsyncOrganizationProjectsSpendAlertsDeleteBuilder:
        """Return a builder for `organization.projects.spend_alerts.delete` (DELETE /organization/projects/{project_id}/spend_alerts/{alert_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsSpendAlertsDeleteBuilder = self._op(
            "delete",
            (
                project_id,
                alert_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, project_id: str, **fields: Unpack[OrganizationProjectsSpendAlertsListParams]
    ) -> AsyncOrganizationProjectsSpendAlertsListBuilder:
        """Return a builder for `organization.projects.spend_alerts.list` (GET /organization/projects/{project_id}/spend_alerts); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsSpendAlertsListBuilder = self._op(
            "list", (project_id,), fields
        )
        return builder

    @defer_path_check
    def retrieve(
        self,
        project_id: str,
        alert_id: str,
        **fields: Unpack[OrganizationProjectsSpendAlertsRetrieveParams],
    ) -> AsyncOrganizationProjectsSpendAlertsRetrieveBuilder:
        """Return a builder for `organization.projects.spend_alerts.retrieve` (GET /organization/projects/{project_id}/spend_alerts/{alert_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsSpendAlertsRetrieveBuilder = self._op(
            "retrieve",
            (
                project_id,
                alert_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def update(
        self,
        project_id: str,
        alert_id: str,
        **fields: Unpack[OrganizationProjectsSpendAlertsUpdateParams],
    ) -> AsyncOrganizationProjectsSpendAlertsUpdateBuilder:
        """Return a builder for `organization.projects.spend_alerts.update` (POST /organization/projects/{project_id}/spend_alerts/{alert_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsSpendAlertsUpdateBuilder = self._op(
            "update",
            (
                project_id,
                alert_id,
            ),
            fields,
        )
        return builder


class OrganizationProjectsSpendLimit(NamespaceMixin):
    """`client.organization.projects.spend_limit`."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, project_id: str, **fields: Unpack[OrganizationProjectsSpendLimitCreateParams]
    ) -> OrganizationProjectsSpendLimitCreateBuilder:
        """Return a builder for `organization.projects.spend_limit.create` (POST /organization/projects/{project_id}/spend_limit); keywords pre-fill its setters."""
        builder: OrganizationProjectsSpendLimitCreateBuilder = self._op(
            "create", (project_id,), fields
        )
        return builder

    @defer_path_check
    def delete(
        self, project_id: str, **fields: Unpack[OrganizationProjectsSpendLimitDeleteParams]
    ) -> OrganizationProjectsSpendLimitDeleteBuilder:
        """Return a builder for `organization.projects.spend_limit.delete` (DELETE /organization/projects/{project_id}/spend_limit); keywords pre-fill its setters."""
        builder: OrganizationProjectsSpendLimitDeleteBuilder = self._op(
            "delete", (project_id,), fields
        )
        return builder

    @defer_path_check
    def retrieve(
        self, project_id: str, **fields: Unpack[OrganizationProjectsSpendLimitRetrieveParams]
    ) -> OrganizationProjectsSpendLimitRetrieveBuilder:
        """Return a builder for `organization.projects.spend_limit.retrieve` (GET /organization/projects/{project_id}/spend_limit); keywords pre-fill its setters."""
        builder: OrganizationProjectsSpendLimitRetrieveBuilder = self._op(
            "retrieve", (project_id,), fields
        )
        return builder


class AsyncOrganizationProjectsSpendLimit(NamespaceMixin):
    """`client.organization.projects.spend_limit` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, project_id: str, **fields: Unpack[OrganizationProjectsSpendLimitCreateParams]
    ) -> AsyncOrganizationProjectsSpendLimitCreateBuilder:
        """Return a builder for `organization.projects.spend_limit.create` (POST /organization/projects/{project_id}/spend_limit); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsSpendLimitCreateBuilder = self._op(
            "create", (project_id,), fields
        )
        return builder

    @defer_path_check
    def delete(
        self, project_id: str, **fields: Unpack[OrganizationProjectsSpendLimitDeleteParams]
    ) -> AsyncOrganizationProjectsSpendLimitDeleteBuilder:
        """Return a builder for `organization.projects.spend_limit.delete` (DELETE /organization/projects/{project_id}/spend_limit); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsSpendLimitDeleteBuilder = self._op(
            "delete", (project_id,), fields
        )
        return builder

    @defer_path_check
    def retrieve(
        self, project_id: str, **fields: Unpack[OrganizationProjectsSpendLimitRetrieveParams]
    ) -> AsyncOrganizationProjectsSpendLimitRetrieveBuilder:
        """Return a builder for `organization.projects.spend_limit.retrieve` (GET /organization/projects/{project_id}/spend_limit); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsSpendLimitRetrieveBuilder = self._op(
            "retrieve", (project_id,), fields
        )
        return builder


class OrganizationProjectsUsers(NamespaceMixin):
    """`client.organization.projects.users`."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, project_id: str, **fields: Unpack[OrganizationProjectsUsersCreateParams]
    ) -> OrganizationProjectsUsersCreateBuilder:
        """Return a builder for `organization.projects.users.create` (POST /organization/projects/{project_id}/users); keywords pre-fill its setters."""
        builder: OrganizationProjectsUsersCreateBuilder = self._op("create", (project_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self, project_id: str, user_id: str, **fields: Unpack[OrganizationProjectsUsersDeleteParams]
    ) -> OrganizationProjectsUsersDeleteBuilder:
        """Return a builder for `organization.projects.users.delete` (DELETE /organization/projects/{project_id}/users/{user_id}); keywords pre-fill its setters."""
        builder: OrganizationProjectsUsersDeleteBuilder = self._op(
            "delete",
            (
                project_id,
                user_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, project_id: str, **fields: Unpack[OrganizationProjectsUsersListParams]
    ) -> OrganizationProjectsUsersListBuilder:
        """Return a builder for `organization.projects.users.list` (GET /organization/projects/{project_id}/users); keywords pre-fill its setters."""
        builder: OrganizationProjectsUsersListBuilder = self._op("list", (project_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self,
        project_id: str,
        user_id: str,
        **fields: Unpack[OrganizationProjectsUsersRetrieveParams],
    ) -> OrganizationProjectsUsersRetrieveBuilder:
        """Return a builder for `organization.projects.users.retrieve` (GET /organization/projects/{project_id}/users/{user_id}); keywords pre-fill its setters."""
        builder: OrganizationProjectsUsersRetrieveBuilder = self._op(
            "retrieve",
            (
                project_id,
                user_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def update(
        self, project_id: str, user_id: str, **fields: Unpack[OrganizationProjectsUsersUpdateParams]
    ) -> OrganizationProjectsUsersUpdateBuilder:
        """Return a builder for `organization.projects.users.update` (POST /organization/projects/{project_id}/users/{user_id}); keywords pre-fill its setters."""
        builder: OrganizationProjectsUsersUpdateBuilder = self._op(
            "update",
            (
                project_id,
                user_id,
            ),
            fields,
        )
        return builder


class AsyncOrganizationProjectsUsers(NamespaceMixin):
    """`client.organization.projects.users` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, project_id: str, **fields: Unpack[OrganizationProjectsUsersCreateParams]
    ) -> AsyncOrganizationProjectsUsersCreateBuilder:
        """Return a builder for `organization.projects.users.create` (POST /organization/projects/{project_id}/users); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsUsersCreateBuilder = self._op(
            "create", (project_id,), fields
        )
        return builder

    @defer_path_check
    def delete(
        self, project_id: str, user_id: str, **fields: Unpack[OrganizationProjectsUsersDeleteParams]
    ) -> AsyncOrganizationProjectsUsersDeleteBuilder:
        """Return a builder for `organization.projects.users.delete` (DELETE /organization/projects/{project_id}/users/{user_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsUsersDeleteBuilder = self._op(
            "delete",
            (
                project_id,
                user_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, project_id: str, **fields: Unpack[OrganizationProjectsUsersListParams]
    ) -> AsyncOrganizationProjectsUsersListBuilder:
        """Return a builder for `organization.projects.users.list` (GET /organization/projects/{project_id}/users); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsUsersListBuilder = self._op("list", (project_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self,
        project_id: str,
        user_id: str,
        **fields: Unpack[OrganizationProjectsUsersRetrieveParams],
    ) -> AsyncOrganizationProjectsUsersRetrieveBuilder:
        """Return a builder for `organization.projects.users.retrieve` (GET /organization/projects/{project_id}/users/{user_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsUsersRetrieveBuilder = self._op(
            "retrieve",
            (
                project_id,
                user_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def update(
        self, project_id: str, user_id: str, **fields: Unpack[OrganizationProjectsUsersUpdateParams]
    ) -> AsyncOrganizationProjectsUsersUpdateBuilder:
        """Return a builder for `organization.projects.users.update` (POST /organization/projects/{project_id}/users/{user_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationProjectsUsersUpdateBuilder = self._op(
            "update",
            (
                project_id,
                user_id,
            ),
            fields,
        )
        return builder


class OrganizationRoles(NamespaceMixin):
    """`client.organization.roles`."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[OrganizationRolesCreateParams]
    ) -> OrganizationRolesCreateBuilder:
        """Return a builder for `organization.roles.create` (POST /organization/roles); keywords pre-fill its setters."""
        builder: OrganizationRolesCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, role_id: str, **fields: Unpack[OrganizationRolesDeleteParams]
    ) -> OrganizationRolesDeleteBuilder:
        """Return a builder for `organization.roles.delete` (DELETE /organization/roles/{role_id}); keywords pre-fill its setters."""
        builder: OrganizationRolesDeleteBuilder = self._op("delete", (role_id,), fields)
        return builder

    def list(self, **fields: Unpack[OrganizationRolesListParams]) -> OrganizationRolesListBuilder:
        """Return a builder for `organization.roles.list` (GET /organization/roles); keywords pre-fill its setters."""
        builder: OrganizationRolesListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, role_id: str, **fields: Unpack[OrganizationRolesRetrieveParams]
    ) -> OrganizationRolesRetrieveBuilder:
        """Return a builder for `organization.roles.retrieve` (GET /organization/roles/{role_id}); keywords pre-fill its setters."""
        builder: OrganizationRolesRetrieveBuilder = self._op("retrieve", (role_id,), fields)
        return builder

    @defer_path_check
    def update(
        self, role_id: str, **fields: Unpack[OrganizationRolesUpdateParams]
    ) -> OrganizationRolesUpdateBuilder:
        """Return a builder for `organization.roles.update` (POST /organization/roles/{role_id}); keywords pre-fill its setters."""
        builder: OrganizationRolesUpdateBuilder = self._op("update", (role_id,), fields)
        return builder


class AsyncOrganizationRoles(NamespaceMixin):
    """`client.organization.roles` of an AsyncClient."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[OrganizationRolesCreateParams]
    ) -> AsyncOrganizationRolesCreateBuilder:
        """Return a builder for `organization.roles.create` (POST /organization/roles); keywords pre-fill its setters."""
        builder: AsyncOrganizationRolesCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, role_id: str, **fields: Unpack[OrganizationRolesDeleteParams]
    ) -> AsyncOrganizationRolesDeleteBuilder:
        """Return a builder for `organization.roles.delete` (DELETE /organization/roles/{role_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationRolesDeleteBuilder = self._op("delete", (role_id,), fields)
        return builder

    def list(
        self, **fields: Unpack[OrganizationRolesListParams]
    ) -> AsyncOrganizationRolesListBuilder:
        """Return a builder for `organization.roles.list` (GET /organization/roles); keywords pre-fill its setters."""
        builder: AsyncOrganizationRolesListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, role_id: str, **fields: Unpack[OrganizationRolesRetrieveParams]
    ) -> AsyncOrganizationRolesRetrieveBuilder:
        """Return a builder for `organization.roles.retrieve` (GET /organization/roles/{role_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationRolesRetrieveBuilder = self._op("retrieve", (role_id,), fields)
        return builder

    @defer_path_check
    def update(
        self, role_id: str, **fields: Unpack[OrganizationRolesUpdateParams]
    ) -> AsyncOrganizationRolesUpdateBuilder:
        """Return a builder for `organization.roles.update` (POST /organization/roles/{role_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationRolesUpdateBuilder = self._op("update", (role_id,), fields)
        return builder


class OrganizationSpendAlerts(NamespaceMixin):
    """`client.organization.spend_alerts`."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[OrganizationSpendAlertsCreateParams]
    ) -> OrganizationSpendAlertsCreateBuilder:
        """Return a builder for `organization.spend_alerts.create` (POST /organization/spend_alerts); keywords pre-fill its setters."""
        builder: OrganizationSpendAlertsCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, alert_id: str, **fields: Unpack[OrganizationSpendAlertsDeleteParams]
    ) -> OrganizationSpendAlertsDeleteBuilder:
        """Return a builder for `organization.spend_alerts.delete` (DELETE /organization/spend_alerts/{alert_id}); keywords pre-fill its setters."""
        builder: OrganizationSpendAlertsDeleteBuilder = self._op("delete", (alert_id,), fields)
        return builder

    def list(
        self, **fields: Unpack[OrganizationSpendAlertsListParams]
    ) -> OrganizationSpendAlertsListBuilder:
        """Return a builder for `organization.spend_alerts.list` (GET /organization/spend_alerts); keywords pre-fill its setters."""
        builder: OrganizationSpendAlertsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, alert_id: str, **fields: Unpack[OrganizationSpendAlertsRetrieveParams]
    ) -> OrganizationSpendAlertsRetrieveBuilder:
        """Return a builder for `organization.spend_alerts.retrieve` (GET /organization/spend_alerts/{alert_id}); keywords pre-fill its setters."""
        builder: OrganizationSpendAlertsRetrieveBuilder = self._op("retrieve", (alert_id,), fields)
        return builder

    @defer_path_check
    def update(
        self, alert_id: str, **fields: Unpack[OrganizationSpendAlertsUpdateParams]
    ) -> OrganizationSpendAlertsUpdateBuilder:
        """Return a builder for `organization.spend_alerts.update` (POST /organization/spend_alerts/{alert_id}); keywords pre-fill its setters."""
        builder: OrganizationSpendAlertsUpdateBuilder = self._op("update", (alert_id,), fields)
        return builder


class AsyncOrganizationSpendAlerts(NamespaceMixin):
    """`client.organization.spend_alerts` of an AsyncClient."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[OrganizationSpendAlertsCreateParams]
    ) -> AsyncOrganizationSpendAlertsCreateBuilder:
        """Return a builder for `organization.spend_alerts.create` (POST /organization/spend_alerts); keywords pre-fill its setters."""
        builder: AsyncOrganizationSpendAlertsCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, alert_id: str, **fields: Unpack[OrganizationSpendAlertsDeleteParams]
    ) -> AsyncOrganizationSpendAlertsDeleteBuilder:
        """Return a builder for `organization.spend_alerts.delete` (DELETE /organization/spend_alerts/{alert_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationSpendAlertsDeleteBuilder = self._op("delete", (alert_id,), fields)
        return builder

    def list(
        self, **fields: Unpack[OrganizationSpendAlertsListParams]
    ) -> AsyncOrganizationSpendAlertsListBuilder:
        """Return a builder for `organization.spend_alerts.list` (GET /organization/spend_alerts); keywords pre-fill its setters."""
        builder: AsyncOrganizationSpendAlertsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, alert_id: str, **fields: Unpack[OrganizationSpendAlertsRetrieveParams]
    ) -> AsyncOrganizationSpendAlertsRetrieveBuilder:
        """Return a builder for `organization.spend_alerts.retrieve` (GET /organization/spend_alerts/{alert_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationSpendAlertsRetrieveBuilder = self._op(
            "retrieve", (alert_id,), fields
        )
        return builder

    @defer_path_check
    def update(
        self, alert_id: str, **fields: Unpack[OrganizationSpendAlertsUpdateParams]
    ) -> AsyncOrganizationSpendAlertsUpdateBuilder:
        """Return a builder for `organization.spend_alerts.update` (POST /organization/spend_alerts/{alert_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationSpendAlertsUpdateBuilder = self._op("update", (alert_id,), fields)
        return builder


class OrganizationSpendLimit(NamespaceMixin):
    """`client.organization.spend_limit`."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[OrganizationSpendLimitCreateParams]
    ) -> OrganizationSpendLimitCreateBuilder:
        """Return a builder for `organization.spend_limit.create` (POST /organization/spend_limit); keywords pre-fill its setters."""
        builder: OrganizationSpendLimitCreateBuilder = self._op("create", (), fields)
        return builder

    def delete(
        self, **fields: Unpack[OrganizationSpendLimitDeleteParams]
    ) -> OrganizationSpendLimitDeleteBuilder:
        """Return a builder for `organization.spend_limit.delete` (DELETE /organization/spend_limit); keywords pre-fill its setters."""
        builder: OrganizationSpendLimitDeleteBuilder = self._op("delete", (), fields)
        return builder

    def retrieve(
        self, **fields: Unpack[OrganizationSpendLimitRetrieveParams]
    ) -> OrganizationSpendLimitRetrieveBuilder:
        """Return a builder for `organization.spend_limit.retrieve` (GET /organization/spend_limit); keywords pre-fill its setters."""
        builder: OrganizationSpendLimitRetrieveBuilder = self._op("retrieve", (), fields)
        return builder


class AsyncOrganizationSpendLimit(NamespaceMixin):
    """`client.organization.spend_limit` of an AsyncClient."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[OrganizationSpendLimitCreateParams]
    ) -> AsyncOrganizationSpendLimitCreateBuilder:
        """Return a builder for `organization.spend_limit.create` (POST /organization/spend_limit); keywords pre-fill its setters."""
        builder: AsyncOrganizationSpendLimitCreateBuilder = self._op("create", (), fields)
        return builder

    def delete(
        self, **fields: Unpack[OrganizationSpendLimitDeleteParams]
    ) -> AsyncOrganizationSpendLimitDeleteBuilder:
        """Return a builder for `organization.spend_limit.delete` (DELETE /organization/spend_limit); keywords pre-fill its setters."""
        builder: AsyncOrganizationSpendLimitDeleteBuilder = self._op("delete", (), fields)
        return builder

    def retrieve(
        self, **fields: Unpack[OrganizationSpendLimitRetrieveParams]
    ) -> AsyncOrganizationSpendLimitRetrieveBuilder:
        """Return a builder for `organization.spend_limit.retrieve` (GET /organization/spend_limit); keywords pre-fill its setters."""
        builder: AsyncOrganizationSpendLimitRetrieveBuilder = self._op("retrieve", (), fields)
        return builder


class OrganizationUsage(NamespaceMixin):
    """`client.organization.usage`."""

    __slots__ = ()

    @property
    def audio_speeches(self) -> OrganizationUsageAudioSpeeches:
        """`client.organization.usage.audio_speeches`."""
        namespace: OrganizationUsageAudioSpeeches = self._sub("audio_speeches")
        return namespace

    @property
    def audio_transcriptions(self) -> OrganizationUsageAudioTranscriptions:
        """`client.organization.usage.audio_transcriptions`."""
        namespace: OrganizationUsageAudioTranscriptions = self._sub("audio_transcriptions")
        return namespace

    @property
    def code_interpreter_sessions(self) -> OrganizationUsageCodeInterpreterSessions:
        """`client.organization.usage.code_interpreter_sessions`."""
        namespace: OrganizationUsageCodeInterpreterSessions = self._sub("code_interpreter_sessions")
        return namespace

    @property
    def completions(self) -> OrganizationUsageCompletions:
        """`client.organization.usage.completions`."""
        namespace: OrganizationUsageCompletions = self._sub("completions")
        return namespace

    @property
    def embeddings(self) -> OrganizationUsageEmbeddings:
        """`client.organization.usage.embeddings`."""
        namespace: OrganizationUsageEmbeddings = self._sub("embeddings")
        return namespace

    @property
    def file_search_calls(self) -> OrganizationUsageFileSearchCalls:
        """`client.organization.usage.file_search_calls`."""
        namespace: OrganizationUsageFileSearchCalls = self._sub("file_search_calls")
        return namespace

    @property
    def images(self) -> OrganizationUsageImages:
        """`client.organization.usage.images`."""
        namespace: OrganizationUsageImages = self._sub("images")
        return namespace

    @property
    def moderations(self) -> OrganizationUsageModerations:
        """`client.organization.usage.moderations`."""
        namespace: OrganizationUsageModerations = self._sub("moderations")
        return namespace

    @property
    def vector_stores(self) -> OrganizationUsageVectorStores:
        """`client.organization.usage.vector_stores`."""
        namespace: OrganizationUsageVectorStores = self._sub("vector_stores")
        return namespace

    @property
    def web_search_calls(self) -> OrganizationUsageWebSearchCalls:
        """`client.organization.usage.web_search_calls`."""
        namespace: OrganizationUsageWebSearchCalls = self._sub("web_search_calls")
        return namespace


class AsyncOrganizationUsage(NamespaceMixin):
    """`client.organization.usage` of an AsyncClient."""

    __slots__ = ()

    @property
    def audio_speeches(self) -> AsyncOrganizationUsageAudioSpeeches:
        """`client.organization.usage.audio_speeches`."""
        namespace: AsyncOrganizationUsageAudioSpeeches = self._sub("audio_speeches")
        return namespace

    @property
    def audio_transcriptions(self) -> AsyncOrganizationUsageAudioTranscriptions:
        """`client.organization.usage.audio_transcriptions`."""
        namespace: AsyncOrganizationUsageAudioTranscriptions = self._sub("audio_transcriptions")
        return namespace

    @property
    def code_interpreter_sessions(self) -> AsyncOrganizationUsageCodeInterpreterSessions:
        """`client.organization.usage.code_interpreter_sessions`."""
        namespace: AsyncOrganizationUsageCodeInterpreterSessions = self._sub(
            "code_interpreter_sessions"
        )
        return namespace

    @property
    def completions(self) -> AsyncOrganizationUsageCompletions:
        """`client.organization.usage.completions`."""
        namespace: AsyncOrganizationUsageCompletions = self._sub("completions")
        return namespace

    @property
    def embeddings(self) -> AsyncOrganizationUsageEmbeddings:
        """`client.organization.usage.embeddings`."""
        namespace: AsyncOrganizationUsageEmbeddings = self._sub("embeddings")
        return namespace

    @property
    def file_search_calls(self) -> AsyncOrganizationUsageFileSearchCalls:
        """`client.organization.usage.file_search_calls`."""
        namespace: AsyncOrganizationUsageFileSearchCalls = self._sub("file_search_calls")
        return namespace

    @property
    def images(self) -> AsyncOrganizationUsageImages:
        """`client.organization.usage.images`."""
        namespace: AsyncOrganizationUsageImages = self._sub("images")
        return namespace

    @property
    def moderations(self) -> AsyncOrganizationUsageModerations:
        """`client.organization.usage.moderations`."""
        namespace: AsyncOrganizationUsageModerations = self._sub("moderations")
        return namespace

    @property
    def vector_stores(self) -> AsyncOrganizationUsageVectorStores:
        """`client.organization.usage.vector_stores`."""
        namespace: AsyncOrganizationUsageVectorStores = self._sub("vector_stores")
        return namespace

    @property
    def web_search_calls(self) -> AsyncOrganizationUsageWebSearchCalls:
        """`client.organization.usage.web_search_calls`."""
        namespace: AsyncOrganizationUsageWebSearchCalls = self._sub("web_search_calls")
        return namespace


class OrganizationUsageAudioSpeeches(NamespaceMixin):
    """`client.organization.usage.audio_speeches`."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageAudioSpeechesListParams]
    ) -> OrganizationUsageAudioSpeechesListBuilder:
        """Return a builder for `organization.usage.audio_speeches.list` (GET /organization/usage/audio_speeches); keywords pre-fill its setters."""
        builder: OrganizationUsageAudioSpeechesListBuilder = self._op("list", (), fields)
        return builder


class AsyncOrganizationUsageAudioSpeeches(NamespaceMixin):
    """`client.organization.usage.audio_speeches` of an AsyncClient."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageAudioSpeechesListParams]
    ) -> AsyncOrganizationUsageAudioSpeechesListBuilder:
        """Return a builder for `organization.usage.audio_speeches.list` (GET /organization/usage/audio_speeches); keywords pre-fill its setters."""
        builder: AsyncOrganizationUsageAudioSpeechesListBuilder = self._op("list", (), fields)
        return builder


class OrganizationUsageAudioTranscriptions(NamespaceMixin):
    """`client.organization.usage.audio_transcriptions`."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageAudioTranscriptionsListParams]
    ) -> OrganizationUsageAudioTranscriptionsListBuilder:
        """Return a builder for `organization.usage.audio_transcriptions.list` (GET /organization/usage/audio_transcriptions); keywords pre-fill its setters."""
        builder: OrganizationUsageAudioTranscriptionsListBuilder = self._op("list", (), fields)
        return builder


class AsyncOrganizationUsageAudioTranscriptions(NamespaceMixin):
    """`client.organization.usage.audio_transcriptions` of an AsyncClient."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageAudioTranscriptionsListParams]
    ) -> AsyncOrganizationUsageAudioTranscriptionsListBuilder:
        """Return a builder for `organization.usage.audio_transcriptions.list` (GET /organization/usage/audio_transcriptions); keywords pre-fill its setters."""
        builder: AsyncOrganizationUsageAudioTranscriptionsListBuilder = self._op("list", (), fields)
        return builder


class OrganizationUsageCodeInterpreterSessions(NamespaceMixin):
    """`client.organization.usage.code_interpreter_sessions`."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageCodeInterpreterSessionsListParams]
    ) -> OrganizationUsageCodeInterpreterSessionsListBuilder:
        """Return a builder for `organization.usage.code_interpreter_sessions.list` (GET /organization/usage/code_interpreter_sessions); keywords pre-fill its setters."""
        builder: OrganizationUsageCodeInterpreterSessionsListBuilder = self._op("list", (), fields)
        return builder


class AsyncOrganizationUsageCodeInterpreterSessions(NamespaceMixin):
    """`client.organization.usage.code_interpreter_sessions` of an AsyncClient."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageCodeInterpreterSessionsListParams]
    ) -> AsyncOrganizationUsageCodeInterpreterSessionsListBuilder:
        """Return a builder for `organization.usage.code_interpreter_sessions.list` (GET /organization/usage/code_interpreter_sessions); keywords pre-fill its setters."""
        builder: AsyncOrganizationUsageCodeInterpreterSessionsListBuilder = self._op(
            "list", (), fields
        )
        return builder


class OrganizationUsageCompletions(NamespaceMixin):
    """`client.organization.usage.completions`."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageCompletionsListParams]
    ) -> OrganizationUsageCompletionsListBuilder:
        """Return a builder for `organization.usage.completions.list` (GET /organization/usage/completions); keywords pre-fill its setters."""
        builder: OrganizationUsageCompletionsListBuilder = self._op("list", (), fields)
        return builder


class AsyncOrganizationUsageCompletions(NamespaceMixin):
    """`client.organization.usage.completions` of an AsyncClient."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageCompletionsListParams]
    ) -> AsyncOrganizationUsageCompletionsListBuilder:
        """Return a builder for `organization.usage.completions.list` (GET /organization/usage/completions); keywords pre-fill its setters."""
        builder: AsyncOrganizationUsageCompletionsListBuilder = self._op("list", (), fields)
        return builder


class OrganizationUsageEmbeddings(NamespaceMixin):
    """`client.organization.usage.embeddings`."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageEmbeddingsListParams]
    ) -> OrganizationUsageEmbeddingsListBuilder:
        """Return a builder for `organization.usage.embeddings.list` (GET /organization/usage/embeddings); keywords pre-fill its setters."""
        builder: OrganizationUsageEmbeddingsListBuilder = self._op("list", (), fields)
        return builder


class AsyncOrganizationUsageEmbeddings(NamespaceMixin):
    """`client.organization.usage.embeddings` of an AsyncClient."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageEmbeddingsListParams]
    ) -> AsyncOrganizationUsageEmbeddingsListBuilder:
        """Return a builder for `organization.usage.embeddings.list` (GET /organization/usage/embeddings); keywords pre-fill its setters."""
        builder: AsyncOrganizationUsageEmbeddingsListBuilder = self._op("list", (), fields)
        return builder


class OrganizationUsageFileSearchCalls(NamespaceMixin):
    """`client.organization.usage.file_search_calls`."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageFileSearchCallsListParams]
    ) -> OrganizationUsageFileSearchCallsListBuilder:
        """Return a builder for `organization.usage.file_search_calls.list` (GET /organization/usage/file_search_calls); keywords pre-fill its setters."""
        builder: OrganizationUsageFileSearchCallsListBuilder = self._op("list", (), fields)
        return builder


class AsyncOrganizationUsageFileSearchCalls(NamespaceMixin):
    """`client.organization.usage.file_search_calls` of an AsyncClient."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageFileSearchCallsListParams]
    ) -> AsyncOrganizationUsageFileSearchCallsListBuilder:
        """Return a builder for `organization.usage.file_search_calls.list` (GET /organization/usage/file_search_calls); keywords pre-fill its setters."""
        builder: AsyncOrganizationUsageFileSearchCallsListBuilder = self._op("list", (), fields)
        return builder


class OrganizationUsageImages(NamespaceMixin):
    """`client.organization.usage.images`."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageImagesListParams]
    ) -> OrganizationUsageImagesListBuilder:
        """Return a builder for `organization.usage.images.list` (GET /organization/usage/images); keywords pre-fill its setters."""
        builder: OrganizationUsageImagesListBuilder = self._op("list", (), fields)
        return builder


class AsyncOrganizationUsageImages(NamespaceMixin):
    """`client.organization.usage.images` of an AsyncClient."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageImagesListParams]
    ) -> AsyncOrganizationUsageImagesListBuilder:
        """Return a builder for `organization.usage.images.list` (GET /organization/usage/images); keywords pre-fill its setters."""
        builder: AsyncOrganizationUsageImagesListBuilder = self._op("list", (), fields)
        return builder


class OrganizationUsageModerations(NamespaceMixin):
    """`client.organization.usage.moderations`."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageModerationsListParams]
    ) -> OrganizationUsageModerationsListBuilder:
        """Return a builder for `organization.usage.moderations.list` (GET /organization/usage/moderations); keywords pre-fill its setters."""
        builder: OrganizationUsageModerationsListBuilder = self._op("list", (), fields)
        return builder


class AsyncOrganizationUsageModerations(NamespaceMixin):
    """`client.organization.usage.moderations` of an AsyncClient."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageModerationsListParams]
    ) -> AsyncOrganizationUsageModerationsListBuilder:
        """Return a builder for `organization.usage.moderations.list` (GET /organization/usage/moderations); keywords pre-fill its setters."""
        builder: AsyncOrganizationUsageModerationsListBuilder = self._op("list", (), fields)
        return builder


class OrganizationUsageVectorStores(NamespaceMixin):
    """`client.organization.usage.vector_stores`."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageVectorStoresListParams]
    ) -> OrganizationUsageVectorStoresListBuilder:
        """Return a builder for `organization.usage.vector_stores.list` (GET /organization/usage/vector_stores); keywords pre-fill its setters."""
        builder: OrganizationUsageVectorStoresListBuilder = self._op("list", (), fields)
        return builder


class AsyncOrganizationUsageVectorStores(NamespaceMixin):
    """`client.organization.usage.vector_stores` of an AsyncClient."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageVectorStoresListParams]
    ) -> AsyncOrganizationUsageVectorStoresListBuilder:
        """Return a builder for `organization.usage.vector_stores.list` (GET /organization/usage/vector_stores); keywords pre-fill its setters."""
        builder: AsyncOrganizationUsageVectorStoresListBuilder = self._op("list", (), fields)
        return builder


class OrganizationUsageWebSearchCalls(NamespaceMixin):
    """`client.organization.usage.web_search_calls`."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageWebSearchCallsListParams]
    ) -> OrganizationUsageWebSearchCallsListBuilder:
        """Return a builder for `organization.usage.web_search_calls.list` (GET /organization/usage/web_search_calls); keywords pre-fill its setters."""
        builder: OrganizationUsageWebSearchCallsListBuilder = self._op("list", (), fields)
        return builder


class AsyncOrganizationUsageWebSearchCalls(NamespaceMixin):
    """`client.organization.usage.web_search_calls` of an AsyncClient."""

    __slots__ = ()

    def list(
        self, **fields: Unpack[OrganizationUsageWebSearchCallsListParams]
    ) -> AsyncOrganizationUsageWebSearchCallsListBuilder:
        """Return a builder for `organization.usage.web_search_calls.list` (GET /organization/usage/web_search_calls); keywords pre-fill its setters."""
        builder: AsyncOrganizationUsageWebSearchCallsListBuilder = self._op("list", (), fields)
        return builder


class OrganizationUsers(NamespaceMixin):
    """`client.organization.users`."""

    __slots__ = ()

    @property
    def roles(self) -> OrganizationUsersRoles:
        """`client.organization.users.roles`."""
        namespace: OrganizationUsersRoles = self._sub("roles")
        return namespace

    @defer_path_check
    def delete(
        self, user_id: str, **fields: Unpack[OrganizationUsersDeleteParams]
    ) -> OrganizationUsersDeleteBuilder:
        """Return a builder for `organization.users.delete` (DELETE /organization/users/{user_id}); keywords pre-fill its setters."""
        builder: OrganizationUsersDeleteBuilder = self._op("delete", (user_id,), fields)
        return builder

    def list(self, **fields: Unpack[OrganizationUsersListParams]) -> OrganizationUsersListBuilder:
        """Return a builder for `organization.users.list` (GET /organization/users); keywords pre-fill its setters."""
        builder: OrganizationUsersListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, user_id: str, **fields: Unpack[OrganizationUsersRetrieveParams]
    ) -> OrganizationUsersRetrieveBuilder:
        """Return a builder for `organization.users.retrieve` (GET /organization/users/{user_id}); keywords pre-fill its setters."""
        builder: OrganizationUsersRetrieveBuilder = self._op("retrieve", (user_id,), fields)
        return builder

    @defer_path_check
    def update(
        self, user_id: str, **fields: Unpack[OrganizationUsersUpdateParams]
    ) -> OrganizationUsersUpdateBuilder:
        """Return a builder for `organization.users.update` (POST /organization/users/{user_id}); keywords pre-fill its setters."""
        builder: OrganizationUsersUpdateBuilder = self._op("update", (user_id,), fields)
        return builder


class AsyncOrganizationUsers(NamespaceMixin):
    """`client.organization.users` of an AsyncClient."""

    __slots__ = ()

    @property
    def roles(self) -> AsyncOrganizationUsersRoles:
        """`client.organization.users.roles`."""
        namespace: AsyncOrganizationUsersRoles = self._sub("roles")
        return namespace

    @defer_path_check
    def delete(
        self, user_id: str, **fields: Unpack[OrganizationUsersDeleteParams]
    ) -> AsyncOrganizationUsersDeleteBuilder:
        """Return a builder for `organization.users.delete` (DELETE /organization/users/{user_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationUsersDeleteBuilder = self._op("delete", (user_id,), fields)
        return builder

    def list(
        self, **fields: Unpack[OrganizationUsersListParams]
    ) -> AsyncOrganizationUsersListBuilder:
        """Return a builder for `organization.users.list` (GET /organization/users); keywords pre-fill its setters."""
        builder: AsyncOrganizationUsersListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, user_id: str, **fields: Unpack[OrganizationUsersRetrieveParams]
    ) -> AsyncOrganizationUsersRetrieveBuilder:
        """Return a builder for `organization.users.retrieve` (GET /organization/users/{user_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationUsersRetrieveBuilder = self._op("retrieve", (user_id,), fields)
        return builder

    @defer_path_check
    def update(
        self, user_id: str, **fields: Unpack[OrganizationUsersUpdateParams]
    ) -> AsyncOrganizationUsersUpdateBuilder:
        """Return a builder for `organization.users.update` (POST /organization/users/{user_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationUsersUpdateBuilder = self._op("update", (user_id,), fields)
        return builder


class OrganizationUsersRoles(NamespaceMixin):
    """`client.organization.users.roles`."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, user_id: str, **fields: Unpack[OrganizationUsersRolesCreateParams]
    ) -> OrganizationUsersRolesCreateBuilder:
        """Return a builder for `organization.users.roles.create` (POST /organization/users/{user_id}/roles); keywords pre-fill its setters."""
        builder: OrganizationUsersRolesCreateBuilder = self._op("create", (user_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self, user_id: str, role_id: str, **fields: Unpack[OrganizationUsersRolesDeleteParams]
    ) -> OrganizationUsersRolesDeleteBuilder:
        """Return a builder for `organization.users.roles.delete` (DELETE /organization/users/{user_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: OrganizationUsersRolesDeleteBuilder = self._op(
            "delete",
            (
                user_id,
                role_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, user_id: str, **fields: Unpack[OrganizationUsersRolesListParams]
    ) -> OrganizationUsersRolesListBuilder:
        """Return a builder for `organization.users.roles.list` (GET /organization/users/{user_id}/roles); keywords pre-fill its setters."""
        builder: OrganizationUsersRolesListBuilder = self._op("list", (user_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, user_id: str, role_id: str, **fields: Unpack[OrganizationUsersRolesRetrieveParams]
    ) -> OrganizationUsersRolesRetrieveBuilder:
        """Return a builder for `organization.users.roles.retrieve` (GET /organization/users/{user_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: OrganizationUsersRolesRetrieveBuilder = self._op(
            "retrieve",
            (
                user_id,
                role_id,
            ),
            fields,
        )
        return builder


class AsyncOrganizationUsersRoles(NamespaceMixin):
    """`client.organization.users.roles` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, user_id: str, **fields: Unpack[OrganizationUsersRolesCreateParams]
    ) -> AsyncOrganizationUsersRolesCreateBuilder:
        """Return a builder for `organization.users.roles.create` (POST /organization/users/{user_id}/roles); keywords pre-fill its setters."""
        builder: AsyncOrganizationUsersRolesCreateBuilder = self._op("create", (user_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self, user_id: str, role_id: str, **fields: Unpack[OrganizationUsersRolesDeleteParams]
    ) -> AsyncOrganizationUsersRolesDeleteBuilder:
        """Return a builder for `organization.users.roles.delete` (DELETE /organization/users/{user_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationUsersRolesDeleteBuilder = self._op(
            "delete",
            (
                user_id,
                role_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, user_id: str, **fields: Unpack[OrganizationUsersRolesListParams]
    ) -> AsyncOrganizationUsersRolesListBuilder:
        """Return a builder for `organization.users.roles.list` (GET /organization/users/{user_id}/roles); keywords pre-fill its setters."""
        builder: AsyncOrganizationUsersRolesListBuilder = self._op("list", (user_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, user_id: str, role_id: str, **fields: Unpack[OrganizationUsersRolesRetrieveParams]
    ) -> AsyncOrganizationUsersRolesRetrieveBuilder:
        """Return a builder for `organization.users.roles.retrieve` (GET /organization/users/{user_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: AsyncOrganizationUsersRolesRetrieveBuilder = self._op(
            "retrieve",
            (
                user_id,
                role_id,
            ),
            fields,
        )
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "organization": (Organization, AsyncOrganization),
    "organization.admin_api_keys": (OrganizationAdminApiKeys, AsyncOrganizationAdminApiKeys),
    "organization.audit_logs": (OrganizationAuditLogs, AsyncOrganizationAuditLogs),
    "organization.certificates": (OrganizationCertificates, AsyncOrganizationCertificates),
    "organization.costs": (OrganizationCosts, AsyncOrganizationCosts),
    "organization.data_retention": (OrganizationDataRetention, AsyncOrganizationDataRetention),
    "organization.groups": (OrganizationGroups, AsyncOrganizationGroups),
    "organization.groups.roles": (OrganizationGroupsRoles, AsyncOrganizationGroupsRoles),
    "organization.groups.users": (OrganizationGroupsUsers, AsyncOrganizationGroupsUsers),
    "organization.invites": (OrganizationInvites, AsyncOrganizationInvites),
    "organization.projects": (OrganizationProjects, AsyncOrganizationProjects),
    "organization.projects.api_keys": (
        OrganizationProjectsApiKeys,
        AsyncOrganizationProjectsApiKeys,
    ),
    "organization.projects.certificates": (
        OrganizationProjectsCertificates,
        AsyncOrganizationProjectsCertificates,
    ),
    "organization.projects.certificates.activate": (
        OrganizationProjectsCertificatesActivate,
        AsyncOrganizationProjectsCertificatesActivate,
    ),
    "organization.projects.certificates.deactivate": (
        OrganizationProjectsCertificatesDeactivate,
        AsyncOrganizationProjectsCertificatesDeactivate,
    ),
    "organization.projects.data_retention": (
        OrganizationProjectsDataRetention,
        AsyncOrganizationProjectsDataRetention,
    ),
    "organization.projects.groups": (OrganizationProjectsGroups, AsyncOrganizationProjectsGroups),
    "organization.projects.hosted_tool_permissions": (
        OrganizationProjectsHostedToolPermissions,
        AsyncOrganizationProjectsHostedToolPermissions,
    ),
    "organization.projects.model_permissions": (
        OrganizationProjectsModelPermissions,
        AsyncOrganizationProjectsModelPermissions,
    ),
    "organization.projects.rate_limits": (
        OrganizationProjectsRateLimits,
        AsyncOrganizationProjectsRateLimits,
    ),
    "organization.projects.service_accounts": (
        OrganizationProjectsServiceAccounts,
        AsyncOrganizationProjectsServiceAccounts,
    ),
    "organization.projects.spend_alerts": (
        OrganizationProjectsSpendAlerts,
        AsyncOrganizationProjectsSpendAlerts,
    ),
    "organization.projects.spend_limit": (
        OrganizationProjectsSpendLimit,
        AsyncOrganizationProjectsSpendLimit,
    ),
    "organization.projects.users": (OrganizationProjectsUsers, AsyncOrganizationProjectsUsers),
    "organization.roles": (OrganizationRoles, AsyncOrganizationRoles),
    "organization.spend_alerts": (OrganizationSpendAlerts, AsyncOrganizationSpendAlerts),
    "organization.spend_limit": (OrganizationSpendLimit, AsyncOrganizationSpendLimit),
    "organization.usage": (OrganizationUsage, AsyncOrganizationUsage),
    "organization.usage.audio_speeches": (
        OrganizationUsageAudioSpeeches,
        AsyncOrganizationUsageAudioSpeeches,
    ),
    "organization.usage.audio_transcriptions": (
        OrganizationUsageAudioTranscriptions,
        AsyncOrganizationUsageAudioTranscriptions,
    ),
    "organization.usage.code_interpreter_sessions": (
        OrganizationUsageCodeInterpreterSessions,
        AsyncOrganizationUsageCodeInterpreterSessions,
    ),
    "organization.usage.completions": (
        OrganizationUsageCompletions,
        AsyncOrganizationUsageCompletions,
    ),
    "organization.usage.embeddings": (
        OrganizationUsageEmbeddings,
        AsyncOrganizationUsageEmbeddings,
    ),
    "organization.usage.file_search_calls": (
        OrganizationUsageFileSearchCalls,
        AsyncOrganizationUsageFileSearchCalls,
    ),
    "organization.usage.images": (OrganizationUsageImages, AsyncOrganizationUsageImages),
    "organization.usage.moderations": (
        OrganizationUsageModerations,
        AsyncOrganizationUsageModerations,
    ),
    "organization.usage.vector_stores": (
        OrganizationUsageVectorStores,
        AsyncOrganizationUsageVectorStores,
    ),
    "organization.usage.web_search_calls": (
        OrganizationUsageWebSearchCalls,
        AsyncOrganizationUsageWebSearchCalls,
    ),
    "organization.users": (OrganizationUsers, AsyncOrganizationUsers),
    "organization.users.roles": (OrganizationUsersRoles, AsyncOrganizationUsersRoles),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "organization.admin_api_keys.create": OrganizationAdminApiKeysCreateSetters,
    "organization.admin_api_keys.delete": OrganizationAdminApiKeysDeleteSetters,
    "organization.admin_api_keys.list": OrganizationAdminApiKeysListSetters,
    "organization.admin_api_keys.retrieve": OrganizationAdminApiKeysRetrieveSetters,
    "organization.audit_logs.list": OrganizationAuditLogsListSetters,
    "organization.certificates.activate": OrganizationCertificatesActivateSetters,
    "organization.certificates.create": OrganizationCertificatesCreateSetters,
    "organization.certificates.deactivate": OrganizationCertificatesDeactivateSetters,
    "organization.certificates.delete": OrganizationCertificatesDeleteSetters,
    "organization.certificates.list": OrganizationCertificatesListSetters,
    "organization.certificates.retrieve": OrganizationCertificatesRetrieveSetters,
    "organization.certificates.update": OrganizationCertificatesUpdateSetters,
    "organization.costs.list": OrganizationCostsListSetters,
    "organization.data_retention.create": OrganizationDataRetentionCreateSetters,
    "organization.data_retention.retrieve": OrganizationDataRetentionRetrieveSetters,
    "organization.groups.create": OrganizationGroupsCreateSetters,
    "organization.groups.delete": OrganizationGroupsDeleteSetters,
    "organization.groups.list": OrganizationGroupsListSetters,
    "organization.groups.retrieve": OrganizationGroupsRetrieveSetters,
    "organization.groups.roles.create": OrganizationGroupsRolesCreateSetters,
    "organization.groups.roles.delete": OrganizationGroupsRolesDeleteSetters,
    "organization.groups.roles.list": OrganizationGroupsRolesListSetters,
    "organization.groups.roles.retrieve": OrganizationGroupsRolesRetrieveSetters,
    "organization.groups.update": OrganizationGroupsUpdateSetters,
    "organization.groups.users.create": OrganizationGroupsUsersCreateSetters,
    "organization.groups.users.delete": OrganizationGroupsUsersDeleteSetters,
    "organization.groups.users.list": OrganizationGroupsUsersListSetters,
    "organization.groups.users.retrieve": OrganizationGroupsUsersRetrieveSetters,
    "organization.invites.create": OrganizationInvitesCreateSetters,
    "organization.invites.delete": OrganizationInvitesDeleteSetters,
    "organization.invites.list": OrganizationInvitesListSetters,
    "organization.invites.retrieve": OrganizationInvitesRetrieveSetters,
    "organization.projects.api_keys.delete": OrganizationProjectsApiKeysDeleteSetters,
    "organization.projects.api_keys.list": OrganizationProjectsApiKeysListSetters,
    "organization.projects.api_keys.retrieve": OrganizationProjectsApiKeysRetrieveSetters,
    "organization.projects.archive": OrganizationProjectsArchiveSetters,
    "organization.projects.certificates.activate.create": OrganizationProjectsCertificatesActivateCreateSetters,
    "organization.projects.certificates.deactivate.create": OrganizationProjectsCertificatesDeactivateCreateSetters,
    "organization.projects.certificates.list": OrganizationProjectsCertificatesListSetters,
    "organization.projects.create": OrganizationProjectsCreateSetters,
    "organization.projects.data_retention.retrieve": OrganizationProjectsDataRetentionRetrieveSetters,
    "organization.projects.data_retention.update": OrganizationProjectsDataRetentionUpdateSetters,
    "organization.projects.groups.create": OrganizationProjectsGroupsCreateSetters,
    "organization.projects.groups.delete": OrganizationProjectsGroupsDeleteSetters,
    "organization.projects.groups.list": OrganizationProjectsGroupsListSetters,
    "organization.projects.groups.retrieve": OrganizationProjectsGroupsRetrieveSetters,
    "organization.projects.hosted_tool_permissions.retrieve": OrganizationProjectsHostedToolPermissionsRetrieveSetters,
    "organization.projects.hosted_tool_permissions.update": OrganizationProjectsHostedToolPermissionsUpdateSetters,
    "organization.projects.list": OrganizationProjectsListSetters,
    "organization.projects.model_permissions.create": OrganizationProjectsModelPermissionsCreateSetters,
    "organization.projects.model_permissions.delete": OrganizationProjectsModelPermissionsDeleteSetters,
    "organization.projects.model_permissions.retrieve": OrganizationProjectsModelPermissionsRetrieveSetters,
    "organization.projects.rate_limits.list": OrganizationProjectsRateLimitsListSetters,
    "organization.projects.rate_limits.update": OrganizationProjectsRateLimitsUpdateSetters,
    "organization.projects.retrieve": OrganizationProjectsRetrieveSetters,
    "organization.projects.service_accounts.api_keys": OrganizationProjectsServiceAccountsApiKeysSetters,
    "organization.projects.service_accounts.create": OrganizationProjectsServiceAccountsCreateSetters,
    "organization.projects.service_accounts.delete": OrganizationProjectsServiceAccountsDeleteSetters,
    "organization.projects.service_accounts.list": OrganizationProjectsServiceAccountsListSetters,
    "organization.projects.service_accounts.retrieve": OrganizationProjectsServiceAccountsRetrieveSetters,
    "organization.projects.service_accounts.update": OrganizationProjectsServiceAccountsUpdateSetters,
    "organization.projects.spend_alerts.create": OrganizationProjectsSpendAlertsCreateSetters,
    "organization.projects.spend_alerts.delete": OrganizationProjectsSpendAlertsDeleteSetters,
    "organization.projects.spend_alerts.list": OrganizationProjectsSpendAlertsListSetters,
    "organization.projects.spend_alerts.retrieve": OrganizationProjectsSpendAlertsRetrieveSetters,
    "organization.projects.spend_alerts.update": OrganizationProjectsSpendAlertsUpdateSetters,
    "organization.projects.spend_limit.create": OrganizationProjectsSpendLimitCreateSetters,
    "organization.projects.spend_limit.delete": OrganizationProjectsSpendLimitDeleteSetters,
    "organization.projects.spend_limit.retrieve": OrganizationProjectsSpendLimitRetrieveSetters,
    "organization.projects.update": OrganizationProjectsUpdateSetters,
    "organization.projects.users.create": OrganizationProjectsUsersCreateSetters,
    "organization.projects.users.delete": OrganizationProjectsUsersDeleteSetters,
    "organization.projects.users.list": OrganizationProjectsUsersListSetters,
    "organization.projects.users.retrieve": OrganizationProjectsUsersRetrieveSetters,
    "organization.projects.users.update": OrganizationProjectsUsersUpdateSetters,
    "organization.roles.create": OrganizationRolesCreateSetters,
    "organization.roles.delete": OrganizationRolesDeleteSetters,
    "organization.roles.list": OrganizationRolesListSetters,
    "organization.roles.retrieve": OrganizationRolesRetrieveSetters,
    "organization.roles.update": OrganizationRolesUpdateSetters,
    "organization.spend_alerts.create": OrganizationSpendAlertsCreateSetters,
    "organization.spend_alerts.delete": OrganizationSpendAlertsDeleteSetters,
    "organization.spend_alerts.list": OrganizationSpendAlertsListSetters,
    "organization.spend_alerts.retrieve": OrganizationSpendAlertsRetrieveSetters,
    "organization.spend_alerts.update": OrganizationSpendAlertsUpdateSetters,
    "organization.spend_limit.create": OrganizationSpendLimitCreateSetters,
    "organization.spend_limit.delete": OrganizationSpendLimitDeleteSetters,
    "organization.spend_limit.retrieve": OrganizationSpendLimitRetrieveSetters,
    "organization.usage.audio_speeches.list": OrganizationUsageAudioSpeechesListSetters,
    "organization.usage.audio_transcriptions.list": OrganizationUsageAudioTranscriptionsListSetters,
    "organization.usage.code_interpreter_sessions.list": OrganizationUsageCodeInterpreterSessionsListSetters,
    "organization.usage.completions.list": OrganizationUsageCompletionsListSetters,
    "organization.usage.embeddings.list": OrganizationUsageEmbeddingsListSetters,
    "organization.usage.file_search_calls.list": OrganizationUsageFileSearchCallsListSetters,
    "organization.usage.images.list": OrganizationUsageImagesListSetters,
    "organization.usage.moderations.list": OrganizationUsageModerationsListSetters,
    "organization.usage.vector_stores.list": OrganizationUsageVectorStoresListSetters,
    "organization.usage.web_search_calls.list": OrganizationUsageWebSearchCallsListSetters,
    "organization.users.delete": OrganizationUsersDeleteSetters,
    "organization.users.list": OrganizationUsersListSetters,
    "organization.users.retrieve": OrganizationUsersRetrieveSetters,
    "organization.users.roles.create": OrganizationUsersRolesCreateSetters,
    "organization.users.roles.delete": OrganizationUsersRolesDeleteSetters,
    "organization.users.roles.list": OrganizationUsersRolesListSetters,
    "organization.users.roles.retrieve": OrganizationUsersRolesRetrieveSetters,
    "organization.users.update": OrganizationUsersUpdateSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class OrganizationAdminApiKeysCreateBuilder(
        OrganizationAdminApiKeysCreateSetters, RequestBuilder[AdminApiKeyCreateResponse]
    ):
        """Builder of `organization.admin_api_keys.create`: `send()` returns AdminApiKeyCreateResponse."""

    class AsyncOrganizationAdminApiKeysCreateBuilder(
        OrganizationAdminApiKeysCreateSetters, AsyncRequestBuilder[AdminApiKeyCreateResponse]
    ):
        """Async builder of `organization.admin_api_keys.create`: `await send()` returns AdminApiKeyCreateResponse."""

    class OrganizationAdminApiKeysDeleteBuilder(
        OrganizationAdminApiKeysDeleteSetters, RequestBuilder[AdminApiKeysDeleteResponse200]
    ):
        """Builder of `organization.admin_api_keys.delete`: `send()` returns AdminApiKeysDeleteResponse200."""

    class AsyncOrganizationAdminApiKeysDeleteBuilder(
        OrganizationAdminApiKeysDeleteSetters, AsyncRequestBuilder[AdminApiKeysDeleteResponse200]
    ):
        """Async builder of `organization.admin_api_keys.delete`: `await send()` returns AdminApiKeysDeleteResponse200."""

    class OrganizationAdminApiKeysListBuilder(OrganizationAdminApiKeysListSetters, ListBuilder):
        """Builder of `organization.admin_api_keys.list`: `send()` returns a Page of AdminApiKey."""

        def send(self) -> Page[AdminApiKey]: ...
        def send_with_meta(self) -> ApiResponse[Page[AdminApiKey]]: ...
        def iter_all(self) -> Iterator[AdminApiKey]: ...

    class AsyncOrganizationAdminApiKeysListBuilder(
        OrganizationAdminApiKeysListSetters, AsyncListBuilder
    ):
        """Async builder of `organization.admin_api_keys.list`: `await send()` returns a Page of AdminApiKey."""

        async def send(self) -> AsyncPage[AdminApiKey]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[AdminApiKey]]: ...
        def iter_all(self) -> AsyncIterator[AdminApiKey]: ...

    class OrganizationAdminApiKeysRetrieveBuilder(
        OrganizationAdminApiKeysRetrieveSetters, RequestBuilder[AdminApiKey]
    ):
        """Builder of `organization.admin_api_keys.retrieve`: `send()` returns AdminApiKey."""

    class AsyncOrganizationAdminApiKeysRetrieveBuilder(
        OrganizationAdminApiKeysRetrieveSetters, AsyncRequestBuilder[AdminApiKey]
    ):
        """Async builder of `organization.admin_api_keys.retrieve`: `await send()` returns AdminApiKey."""

    class OrganizationAuditLogsListBuilder(OrganizationAuditLogsListSetters, ListBuilder):
        """Builder of `organization.audit_logs.list`: `send()` returns a Page of AuditLog."""

        def send(self) -> Page[AuditLog]: ...
        def send_with_meta(self) -> ApiResponse[Page[AuditLog]]: ...
        def iter_all(self) -> Iterator[AuditLog]: ...

    class AsyncOrganizationAuditLogsListBuilder(OrganizationAuditLogsListSetters, AsyncListBuilder):
        """Async builder of `organization.audit_logs.list`: `await send()` returns a Page of AuditLog."""

        async def send(self) -> AsyncPage[AuditLog]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[AuditLog]]: ...
        def iter_all(self) -> AsyncIterator[AuditLog]: ...

    class OrganizationCertificatesActivateBuilder(
        OrganizationCertificatesActivateSetters,
        RequestBuilder[OrganizationCertificateActivationResponse],
    ):
        """Builder of `organization.certificates.activate`: `send()` returns OrganizationCertificateActivationResponse."""

    class AsyncOrganizationCertificatesActivateBuilder(
        OrganizationCertificatesActivateSetters,
        AsyncRequestBuilder[OrganizationCertificateActivationResponse],
    ):
        """Async builder of `organization.certificates.activate`: `await send()` returns OrganizationCertificateActivationResponse."""

    class OrganizationCertificatesCreateBuilder(
        OrganizationCertificatesCreateSetters, RequestBuilder[Certificate]
    ):
        """Builder of `organization.certificates.create`: `send()` returns Certificate."""

    class AsyncOrganizationCertificatesCreateBuilder(
        OrganizationCertificatesCreateSetters, AsyncRequestBuilder[Certificate]
    ):
        """Async builder of `organization.certificates.create`: `await send()` returns Certificate."""

    class OrganizationCertificatesDeactivateBuilder(
        OrganizationCertificatesDeactivateSetters,
        RequestBuilder[OrganizationCertificateDeactivationResponse],
    ):
        """Builder of `organization.certificates.deactivate`: `send()` returns OrganizationCertificateDeactivationResponse."""

    class AsyncOrganizationCertificatesDeactivateBuilder(
        OrganizationCertificatesDeactivateSetters,
        AsyncRequestBuilder[OrganizationCertificateDeactivationResponse],
    ):
        """Async builder of `organization.certificates.deactivate`: `await send()` returns OrganizationCertificateDeactivationResponse."""

    class OrganizationCertificatesDeleteBuilder(
        OrganizationCertificatesDeleteSetters, RequestBuilder[DeleteCertificateResponse]
    ):
        """Builder of `organization.certificates.delete`: `send()` returns DeleteCertificateResponse."""

    class AsyncOrganizationCertificatesDeleteBuilder(
        OrganizationCertificatesDeleteSetters, AsyncRequestBuilder[DeleteCertificateResponse]
    ):
        """Async builder of `organization.certificates.delete`: `await send()` returns DeleteCertificateResponse."""

    class OrganizationCertificatesListBuilder(OrganizationCertificatesListSetters, ListBuilder):
        """Builder of `organization.certificates.list`: `send()` returns a Page of OrganizationCertificate."""

        def send(self) -> Page[OrganizationCertificate]: ...
        def send_with_meta(self) -> ApiResponse[Page[OrganizationCertificate]]: ...
        def iter_all(self) -> Iterator[OrganizationCertificate]: ...

    class AsyncOrganizationCertificatesListBuilder(
        OrganizationCertificatesListSetters, AsyncListBuilder
    ):
        """Async builder of `organization.certificates.list`: `await send()` returns a Page of OrganizationCertificate."""

        async def send(self) -> AsyncPage[OrganizationCertificate]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[OrganizationCertificate]]: ...
        def iter_all(self) -> AsyncIterator[OrganizationCertificate]: ...

    class OrganizationCertificatesRetrieveBuilder(
        OrganizationCertificatesRetrieveSetters, RequestBuilder[Certificate]
    ):
        """Builder of `organization.certificates.retrieve`: `send()` returns Certificate."""

    class AsyncOrganizationCertificatesRetrieveBuilder(
        OrganizationCertificatesRetrieveSetters, AsyncRequestBuilder[Certificate]
    ):
        """Async builder of `organization.certificates.retrieve`: `await send()` returns Certificate."""

    class OrganizationCertificatesUpdateBuilder(
        OrganizationCertificatesUpdateSetters, RequestBuilder[Certificate]
    ):
        """Builder of `organization.certificates.update`: `send()` returns Certificate."""

    class AsyncOrganizationCertificatesUpdateBuilder(
        OrganizationCertificatesUpdateSetters, AsyncRequestBuilder[Certificate]
    ):
        """Async builder of `organization.certificates.update`: `await send()` returns Certificate."""

    class OrganizationCostsListBuilder(OrganizationCostsListSetters, RequestBuilder[UsageResponse]):
        """Builder of `organization.costs.list`: `send()` returns UsageResponse."""

    class AsyncOrganizationCostsListBuilder(
        OrganizationCostsListSetters, AsyncRequestBuilder[UsageResponse]
    ):
        """Async builder of `organization.costs.list`: `await send()` returns UsageResponse."""

    class OrganizationDataRetentionCreateBuilder(
        OrganizationDataRetentionCreateSetters, RequestBuilder[OrganizationDataRetentionModel]
    ):
        """Builder of `organization.data_retention.create`: `send()` returns OrganizationDataRetentionModel."""

    class AsyncOrganizationDataRetentionCreateBuilder(
        OrganizationDataRetentionCreateSetters, AsyncRequestBuilder[OrganizationDataRetentionModel]
    ):
        """Async builder of `organization.data_retention.create`: `await send()` returns OrganizationDataRetentionModel."""

    class OrganizationDataRetentionRetrieveBuilder(
        OrganizationDataRetentionRetrieveSetters, RequestBuilder[OrganizationDataRetentionModel]
    ):
        """Builder of `organization.data_retention.retrieve`: `send()` returns OrganizationDataRetentionModel."""

    class AsyncOrganizationDataRetentionRetrieveBuilder(
        OrganizationDataRetentionRetrieveSetters,
        AsyncRequestBuilder[OrganizationDataRetentionModel],
    ):
        """Async builder of `organization.data_retention.retrieve`: `await send()` returns OrganizationDataRetentionModel."""

    class OrganizationGroupsCreateBuilder(
        OrganizationGroupsCreateSetters, RequestBuilder[GroupResponse]
    ):
        """Builder of `organization.groups.create`: `send()` returns GroupResponse."""

    class AsyncOrganizationGroupsCreateBuilder(
        OrganizationGroupsCreateSetters, AsyncRequestBuilder[GroupResponse]
    ):
        """Async builder of `organization.groups.create`: `await send()` returns GroupResponse."""

    class OrganizationGroupsDeleteBuilder(
        OrganizationGroupsDeleteSetters, RequestBuilder[GroupDeletedResource]
    ):
        """Builder of `organization.groups.delete`: `send()` returns GroupDeletedResource."""

    class AsyncOrganizationGroupsDeleteBuilder(
        OrganizationGroupsDeleteSetters, AsyncRequestBuilder[GroupDeletedResource]
    ):
        """Async builder of `organization.groups.delete`: `await send()` returns GroupDeletedResource."""

    class OrganizationGroupsListBuilder(OrganizationGroupsListSetters, ListBuilder):
        """Builder of `organization.groups.list`: `send()` returns a Page of GroupResponse."""

        def send(self) -> Page[GroupResponse]: ...
        def send_with_meta(self) -> ApiResponse[Page[GroupResponse]]: ...
        def iter_all(self) -> Iterator[GroupResponse]: ...

    class AsyncOrganizationGroupsListBuilder(OrganizationGroupsListSetters, AsyncListBuilder):
        """Async builder of `organization.groups.list`: `await send()` returns a Page of GroupResponse."""

        async def send(self) -> AsyncPage[GroupResponse]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[GroupResponse]]: ...
        def iter_all(self) -> AsyncIterator[GroupResponse]: ...

    class OrganizationGroupsRetrieveBuilder(
        OrganizationGroupsRetrieveSetters, RequestBuilder[GroupResponse]
    ):
        """Builder of `organization.groups.retrieve`: `send()` returns GroupResponse."""

    class AsyncOrganizationGroupsRetrieveBuilder(
        OrganizationGroupsRetrieveSetters, AsyncRequestBuilder[GroupResponse]
    ):
        """Async builder of `organization.groups.retrieve`: `await send()` returns GroupResponse."""

    class OrganizationGroupsRolesCreateBuilder(
        OrganizationGroupsRolesCreateSetters, RequestBuilder[GroupRoleAssignment]
    ):
        """Builder of `organization.groups.roles.create`: `send()` returns GroupRoleAssignment."""

    class AsyncOrganizationGroupsRolesCreateBuilder(
        OrganizationGroupsRolesCreateSetters, AsyncRequestBuilder[GroupRoleAssignment]
    ):
        """Async builder of `organization.groups.roles.create`: `await send()` returns GroupRoleAssignment."""

    class OrganizationGroupsRolesDeleteBuilder(
        OrganizationGroupsRolesDeleteSetters, RequestBuilder[DeletedRoleAssignmentResource]
    ):
        """Builder of `organization.groups.roles.delete`: `send()` returns DeletedRoleAssignmentResource."""

    class AsyncOrganizationGroupsRolesDeleteBuilder(
        OrganizationGroupsRolesDeleteSetters, AsyncRequestBuilder[DeletedRoleAssignmentResource]
    ):
        """Async builder of `organization.groups.roles.delete`: `await send()` returns DeletedRoleAssignmentResource."""

    class OrganizationGroupsRolesListBuilder(OrganizationGroupsRolesListSetters, ListBuilder):
        """Builder of `organization.groups.roles.list`: `send()` returns a Page of AssignedRoleDetails."""

        def send(self) -> Page[AssignedRoleDetails]: ...
        def send_with_meta(self) -> ApiResponse[Page[AssignedRoleDetails]]: ...
        def iter_all(self) -> Iterator[AssignedRoleDetails]: ...

    class AsyncOrganizationGroupsRolesListBuilder(
        OrganizationGroupsRolesListSetters, AsyncListBuilder
    ):
        """Async builder of `organization.groups.roles.list`: `await send()` returns a Page of AssignedRoleDetails."""

        async def send(self) -> AsyncPage[AssignedRoleDetails]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[AssignedRoleDetails]]: ...
        def iter_all(self) -> AsyncIterator[AssignedRoleDetails]: ...

    class OrganizationGroupsRolesRetrieveBuilder(
        OrganizationGroupsRolesRetrieveSetters, RequestBuilder[AssignedRoleDetails]
    ):
        """Builder of `organization.groups.roles.retrieve`: `send()` returns AssignedRoleDetails."""

    class AsyncOrganizationGroupsRolesRetrieveBuilder(
        OrganizationGroupsRolesRetrieveSetters, AsyncRequestBuilder[AssignedRoleDetails]
    ):
        """Async builder of `organization.groups.roles.retrieve`: `await send()` returns AssignedRoleDetails."""

    class OrganizationGroupsUpdateBuilder(
        OrganizationGroupsUpdateSetters, RequestBuilder[GroupResourceWithSuccess]
    ):
        """Builder of `organization.groups.update`: `send()` returns GroupResourceWithSuccess."""

    class AsyncOrganizationGroupsUpdateBuilder(
        OrganizationGroupsUpdateSetters, AsyncRequestBuilder[GroupResourceWithSuccess]
    ):
        """Async builder of `organization.groups.update`: `await send()` returns GroupResourceWithSuccess."""

    class OrganizationGroupsUsersCreateBuilder(
        OrganizationGroupsUsersCreateSetters, RequestBuilder[GroupUserAssignment]
    ):
        """Builder of `organization.groups.users.create`: `send()` returns GroupUserAssignment."""

    class AsyncOrganizationGroupsUsersCreateBuilder(
        OrganizationGroupsUsersCreateSetters, AsyncRequestBuilder[GroupUserAssignment]
    ):
        """Async builder of `organization.groups.users.create`: `await send()` returns GroupUserAssignment."""

    class OrganizationGroupsUsersDeleteBuilder(
        OrganizationGroupsUsersDeleteSetters, RequestBuilder[GroupUserDeletedResource]
    ):
        """Builder of `organization.groups.users.delete`: `send()` returns GroupUserDeletedResource."""

    class AsyncOrganizationGroupsUsersDeleteBuilder(
        OrganizationGroupsUsersDeleteSetters, AsyncRequestBuilder[GroupUserDeletedResource]
    ):
        """Async builder of `organization.groups.users.delete`: `await send()` returns GroupUserDeletedResource."""

    class OrganizationGroupsUsersListBuilder(OrganizationGroupsUsersListSetters, ListBuilder):
        """Builder of `organization.groups.users.list`: `send()` returns a Page of GroupUser."""

        def send(self) -> Page[GroupUser]: ...
        def send_with_meta(self) -> ApiResponse[Page[GroupUser]]: ...
        def iter_all(self) -> Iterator[GroupUser]: ...

    class AsyncOrganizationGroupsUsersListBuilder(
        OrganizationGroupsUsersListSetters, AsyncListBuilder
    ):
        """Async builder of `organization.groups.users.list`: `await send()` returns a Page of GroupUser."""

        async def send(self) -> AsyncPage[GroupUser]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[GroupUser]]: ...
        def iter_all(self) -> AsyncIterator[GroupUser]: ...

    class OrganizationGroupsUsersRetrieveBuilder(
        OrganizationGroupsUsersRetrieveSetters, RequestBuilder[GroupMemberUser]
    ):
        """Builder of `organization.groups.users.retrieve`: `send()` returns GroupMemberUser."""

    class AsyncOrganizationGroupsUsersRetrieveBuilder(
        OrganizationGroupsUsersRetrieveSetters, AsyncRequestBuilder[GroupMemberUser]
    ):
        """Async builder of `organization.groups.users.retrieve`: `await send()` returns GroupMemberUser."""

    class OrganizationInvitesCreateBuilder(
        OrganizationInvitesCreateSetters, RequestBuilder[Invite]
    ):
        """Builder of `organization.invites.create`: `send()` returns Invite."""

    class AsyncOrganizationInvitesCreateBuilder(
        OrganizationInvitesCreateSetters, AsyncRequestBuilder[Invite]
    ):
        """Async builder of `organization.invites.create`: `await send()` returns Invite."""

    class OrganizationInvitesDeleteBuilder(
        OrganizationInvitesDeleteSetters, RequestBuilder[InviteDeleteResponse]
    ):
        """Builder of `organization.invites.delete`: `send()` returns InviteDeleteResponse."""

    class AsyncOrganizationInvitesDeleteBuilder(
        OrganizationInvitesDeleteSetters, AsyncRequestBuilder[InviteDeleteResponse]
    ):
        """Async builder of `organization.invites.delete`: `await send()` returns InviteDeleteResponse."""

    class OrganizationInvitesListBuilder(OrganizationInvitesListSetters, ListBuilder):
        """Builder of `organization.invites.list`: `send()` returns a Page of Invite."""

        def send(self) -> Page[Invite]: ...
        def send_with_meta(self) -> ApiResponse[Page[Invite]]: ...
        def iter_all(self) -> Iterator[Invite]: ...

    class AsyncOrganizationInvitesListBuilder(OrganizationInvitesListSetters, AsyncListBuilder):
        """Async builder of `organization.invites.list`: `await send()` returns a Page of Invite."""

        async def send(self) -> AsyncPage[Invite]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[Invite]]: ...
        def iter_all(self) -> AsyncIterator[Invite]: ...

    class OrganizationInvitesRetrieveBuilder(
        OrganizationInvitesRetrieveSetters, RequestBuilder[Invite]
    ):
        """Builder of `organization.invites.retrieve`: `send()` returns Invite."""

    class AsyncOrganizationInvitesRetrieveBuilder(
        OrganizationInvitesRetrieveSetters, AsyncRequestBuilder[Invite]
    ):
        """Async builder of `organization.invites.retrieve`: `await send()` returns Invite."""

    class OrganizationProjectsApiKeysDeleteBuilder(
        OrganizationProjectsApiKeysDeleteSetters, RequestBuilder[ProjectApiKeyDeleteResponse]
    ):
        """Builder of `organization.projects.api_keys.delete`: `send()` returns ProjectApiKeyDeleteResponse."""

    class AsyncOrganizationProjectsApiKeysDeleteBuilder(
        OrganizationProjectsApiKeysDeleteSetters, AsyncRequestBuilder[ProjectApiKeyDeleteResponse]
    ):
        """Async builder of `organization.projects.api_keys.delete`: `await send()` returns ProjectApiKeyDeleteResponse."""

    class OrganizationProjectsApiKeysListBuilder(
        OrganizationProjectsApiKeysListSetters, ListBuilder
    ):
        """Builder of `organization.projects.api_keys.list`: `send()` returns a Page of ProjectApiKey."""

        def send(self) -> Page[ProjectApiKey]: ...
        def send_with_meta(self) -> ApiResponse[Page[ProjectApiKey]]: ...
        def iter_all(self) -> Iterator[ProjectApiKey]: ...

    class AsyncOrganizationProjectsApiKeysListBuilder(
        OrganizationProjectsApiKeysListSetters, AsyncListBuilder
    ):
        """Async builder of `organization.projects.api_keys.list`: `await send()` returns a Page of ProjectApiKey."""

        async def send(self) -> AsyncPage[ProjectApiKey]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[ProjectApiKey]]: ...
        def iter_all(self) -> AsyncIterator[ProjectApiKey]: ...

    class OrganizationProjectsApiKeysRetrieveBuilder(
        OrganizationProjectsApiKeysRetrieveSetters, RequestBuilder[ProjectApiKey]
    ):
        """Builder of `organization.projects.api_keys.retrieve`: `send()` returns ProjectApiKey."""

    class AsyncOrganizationProjectsApiKeysRetrieveBuilder(
        OrganizationProjectsApiKeysRetrieveSetters, AsyncRequestBuilder[ProjectApiKey]
    ):
        """Async builder of `organization.projects.api_keys.retrieve`: `await send()` returns ProjectApiKey."""

    class OrganizationProjectsArchiveBuilder(
        OrganizationProjectsArchiveSetters, RequestBuilder[Project]
    ):
        """Builder of `organization.projects.archive`: `send()` returns Project."""

    class AsyncOrganizationProjectsArchiveBuilder(
        OrganizationProjectsArchiveSetters, AsyncRequestBuilder[Project]
    ):
        """Async builder of `organization.projects.archive`: `await send()` returns Project."""

    class OrganizationProjectsCertificatesActivateCreateBuilder(
        OrganizationProjectsCertificatesActivateCreateSetters,
        RequestBuilder[OrganizationProjectCertificateActivationResponse],
    ):
        """Builder of `organization.projects.certificates.activate.create`: `send()` returns OrganizationProjectCertificateActivationResponse."""

    class AsyncOrganizationProjectsCertificatesActivateCreateBuilder(
        OrganizationProjectsCertificatesActivateCreateSetters,
        AsyncRequestBuilder[OrganizationProjectCertificateActivationResponse],
    ):
        """Async builder of `organization.projects.certificates.activate.create`: `await send()` returns OrganizationProjectCertificateActivationResponse."""

    class OrganizationProjectsCertificatesDeactivateCreateBuilder(
        OrganizationProjectsCertificatesDeactivateCreateSetters,
        RequestBuilder[OrganizationProjectCertificateDeactivationResponse],
    ):
        """Builder of `organization.projects.certificates.deactivate.create`: `send()` returns OrganizationProjectCertificateDeactivationResponse."""

    class AsyncOrganizationProjectsCertificatesDeactivateCreateBuilder(
        OrganizationProjectsCertificatesDeactivateCreateSetters,
        AsyncRequestBuilder[OrganizationProjectCertificateDeactivationResponse],
    ):
        """Async builder of `organization.projects.certificates.deactivate.create`: `await send()` returns OrganizationProjectCertificateDeactivationResponse."""

    class OrganizationProjectsCertificatesListBuilder(
        OrganizationProjectsCertificatesListSetters, ListBuilder
    ):
        """Builder of `organization.projects.certificates.list`: `send()` returns a Page of OrganizationProjectCertificate."""

        def send(self) -> Page[OrganizationProjectCertificate]: ...
        def send_with_meta(self) -> ApiResponse[Page[OrganizationProjectCertificate]]: ...
        def iter_all(self) -> Iterator[OrganizationProjectCertificate]: ...

    class AsyncOrganizationProjectsCertificatesListBuilder(
        OrganizationProjectsCertificatesListSetters, AsyncListBuilder
    ):
        """Async builder of `organization.projects.certificates.list`: `await send()` returns a Page of OrganizationProjectCertificate."""

        async def send(self) -> AsyncPage[OrganizationProjectCertificate]: ...
        async def send_with_meta(
            self,
        ) -> ApiResponse[AsyncPage[OrganizationProjectCertificate]]: ...
        def iter_all(self) -> AsyncIterator[OrganizationProjectCertificate]: ...

    class OrganizationProjectsCreateBuilder(
        OrganizationProjectsCreateSetters, RequestBuilder[Project]
    ):
        """Builder of `organization.projects.create`: `send()` returns Project."""

    class AsyncOrganizationProjectsCreateBuilder(
        OrganizationProjectsCreateSetters, AsyncRequestBuilder[Project]
    ):
        """Async builder of `organization.projects.create`: `await send()` returns Project."""

    class OrganizationProjectsDataRetentionRetrieveBuilder(
        OrganizationProjectsDataRetentionRetrieveSetters, RequestBuilder[ProjectDataRetention]
    ):
        """Builder of `organization.projects.data_retention.retrieve`: `send()` returns ProjectDataRetention."""

    class AsyncOrganizationProjectsDataRetentionRetrieveBuilder(
        OrganizationProjectsDataRetentionRetrieveSetters, AsyncRequestBuilder[ProjectDataRetention]
    ):
        """Async builder of `organization.projects.data_retention.retrieve`: `await send()` returns ProjectDataRetention."""

    class OrganizationProjectsDataRetentionUpdateBuilder(
        OrganizationProjectsDataRetentionUpdateSetters, RequestBuilder[ProjectDataRetention]
    ):
        """Builder of `organization.projects.data_retention.update`: `send()` returns ProjectDataRetention."""

    class AsyncOrganizationProjectsDataRetentionUpdateBuilder(
        OrganizationProjectsDataRetentionUpdateSetters, AsyncRequestBuilder[ProjectDataRetention]
    ):
        """Async builder of `organization.projects.data_retention.update`: `await send()` returns ProjectDataRetention."""

    class OrganizationProjectsGroupsCreateBuilder(
        OrganizationProjectsGroupsCreateSetters, RequestBuilder[ProjectGroup]
    ):
        """Builder of `organization.projects.groups.create`: `send()` returns ProjectGroup."""

    class AsyncOrganizationProjectsGroupsCreateBuilder(
        OrganizationProjectsGroupsCreateSetters, AsyncRequestBuilder[ProjectGroup]
    ):
        """Async builder of `organization.projects.groups.create`: `await send()` returns ProjectGroup."""

    class OrganizationProjectsGroupsDeleteBuilder(
        OrganizationProjectsGroupsDeleteSetters, RequestBuilder[ProjectGroupDeletedResource]
    ):
        """Builder of `organization.projects.groups.delete`: `send()` returns ProjectGroupDeletedResource."""

    class AsyncOrganizationProjectsGroupsDeleteBuilder(
        OrganizationProjectsGroupsDeleteSetters, AsyncRequestBuilder[ProjectGroupDeletedResource]
    ):
        """Async builder of `organization.projects.groups.delete`: `await send()` returns ProjectGroupDeletedResource."""

    class OrganizationProjectsGroupsListBuilder(OrganizationProjectsGroupsListSetters, ListBuilder):
        """Builder of `organization.projects.groups.list`: `send()` returns a Page of ProjectGroup."""

        def send(self) -> Page[ProjectGroup]: ...
        def send_with_meta(self) -> ApiResponse[Page[ProjectGroup]]: ...
        def iter_all(self) -> Iterator[ProjectGroup]: ...

    class AsyncOrganizationProjectsGroupsListBuilder(
        OrganizationProjectsGroupsListSetters, AsyncListBuilder
    ):
        """Async builder of `organization.projects.groups.list`: `await send()` returns a Page of ProjectGroup."""

        async def send(self) -> AsyncPage[ProjectGroup]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[ProjectGroup]]: ...
        def iter_all(self) -> AsyncIterator[ProjectGroup]: ...

    class OrganizationProjectsGroupsRetrieveBuilder(
        OrganizationProjectsGroupsRetrieveSetters, RequestBuilder[ProjectGroup]
    ):
        """Builder of `organization.projects.groups.retrieve`: `send()` returns ProjectGroup."""

    class AsyncOrganizationProjectsGroupsRetrieveBuilder(
        OrganizationProjectsGroupsRetrieveSetters, AsyncRequestBuilder[ProjectGroup]
    ):
        """Async builder of `organization.projects.groups.retrieve`: `await send()` returns ProjectGroup."""

    class OrganizationProjectsHostedToolPermissionsRetrieveBuilder(
        OrganizationProjectsHostedToolPermissionsRetrieveSetters,
        RequestBuilder[ProjectHostedToolPermissions],
    ):
        """Builder of `organization.projects.hosted_tool_permissions.retrieve`: `send()` returns ProjectHostedToolPermissions."""

    class AsyncOrganizationProjectsHostedToolPermissionsRetrieveBuilder(
        OrganizationProjectsHostedToolPermissionsRetrieveSetters,
        AsyncRequestBuilder[ProjectHostedToolPermissions],
    ):
        """Async builder of `organization.projects.hosted_tool_permissions.retrieve`: `await send()` returns ProjectHostedToolPermissions."""

    class OrganizationProjectsHostedToolPermissionsUpdateBuilder(
        OrganizationProjectsHostedToolPermissionsUpdateSetters,
        RequestBuilder[ProjectHostedToolPermissions],
    ):
        """Builder of `organization.projects.hosted_tool_permissions.update`: `send()` returns ProjectHostedToolPermissions."""

    class AsyncOrganizationProjectsHostedToolPermissionsUpdateBuilder(
        OrganizationProjectsHostedToolPermissionsUpdateSetters,
        AsyncRequestBuilder[ProjectHostedToolPermissions],
    ):
        """Async builder of `organization.projects.hosted_tool_permissions.update`: `await send()` returns ProjectHostedToolPermissions."""

    class OrganizationProjectsListBuilder(OrganizationProjectsListSetters, ListBuilder):
        """Builder of `organization.projects.list`: `send()` returns a Page of Project."""

        def send(self) -> Page[Project]: ...
        def send_with_meta(self) -> ApiResponse[Page[Project]]: ...
        def iter_all(self) -> Iterator[Project]: ...

    class AsyncOrganizationProjectsListBuilder(OrganizationProjectsListSetters, AsyncListBuilder):
        """Async builder of `organization.projects.list`: `await send()` returns a Page of Project."""

        async def send(self) -> AsyncPage[Project]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[Project]]: ...
        def iter_all(self) -> AsyncIterator[Project]: ...

    class OrganizationProjectsModelPermissionsCreateBuilder(
        OrganizationProjectsModelPermissionsCreateSetters, RequestBuilder[ProjectModelPermissions]
    ):
        """Builder of `organization.projects.model_permissions.create`: `send()` returns ProjectModelPermissions."""

    class AsyncOrganizationProjectsModelPermissionsCreateBuilder(
        OrganizationProjectsModelPermissionsCreateSetters,
        AsyncRequestBuilder[ProjectModelPermissions],
    ):
        """Async builder of `organization.projects.model_permissions.create`: `await send()` returns ProjectModelPermissions."""

    class OrganizationProjectsModelPermissionsDeleteBuilder(
        OrganizationProjectsModelPermissionsDeleteSetters,
        RequestBuilder[ProjectModelPermissionsDeleteResponse],
    ):
        """Builder of `organization.projects.model_permissions.delete`: `send()` returns ProjectModelPermissionsDeleteResponse."""

    class AsyncOrganizationProjectsModelPermissionsDeleteBuilder(
        OrganizationProjectsModelPermissionsDeleteSetters,
        AsyncRequestBuilder[ProjectModelPermissionsDeleteResponse],
    ):
        """Async builder of `organization.projects.model_permissions.delete`: `await send()` returns ProjectModelPermissionsDeleteResponse."""

    class OrganizationProjectsModelPermissionsRetrieveBuilder(
        OrganizationProjectsModelPermissionsRetrieveSetters, RequestBuilder[ProjectModelPermissions]
    ):
        """Builder of `organization.projects.model_permissions.retrieve`: `send()` returns ProjectModelPermissions."""

    class AsyncOrganizationProjectsModelPermissionsRetrieveBuilder(
        OrganizationProjectsModelPermissionsRetrieveSetters,
        AsyncRequestBuilder[ProjectModelPermissions],
    ):
        """Async builder of `organization.projects.model_permissions.retrieve`: `await send()` returns ProjectModelPermissions."""

    class OrganizationProjectsRateLimitsListBuilder(
        OrganizationProjectsRateLimitsListSetters, ListBuilder
    ):
        """Builder of `organization.projects.rate_limits.list`: `send()` returns a Page of ProjectRateLimit."""

        def send(self) -> Page[ProjectRateLimit]: ...
        def send_with_meta(self) -> ApiResponse[Page[ProjectRateLimit]]: ...
        def iter_all(self) -> Iterator[ProjectRateLimit]: ...

    class AsyncOrganizationProjectsRateLimitsListBuilder(
        OrganizationProjectsRateLimitsListSetters, AsyncListBuilder
    ):
        """Async builder of `organization.projects.rate_limits.list`: `await send()` returns a Page of ProjectRateLimit."""

        async def send(self) -> AsyncPage[ProjectRateLimit]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[ProjectRateLimit]]: ...
        def iter_all(self) -> AsyncIterator[ProjectRateLimit]: ...

    class OrganizationProjectsRateLimitsUpdateBuilder(
        OrganizationProjectsRateLimitsUpdateSetters, RequestBuilder[ProjectRateLimit]
    ):
        """Builder of `organization.projects.rate_limits.update`: `send()` returns ProjectRateLimit."""

    class AsyncOrganizationProjectsRateLimitsUpdateBuilder(
        OrganizationProjectsRateLimitsUpdateSetters, AsyncRequestBuilder[ProjectRateLimit]
    ):
        """Async builder of `organization.projects.rate_limits.update`: `await send()` returns ProjectRateLimit."""

    class OrganizationProjectsRetrieveBuilder(
        OrganizationProjectsRetrieveSetters, RequestBuilder[Project]
    ):
        """Builder of `organization.projects.retrieve`: `send()` returns Project."""

    class AsyncOrganizationProjectsRetrieveBuilder(
        OrganizationProjectsRetrieveSetters, AsyncRequestBuilder[Project]
    ):
        """Async builder of `organization.projects.retrieve`: `await send()` returns Project."""

    class OrganizationProjectsServiceAccountsApiKeysBuilder(
        OrganizationProjectsServiceAccountsApiKeysSetters, RequestBuilder[ServiceAccountApiKeyBody]
    ):
        """Builder of `organization.projects.service_accounts.api_keys`: `send()` returns ServiceAccountApiKeyBody."""

    class AsyncOrganizationProjectsServiceAccountsApiKeysBuilder(
        OrganizationProjectsServiceAccountsApiKeysSetters,
        AsyncRequestBuilder[ServiceAccountApiKeyBody],
    ):
        """Async builder of `organization.projects.service_accounts.api_keys`: `await send()` returns ServiceAccountApiKeyBody."""

    class OrganizationProjectsServiceAccountsCreateBuilder(
        OrganizationProjectsServiceAccountsCreateSetters,
        RequestBuilder[ProjectServiceAccountCreateResponse],
    ):
        """Builder of `organization.projects.service_accounts.create`: `send()` returns ProjectServiceAccountCreateResponse."""

    class AsyncOrganizationProjectsServiceAccountsCreateBuilder(
        OrganizationProjectsServiceAccountsCreateSetters,
        AsyncRequestBuilder[ProjectServiceAccountCreateResponse],
    ):
        """Async builder of `organization.projects.service_accounts.create`: `await send()` returns ProjectServiceAccountCreateResponse."""

    class OrganizationProjectsServiceAccountsDeleteBuilder(
        OrganizationProjectsServiceAccountsDeleteSetters,
        RequestBuilder[ProjectServiceAccountDeleteResponse],
    ):
        """Builder of `organization.projects.service_accounts.delete`: `send()` returns ProjectServiceAccountDeleteResponse."""

    class AsyncOrganizationProjectsServiceAccountsDeleteBuilder(
        OrganizationProjectsServiceAccountsDeleteSetters,
        AsyncRequestBuilder[ProjectServiceAccountDeleteResponse],
    ):
        """Async builder of `organization.projects.service_accounts.delete`: `await send()` returns ProjectServiceAccountDeleteResponse."""

    class OrganizationProjectsServiceAccountsListBuilder(
        OrganizationProjectsServiceAccountsListSetters, ListBuilder
    ):
        """Builder of `organization.projects.service_accounts.list`: `send()` returns a Page of ProjectServiceAccount."""

        def send(self) -> Page[ProjectServiceAccount]: ...
        def send_with_meta(self) -> ApiResponse[Page[ProjectServiceAccount]]: ...
        def iter_all(self) -> Iterator[ProjectServiceAccount]: ...

    class AsyncOrganizationProjectsServiceAccountsListBuilder(
        OrganizationProjectsServiceAccountsListSetters, AsyncListBuilder
    ):
        """Async builder of `organization.projects.service_accounts.list`: `await send()` returns a Page of ProjectServiceAccount."""

        async def send(self) -> AsyncPage[ProjectServiceAccount]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[ProjectServiceAccount]]: ...
        def iter_all(self) -> AsyncIterator[ProjectServiceAccount]: ...

    class OrganizationProjectsServiceAccountsRetrieveBuilder(
        OrganizationProjectsServiceAccountsRetrieveSetters, RequestBuilder[ProjectServiceAccount]
    ):
        """Builder of `organization.projects.service_accounts.retrieve`: `send()` returns ProjectServiceAccount."""

    class AsyncOrganizationProjectsServiceAccountsRetrieveBuilder(
        OrganizationProjectsServiceAccountsRetrieveSetters,
        AsyncRequestBuilder[ProjectServiceAccount],
    ):
        """Async builder of `organization.projects.service_accounts.retrieve`: `await send()` returns ProjectServiceAccount."""

    class OrganizationProjectsServiceAccountsUpdateBuilder(
        OrganizationProjectsServiceAccountsUpdateSetters, RequestBuilder[ProjectServiceAccount]
    ):
        """Builder of `organization.projects.service_accounts.update`: `send()` returns ProjectServiceAccount."""

    class AsyncOrganizationProjectsServiceAccountsUpdateBuilder(
        OrganizationProjectsServiceAccountsUpdateSetters, AsyncRequestBuilder[ProjectServiceAccount]
    ):
        """Async builder of `organization.projects.service_accounts.update`: `await send()` returns ProjectServiceAccount."""

    class OrganizationProjectsSpendAlertsCreateBuilder(
        OrganizationProjectsSpendAlertsCreateSetters, RequestBuilder[ProjectSpendAlert]
    ):
        """Builder of `organization.projects.spend_alerts.create`: `send()` returns ProjectSpendAlert."""

    class AsyncOrganizationProjectsSpendAlertsCreateBuilder(
        OrganizationProjectsSpendAlertsCreateSetters, AsyncRequestBuilder[ProjectSpendAlert]
    ):
        """Async builder of `organization.projects.spend_alerts.create`: `await send()` returns ProjectSpendAlert."""

    class OrganizationProjectsSpendAlertsDeleteBuilder(
        OrganizationProjectsSpendAlertsDeleteSetters,
        RequestBuilder[ProjectSpendAlertDeletedResource],
    ):
        """Builder of `organization.projects.spend_alerts.delete`: `send()` returns ProjectSpendAlertDeletedResource."""

    class AsyncOrganizationProjectsSpendAlertsDeleteBuilder(
        OrganizationProjectsSpendAlertsDeleteSetters,
        AsyncRequestBuilder[ProjectSpendAlertDeletedResource],
    ):
        """Async builder of `organization.projects.spend_alerts.delete`: `await send()` returns ProjectSpendAlertDeletedResource."""

    class OrganizationProjectsSpendAlertsListBuilder(
        OrganizationProjectsSpendAlertsListSetters, ListBuilder
    ):
        """Builder of `organization.projects.spend_alerts.list`: `send()` returns a Page of ProjectSpendAlert."""

        def send(self) -> Page[ProjectSpendAlert]: ...
        def send_with_meta(self) -> ApiResponse[Page[ProjectSpendAlert]]: ...
        def iter_all(self) -> Iterator[ProjectSpendAlert]: ...

    class AsyncOrganizationProjectsSpendAlertsListBuilder(
        OrganizationProjectsSpendAlertsListSetters, AsyncListBuilder
    ):
        """Async builder of `organization.projects.spend_alerts.list`: `await send()` returns a Page of ProjectSpendAlert."""

        async def send(self) -> AsyncPage[ProjectSpendAlert]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[ProjectSpendAlert]]: ...
        def iter_all(self) -> AsyncIterator[ProjectSpendAlert]: ...

    class OrganizationProjectsSpendAlertsRetrieveBuilder(
        OrganizationProjectsSpendAlertsRetrieveSetters, RequestBuilder[ProjectSpendAlert]
    ):
        """Builder of `organization.projects.spend_alerts.retrieve`: `send()` returns ProjectSpendAlert."""

    class AsyncOrganizationProjectsSpendAlertsRetrieveBuilder(
        OrganizationProjectsSpendAlertsRetrieveSetters, AsyncRequestBuilder[ProjectSpendAlert]
    ):
        """Async builder of `organization.projects.spend_alerts.retrieve`: `await send()` returns ProjectSpendAlert."""

    class OrganizationProjectsSpendAlertsUpdateBuilder(
        OrganizationProjectsSpendAlertsUpdateSetters, RequestBuilder[ProjectSpendAlert]
    ):
        """Builder of `organization.projects.spend_alerts.update`: `send()` returns ProjectSpendAlert."""

    class AsyncOrganizationProjectsSpendAlertsUpdateBuilder(
        OrganizationProjectsSpendAlertsUpdateSetters, AsyncRequestBuilder[ProjectSpendAlert]
    ):
        """Async builder of `organization.projects.spend_alerts.update`: `await send()` returns ProjectSpendAlert."""

    class OrganizationProjectsSpendLimitCreateBuilder(
        OrganizationProjectsSpendLimitCreateSetters, RequestBuilder[ProjectSpendLimitResource]
    ):
        """Builder of `organization.projects.spend_limit.create`: `send()` returns ProjectSpendLimitResource."""

    class AsyncOrganizationProjectsSpendLimitCreateBuilder(
        OrganizationProjectsSpendLimitCreateSetters, AsyncRequestBuilder[ProjectSpendLimitResource]
    ):
        """Async builder of `organization.projects.spend_limit.create`: `await send()` returns ProjectSpendLimitResource."""

    class OrganizationProjectsSpendLimitDeleteBuilder(
        OrganizationProjectsSpendLimitDeleteSetters,
        RequestBuilder[ProjectSpendLimitDeletedResource],
    ):
        """Builder of `organization.projects.spend_limit.delete`: `send()` returns ProjectSpendLimitDeletedResource."""

    class AsyncOrganizationProjectsSpendLimitDeleteBuilder(
        OrganizationProjectsSpendLimitDeleteSetters,
        AsyncRequestBuilder[ProjectSpendLimitDeletedResource],
    ):
        """Async builder of `organization.projects.spend_limit.delete`: `await send()` returns ProjectSpendLimitDeletedResource."""

    class OrganizationProjectsSpendLimitRetrieveBuilder(
        OrganizationProjectsSpendLimitRetrieveSetters, RequestBuilder[ProjectSpendLimitResource]
    ):
        """Builder of `organization.projects.spend_limit.retrieve`: `send()` returns ProjectSpendLimitResource."""

    class AsyncOrganizationProjectsSpendLimitRetrieveBuilder(
        OrganizationProjectsSpendLimitRetrieveSetters,
        AsyncRequestBuilder[ProjectSpendLimitResource],
    ):
        """Async builder of `organization.projects.spend_limit.retrieve`: `await send()` returns ProjectSpendLimitResource."""

    class OrganizationProjectsUpdateBuilder(
        OrganizationProjectsUpdateSetters, RequestBuilder[Project]
    ):
        """Builder of `organization.projects.update`: `send()` returns Project."""

    class AsyncOrganizationProjectsUpdateBuilder(
        OrganizationProjectsUpdateSetters, AsyncRequestBuilder[Project]
    ):
        """Async builder of `organization.projects.update`: `await send()` returns Project."""

    class OrganizationProjectsUsersCreateBuilder(
        OrganizationProjectsUsersCreateSetters, RequestBuilder[ProjectUser]
    ):
        """Builder of `organization.projects.users.create`: `send()` returns ProjectUser."""

    class AsyncOrganizationProjectsUsersCreateBuilder(
        OrganizationProjectsUsersCreateSetters, AsyncRequestBuilder[ProjectUser]
    ):
        """Async builder of `organization.projects.users.create`: `await send()` returns ProjectUser."""

    class OrganizationProjectsUsersDeleteBuilder(
        OrganizationProjectsUsersDeleteSetters, RequestBuilder[ProjectUserDeleteResponse]
    ):
        """Builder of `organization.projects.users.delete`: `send()` returns ProjectUserDeleteResponse."""

    class AsyncOrganizationProjectsUsersDeleteBuilder(
        OrganizationProjectsUsersDeleteSetters, AsyncRequestBuilder[ProjectUserDeleteResponse]
    ):
        """Async builder of `organization.projects.users.delete`: `await send()` returns ProjectUserDeleteResponse."""

    class OrganizationProjectsUsersListBuilder(OrganizationProjectsUsersListSetters, ListBuilder):
        """Builder of `organization.projects.users.list`: `send()` returns a Page of ProjectUser."""

        def send(self) -> Page[ProjectUser]: ...
        def send_with_meta(self) -> ApiResponse[Page[ProjectUser]]: ...
        def iter_all(self) -> Iterator[ProjectUser]: ...

    class AsyncOrganizationProjectsUsersListBuilder(
        OrganizationProjectsUsersListSetters, AsyncListBuilder
    ):
        """Async builder of `organization.projects.users.list`: `await send()` returns a Page of ProjectUser."""

        async def send(self) -> AsyncPage[ProjectUser]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[ProjectUser]]: ...
        def iter_all(self) -> AsyncIterator[ProjectUser]: ...

    class OrganizationProjectsUsersRetrieveBuilder(
        OrganizationProjectsUsersRetrieveSetters, RequestBuilder[ProjectUser]
    ):
        """Builder of `organization.projects.users.retrieve`: `send()` returns ProjectUser."""

    class AsyncOrganizationProjectsUsersRetrieveBuilder(
        OrganizationProjectsUsersRetrieveSetters, AsyncRequestBuilder[ProjectUser]
    ):
        """Async builder of `organization.projects.users.retrieve`: `await send()` returns ProjectUser."""

    class OrganizationProjectsUsersUpdateBuilder(
        OrganizationProjectsUsersUpdateSetters, RequestBuilder[ProjectUser]
    ):
        """Builder of `organization.projects.users.update`: `send()` returns ProjectUser."""

    class AsyncOrganizationProjectsUsersUpdateBuilder(
        OrganizationProjectsUsersUpdateSetters, AsyncRequestBuilder[ProjectUser]
    ):
        """Async builder of `organization.projects.users.update`: `await send()` returns ProjectUser."""

    class OrganizationRolesCreateBuilder(OrganizationRolesCreateSetters, RequestBuilder[Role]):
        """Builder of `organization.roles.create`: `send()` returns Role."""

    class AsyncOrganizationRolesCreateBuilder(
        OrganizationRolesCreateSetters, AsyncRequestBuilder[Role]
    ):
        """Async builder of `organization.roles.create`: `await send()` returns Role."""

    class OrganizationRolesDeleteBuilder(
        OrganizationRolesDeleteSetters, RequestBuilder[RoleDeletedResource]
    ):
        """Builder of `organization.roles.delete`: `send()` returns RoleDeletedResource."""

    class AsyncOrganizationRolesDeleteBuilder(
        OrganizationRolesDeleteSetters, AsyncRequestBuilder[RoleDeletedResource]
    ):
        """Async builder of `organization.roles.delete`: `await send()` returns RoleDeletedResource."""

    class OrganizationRolesListBuilder(OrganizationRolesListSetters, ListBuilder):
        """Builder of `organization.roles.list`: `send()` returns a Page of Role."""

        def send(self) -> Page[Role]: ...
        def send_with_meta(self) -> ApiResponse[Page[Role]]: ...
        def iter_all(self) -> Iterator[Role]: ...

    class AsyncOrganizationRolesListBuilder(OrganizationRolesListSetters, AsyncListBuilder):
        """Async builder of `organization.roles.list`: `await send()` returns a Page of Role."""

        async def send(self) -> AsyncPage[Role]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[Role]]: ...
        def iter_all(self) -> AsyncIterator[Role]: ...

    class OrganizationRolesRetrieveBuilder(OrganizationRolesRetrieveSetters, RequestBuilder[Role]):
        """Builder of `organization.roles.retrieve`: `send()` returns Role."""

    class AsyncOrganizationRolesRetrieveBuilder(
        OrganizationRolesRetrieveSetters, AsyncRequestBuilder[Role]
    ):
        """Async builder of `organization.roles.retrieve`: `await send()` returns Role."""

    class OrganizationRolesUpdateBuilder(OrganizationRolesUpdateSetters, RequestBuilder[Role]):
        """Builder of `organization.roles.update`: `send()` returns Role."""

    class AsyncOrganizationRolesUpdateBuilder(
        OrganizationRolesUpdateSetters, AsyncRequestBuilder[Role]
    ):
        """Async builder of `organization.roles.update`: `await send()` returns Role."""

    class OrganizationSpendAlertsCreateBuilder(
        OrganizationSpendAlertsCreateSetters, RequestBuilder[OrganizationSpendAlert]
    ):
        """Builder of `organization.spend_alerts.create`: `send()` returns OrganizationSpendAlert."""

    class AsyncOrganizationSpendAlertsCreateBuilder(
        OrganizationSpendAlertsCreateSetters, AsyncRequestBuilder[OrganizationSpendAlert]
    ):
        """Async builder of `organization.spend_alerts.create`: `await send()` returns OrganizationSpendAlert."""

    class OrganizationSpendAlertsDeleteBuilder(
        OrganizationSpendAlertsDeleteSetters, RequestBuilder[OrganizationSpendAlertDeletedResource]
    ):
        """Builder of `organization.spend_alerts.delete`: `send()` returns OrganizationSpendAlertDeletedResource."""

    class AsyncOrganizationSpendAlertsDeleteBuilder(
        OrganizationSpendAlertsDeleteSetters,
        AsyncRequestBuilder[OrganizationSpendAlertDeletedResource],
    ):
        """Async builder of `organization.spend_alerts.delete`: `await send()` returns OrganizationSpendAlertDeletedResource."""

    class OrganizationSpendAlertsListBuilder(OrganizationSpendAlertsListSetters, ListBuilder):
        """Builder of `organization.spend_alerts.list`: `send()` returns a Page of OrganizationSpendAlert."""

        def send(self) -> Page[OrganizationSpendAlert]: ...
        def send_with_meta(self) -> ApiResponse[Page[OrganizationSpendAlert]]: ...
        def iter_all(self) -> Iterator[OrganizationSpendAlert]: ...

    class AsyncOrganizationSpendAlertsListBuilder(
        OrganizationSpendAlertsListSetters, AsyncListBuilder
    ):
        """Async builder of `organization.spend_alerts.list`: `await send()` returns a Page of OrganizationSpendAlert."""

        async def send(self) -> AsyncPage[OrganizationSpendAlert]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[OrganizationSpendAlert]]: ...
        def iter_all(self) -> AsyncIterator[OrganizationSpendAlert]: ...

    class OrganizationSpendAlertsRetrieveBuilder(
        OrganizationSpendAlertsRetrieveSetters, RequestBuilder[OrganizationSpendAlert]
    ):
        """Builder of `organization.spend_alerts.retrieve`: `send()` returns OrganizationSpendAlert."""

    class AsyncOrganizationSpendAlertsRetrieveBuilder(
        OrganizationSpendAlertsRetrieveSetters, AsyncRequestBuilder[OrganizationSpendAlert]
    ):
        """Async builder of `organization.spend_alerts.retrieve`: `await send()` returns OrganizationSpendAlert."""

    class OrganizationSpendAlertsUpdateBuilder(
        OrganizationSpendAlertsUpdateSetters, RequestBuilder[OrganizationSpendAlert]
    ):
        """Builder of `organization.spend_alerts.update`: `send()` returns OrganizationSpendAlert."""

    class AsyncOrganizationSpendAlertsUpdateBuilder(
        OrganizationSpendAlertsUpdateSetters, AsyncRequestBuilder[OrganizationSpendAlert]
    ):
        """Async builder of `organization.spend_alerts.update`: `await send()` returns OrganizationSpendAlert."""

    class OrganizationSpendLimitCreateBuilder(
        OrganizationSpendLimitCreateSetters, RequestBuilder[OrganizationSpendLimitResource]
    ):
        """Builder of `organization.spend_limit.create`: `send()` returns OrganizationSpendLimitResource."""

    class AsyncOrganizationSpendLimitCreateBuilder(
        OrganizationSpendLimitCreateSetters, AsyncRequestBuilder[OrganizationSpendLimitResource]
    ):
        """Async builder of `organization.spend_limit.create`: `await send()` returns OrganizationSpendLimitResource."""

    class OrganizationSpendLimitDeleteBuilder(
        OrganizationSpendLimitDeleteSetters, RequestBuilder[OrganizationSpendLimitDeletedResource]
    ):
        """Builder of `organization.spend_limit.delete`: `send()` returns OrganizationSpendLimitDeletedResource."""

    class AsyncOrganizationSpendLimitDeleteBuilder(
        OrganizationSpendLimitDeleteSetters,
        AsyncRequestBuilder[OrganizationSpendLimitDeletedResource],
    ):
        """Async builder of `organization.spend_limit.delete`: `await send()` returns OrganizationSpendLimitDeletedResource."""

    class OrganizationSpendLimitRetrieveBuilder(
        OrganizationSpendLimitRetrieveSetters, RequestBuilder[OrganizationSpendLimitResource]
    ):
        """Builder of `organization.spend_limit.retrieve`: `send()` returns OrganizationSpendLimitResource."""

    class AsyncOrganizationSpendLimitRetrieveBuilder(
        OrganizationSpendLimitRetrieveSetters, AsyncRequestBuilder[OrganizationSpendLimitResource]
    ):
        """Async builder of `organization.spend_limit.retrieve`: `await send()` returns OrganizationSpendLimitResource."""

    class OrganizationUsageAudioSpeechesListBuilder(
        OrganizationUsageAudioSpeechesListSetters, RequestBuilder[UsageResponse]
    ):
        """Builder of `organization.usage.audio_speeches.list`: `send()` returns UsageResponse."""

    class AsyncOrganizationUsageAudioSpeechesListBuilder(
        OrganizationUsageAudioSpeechesListSetters, AsyncRequestBuilder[UsageResponse]
    ):
        """Async builder of `organization.usage.audio_speeches.list`: `await send()` returns UsageResponse."""

    class OrganizationUsageAudioTranscriptionsListBuilder(
        OrganizationUsageAudioTranscriptionsListSetters, RequestBuilder[UsageResponse]
    ):
        """Builder of `organization.usage.audio_transcriptions.list`: `send()` returns UsageResponse."""

    class AsyncOrganizationUsageAudioTranscriptionsListBuilder(
        OrganizationUsageAudioTranscriptionsListSetters, AsyncRequestBuilder[UsageResponse]
    ):
        """Async builder of `organization.usage.audio_transcriptions.list`: `await send()` returns UsageResponse."""

    class OrganizationUsageCodeInterpreterSessionsListBuilder(
        OrganizationUsageCodeInterpreterSessionsListSetters, RequestBuilder[UsageResponse]
    ):
        """Builder of `organization.usage.code_interpreter_sessions.list`: `send()` returns UsageResponse."""

    class AsyncOrganizationUsageCodeInterpreterSessionsListBuilder(
        OrganizationUsageCodeInterpreterSessionsListSetters, AsyncRequestBuilder[UsageResponse]
    ):
        """Async builder of `organization.usage.code_interpreter_sessions.list`: `await send()` returns UsageResponse."""

    class OrganizationUsageCompletionsListBuilder(
        OrganizationUsageCompletionsListSetters, RequestBuilder[UsageResponse]
    ):
        """Builder of `organization.usage.completions.list`: `send()` returns UsageResponse."""

    class AsyncOrganizationUsageCompletionsListBuilder(
        OrganizationUsageCompletionsListSetters, AsyncRequestBuilder[UsageResponse]
    ):
        """Async builder of `organization.usage.completions.list`: `await send()` returns UsageResponse."""

    class OrganizationUsageEmbeddingsListBuilder(
        OrganizationUsageEmbeddingsListSetters, RequestBuilder[UsageResponse]
    ):
        """Builder of `organization.usage.embeddings.list`: `send()` returns UsageResponse."""

    class AsyncOrganizationUsageEmbeddingsListBuilder(
        OrganizationUsageEmbeddingsListSetters, AsyncRequestBuilder[UsageResponse]
    ):
        """Async builder of `organization.usage.embeddings.list`: `await send()` returns UsageResponse."""

    class OrganizationUsageFileSearchCallsListBuilder(
        OrganizationUsageFileSearchCallsListSetters, RequestBuilder[UsageResponse]
    ):
        """Builder of `organization.usage.file_search_calls.list`: `send()` returns UsageResponse."""

    class AsyncOrganizationUsageFileSearchCallsListBuilder(
        OrganizationUsageFileSearchCallsListSetters, AsyncRequestBuilder[UsageResponse]
    ):
        """Async builder of `organization.usage.file_search_calls.list`: `await send()` returns UsageResponse."""

    class OrganizationUsageImagesListBuilder(
        OrganizationUsageImagesListSetters, RequestBuilder[UsageResponse]
    ):
        """Builder of `organization.usage.images.list`: `send()` returns UsageResponse."""

    class AsyncOrganizationUsageImagesListBuilder(
        OrganizationUsageImagesListSetters, AsyncRequestBuilder[UsageResponse]
    ):
        """Async builder of `organization.usage.images.list`: `await send()` returns UsageResponse."""

    class OrganizationUsageModerationsListBuilder(
        OrganizationUsageModerationsListSetters, RequestBuilder[UsageResponse]
    ):
        """Builder of `organization.usage.moderations.list`: `send()` returns UsageResponse."""

    class AsyncOrganizationUsageModerationsListBuilder(
        OrganizationUsageModerationsListSetters, AsyncRequestBuilder[UsageResponse]
    ):
        """Async builder of `organization.usage.moderations.list`: `await send()` returns UsageResponse."""

    class OrganizationUsageVectorStoresListBuilder(
        OrganizationUsageVectorStoresListSetters, RequestBuilder[UsageResponse]
    ):
        """Builder of `organization.usage.vector_stores.list`: `send()` returns UsageResponse."""

    class AsyncOrganizationUsageVectorStoresListBuilder(
        OrganizationUsageVectorStoresListSetters, AsyncRequestBuilder[UsageResponse]
    ):
        """Async builder of `organization.usage.vector_stores.list`: `await send()` returns UsageResponse."""

    class OrganizationUsageWebSearchCallsListBuilder(
        OrganizationUsageWebSearchCallsListSetters, RequestBuilder[UsageResponse]
    ):
        """Builder of `organization.usage.web_search_calls.list`: `send()` returns UsageResponse."""

    class AsyncOrganizationUsageWebSearchCallsListBuilder(
        OrganizationUsageWebSearchCallsListSetters, AsyncRequestBuilder[UsageResponse]
    ):
        """Async builder of `organization.usage.web_search_calls.list`: `await send()` returns UsageResponse."""

    class OrganizationUsersDeleteBuilder(
        OrganizationUsersDeleteSetters, RequestBuilder[UserDeleteResponse]
    ):
        """Builder of `organization.users.delete`: `send()` returns UserDeleteResponse."""

    class AsyncOrganizationUsersDeleteBuilder(
        OrganizationUsersDeleteSetters, AsyncRequestBuilder[UserDeleteResponse]
    ):
        """Async builder of `organization.users.delete`: `await send()` returns UserDeleteResponse."""

    class OrganizationUsersListBuilder(OrganizationUsersListSetters, ListBuilder):
        """Builder of `organization.users.list`: `send()` returns a Page of User."""

        def send(self) -> Page[User]: ...
        def send_with_meta(self) -> ApiResponse[Page[User]]: ...
        def iter_all(self) -> Iterator[User]: ...

    class AsyncOrganizationUsersListBuilder(OrganizationUsersListSetters, AsyncListBuilder):
        """Async builder of `organization.users.list`: `await send()` returns a Page of User."""

        async def send(self) -> AsyncPage[User]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[User]]: ...
        def iter_all(self) -> AsyncIterator[User]: ...

    class OrganizationUsersRetrieveBuilder(OrganizationUsersRetrieveSetters, RequestBuilder[User]):
        """Builder of `organization.users.retrieve`: `send()` returns User."""

    class AsyncOrganizationUsersRetrieveBuilder(
        OrganizationUsersRetrieveSetters, AsyncRequestBuilder[User]
    ):
        """Async builder of `organization.users.retrieve`: `await send()` returns User."""

    class OrganizationUsersRolesCreateBuilder(
        OrganizationUsersRolesCreateSetters, RequestBuilder[UserRoleAssignment]
    ):
        """Builder of `organization.users.roles.create`: `send()` returns UserRoleAssignment."""

    class AsyncOrganizationUsersRolesCreateBuilder(
        OrganizationUsersRolesCreateSetters, AsyncRequestBuilder[UserRoleAssignment]
    ):
        """Async builder of `organization.users.roles.create`: `await send()` returns UserRoleAssignment."""

    class OrganizationUsersRolesDeleteBuilder(
        OrganizationUsersRolesDeleteSetters, RequestBuilder[DeletedRoleAssignmentResource]
    ):
        """Builder of `organization.users.roles.delete`: `send()` returns DeletedRoleAssignmentResource."""

    class AsyncOrganizationUsersRolesDeleteBuilder(
        OrganizationUsersRolesDeleteSetters, AsyncRequestBuilder[DeletedRoleAssignmentResource]
    ):
        """Async builder of `organization.users.roles.delete`: `await send()` returns DeletedRoleAssignmentResource."""

    class OrganizationUsersRolesListBuilder(OrganizationUsersRolesListSetters, ListBuilder):
        """Builder of `organization.users.roles.list`: `send()` returns a Page of AssignedRoleDetails."""

        def send(self) -> Page[AssignedRoleDetails]: ...
        def send_with_meta(self) -> ApiResponse[Page[AssignedRoleDetails]]: ...
        def iter_all(self) -> Iterator[AssignedRoleDetails]: ...

    class AsyncOrganizationUsersRolesListBuilder(
        OrganizationUsersRolesListSetters, AsyncListBuilder
    ):
        """Async builder of `organization.users.roles.list`: `await send()` returns a Page of AssignedRoleDetails."""

        async def send(self) -> AsyncPage[AssignedRoleDetails]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[AssignedRoleDetails]]: ...
        def iter_all(self) -> AsyncIterator[AssignedRoleDetails]: ...

    class OrganizationUsersRolesRetrieveBuilder(
        OrganizationUsersRolesRetrieveSetters, RequestBuilder[AssignedRoleDetails]
    ):
        """Builder of `organization.users.roles.retrieve`: `send()` returns AssignedRoleDetails."""

    class AsyncOrganizationUsersRolesRetrieveBuilder(
        OrganizationUsersRolesRetrieveSetters, AsyncRequestBuilder[AssignedRoleDetails]
    ):
        """Async builder of `organization.users.roles.retrieve`: `await send()` returns AssignedRoleDetails."""

    class OrganizationUsersUpdateBuilder(OrganizationUsersUpdateSetters, RequestBuilder[User]):
        """Builder of `organization.users.update`: `send()` returns User."""

    class AsyncOrganizationUsersUpdateBuilder(
        OrganizationUsersUpdateSetters, AsyncRequestBuilder[User]
    ):
        """Async builder of `organization.users.update`: `await send()` returns User."""
