# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Every generated type users name: the 2230 models and enum aliases (`models/`) and the
805 request TypedDicts (`params.py`). `openai_core.types` re-exports this module.

The imports are for the type checker only; at runtime `__getattr__` loads one model's module
(or params.py) when its name is first asked for.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models.active_status import ActiveStatus as ActiveStatus
    from .models.add_upload_part_request import AddUploadPartRequest as AddUploadPartRequest
    from .models.additional_tools import AdditionalTools as AdditionalTools
    from .models.additional_tools_item_param import (
        AdditionalToolsItemParam as AdditionalToolsItemParam,
    )
    from .models.admin_api_key import AdminApiKey as AdminApiKey
    from .models.admin_api_key_create_response import (
        AdminApiKeyCreateResponse as AdminApiKeyCreateResponse,
    )
    from .models.admin_api_key_create_response_owner import (
        AdminApiKeyCreateResponseOwner as AdminApiKeyCreateResponseOwner,
    )
    from .models.admin_api_key_owner import AdminApiKeyOwner as AdminApiKeyOwner
    from .models.admin_api_keys_create_body import AdminApiKeysCreateBody as AdminApiKeysCreateBody
    from .models.admin_api_keys_delete_response_200 import (
        AdminApiKeysDeleteResponse200 as AdminApiKeysDeleteResponse200,
    )
    from .models.admin_api_keys_list_order import AdminApiKeysListOrder as AdminApiKeysListOrder
    from .models.api_key_list import ApiKeyList as ApiKeyList
    from .models.apply_patch_call_output_status import (
        ApplyPatchCallOutputStatus as ApplyPatchCallOutputStatus,
    )
    from .models.apply_patch_call_output_status_param import (
        ApplyPatchCallOutputStatusParam as ApplyPatchCallOutputStatusParam,
    )
    from .models.apply_patch_call_status import ApplyPatchCallStatus as ApplyPatchCallStatus
    from .models.apply_patch_call_status_param import (
        ApplyPatchCallStatusParam as ApplyPatchCallStatusParam,
    )
    from .models.apply_patch_create_file_operation import (
        ApplyPatchCreateFileOperation as ApplyPatchCreateFileOperation,
    )
    from .models.apply_patch_create_file_operation_param import (
        ApplyPatchCreateFileOperationParam as ApplyPatchCreateFileOperationParam,
    )
    from .models.apply_patch_delete_file_operation import (
        ApplyPatchDeleteFileOperation as ApplyPatchDeleteFileOperation,
    )
    from .models.apply_patch_delete_file_operation_param import (
        ApplyPatchDeleteFileOperationParam as ApplyPatchDeleteFileOperationParam,
    )
    from .models.apply_patch_tool_call import ApplyPatchToolCall as ApplyPatchToolCall
    from .models.apply_patch_tool_call_item_param import (
        ApplyPatchToolCallItemParam as ApplyPatchToolCallItemParam,
    )
    from .models.apply_patch_tool_call_output import (
        ApplyPatchToolCallOutput as ApplyPatchToolCallOutput,
    )
    from .models.apply_patch_tool_call_output_item_param import (
        ApplyPatchToolCallOutputItemParam as ApplyPatchToolCallOutputItemParam,
    )
    from .models.apply_patch_tool_param import ApplyPatchToolParam as ApplyPatchToolParam
    from .models.apply_patch_update_file_operation import (
        ApplyPatchUpdateFileOperation as ApplyPatchUpdateFileOperation,
    )
    from .models.apply_patch_update_file_operation_param import (
        ApplyPatchUpdateFileOperationParam as ApplyPatchUpdateFileOperationParam,
    )
    from .models.approximate_location import ApproximateLocation as ApproximateLocation
    from .models.assigned_role_details import AssignedRoleDetails as AssignedRoleDetails
    from .models.assigned_role_details_assignment_sources_type_0_item import (
        AssignedRoleDetailsAssignmentSourcesType0Item as AssignedRoleDetailsAssignmentSourcesType0Item,
    )
    from .models.assigned_role_details_created_by_user_obj_type_0 import (
        AssignedRoleDetailsCreatedByUserObjType0 as AssignedRoleDetailsCreatedByUserObjType0,
    )
    from .models.assigned_role_details_metadata_type_0 import (
        AssignedRoleDetailsMetadataType0 as AssignedRoleDetailsMetadataType0,
    )
    from .models.assistant_message_item import AssistantMessageItem as AssistantMessageItem
    from .models.assistant_object import AssistantObject as AssistantObject
    from .models.assistant_object_tool_resources_type_0 import (
        AssistantObjectToolResourcesType0 as AssistantObjectToolResourcesType0,
    )
    from .models.assistant_object_tool_resources_type_0_code_interpreter import (
        AssistantObjectToolResourcesType0CodeInterpreter as AssistantObjectToolResourcesType0CodeInterpreter,
    )
    from .models.assistant_object_tool_resources_type_0_file_search import (
        AssistantObjectToolResourcesType0FileSearch as AssistantObjectToolResourcesType0FileSearch,
    )
    from .models.assistant_supported_models import (
        AssistantSupportedModels as AssistantSupportedModels,
    )
    from .models.assistant_tools_code import AssistantToolsCode as AssistantToolsCode
    from .models.assistant_tools_file_search import (
        AssistantToolsFileSearch as AssistantToolsFileSearch,
    )
    from .models.assistant_tools_file_search_file_search import (
        AssistantToolsFileSearchFileSearch as AssistantToolsFileSearchFileSearch,
    )
    from .models.assistant_tools_file_search_type_only import (
        AssistantToolsFileSearchTypeOnly as AssistantToolsFileSearchTypeOnly,
    )
    from .models.assistant_tools_function import AssistantToolsFunction as AssistantToolsFunction
    from .models.assistants_api_tool_choice_option_type_0 import (
        AssistantsApiToolChoiceOptionType0 as AssistantsApiToolChoiceOptionType0,
    )
    from .models.assistants_named_tool_choice import (
        AssistantsNamedToolChoice as AssistantsNamedToolChoice,
    )
    from .models.assistants_named_tool_choice_function import (
        AssistantsNamedToolChoiceFunction as AssistantsNamedToolChoiceFunction,
    )
    from .models.assistants_named_tool_choice_type import (
        AssistantsNamedToolChoiceType as AssistantsNamedToolChoiceType,
    )
    from .models.attachment import Attachment as Attachment
    from .models.attachment_type import AttachmentType as AttachmentType
    from .models.audio_response_format import AudioResponseFormat as AudioResponseFormat
    from .models.audio_transcription import AudioTranscription as AudioTranscription
    from .models.audio_transcription_delay import AudioTranscriptionDelay as AudioTranscriptionDelay
    from .models.audio_transcription_response import (
        AudioTranscriptionResponse as AudioTranscriptionResponse,
    )
    from .models.audit_log import AuditLog as AuditLog
    from .models.audit_log_actor import AuditLogActor as AuditLogActor
    from .models.audit_log_actor_api_key import AuditLogActorApiKey as AuditLogActorApiKey
    from .models.audit_log_actor_api_key_type import (
        AuditLogActorApiKeyType as AuditLogActorApiKeyType,
    )
    from .models.audit_log_actor_service_account import (
        AuditLogActorServiceAccount as AuditLogActorServiceAccount,
    )
    from .models.audit_log_actor_session import AuditLogActorSession as AuditLogActorSession
    from .models.audit_log_actor_type import AuditLogActorType as AuditLogActorType
    from .models.audit_log_actor_user import AuditLogActorUser as AuditLogActorUser
    from .models.audit_log_api_key_created import AuditLogApiKeyCreated as AuditLogApiKeyCreated
    from .models.audit_log_api_key_created_data import (
        AuditLogApiKeyCreatedData as AuditLogApiKeyCreatedData,
    )
    from .models.audit_log_api_key_deleted import AuditLogApiKeyDeleted as AuditLogApiKeyDeleted
    from .models.audit_log_api_key_updated import AuditLogApiKeyUpdated as AuditLogApiKeyUpdated
    from .models.audit_log_api_key_updated_changes_requested import (
        AuditLogApiKeyUpdatedChangesRequested as AuditLogApiKeyUpdatedChangesRequested,
    )
    from .models.audit_log_certificate_created import (
        AuditLogCertificateCreated as AuditLogCertificateCreated,
    )
    from .models.audit_log_certificate_deleted import (
        AuditLogCertificateDeleted as AuditLogCertificateDeleted,
    )
    from .models.audit_log_certificate_updated import (
        AuditLogCertificateUpdated as AuditLogCertificateUpdated,
    )
    from .models.audit_log_certificates_activated import (
        AuditLogCertificatesActivated as AuditLogCertificatesActivated,
    )
    from .models.audit_log_certificates_activated_certificates_item import (
        AuditLogCertificatesActivatedCertificatesItem as AuditLogCertificatesActivatedCertificatesItem,
    )
    from .models.audit_log_certificates_deactivated import (
        AuditLogCertificatesDeactivated as AuditLogCertificatesDeactivated,
    )
    from .models.audit_log_certificates_deactivated_certificates_item import (
        AuditLogCertificatesDeactivatedCertificatesItem as AuditLogCertificatesDeactivatedCertificatesItem,
    )
    from .models.audit_log_checkpoint_permission_created import (
        AuditLogCheckpointPermissionCreated as AuditLogCheckpointPermissionCreated,
    )
    from .models.audit_log_checkpoint_permission_created_data import (
        AuditLogCheckpointPermissionCreatedData as AuditLogCheckpointPermissionCreatedData,
    )
    from .models.audit_log_checkpoint_permission_deleted import (
        AuditLogCheckpointPermissionDeleted as AuditLogCheckpointPermissionDeleted,
    )
    from .models.audit_log_event_type import AuditLogEventType as AuditLogEventType
    from .models.audit_log_external_key_registered import (
        AuditLogExternalKeyRegistered as AuditLogExternalKeyRegistered,
    )
    from .models.audit_log_external_key_registered_data import (
        AuditLogExternalKeyRegisteredData as AuditLogExternalKeyRegisteredData,
    )
    from .models.audit_log_external_key_removed import (
        AuditLogExternalKeyRemoved as AuditLogExternalKeyRemoved,
    )
    from .models.audit_log_group_created import AuditLogGroupCreated as AuditLogGroupCreated
    from .models.audit_log_group_created_data import (
        AuditLogGroupCreatedData as AuditLogGroupCreatedData,
    )
    from .models.audit_log_group_deleted import AuditLogGroupDeleted as AuditLogGroupDeleted
    from .models.audit_log_group_updated import AuditLogGroupUpdated as AuditLogGroupUpdated
    from .models.audit_log_group_updated_changes_requested import (
        AuditLogGroupUpdatedChangesRequested as AuditLogGroupUpdatedChangesRequested,
    )
    from .models.audit_log_invite_accepted import AuditLogInviteAccepted as AuditLogInviteAccepted
    from .models.audit_log_invite_deleted import AuditLogInviteDeleted as AuditLogInviteDeleted
    from .models.audit_log_invite_sent import AuditLogInviteSent as AuditLogInviteSent
    from .models.audit_log_invite_sent_data import AuditLogInviteSentData as AuditLogInviteSentData
    from .models.audit_log_ip_allowlist_config_activated import (
        AuditLogIpAllowlistConfigActivated as AuditLogIpAllowlistConfigActivated,
    )
    from .models.audit_log_ip_allowlist_config_activated_configs_item import (
        AuditLogIpAllowlistConfigActivatedConfigsItem as AuditLogIpAllowlistConfigActivatedConfigsItem,
    )
    from .models.audit_log_ip_allowlist_config_deactivated import (
        AuditLogIpAllowlistConfigDeactivated as AuditLogIpAllowlistConfigDeactivated,
    )
    from .models.audit_log_ip_allowlist_config_deactivated_configs_item import (
        AuditLogIpAllowlistConfigDeactivatedConfigsItem as AuditLogIpAllowlistConfigDeactivatedConfigsItem,
    )
    from .models.audit_log_ip_allowlist_created import (
        AuditLogIpAllowlistCreated as AuditLogIpAllowlistCreated,
    )
    from .models.audit_log_ip_allowlist_deleted import (
        AuditLogIpAllowlistDeleted as AuditLogIpAllowlistDeleted,
    )
    from .models.audit_log_ip_allowlist_updated import (
        AuditLogIpAllowlistUpdated as AuditLogIpAllowlistUpdated,
    )
    from .models.audit_log_login_failed import AuditLogLoginFailed as AuditLogLoginFailed
    from .models.audit_log_login_succeeded import AuditLogLoginSucceeded as AuditLogLoginSucceeded
    from .models.audit_log_logout_failed import AuditLogLogoutFailed as AuditLogLogoutFailed
    from .models.audit_log_logout_succeeded import (
        AuditLogLogoutSucceeded as AuditLogLogoutSucceeded,
    )
    from .models.audit_log_organization_updated import (
        AuditLogOrganizationUpdated as AuditLogOrganizationUpdated,
    )
    from .models.audit_log_organization_updated_changes_requested import (
        AuditLogOrganizationUpdatedChangesRequested as AuditLogOrganizationUpdatedChangesRequested,
    )
    from .models.audit_log_project import AuditLogProject as AuditLogProject
    from .models.audit_log_project_archived import (
        AuditLogProjectArchived as AuditLogProjectArchived,
    )
    from .models.audit_log_project_created import AuditLogProjectCreated as AuditLogProjectCreated
    from .models.audit_log_project_created_data import (
        AuditLogProjectCreatedData as AuditLogProjectCreatedData,
    )
    from .models.audit_log_project_deleted import AuditLogProjectDeleted as AuditLogProjectDeleted
    from .models.audit_log_project_updated import AuditLogProjectUpdated as AuditLogProjectUpdated
    from .models.audit_log_project_updated_changes_requested import (
        AuditLogProjectUpdatedChangesRequested as AuditLogProjectUpdatedChangesRequested,
    )
    from .models.audit_log_rate_limit_deleted import (
        AuditLogRateLimitDeleted as AuditLogRateLimitDeleted,
    )
    from .models.audit_log_rate_limit_updated import (
        AuditLogRateLimitUpdated as AuditLogRateLimitUpdated,
    )
    from .models.audit_log_rate_limit_updated_changes_requested import (
        AuditLogRateLimitUpdatedChangesRequested as AuditLogRateLimitUpdatedChangesRequested,
    )
    from .models.audit_log_role_assignment_created import (
        AuditLogRoleAssignmentCreated as AuditLogRoleAssignmentCreated,
    )
    from .models.audit_log_role_assignment_deleted import (
        AuditLogRoleAssignmentDeleted as AuditLogRoleAssignmentDeleted,
    )
    from .models.audit_log_role_bound_to_resource import (
        AuditLogRoleBoundToResource as AuditLogRoleBoundToResource,
    )
    from .models.audit_log_role_bound_to_resource_source import (
        AuditLogRoleBoundToResourceSource as AuditLogRoleBoundToResourceSource,
    )
    from .models.audit_log_role_created import AuditLogRoleCreated as AuditLogRoleCreated
    from .models.audit_log_role_deleted import AuditLogRoleDeleted as AuditLogRoleDeleted
    from .models.audit_log_role_unbound_from_resource import (
        AuditLogRoleUnboundFromResource as AuditLogRoleUnboundFromResource,
    )
    from .models.audit_log_role_unbound_from_resource_source import (
        AuditLogRoleUnboundFromResourceSource as AuditLogRoleUnboundFromResourceSource,
    )
    from .models.audit_log_role_updated import AuditLogRoleUpdated as AuditLogRoleUpdated
    from .models.audit_log_role_updated_changes_requested import (
        AuditLogRoleUpdatedChangesRequested as AuditLogRoleUpdatedChangesRequested,
    )
    from .models.audit_log_role_updated_changes_requested_metadata import (
        AuditLogRoleUpdatedChangesRequestedMetadata as AuditLogRoleUpdatedChangesRequestedMetadata,
    )
    from .models.audit_log_scim_disabled import AuditLogScimDisabled as AuditLogScimDisabled
    from .models.audit_log_scim_enabled import AuditLogScimEnabled as AuditLogScimEnabled
    from .models.audit_log_service_account_created import (
        AuditLogServiceAccountCreated as AuditLogServiceAccountCreated,
    )
    from .models.audit_log_service_account_created_data import (
        AuditLogServiceAccountCreatedData as AuditLogServiceAccountCreatedData,
    )
    from .models.audit_log_service_account_deleted import (
        AuditLogServiceAccountDeleted as AuditLogServiceAccountDeleted,
    )
    from .models.audit_log_service_account_updated import (
        AuditLogServiceAccountUpdated as AuditLogServiceAccountUpdated,
    )
    from .models.audit_log_service_account_updated_changes_requested import (
        AuditLogServiceAccountUpdatedChangesRequested as AuditLogServiceAccountUpdatedChangesRequested,
    )
    from .models.audit_log_user_added import AuditLogUserAdded as AuditLogUserAdded
    from .models.audit_log_user_added_data import AuditLogUserAddedData as AuditLogUserAddedData
    from .models.audit_log_user_deleted import AuditLogUserDeleted as AuditLogUserDeleted
    from .models.audit_log_user_updated import AuditLogUserUpdated as AuditLogUserUpdated
    from .models.audit_log_user_updated_changes_requested import (
        AuditLogUserUpdatedChangesRequested as AuditLogUserUpdatedChangesRequested,
    )
    from .models.audit_log_workload_identity_provider_created import (
        AuditLogWorkloadIdentityProviderCreated as AuditLogWorkloadIdentityProviderCreated,
    )
    from .models.audit_log_workload_identity_provider_created_data import (
        AuditLogWorkloadIdentityProviderCreatedData as AuditLogWorkloadIdentityProviderCreatedData,
    )
    from .models.audit_log_workload_identity_provider_deleted import (
        AuditLogWorkloadIdentityProviderDeleted as AuditLogWorkloadIdentityProviderDeleted,
    )
    from .models.audit_log_workload_identity_provider_mapping_created import (
        AuditLogWorkloadIdentityProviderMappingCreated as AuditLogWorkloadIdentityProviderMappingCreated,
    )
    from .models.audit_log_workload_identity_provider_mapping_created_data import (
        AuditLogWorkloadIdentityProviderMappingCreatedData as AuditLogWorkloadIdentityProviderMappingCreatedData,
    )
    from .models.audit_log_workload_identity_provider_mapping_deleted import (
        AuditLogWorkloadIdentityProviderMappingDeleted as AuditLogWorkloadIdentityProviderMappingDeleted,
    )
    from .models.audit_log_workload_identity_provider_mapping_updated import (
        AuditLogWorkloadIdentityProviderMappingUpdated as AuditLogWorkloadIdentityProviderMappingUpdated,
    )
    from .models.audit_log_workload_identity_provider_mapping_updated_changes_requested import (
        AuditLogWorkloadIdentityProviderMappingUpdatedChangesRequested as AuditLogWorkloadIdentityProviderMappingUpdatedChangesRequested,
    )
    from .models.audit_log_workload_identity_provider_updated import (
        AuditLogWorkloadIdentityProviderUpdated as AuditLogWorkloadIdentityProviderUpdated,
    )
    from .models.audit_log_workload_identity_provider_updated_changes_requested import (
        AuditLogWorkloadIdentityProviderUpdatedChangesRequested as AuditLogWorkloadIdentityProviderUpdatedChangesRequested,
    )
    from .models.auto_chunking_strategy_request_param import (
        AutoChunkingStrategyRequestParam as AutoChunkingStrategyRequestParam,
    )
    from .models.auto_code_interpreter_tool_param import (
        AutoCodeInterpreterToolParam as AutoCodeInterpreterToolParam,
    )
    from .models.automatic_thread_titling_param import (
        AutomaticThreadTitlingParam as AutomaticThreadTitlingParam,
    )
    from .models.batch import Batch as Batch
    from .models.batch_error import BatchError as BatchError
    from .models.batch_errors import BatchErrors as BatchErrors
    from .models.batch_file_expiration_after import (
        BatchFileExpirationAfter as BatchFileExpirationAfter,
    )
    from .models.batch_request_counts import BatchRequestCounts as BatchRequestCounts
    from .models.batch_status import BatchStatus as BatchStatus
    from .models.batch_usage import BatchUsage as BatchUsage
    from .models.batch_usage_input_tokens_details import (
        BatchUsageInputTokensDetails as BatchUsageInputTokensDetails,
    )
    from .models.batch_usage_output_tokens_details import (
        BatchUsageOutputTokensDetails as BatchUsageOutputTokensDetails,
    )
    from .models.beta_additional_tools import BetaAdditionalTools as BetaAdditionalTools
    from .models.beta_additional_tools_item_param import (
        BetaAdditionalToolsItemParam as BetaAdditionalToolsItemParam,
    )
    from .models.beta_agent_message import BetaAgentMessage as BetaAgentMessage
    from .models.beta_agent_message_item_param import (
        BetaAgentMessageItemParam as BetaAgentMessageItemParam,
    )
    from .models.beta_agent_tag import BetaAgentTag as BetaAgentTag
    from .models.beta_agent_tag_param import BetaAgentTagParam as BetaAgentTagParam
    from .models.beta_apply_patch_call_output_status import (
        BetaApplyPatchCallOutputStatus as BetaApplyPatchCallOutputStatus,
    )
    from .models.beta_apply_patch_call_output_status_param import (
        BetaApplyPatchCallOutputStatusParam as BetaApplyPatchCallOutputStatusParam,
    )
    from .models.beta_apply_patch_call_status import (
        BetaApplyPatchCallStatus as BetaApplyPatchCallStatus,
    )
    from .models.beta_apply_patch_call_status_param import (
        BetaApplyPatchCallStatusParam as BetaApplyPatchCallStatusParam,
    )
    from .models.beta_apply_patch_create_file_operation import (
        BetaApplyPatchCreateFileOperation as BetaApplyPatchCreateFileOperation,
    )
    from .models.beta_apply_patch_create_file_operation_param import (
        BetaApplyPatchCreateFileOperationParam as BetaApplyPatchCreateFileOperationParam,
    )
    from .models.beta_apply_patch_delete_file_operation import (
        BetaApplyPatchDeleteFileOperation as BetaApplyPatchDeleteFileOperation,
    )
    from .models.beta_apply_patch_delete_file_operation_param import (
        BetaApplyPatchDeleteFileOperationParam as BetaApplyPatchDeleteFileOperationParam,
    )
    from .models.beta_apply_patch_tool_call import BetaApplyPatchToolCall as BetaApplyPatchToolCall
    from .models.beta_apply_patch_tool_call_item_param import (
        BetaApplyPatchToolCallItemParam as BetaApplyPatchToolCallItemParam,
    )
    from .models.beta_apply_patch_tool_call_output import (
        BetaApplyPatchToolCallOutput as BetaApplyPatchToolCallOutput,
    )
    from .models.beta_apply_patch_tool_call_output_item_param import (
        BetaApplyPatchToolCallOutputItemParam as BetaApplyPatchToolCallOutputItemParam,
    )
    from .models.beta_apply_patch_tool_param import (
        BetaApplyPatchToolParam as BetaApplyPatchToolParam,
    )
    from .models.beta_apply_patch_update_file_operation import (
        BetaApplyPatchUpdateFileOperation as BetaApplyPatchUpdateFileOperation,
    )
    from .models.beta_apply_patch_update_file_operation_param import (
        BetaApplyPatchUpdateFileOperationParam as BetaApplyPatchUpdateFileOperationParam,
    )
    from .models.beta_approximate_location import BetaApproximateLocation as BetaApproximateLocation
    from .models.beta_auto_code_interpreter_tool_param import (
        BetaAutoCodeInterpreterToolParam as BetaAutoCodeInterpreterToolParam,
    )
    from .models.beta_callable_tool_allowed_caller import (
        BetaCallableToolAllowedCaller as BetaCallableToolAllowedCaller,
    )
    from .models.beta_click_button_type import BetaClickButtonType as BetaClickButtonType
    from .models.beta_click_param import BetaClickParam as BetaClickParam
    from .models.beta_code_interpreter_output_image import (
        BetaCodeInterpreterOutputImage as BetaCodeInterpreterOutputImage,
    )
    from .models.beta_code_interpreter_output_logs import (
        BetaCodeInterpreterOutputLogs as BetaCodeInterpreterOutputLogs,
    )
    from .models.beta_code_interpreter_tool import (
        BetaCodeInterpreterTool as BetaCodeInterpreterTool,
    )
    from .models.beta_code_interpreter_tool_call import (
        BetaCodeInterpreterToolCall as BetaCodeInterpreterToolCall,
    )
    from .models.beta_code_interpreter_tool_call_status import (
        BetaCodeInterpreterToolCallStatus as BetaCodeInterpreterToolCallStatus,
    )
    from .models.beta_compact_resource import BetaCompactResource as BetaCompactResource
    from .models.beta_compact_response_method_public_body import (
        BetaCompactResponseMethodPublicBody as BetaCompactResponseMethodPublicBody,
    )
    from .models.beta_compaction_body import BetaCompactionBody as BetaCompactionBody
    from .models.beta_compaction_summary_item_param import (
        BetaCompactionSummaryItemParam as BetaCompactionSummaryItemParam,
    )
    from .models.beta_compaction_trigger_item_param import (
        BetaCompactionTriggerItemParam as BetaCompactionTriggerItemParam,
    )
    from .models.beta_comparison_filter import BetaComparisonFilter as BetaComparisonFilter
    from .models.beta_comparison_filter_type import (
        BetaComparisonFilterType as BetaComparisonFilterType,
    )
    from .models.beta_compound_filter import BetaCompoundFilter as BetaCompoundFilter
    from .models.beta_compound_filter_type import BetaCompoundFilterType as BetaCompoundFilterType
    from .models.beta_computer_call_output_item_param import (
        BetaComputerCallOutputItemParam as BetaComputerCallOutputItemParam,
    )
    from .models.beta_computer_call_output_status import (
        BetaComputerCallOutputStatus as BetaComputerCallOutputStatus,
    )
    from .models.beta_computer_call_safety_check_param import (
        BetaComputerCallSafetyCheckParam as BetaComputerCallSafetyCheckParam,
    )
    from .models.beta_computer_environment import BetaComputerEnvironment as BetaComputerEnvironment
    from .models.beta_computer_screenshot_content import (
        BetaComputerScreenshotContent as BetaComputerScreenshotContent,
    )
    from .models.beta_computer_screenshot_image import (
        BetaComputerScreenshotImage as BetaComputerScreenshotImage,
    )
    from .models.beta_computer_tool import BetaComputerTool as BetaComputerTool
    from .models.beta_computer_tool_call import BetaComputerToolCall as BetaComputerToolCall
    from .models.beta_computer_tool_call_output import (
        BetaComputerToolCallOutput as BetaComputerToolCallOutput,
    )
    from .models.beta_computer_tool_call_output_resource import (
        BetaComputerToolCallOutputResource as BetaComputerToolCallOutputResource,
    )
    from .models.beta_computer_tool_call_output_resource_status import (
        BetaComputerToolCallOutputResourceStatus as BetaComputerToolCallOutputResourceStatus,
    )
    from .models.beta_computer_tool_call_output_status import (
        BetaComputerToolCallOutputStatus as BetaComputerToolCallOutputStatus,
    )
    from .models.beta_computer_tool_call_status import (
        BetaComputerToolCallStatus as BetaComputerToolCallStatus,
    )
    from .models.beta_computer_use_preview_tool import (
        BetaComputerUsePreviewTool as BetaComputerUsePreviewTool,
    )
    from .models.beta_container_auto_param import BetaContainerAutoParam as BetaContainerAutoParam
    from .models.beta_container_file_citation_body import (
        BetaContainerFileCitationBody as BetaContainerFileCitationBody,
    )
    from .models.beta_container_file_citation_param import (
        BetaContainerFileCitationParam as BetaContainerFileCitationParam,
    )
    from .models.beta_container_memory_limit import (
        BetaContainerMemoryLimit as BetaContainerMemoryLimit,
    )
    from .models.beta_container_network_policy_allowlist_param import (
        BetaContainerNetworkPolicyAllowlistParam as BetaContainerNetworkPolicyAllowlistParam,
    )
    from .models.beta_container_network_policy_disabled_param import (
        BetaContainerNetworkPolicyDisabledParam as BetaContainerNetworkPolicyDisabledParam,
    )
    from .models.beta_container_network_policy_domain_secret_param import (
        BetaContainerNetworkPolicyDomainSecretParam as BetaContainerNetworkPolicyDomainSecretParam,
    )
    from .models.beta_container_reference_param import (
        BetaContainerReferenceParam as BetaContainerReferenceParam,
    )
    from .models.beta_container_reference_resource import (
        BetaContainerReferenceResource as BetaContainerReferenceResource,
    )
    from .models.beta_context_management_param import (
        BetaContextManagementParam as BetaContextManagementParam,
    )
    from .models.beta_conversation_param_2 import BetaConversationParam2 as BetaConversationParam2
    from .models.beta_coord_param import BetaCoordParam as BetaCoordParam
    from .models.beta_create_model_response_properties import (
        BetaCreateModelResponseProperties as BetaCreateModelResponseProperties,
    )
    from .models.beta_create_model_response_properties_prompt_cache_retention_type_0 import (
        BetaCreateModelResponsePropertiesPromptCacheRetentionType0 as BetaCreateModelResponsePropertiesPromptCacheRetentionType0,
    )
    from .models.beta_create_response import BetaCreateResponse as BetaCreateResponse
    from .models.beta_create_response_prompt_cache_retention_type_0 import (
        BetaCreateResponsePromptCacheRetentionType0 as BetaCreateResponsePromptCacheRetentionType0,
    )
    from .models.beta_create_response_truncation_type_0 import (
        BetaCreateResponseTruncationType0 as BetaCreateResponseTruncationType0,
    )
    from .models.beta_custom_grammar_format_param import (
        BetaCustomGrammarFormatParam as BetaCustomGrammarFormatParam,
    )
    from .models.beta_custom_text_format_param import (
        BetaCustomTextFormatParam as BetaCustomTextFormatParam,
    )
    from .models.beta_custom_tool_call import BetaCustomToolCall as BetaCustomToolCall
    from .models.beta_custom_tool_call_output import (
        BetaCustomToolCallOutput as BetaCustomToolCallOutput,
    )
    from .models.beta_custom_tool_call_output_resource import (
        BetaCustomToolCallOutputResource as BetaCustomToolCallOutputResource,
    )
    from .models.beta_custom_tool_call_resource import (
        BetaCustomToolCallResource as BetaCustomToolCallResource,
    )
    from .models.beta_custom_tool_param import BetaCustomToolParam as BetaCustomToolParam
    from .models.beta_detail_enum import BetaDetailEnum as BetaDetailEnum
    from .models.beta_direct_tool_call_caller import (
        BetaDirectToolCallCaller as BetaDirectToolCallCaller,
    )
    from .models.beta_direct_tool_call_caller_param import (
        BetaDirectToolCallCallerParam as BetaDirectToolCallCallerParam,
    )
    from .models.beta_double_click_action import BetaDoubleClickAction as BetaDoubleClickAction
    from .models.beta_drag_param import BetaDragParam as BetaDragParam
    from .models.beta_easy_input_message import BetaEasyInputMessage as BetaEasyInputMessage
    from .models.beta_easy_input_message_role import (
        BetaEasyInputMessageRole as BetaEasyInputMessageRole,
    )
    from .models.beta_empty_model_param import BetaEmptyModelParam as BetaEmptyModelParam
    from .models.beta_encrypted_content import BetaEncryptedContent as BetaEncryptedContent
    from .models.beta_encrypted_content_param import (
        BetaEncryptedContentParam as BetaEncryptedContentParam,
    )
    from .models.beta_error import BetaError as BetaError
    from .models.beta_error_payload import BetaErrorPayload as BetaErrorPayload
    from .models.beta_error_payload_headers import (
        BetaErrorPayloadHeaders as BetaErrorPayloadHeaders,
    )
    from .models.beta_file_citation_body import BetaFileCitationBody as BetaFileCitationBody
    from .models.beta_file_citation_param import BetaFileCitationParam as BetaFileCitationParam
    from .models.beta_file_detail_enum import BetaFileDetailEnum as BetaFileDetailEnum
    from .models.beta_file_input_detail import BetaFileInputDetail as BetaFileInputDetail
    from .models.beta_file_path import BetaFilePath as BetaFilePath
    from .models.beta_file_search_tool import BetaFileSearchTool as BetaFileSearchTool
    from .models.beta_file_search_tool_call import BetaFileSearchToolCall as BetaFileSearchToolCall
    from .models.beta_file_search_tool_call_results_type_0_item import (
        BetaFileSearchToolCallResultsType0Item as BetaFileSearchToolCallResultsType0Item,
    )
    from .models.beta_file_search_tool_call_status import (
        BetaFileSearchToolCallStatus as BetaFileSearchToolCallStatus,
    )
    from .models.beta_function_call_item_status import (
        BetaFunctionCallItemStatus as BetaFunctionCallItemStatus,
    )
    from .models.beta_function_call_output_item_param import (
        BetaFunctionCallOutputItemParam as BetaFunctionCallOutputItemParam,
    )
    from .models.beta_function_call_output_status_enum import (
        BetaFunctionCallOutputStatusEnum as BetaFunctionCallOutputStatusEnum,
    )
    from .models.beta_function_call_status import BetaFunctionCallStatus as BetaFunctionCallStatus
    from .models.beta_function_shell_action import (
        BetaFunctionShellAction as BetaFunctionShellAction,
    )
    from .models.beta_function_shell_action_param import (
        BetaFunctionShellActionParam as BetaFunctionShellActionParam,
    )
    from .models.beta_function_shell_call import BetaFunctionShellCall as BetaFunctionShellCall
    from .models.beta_function_shell_call_item_param import (
        BetaFunctionShellCallItemParam as BetaFunctionShellCallItemParam,
    )
    from .models.beta_function_shell_call_item_status import (
        BetaFunctionShellCallItemStatus as BetaFunctionShellCallItemStatus,
    )
    from .models.beta_function_shell_call_output import (
        BetaFunctionShellCallOutput as BetaFunctionShellCallOutput,
    )
    from .models.beta_function_shell_call_output_content import (
        BetaFunctionShellCallOutputContent as BetaFunctionShellCallOutputContent,
    )
    from .models.beta_function_shell_call_output_content_param import (
        BetaFunctionShellCallOutputContentParam as BetaFunctionShellCallOutputContentParam,
    )
    from .models.beta_function_shell_call_output_exit_outcome import (
        BetaFunctionShellCallOutputExitOutcome as BetaFunctionShellCallOutputExitOutcome,
    )
    from .models.beta_function_shell_call_output_exit_outcome_param import (
        BetaFunctionShellCallOutputExitOutcomeParam as BetaFunctionShellCallOutputExitOutcomeParam,
    )
    from .models.beta_function_shell_call_output_item_param import (
        BetaFunctionShellCallOutputItemParam as BetaFunctionShellCallOutputItemParam,
    )
    from .models.beta_function_shell_call_output_status_enum import (
        BetaFunctionShellCallOutputStatusEnum as BetaFunctionShellCallOutputStatusEnum,
    )
    from .models.beta_function_shell_call_output_timeout_outcome import (
        BetaFunctionShellCallOutputTimeoutOutcome as BetaFunctionShellCallOutputTimeoutOutcome,
    )
    from .models.beta_function_shell_call_output_timeout_outcome_param import (
        BetaFunctionShellCallOutputTimeoutOutcomeParam as BetaFunctionShellCallOutputTimeoutOutcomeParam,
    )
    from .models.beta_function_shell_call_status import (
        BetaFunctionShellCallStatus as BetaFunctionShellCallStatus,
    )
    from .models.beta_function_shell_tool_param import (
        BetaFunctionShellToolParam as BetaFunctionShellToolParam,
    )
    from .models.beta_function_tool import BetaFunctionTool as BetaFunctionTool
    from .models.beta_function_tool_call import BetaFunctionToolCall as BetaFunctionToolCall
    from .models.beta_function_tool_call_output import (
        BetaFunctionToolCallOutput as BetaFunctionToolCallOutput,
    )
    from .models.beta_function_tool_call_output_resource import (
        BetaFunctionToolCallOutputResource as BetaFunctionToolCallOutputResource,
    )
    from .models.beta_function_tool_call_output_resource_status import (
        BetaFunctionToolCallOutputResourceStatus as BetaFunctionToolCallOutputResourceStatus,
    )
    from .models.beta_function_tool_call_output_status import (
        BetaFunctionToolCallOutputStatus as BetaFunctionToolCallOutputStatus,
    )
    from .models.beta_function_tool_call_resource import (
        BetaFunctionToolCallResource as BetaFunctionToolCallResource,
    )
    from .models.beta_function_tool_call_resource_status import (
        BetaFunctionToolCallResourceStatus as BetaFunctionToolCallResourceStatus,
    )
    from .models.beta_function_tool_call_status import (
        BetaFunctionToolCallStatus as BetaFunctionToolCallStatus,
    )
    from .models.beta_function_tool_output_schema_type_0 import (
        BetaFunctionToolOutputSchemaType0 as BetaFunctionToolOutputSchemaType0,
    )
    from .models.beta_function_tool_param import BetaFunctionToolParam as BetaFunctionToolParam
    from .models.beta_function_tool_param_output_schema_type_0 import (
        BetaFunctionToolParamOutputSchemaType0 as BetaFunctionToolParamOutputSchemaType0,
    )
    from .models.beta_function_tool_parameters_type_0 import (
        BetaFunctionToolParametersType0 as BetaFunctionToolParametersType0,
    )
    from .models.beta_grammar_syntax_1 import BetaGrammarSyntax1 as BetaGrammarSyntax1
    from .models.beta_http_error import BetaHTTPError as BetaHTTPError
    from .models.beta_hybrid_search_options import (
        BetaHybridSearchOptions as BetaHybridSearchOptions,
    )
    from .models.beta_image_detail import BetaImageDetail as BetaImageDetail
    from .models.beta_image_gen_action_enum import BetaImageGenActionEnum as BetaImageGenActionEnum
    from .models.beta_image_gen_tool import BetaImageGenTool as BetaImageGenTool
    from .models.beta_image_gen_tool_background import (
        BetaImageGenToolBackground as BetaImageGenToolBackground,
    )
    from .models.beta_image_gen_tool_call import BetaImageGenToolCall as BetaImageGenToolCall
    from .models.beta_image_gen_tool_call_status import (
        BetaImageGenToolCallStatus as BetaImageGenToolCallStatus,
    )
    from .models.beta_image_gen_tool_input_image_mask import (
        BetaImageGenToolInputImageMask as BetaImageGenToolInputImageMask,
    )
    from .models.beta_image_gen_tool_moderation import (
        BetaImageGenToolModeration as BetaImageGenToolModeration,
    )
    from .models.beta_image_gen_tool_output_format import (
        BetaImageGenToolOutputFormat as BetaImageGenToolOutputFormat,
    )
    from .models.beta_image_gen_tool_quality import (
        BetaImageGenToolQuality as BetaImageGenToolQuality,
    )
    from .models.beta_include_enum import BetaIncludeEnum as BetaIncludeEnum
    from .models.beta_inline_skill_param import BetaInlineSkillParam as BetaInlineSkillParam
    from .models.beta_inline_skill_source_param import (
        BetaInlineSkillSourceParam as BetaInlineSkillSourceParam,
    )
    from .models.beta_input_audio import BetaInputAudio as BetaInputAudio
    from .models.beta_input_audio_input_audio import (
        BetaInputAudioInputAudio as BetaInputAudioInputAudio,
    )
    from .models.beta_input_audio_input_audio_format import (
        BetaInputAudioInputAudioFormat as BetaInputAudioInputAudioFormat,
    )
    from .models.beta_input_fidelity import BetaInputFidelity as BetaInputFidelity
    from .models.beta_input_file_content import BetaInputFileContent as BetaInputFileContent
    from .models.beta_input_file_content_param import (
        BetaInputFileContentParam as BetaInputFileContentParam,
    )
    from .models.beta_input_image_content import BetaInputImageContent as BetaInputImageContent
    from .models.beta_input_image_content_param_auto_param import (
        BetaInputImageContentParamAutoParam as BetaInputImageContentParamAutoParam,
    )
    from .models.beta_input_message import BetaInputMessage as BetaInputMessage
    from .models.beta_input_message_resource import (
        BetaInputMessageResource as BetaInputMessageResource,
    )
    from .models.beta_input_message_resource_role import (
        BetaInputMessageResourceRole as BetaInputMessageResourceRole,
    )
    from .models.beta_input_message_resource_status import (
        BetaInputMessageResourceStatus as BetaInputMessageResourceStatus,
    )
    from .models.beta_input_message_role import BetaInputMessageRole as BetaInputMessageRole
    from .models.beta_input_message_status import BetaInputMessageStatus as BetaInputMessageStatus
    from .models.beta_input_text_content import BetaInputTextContent as BetaInputTextContent
    from .models.beta_input_text_content_param import (
        BetaInputTextContentParam as BetaInputTextContentParam,
    )
    from .models.beta_item_reference_param import BetaItemReferenceParam as BetaItemReferenceParam
    from .models.beta_key_press_action import BetaKeyPressAction as BetaKeyPressAction
    from .models.beta_list_input_items_order import (
        BetaListInputItemsOrder as BetaListInputItemsOrder,
    )
    from .models.beta_local_environment_param import (
        BetaLocalEnvironmentParam as BetaLocalEnvironmentParam,
    )
    from .models.beta_local_environment_resource import (
        BetaLocalEnvironmentResource as BetaLocalEnvironmentResource,
    )
    from .models.beta_local_shell_exec_action import (
        BetaLocalShellExecAction as BetaLocalShellExecAction,
    )
    from .models.beta_local_shell_exec_action_env import (
        BetaLocalShellExecActionEnv as BetaLocalShellExecActionEnv,
    )
    from .models.beta_local_shell_tool_call import BetaLocalShellToolCall as BetaLocalShellToolCall
    from .models.beta_local_shell_tool_call_output import (
        BetaLocalShellToolCallOutput as BetaLocalShellToolCallOutput,
    )
    from .models.beta_local_shell_tool_call_output_status_type_0 import (
        BetaLocalShellToolCallOutputStatusType0 as BetaLocalShellToolCallOutputStatusType0,
    )
    from .models.beta_local_shell_tool_call_status import (
        BetaLocalShellToolCallStatus as BetaLocalShellToolCallStatus,
    )
    from .models.beta_local_shell_tool_param import (
        BetaLocalShellToolParam as BetaLocalShellToolParam,
    )
    from .models.beta_local_skill_param import BetaLocalSkillParam as BetaLocalSkillParam
    from .models.beta_log_prob import BetaLogProb as BetaLogProb
    from .models.beta_mcp_approval_request import BetaMCPApprovalRequest as BetaMCPApprovalRequest
    from .models.beta_mcp_approval_response import (
        BetaMCPApprovalResponse as BetaMCPApprovalResponse,
    )
    from .models.beta_mcp_approval_response_resource import (
        BetaMCPApprovalResponseResource as BetaMCPApprovalResponseResource,
    )
    from .models.beta_mcp_list_tools import BetaMCPListTools as BetaMCPListTools
    from .models.beta_mcp_list_tools_tool import BetaMCPListToolsTool as BetaMCPListToolsTool
    from .models.beta_mcp_list_tools_tool_annotations_type_0 import (
        BetaMCPListToolsToolAnnotationsType0 as BetaMCPListToolsToolAnnotationsType0,
    )
    from .models.beta_mcp_list_tools_tool_input_schema import (
        BetaMCPListToolsToolInputSchema as BetaMCPListToolsToolInputSchema,
    )
    from .models.beta_mcp_protocol_error import BetaMCPProtocolError as BetaMCPProtocolError
    from .models.beta_mcp_tool import BetaMCPTool as BetaMCPTool
    from .models.beta_mcp_tool_call import BetaMCPToolCall as BetaMCPToolCall
    from .models.beta_mcp_tool_call_status import BetaMCPToolCallStatus as BetaMCPToolCallStatus
    from .models.beta_mcp_tool_connector_id import BetaMCPToolConnectorId as BetaMCPToolConnectorId
    from .models.beta_mcp_tool_execution_error import (
        BetaMCPToolExecutionError as BetaMCPToolExecutionError,
    )
    from .models.beta_mcp_tool_filter import BetaMCPToolFilter as BetaMCPToolFilter
    from .models.beta_mcp_tool_headers_type_0 import (
        BetaMCPToolHeadersType0 as BetaMCPToolHeadersType0,
    )
    from .models.beta_mcp_tool_require_approval_type_0_type_0 import (
        BetaMCPToolRequireApprovalType0Type0 as BetaMCPToolRequireApprovalType0Type0,
    )
    from .models.beta_mcp_tool_require_approval_type_0_type_1 import (
        BetaMCPToolRequireApprovalType0Type1 as BetaMCPToolRequireApprovalType0Type1,
    )
    from .models.beta_message import BetaMessage as BetaMessage
    from .models.beta_message_phase import BetaMessagePhase as BetaMessagePhase
    from .models.beta_message_phase_2 import BetaMessagePhase2 as BetaMessagePhase2
    from .models.beta_message_role import BetaMessageRole as BetaMessageRole
    from .models.beta_message_status import BetaMessageStatus as BetaMessageStatus
    from .models.beta_metadata_type_0 import BetaMetadataType0 as BetaMetadataType0
    from .models.beta_model_ids_responses_type_1 import (
        BetaModelIdsResponsesType1 as BetaModelIdsResponsesType1,
    )
    from .models.beta_model_response_properties import (
        BetaModelResponseProperties as BetaModelResponseProperties,
    )
    from .models.beta_model_response_properties_prompt_cache_retention_type_0 import (
        BetaModelResponsePropertiesPromptCacheRetentionType0 as BetaModelResponsePropertiesPromptCacheRetentionType0,
    )
    from .models.beta_moderation import BetaModeration as BetaModeration
    from .models.beta_moderation_config_param import (
        BetaModerationConfigParam as BetaModerationConfigParam,
    )
    from .models.beta_moderation_error_body import (
        BetaModerationErrorBody as BetaModerationErrorBody,
    )
    from .models.beta_moderation_input_type import (
        BetaModerationInputType as BetaModerationInputType,
    )
    from .models.beta_moderation_mode import BetaModerationMode as BetaModerationMode
    from .models.beta_moderation_param import BetaModerationParam as BetaModerationParam
    from .models.beta_moderation_policy_param import (
        BetaModerationPolicyParam as BetaModerationPolicyParam,
    )
    from .models.beta_moderation_result_body import (
        BetaModerationResultBody as BetaModerationResultBody,
    )
    from .models.beta_moderation_result_body_categories import (
        BetaModerationResultBodyCategories as BetaModerationResultBodyCategories,
    )
    from .models.beta_moderation_result_body_category_applied_input_types import (
        BetaModerationResultBodyCategoryAppliedInputTypes as BetaModerationResultBodyCategoryAppliedInputTypes,
    )
    from .models.beta_moderation_result_body_category_scores import (
        BetaModerationResultBodyCategoryScores as BetaModerationResultBodyCategoryScores,
    )
    from .models.beta_move_param import BetaMoveParam as BetaMoveParam
    from .models.beta_multi_agent_action import BetaMultiAgentAction as BetaMultiAgentAction
    from .models.beta_multi_agent_action_1 import BetaMultiAgentAction1 as BetaMultiAgentAction1
    from .models.beta_multi_agent_call import BetaMultiAgentCall as BetaMultiAgentCall
    from .models.beta_multi_agent_call_item_param import (
        BetaMultiAgentCallItemParam as BetaMultiAgentCallItemParam,
    )
    from .models.beta_multi_agent_call_output import (
        BetaMultiAgentCallOutput as BetaMultiAgentCallOutput,
    )
    from .models.beta_multi_agent_call_output_item_param import (
        BetaMultiAgentCallOutputItemParam as BetaMultiAgentCallOutputItemParam,
    )
    from .models.beta_multi_agent_param import BetaMultiAgentParam as BetaMultiAgentParam
    from .models.beta_namespace_tool_param import BetaNamespaceToolParam as BetaNamespaceToolParam
    from .models.beta_output_audio import BetaOutputAudio as BetaOutputAudio
    from .models.beta_output_message import BetaOutputMessage as BetaOutputMessage
    from .models.beta_output_message_status import (
        BetaOutputMessageStatus as BetaOutputMessageStatus,
    )
    from .models.beta_output_text_content import BetaOutputTextContent as BetaOutputTextContent
    from .models.beta_output_text_content_param import (
        BetaOutputTextContentParam as BetaOutputTextContentParam,
    )
    from .models.beta_program import BetaProgram as BetaProgram
    from .models.beta_program_item_param import BetaProgramItemParam as BetaProgramItemParam
    from .models.beta_program_output import BetaProgramOutput as BetaProgramOutput
    from .models.beta_program_output_item_param import (
        BetaProgramOutputItemParam as BetaProgramOutputItemParam,
    )
    from .models.beta_program_output_item_status import (
        BetaProgramOutputItemStatus as BetaProgramOutputItemStatus,
    )
    from .models.beta_program_output_status import (
        BetaProgramOutputStatus as BetaProgramOutputStatus,
    )
    from .models.beta_program_tool_call_caller import (
        BetaProgramToolCallCaller as BetaProgramToolCallCaller,
    )
    from .models.beta_program_tool_call_caller_param import (
        BetaProgramToolCallCallerParam as BetaProgramToolCallCallerParam,
    )
    from .models.beta_programmatic_tool_calling_param import (
        BetaProgrammaticToolCallingParam as BetaProgrammaticToolCallingParam,
    )
    from .models.beta_prompt_cache_breakpoint_config import (
        BetaPromptCacheBreakpointConfig as BetaPromptCacheBreakpointConfig,
    )
    from .models.beta_prompt_cache_breakpoint_param import (
        BetaPromptCacheBreakpointParam as BetaPromptCacheBreakpointParam,
    )
    from .models.beta_prompt_cache_mode_enum import (
        BetaPromptCacheModeEnum as BetaPromptCacheModeEnum,
    )
    from .models.beta_prompt_cache_options import BetaPromptCacheOptions as BetaPromptCacheOptions
    from .models.beta_prompt_cache_options_param import (
        BetaPromptCacheOptionsParam as BetaPromptCacheOptionsParam,
    )
    from .models.beta_prompt_cache_retention_enum import (
        BetaPromptCacheRetentionEnum as BetaPromptCacheRetentionEnum,
    )
    from .models.beta_prompt_type_0 import BetaPromptType0 as BetaPromptType0
    from .models.beta_ranker_version_type import BetaRankerVersionType as BetaRankerVersionType
    from .models.beta_ranking_options import BetaRankingOptions as BetaRankingOptions
    from .models.beta_reasoning import BetaReasoning as BetaReasoning
    from .models.beta_reasoning_context_type_0 import (
        BetaReasoningContextType0 as BetaReasoningContextType0,
    )
    from .models.beta_reasoning_effort_type_0 import (
        BetaReasoningEffortType0 as BetaReasoningEffortType0,
    )
    from .models.beta_reasoning_generate_summary_type_0 import (
        BetaReasoningGenerateSummaryType0 as BetaReasoningGenerateSummaryType0,
    )
    from .models.beta_reasoning_item import BetaReasoningItem as BetaReasoningItem
    from .models.beta_reasoning_item_status import (
        BetaReasoningItemStatus as BetaReasoningItemStatus,
    )
    from .models.beta_reasoning_summary_type_0 import (
        BetaReasoningSummaryType0 as BetaReasoningSummaryType0,
    )
    from .models.beta_reasoning_text_content import (
        BetaReasoningTextContent as BetaReasoningTextContent,
    )
    from .models.beta_refusal_content import BetaRefusalContent as BetaRefusalContent
    from .models.beta_response import BetaResponse as BetaResponse
    from .models.beta_response_audio_delta_event import (
        BetaResponseAudioDeltaEvent as BetaResponseAudioDeltaEvent,
    )
    from .models.beta_response_audio_done_event import (
        BetaResponseAudioDoneEvent as BetaResponseAudioDoneEvent,
    )
    from .models.beta_response_audio_transcript_delta_event import (
        BetaResponseAudioTranscriptDeltaEvent as BetaResponseAudioTranscriptDeltaEvent,
    )
    from .models.beta_response_audio_transcript_done_event import (
        BetaResponseAudioTranscriptDoneEvent as BetaResponseAudioTranscriptDoneEvent,
    )
    from .models.beta_response_code_interpreter_call_code_delta_event import (
        BetaResponseCodeInterpreterCallCodeDeltaEvent as BetaResponseCodeInterpreterCallCodeDeltaEvent,
    )
    from .models.beta_response_code_interpreter_call_code_done_event import (
        BetaResponseCodeInterpreterCallCodeDoneEvent as BetaResponseCodeInterpreterCallCodeDoneEvent,
    )
    from .models.beta_response_code_interpreter_call_completed_event import (
        BetaResponseCodeInterpreterCallCompletedEvent as BetaResponseCodeInterpreterCallCompletedEvent,
    )
    from .models.beta_response_code_interpreter_call_in_progress_event import (
        BetaResponseCodeInterpreterCallInProgressEvent as BetaResponseCodeInterpreterCallInProgressEvent,
    )
    from .models.beta_response_code_interpreter_call_interpreting_event import (
        BetaResponseCodeInterpreterCallInterpretingEvent as BetaResponseCodeInterpreterCallInterpretingEvent,
    )
    from .models.beta_response_completed_event import (
        BetaResponseCompletedEvent as BetaResponseCompletedEvent,
    )
    from .models.beta_response_content_part_added_event import (
        BetaResponseContentPartAddedEvent as BetaResponseContentPartAddedEvent,
    )
    from .models.beta_response_content_part_done_event import (
        BetaResponseContentPartDoneEvent as BetaResponseContentPartDoneEvent,
    )
    from .models.beta_response_conversation import (
        BetaResponseConversation as BetaResponseConversation,
    )
    from .models.beta_response_created_event import (
        BetaResponseCreatedEvent as BetaResponseCreatedEvent,
    )
    from .models.beta_response_custom_tool_call_input_delta_event import (
        BetaResponseCustomToolCallInputDeltaEvent as BetaResponseCustomToolCallInputDeltaEvent,
    )
    from .models.beta_response_custom_tool_call_input_done_event import (
        BetaResponseCustomToolCallInputDoneEvent as BetaResponseCustomToolCallInputDoneEvent,
    )
    from .models.beta_response_error_code import BetaResponseErrorCode as BetaResponseErrorCode
    from .models.beta_response_error_event import BetaResponseErrorEvent as BetaResponseErrorEvent
    from .models.beta_response_error_type_0 import BetaResponseErrorType0 as BetaResponseErrorType0
    from .models.beta_response_failed_event import (
        BetaResponseFailedEvent as BetaResponseFailedEvent,
    )
    from .models.beta_response_file_search_call_completed_event import (
        BetaResponseFileSearchCallCompletedEvent as BetaResponseFileSearchCallCompletedEvent,
    )
    from .models.beta_response_file_search_call_in_progress_event import (
        BetaResponseFileSearchCallInProgressEvent as BetaResponseFileSearchCallInProgressEvent,
    )
    from .models.beta_response_file_search_call_searching_event import (
        BetaResponseFileSearchCallSearchingEvent as BetaResponseFileSearchCallSearchingEvent,
    )
    from .models.beta_response_format_json_object import (
        BetaResponseFormatJsonObject as BetaResponseFormatJsonObject,
    )
    from .models.beta_response_format_json_schema_schema import (
        BetaResponseFormatJsonSchemaSchema as BetaResponseFormatJsonSchemaSchema,
    )
    from .models.beta_response_format_text import BetaResponseFormatText as BetaResponseFormatText
    from .models.beta_response_function_call_arguments_delta_event import (
        BetaResponseFunctionCallArgumentsDeltaEvent as BetaResponseFunctionCallArgumentsDeltaEvent,
    )
    from .models.beta_response_function_call_arguments_done_event import (
        BetaResponseFunctionCallArgumentsDoneEvent as BetaResponseFunctionCallArgumentsDoneEvent,
    )
    from .models.beta_response_image_gen_call_completed_event import (
        BetaResponseImageGenCallCompletedEvent as BetaResponseImageGenCallCompletedEvent,
    )
    from .models.beta_response_image_gen_call_generating_event import (
        BetaResponseImageGenCallGeneratingEvent as BetaResponseImageGenCallGeneratingEvent,
    )
    from .models.beta_response_image_gen_call_in_progress_event import (
        BetaResponseImageGenCallInProgressEvent as BetaResponseImageGenCallInProgressEvent,
    )
    from .models.beta_response_image_gen_call_partial_image_event import (
        BetaResponseImageGenCallPartialImageEvent as BetaResponseImageGenCallPartialImageEvent,
    )
    from .models.beta_response_in_progress_event import (
        BetaResponseInProgressEvent as BetaResponseInProgressEvent,
    )
    from .models.beta_response_incomplete_details_type_0 import (
        BetaResponseIncompleteDetailsType0 as BetaResponseIncompleteDetailsType0,
    )
    from .models.beta_response_incomplete_details_type_0_reason import (
        BetaResponseIncompleteDetailsType0Reason as BetaResponseIncompleteDetailsType0Reason,
    )
    from .models.beta_response_incomplete_event import (
        BetaResponseIncompleteEvent as BetaResponseIncompleteEvent,
    )
    from .models.beta_response_inject_created_event import (
        BetaResponseInjectCreatedEvent as BetaResponseInjectCreatedEvent,
    )
    from .models.beta_response_inject_event import (
        BetaResponseInjectEvent as BetaResponseInjectEvent,
    )
    from .models.beta_response_inject_failed_event import (
        BetaResponseInjectFailedEvent as BetaResponseInjectFailedEvent,
    )
    from .models.beta_response_inject_failed_event_error import (
        BetaResponseInjectFailedEventError as BetaResponseInjectFailedEventError,
    )
    from .models.beta_response_inject_failed_event_error_code import (
        BetaResponseInjectFailedEventErrorCode as BetaResponseInjectFailedEventErrorCode,
    )
    from .models.beta_response_item_list import BetaResponseItemList as BetaResponseItemList
    from .models.beta_response_log_prob import BetaResponseLogProb as BetaResponseLogProb
    from .models.beta_response_log_prob_top_logprobs_item import (
        BetaResponseLogProbTopLogprobsItem as BetaResponseLogProbTopLogprobsItem,
    )
    from .models.beta_response_mcp_call_arguments_delta_event import (
        BetaResponseMCPCallArgumentsDeltaEvent as BetaResponseMCPCallArgumentsDeltaEvent,
    )
    from .models.beta_response_mcp_call_arguments_done_event import (
        BetaResponseMCPCallArgumentsDoneEvent as BetaResponseMCPCallArgumentsDoneEvent,
    )
    from .models.beta_response_mcp_call_completed_event import (
        BetaResponseMCPCallCompletedEvent as BetaResponseMCPCallCompletedEvent,
    )
    from .models.beta_response_mcp_call_failed_event import (
        BetaResponseMCPCallFailedEvent as BetaResponseMCPCallFailedEvent,
    )
    from .models.beta_response_mcp_call_in_progress_event import (
        BetaResponseMCPCallInProgressEvent as BetaResponseMCPCallInProgressEvent,
    )
    from .models.beta_response_mcp_list_tools_completed_event import (
        BetaResponseMCPListToolsCompletedEvent as BetaResponseMCPListToolsCompletedEvent,
    )
    from .models.beta_response_mcp_list_tools_failed_event import (
        BetaResponseMCPListToolsFailedEvent as BetaResponseMCPListToolsFailedEvent,
    )
    from .models.beta_response_mcp_list_tools_in_progress_event import (
        BetaResponseMCPListToolsInProgressEvent as BetaResponseMCPListToolsInProgressEvent,
    )
    from .models.beta_response_output_item_added_event import (
        BetaResponseOutputItemAddedEvent as BetaResponseOutputItemAddedEvent,
    )
    from .models.beta_response_output_item_done_event import (
        BetaResponseOutputItemDoneEvent as BetaResponseOutputItemDoneEvent,
    )
    from .models.beta_response_output_text_annotation_added_event import (
        BetaResponseOutputTextAnnotationAddedEvent as BetaResponseOutputTextAnnotationAddedEvent,
    )
    from .models.beta_response_prompt_cache_retention_type_0 import (
        BetaResponsePromptCacheRetentionType0 as BetaResponsePromptCacheRetentionType0,
    )
    from .models.beta_response_prompt_variables_type_0 import (
        BetaResponsePromptVariablesType0 as BetaResponsePromptVariablesType0,
    )
    from .models.beta_response_properties import BetaResponseProperties as BetaResponseProperties
    from .models.beta_response_queued_event import (
        BetaResponseQueuedEvent as BetaResponseQueuedEvent,
    )
    from .models.beta_response_reasoning_summary_part_added_event import (
        BetaResponseReasoningSummaryPartAddedEvent as BetaResponseReasoningSummaryPartAddedEvent,
    )
    from .models.beta_response_reasoning_summary_part_added_event_part import (
        BetaResponseReasoningSummaryPartAddedEventPart as BetaResponseReasoningSummaryPartAddedEventPart,
    )
    from .models.beta_response_reasoning_summary_part_done_event import (
        BetaResponseReasoningSummaryPartDoneEvent as BetaResponseReasoningSummaryPartDoneEvent,
    )
    from .models.beta_response_reasoning_summary_part_done_event_part import (
        BetaResponseReasoningSummaryPartDoneEventPart as BetaResponseReasoningSummaryPartDoneEventPart,
    )
    from .models.beta_response_reasoning_summary_text_delta_event import (
        BetaResponseReasoningSummaryTextDeltaEvent as BetaResponseReasoningSummaryTextDeltaEvent,
    )
    from .models.beta_response_reasoning_summary_text_done_event import (
        BetaResponseReasoningSummaryTextDoneEvent as BetaResponseReasoningSummaryTextDoneEvent,
    )
    from .models.beta_response_reasoning_text_delta_event import (
        BetaResponseReasoningTextDeltaEvent as BetaResponseReasoningTextDeltaEvent,
    )
    from .models.beta_response_reasoning_text_done_event import (
        BetaResponseReasoningTextDoneEvent as BetaResponseReasoningTextDoneEvent,
    )
    from .models.beta_response_refusal_delta_event import (
        BetaResponseRefusalDeltaEvent as BetaResponseRefusalDeltaEvent,
    )
    from .models.beta_response_refusal_done_event import (
        BetaResponseRefusalDoneEvent as BetaResponseRefusalDoneEvent,
    )
    from .models.beta_response_shell_call_command_added_streaming_event import (
        BetaResponseShellCallCommandAddedStreamingEvent as BetaResponseShellCallCommandAddedStreamingEvent,
    )
    from .models.beta_response_shell_call_command_delta_streaming_event import (
        BetaResponseShellCallCommandDeltaStreamingEvent as BetaResponseShellCallCommandDeltaStreamingEvent,
    )
    from .models.beta_response_shell_call_command_done_streaming_event import (
        BetaResponseShellCallCommandDoneStreamingEvent as BetaResponseShellCallCommandDoneStreamingEvent,
    )
    from .models.beta_response_shell_call_output_content_delta_streaming_event import (
        BetaResponseShellCallOutputContentDeltaStreamingEvent as BetaResponseShellCallOutputContentDeltaStreamingEvent,
    )
    from .models.beta_response_shell_call_output_content_done_streaming_event import (
        BetaResponseShellCallOutputContentDoneStreamingEvent as BetaResponseShellCallOutputContentDoneStreamingEvent,
    )
    from .models.beta_response_status import BetaResponseStatus as BetaResponseStatus
    from .models.beta_response_stream_options_type_0 import (
        BetaResponseStreamOptionsType0 as BetaResponseStreamOptionsType0,
    )
    from .models.beta_response_text_delta_event import (
        BetaResponseTextDeltaEvent as BetaResponseTextDeltaEvent,
    )
    from .models.beta_response_text_done_event import (
        BetaResponseTextDoneEvent as BetaResponseTextDoneEvent,
    )
    from .models.beta_response_text_param import BetaResponseTextParam as BetaResponseTextParam
    from .models.beta_response_truncation_type_0 import (
        BetaResponseTruncationType0 as BetaResponseTruncationType0,
    )
    from .models.beta_response_usage import BetaResponseUsage as BetaResponseUsage
    from .models.beta_response_usage_input_tokens_details import (
        BetaResponseUsageInputTokensDetails as BetaResponseUsageInputTokensDetails,
    )
    from .models.beta_response_usage_output_tokens_details import (
        BetaResponseUsageOutputTokensDetails as BetaResponseUsageOutputTokensDetails,
    )
    from .models.beta_response_web_search_call_completed_event import (
        BetaResponseWebSearchCallCompletedEvent as BetaResponseWebSearchCallCompletedEvent,
    )
    from .models.beta_response_web_search_call_in_progress_event import (
        BetaResponseWebSearchCallInProgressEvent as BetaResponseWebSearchCallInProgressEvent,
    )
    from .models.beta_response_web_search_call_searching_event import (
        BetaResponseWebSearchCallSearchingEvent as BetaResponseWebSearchCallSearchingEvent,
    )
    from .models.beta_response_ws_error import BetaResponseWsError as BetaResponseWsError
    from .models.beta_responses_client_event_response_create import (
        BetaResponsesClientEventResponseCreate as BetaResponsesClientEventResponseCreate,
    )
    from .models.beta_responses_client_event_response_create_prompt_cache_retention_type_0 import (
        BetaResponsesClientEventResponseCreatePromptCacheRetentionType0 as BetaResponsesClientEventResponseCreatePromptCacheRetentionType0,
    )
    from .models.beta_responses_client_event_response_create_truncation_type_0 import (
        BetaResponsesClientEventResponseCreateTruncationType0 as BetaResponsesClientEventResponseCreateTruncationType0,
    )
    from .models.beta_responses_server_event_type_0 import (
        BetaResponsesServerEventType0 as BetaResponsesServerEventType0,
    )
    from .models.beta_responses_server_event_type_1 import (
        BetaResponsesServerEventType1 as BetaResponsesServerEventType1,
    )
    from .models.beta_responses_server_event_type_2 import (
        BetaResponsesServerEventType2 as BetaResponsesServerEventType2,
    )
    from .models.beta_responses_server_event_type_3 import (
        BetaResponsesServerEventType3 as BetaResponsesServerEventType3,
    )
    from .models.beta_responses_server_event_type_4 import (
        BetaResponsesServerEventType4 as BetaResponsesServerEventType4,
    )
    from .models.beta_responses_server_event_type_5 import (
        BetaResponsesServerEventType5 as BetaResponsesServerEventType5,
    )
    from .models.beta_responses_server_event_type_6 import (
        BetaResponsesServerEventType6 as BetaResponsesServerEventType6,
    )
    from .models.beta_responses_server_event_type_7 import (
        BetaResponsesServerEventType7 as BetaResponsesServerEventType7,
    )
    from .models.beta_responses_server_event_type_8 import (
        BetaResponsesServerEventType8 as BetaResponsesServerEventType8,
    )
    from .models.beta_responses_server_event_type_9 import (
        BetaResponsesServerEventType9 as BetaResponsesServerEventType9,
    )
    from .models.beta_responses_server_event_type_10 import (
        BetaResponsesServerEventType10 as BetaResponsesServerEventType10,
    )
    from .models.beta_responses_server_event_type_11 import (
        BetaResponsesServerEventType11 as BetaResponsesServerEventType11,
    )
    from .models.beta_responses_server_event_type_12 import (
        BetaResponsesServerEventType12 as BetaResponsesServerEventType12,
    )
    from .models.beta_responses_server_event_type_13 import (
        BetaResponsesServerEventType13 as BetaResponsesServerEventType13,
    )
    from .models.beta_responses_server_event_type_14 import (
        BetaResponsesServerEventType14 as BetaResponsesServerEventType14,
    )
    from .models.beta_responses_server_event_type_15 import (
        BetaResponsesServerEventType15 as BetaResponsesServerEventType15,
    )
    from .models.beta_responses_server_event_type_16 import (
        BetaResponsesServerEventType16 as BetaResponsesServerEventType16,
    )
    from .models.beta_responses_server_event_type_17 import (
        BetaResponsesServerEventType17 as BetaResponsesServerEventType17,
    )
    from .models.beta_responses_server_event_type_18 import (
        BetaResponsesServerEventType18 as BetaResponsesServerEventType18,
    )
    from .models.beta_responses_server_event_type_19 import (
        BetaResponsesServerEventType19 as BetaResponsesServerEventType19,
    )
    from .models.beta_responses_server_event_type_20 import (
        BetaResponsesServerEventType20 as BetaResponsesServerEventType20,
    )
    from .models.beta_responses_server_event_type_21 import (
        BetaResponsesServerEventType21 as BetaResponsesServerEventType21,
    )
    from .models.beta_responses_server_event_type_22 import (
        BetaResponsesServerEventType22 as BetaResponsesServerEventType22,
    )
    from .models.beta_responses_server_event_type_23 import (
        BetaResponsesServerEventType23 as BetaResponsesServerEventType23,
    )
    from .models.beta_responses_server_event_type_24 import (
        BetaResponsesServerEventType24 as BetaResponsesServerEventType24,
    )
    from .models.beta_responses_server_event_type_25 import (
        BetaResponsesServerEventType25 as BetaResponsesServerEventType25,
    )
    from .models.beta_responses_server_event_type_26 import (
        BetaResponsesServerEventType26 as BetaResponsesServerEventType26,
    )
    from .models.beta_responses_server_event_type_27 import (
        BetaResponsesServerEventType27 as BetaResponsesServerEventType27,
    )
    from .models.beta_responses_server_event_type_28 import (
        BetaResponsesServerEventType28 as BetaResponsesServerEventType28,
    )
    from .models.beta_responses_server_event_type_29 import (
        BetaResponsesServerEventType29 as BetaResponsesServerEventType29,
    )
    from .models.beta_responses_server_event_type_30 import (
        BetaResponsesServerEventType30 as BetaResponsesServerEventType30,
    )
    from .models.beta_responses_server_event_type_31 import (
        BetaResponsesServerEventType31 as BetaResponsesServerEventType31,
    )
    from .models.beta_responses_server_event_type_32 import (
        BetaResponsesServerEventType32 as BetaResponsesServerEventType32,
    )
    from .models.beta_responses_server_event_type_33 import (
        BetaResponsesServerEventType33 as BetaResponsesServerEventType33,
    )
    from .models.beta_responses_server_event_type_34 import (
        BetaResponsesServerEventType34 as BetaResponsesServerEventType34,
    )
    from .models.beta_responses_server_event_type_35 import (
        BetaResponsesServerEventType35 as BetaResponsesServerEventType35,
    )
    from .models.beta_responses_server_event_type_36 import (
        BetaResponsesServerEventType36 as BetaResponsesServerEventType36,
    )
    from .models.beta_responses_server_event_type_37 import (
        BetaResponsesServerEventType37 as BetaResponsesServerEventType37,
    )
    from .models.beta_responses_server_event_type_38 import (
        BetaResponsesServerEventType38 as BetaResponsesServerEventType38,
    )
    from .models.beta_responses_server_event_type_39 import (
        BetaResponsesServerEventType39 as BetaResponsesServerEventType39,
    )
    from .models.beta_responses_server_event_type_40 import (
        BetaResponsesServerEventType40 as BetaResponsesServerEventType40,
    )
    from .models.beta_responses_server_event_type_41 import (
        BetaResponsesServerEventType41 as BetaResponsesServerEventType41,
    )
    from .models.beta_responses_server_event_type_42 import (
        BetaResponsesServerEventType42 as BetaResponsesServerEventType42,
    )
    from .models.beta_responses_server_event_type_43 import (
        BetaResponsesServerEventType43 as BetaResponsesServerEventType43,
    )
    from .models.beta_responses_server_event_type_44 import (
        BetaResponsesServerEventType44 as BetaResponsesServerEventType44,
    )
    from .models.beta_responses_server_event_type_45 import (
        BetaResponsesServerEventType45 as BetaResponsesServerEventType45,
    )
    from .models.beta_responses_server_event_type_46 import (
        BetaResponsesServerEventType46 as BetaResponsesServerEventType46,
    )
    from .models.beta_responses_server_event_type_47 import (
        BetaResponsesServerEventType47 as BetaResponsesServerEventType47,
    )
    from .models.beta_responses_server_event_type_48 import (
        BetaResponsesServerEventType48 as BetaResponsesServerEventType48,
    )
    from .models.beta_responses_server_event_type_49 import (
        BetaResponsesServerEventType49 as BetaResponsesServerEventType49,
    )
    from .models.beta_responses_server_event_type_50 import (
        BetaResponsesServerEventType50 as BetaResponsesServerEventType50,
    )
    from .models.beta_responses_server_event_type_51 import (
        BetaResponsesServerEventType51 as BetaResponsesServerEventType51,
    )
    from .models.beta_responses_server_event_type_52 import (
        BetaResponsesServerEventType52 as BetaResponsesServerEventType52,
    )
    from .models.beta_responses_server_event_type_53 import (
        BetaResponsesServerEventType53 as BetaResponsesServerEventType53,
    )
    from .models.beta_responses_server_event_type_54 import (
        BetaResponsesServerEventType54 as BetaResponsesServerEventType54,
    )
    from .models.beta_responses_server_event_type_55 import (
        BetaResponsesServerEventType55 as BetaResponsesServerEventType55,
    )
    from .models.beta_responses_server_event_type_56 import (
        BetaResponsesServerEventType56 as BetaResponsesServerEventType56,
    )
    from .models.beta_responses_server_event_variant_28_part import (
        BetaResponsesServerEventVariant28Part as BetaResponsesServerEventVariant28Part,
    )
    from .models.beta_responses_server_event_variant_29_part import (
        BetaResponsesServerEventVariant29Part as BetaResponsesServerEventVariant29Part,
    )
    from .models.beta_responses_web_socket_stream_event import (
        BetaResponsesWebSocketStreamEvent as BetaResponsesWebSocketStreamEvent,
    )
    from .models.beta_screenshot_param import BetaScreenshotParam as BetaScreenshotParam
    from .models.beta_scroll_param import BetaScrollParam as BetaScrollParam
    from .models.beta_search_content_type import BetaSearchContentType as BetaSearchContentType
    from .models.beta_search_context_size import BetaSearchContextSize as BetaSearchContextSize
    from .models.beta_service_tier_enum import BetaServiceTierEnum as BetaServiceTierEnum
    from .models.beta_service_tier_responses_type_0 import (
        BetaServiceTierResponsesType0 as BetaServiceTierResponsesType0,
    )
    from .models.beta_shell_call_output_delta import (
        BetaShellCallOutputDelta as BetaShellCallOutputDelta,
    )
    from .models.beta_skill_reference_param import (
        BetaSkillReferenceParam as BetaSkillReferenceParam,
    )
    from .models.beta_specific_apply_patch_param import (
        BetaSpecificApplyPatchParam as BetaSpecificApplyPatchParam,
    )
    from .models.beta_specific_function_shell_param import (
        BetaSpecificFunctionShellParam as BetaSpecificFunctionShellParam,
    )
    from .models.beta_specific_programmatic_tool_calling_param import (
        BetaSpecificProgrammaticToolCallingParam as BetaSpecificProgrammaticToolCallingParam,
    )
    from .models.beta_summary_text_content import BetaSummaryTextContent as BetaSummaryTextContent
    from .models.beta_text_content import BetaTextContent as BetaTextContent
    from .models.beta_text_response_format_json_schema import (
        BetaTextResponseFormatJsonSchema as BetaTextResponseFormatJsonSchema,
    )
    from .models.beta_token_counts_body import BetaTokenCountsBody as BetaTokenCountsBody
    from .models.beta_token_counts_resource import (
        BetaTokenCountsResource as BetaTokenCountsResource,
    )
    from .models.beta_tool_choice_allowed import BetaToolChoiceAllowed as BetaToolChoiceAllowed
    from .models.beta_tool_choice_allowed_mode import (
        BetaToolChoiceAllowedMode as BetaToolChoiceAllowedMode,
    )
    from .models.beta_tool_choice_allowed_tools_item import (
        BetaToolChoiceAllowedToolsItem as BetaToolChoiceAllowedToolsItem,
    )
    from .models.beta_tool_choice_custom import BetaToolChoiceCustom as BetaToolChoiceCustom
    from .models.beta_tool_choice_function import BetaToolChoiceFunction as BetaToolChoiceFunction
    from .models.beta_tool_choice_mcp import BetaToolChoiceMCP as BetaToolChoiceMCP
    from .models.beta_tool_choice_options import BetaToolChoiceOptions as BetaToolChoiceOptions
    from .models.beta_tool_choice_types import BetaToolChoiceTypes as BetaToolChoiceTypes
    from .models.beta_tool_choice_types_type import (
        BetaToolChoiceTypesType as BetaToolChoiceTypesType,
    )
    from .models.beta_tool_search_call import BetaToolSearchCall as BetaToolSearchCall
    from .models.beta_tool_search_call_item_param import (
        BetaToolSearchCallItemParam as BetaToolSearchCallItemParam,
    )
    from .models.beta_tool_search_execution_type import (
        BetaToolSearchExecutionType as BetaToolSearchExecutionType,
    )
    from .models.beta_tool_search_output import BetaToolSearchOutput as BetaToolSearchOutput
    from .models.beta_tool_search_output_item_param import (
        BetaToolSearchOutputItemParam as BetaToolSearchOutputItemParam,
    )
    from .models.beta_tool_search_tool_param import (
        BetaToolSearchToolParam as BetaToolSearchToolParam,
    )
    from .models.beta_top_log_prob import BetaTopLogProb as BetaTopLogProb
    from .models.beta_truncation_enum import BetaTruncationEnum as BetaTruncationEnum
    from .models.beta_type_param import BetaTypeParam as BetaTypeParam
    from .models.beta_url_citation_body import BetaUrlCitationBody as BetaUrlCitationBody
    from .models.beta_url_citation_param import BetaUrlCitationParam as BetaUrlCitationParam
    from .models.beta_vector_store_file_attributes_type_0 import (
        BetaVectorStoreFileAttributesType0 as BetaVectorStoreFileAttributesType0,
    )
    from .models.beta_verbosity_type_0 import BetaVerbosityType0 as BetaVerbosityType0
    from .models.beta_wait_param import BetaWaitParam as BetaWaitParam
    from .models.beta_web_search_action_find import (
        BetaWebSearchActionFind as BetaWebSearchActionFind,
    )
    from .models.beta_web_search_action_open_page import (
        BetaWebSearchActionOpenPage as BetaWebSearchActionOpenPage,
    )
    from .models.beta_web_search_action_search import (
        BetaWebSearchActionSearch as BetaWebSearchActionSearch,
    )
    from .models.beta_web_search_action_search_sources_item import (
        BetaWebSearchActionSearchSourcesItem as BetaWebSearchActionSearchSourcesItem,
    )
    from .models.beta_web_search_approximate_location_type_0 import (
        BetaWebSearchApproximateLocationType0 as BetaWebSearchApproximateLocationType0,
    )
    from .models.beta_web_search_preview_tool import (
        BetaWebSearchPreviewTool as BetaWebSearchPreviewTool,
    )
    from .models.beta_web_search_preview_tool_type import (
        BetaWebSearchPreviewToolType as BetaWebSearchPreviewToolType,
    )
    from .models.beta_web_search_tool import BetaWebSearchTool as BetaWebSearchTool
    from .models.beta_web_search_tool_call import BetaWebSearchToolCall as BetaWebSearchToolCall
    from .models.beta_web_search_tool_call_status import (
        BetaWebSearchToolCallStatus as BetaWebSearchToolCallStatus,
    )
    from .models.beta_web_search_tool_filters_type_0 import (
        BetaWebSearchToolFiltersType0 as BetaWebSearchToolFiltersType0,
    )
    from .models.beta_web_search_tool_search_context_size import (
        BetaWebSearchToolSearchContextSize as BetaWebSearchToolSearchContextSize,
    )
    from .models.beta_web_search_tool_type import BetaWebSearchToolType as BetaWebSearchToolType
    from .models.c2pa_provenance_result import C2PAProvenanceResult as C2PAProvenanceResult
    from .models.c2pa_validation_state_api import C2PAValidationStateApi as C2PAValidationStateApi
    from .models.callable_tool_allowed_caller import (
        CallableToolAllowedCaller as CallableToolAllowedCaller,
    )
    from .models.certificate import Certificate as Certificate
    from .models.certificate_certificate_details import (
        CertificateCertificateDetails as CertificateCertificateDetails,
    )
    from .models.certificate_object import CertificateObject as CertificateObject
    from .models.chat_completion import ChatCompletion as ChatCompletion
    from .models.chat_completion_allowed_tools import (
        ChatCompletionAllowedTools as ChatCompletionAllowedTools,
    )
    from .models.chat_completion_allowed_tools_choice import (
        ChatCompletionAllowedToolsChoice as ChatCompletionAllowedToolsChoice,
    )
    from .models.chat_completion_allowed_tools_mode import (
        ChatCompletionAllowedToolsMode as ChatCompletionAllowedToolsMode,
    )
    from .models.chat_completion_allowed_tools_tools_item import (
        ChatCompletionAllowedToolsToolsItem as ChatCompletionAllowedToolsToolsItem,
    )
    from .models.chat_completion_choice import ChatCompletionChoice as ChatCompletionChoice
    from .models.chat_completion_choice_finish_reason import (
        ChatCompletionChoiceFinishReason as ChatCompletionChoiceFinishReason,
    )
    from .models.chat_completion_choice_logprobs_type_0 import (
        ChatCompletionChoiceLogprobsType0 as ChatCompletionChoiceLogprobsType0,
    )
    from .models.chat_completion_chunk import ChatCompletionChunk as ChatCompletionChunk
    from .models.chat_completion_chunk_choice import (
        ChatCompletionChunkChoice as ChatCompletionChunkChoice,
    )
    from .models.chat_completion_chunk_choice_finish_reason_type_1 import (
        ChatCompletionChunkChoiceFinishReasonType1 as ChatCompletionChunkChoiceFinishReasonType1,
    )
    from .models.chat_completion_chunk_choice_logprobs_type_0 import (
        ChatCompletionChunkChoiceLogprobsType0 as ChatCompletionChunkChoiceLogprobsType0,
    )
    from .models.chat_completion_chunk_delta import (
        ChatCompletionChunkDelta as ChatCompletionChunkDelta,
    )
    from .models.chat_completion_chunk_delta_function_call import (
        ChatCompletionChunkDeltaFunctionCall as ChatCompletionChunkDeltaFunctionCall,
    )
    from .models.chat_completion_chunk_delta_role import (
        ChatCompletionChunkDeltaRole as ChatCompletionChunkDeltaRole,
    )
    from .models.chat_completion_create_params import (
        ChatCompletionCreateParams as ChatCompletionCreateParams,
    )
    from .models.chat_completion_create_params_audio_type_0 import (
        ChatCompletionCreateParamsAudioType0 as ChatCompletionCreateParamsAudioType0,
    )
    from .models.chat_completion_create_params_audio_type_0_format import (
        ChatCompletionCreateParamsAudioType0Format as ChatCompletionCreateParamsAudioType0Format,
    )
    from .models.chat_completion_create_params_function_call_type_0 import (
        ChatCompletionCreateParamsFunctionCallType0 as ChatCompletionCreateParamsFunctionCallType0,
    )
    from .models.chat_completion_create_params_logit_bias_type_0 import (
        ChatCompletionCreateParamsLogitBiasType0 as ChatCompletionCreateParamsLogitBiasType0,
    )
    from .models.chat_completion_create_params_prompt_cache_retention_type_0 import (
        ChatCompletionCreateParamsPromptCacheRetentionType0 as ChatCompletionCreateParamsPromptCacheRetentionType0,
    )
    from .models.chat_completion_create_params_web_search_options import (
        ChatCompletionCreateParamsWebSearchOptions as ChatCompletionCreateParamsWebSearchOptions,
    )
    from .models.chat_completion_create_params_web_search_options_user_location_type_0 import (
        ChatCompletionCreateParamsWebSearchOptionsUserLocationType0 as ChatCompletionCreateParamsWebSearchOptionsUserLocationType0,
    )
    from .models.chat_completion_deleted import ChatCompletionDeleted as ChatCompletionDeleted
    from .models.chat_completion_function_call_option import (
        ChatCompletionFunctionCallOption as ChatCompletionFunctionCallOption,
    )
    from .models.chat_completion_functions import ChatCompletionFunctions as ChatCompletionFunctions
    from .models.chat_completion_list import ChatCompletionList as ChatCompletionList
    from .models.chat_completion_message import ChatCompletionMessage as ChatCompletionMessage
    from .models.chat_completion_message_annotations_item import (
        ChatCompletionMessageAnnotationsItem as ChatCompletionMessageAnnotationsItem,
    )
    from .models.chat_completion_message_annotations_item_url_citation import (
        ChatCompletionMessageAnnotationsItemUrlCitation as ChatCompletionMessageAnnotationsItemUrlCitation,
    )
    from .models.chat_completion_message_audio_type_0 import (
        ChatCompletionMessageAudioType0 as ChatCompletionMessageAudioType0,
    )
    from .models.chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall as ChatCompletionMessageCustomToolCall,
    )
    from .models.chat_completion_message_custom_tool_call_custom import (
        ChatCompletionMessageCustomToolCallCustom as ChatCompletionMessageCustomToolCallCustom,
    )
    from .models.chat_completion_message_function_call import (
        ChatCompletionMessageFunctionCall as ChatCompletionMessageFunctionCall,
    )
    from .models.chat_completion_message_list import (
        ChatCompletionMessageList as ChatCompletionMessageList,
    )
    from .models.chat_completion_message_list_data_item import (
        ChatCompletionMessageListDataItem as ChatCompletionMessageListDataItem,
    )
    from .models.chat_completion_message_list_data_item_annotations_item import (
        ChatCompletionMessageListDataItemAnnotationsItem as ChatCompletionMessageListDataItemAnnotationsItem,
    )
    from .models.chat_completion_message_list_data_item_annotations_item_url_citation import (
        ChatCompletionMessageListDataItemAnnotationsItemUrlCitation as ChatCompletionMessageListDataItemAnnotationsItemUrlCitation,
    )
    from .models.chat_completion_message_list_data_item_audio_type_0 import (
        ChatCompletionMessageListDataItemAudioType0 as ChatCompletionMessageListDataItemAudioType0,
    )
    from .models.chat_completion_message_list_data_item_function_call import (
        ChatCompletionMessageListDataItemFunctionCall as ChatCompletionMessageListDataItemFunctionCall,
    )
    from .models.chat_completion_message_tool_call import (
        ChatCompletionMessageToolCall as ChatCompletionMessageToolCall,
    )
    from .models.chat_completion_message_tool_call_chunk import (
        ChatCompletionMessageToolCallChunk as ChatCompletionMessageToolCallChunk,
    )
    from .models.chat_completion_message_tool_call_chunk_function import (
        ChatCompletionMessageToolCallChunkFunction as ChatCompletionMessageToolCallChunkFunction,
    )
    from .models.chat_completion_message_tool_call_function import (
        ChatCompletionMessageToolCallFunction as ChatCompletionMessageToolCallFunction,
    )
    from .models.chat_completion_modalities_type_0_item import (
        ChatCompletionModalitiesType0Item as ChatCompletionModalitiesType0Item,
    )
    from .models.chat_completion_moderation import (
        ChatCompletionModeration as ChatCompletionModeration,
    )
    from .models.chat_completion_moderation_error import (
        ChatCompletionModerationError as ChatCompletionModerationError,
    )
    from .models.chat_completion_moderation_results import (
        ChatCompletionModerationResults as ChatCompletionModerationResults,
    )
    from .models.chat_completion_named_tool_choice import (
        ChatCompletionNamedToolChoice as ChatCompletionNamedToolChoice,
    )
    from .models.chat_completion_named_tool_choice_custom import (
        ChatCompletionNamedToolChoiceCustom as ChatCompletionNamedToolChoiceCustom,
    )
    from .models.chat_completion_named_tool_choice_custom_custom import (
        ChatCompletionNamedToolChoiceCustomCustom as ChatCompletionNamedToolChoiceCustomCustom,
    )
    from .models.chat_completion_named_tool_choice_function import (
        ChatCompletionNamedToolChoiceFunction as ChatCompletionNamedToolChoiceFunction,
    )
    from .models.chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage as ChatCompletionRequestAssistantMessage,
    )
    from .models.chat_completion_request_assistant_message_audio_type_0 import (
        ChatCompletionRequestAssistantMessageAudioType0 as ChatCompletionRequestAssistantMessageAudioType0,
    )
    from .models.chat_completion_request_assistant_message_function_call_type_0 import (
        ChatCompletionRequestAssistantMessageFunctionCallType0 as ChatCompletionRequestAssistantMessageFunctionCallType0,
    )
    from .models.chat_completion_request_developer_message import (
        ChatCompletionRequestDeveloperMessage as ChatCompletionRequestDeveloperMessage,
    )
    from .models.chat_completion_request_function_message import (
        ChatCompletionRequestFunctionMessage as ChatCompletionRequestFunctionMessage,
    )
    from .models.chat_completion_request_message_content_part_audio import (
        ChatCompletionRequestMessageContentPartAudio as ChatCompletionRequestMessageContentPartAudio,
    )
    from .models.chat_completion_request_message_content_part_audio_input_audio import (
        ChatCompletionRequestMessageContentPartAudioInputAudio as ChatCompletionRequestMessageContentPartAudioInputAudio,
    )
    from .models.chat_completion_request_message_content_part_audio_input_audio_format import (
        ChatCompletionRequestMessageContentPartAudioInputAudioFormat as ChatCompletionRequestMessageContentPartAudioInputAudioFormat,
    )
    from .models.chat_completion_request_message_content_part_file import (
        ChatCompletionRequestMessageContentPartFile as ChatCompletionRequestMessageContentPartFile,
    )
    from .models.chat_completion_request_message_content_part_file_file import (
        ChatCompletionRequestMessageContentPartFileFile as ChatCompletionRequestMessageContentPartFileFile,
    )
    from .models.chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage as ChatCompletionRequestMessageContentPartImage,
    )
    from .models.chat_completion_request_message_content_part_image_image_url import (
        ChatCompletionRequestMessageContentPartImageImageUrl as ChatCompletionRequestMessageContentPartImageImageUrl,
    )
    from .models.chat_completion_request_message_content_part_image_image_url_detail import (
        ChatCompletionRequestMessageContentPartImageImageUrlDetail as ChatCompletionRequestMessageContentPartImageImageUrlDetail,
    )
    from .models.chat_completion_request_message_content_part_refusal import (
        ChatCompletionRequestMessageContentPartRefusal as ChatCompletionRequestMessageContentPartRefusal,
    )
    from .models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText as ChatCompletionRequestMessageContentPartText,
    )
    from .models.chat_completion_request_system_message import (
        ChatCompletionRequestSystemMessage as ChatCompletionRequestSystemMessage,
    )
    from .models.chat_completion_request_system_message_content_part import (
        ChatCompletionRequestSystemMessageContentPart as ChatCompletionRequestSystemMessageContentPart,
    )
    from .models.chat_completion_request_tool_message import (
        ChatCompletionRequestToolMessage as ChatCompletionRequestToolMessage,
    )
    from .models.chat_completion_request_tool_message_content_part import (
        ChatCompletionRequestToolMessageContentPart as ChatCompletionRequestToolMessageContentPart,
    )
    from .models.chat_completion_request_user_message import (
        ChatCompletionRequestUserMessage as ChatCompletionRequestUserMessage,
    )
    from .models.chat_completion_role import ChatCompletionRole as ChatCompletionRole
    from .models.chat_completion_stream_options_type_0 import (
        ChatCompletionStreamOptionsType0 as ChatCompletionStreamOptionsType0,
    )
    from .models.chat_completion_token_logprob import (
        ChatCompletionTokenLogprob as ChatCompletionTokenLogprob,
    )
    from .models.chat_completion_token_logprob_top_logprobs_item import (
        ChatCompletionTokenLogprobTopLogprobsItem as ChatCompletionTokenLogprobTopLogprobsItem,
    )
    from .models.chat_completion_tool import ChatCompletionTool as ChatCompletionTool
    from .models.chat_completion_tool_choice_option_type_0 import (
        ChatCompletionToolChoiceOptionType0 as ChatCompletionToolChoiceOptionType0,
    )
    from .models.chat_session_automatic_thread_titling import (
        ChatSessionAutomaticThreadTitling as ChatSessionAutomaticThreadTitling,
    )
    from .models.chat_session_chatkit_configuration import (
        ChatSessionChatkitConfiguration as ChatSessionChatkitConfiguration,
    )
    from .models.chat_session_file_upload import ChatSessionFileUpload as ChatSessionFileUpload
    from .models.chat_session_history import ChatSessionHistory as ChatSessionHistory
    from .models.chat_session_rate_limits import ChatSessionRateLimits as ChatSessionRateLimits
    from .models.chat_session_resource import ChatSessionResource as ChatSessionResource
    from .models.chat_session_status import ChatSessionStatus as ChatSessionStatus
    from .models.chatkit_configuration_param import (
        ChatkitConfigurationParam as ChatkitConfigurationParam,
    )
    from .models.chatkit_workflow import ChatkitWorkflow as ChatkitWorkflow
    from .models.chatkit_workflow_state_variables_type_0 import (
        ChatkitWorkflowStateVariablesType0 as ChatkitWorkflowStateVariablesType0,
    )
    from .models.chatkit_workflow_tracing import ChatkitWorkflowTracing as ChatkitWorkflowTracing
    from .models.click_button_type import ClickButtonType as ClickButtonType
    from .models.click_param import ClickParam as ClickParam
    from .models.client_tool_call_item import ClientToolCallItem as ClientToolCallItem
    from .models.client_tool_call_status import ClientToolCallStatus as ClientToolCallStatus
    from .models.closed_status import ClosedStatus as ClosedStatus
    from .models.code_interpreter_file_output import (
        CodeInterpreterFileOutput as CodeInterpreterFileOutput,
    )
    from .models.code_interpreter_file_output_files_item import (
        CodeInterpreterFileOutputFilesItem as CodeInterpreterFileOutputFilesItem,
    )
    from .models.code_interpreter_output_image import (
        CodeInterpreterOutputImage as CodeInterpreterOutputImage,
    )
    from .models.code_interpreter_output_logs import (
        CodeInterpreterOutputLogs as CodeInterpreterOutputLogs,
    )
    from .models.code_interpreter_text_output import (
        CodeInterpreterTextOutput as CodeInterpreterTextOutput,
    )
    from .models.code_interpreter_tool import CodeInterpreterTool as CodeInterpreterTool
    from .models.code_interpreter_tool_call import (
        CodeInterpreterToolCall as CodeInterpreterToolCall,
    )
    from .models.code_interpreter_tool_call_status import (
        CodeInterpreterToolCallStatus as CodeInterpreterToolCallStatus,
    )
    from .models.compact_resource import CompactResource as CompactResource
    from .models.compact_response_method_public_body import (
        CompactResponseMethodPublicBody as CompactResponseMethodPublicBody,
    )
    from .models.compaction_body import CompactionBody as CompactionBody
    from .models.compaction_summary_item_param import (
        CompactionSummaryItemParam as CompactionSummaryItemParam,
    )
    from .models.compaction_trigger_item_param import (
        CompactionTriggerItemParam as CompactionTriggerItemParam,
    )
    from .models.comparison_filter import ComparisonFilter as ComparisonFilter
    from .models.comparison_filter_type import ComparisonFilterType as ComparisonFilterType
    from .models.complete_upload_request import CompleteUploadRequest as CompleteUploadRequest
    from .models.completion_usage import CompletionUsage as CompletionUsage
    from .models.completion_usage_completion_tokens_details import (
        CompletionUsageCompletionTokensDetails as CompletionUsageCompletionTokensDetails,
    )
    from .models.completion_usage_prompt_tokens_details import (
        CompletionUsagePromptTokensDetails as CompletionUsagePromptTokensDetails,
    )
    from .models.compound_filter import CompoundFilter as CompoundFilter
    from .models.compound_filter_type import CompoundFilterType as CompoundFilterType
    from .models.computer_call_output_item_param import (
        ComputerCallOutputItemParam as ComputerCallOutputItemParam,
    )
    from .models.computer_call_output_status import (
        ComputerCallOutputStatus as ComputerCallOutputStatus,
    )
    from .models.computer_call_safety_check_param import (
        ComputerCallSafetyCheckParam as ComputerCallSafetyCheckParam,
    )
    from .models.computer_environment import ComputerEnvironment as ComputerEnvironment
    from .models.computer_screenshot_content import (
        ComputerScreenshotContent as ComputerScreenshotContent,
    )
    from .models.computer_screenshot_image import ComputerScreenshotImage as ComputerScreenshotImage
    from .models.computer_tool import ComputerTool as ComputerTool
    from .models.computer_tool_call import ComputerToolCall as ComputerToolCall
    from .models.computer_tool_call_output import ComputerToolCallOutput as ComputerToolCallOutput
    from .models.computer_tool_call_output_resource import (
        ComputerToolCallOutputResource as ComputerToolCallOutputResource,
    )
    from .models.computer_tool_call_output_resource_status import (
        ComputerToolCallOutputResourceStatus as ComputerToolCallOutputResourceStatus,
    )
    from .models.computer_tool_call_output_status import (
        ComputerToolCallOutputStatus as ComputerToolCallOutputStatus,
    )
    from .models.computer_tool_call_status import ComputerToolCallStatus as ComputerToolCallStatus
    from .models.computer_use_preview_tool import ComputerUsePreviewTool as ComputerUsePreviewTool
    from .models.container_auto_param import ContainerAutoParam as ContainerAutoParam
    from .models.container_file_citation_body import (
        ContainerFileCitationBody as ContainerFileCitationBody,
    )
    from .models.container_file_citation_param import (
        ContainerFileCitationParam as ContainerFileCitationParam,
    )
    from .models.container_file_list_resource import (
        ContainerFileListResource as ContainerFileListResource,
    )
    from .models.container_file_resource import ContainerFileResource as ContainerFileResource
    from .models.container_list_resource import ContainerListResource as ContainerListResource
    from .models.container_memory_limit import ContainerMemoryLimit as ContainerMemoryLimit
    from .models.container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam as ContainerNetworkPolicyAllowlistParam,
    )
    from .models.container_network_policy_disabled_param import (
        ContainerNetworkPolicyDisabledParam as ContainerNetworkPolicyDisabledParam,
    )
    from .models.container_network_policy_domain_secret_param import (
        ContainerNetworkPolicyDomainSecretParam as ContainerNetworkPolicyDomainSecretParam,
    )
    from .models.container_reference_param import ContainerReferenceParam as ContainerReferenceParam
    from .models.container_reference_resource import (
        ContainerReferenceResource as ContainerReferenceResource,
    )
    from .models.container_resource import ContainerResource as ContainerResource
    from .models.container_resource_expires_after import (
        ContainerResourceExpiresAfter as ContainerResourceExpiresAfter,
    )
    from .models.container_resource_memory_limit import (
        ContainerResourceMemoryLimit as ContainerResourceMemoryLimit,
    )
    from .models.container_resource_network_policy import (
        ContainerResourceNetworkPolicy as ContainerResourceNetworkPolicy,
    )
    from .models.container_resource_network_policy_type import (
        ContainerResourceNetworkPolicyType as ContainerResourceNetworkPolicyType,
    )
    from .models.context_management_param import ContextManagementParam as ContextManagementParam
    from .models.conversation_item_list import ConversationItemList as ConversationItemList
    from .models.conversation_param_2 import ConversationParam2 as ConversationParam2
    from .models.conversation_resource import ConversationResource as ConversationResource
    from .models.coord_param import CoordParam as CoordParam
    from .models.costs_result import CostsResult as CostsResult
    from .models.costs_result_amount import CostsResultAmount as CostsResultAmount
    from .models.create_assistant_request import CreateAssistantRequest as CreateAssistantRequest
    from .models.create_assistant_request_tool_resources_type_0 import (
        CreateAssistantRequestToolResourcesType0 as CreateAssistantRequestToolResourcesType0,
    )
    from .models.create_assistant_request_tool_resources_type_0_code_interpreter import (
        CreateAssistantRequestToolResourcesType0CodeInterpreter as CreateAssistantRequestToolResourcesType0CodeInterpreter,
    )
    from .models.create_assistant_request_tool_resources_type_0_file_search import (
        CreateAssistantRequestToolResourcesType0FileSearch as CreateAssistantRequestToolResourcesType0FileSearch,
    )
    from .models.create_assistant_request_tool_resources_type_0_file_search_vector_stores_item import (
        CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItem as CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItem,
    )
    from .models.create_assistant_request_tool_resources_type_0_file_search_vector_stores_item_chunking_strategy_type_0 import (
        CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0 as CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0,
    )
    from .models.create_assistant_request_tool_resources_type_0_file_search_vector_stores_item_chunking_strategy_type_1 import (
        CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1 as CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1,
    )
    from .models.create_assistant_request_tool_resources_type_0_file_search_vector_stores_item_chunking_strategy_type_1_static import (
        CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Static as CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Static,
    )
    from .models.create_batch_request import CreateBatchRequest as CreateBatchRequest
    from .models.create_batch_request_endpoint import (
        CreateBatchRequestEndpoint as CreateBatchRequestEndpoint,
    )
    from .models.create_chat_session_body import CreateChatSessionBody as CreateChatSessionBody
    from .models.create_completion_request import CreateCompletionRequest as CreateCompletionRequest
    from .models.create_completion_request_logit_bias_type_0 import (
        CreateCompletionRequestLogitBiasType0 as CreateCompletionRequestLogitBiasType0,
    )
    from .models.create_completion_response import (
        CreateCompletionResponse as CreateCompletionResponse,
    )
    from .models.create_completion_response_choices_item import (
        CreateCompletionResponseChoicesItem as CreateCompletionResponseChoicesItem,
    )
    from .models.create_completion_response_choices_item_finish_reason import (
        CreateCompletionResponseChoicesItemFinishReason as CreateCompletionResponseChoicesItemFinishReason,
    )
    from .models.create_completion_response_choices_item_logprobs_type_0 import (
        CreateCompletionResponseChoicesItemLogprobsType0 as CreateCompletionResponseChoicesItemLogprobsType0,
    )
    from .models.create_completion_response_choices_item_logprobs_type_0_top_logprobs_item import (
        CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem as CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem,
    )
    from .models.create_container_body import CreateContainerBody as CreateContainerBody
    from .models.create_container_body_expires_after import (
        CreateContainerBodyExpiresAfter as CreateContainerBodyExpiresAfter,
    )
    from .models.create_container_body_memory_limit import (
        CreateContainerBodyMemoryLimit as CreateContainerBodyMemoryLimit,
    )
    from .models.create_container_file_body import (
        CreateContainerFileBody as CreateContainerFileBody,
    )
    from .models.create_content_provenance_body import (
        CreateContentProvenanceBody as CreateContentProvenanceBody,
    )
    from .models.create_conversation_body import CreateConversationBody as CreateConversationBody
    from .models.create_conversation_items_body import (
        CreateConversationItemsBody as CreateConversationItemsBody,
    )
    from .models.create_embedding_request import CreateEmbeddingRequest as CreateEmbeddingRequest
    from .models.create_embedding_request_encoding_format import (
        CreateEmbeddingRequestEncodingFormat as CreateEmbeddingRequestEncodingFormat,
    )
    from .models.create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSource as CreateEvalCompletionsRunDataSource,
    )
    from .models.create_eval_completions_run_data_source_input_messages_type_0 import (
        CreateEvalCompletionsRunDataSourceInputMessagesType0 as CreateEvalCompletionsRunDataSourceInputMessagesType0,
    )
    from .models.create_eval_completions_run_data_source_input_messages_type_1 import (
        CreateEvalCompletionsRunDataSourceInputMessagesType1 as CreateEvalCompletionsRunDataSourceInputMessagesType1,
    )
    from .models.create_eval_completions_run_data_source_sampling_params import (
        CreateEvalCompletionsRunDataSourceSamplingParams as CreateEvalCompletionsRunDataSourceSamplingParams,
    )
    from .models.create_eval_custom_data_source_config import (
        CreateEvalCustomDataSourceConfig as CreateEvalCustomDataSourceConfig,
    )
    from .models.create_eval_custom_data_source_config_item_schema import (
        CreateEvalCustomDataSourceConfigItemSchema as CreateEvalCustomDataSourceConfigItemSchema,
    )
    from .models.create_eval_item_type_0 import CreateEvalItemType0 as CreateEvalItemType0
    from .models.create_eval_jsonl_run_data_source import (
        CreateEvalJsonlRunDataSource as CreateEvalJsonlRunDataSource,
    )
    from .models.create_eval_label_model_grader import (
        CreateEvalLabelModelGrader as CreateEvalLabelModelGrader,
    )
    from .models.create_eval_logs_data_source_config import (
        CreateEvalLogsDataSourceConfig as CreateEvalLogsDataSourceConfig,
    )
    from .models.create_eval_logs_data_source_config_metadata import (
        CreateEvalLogsDataSourceConfigMetadata as CreateEvalLogsDataSourceConfigMetadata,
    )
    from .models.create_eval_request import CreateEvalRequest as CreateEvalRequest
    from .models.create_eval_responses_run_data_source import (
        CreateEvalResponsesRunDataSource as CreateEvalResponsesRunDataSource,
    )
    from .models.create_eval_responses_run_data_source_input_messages_type_0 import (
        CreateEvalResponsesRunDataSourceInputMessagesType0 as CreateEvalResponsesRunDataSourceInputMessagesType0,
    )
    from .models.create_eval_responses_run_data_source_input_messages_type_0_template_item_type_0 import (
        CreateEvalResponsesRunDataSourceInputMessagesType0TemplateItemType0 as CreateEvalResponsesRunDataSourceInputMessagesType0TemplateItemType0,
    )
    from .models.create_eval_responses_run_data_source_input_messages_type_1 import (
        CreateEvalResponsesRunDataSourceInputMessagesType1 as CreateEvalResponsesRunDataSourceInputMessagesType1,
    )
    from .models.create_eval_responses_run_data_source_sampling_params import (
        CreateEvalResponsesRunDataSourceSamplingParams as CreateEvalResponsesRunDataSourceSamplingParams,
    )
    from .models.create_eval_responses_run_data_source_sampling_params_text import (
        CreateEvalResponsesRunDataSourceSamplingParamsText as CreateEvalResponsesRunDataSourceSamplingParamsText,
    )
    from .models.create_eval_run_request import CreateEvalRunRequest as CreateEvalRunRequest
    from .models.create_eval_stored_completions_data_source_config import (
        CreateEvalStoredCompletionsDataSourceConfig as CreateEvalStoredCompletionsDataSourceConfig,
    )
    from .models.create_eval_stored_completions_data_source_config_metadata import (
        CreateEvalStoredCompletionsDataSourceConfigMetadata as CreateEvalStoredCompletionsDataSourceConfigMetadata,
    )
    from .models.create_file_request import CreateFileRequest as CreateFileRequest
    from .models.create_file_request_purpose import (
        CreateFileRequestPurpose as CreateFileRequestPurpose,
    )
    from .models.create_fine_tuning_checkpoint_permission_request import (
        CreateFineTuningCheckpointPermissionRequest as CreateFineTuningCheckpointPermissionRequest,
    )
    from .models.create_fine_tuning_job_request import (
        CreateFineTuningJobRequest as CreateFineTuningJobRequest,
    )
    from .models.create_fine_tuning_job_request_hyperparameters import (
        CreateFineTuningJobRequestHyperparameters as CreateFineTuningJobRequestHyperparameters,
    )
    from .models.create_fine_tuning_job_request_integrations_type_0_item import (
        CreateFineTuningJobRequestIntegrationsType0Item as CreateFineTuningJobRequestIntegrationsType0Item,
    )
    from .models.create_fine_tuning_job_request_integrations_type_0_item_wandb import (
        CreateFineTuningJobRequestIntegrationsType0ItemWandb as CreateFineTuningJobRequestIntegrationsType0ItemWandb,
    )
    from .models.create_group_body import CreateGroupBody as CreateGroupBody
    from .models.create_group_user_body import CreateGroupUserBody as CreateGroupUserBody
    from .models.create_image_edit_request import CreateImageEditRequest as CreateImageEditRequest
    from .models.create_image_edit_request_background_type_1 import (
        CreateImageEditRequestBackgroundType1 as CreateImageEditRequestBackgroundType1,
    )
    from .models.create_image_edit_request_output_format_type_1 import (
        CreateImageEditRequestOutputFormatType1 as CreateImageEditRequestOutputFormatType1,
    )
    from .models.create_image_edit_request_quality_type_1 import (
        CreateImageEditRequestQualityType1 as CreateImageEditRequestQualityType1,
    )
    from .models.create_image_edit_request_response_format_type_1 import (
        CreateImageEditRequestResponseFormatType1 as CreateImageEditRequestResponseFormatType1,
    )
    from .models.create_image_request import CreateImageRequest as CreateImageRequest
    from .models.create_image_request_background_type_1 import (
        CreateImageRequestBackgroundType1 as CreateImageRequestBackgroundType1,
    )
    from .models.create_image_request_moderation_type_1 import (
        CreateImageRequestModerationType1 as CreateImageRequestModerationType1,
    )
    from .models.create_image_request_output_format_type_1 import (
        CreateImageRequestOutputFormatType1 as CreateImageRequestOutputFormatType1,
    )
    from .models.create_image_request_quality_type_1 import (
        CreateImageRequestQualityType1 as CreateImageRequestQualityType1,
    )
    from .models.create_image_request_response_format_type_1 import (
        CreateImageRequestResponseFormatType1 as CreateImageRequestResponseFormatType1,
    )
    from .models.create_image_request_style_type_1 import (
        CreateImageRequestStyleType1 as CreateImageRequestStyleType1,
    )
    from .models.create_image_variation_request import (
        CreateImageVariationRequest as CreateImageVariationRequest,
    )
    from .models.create_image_variation_request_response_format_type_1 import (
        CreateImageVariationRequestResponseFormatType1 as CreateImageVariationRequestResponseFormatType1,
    )
    from .models.create_image_variation_request_size_type_1 import (
        CreateImageVariationRequestSizeType1 as CreateImageVariationRequestSizeType1,
    )
    from .models.create_message_request import CreateMessageRequest as CreateMessageRequest
    from .models.create_message_request_attachments_type_0_item import (
        CreateMessageRequestAttachmentsType0Item as CreateMessageRequestAttachmentsType0Item,
    )
    from .models.create_message_request_role import (
        CreateMessageRequestRole as CreateMessageRequestRole,
    )
    from .models.create_model_response_properties import (
        CreateModelResponseProperties as CreateModelResponseProperties,
    )
    from .models.create_model_response_properties_prompt_cache_retention_type_0 import (
        CreateModelResponsePropertiesPromptCacheRetentionType0 as CreateModelResponsePropertiesPromptCacheRetentionType0,
    )
    from .models.create_moderation_request import CreateModerationRequest as CreateModerationRequest
    from .models.create_moderation_request_input_type_0_item_type_1_type_0 import (
        CreateModerationRequestInputType0ItemType1Type0 as CreateModerationRequestInputType0ItemType1Type0,
    )
    from .models.create_moderation_request_input_type_0_item_type_1_type_0_image_url import (
        CreateModerationRequestInputType0ItemType1Type0ImageUrl as CreateModerationRequestInputType0ItemType1Type0ImageUrl,
    )
    from .models.create_moderation_request_input_type_0_item_type_1_type_1 import (
        CreateModerationRequestInputType0ItemType1Type1 as CreateModerationRequestInputType0ItemType1Type1,
    )
    from .models.create_moderation_response import (
        CreateModerationResponse as CreateModerationResponse,
    )
    from .models.create_moderation_response_results_item import (
        CreateModerationResponseResultsItem as CreateModerationResponseResultsItem,
    )
    from .models.create_moderation_response_results_item_categories import (
        CreateModerationResponseResultsItemCategories as CreateModerationResponseResultsItemCategories,
    )
    from .models.create_moderation_response_results_item_category_applied_input_types import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypes as CreateModerationResponseResultsItemCategoryAppliedInputTypes,
    )
    from .models.create_moderation_response_results_item_category_applied_input_types_self_harm_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem as CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem,
    )
    from .models.create_moderation_response_results_item_category_applied_input_types_self_harminstructions_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem as CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem,
    )
    from .models.create_moderation_response_results_item_category_applied_input_types_self_harmintent_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmintentItem as CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmintentItem,
    )
    from .models.create_moderation_response_results_item_category_applied_input_types_sexual_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualItem as CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualItem,
    )
    from .models.create_moderation_response_results_item_category_applied_input_types_violence_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem as CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem,
    )
    from .models.create_moderation_response_results_item_category_applied_input_types_violencegraphic_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesViolencegraphicItem as CreateModerationResponseResultsItemCategoryAppliedInputTypesViolencegraphicItem,
    )
    from .models.create_moderation_response_results_item_category_scores import (
        CreateModerationResponseResultsItemCategoryScores as CreateModerationResponseResultsItemCategoryScores,
    )
    from .models.create_project_service_account_api_key_body import (
        CreateProjectServiceAccountApiKeyBody as CreateProjectServiceAccountApiKeyBody,
    )
    from .models.create_response import CreateResponse as CreateResponse
    from .models.create_response_prompt_cache_retention_type_0 import (
        CreateResponsePromptCacheRetentionType0 as CreateResponsePromptCacheRetentionType0,
    )
    from .models.create_response_truncation_type_0 import (
        CreateResponseTruncationType0 as CreateResponseTruncationType0,
    )
    from .models.create_run_request import CreateRunRequest as CreateRunRequest
    from .models.create_skill_body import CreateSkillBody as CreateSkillBody
    from .models.create_skill_version_body import CreateSkillVersionBody as CreateSkillVersionBody
    from .models.create_speech_request import CreateSpeechRequest as CreateSpeechRequest
    from .models.create_speech_request_response_format import (
        CreateSpeechRequestResponseFormat as CreateSpeechRequestResponseFormat,
    )
    from .models.create_speech_request_stream_format import (
        CreateSpeechRequestStreamFormat as CreateSpeechRequestStreamFormat,
    )
    from .models.create_spend_alert_body import CreateSpendAlertBody as CreateSpendAlertBody
    from .models.create_thread_and_run_request import (
        CreateThreadAndRunRequest as CreateThreadAndRunRequest,
    )
    from .models.create_thread_and_run_request_tool_resources_type_0 import (
        CreateThreadAndRunRequestToolResourcesType0 as CreateThreadAndRunRequestToolResourcesType0,
    )
    from .models.create_thread_and_run_request_tool_resources_type_0_code_interpreter import (
        CreateThreadAndRunRequestToolResourcesType0CodeInterpreter as CreateThreadAndRunRequestToolResourcesType0CodeInterpreter,
    )
    from .models.create_thread_and_run_request_tool_resources_type_0_file_search import (
        CreateThreadAndRunRequestToolResourcesType0FileSearch as CreateThreadAndRunRequestToolResourcesType0FileSearch,
    )
    from .models.create_thread_request import CreateThreadRequest as CreateThreadRequest
    from .models.create_thread_request_tool_resources_type_0 import (
        CreateThreadRequestToolResourcesType0 as CreateThreadRequestToolResourcesType0,
    )
    from .models.create_thread_request_tool_resources_type_0_code_interpreter import (
        CreateThreadRequestToolResourcesType0CodeInterpreter as CreateThreadRequestToolResourcesType0CodeInterpreter,
    )
    from .models.create_thread_request_tool_resources_type_0_file_search import (
        CreateThreadRequestToolResourcesType0FileSearch as CreateThreadRequestToolResourcesType0FileSearch,
    )
    from .models.create_thread_request_tool_resources_type_0_file_search_vector_stores_item import (
        CreateThreadRequestToolResourcesType0FileSearchVectorStoresItem as CreateThreadRequestToolResourcesType0FileSearchVectorStoresItem,
    )
    from .models.create_thread_request_tool_resources_type_0_file_search_vector_stores_item_chunking_strategy_type_0 import (
        CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0 as CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0,
    )
    from .models.create_thread_request_tool_resources_type_0_file_search_vector_stores_item_chunking_strategy_type_1 import (
        CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1 as CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1,
    )
    from .models.create_thread_request_tool_resources_type_0_file_search_vector_stores_item_chunking_strategy_type_1_static import (
        CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Static as CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Static,
    )
    from .models.create_transcription_request import (
        CreateTranscriptionRequest as CreateTranscriptionRequest,
    )
    from .models.create_transcription_request_timestamp_granularities_item import (
        CreateTranscriptionRequestTimestampGranularitiesItem as CreateTranscriptionRequestTimestampGranularitiesItem,
    )
    from .models.create_transcription_response_diarized_json import (
        CreateTranscriptionResponseDiarizedJson as CreateTranscriptionResponseDiarizedJson,
    )
    from .models.create_transcription_response_json import (
        CreateTranscriptionResponseJson as CreateTranscriptionResponseJson,
    )
    from .models.create_transcription_response_json_logprobs_item import (
        CreateTranscriptionResponseJsonLogprobsItem as CreateTranscriptionResponseJsonLogprobsItem,
    )
    from .models.create_transcription_response_verbose_json import (
        CreateTranscriptionResponseVerboseJson as CreateTranscriptionResponseVerboseJson,
    )
    from .models.create_translation_request import (
        CreateTranslationRequest as CreateTranslationRequest,
    )
    from .models.create_translation_request_response_format import (
        CreateTranslationRequestResponseFormat as CreateTranslationRequestResponseFormat,
    )
    from .models.create_translation_response_json import (
        CreateTranslationResponseJson as CreateTranslationResponseJson,
    )
    from .models.create_translation_response_verbose_json import (
        CreateTranslationResponseVerboseJson as CreateTranslationResponseVerboseJson,
    )
    from .models.create_upload_request import CreateUploadRequest as CreateUploadRequest
    from .models.create_upload_request_purpose import (
        CreateUploadRequestPurpose as CreateUploadRequestPurpose,
    )
    from .models.create_vector_store_file_batch_request import (
        CreateVectorStoreFileBatchRequest as CreateVectorStoreFileBatchRequest,
    )
    from .models.create_vector_store_file_request import (
        CreateVectorStoreFileRequest as CreateVectorStoreFileRequest,
    )
    from .models.create_vector_store_request import (
        CreateVectorStoreRequest as CreateVectorStoreRequest,
    )
    from .models.create_video_character_body import (
        CreateVideoCharacterBody as CreateVideoCharacterBody,
    )
    from .models.create_video_edit_json_body import (
        CreateVideoEditJsonBody as CreateVideoEditJsonBody,
    )
    from .models.create_video_edit_multipart_body import (
        CreateVideoEditMultipartBody as CreateVideoEditMultipartBody,
    )
    from .models.create_video_extend_json_body import (
        CreateVideoExtendJsonBody as CreateVideoExtendJsonBody,
    )
    from .models.create_video_extend_multipart_body import (
        CreateVideoExtendMultipartBody as CreateVideoExtendMultipartBody,
    )
    from .models.create_video_json_body import CreateVideoJsonBody as CreateVideoJsonBody
    from .models.create_video_multipart_body import (
        CreateVideoMultipartBody as CreateVideoMultipartBody,
    )
    from .models.create_video_remix_body import CreateVideoRemixBody as CreateVideoRemixBody
    from .models.create_voice_consent_request import (
        CreateVoiceConsentRequest as CreateVoiceConsentRequest,
    )
    from .models.create_voice_request import CreateVoiceRequest as CreateVoiceRequest
    from .models.custom_grammar_format_param import (
        CustomGrammarFormatParam as CustomGrammarFormatParam,
    )
    from .models.custom_text_format_param import CustomTextFormatParam as CustomTextFormatParam
    from .models.custom_tool_call import CustomToolCall as CustomToolCall
    from .models.custom_tool_call_output import CustomToolCallOutput as CustomToolCallOutput
    from .models.custom_tool_call_output_resource import (
        CustomToolCallOutputResource as CustomToolCallOutputResource,
    )
    from .models.custom_tool_call_resource import CustomToolCallResource as CustomToolCallResource
    from .models.custom_tool_chat_completions import (
        CustomToolChatCompletions as CustomToolChatCompletions,
    )
    from .models.custom_tool_chat_completions_custom import (
        CustomToolChatCompletionsCustom as CustomToolChatCompletionsCustom,
    )
    from .models.custom_tool_chat_completions_custom_format_type_0 import (
        CustomToolChatCompletionsCustomFormatType0 as CustomToolChatCompletionsCustomFormatType0,
    )
    from .models.custom_tool_chat_completions_custom_format_type_1 import (
        CustomToolChatCompletionsCustomFormatType1 as CustomToolChatCompletionsCustomFormatType1,
    )
    from .models.custom_tool_chat_completions_custom_format_type_1_grammar import (
        CustomToolChatCompletionsCustomFormatType1Grammar as CustomToolChatCompletionsCustomFormatType1Grammar,
    )
    from .models.custom_tool_chat_completions_custom_format_type_1_grammar_syntax import (
        CustomToolChatCompletionsCustomFormatType1GrammarSyntax as CustomToolChatCompletionsCustomFormatType1GrammarSyntax,
    )
    from .models.custom_tool_param import CustomToolParam as CustomToolParam
    from .models.delete_assistant_response import DeleteAssistantResponse as DeleteAssistantResponse
    from .models.delete_certificate_response import (
        DeleteCertificateResponse as DeleteCertificateResponse,
    )
    from .models.delete_eval_response_200 import DeleteEvalResponse200 as DeleteEvalResponse200
    from .models.delete_eval_run_response_200 import (
        DeleteEvalRunResponse200 as DeleteEvalRunResponse200,
    )
    from .models.delete_file_response import DeleteFileResponse as DeleteFileResponse
    from .models.delete_fine_tuning_checkpoint_permission_response import (
        DeleteFineTuningCheckpointPermissionResponse as DeleteFineTuningCheckpointPermissionResponse,
    )
    from .models.delete_message_response import DeleteMessageResponse as DeleteMessageResponse
    from .models.delete_model_response import DeleteModelResponse as DeleteModelResponse
    from .models.delete_thread_response import DeleteThreadResponse as DeleteThreadResponse
    from .models.delete_vector_store_file_response import (
        DeleteVectorStoreFileResponse as DeleteVectorStoreFileResponse,
    )
    from .models.delete_vector_store_response import (
        DeleteVectorStoreResponse as DeleteVectorStoreResponse,
    )
    from .models.deleted_conversation import DeletedConversation as DeletedConversation
    from .models.deleted_conversation_resource import (
        DeletedConversationResource as DeletedConversationResource,
    )
    from .models.deleted_role_assignment_resource import (
        DeletedRoleAssignmentResource as DeletedRoleAssignmentResource,
    )
    from .models.deleted_skill_resource import DeletedSkillResource as DeletedSkillResource
    from .models.deleted_skill_version_resource import (
        DeletedSkillVersionResource as DeletedSkillVersionResource,
    )
    from .models.deleted_thread_resource import DeletedThreadResource as DeletedThreadResource
    from .models.deleted_video_resource import DeletedVideoResource as DeletedVideoResource
    from .models.detail_enum import DetailEnum as DetailEnum
    from .models.direct_tool_call_caller import DirectToolCallCaller as DirectToolCallCaller
    from .models.direct_tool_call_caller_param import (
        DirectToolCallCallerParam as DirectToolCallCallerParam,
    )
    from .models.done_event import DoneEvent as DoneEvent
    from .models.double_click_action import DoubleClickAction as DoubleClickAction
    from .models.drag_param import DragParam as DragParam
    from .models.drag_point import DragPoint as DragPoint
    from .models.easy_input_message import EasyInputMessage as EasyInputMessage
    from .models.easy_input_message_role import EasyInputMessageRole as EasyInputMessageRole
    from .models.edit_image_body_json_param import EditImageBodyJsonParam as EditImageBodyJsonParam
    from .models.edit_image_body_json_param_background_type_0 import (
        EditImageBodyJsonParamBackgroundType0 as EditImageBodyJsonParamBackgroundType0,
    )
    from .models.edit_image_body_json_param_input_fidelity_type_0 import (
        EditImageBodyJsonParamInputFidelityType0 as EditImageBodyJsonParamInputFidelityType0,
    )
    from .models.edit_image_body_json_param_moderation_type_0 import (
        EditImageBodyJsonParamModerationType0 as EditImageBodyJsonParamModerationType0,
    )
    from .models.edit_image_body_json_param_output_format_type_0 import (
        EditImageBodyJsonParamOutputFormatType0 as EditImageBodyJsonParamOutputFormatType0,
    )
    from .models.edit_image_body_json_param_quality_type_0 import (
        EditImageBodyJsonParamQualityType0 as EditImageBodyJsonParamQualityType0,
    )
    from .models.edit_image_body_json_param_size_type_0 import (
        EditImageBodyJsonParamSizeType0 as EditImageBodyJsonParamSizeType0,
    )
    from .models.embedding_list import EmbeddingList as EmbeddingList
    from .models.embedding_list_usage import EmbeddingListUsage as EmbeddingListUsage
    from .models.embedding_object import Embedding as Embedding
    from .models.empty_model_param import EmptyModelParam as EmptyModelParam
    from .models.error import Error as Error
    from .models.error_2 import Error2 as Error2
    from .models.error_event import ErrorEvent as ErrorEvent
    from .models.error_payload import ErrorPayload as ErrorPayload
    from .models.error_payload_headers import ErrorPayloadHeaders as ErrorPayloadHeaders
    from .models.error_response import ErrorResponse as ErrorResponse
    from .models.eval_ import Eval as Eval
    from .models.eval_api_error import EvalApiError as EvalApiError
    from .models.eval_custom_data_source_config import (
        EvalCustomDataSourceConfig as EvalCustomDataSourceConfig,
    )
    from .models.eval_custom_data_source_config_schema import (
        EvalCustomDataSourceConfigSchema as EvalCustomDataSourceConfigSchema,
    )
    from .models.eval_grader_label_model import EvalGraderLabelModel as EvalGraderLabelModel
    from .models.eval_grader_python import EvalGraderPython as EvalGraderPython
    from .models.eval_grader_score_model import EvalGraderScoreModel as EvalGraderScoreModel
    from .models.eval_grader_score_model_sampling_params import (
        EvalGraderScoreModelSamplingParams as EvalGraderScoreModelSamplingParams,
    )
    from .models.eval_grader_string_check import EvalGraderStringCheck as EvalGraderStringCheck
    from .models.eval_grader_string_check_operation import (
        EvalGraderStringCheckOperation as EvalGraderStringCheckOperation,
    )
    from .models.eval_grader_text_similarity import (
        EvalGraderTextSimilarity as EvalGraderTextSimilarity,
    )
    from .models.eval_grader_text_similarity_evaluation_metric import (
        EvalGraderTextSimilarityEvaluationMetric as EvalGraderTextSimilarityEvaluationMetric,
    )
    from .models.eval_item import EvalItem as EvalItem
    from .models.eval_item_content_output_text import (
        EvalItemContentOutputText as EvalItemContentOutputText,
    )
    from .models.eval_item_input_image import EvalItemInputImage as EvalItemInputImage
    from .models.eval_item_role import EvalItemRole as EvalItemRole
    from .models.eval_jsonl_file_content_source import (
        EvalJsonlFileContentSource as EvalJsonlFileContentSource,
    )
    from .models.eval_jsonl_file_content_source_content_item import (
        EvalJsonlFileContentSourceContentItem as EvalJsonlFileContentSourceContentItem,
    )
    from .models.eval_jsonl_file_content_source_content_item_item import (
        EvalJsonlFileContentSourceContentItemItem as EvalJsonlFileContentSourceContentItemItem,
    )
    from .models.eval_jsonl_file_content_source_content_item_sample import (
        EvalJsonlFileContentSourceContentItemSample as EvalJsonlFileContentSourceContentItemSample,
    )
    from .models.eval_jsonl_file_id_source import EvalJsonlFileIdSource as EvalJsonlFileIdSource
    from .models.eval_list import EvalList as EvalList
    from .models.eval_logs_data_source_config import (
        EvalLogsDataSourceConfig as EvalLogsDataSourceConfig,
    )
    from .models.eval_logs_data_source_config_schema import (
        EvalLogsDataSourceConfigSchema as EvalLogsDataSourceConfigSchema,
    )
    from .models.eval_responses_source import EvalResponsesSource as EvalResponsesSource
    from .models.eval_responses_source_metadata_type_0 import (
        EvalResponsesSourceMetadataType0 as EvalResponsesSourceMetadataType0,
    )
    from .models.eval_run import EvalRun as EvalRun
    from .models.eval_run_list import EvalRunList as EvalRunList
    from .models.eval_run_output_item import EvalRunOutputItem as EvalRunOutputItem
    from .models.eval_run_output_item_datasource_item import (
        EvalRunOutputItemDatasourceItem as EvalRunOutputItemDatasourceItem,
    )
    from .models.eval_run_output_item_list import EvalRunOutputItemList as EvalRunOutputItemList
    from .models.eval_run_output_item_result import (
        EvalRunOutputItemResult as EvalRunOutputItemResult,
    )
    from .models.eval_run_output_item_result_sample_type_0 import (
        EvalRunOutputItemResultSampleType0 as EvalRunOutputItemResultSampleType0,
    )
    from .models.eval_run_output_item_sample import (
        EvalRunOutputItemSample as EvalRunOutputItemSample,
    )
    from .models.eval_run_output_item_sample_input_item import (
        EvalRunOutputItemSampleInputItem as EvalRunOutputItemSampleInputItem,
    )
    from .models.eval_run_output_item_sample_output_item import (
        EvalRunOutputItemSampleOutputItem as EvalRunOutputItemSampleOutputItem,
    )
    from .models.eval_run_output_item_sample_usage import (
        EvalRunOutputItemSampleUsage as EvalRunOutputItemSampleUsage,
    )
    from .models.eval_run_per_model_usage_item import (
        EvalRunPerModelUsageItem as EvalRunPerModelUsageItem,
    )
    from .models.eval_run_per_testing_criteria_results_item import (
        EvalRunPerTestingCriteriaResultsItem as EvalRunPerTestingCriteriaResultsItem,
    )
    from .models.eval_run_result_counts import EvalRunResultCounts as EvalRunResultCounts
    from .models.eval_stored_completions_data_source_config import (
        EvalStoredCompletionsDataSourceConfig as EvalStoredCompletionsDataSourceConfig,
    )
    from .models.eval_stored_completions_data_source_config_schema import (
        EvalStoredCompletionsDataSourceConfigSchema as EvalStoredCompletionsDataSourceConfigSchema,
    )
    from .models.eval_stored_completions_source import (
        EvalStoredCompletionsSource as EvalStoredCompletionsSource,
    )
    from .models.expires_after_param import ExpiresAfterParam as ExpiresAfterParam
    from .models.file_annotation import FileAnnotation as FileAnnotation
    from .models.file_annotation_source import FileAnnotationSource as FileAnnotationSource
    from .models.file_citation_body import FileCitationBody as FileCitationBody
    from .models.file_citation_param import FileCitationParam as FileCitationParam
    from .models.file_detail_enum import FileDetailEnum as FileDetailEnum
    from .models.file_expiration_after import FileExpirationAfter as FileExpirationAfter
    from .models.file_input_detail import FileInputDetail as FileInputDetail
    from .models.file_list import FileList as FileList
    from .models.file_object import FileObject as FileObject
    from .models.file_object_purpose import FileObjectPurpose as FileObjectPurpose
    from .models.file_object_status import FileObjectStatus as FileObjectStatus
    from .models.file_path import FilePath as FilePath
    from .models.file_search_ranker import FileSearchRanker as FileSearchRanker
    from .models.file_search_ranking_options import (
        FileSearchRankingOptions as FileSearchRankingOptions,
    )
    from .models.file_search_tool import FileSearchTool as FileSearchTool
    from .models.file_search_tool_call import FileSearchToolCall as FileSearchToolCall
    from .models.file_search_tool_call_results_type_0_item import (
        FileSearchToolCallResultsType0Item as FileSearchToolCallResultsType0Item,
    )
    from .models.file_search_tool_call_status import (
        FileSearchToolCallStatus as FileSearchToolCallStatus,
    )
    from .models.file_upload_param import FileUploadParam as FileUploadParam
    from .models.fine_tune_chat_completion_request_assistant_message import (
        FineTuneChatCompletionRequestAssistantMessage as FineTuneChatCompletionRequestAssistantMessage,
    )
    from .models.fine_tune_chat_completion_request_assistant_message_audio_type_0 import (
        FineTuneChatCompletionRequestAssistantMessageAudioType0 as FineTuneChatCompletionRequestAssistantMessageAudioType0,
    )
    from .models.fine_tune_chat_completion_request_assistant_message_function_call_type_0 import (
        FineTuneChatCompletionRequestAssistantMessageFunctionCallType0 as FineTuneChatCompletionRequestAssistantMessageFunctionCallType0,
    )
    from .models.fine_tune_chat_completion_request_assistant_message_weight import (
        FineTuneChatCompletionRequestAssistantMessageWeight as FineTuneChatCompletionRequestAssistantMessageWeight,
    )
    from .models.fine_tune_dpo_hyperparameters import (
        FineTuneDPOHyperparameters as FineTuneDPOHyperparameters,
    )
    from .models.fine_tune_dpo_method import FineTuneDPOMethod as FineTuneDPOMethod
    from .models.fine_tune_method import FineTuneMethod as FineTuneMethod
    from .models.fine_tune_method_type import FineTuneMethodType as FineTuneMethodType
    from .models.fine_tune_reinforcement_hyperparameters import (
        FineTuneReinforcementHyperparameters as FineTuneReinforcementHyperparameters,
    )
    from .models.fine_tune_reinforcement_hyperparameters_reasoning_effort import (
        FineTuneReinforcementHyperparametersReasoningEffort as FineTuneReinforcementHyperparametersReasoningEffort,
    )
    from .models.fine_tune_reinforcement_method import (
        FineTuneReinforcementMethod as FineTuneReinforcementMethod,
    )
    from .models.fine_tune_supervised_hyperparameters import (
        FineTuneSupervisedHyperparameters as FineTuneSupervisedHyperparameters,
    )
    from .models.fine_tune_supervised_method import (
        FineTuneSupervisedMethod as FineTuneSupervisedMethod,
    )
    from .models.fine_tuning_checkpoint_permission import (
        FineTuningCheckpointPermission as FineTuningCheckpointPermission,
    )
    from .models.fine_tuning_integration import FineTuningIntegration as FineTuningIntegration
    from .models.fine_tuning_integration_wandb import (
        FineTuningIntegrationWandb as FineTuningIntegrationWandb,
    )
    from .models.fine_tuning_job import FineTuningJob as FineTuningJob
    from .models.fine_tuning_job_checkpoint import (
        FineTuningJobCheckpoint as FineTuningJobCheckpoint,
    )
    from .models.fine_tuning_job_checkpoint_metrics import (
        FineTuningJobCheckpointMetrics as FineTuningJobCheckpointMetrics,
    )
    from .models.fine_tuning_job_error_type_0 import (
        FineTuningJobErrorType0 as FineTuningJobErrorType0,
    )
    from .models.fine_tuning_job_event import FineTuningJobEvent as FineTuningJobEvent
    from .models.fine_tuning_job_event_data import FineTuningJobEventData as FineTuningJobEventData
    from .models.fine_tuning_job_event_level import (
        FineTuningJobEventLevel as FineTuningJobEventLevel,
    )
    from .models.fine_tuning_job_event_type import FineTuningJobEventType as FineTuningJobEventType
    from .models.fine_tuning_job_hyperparameters import (
        FineTuningJobHyperparameters as FineTuningJobHyperparameters,
    )
    from .models.fine_tuning_job_status import FineTuningJobStatus as FineTuningJobStatus
    from .models.function_call_item_status import FunctionCallItemStatus as FunctionCallItemStatus
    from .models.function_call_output_item_param import (
        FunctionCallOutputItemParam as FunctionCallOutputItemParam,
    )
    from .models.function_call_output_status_enum import (
        FunctionCallOutputStatusEnum as FunctionCallOutputStatusEnum,
    )
    from .models.function_call_status import FunctionCallStatus as FunctionCallStatus
    from .models.function_object import FunctionObject as FunctionObject
    from .models.function_parameters import FunctionParameters as FunctionParameters
    from .models.function_shell_action import FunctionShellAction as FunctionShellAction
    from .models.function_shell_action_param import (
        FunctionShellActionParam as FunctionShellActionParam,
    )
    from .models.function_shell_call import FunctionShellCall as FunctionShellCall
    from .models.function_shell_call_item_param import (
        FunctionShellCallItemParam as FunctionShellCallItemParam,
    )
    from .models.function_shell_call_item_status import (
        FunctionShellCallItemStatus as FunctionShellCallItemStatus,
    )
    from .models.function_shell_call_output import (
        FunctionShellCallOutput as FunctionShellCallOutput,
    )
    from .models.function_shell_call_output_content import (
        FunctionShellCallOutputContent as FunctionShellCallOutputContent,
    )
    from .models.function_shell_call_output_content_param import (
        FunctionShellCallOutputContentParam as FunctionShellCallOutputContentParam,
    )
    from .models.function_shell_call_output_exit_outcome import (
        FunctionShellCallOutputExitOutcome as FunctionShellCallOutputExitOutcome,
    )
    from .models.function_shell_call_output_exit_outcome_param import (
        FunctionShellCallOutputExitOutcomeParam as FunctionShellCallOutputExitOutcomeParam,
    )
    from .models.function_shell_call_output_item_param import (
        FunctionShellCallOutputItemParam as FunctionShellCallOutputItemParam,
    )
    from .models.function_shell_call_output_status_enum import (
        FunctionShellCallOutputStatusEnum as FunctionShellCallOutputStatusEnum,
    )
    from .models.function_shell_call_output_timeout_outcome import (
        FunctionShellCallOutputTimeoutOutcome as FunctionShellCallOutputTimeoutOutcome,
    )
    from .models.function_shell_call_output_timeout_outcome_param import (
        FunctionShellCallOutputTimeoutOutcomeParam as FunctionShellCallOutputTimeoutOutcomeParam,
    )
    from .models.function_shell_call_status import (
        FunctionShellCallStatus as FunctionShellCallStatus,
    )
    from .models.function_shell_tool_param import FunctionShellToolParam as FunctionShellToolParam
    from .models.function_tool import FunctionTool as FunctionTool
    from .models.function_tool_call import FunctionToolCall as FunctionToolCall
    from .models.function_tool_call_output import FunctionToolCallOutput as FunctionToolCallOutput
    from .models.function_tool_call_output_resource import (
        FunctionToolCallOutputResource as FunctionToolCallOutputResource,
    )
    from .models.function_tool_call_output_resource_status import (
        FunctionToolCallOutputResourceStatus as FunctionToolCallOutputResourceStatus,
    )
    from .models.function_tool_call_output_status import (
        FunctionToolCallOutputStatus as FunctionToolCallOutputStatus,
    )
    from .models.function_tool_call_resource import (
        FunctionToolCallResource as FunctionToolCallResource,
    )
    from .models.function_tool_call_resource_status import (
        FunctionToolCallResourceStatus as FunctionToolCallResourceStatus,
    )
    from .models.function_tool_call_status import FunctionToolCallStatus as FunctionToolCallStatus
    from .models.function_tool_output_schema_type_0 import (
        FunctionToolOutputSchemaType0 as FunctionToolOutputSchemaType0,
    )
    from .models.function_tool_param import FunctionToolParam as FunctionToolParam
    from .models.function_tool_param_output_schema_type_0 import (
        FunctionToolParamOutputSchemaType0 as FunctionToolParamOutputSchemaType0,
    )
    from .models.function_tool_parameters_type_0 import (
        FunctionToolParametersType0 as FunctionToolParametersType0,
    )
    from .models.get_chat_completion_messages_order import (
        GetChatCompletionMessagesOrder as GetChatCompletionMessagesOrder,
    )
    from .models.get_eval_run_output_items_order import (
        GetEvalRunOutputItemsOrder as GetEvalRunOutputItemsOrder,
    )
    from .models.get_eval_run_output_items_status import (
        GetEvalRunOutputItemsStatus as GetEvalRunOutputItemsStatus,
    )
    from .models.get_eval_runs_order import GetEvalRunsOrder as GetEvalRunsOrder
    from .models.get_eval_runs_status import GetEvalRunsStatus as GetEvalRunsStatus
    from .models.grader_label_model import GraderLabelModel as GraderLabelModel
    from .models.grader_multi import GraderMulti as GraderMulti
    from .models.grader_python import GraderPython as GraderPython
    from .models.grader_score_model import GraderScoreModel as GraderScoreModel
    from .models.grader_score_model_sampling_params import (
        GraderScoreModelSamplingParams as GraderScoreModelSamplingParams,
    )
    from .models.grader_string_check import GraderStringCheck as GraderStringCheck
    from .models.grader_string_check_operation import (
        GraderStringCheckOperation as GraderStringCheckOperation,
    )
    from .models.grader_text_similarity import GraderTextSimilarity as GraderTextSimilarity
    from .models.grader_text_similarity_evaluation_metric import (
        GraderTextSimilarityEvaluationMetric as GraderTextSimilarityEvaluationMetric,
    )
    from .models.grammar_syntax_1 import GrammarSyntax1 as GrammarSyntax1
    from .models.group import Group as Group
    from .models.group_deleted_resource import GroupDeletedResource as GroupDeletedResource
    from .models.group_list_resource import GroupListResource as GroupListResource
    from .models.group_member_user import GroupMemberUser as GroupMemberUser
    from .models.group_member_user_user_type import (
        GroupMemberUserUserType as GroupMemberUserUserType,
    )
    from .models.group_resource_with_success import (
        GroupResourceWithSuccess as GroupResourceWithSuccess,
    )
    from .models.group_response import GroupResponse as GroupResponse
    from .models.group_response_group_type import GroupResponseGroupType as GroupResponseGroupType
    from .models.group_role_assignment import GroupRoleAssignment as GroupRoleAssignment
    from .models.group_user import GroupUser as GroupUser
    from .models.group_user_assignment import GroupUserAssignment as GroupUserAssignment
    from .models.group_user_deleted_resource import (
        GroupUserDeletedResource as GroupUserDeletedResource,
    )
    from .models.history_param import HistoryParam as HistoryParam
    from .models.hosted_tool_permission import HostedToolPermission as HostedToolPermission
    from .models.hosted_tool_permission_update import (
        HostedToolPermissionUpdate as HostedToolPermissionUpdate,
    )
    from .models.http_error import HTTPError as HTTPError
    from .models.hybrid_search_options import HybridSearchOptions as HybridSearchOptions
    from .models.image import Image as Image
    from .models.image_detail import ImageDetail as ImageDetail
    from .models.image_edit_completed_event import (
        ImageEditCompletedEvent as ImageEditCompletedEvent,
    )
    from .models.image_edit_completed_event_background import (
        ImageEditCompletedEventBackground as ImageEditCompletedEventBackground,
    )
    from .models.image_edit_completed_event_output_format import (
        ImageEditCompletedEventOutputFormat as ImageEditCompletedEventOutputFormat,
    )
    from .models.image_edit_completed_event_quality import (
        ImageEditCompletedEventQuality as ImageEditCompletedEventQuality,
    )
    from .models.image_edit_completed_event_size import (
        ImageEditCompletedEventSize as ImageEditCompletedEventSize,
    )
    from .models.image_edit_partial_image_event import (
        ImageEditPartialImageEvent as ImageEditPartialImageEvent,
    )
    from .models.image_edit_partial_image_event_background import (
        ImageEditPartialImageEventBackground as ImageEditPartialImageEventBackground,
    )
    from .models.image_edit_partial_image_event_output_format import (
        ImageEditPartialImageEventOutputFormat as ImageEditPartialImageEventOutputFormat,
    )
    from .models.image_edit_partial_image_event_quality import (
        ImageEditPartialImageEventQuality as ImageEditPartialImageEventQuality,
    )
    from .models.image_edit_partial_image_event_size import (
        ImageEditPartialImageEventSize as ImageEditPartialImageEventSize,
    )
    from .models.image_gen_action_enum import ImageGenActionEnum as ImageGenActionEnum
    from .models.image_gen_completed_event import ImageGenCompletedEvent as ImageGenCompletedEvent
    from .models.image_gen_completed_event_background import (
        ImageGenCompletedEventBackground as ImageGenCompletedEventBackground,
    )
    from .models.image_gen_completed_event_output_format import (
        ImageGenCompletedEventOutputFormat as ImageGenCompletedEventOutputFormat,
    )
    from .models.image_gen_completed_event_quality import (
        ImageGenCompletedEventQuality as ImageGenCompletedEventQuality,
    )
    from .models.image_gen_completed_event_size import (
        ImageGenCompletedEventSize as ImageGenCompletedEventSize,
    )
    from .models.image_gen_input_usage_details import (
        ImageGenInputUsageDetails as ImageGenInputUsageDetails,
    )
    from .models.image_gen_output_tokens_details import (
        ImageGenOutputTokensDetails as ImageGenOutputTokensDetails,
    )
    from .models.image_gen_partial_image_event import (
        ImageGenPartialImageEvent as ImageGenPartialImageEvent,
    )
    from .models.image_gen_partial_image_event_background import (
        ImageGenPartialImageEventBackground as ImageGenPartialImageEventBackground,
    )
    from .models.image_gen_partial_image_event_output_format import (
        ImageGenPartialImageEventOutputFormat as ImageGenPartialImageEventOutputFormat,
    )
    from .models.image_gen_partial_image_event_quality import (
        ImageGenPartialImageEventQuality as ImageGenPartialImageEventQuality,
    )
    from .models.image_gen_partial_image_event_size import (
        ImageGenPartialImageEventSize as ImageGenPartialImageEventSize,
    )
    from .models.image_gen_tool import ImageGenTool as ImageGenTool
    from .models.image_gen_tool_background import ImageGenToolBackground as ImageGenToolBackground
    from .models.image_gen_tool_call import ImageGenToolCall as ImageGenToolCall
    from .models.image_gen_tool_call_status import ImageGenToolCallStatus as ImageGenToolCallStatus
    from .models.image_gen_tool_input_image_mask import (
        ImageGenToolInputImageMask as ImageGenToolInputImageMask,
    )
    from .models.image_gen_tool_moderation import ImageGenToolModeration as ImageGenToolModeration
    from .models.image_gen_tool_output_format import (
        ImageGenToolOutputFormat as ImageGenToolOutputFormat,
    )
    from .models.image_gen_tool_quality import ImageGenToolQuality as ImageGenToolQuality
    from .models.image_gen_usage import ImageGenUsage as ImageGenUsage
    from .models.image_ref_param import ImageRefParam as ImageRefParam
    from .models.image_ref_param_2 import ImageRefParam2 as ImageRefParam2
    from .models.images_response import ImagesResponse as ImagesResponse
    from .models.images_response_background import (
        ImagesResponseBackground as ImagesResponseBackground,
    )
    from .models.images_response_output_format import (
        ImagesResponseOutputFormat as ImagesResponseOutputFormat,
    )
    from .models.images_response_quality import ImagesResponseQuality as ImagesResponseQuality
    from .models.images_response_size import ImagesResponseSize as ImagesResponseSize
    from .models.images_usage import ImagesUsage as ImagesUsage
    from .models.images_usage_input_tokens_details import (
        ImagesUsageInputTokensDetails as ImagesUsageInputTokensDetails,
    )
    from .models.include_enum import IncludeEnum as IncludeEnum
    from .models.inference_options import InferenceOptions as InferenceOptions
    from .models.inline_skill_param import InlineSkillParam as InlineSkillParam
    from .models.inline_skill_source_param import InlineSkillSourceParam as InlineSkillSourceParam
    from .models.input_audio_input_audio import InputAudioInputAudio as InputAudioInputAudio
    from .models.input_audio_input_audio_format import (
        InputAudioInputAudioFormat as InputAudioInputAudioFormat,
    )
    from .models.input_audio_param import InputAudio as InputAudio
    from .models.input_fidelity import InputFidelity as InputFidelity
    from .models.input_file_content import InputFileContent as InputFileContent
    from .models.input_file_content_param import InputFileContentParam as InputFileContentParam
    from .models.input_image_content import InputImageContent as InputImageContent
    from .models.input_image_content_param_auto_param import (
        InputImageContentParamAutoParam as InputImageContentParamAutoParam,
    )
    from .models.input_message import InputMessage as InputMessage
    from .models.input_message_resource import InputMessageResource as InputMessageResource
    from .models.input_message_resource_role import (
        InputMessageResourceRole as InputMessageResourceRole,
    )
    from .models.input_message_resource_status import (
        InputMessageResourceStatus as InputMessageResourceStatus,
    )
    from .models.input_message_role import InputMessageRole as InputMessageRole
    from .models.input_message_status import InputMessageStatus as InputMessageStatus
    from .models.input_text_content import InputTextContent as InputTextContent
    from .models.input_text_content_param import InputTextContentParam as InputTextContentParam
    from .models.invite import Invite as Invite
    from .models.invite_delete_response import InviteDeleteResponse as InviteDeleteResponse
    from .models.invite_list_response import InviteListResponse as InviteListResponse
    from .models.invite_project_group_body import InviteProjectGroupBody as InviteProjectGroupBody
    from .models.invite_projects_item import InviteProjectsItem as InviteProjectsItem
    from .models.invite_projects_item_role import InviteProjectsItemRole as InviteProjectsItemRole
    from .models.invite_request import InviteRequest as InviteRequest
    from .models.invite_request_projects_item import (
        InviteRequestProjectsItem as InviteRequestProjectsItem,
    )
    from .models.invite_request_projects_item_role import (
        InviteRequestProjectsItemRole as InviteRequestProjectsItemRole,
    )
    from .models.invite_request_role import InviteRequestRole as InviteRequestRole
    from .models.invite_role import InviteRole as InviteRole
    from .models.invite_status import InviteStatus as InviteStatus
    from .models.item_reference_param import ItemReferenceParam as ItemReferenceParam
    from .models.key_press_action import KeyPressAction as KeyPressAction
    from .models.list_assistants_order import ListAssistantsOrder as ListAssistantsOrder
    from .models.list_assistants_response import ListAssistantsResponse as ListAssistantsResponse
    from .models.list_audit_logs_effective_at import (
        ListAuditLogsEffectiveAt as ListAuditLogsEffectiveAt,
    )
    from .models.list_audit_logs_response import ListAuditLogsResponse as ListAuditLogsResponse
    from .models.list_batches_response import ListBatchesResponse as ListBatchesResponse
    from .models.list_certificates_response import (
        ListCertificatesResponse as ListCertificatesResponse,
    )
    from .models.list_chat_completions_order import (
        ListChatCompletionsOrder as ListChatCompletionsOrder,
    )
    from .models.list_container_files_order import (
        ListContainerFilesOrder as ListContainerFilesOrder,
    )
    from .models.list_containers_order import ListContainersOrder as ListContainersOrder
    from .models.list_conversation_items_order import (
        ListConversationItemsOrder as ListConversationItemsOrder,
    )
    from .models.list_evals_order import ListEvalsOrder as ListEvalsOrder
    from .models.list_evals_order_by import ListEvalsOrderBy as ListEvalsOrderBy
    from .models.list_files_in_vector_store_batch_filter import (
        ListFilesInVectorStoreBatchFilter as ListFilesInVectorStoreBatchFilter,
    )
    from .models.list_files_in_vector_store_batch_order import (
        ListFilesInVectorStoreBatchOrder as ListFilesInVectorStoreBatchOrder,
    )
    from .models.list_files_order import ListFilesOrder as ListFilesOrder
    from .models.list_fine_tuning_checkpoint_permission_response import (
        ListFineTuningCheckpointPermissionResponse as ListFineTuningCheckpointPermissionResponse,
    )
    from .models.list_fine_tuning_checkpoint_permissions_order import (
        ListFineTuningCheckpointPermissionsOrder as ListFineTuningCheckpointPermissionsOrder,
    )
    from .models.list_fine_tuning_job_checkpoints_response import (
        ListFineTuningJobCheckpointsResponse as ListFineTuningJobCheckpointsResponse,
    )
    from .models.list_fine_tuning_job_events_response import (
        ListFineTuningJobEventsResponse as ListFineTuningJobEventsResponse,
    )
    from .models.list_group_role_assignments_order import (
        ListGroupRoleAssignmentsOrder as ListGroupRoleAssignmentsOrder,
    )
    from .models.list_group_users_order import ListGroupUsersOrder as ListGroupUsersOrder
    from .models.list_groups_order import ListGroupsOrder as ListGroupsOrder
    from .models.list_input_items_order import ListInputItemsOrder as ListInputItemsOrder
    from .models.list_messages_order import ListMessagesOrder as ListMessagesOrder
    from .models.list_messages_response import ListMessagesResponse as ListMessagesResponse
    from .models.list_organization_certificates_order import (
        ListOrganizationCertificatesOrder as ListOrganizationCertificatesOrder,
    )
    from .models.list_organization_spend_alerts_order import (
        ListOrganizationSpendAlertsOrder as ListOrganizationSpendAlertsOrder,
    )
    from .models.list_paginated_fine_tuning_jobs_metadata_type_0 import (
        ListPaginatedFineTuningJobsMetadataType0 as ListPaginatedFineTuningJobsMetadataType0,
    )
    from .models.list_paginated_fine_tuning_jobs_response import (
        ListPaginatedFineTuningJobsResponse as ListPaginatedFineTuningJobsResponse,
    )
    from .models.list_project_api_keys_owner_project_access import (
        ListProjectApiKeysOwnerProjectAccess as ListProjectApiKeysOwnerProjectAccess,
    )
    from .models.list_project_certificates_order import (
        ListProjectCertificatesOrder as ListProjectCertificatesOrder,
    )
    from .models.list_project_certificates_response import (
        ListProjectCertificatesResponse as ListProjectCertificatesResponse,
    )
    from .models.list_project_group_role_assignments_order import (
        ListProjectGroupRoleAssignmentsOrder as ListProjectGroupRoleAssignmentsOrder,
    )
    from .models.list_project_groups_order import ListProjectGroupsOrder as ListProjectGroupsOrder
    from .models.list_project_roles_order import ListProjectRolesOrder as ListProjectRolesOrder
    from .models.list_project_spend_alerts_order import (
        ListProjectSpendAlertsOrder as ListProjectSpendAlertsOrder,
    )
    from .models.list_project_user_role_assignments_order import (
        ListProjectUserRoleAssignmentsOrder as ListProjectUserRoleAssignmentsOrder,
    )
    from .models.list_roles_order import ListRolesOrder as ListRolesOrder
    from .models.list_run_steps_order import ListRunStepsOrder as ListRunStepsOrder
    from .models.list_run_steps_response import ListRunStepsResponse as ListRunStepsResponse
    from .models.list_runs_order import ListRunsOrder as ListRunsOrder
    from .models.list_runs_response import ListRunsResponse as ListRunsResponse
    from .models.list_user_role_assignments_order import (
        ListUserRoleAssignmentsOrder as ListUserRoleAssignmentsOrder,
    )
    from .models.list_vector_store_files_filter import (
        ListVectorStoreFilesFilter as ListVectorStoreFilesFilter,
    )
    from .models.list_vector_store_files_order import (
        ListVectorStoreFilesOrder as ListVectorStoreFilesOrder,
    )
    from .models.list_vector_store_files_response import (
        ListVectorStoreFilesResponse as ListVectorStoreFilesResponse,
    )
    from .models.list_vector_stores_order import ListVectorStoresOrder as ListVectorStoresOrder
    from .models.list_vector_stores_response import (
        ListVectorStoresResponse as ListVectorStoresResponse,
    )
    from .models.local_environment_param import LocalEnvironmentParam as LocalEnvironmentParam
    from .models.local_environment_resource import (
        LocalEnvironmentResource as LocalEnvironmentResource,
    )
    from .models.local_shell_exec_action import LocalShellExecAction as LocalShellExecAction
    from .models.local_shell_exec_action_env import (
        LocalShellExecActionEnv as LocalShellExecActionEnv,
    )
    from .models.local_shell_tool_call import LocalShellToolCall as LocalShellToolCall
    from .models.local_shell_tool_call_output import (
        LocalShellToolCallOutput as LocalShellToolCallOutput,
    )
    from .models.local_shell_tool_call_output_status_type_0 import (
        LocalShellToolCallOutputStatusType0 as LocalShellToolCallOutputStatusType0,
    )
    from .models.local_shell_tool_call_status import (
        LocalShellToolCallStatus as LocalShellToolCallStatus,
    )
    from .models.local_shell_tool_param import LocalShellToolParam as LocalShellToolParam
    from .models.local_skill_param import LocalSkillParam as LocalSkillParam
    from .models.locked_status import LockedStatus as LockedStatus
    from .models.log_prob import LogProb as LogProb
    from .models.log_prob_properties import LogProbProperties as LogProbProperties
    from .models.mcp_approval_request import MCPApprovalRequest as MCPApprovalRequest
    from .models.mcp_approval_response import MCPApprovalResponse as MCPApprovalResponse
    from .models.mcp_approval_response_resource import (
        MCPApprovalResponseResource as MCPApprovalResponseResource,
    )
    from .models.mcp_list_tools import MCPListTools as MCPListTools
    from .models.mcp_list_tools_tool import MCPListToolsTool as MCPListToolsTool
    from .models.mcp_list_tools_tool_annotations_type_0 import (
        MCPListToolsToolAnnotationsType0 as MCPListToolsToolAnnotationsType0,
    )
    from .models.mcp_list_tools_tool_input_schema import (
        MCPListToolsToolInputSchema as MCPListToolsToolInputSchema,
    )
    from .models.mcp_protocol_error import MCPProtocolError as MCPProtocolError
    from .models.mcp_tool import MCPTool as MCPTool
    from .models.mcp_tool_call import MCPToolCall as MCPToolCall
    from .models.mcp_tool_call_status import MCPToolCallStatus as MCPToolCallStatus
    from .models.mcp_tool_connector_id import MCPToolConnectorId as MCPToolConnectorId
    from .models.mcp_tool_execution_error import MCPToolExecutionError as MCPToolExecutionError
    from .models.mcp_tool_filter import MCPToolFilter as MCPToolFilter
    from .models.mcp_tool_headers_type_0 import MCPToolHeadersType0 as MCPToolHeadersType0
    from .models.mcp_tool_require_approval_type_0_type_0 import (
        MCPToolRequireApprovalType0Type0 as MCPToolRequireApprovalType0Type0,
    )
    from .models.mcp_tool_require_approval_type_0_type_1 import (
        MCPToolRequireApprovalType0Type1 as MCPToolRequireApprovalType0Type1,
    )
    from .models.message import Message as Message
    from .models.message_content_image_file_object import (
        MessageContentImageFileObject as MessageContentImageFileObject,
    )
    from .models.message_content_image_file_object_image_file import (
        MessageContentImageFileObjectImageFile as MessageContentImageFileObjectImageFile,
    )
    from .models.message_content_image_file_object_image_file_detail import (
        MessageContentImageFileObjectImageFileDetail as MessageContentImageFileObjectImageFileDetail,
    )
    from .models.message_content_image_url_object import (
        MessageContentImageUrlObject as MessageContentImageUrlObject,
    )
    from .models.message_content_image_url_object_image_url import (
        MessageContentImageUrlObjectImageUrl as MessageContentImageUrlObjectImageUrl,
    )
    from .models.message_content_image_url_object_image_url_detail import (
        MessageContentImageUrlObjectImageUrlDetail as MessageContentImageUrlObjectImageUrlDetail,
    )
    from .models.message_content_refusal_object import (
        MessageContentRefusalObject as MessageContentRefusalObject,
    )
    from .models.message_content_text_annotations_file_citation_object import (
        MessageContentTextAnnotationsFileCitationObject as MessageContentTextAnnotationsFileCitationObject,
    )
    from .models.message_content_text_annotations_file_citation_object_file_citation import (
        MessageContentTextAnnotationsFileCitationObjectFileCitation as MessageContentTextAnnotationsFileCitationObjectFileCitation,
    )
    from .models.message_content_text_annotations_file_path_object import (
        MessageContentTextAnnotationsFilePathObject as MessageContentTextAnnotationsFilePathObject,
    )
    from .models.message_content_text_annotations_file_path_object_file_path import (
        MessageContentTextAnnotationsFilePathObjectFilePath as MessageContentTextAnnotationsFilePathObjectFilePath,
    )
    from .models.message_content_text_object import (
        MessageContentTextObject as MessageContentTextObject,
    )
    from .models.message_content_text_object_text import (
        MessageContentTextObjectText as MessageContentTextObjectText,
    )
    from .models.message_delta_content_image_file_object import (
        MessageDeltaContentImageFileObject as MessageDeltaContentImageFileObject,
    )
    from .models.message_delta_content_image_file_object_image_file import (
        MessageDeltaContentImageFileObjectImageFile as MessageDeltaContentImageFileObjectImageFile,
    )
    from .models.message_delta_content_image_file_object_image_file_detail import (
        MessageDeltaContentImageFileObjectImageFileDetail as MessageDeltaContentImageFileObjectImageFileDetail,
    )
    from .models.message_delta_content_image_url_object import (
        MessageDeltaContentImageUrlObject as MessageDeltaContentImageUrlObject,
    )
    from .models.message_delta_content_image_url_object_image_url import (
        MessageDeltaContentImageUrlObjectImageUrl as MessageDeltaContentImageUrlObjectImageUrl,
    )
    from .models.message_delta_content_image_url_object_image_url_detail import (
        MessageDeltaContentImageUrlObjectImageUrlDetail as MessageDeltaContentImageUrlObjectImageUrlDetail,
    )
    from .models.message_delta_content_refusal_object import (
        MessageDeltaContentRefusalObject as MessageDeltaContentRefusalObject,
    )
    from .models.message_delta_content_text_annotations_file_citation_object import (
        MessageDeltaContentTextAnnotationsFileCitationObject as MessageDeltaContentTextAnnotationsFileCitationObject,
    )
    from .models.message_delta_content_text_annotations_file_citation_object_file_citation import (
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation as MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
    )
    from .models.message_delta_content_text_annotations_file_path_object import (
        MessageDeltaContentTextAnnotationsFilePathObject as MessageDeltaContentTextAnnotationsFilePathObject,
    )
    from .models.message_delta_content_text_annotations_file_path_object_file_path import (
        MessageDeltaContentTextAnnotationsFilePathObjectFilePath as MessageDeltaContentTextAnnotationsFilePathObjectFilePath,
    )
    from .models.message_delta_content_text_object import (
        MessageDeltaContentTextObject as MessageDeltaContentTextObject,
    )
    from .models.message_delta_content_text_object_text import (
        MessageDeltaContentTextObjectText as MessageDeltaContentTextObjectText,
    )
    from .models.message_delta_object import MessageDeltaObject as MessageDeltaObject
    from .models.message_delta_object_delta import (
        MessageDeltaObjectDelta as MessageDeltaObjectDelta,
    )
    from .models.message_delta_object_delta_role import (
        MessageDeltaObjectDeltaRole as MessageDeltaObjectDeltaRole,
    )
    from .models.message_object import MessageObject as MessageObject
    from .models.message_object_attachments_type_0_item import (
        MessageObjectAttachmentsType0Item as MessageObjectAttachmentsType0Item,
    )
    from .models.message_object_incomplete_details_type_0 import (
        MessageObjectIncompleteDetailsType0 as MessageObjectIncompleteDetailsType0,
    )
    from .models.message_object_incomplete_details_type_0_reason import (
        MessageObjectIncompleteDetailsType0Reason as MessageObjectIncompleteDetailsType0Reason,
    )
    from .models.message_object_role import MessageObjectRole as MessageObjectRole
    from .models.message_object_status import MessageObjectStatus as MessageObjectStatus
    from .models.message_phase import MessagePhase as MessagePhase
    from .models.message_phase_2 import MessagePhase2 as MessagePhase2
    from .models.message_request_content_text_object import (
        MessageRequestContentTextObject as MessageRequestContentTextObject,
    )
    from .models.message_role import MessageRole as MessageRole
    from .models.message_status import MessageStatus as MessageStatus
    from .models.message_stream_event_type_0 import (
        MessageStreamEventType0 as MessageStreamEventType0,
    )
    from .models.message_stream_event_type_1 import (
        MessageStreamEventType1 as MessageStreamEventType1,
    )
    from .models.message_stream_event_type_2 import (
        MessageStreamEventType2 as MessageStreamEventType2,
    )
    from .models.message_stream_event_type_3 import (
        MessageStreamEventType3 as MessageStreamEventType3,
    )
    from .models.message_stream_event_type_4 import (
        MessageStreamEventType4 as MessageStreamEventType4,
    )
    from .models.metadata_type_0 import MetadataType0 as MetadataType0
    from .models.model import Model as Model
    from .models.model_ids_responses_type_1 import ModelIdsResponsesType1 as ModelIdsResponsesType1
    from .models.model_list import ModelList as ModelList
    from .models.model_response_properties import ModelResponseProperties as ModelResponseProperties
    from .models.model_response_properties_prompt_cache_retention_type_0 import (
        ModelResponsePropertiesPromptCacheRetentionType0 as ModelResponsePropertiesPromptCacheRetentionType0,
    )
    from .models.moderation import Moderation as Moderation
    from .models.moderation_config_param import ModerationConfigParam as ModerationConfigParam
    from .models.moderation_error_body import ModerationErrorBody as ModerationErrorBody
    from .models.moderation_input_type import ModerationInputType as ModerationInputType
    from .models.moderation_mode import ModerationMode as ModerationMode
    from .models.moderation_param import ModerationParam as ModerationParam
    from .models.moderation_policy_param import ModerationPolicyParam as ModerationPolicyParam
    from .models.moderation_result_body import ModerationResultBody as ModerationResultBody
    from .models.moderation_result_body_categories import (
        ModerationResultBodyCategories as ModerationResultBodyCategories,
    )
    from .models.moderation_result_body_category_applied_input_types import (
        ModerationResultBodyCategoryAppliedInputTypes as ModerationResultBodyCategoryAppliedInputTypes,
    )
    from .models.moderation_result_body_category_scores import (
        ModerationResultBodyCategoryScores as ModerationResultBodyCategoryScores,
    )
    from .models.modify_assistant_request import ModifyAssistantRequest as ModifyAssistantRequest
    from .models.modify_assistant_request_tool_resources_type_0 import (
        ModifyAssistantRequestToolResourcesType0 as ModifyAssistantRequestToolResourcesType0,
    )
    from .models.modify_assistant_request_tool_resources_type_0_code_interpreter import (
        ModifyAssistantRequestToolResourcesType0CodeInterpreter as ModifyAssistantRequestToolResourcesType0CodeInterpreter,
    )
    from .models.modify_assistant_request_tool_resources_type_0_file_search import (
        ModifyAssistantRequestToolResourcesType0FileSearch as ModifyAssistantRequestToolResourcesType0FileSearch,
    )
    from .models.modify_certificate_request import (
        ModifyCertificateRequest as ModifyCertificateRequest,
    )
    from .models.modify_message_request import ModifyMessageRequest as ModifyMessageRequest
    from .models.modify_run_request import ModifyRunRequest as ModifyRunRequest
    from .models.modify_thread_request import ModifyThreadRequest as ModifyThreadRequest
    from .models.modify_thread_request_tool_resources_type_0 import (
        ModifyThreadRequestToolResourcesType0 as ModifyThreadRequestToolResourcesType0,
    )
    from .models.modify_thread_request_tool_resources_type_0_code_interpreter import (
        ModifyThreadRequestToolResourcesType0CodeInterpreter as ModifyThreadRequestToolResourcesType0CodeInterpreter,
    )
    from .models.modify_thread_request_tool_resources_type_0_file_search import (
        ModifyThreadRequestToolResourcesType0FileSearch as ModifyThreadRequestToolResourcesType0FileSearch,
    )
    from .models.move_param import MoveParam as MoveParam
    from .models.namespace_tool_param import NamespaceToolParam as NamespaceToolParam
    from .models.noise_reduction_type import NoiseReductionType as NoiseReductionType
    from .models.order_enum import OrderEnum as OrderEnum
    from .models.organization_certificate import OrganizationCertificate as OrganizationCertificate
    from .models.organization_certificate_activation_response import (
        OrganizationCertificateActivationResponse as OrganizationCertificateActivationResponse,
    )
    from .models.organization_certificate_certificate_details import (
        OrganizationCertificateCertificateDetails as OrganizationCertificateCertificateDetails,
    )
    from .models.organization_certificate_deactivation_response import (
        OrganizationCertificateDeactivationResponse as OrganizationCertificateDeactivationResponse,
    )
    from .models.organization_data_retention import (
        OrganizationDataRetention as OrganizationDataRetention,
    )
    from .models.organization_data_retention_type import (
        OrganizationDataRetentionType as OrganizationDataRetentionType,
    )
    from .models.organization_project_certificate import (
        OrganizationProjectCertificate as OrganizationProjectCertificate,
    )
    from .models.organization_project_certificate_activation_response import (
        OrganizationProjectCertificateActivationResponse as OrganizationProjectCertificateActivationResponse,
    )
    from .models.organization_project_certificate_certificate_details import (
        OrganizationProjectCertificateCertificateDetails as OrganizationProjectCertificateCertificateDetails,
    )
    from .models.organization_project_certificate_deactivation_response import (
        OrganizationProjectCertificateDeactivationResponse as OrganizationProjectCertificateDeactivationResponse,
    )
    from .models.organization_spend_alert import OrganizationSpendAlert as OrganizationSpendAlert
    from .models.organization_spend_alert_deleted_resource import (
        OrganizationSpendAlertDeletedResource as OrganizationSpendAlertDeletedResource,
    )
    from .models.organization_spend_alert_list_resource import (
        OrganizationSpendAlertListResource as OrganizationSpendAlertListResource,
    )
    from .models.organization_spend_limit_deleted_resource import (
        OrganizationSpendLimitDeletedResource as OrganizationSpendLimitDeletedResource,
    )
    from .models.organization_spend_limit_resource import (
        OrganizationSpendLimitResource as OrganizationSpendLimitResource,
    )
    from .models.other_chunking_strategy_response_param import (
        OtherChunkingStrategyResponseParam as OtherChunkingStrategyResponseParam,
    )
    from .models.output_audio import OutputAudio as OutputAudio
    from .models.output_message import OutputMessage as OutputMessage
    from .models.output_message_status import OutputMessageStatus as OutputMessageStatus
    from .models.output_text_content import OutputTextContent as OutputTextContent
    from .models.prediction_content import PredictionContent as PredictionContent
    from .models.program import Program as Program
    from .models.program_item_param import ProgramItemParam as ProgramItemParam
    from .models.program_output import ProgramOutput as ProgramOutput
    from .models.program_output_item_param import ProgramOutputItemParam as ProgramOutputItemParam
    from .models.program_output_item_status import (
        ProgramOutputItemStatus as ProgramOutputItemStatus,
    )
    from .models.program_output_status import ProgramOutputStatus as ProgramOutputStatus
    from .models.program_tool_call_caller import ProgramToolCallCaller as ProgramToolCallCaller
    from .models.program_tool_call_caller_param import (
        ProgramToolCallCallerParam as ProgramToolCallCallerParam,
    )
    from .models.programmatic_tool_calling_param import (
        ProgrammaticToolCallingParam as ProgrammaticToolCallingParam,
    )
    from .models.project import Project as Project
    from .models.project_api_key import ProjectApiKey as ProjectApiKey
    from .models.project_api_key_delete_response import (
        ProjectApiKeyDeleteResponse as ProjectApiKeyDeleteResponse,
    )
    from .models.project_api_key_list_response import (
        ProjectApiKeyListResponse as ProjectApiKeyListResponse,
    )
    from .models.project_api_key_owner import ProjectApiKeyOwner as ProjectApiKeyOwner
    from .models.project_api_key_owner_project_access import (
        ProjectApiKeyOwnerProjectAccess as ProjectApiKeyOwnerProjectAccess,
    )
    from .models.project_api_key_owner_service_account import (
        ProjectApiKeyOwnerServiceAccount as ProjectApiKeyOwnerServiceAccount,
    )
    from .models.project_api_key_owner_type import ProjectApiKeyOwnerType as ProjectApiKeyOwnerType
    from .models.project_api_key_owner_user import ProjectApiKeyOwnerUser as ProjectApiKeyOwnerUser
    from .models.project_create_request import ProjectCreateRequest as ProjectCreateRequest
    from .models.project_data_retention import ProjectDataRetention as ProjectDataRetention
    from .models.project_data_retention_type import (
        ProjectDataRetentionType as ProjectDataRetentionType,
    )
    from .models.project_group import ProjectGroup as ProjectGroup
    from .models.project_group_deleted_resource import (
        ProjectGroupDeletedResource as ProjectGroupDeletedResource,
    )
    from .models.project_group_group_type import ProjectGroupGroupType as ProjectGroupGroupType
    from .models.project_group_list_resource import (
        ProjectGroupListResource as ProjectGroupListResource,
    )
    from .models.project_hosted_tool_permissions import (
        ProjectHostedToolPermissions as ProjectHostedToolPermissions,
    )
    from .models.project_hosted_tool_permissions_update_request import (
        ProjectHostedToolPermissionsUpdateRequest as ProjectHostedToolPermissionsUpdateRequest,
    )
    from .models.project_list_response import ProjectListResponse as ProjectListResponse
    from .models.project_model_permissions import ProjectModelPermissions as ProjectModelPermissions
    from .models.project_model_permissions_delete_response import (
        ProjectModelPermissionsDeleteResponse as ProjectModelPermissionsDeleteResponse,
    )
    from .models.project_model_permissions_mode import (
        ProjectModelPermissionsMode as ProjectModelPermissionsMode,
    )
    from .models.project_model_permissions_update_request import (
        ProjectModelPermissionsUpdateRequest as ProjectModelPermissionsUpdateRequest,
    )
    from .models.project_model_permissions_update_request_mode import (
        ProjectModelPermissionsUpdateRequestMode as ProjectModelPermissionsUpdateRequestMode,
    )
    from .models.project_rate_limit import ProjectRateLimit as ProjectRateLimit
    from .models.project_rate_limit_list_response import (
        ProjectRateLimitListResponse as ProjectRateLimitListResponse,
    )
    from .models.project_rate_limit_update_request import (
        ProjectRateLimitUpdateRequest as ProjectRateLimitUpdateRequest,
    )
    from .models.project_service_account import ProjectServiceAccount as ProjectServiceAccount
    from .models.project_service_account_api_key import (
        ProjectServiceAccountApiKey as ProjectServiceAccountApiKey,
    )
    from .models.project_service_account_create_request import (
        ProjectServiceAccountCreateRequest as ProjectServiceAccountCreateRequest,
    )
    from .models.project_service_account_create_response import (
        ProjectServiceAccountCreateResponse as ProjectServiceAccountCreateResponse,
    )
    from .models.project_service_account_create_response_role import (
        ProjectServiceAccountCreateResponseRole as ProjectServiceAccountCreateResponseRole,
    )
    from .models.project_service_account_delete_response import (
        ProjectServiceAccountDeleteResponse as ProjectServiceAccountDeleteResponse,
    )
    from .models.project_service_account_list_response import (
        ProjectServiceAccountListResponse as ProjectServiceAccountListResponse,
    )
    from .models.project_service_account_role import (
        ProjectServiceAccountRole as ProjectServiceAccountRole,
    )
    from .models.project_spend_alert import ProjectSpendAlert as ProjectSpendAlert
    from .models.project_spend_alert_deleted_resource import (
        ProjectSpendAlertDeletedResource as ProjectSpendAlertDeletedResource,
    )
    from .models.project_spend_alert_list_resource import (
        ProjectSpendAlertListResource as ProjectSpendAlertListResource,
    )
    from .models.project_spend_limit_deleted_resource import (
        ProjectSpendLimitDeletedResource as ProjectSpendLimitDeletedResource,
    )
    from .models.project_spend_limit_resource import (
        ProjectSpendLimitResource as ProjectSpendLimitResource,
    )
    from .models.project_update_request import ProjectUpdateRequest as ProjectUpdateRequest
    from .models.project_user import ProjectUser as ProjectUser
    from .models.project_user_create_request import (
        ProjectUserCreateRequest as ProjectUserCreateRequest,
    )
    from .models.project_user_delete_response import (
        ProjectUserDeleteResponse as ProjectUserDeleteResponse,
    )
    from .models.project_user_list_response import (
        ProjectUserListResponse as ProjectUserListResponse,
    )
    from .models.project_user_update_request import (
        ProjectUserUpdateRequest as ProjectUserUpdateRequest,
    )
    from .models.prompt_cache_breakpoint_config import (
        PromptCacheBreakpointConfig as PromptCacheBreakpointConfig,
    )
    from .models.prompt_cache_breakpoint_param import (
        PromptCacheBreakpointParam as PromptCacheBreakpointParam,
    )
    from .models.prompt_cache_mode_enum import PromptCacheModeEnum as PromptCacheModeEnum
    from .models.prompt_cache_options import PromptCacheOptions as PromptCacheOptions
    from .models.prompt_cache_options_param import (
        PromptCacheOptionsParam as PromptCacheOptionsParam,
    )
    from .models.prompt_cache_retention_enum import (
        PromptCacheRetentionEnum as PromptCacheRetentionEnum,
    )
    from .models.prompt_type_0 import PromptType0 as PromptType0
    from .models.provenance_detection_result_api import (
        ProvenanceDetectionResultApi as ProvenanceDetectionResultApi,
    )
    from .models.provenance_resource import ProvenanceResource as ProvenanceResource
    from .models.public_assign_organization_group_role_body import (
        PublicAssignOrganizationGroupRoleBody as PublicAssignOrganizationGroupRoleBody,
    )
    from .models.public_create_organization_role_body import (
        PublicCreateOrganizationRoleBody as PublicCreateOrganizationRoleBody,
    )
    from .models.public_project_residency import PublicProjectResidency as PublicProjectResidency
    from .models.public_role_list_resource import PublicRoleListResource as PublicRoleListResource
    from .models.public_update_organization_role_body import (
        PublicUpdateOrganizationRoleBody as PublicUpdateOrganizationRoleBody,
    )
    from .models.ranker_version_type import RankerVersionType as RankerVersionType
    from .models.ranking_options import RankingOptions as RankingOptions
    from .models.rate_limits_param import RateLimitsParam as RateLimitsParam
    from .models.realtime_audio_formats_type_0 import (
        RealtimeAudioFormatsType0 as RealtimeAudioFormatsType0,
    )
    from .models.realtime_audio_formats_type_0_rate import (
        RealtimeAudioFormatsType0Rate as RealtimeAudioFormatsType0Rate,
    )
    from .models.realtime_audio_formats_type_1 import (
        RealtimeAudioFormatsType1 as RealtimeAudioFormatsType1,
    )
    from .models.realtime_audio_formats_type_2 import (
        RealtimeAudioFormatsType2 as RealtimeAudioFormatsType2,
    )
    from .models.realtime_beta_client_event_conversation_item_create import (
        RealtimeBetaClientEventConversationItemCreate as RealtimeBetaClientEventConversationItemCreate,
    )
    from .models.realtime_beta_client_event_conversation_item_delete import (
        RealtimeBetaClientEventConversationItemDelete as RealtimeBetaClientEventConversationItemDelete,
    )
    from .models.realtime_beta_client_event_conversation_item_retrieve import (
        RealtimeBetaClientEventConversationItemRetrieve as RealtimeBetaClientEventConversationItemRetrieve,
    )
    from .models.realtime_beta_client_event_conversation_item_truncate import (
        RealtimeBetaClientEventConversationItemTruncate as RealtimeBetaClientEventConversationItemTruncate,
    )
    from .models.realtime_beta_client_event_input_audio_buffer_append import (
        RealtimeBetaClientEventInputAudioBufferAppend as RealtimeBetaClientEventInputAudioBufferAppend,
    )
    from .models.realtime_beta_client_event_input_audio_buffer_clear import (
        RealtimeBetaClientEventInputAudioBufferClear as RealtimeBetaClientEventInputAudioBufferClear,
    )
    from .models.realtime_beta_client_event_input_audio_buffer_commit import (
        RealtimeBetaClientEventInputAudioBufferCommit as RealtimeBetaClientEventInputAudioBufferCommit,
    )
    from .models.realtime_beta_client_event_output_audio_buffer_clear import (
        RealtimeBetaClientEventOutputAudioBufferClear as RealtimeBetaClientEventOutputAudioBufferClear,
    )
    from .models.realtime_beta_client_event_response_cancel import (
        RealtimeBetaClientEventResponseCancel as RealtimeBetaClientEventResponseCancel,
    )
    from .models.realtime_beta_client_event_response_create import (
        RealtimeBetaClientEventResponseCreate as RealtimeBetaClientEventResponseCreate,
    )
    from .models.realtime_beta_client_event_session_update import (
        RealtimeBetaClientEventSessionUpdate as RealtimeBetaClientEventSessionUpdate,
    )
    from .models.realtime_beta_client_event_transcription_session_update import (
        RealtimeBetaClientEventTranscriptionSessionUpdate as RealtimeBetaClientEventTranscriptionSessionUpdate,
    )
    from .models.realtime_beta_response import RealtimeBetaResponse as RealtimeBetaResponse
    from .models.realtime_beta_response_create_params import (
        RealtimeBetaResponseCreateParams as RealtimeBetaResponseCreateParams,
    )
    from .models.realtime_beta_response_create_params_modalities_item import (
        RealtimeBetaResponseCreateParamsModalitiesItem as RealtimeBetaResponseCreateParamsModalitiesItem,
    )
    from .models.realtime_beta_response_create_params_output_audio_format import (
        RealtimeBetaResponseCreateParamsOutputAudioFormat as RealtimeBetaResponseCreateParamsOutputAudioFormat,
    )
    from .models.realtime_beta_response_create_params_tools_item import (
        RealtimeBetaResponseCreateParamsToolsItem as RealtimeBetaResponseCreateParamsToolsItem,
    )
    from .models.realtime_beta_response_create_params_tools_item_parameters import (
        RealtimeBetaResponseCreateParamsToolsItemParameters as RealtimeBetaResponseCreateParamsToolsItemParameters,
    )
    from .models.realtime_beta_response_modalities_item import (
        RealtimeBetaResponseModalitiesItem as RealtimeBetaResponseModalitiesItem,
    )
    from .models.realtime_beta_response_output_audio_format import (
        RealtimeBetaResponseOutputAudioFormat as RealtimeBetaResponseOutputAudioFormat,
    )
    from .models.realtime_beta_response_status import (
        RealtimeBetaResponseStatus as RealtimeBetaResponseStatus,
    )
    from .models.realtime_beta_response_status_details import (
        RealtimeBetaResponseStatusDetails as RealtimeBetaResponseStatusDetails,
    )
    from .models.realtime_beta_response_status_details_error import (
        RealtimeBetaResponseStatusDetailsError as RealtimeBetaResponseStatusDetailsError,
    )
    from .models.realtime_beta_response_status_details_reason import (
        RealtimeBetaResponseStatusDetailsReason as RealtimeBetaResponseStatusDetailsReason,
    )
    from .models.realtime_beta_response_status_details_type import (
        RealtimeBetaResponseStatusDetailsType as RealtimeBetaResponseStatusDetailsType,
    )
    from .models.realtime_beta_response_usage import (
        RealtimeBetaResponseUsage as RealtimeBetaResponseUsage,
    )
    from .models.realtime_beta_response_usage_input_token_details import (
        RealtimeBetaResponseUsageInputTokenDetails as RealtimeBetaResponseUsageInputTokenDetails,
    )
    from .models.realtime_beta_response_usage_input_token_details_cached_tokens_details import (
        RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails as RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
    )
    from .models.realtime_beta_response_usage_output_token_details import (
        RealtimeBetaResponseUsageOutputTokenDetails as RealtimeBetaResponseUsageOutputTokenDetails,
    )
    from .models.realtime_beta_server_event_conversation_item_created import (
        RealtimeBetaServerEventConversationItemCreated as RealtimeBetaServerEventConversationItemCreated,
    )
    from .models.realtime_beta_server_event_conversation_item_deleted import (
        RealtimeBetaServerEventConversationItemDeleted as RealtimeBetaServerEventConversationItemDeleted,
    )
    from .models.realtime_beta_server_event_conversation_item_input_audio_transcription_completed import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted as RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted,
    )
    from .models.realtime_beta_server_event_conversation_item_input_audio_transcription_delta import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta as RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta,
    )
    from .models.realtime_beta_server_event_conversation_item_input_audio_transcription_failed import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed as RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed,
    )
    from .models.realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError as RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError,
    )
    from .models.realtime_beta_server_event_conversation_item_input_audio_transcription_segment import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment as RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment,
    )
    from .models.realtime_beta_server_event_conversation_item_retrieved import (
        RealtimeBetaServerEventConversationItemRetrieved as RealtimeBetaServerEventConversationItemRetrieved,
    )
    from .models.realtime_beta_server_event_conversation_item_truncated import (
        RealtimeBetaServerEventConversationItemTruncated as RealtimeBetaServerEventConversationItemTruncated,
    )
    from .models.realtime_beta_server_event_error import (
        RealtimeBetaServerEventError as RealtimeBetaServerEventError,
    )
    from .models.realtime_beta_server_event_error_error import (
        RealtimeBetaServerEventErrorError as RealtimeBetaServerEventErrorError,
    )
    from .models.realtime_beta_server_event_input_audio_buffer_cleared import (
        RealtimeBetaServerEventInputAudioBufferCleared as RealtimeBetaServerEventInputAudioBufferCleared,
    )
    from .models.realtime_beta_server_event_input_audio_buffer_committed import (
        RealtimeBetaServerEventInputAudioBufferCommitted as RealtimeBetaServerEventInputAudioBufferCommitted,
    )
    from .models.realtime_beta_server_event_input_audio_buffer_speech_started import (
        RealtimeBetaServerEventInputAudioBufferSpeechStarted as RealtimeBetaServerEventInputAudioBufferSpeechStarted,
    )
    from .models.realtime_beta_server_event_input_audio_buffer_speech_stopped import (
        RealtimeBetaServerEventInputAudioBufferSpeechStopped as RealtimeBetaServerEventInputAudioBufferSpeechStopped,
    )
    from .models.realtime_beta_server_event_mcp_list_tools_completed import (
        RealtimeBetaServerEventMCPListToolsCompleted as RealtimeBetaServerEventMCPListToolsCompleted,
    )
    from .models.realtime_beta_server_event_mcp_list_tools_failed import (
        RealtimeBetaServerEventMCPListToolsFailed as RealtimeBetaServerEventMCPListToolsFailed,
    )
    from .models.realtime_beta_server_event_mcp_list_tools_in_progress import (
        RealtimeBetaServerEventMCPListToolsInProgress as RealtimeBetaServerEventMCPListToolsInProgress,
    )
    from .models.realtime_beta_server_event_rate_limits_updated import (
        RealtimeBetaServerEventRateLimitsUpdated as RealtimeBetaServerEventRateLimitsUpdated,
    )
    from .models.realtime_beta_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem as RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem,
    )
    from .models.realtime_beta_server_event_rate_limits_updated_rate_limits_item_name import (
        RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName as RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName,
    )
    from .models.realtime_beta_server_event_response_audio_delta import (
        RealtimeBetaServerEventResponseAudioDelta as RealtimeBetaServerEventResponseAudioDelta,
    )
    from .models.realtime_beta_server_event_response_audio_done import (
        RealtimeBetaServerEventResponseAudioDone as RealtimeBetaServerEventResponseAudioDone,
    )
    from .models.realtime_beta_server_event_response_audio_transcript_delta import (
        RealtimeBetaServerEventResponseAudioTranscriptDelta as RealtimeBetaServerEventResponseAudioTranscriptDelta,
    )
    from .models.realtime_beta_server_event_response_audio_transcript_done import (
        RealtimeBetaServerEventResponseAudioTranscriptDone as RealtimeBetaServerEventResponseAudioTranscriptDone,
    )
    from .models.realtime_beta_server_event_response_content_part_added import (
        RealtimeBetaServerEventResponseContentPartAdded as RealtimeBetaServerEventResponseContentPartAdded,
    )
    from .models.realtime_beta_server_event_response_content_part_added_part import (
        RealtimeBetaServerEventResponseContentPartAddedPart as RealtimeBetaServerEventResponseContentPartAddedPart,
    )
    from .models.realtime_beta_server_event_response_content_part_added_part_type import (
        RealtimeBetaServerEventResponseContentPartAddedPartType as RealtimeBetaServerEventResponseContentPartAddedPartType,
    )
    from .models.realtime_beta_server_event_response_content_part_done import (
        RealtimeBetaServerEventResponseContentPartDone as RealtimeBetaServerEventResponseContentPartDone,
    )
    from .models.realtime_beta_server_event_response_content_part_done_part import (
        RealtimeBetaServerEventResponseContentPartDonePart as RealtimeBetaServerEventResponseContentPartDonePart,
    )
    from .models.realtime_beta_server_event_response_content_part_done_part_type import (
        RealtimeBetaServerEventResponseContentPartDonePartType as RealtimeBetaServerEventResponseContentPartDonePartType,
    )
    from .models.realtime_beta_server_event_response_created import (
        RealtimeBetaServerEventResponseCreated as RealtimeBetaServerEventResponseCreated,
    )
    from .models.realtime_beta_server_event_response_done import (
        RealtimeBetaServerEventResponseDone as RealtimeBetaServerEventResponseDone,
    )
    from .models.realtime_beta_server_event_response_function_call_arguments_delta import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDelta as RealtimeBetaServerEventResponseFunctionCallArgumentsDelta,
    )
    from .models.realtime_beta_server_event_response_function_call_arguments_done import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDone as RealtimeBetaServerEventResponseFunctionCallArgumentsDone,
    )
    from .models.realtime_beta_server_event_response_mcp_call_arguments_delta import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDelta as RealtimeBetaServerEventResponseMCPCallArgumentsDelta,
    )
    from .models.realtime_beta_server_event_response_mcp_call_arguments_done import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDone as RealtimeBetaServerEventResponseMCPCallArgumentsDone,
    )
    from .models.realtime_beta_server_event_response_mcp_call_completed import (
        RealtimeBetaServerEventResponseMCPCallCompleted as RealtimeBetaServerEventResponseMCPCallCompleted,
    )
    from .models.realtime_beta_server_event_response_mcp_call_failed import (
        RealtimeBetaServerEventResponseMCPCallFailed as RealtimeBetaServerEventResponseMCPCallFailed,
    )
    from .models.realtime_beta_server_event_response_mcp_call_in_progress import (
        RealtimeBetaServerEventResponseMCPCallInProgress as RealtimeBetaServerEventResponseMCPCallInProgress,
    )
    from .models.realtime_beta_server_event_response_output_item_added import (
        RealtimeBetaServerEventResponseOutputItemAdded as RealtimeBetaServerEventResponseOutputItemAdded,
    )
    from .models.realtime_beta_server_event_response_output_item_done import (
        RealtimeBetaServerEventResponseOutputItemDone as RealtimeBetaServerEventResponseOutputItemDone,
    )
    from .models.realtime_beta_server_event_response_text_delta import (
        RealtimeBetaServerEventResponseTextDelta as RealtimeBetaServerEventResponseTextDelta,
    )
    from .models.realtime_beta_server_event_response_text_done import (
        RealtimeBetaServerEventResponseTextDone as RealtimeBetaServerEventResponseTextDone,
    )
    from .models.realtime_beta_server_event_session_created import (
        RealtimeBetaServerEventSessionCreated as RealtimeBetaServerEventSessionCreated,
    )
    from .models.realtime_beta_server_event_session_updated import (
        RealtimeBetaServerEventSessionUpdated as RealtimeBetaServerEventSessionUpdated,
    )
    from .models.realtime_beta_server_event_transcription_session_created import (
        RealtimeBetaServerEventTranscriptionSessionCreated as RealtimeBetaServerEventTranscriptionSessionCreated,
    )
    from .models.realtime_beta_server_event_transcription_session_updated import (
        RealtimeBetaServerEventTranscriptionSessionUpdated as RealtimeBetaServerEventTranscriptionSessionUpdated,
    )
    from .models.realtime_call_create_request import (
        RealtimeCallCreateRequest as RealtimeCallCreateRequest,
    )
    from .models.realtime_call_refer_request import (
        RealtimeCallReferRequest as RealtimeCallReferRequest,
    )
    from .models.realtime_call_reject_request import (
        RealtimeCallRejectRequest as RealtimeCallRejectRequest,
    )
    from .models.realtime_client_event_conversation_item_create import (
        RealtimeClientEventConversationItemCreate as RealtimeClientEventConversationItemCreate,
    )
    from .models.realtime_client_event_conversation_item_delete import (
        RealtimeClientEventConversationItemDelete as RealtimeClientEventConversationItemDelete,
    )
    from .models.realtime_client_event_conversation_item_retrieve import (
        RealtimeClientEventConversationItemRetrieve as RealtimeClientEventConversationItemRetrieve,
    )
    from .models.realtime_client_event_conversation_item_truncate import (
        RealtimeClientEventConversationItemTruncate as RealtimeClientEventConversationItemTruncate,
    )
    from .models.realtime_client_event_input_audio_buffer_append import (
        RealtimeClientEventInputAudioBufferAppend as RealtimeClientEventInputAudioBufferAppend,
    )
    from .models.realtime_client_event_input_audio_buffer_clear import (
        RealtimeClientEventInputAudioBufferClear as RealtimeClientEventInputAudioBufferClear,
    )
    from .models.realtime_client_event_input_audio_buffer_commit import (
        RealtimeClientEventInputAudioBufferCommit as RealtimeClientEventInputAudioBufferCommit,
    )
    from .models.realtime_client_event_output_audio_buffer_clear import (
        RealtimeClientEventOutputAudioBufferClear as RealtimeClientEventOutputAudioBufferClear,
    )
    from .models.realtime_client_event_response_cancel import (
        RealtimeClientEventResponseCancel as RealtimeClientEventResponseCancel,
    )
    from .models.realtime_client_event_response_create import (
        RealtimeClientEventResponseCreate as RealtimeClientEventResponseCreate,
    )
    from .models.realtime_client_event_session_update import (
        RealtimeClientEventSessionUpdate as RealtimeClientEventSessionUpdate,
    )
    from .models.realtime_client_event_transcription_session_update import (
        RealtimeClientEventTranscriptionSessionUpdate as RealtimeClientEventTranscriptionSessionUpdate,
    )
    from .models.realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall as RealtimeConversationItemFunctionCall,
    )
    from .models.realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput as RealtimeConversationItemFunctionCallOutput,
    )
    from .models.realtime_conversation_item_function_call_output_status import (
        RealtimeConversationItemFunctionCallOutputStatus as RealtimeConversationItemFunctionCallOutputStatus,
    )
    from .models.realtime_conversation_item_function_call_status import (
        RealtimeConversationItemFunctionCallStatus as RealtimeConversationItemFunctionCallStatus,
    )
    from .models.realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant as RealtimeConversationItemMessageAssistant,
    )
    from .models.realtime_conversation_item_message_assistant_content_item import (
        RealtimeConversationItemMessageAssistantContentItem as RealtimeConversationItemMessageAssistantContentItem,
    )
    from .models.realtime_conversation_item_message_assistant_content_item_type import (
        RealtimeConversationItemMessageAssistantContentItemType as RealtimeConversationItemMessageAssistantContentItemType,
    )
    from .models.realtime_conversation_item_message_assistant_status import (
        RealtimeConversationItemMessageAssistantStatus as RealtimeConversationItemMessageAssistantStatus,
    )
    from .models.realtime_conversation_item_message_system import (
        RealtimeConversationItemMessageSystem as RealtimeConversationItemMessageSystem,
    )
    from .models.realtime_conversation_item_message_system_content_item import (
        RealtimeConversationItemMessageSystemContentItem as RealtimeConversationItemMessageSystemContentItem,
    )
    from .models.realtime_conversation_item_message_system_status import (
        RealtimeConversationItemMessageSystemStatus as RealtimeConversationItemMessageSystemStatus,
    )
    from .models.realtime_conversation_item_message_user import (
        RealtimeConversationItemMessageUser as RealtimeConversationItemMessageUser,
    )
    from .models.realtime_conversation_item_message_user_content_item import (
        RealtimeConversationItemMessageUserContentItem as RealtimeConversationItemMessageUserContentItem,
    )
    from .models.realtime_conversation_item_message_user_content_item_detail import (
        RealtimeConversationItemMessageUserContentItemDetail as RealtimeConversationItemMessageUserContentItemDetail,
    )
    from .models.realtime_conversation_item_message_user_content_item_type import (
        RealtimeConversationItemMessageUserContentItemType as RealtimeConversationItemMessageUserContentItemType,
    )
    from .models.realtime_conversation_item_message_user_status import (
        RealtimeConversationItemMessageUserStatus as RealtimeConversationItemMessageUserStatus,
    )
    from .models.realtime_conversation_item_with_reference import (
        RealtimeConversationItemWithReference as RealtimeConversationItemWithReference,
    )
    from .models.realtime_conversation_item_with_reference_content_item import (
        RealtimeConversationItemWithReferenceContentItem as RealtimeConversationItemWithReferenceContentItem,
    )
    from .models.realtime_conversation_item_with_reference_content_item_type import (
        RealtimeConversationItemWithReferenceContentItemType as RealtimeConversationItemWithReferenceContentItemType,
    )
    from .models.realtime_conversation_item_with_reference_role import (
        RealtimeConversationItemWithReferenceRole as RealtimeConversationItemWithReferenceRole,
    )
    from .models.realtime_conversation_item_with_reference_status import (
        RealtimeConversationItemWithReferenceStatus as RealtimeConversationItemWithReferenceStatus,
    )
    from .models.realtime_conversation_item_with_reference_type import (
        RealtimeConversationItemWithReferenceType as RealtimeConversationItemWithReferenceType,
    )
    from .models.realtime_create_client_secret_request import (
        RealtimeCreateClientSecretRequest as RealtimeCreateClientSecretRequest,
    )
    from .models.realtime_create_client_secret_request_expires_after import (
        RealtimeCreateClientSecretRequestExpiresAfter as RealtimeCreateClientSecretRequestExpiresAfter,
    )
    from .models.realtime_create_client_secret_response import (
        RealtimeCreateClientSecretResponse as RealtimeCreateClientSecretResponse,
    )
    from .models.realtime_function_tool import RealtimeFunctionTool as RealtimeFunctionTool
    from .models.realtime_function_tool_parameters import (
        RealtimeFunctionToolParameters as RealtimeFunctionToolParameters,
    )
    from .models.realtime_mcp_approval_request import (
        RealtimeMCPApprovalRequest as RealtimeMCPApprovalRequest,
    )
    from .models.realtime_mcp_approval_response import (
        RealtimeMCPApprovalResponse as RealtimeMCPApprovalResponse,
    )
    from .models.realtime_mcp_list_tools import RealtimeMCPListTools as RealtimeMCPListTools
    from .models.realtime_mcp_protocol_error import (
        RealtimeMCPProtocolError as RealtimeMCPProtocolError,
    )
    from .models.realtime_mcp_tool_call import RealtimeMCPToolCall as RealtimeMCPToolCall
    from .models.realtime_mcp_tool_execution_error import (
        RealtimeMCPToolExecutionError as RealtimeMCPToolExecutionError,
    )
    from .models.realtime_mcphttp_error import RealtimeMCPHTTPError as RealtimeMCPHTTPError
    from .models.realtime_reasoning import RealtimeReasoning as RealtimeReasoning
    from .models.realtime_reasoning_effort import RealtimeReasoningEffort as RealtimeReasoningEffort
    from .models.realtime_response import RealtimeResponse as RealtimeResponse
    from .models.realtime_response_audio import RealtimeResponseAudio as RealtimeResponseAudio
    from .models.realtime_response_audio_output import (
        RealtimeResponseAudioOutput as RealtimeResponseAudioOutput,
    )
    from .models.realtime_response_create_params import (
        RealtimeResponseCreateParams as RealtimeResponseCreateParams,
    )
    from .models.realtime_response_create_params_audio import (
        RealtimeResponseCreateParamsAudio as RealtimeResponseCreateParamsAudio,
    )
    from .models.realtime_response_create_params_audio_output import (
        RealtimeResponseCreateParamsAudioOutput as RealtimeResponseCreateParamsAudioOutput,
    )
    from .models.realtime_response_create_params_output_modalities_item import (
        RealtimeResponseCreateParamsOutputModalitiesItem as RealtimeResponseCreateParamsOutputModalitiesItem,
    )
    from .models.realtime_response_output_modalities_item import (
        RealtimeResponseOutputModalitiesItem as RealtimeResponseOutputModalitiesItem,
    )
    from .models.realtime_response_status import RealtimeResponseStatus as RealtimeResponseStatus
    from .models.realtime_response_status_details import (
        RealtimeResponseStatusDetails as RealtimeResponseStatusDetails,
    )
    from .models.realtime_response_status_details_error import (
        RealtimeResponseStatusDetailsError as RealtimeResponseStatusDetailsError,
    )
    from .models.realtime_response_status_details_reason import (
        RealtimeResponseStatusDetailsReason as RealtimeResponseStatusDetailsReason,
    )
    from .models.realtime_response_status_details_type import (
        RealtimeResponseStatusDetailsType as RealtimeResponseStatusDetailsType,
    )
    from .models.realtime_response_usage import RealtimeResponseUsage as RealtimeResponseUsage
    from .models.realtime_response_usage_input_token_details import (
        RealtimeResponseUsageInputTokenDetails as RealtimeResponseUsageInputTokenDetails,
    )
    from .models.realtime_response_usage_input_token_details_cached_tokens_details import (
        RealtimeResponseUsageInputTokenDetailsCachedTokensDetails as RealtimeResponseUsageInputTokenDetailsCachedTokensDetails,
    )
    from .models.realtime_response_usage_output_token_details import (
        RealtimeResponseUsageOutputTokenDetails as RealtimeResponseUsageOutputTokenDetails,
    )
    from .models.realtime_server_event_conversation_created import (
        RealtimeServerEventConversationCreated as RealtimeServerEventConversationCreated,
    )
    from .models.realtime_server_event_conversation_created_conversation import (
        RealtimeServerEventConversationCreatedConversation as RealtimeServerEventConversationCreatedConversation,
    )
    from .models.realtime_server_event_conversation_item_added import (
        RealtimeServerEventConversationItemAdded as RealtimeServerEventConversationItemAdded,
    )
    from .models.realtime_server_event_conversation_item_created import (
        RealtimeServerEventConversationItemCreated as RealtimeServerEventConversationItemCreated,
    )
    from .models.realtime_server_event_conversation_item_deleted import (
        RealtimeServerEventConversationItemDeleted as RealtimeServerEventConversationItemDeleted,
    )
    from .models.realtime_server_event_conversation_item_done import (
        RealtimeServerEventConversationItemDone as RealtimeServerEventConversationItemDone,
    )
    from .models.realtime_server_event_conversation_item_input_audio_transcription_completed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionCompleted as RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
    )
    from .models.realtime_server_event_conversation_item_input_audio_transcription_delta import (
        RealtimeServerEventConversationItemInputAudioTranscriptionDelta as RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
    )
    from .models.realtime_server_event_conversation_item_input_audio_transcription_failed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailed as RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
    )
    from .models.realtime_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailedError as RealtimeServerEventConversationItemInputAudioTranscriptionFailedError,
    )
    from .models.realtime_server_event_conversation_item_input_audio_transcription_segment import (
        RealtimeServerEventConversationItemInputAudioTranscriptionSegment as RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
    )
    from .models.realtime_server_event_conversation_item_retrieved import (
        RealtimeServerEventConversationItemRetrieved as RealtimeServerEventConversationItemRetrieved,
    )
    from .models.realtime_server_event_conversation_item_truncated import (
        RealtimeServerEventConversationItemTruncated as RealtimeServerEventConversationItemTruncated,
    )
    from .models.realtime_server_event_error import (
        RealtimeServerEventError as RealtimeServerEventError,
    )
    from .models.realtime_server_event_error_error import (
        RealtimeServerEventErrorError as RealtimeServerEventErrorError,
    )
    from .models.realtime_server_event_input_audio_buffer_cleared import (
        RealtimeServerEventInputAudioBufferCleared as RealtimeServerEventInputAudioBufferCleared,
    )
    from .models.realtime_server_event_input_audio_buffer_committed import (
        RealtimeServerEventInputAudioBufferCommitted as RealtimeServerEventInputAudioBufferCommitted,
    )
    from .models.realtime_server_event_input_audio_buffer_dtmf_event_received import (
        RealtimeServerEventInputAudioBufferDtmfEventReceived as RealtimeServerEventInputAudioBufferDtmfEventReceived,
    )
    from .models.realtime_server_event_input_audio_buffer_speech_started import (
        RealtimeServerEventInputAudioBufferSpeechStarted as RealtimeServerEventInputAudioBufferSpeechStarted,
    )
    from .models.realtime_server_event_input_audio_buffer_speech_stopped import (
        RealtimeServerEventInputAudioBufferSpeechStopped as RealtimeServerEventInputAudioBufferSpeechStopped,
    )
    from .models.realtime_server_event_input_audio_buffer_timeout_triggered import (
        RealtimeServerEventInputAudioBufferTimeoutTriggered as RealtimeServerEventInputAudioBufferTimeoutTriggered,
    )
    from .models.realtime_server_event_mcp_list_tools_completed import (
        RealtimeServerEventMCPListToolsCompleted as RealtimeServerEventMCPListToolsCompleted,
    )
    from .models.realtime_server_event_mcp_list_tools_failed import (
        RealtimeServerEventMCPListToolsFailed as RealtimeServerEventMCPListToolsFailed,
    )
    from .models.realtime_server_event_mcp_list_tools_in_progress import (
        RealtimeServerEventMCPListToolsInProgress as RealtimeServerEventMCPListToolsInProgress,
    )
    from .models.realtime_server_event_output_audio_buffer_cleared import (
        RealtimeServerEventOutputAudioBufferCleared as RealtimeServerEventOutputAudioBufferCleared,
    )
    from .models.realtime_server_event_output_audio_buffer_started import (
        RealtimeServerEventOutputAudioBufferStarted as RealtimeServerEventOutputAudioBufferStarted,
    )
    from .models.realtime_server_event_output_audio_buffer_stopped import (
        RealtimeServerEventOutputAudioBufferStopped as RealtimeServerEventOutputAudioBufferStopped,
    )
    from .models.realtime_server_event_rate_limits_updated import (
        RealtimeServerEventRateLimitsUpdated as RealtimeServerEventRateLimitsUpdated,
    )
    from .models.realtime_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeServerEventRateLimitsUpdatedRateLimitsItem as RealtimeServerEventRateLimitsUpdatedRateLimitsItem,
    )
    from .models.realtime_server_event_rate_limits_updated_rate_limits_item_name import (
        RealtimeServerEventRateLimitsUpdatedRateLimitsItemName as RealtimeServerEventRateLimitsUpdatedRateLimitsItemName,
    )
    from .models.realtime_server_event_response_audio_delta import (
        RealtimeServerEventResponseAudioDelta as RealtimeServerEventResponseAudioDelta,
    )
    from .models.realtime_server_event_response_audio_done import (
        RealtimeServerEventResponseAudioDone as RealtimeServerEventResponseAudioDone,
    )
    from .models.realtime_server_event_response_audio_transcript_delta import (
        RealtimeServerEventResponseAudioTranscriptDelta as RealtimeServerEventResponseAudioTranscriptDelta,
    )
    from .models.realtime_server_event_response_audio_transcript_done import (
        RealtimeServerEventResponseAudioTranscriptDone as RealtimeServerEventResponseAudioTranscriptDone,
    )
    from .models.realtime_server_event_response_content_part_added import (
        RealtimeServerEventResponseContentPartAdded as RealtimeServerEventResponseContentPartAdded,
    )
    from .models.realtime_server_event_response_content_part_added_part import (
        RealtimeServerEventResponseContentPartAddedPart as RealtimeServerEventResponseContentPartAddedPart,
    )
    from .models.realtime_server_event_response_content_part_added_part_type import (
        RealtimeServerEventResponseContentPartAddedPartType as RealtimeServerEventResponseContentPartAddedPartType,
    )
    from .models.realtime_server_event_response_content_part_done import (
        RealtimeServerEventResponseContentPartDone as RealtimeServerEventResponseContentPartDone,
    )
    from .models.realtime_server_event_response_content_part_done_part import (
        RealtimeServerEventResponseContentPartDonePart as RealtimeServerEventResponseContentPartDonePart,
    )
    from .models.realtime_server_event_response_content_part_done_part_type import (
        RealtimeServerEventResponseContentPartDonePartType as RealtimeServerEventResponseContentPartDonePartType,
    )
    from .models.realtime_server_event_response_created import (
        RealtimeServerEventResponseCreated as RealtimeServerEventResponseCreated,
    )
    from .models.realtime_server_event_response_done import (
        RealtimeServerEventResponseDone as RealtimeServerEventResponseDone,
    )
    from .models.realtime_server_event_response_function_call_arguments_delta import (
        RealtimeServerEventResponseFunctionCallArgumentsDelta as RealtimeServerEventResponseFunctionCallArgumentsDelta,
    )
    from .models.realtime_server_event_response_function_call_arguments_done import (
        RealtimeServerEventResponseFunctionCallArgumentsDone as RealtimeServerEventResponseFunctionCallArgumentsDone,
    )
    from .models.realtime_server_event_response_mcp_call_arguments_delta import (
        RealtimeServerEventResponseMCPCallArgumentsDelta as RealtimeServerEventResponseMCPCallArgumentsDelta,
    )
    from .models.realtime_server_event_response_mcp_call_arguments_done import (
        RealtimeServerEventResponseMCPCallArgumentsDone as RealtimeServerEventResponseMCPCallArgumentsDone,
    )
    from .models.realtime_server_event_response_mcp_call_completed import (
        RealtimeServerEventResponseMCPCallCompleted as RealtimeServerEventResponseMCPCallCompleted,
    )
    from .models.realtime_server_event_response_mcp_call_failed import (
        RealtimeServerEventResponseMCPCallFailed as RealtimeServerEventResponseMCPCallFailed,
    )
    from .models.realtime_server_event_response_mcp_call_in_progress import (
        RealtimeServerEventResponseMCPCallInProgress as RealtimeServerEventResponseMCPCallInProgress,
    )
    from .models.realtime_server_event_response_output_item_added import (
        RealtimeServerEventResponseOutputItemAdded as RealtimeServerEventResponseOutputItemAdded,
    )
    from .models.realtime_server_event_response_output_item_done import (
        RealtimeServerEventResponseOutputItemDone as RealtimeServerEventResponseOutputItemDone,
    )
    from .models.realtime_server_event_response_text_delta import (
        RealtimeServerEventResponseTextDelta as RealtimeServerEventResponseTextDelta,
    )
    from .models.realtime_server_event_response_text_done import (
        RealtimeServerEventResponseTextDone as RealtimeServerEventResponseTextDone,
    )
    from .models.realtime_server_event_session_created import (
        RealtimeServerEventSessionCreated as RealtimeServerEventSessionCreated,
    )
    from .models.realtime_server_event_session_updated import (
        RealtimeServerEventSessionUpdated as RealtimeServerEventSessionUpdated,
    )
    from .models.realtime_server_event_transcription_session_updated import (
        RealtimeServerEventTranscriptionSessionUpdated as RealtimeServerEventTranscriptionSessionUpdated,
    )
    from .models.realtime_session import RealtimeSession as RealtimeSession
    from .models.realtime_session_create_request import (
        RealtimeSessionCreateRequest as RealtimeSessionCreateRequest,
    )
    from .models.realtime_session_create_request_client_secret import (
        RealtimeSessionCreateRequestClientSecret as RealtimeSessionCreateRequestClientSecret,
    )
    from .models.realtime_session_create_request_ga import (
        RealtimeSessionCreateRequestGA as RealtimeSessionCreateRequestGA,
    )
    from .models.realtime_session_create_request_ga_audio import (
        RealtimeSessionCreateRequestGAAudio as RealtimeSessionCreateRequestGAAudio,
    )
    from .models.realtime_session_create_request_ga_audio_input import (
        RealtimeSessionCreateRequestGAAudioInput as RealtimeSessionCreateRequestGAAudioInput,
    )
    from .models.realtime_session_create_request_ga_audio_input_noise_reduction import (
        RealtimeSessionCreateRequestGAAudioInputNoiseReduction as RealtimeSessionCreateRequestGAAudioInputNoiseReduction,
    )
    from .models.realtime_session_create_request_ga_audio_output import (
        RealtimeSessionCreateRequestGAAudioOutput as RealtimeSessionCreateRequestGAAudioOutput,
    )
    from .models.realtime_session_create_request_ga_output_modalities_item import (
        RealtimeSessionCreateRequestGAOutputModalitiesItem as RealtimeSessionCreateRequestGAOutputModalitiesItem,
    )
    from .models.realtime_session_create_request_ga_tracing_type_0_type_1 import (
        RealtimeSessionCreateRequestGATracingType0Type1 as RealtimeSessionCreateRequestGATracingType0Type1,
    )
    from .models.realtime_session_create_request_ga_tracing_type_0_type_1_metadata import (
        RealtimeSessionCreateRequestGATracingType0Type1Metadata as RealtimeSessionCreateRequestGATracingType0Type1Metadata,
    )
    from .models.realtime_session_create_request_input_audio_transcription import (
        RealtimeSessionCreateRequestInputAudioTranscription as RealtimeSessionCreateRequestInputAudioTranscription,
    )
    from .models.realtime_session_create_request_tools_item import (
        RealtimeSessionCreateRequestToolsItem as RealtimeSessionCreateRequestToolsItem,
    )
    from .models.realtime_session_create_request_tools_item_parameters import (
        RealtimeSessionCreateRequestToolsItemParameters as RealtimeSessionCreateRequestToolsItemParameters,
    )
    from .models.realtime_session_create_request_tracing_type_1 import (
        RealtimeSessionCreateRequestTracingType1 as RealtimeSessionCreateRequestTracingType1,
    )
    from .models.realtime_session_create_request_tracing_type_1_metadata import (
        RealtimeSessionCreateRequestTracingType1Metadata as RealtimeSessionCreateRequestTracingType1Metadata,
    )
    from .models.realtime_session_create_request_turn_detection import (
        RealtimeSessionCreateRequestTurnDetection as RealtimeSessionCreateRequestTurnDetection,
    )
    from .models.realtime_session_create_response import (
        RealtimeSessionCreateResponse as RealtimeSessionCreateResponse,
    )
    from .models.realtime_session_create_response_audio import (
        RealtimeSessionCreateResponseAudio as RealtimeSessionCreateResponseAudio,
    )
    from .models.realtime_session_create_response_audio_input import (
        RealtimeSessionCreateResponseAudioInput as RealtimeSessionCreateResponseAudioInput,
    )
    from .models.realtime_session_create_response_audio_input_noise_reduction import (
        RealtimeSessionCreateResponseAudioInputNoiseReduction as RealtimeSessionCreateResponseAudioInputNoiseReduction,
    )
    from .models.realtime_session_create_response_audio_input_turn_detection import (
        RealtimeSessionCreateResponseAudioInputTurnDetection as RealtimeSessionCreateResponseAudioInputTurnDetection,
    )
    from .models.realtime_session_create_response_audio_output import (
        RealtimeSessionCreateResponseAudioOutput as RealtimeSessionCreateResponseAudioOutput,
    )
    from .models.realtime_session_create_response_ga import (
        RealtimeSessionCreateResponseGA as RealtimeSessionCreateResponseGA,
    )
    from .models.realtime_session_create_response_ga_audio import (
        RealtimeSessionCreateResponseGAAudio as RealtimeSessionCreateResponseGAAudio,
    )
    from .models.realtime_session_create_response_ga_audio_input import (
        RealtimeSessionCreateResponseGAAudioInput as RealtimeSessionCreateResponseGAAudioInput,
    )
    from .models.realtime_session_create_response_ga_audio_input_noise_reduction import (
        RealtimeSessionCreateResponseGAAudioInputNoiseReduction as RealtimeSessionCreateResponseGAAudioInputNoiseReduction,
    )
    from .models.realtime_session_create_response_ga_audio_output import (
        RealtimeSessionCreateResponseGAAudioOutput as RealtimeSessionCreateResponseGAAudioOutput,
    )
    from .models.realtime_session_create_response_ga_output_modalities_item import (
        RealtimeSessionCreateResponseGAOutputModalitiesItem as RealtimeSessionCreateResponseGAOutputModalitiesItem,
    )
    from .models.realtime_session_create_response_ga_tracing_type_0_type_1 import (
        RealtimeSessionCreateResponseGATracingType0Type1 as RealtimeSessionCreateResponseGATracingType0Type1,
    )
    from .models.realtime_session_create_response_ga_tracing_type_0_type_1_metadata import (
        RealtimeSessionCreateResponseGATracingType0Type1Metadata as RealtimeSessionCreateResponseGATracingType0Type1Metadata,
    )
    from .models.realtime_session_create_response_tracing_type_1 import (
        RealtimeSessionCreateResponseTracingType1 as RealtimeSessionCreateResponseTracingType1,
    )
    from .models.realtime_session_create_response_tracing_type_1_metadata import (
        RealtimeSessionCreateResponseTracingType1Metadata as RealtimeSessionCreateResponseTracingType1Metadata,
    )
    from .models.realtime_session_create_response_turn_detection import (
        RealtimeSessionCreateResponseTurnDetection as RealtimeSessionCreateResponseTurnDetection,
    )
    from .models.realtime_session_input_audio_format import (
        RealtimeSessionInputAudioFormat as RealtimeSessionInputAudioFormat,
    )
    from .models.realtime_session_input_audio_noise_reduction import (
        RealtimeSessionInputAudioNoiseReduction as RealtimeSessionInputAudioNoiseReduction,
    )
    from .models.realtime_session_output_audio_format import (
        RealtimeSessionOutputAudioFormat as RealtimeSessionOutputAudioFormat,
    )
    from .models.realtime_session_tracing_type_0_type_1 import (
        RealtimeSessionTracingType0Type1 as RealtimeSessionTracingType0Type1,
    )
    from .models.realtime_session_tracing_type_0_type_1_metadata import (
        RealtimeSessionTracingType0Type1Metadata as RealtimeSessionTracingType0Type1Metadata,
    )
    from .models.realtime_transcription_session_create_request import (
        RealtimeTranscriptionSessionCreateRequest as RealtimeTranscriptionSessionCreateRequest,
    )
    from .models.realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA as RealtimeTranscriptionSessionCreateRequestGA,
    )
    from .models.realtime_transcription_session_create_request_ga_audio import (
        RealtimeTranscriptionSessionCreateRequestGAAudio as RealtimeTranscriptionSessionCreateRequestGAAudio,
    )
    from .models.realtime_transcription_session_create_request_ga_audio_input import (
        RealtimeTranscriptionSessionCreateRequestGAAudioInput as RealtimeTranscriptionSessionCreateRequestGAAudioInput,
    )
    from .models.realtime_transcription_session_create_request_ga_audio_input_noise_reduction import (
        RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction as RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction,
    )
    from .models.realtime_transcription_session_create_request_input_audio_format import (
        RealtimeTranscriptionSessionCreateRequestInputAudioFormat as RealtimeTranscriptionSessionCreateRequestInputAudioFormat,
    )
    from .models.realtime_transcription_session_create_request_input_audio_noise_reduction import (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction as RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
    )
    from .models.realtime_transcription_session_create_request_turn_detection import (
        RealtimeTranscriptionSessionCreateRequestTurnDetection as RealtimeTranscriptionSessionCreateRequestTurnDetection,
    )
    from .models.realtime_transcription_session_create_response import (
        RealtimeTranscriptionSessionCreateResponse as RealtimeTranscriptionSessionCreateResponse,
    )
    from .models.realtime_transcription_session_create_response_client_secret import (
        RealtimeTranscriptionSessionCreateResponseClientSecret as RealtimeTranscriptionSessionCreateResponseClientSecret,
    )
    from .models.realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA as RealtimeTranscriptionSessionCreateResponseGA,
    )
    from .models.realtime_transcription_session_create_response_ga_audio import (
        RealtimeTranscriptionSessionCreateResponseGAAudio as RealtimeTranscriptionSessionCreateResponseGAAudio,
    )
    from .models.realtime_transcription_session_create_response_ga_audio_input import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInput as RealtimeTranscriptionSessionCreateResponseGAAudioInput,
    )
    from .models.realtime_transcription_session_create_response_ga_audio_input_noise_reduction import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction as RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction,
    )
    from .models.realtime_transcription_session_create_response_ga_audio_input_turn_detection_type_0 import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionType0 as RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionType0,
    )
    from .models.realtime_transcription_session_create_response_turn_detection import (
        RealtimeTranscriptionSessionCreateResponseTurnDetection as RealtimeTranscriptionSessionCreateResponseTurnDetection,
    )
    from .models.realtime_translation_client_event_input_audio_buffer_append import (
        RealtimeTranslationClientEventInputAudioBufferAppend as RealtimeTranslationClientEventInputAudioBufferAppend,
    )
    from .models.realtime_translation_client_event_session_close import (
        RealtimeTranslationClientEventSessionClose as RealtimeTranslationClientEventSessionClose,
    )
    from .models.realtime_translation_client_event_session_update import (
        RealtimeTranslationClientEventSessionUpdate as RealtimeTranslationClientEventSessionUpdate,
    )
    from .models.realtime_translation_client_secret_create_request import (
        RealtimeTranslationClientSecretCreateRequest as RealtimeTranslationClientSecretCreateRequest,
    )
    from .models.realtime_translation_client_secret_create_request_expires_after import (
        RealtimeTranslationClientSecretCreateRequestExpiresAfter as RealtimeTranslationClientSecretCreateRequestExpiresAfter,
    )
    from .models.realtime_translation_client_secret_create_response import (
        RealtimeTranslationClientSecretCreateResponse as RealtimeTranslationClientSecretCreateResponse,
    )
    from .models.realtime_translation_server_event_session_closed import (
        RealtimeTranslationServerEventSessionClosed as RealtimeTranslationServerEventSessionClosed,
    )
    from .models.realtime_translation_server_event_session_created import (
        RealtimeTranslationServerEventSessionCreated as RealtimeTranslationServerEventSessionCreated,
    )
    from .models.realtime_translation_server_event_session_input_transcript_delta import (
        RealtimeTranslationServerEventSessionInputTranscriptDelta as RealtimeTranslationServerEventSessionInputTranscriptDelta,
    )
    from .models.realtime_translation_server_event_session_output_audio_delta import (
        RealtimeTranslationServerEventSessionOutputAudioDelta as RealtimeTranslationServerEventSessionOutputAudioDelta,
    )
    from .models.realtime_translation_server_event_session_output_transcript_delta import (
        RealtimeTranslationServerEventSessionOutputTranscriptDelta as RealtimeTranslationServerEventSessionOutputTranscriptDelta,
    )
    from .models.realtime_translation_server_event_session_updated import (
        RealtimeTranslationServerEventSessionUpdated as RealtimeTranslationServerEventSessionUpdated,
    )
    from .models.realtime_translation_session import (
        RealtimeTranslationSession as RealtimeTranslationSession,
    )
    from .models.realtime_translation_session_audio import (
        RealtimeTranslationSessionAudio as RealtimeTranslationSessionAudio,
    )
    from .models.realtime_translation_session_audio_input import (
        RealtimeTranslationSessionAudioInput as RealtimeTranslationSessionAudioInput,
    )
    from .models.realtime_translation_session_audio_input_noise_reduction_type_0 import (
        RealtimeTranslationSessionAudioInputNoiseReductionType0 as RealtimeTranslationSessionAudioInputNoiseReductionType0,
    )
    from .models.realtime_translation_session_audio_input_transcription_type_0 import (
        RealtimeTranslationSessionAudioInputTranscriptionType0 as RealtimeTranslationSessionAudioInputTranscriptionType0,
    )
    from .models.realtime_translation_session_audio_output import (
        RealtimeTranslationSessionAudioOutput as RealtimeTranslationSessionAudioOutput,
    )
    from .models.realtime_translation_session_create_request import (
        RealtimeTranslationSessionCreateRequest as RealtimeTranslationSessionCreateRequest,
    )
    from .models.realtime_translation_session_create_request_audio import (
        RealtimeTranslationSessionCreateRequestAudio as RealtimeTranslationSessionCreateRequestAudio,
    )
    from .models.realtime_translation_session_create_request_audio_input import (
        RealtimeTranslationSessionCreateRequestAudioInput as RealtimeTranslationSessionCreateRequestAudioInput,
    )
    from .models.realtime_translation_session_create_request_audio_input_noise_reduction_type_0 import (
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0 as RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0,
    )
    from .models.realtime_translation_session_create_request_audio_input_transcription_type_0 import (
        RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0 as RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0,
    )
    from .models.realtime_translation_session_create_request_audio_output import (
        RealtimeTranslationSessionCreateRequestAudioOutput as RealtimeTranslationSessionCreateRequestAudioOutput,
    )
    from .models.realtime_translation_session_update_request import (
        RealtimeTranslationSessionUpdateRequest as RealtimeTranslationSessionUpdateRequest,
    )
    from .models.realtime_translation_session_update_request_audio import (
        RealtimeTranslationSessionUpdateRequestAudio as RealtimeTranslationSessionUpdateRequestAudio,
    )
    from .models.realtime_translation_session_update_request_audio_input import (
        RealtimeTranslationSessionUpdateRequestAudioInput as RealtimeTranslationSessionUpdateRequestAudioInput,
    )
    from .models.realtime_translation_session_update_request_audio_input_noise_reduction_type_0 import (
        RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0 as RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0,
    )
    from .models.realtime_translation_session_update_request_audio_input_transcription_type_0 import (
        RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0 as RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0,
    )
    from .models.realtime_translation_session_update_request_audio_output import (
        RealtimeTranslationSessionUpdateRequestAudioOutput as RealtimeTranslationSessionUpdateRequestAudioOutput,
    )
    from .models.realtime_truncation_type_0 import (
        RealtimeTruncationType0 as RealtimeTruncationType0,
    )
    from .models.realtime_truncation_type_1 import (
        RealtimeTruncationType1 as RealtimeTruncationType1,
    )
    from .models.realtime_truncation_variant_1_token_limits import (
        RealtimeTruncationVariant1TokenLimits as RealtimeTruncationVariant1TokenLimits,
    )
    from .models.realtime_turn_detection_type_0_type_0 import (
        RealtimeTurnDetectionType0Type0 as RealtimeTurnDetectionType0Type0,
    )
    from .models.realtime_turn_detection_type_0_type_1 import (
        RealtimeTurnDetectionType0Type1 as RealtimeTurnDetectionType0Type1,
    )
    from .models.realtime_turn_detection_type_0_type_1_eagerness import (
        RealtimeTurnDetectionType0Type1Eagerness as RealtimeTurnDetectionType0Type1Eagerness,
    )
    from .models.reasoning import Reasoning as Reasoning
    from .models.reasoning_context_type_0 import ReasoningContextType0 as ReasoningContextType0
    from .models.reasoning_effort_type_0 import ReasoningEffortType0 as ReasoningEffortType0
    from .models.reasoning_generate_summary_type_0 import (
        ReasoningGenerateSummaryType0 as ReasoningGenerateSummaryType0,
    )
    from .models.reasoning_item import ReasoningItem as ReasoningItem
    from .models.reasoning_item_status import ReasoningItemStatus as ReasoningItemStatus
    from .models.reasoning_summary_type_0 import ReasoningSummaryType0 as ReasoningSummaryType0
    from .models.reasoning_text_content import ReasoningTextContent as ReasoningTextContent
    from .models.refusal_content import RefusalContent as RefusalContent
    from .models.response import Response as Response
    from .models.response_audio_delta_event import (
        ResponseAudioDeltaEvent as ResponseAudioDeltaEvent,
    )
    from .models.response_audio_done_event import ResponseAudioDoneEvent as ResponseAudioDoneEvent
    from .models.response_audio_transcript_delta_event import (
        ResponseAudioTranscriptDeltaEvent as ResponseAudioTranscriptDeltaEvent,
    )
    from .models.response_audio_transcript_done_event import (
        ResponseAudioTranscriptDoneEvent as ResponseAudioTranscriptDoneEvent,
    )
    from .models.response_code_interpreter_call_code_delta_event import (
        ResponseCodeInterpreterCallCodeDeltaEvent as ResponseCodeInterpreterCallCodeDeltaEvent,
    )
    from .models.response_code_interpreter_call_code_done_event import (
        ResponseCodeInterpreterCallCodeDoneEvent as ResponseCodeInterpreterCallCodeDoneEvent,
    )
    from .models.response_code_interpreter_call_completed_event import (
        ResponseCodeInterpreterCallCompletedEvent as ResponseCodeInterpreterCallCompletedEvent,
    )
    from .models.response_code_interpreter_call_in_progress_event import (
        ResponseCodeInterpreterCallInProgressEvent as ResponseCodeInterpreterCallInProgressEvent,
    )
    from .models.response_code_interpreter_call_interpreting_event import (
        ResponseCodeInterpreterCallInterpretingEvent as ResponseCodeInterpreterCallInterpretingEvent,
    )
    from .models.response_completed_event import ResponseCompletedEvent as ResponseCompletedEvent
    from .models.response_content_part_added_event import (
        ResponseContentPartAddedEvent as ResponseContentPartAddedEvent,
    )
    from .models.response_content_part_done_event import (
        ResponseContentPartDoneEvent as ResponseContentPartDoneEvent,
    )
    from .models.response_conversation import ResponseConversation as ResponseConversation
    from .models.response_created_event import ResponseCreatedEvent as ResponseCreatedEvent
    from .models.response_custom_tool_call_input_delta_event import (
        ResponseCustomToolCallInputDeltaEvent as ResponseCustomToolCallInputDeltaEvent,
    )
    from .models.response_custom_tool_call_input_done_event import (
        ResponseCustomToolCallInputDoneEvent as ResponseCustomToolCallInputDoneEvent,
    )
    from .models.response_error_code import ResponseErrorCode as ResponseErrorCode
    from .models.response_error_event import ResponseErrorEvent as ResponseErrorEvent
    from .models.response_error_type_0 import ResponseErrorType0 as ResponseErrorType0
    from .models.response_failed_event import ResponseFailedEvent as ResponseFailedEvent
    from .models.response_file_search_call_completed_event import (
        ResponseFileSearchCallCompletedEvent as ResponseFileSearchCallCompletedEvent,
    )
    from .models.response_file_search_call_in_progress_event import (
        ResponseFileSearchCallInProgressEvent as ResponseFileSearchCallInProgressEvent,
    )
    from .models.response_file_search_call_searching_event import (
        ResponseFileSearchCallSearchingEvent as ResponseFileSearchCallSearchingEvent,
    )
    from .models.response_format_json_object import (
        ResponseFormatJsonObject as ResponseFormatJsonObject,
    )
    from .models.response_format_json_schema import (
        ResponseFormatJsonSchema as ResponseFormatJsonSchema,
    )
    from .models.response_format_json_schema_json_schema import (
        ResponseFormatJsonSchemaJsonSchema as ResponseFormatJsonSchemaJsonSchema,
    )
    from .models.response_format_json_schema_schema import (
        ResponseFormatJsonSchemaSchema as ResponseFormatJsonSchemaSchema,
    )
    from .models.response_format_text import ResponseFormatText as ResponseFormatText
    from .models.response_format_text_grammar import (
        ResponseFormatTextGrammar as ResponseFormatTextGrammar,
    )
    from .models.response_format_text_python import (
        ResponseFormatTextPython as ResponseFormatTextPython,
    )
    from .models.response_function_call_arguments_delta_event import (
        ResponseFunctionCallArgumentsDeltaEvent as ResponseFunctionCallArgumentsDeltaEvent,
    )
    from .models.response_function_call_arguments_done_event import (
        ResponseFunctionCallArgumentsDoneEvent as ResponseFunctionCallArgumentsDoneEvent,
    )
    from .models.response_image_gen_call_completed_event import (
        ResponseImageGenCallCompletedEvent as ResponseImageGenCallCompletedEvent,
    )
    from .models.response_image_gen_call_generating_event import (
        ResponseImageGenCallGeneratingEvent as ResponseImageGenCallGeneratingEvent,
    )
    from .models.response_image_gen_call_in_progress_event import (
        ResponseImageGenCallInProgressEvent as ResponseImageGenCallInProgressEvent,
    )
    from .models.response_image_gen_call_partial_image_event import (
        ResponseImageGenCallPartialImageEvent as ResponseImageGenCallPartialImageEvent,
    )
    from .models.response_in_progress_event import (
        ResponseInProgressEvent as ResponseInProgressEvent,
    )
    from .models.response_incomplete_details_type_0 import (
        ResponseIncompleteDetailsType0 as ResponseIncompleteDetailsType0,
    )
    from .models.response_incomplete_details_type_0_reason import (
        ResponseIncompleteDetailsType0Reason as ResponseIncompleteDetailsType0Reason,
    )
    from .models.response_incomplete_event import ResponseIncompleteEvent as ResponseIncompleteEvent
    from .models.response_item_list import ResponseItemList as ResponseItemList
    from .models.response_log_prob import ResponseLogProb as ResponseLogProb
    from .models.response_log_prob_top_logprobs_item import (
        ResponseLogProbTopLogprobsItem as ResponseLogProbTopLogprobsItem,
    )
    from .models.response_mcp_call_arguments_delta_event import (
        ResponseMCPCallArgumentsDeltaEvent as ResponseMCPCallArgumentsDeltaEvent,
    )
    from .models.response_mcp_call_arguments_done_event import (
        ResponseMCPCallArgumentsDoneEvent as ResponseMCPCallArgumentsDoneEvent,
    )
    from .models.response_mcp_call_completed_event import (
        ResponseMCPCallCompletedEvent as ResponseMCPCallCompletedEvent,
    )
    from .models.response_mcp_call_failed_event import (
        ResponseMCPCallFailedEvent as ResponseMCPCallFailedEvent,
    )
    from .models.response_mcp_call_in_progress_event import (
        ResponseMCPCallInProgressEvent as ResponseMCPCallInProgressEvent,
    )
    from .models.response_mcp_list_tools_completed_event import (
        ResponseMCPListToolsCompletedEvent as ResponseMCPListToolsCompletedEvent,
    )
    from .models.response_mcp_list_tools_failed_event import (
        ResponseMCPListToolsFailedEvent as ResponseMCPListToolsFailedEvent,
    )
    from .models.response_mcp_list_tools_in_progress_event import (
        ResponseMCPListToolsInProgressEvent as ResponseMCPListToolsInProgressEvent,
    )
    from .models.response_modalities_type_0_item import (
        ResponseModalitiesType0Item as ResponseModalitiesType0Item,
    )
    from .models.response_output_item_added_event import (
        ResponseOutputItemAddedEvent as ResponseOutputItemAddedEvent,
    )
    from .models.response_output_item_done_event import (
        ResponseOutputItemDoneEvent as ResponseOutputItemDoneEvent,
    )
    from .models.response_output_text import ResponseOutputText as ResponseOutputText
    from .models.response_output_text_annotation_added_event import (
        ResponseOutputTextAnnotationAddedEvent as ResponseOutputTextAnnotationAddedEvent,
    )
    from .models.response_prompt_cache_retention_type_0 import (
        ResponsePromptCacheRetentionType0 as ResponsePromptCacheRetentionType0,
    )
    from .models.response_prompt_variables_type_0 import (
        ResponsePromptVariablesType0 as ResponsePromptVariablesType0,
    )
    from .models.response_properties import ResponseProperties as ResponseProperties
    from .models.response_queued_event import ResponseQueuedEvent as ResponseQueuedEvent
    from .models.response_reasoning_summary_part_added_event import (
        ResponseReasoningSummaryPartAddedEvent as ResponseReasoningSummaryPartAddedEvent,
    )
    from .models.response_reasoning_summary_part_added_event_part import (
        ResponseReasoningSummaryPartAddedEventPart as ResponseReasoningSummaryPartAddedEventPart,
    )
    from .models.response_reasoning_summary_part_done_event import (
        ResponseReasoningSummaryPartDoneEvent as ResponseReasoningSummaryPartDoneEvent,
    )
    from .models.response_reasoning_summary_part_done_event_part import (
        ResponseReasoningSummaryPartDoneEventPart as ResponseReasoningSummaryPartDoneEventPart,
    )
    from .models.response_reasoning_summary_text_delta_event import (
        ResponseReasoningSummaryTextDeltaEvent as ResponseReasoningSummaryTextDeltaEvent,
    )
    from .models.response_reasoning_summary_text_done_event import (
        ResponseReasoningSummaryTextDoneEvent as ResponseReasoningSummaryTextDoneEvent,
    )
    from .models.response_reasoning_text_delta_event import (
        ResponseReasoningTextDeltaEvent as ResponseReasoningTextDeltaEvent,
    )
    from .models.response_reasoning_text_done_event import (
        ResponseReasoningTextDoneEvent as ResponseReasoningTextDoneEvent,
    )
    from .models.response_refusal_delta_event import (
        ResponseRefusalDeltaEvent as ResponseRefusalDeltaEvent,
    )
    from .models.response_refusal_done_event import (
        ResponseRefusalDoneEvent as ResponseRefusalDoneEvent,
    )
    from .models.response_shell_call_command_added_streaming_event import (
        ResponseShellCallCommandAddedStreamingEvent as ResponseShellCallCommandAddedStreamingEvent,
    )
    from .models.response_shell_call_command_delta_streaming_event import (
        ResponseShellCallCommandDeltaStreamingEvent as ResponseShellCallCommandDeltaStreamingEvent,
    )
    from .models.response_shell_call_command_done_streaming_event import (
        ResponseShellCallCommandDoneStreamingEvent as ResponseShellCallCommandDoneStreamingEvent,
    )
    from .models.response_shell_call_output_content_delta_streaming_event import (
        ResponseShellCallOutputContentDeltaStreamingEvent as ResponseShellCallOutputContentDeltaStreamingEvent,
    )
    from .models.response_shell_call_output_content_done_streaming_event import (
        ResponseShellCallOutputContentDoneStreamingEvent as ResponseShellCallOutputContentDoneStreamingEvent,
    )
    from .models.response_status import ResponseStatus as ResponseStatus
    from .models.response_stream_options_type_0 import (
        ResponseStreamOptionsType0 as ResponseStreamOptionsType0,
    )
    from .models.response_text_delta_event import ResponseTextDeltaEvent as ResponseTextDeltaEvent
    from .models.response_text_done_event import ResponseTextDoneEvent as ResponseTextDoneEvent
    from .models.response_text_param import ResponseTextParam as ResponseTextParam
    from .models.response_truncation_type_0 import (
        ResponseTruncationType0 as ResponseTruncationType0,
    )
    from .models.response_usage import ResponseUsage as ResponseUsage
    from .models.response_usage_input_tokens_details import (
        ResponseUsageInputTokensDetails as ResponseUsageInputTokensDetails,
    )
    from .models.response_usage_output_tokens_details import (
        ResponseUsageOutputTokensDetails as ResponseUsageOutputTokensDetails,
    )
    from .models.response_web_search_call_completed_event import (
        ResponseWebSearchCallCompletedEvent as ResponseWebSearchCallCompletedEvent,
    )
    from .models.response_web_search_call_in_progress_event import (
        ResponseWebSearchCallInProgressEvent as ResponseWebSearchCallInProgressEvent,
    )
    from .models.response_web_search_call_searching_event import (
        ResponseWebSearchCallSearchingEvent as ResponseWebSearchCallSearchingEvent,
    )
    from .models.response_ws_error import ResponseWsError as ResponseWsError
    from .models.responses_client_event import ResponsesClientEvent as ResponsesClientEvent
    from .models.responses_client_event_prompt_cache_retention_type_0 import (
        ResponsesClientEventPromptCacheRetentionType0 as ResponsesClientEventPromptCacheRetentionType0,
    )
    from .models.responses_client_event_response_create import (
        ResponsesClientEventResponseCreate as ResponsesClientEventResponseCreate,
    )
    from .models.responses_client_event_response_create_prompt_cache_retention_type_0 import (
        ResponsesClientEventResponseCreatePromptCacheRetentionType0 as ResponsesClientEventResponseCreatePromptCacheRetentionType0,
    )
    from .models.responses_client_event_response_create_truncation_type_0 import (
        ResponsesClientEventResponseCreateTruncationType0 as ResponsesClientEventResponseCreateTruncationType0,
    )
    from .models.responses_client_event_truncation_type_0 import (
        ResponsesClientEventTruncationType0 as ResponsesClientEventTruncationType0,
    )
    from .models.responses_server_event_type_0 import (
        ResponsesServerEventType0 as ResponsesServerEventType0,
    )
    from .models.responses_server_event_type_1 import (
        ResponsesServerEventType1 as ResponsesServerEventType1,
    )
    from .models.responses_server_event_type_2 import (
        ResponsesServerEventType2 as ResponsesServerEventType2,
    )
    from .models.responses_server_event_type_3 import (
        ResponsesServerEventType3 as ResponsesServerEventType3,
    )
    from .models.responses_server_event_type_4 import (
        ResponsesServerEventType4 as ResponsesServerEventType4,
    )
    from .models.responses_server_event_type_5 import (
        ResponsesServerEventType5 as ResponsesServerEventType5,
    )
    from .models.responses_server_event_type_6 import (
        ResponsesServerEventType6 as ResponsesServerEventType6,
    )
    from .models.responses_server_event_type_7 import (
        ResponsesServerEventType7 as ResponsesServerEventType7,
    )
    from .models.responses_server_event_type_8 import (
        ResponsesServerEventType8 as ResponsesServerEventType8,
    )
    from .models.responses_server_event_type_9 import (
        ResponsesServerEventType9 as ResponsesServerEventType9,
    )
    from .models.responses_server_event_type_10 import (
        ResponsesServerEventType10 as ResponsesServerEventType10,
    )
    from .models.responses_server_event_type_11 import (
        ResponsesServerEventType11 as ResponsesServerEventType11,
    )
    from .models.responses_server_event_type_12 import (
        ResponsesServerEventType12 as ResponsesServerEventType12,
    )
    from .models.responses_server_event_type_13 import (
        ResponsesServerEventType13 as ResponsesServerEventType13,
    )
    from .models.responses_server_event_type_14 import (
        ResponsesServerEventType14 as ResponsesServerEventType14,
    )
    from .models.responses_server_event_type_15 import (
        ResponsesServerEventType15 as ResponsesServerEventType15,
    )
    from .models.responses_server_event_type_16 import (
        ResponsesServerEventType16 as ResponsesServerEventType16,
    )
    from .models.responses_server_event_type_17 import (
        ResponsesServerEventType17 as ResponsesServerEventType17,
    )
    from .models.responses_server_event_type_18 import (
        ResponsesServerEventType18 as ResponsesServerEventType18,
    )
    from .models.responses_server_event_type_19 import (
        ResponsesServerEventType19 as ResponsesServerEventType19,
    )
    from .models.responses_server_event_type_20 import (
        ResponsesServerEventType20 as ResponsesServerEventType20,
    )
    from .models.responses_server_event_type_21 import (
        ResponsesServerEventType21 as ResponsesServerEventType21,
    )
    from .models.responses_server_event_type_22 import (
        ResponsesServerEventType22 as ResponsesServerEventType22,
    )
    from .models.responses_server_event_type_23 import (
        ResponsesServerEventType23 as ResponsesServerEventType23,
    )
    from .models.responses_server_event_type_24 import (
        ResponsesServerEventType24 as ResponsesServerEventType24,
    )
    from .models.responses_server_event_type_25 import (
        ResponsesServerEventType25 as ResponsesServerEventType25,
    )
    from .models.responses_server_event_type_26 import (
        ResponsesServerEventType26 as ResponsesServerEventType26,
    )
    from .models.responses_server_event_type_27 import (
        ResponsesServerEventType27 as ResponsesServerEventType27,
    )
    from .models.responses_server_event_type_28 import (
        ResponsesServerEventType28 as ResponsesServerEventType28,
    )
    from .models.responses_server_event_type_29 import (
        ResponsesServerEventType29 as ResponsesServerEventType29,
    )
    from .models.responses_server_event_type_30 import (
        ResponsesServerEventType30 as ResponsesServerEventType30,
    )
    from .models.responses_server_event_type_31 import (
        ResponsesServerEventType31 as ResponsesServerEventType31,
    )
    from .models.responses_server_event_type_32 import (
        ResponsesServerEventType32 as ResponsesServerEventType32,
    )
    from .models.responses_server_event_type_33 import (
        ResponsesServerEventType33 as ResponsesServerEventType33,
    )
    from .models.responses_server_event_type_34 import (
        ResponsesServerEventType34 as ResponsesServerEventType34,
    )
    from .models.responses_server_event_type_35 import (
        ResponsesServerEventType35 as ResponsesServerEventType35,
    )
    from .models.responses_server_event_type_36 import (
        ResponsesServerEventType36 as ResponsesServerEventType36,
    )
    from .models.responses_server_event_type_37 import (
        ResponsesServerEventType37 as ResponsesServerEventType37,
    )
    from .models.responses_server_event_type_38 import (
        ResponsesServerEventType38 as ResponsesServerEventType38,
    )
    from .models.responses_server_event_type_39 import (
        ResponsesServerEventType39 as ResponsesServerEventType39,
    )
    from .models.responses_server_event_type_40 import (
        ResponsesServerEventType40 as ResponsesServerEventType40,
    )
    from .models.responses_server_event_type_41 import (
        ResponsesServerEventType41 as ResponsesServerEventType41,
    )
    from .models.responses_server_event_type_42 import (
        ResponsesServerEventType42 as ResponsesServerEventType42,
    )
    from .models.responses_server_event_type_43 import (
        ResponsesServerEventType43 as ResponsesServerEventType43,
    )
    from .models.responses_server_event_type_44 import (
        ResponsesServerEventType44 as ResponsesServerEventType44,
    )
    from .models.responses_server_event_type_45 import (
        ResponsesServerEventType45 as ResponsesServerEventType45,
    )
    from .models.responses_server_event_type_46 import (
        ResponsesServerEventType46 as ResponsesServerEventType46,
    )
    from .models.responses_server_event_type_47 import (
        ResponsesServerEventType47 as ResponsesServerEventType47,
    )
    from .models.responses_server_event_type_48 import (
        ResponsesServerEventType48 as ResponsesServerEventType48,
    )
    from .models.responses_server_event_type_49 import (
        ResponsesServerEventType49 as ResponsesServerEventType49,
    )
    from .models.responses_server_event_type_50 import (
        ResponsesServerEventType50 as ResponsesServerEventType50,
    )
    from .models.responses_server_event_type_51 import (
        ResponsesServerEventType51 as ResponsesServerEventType51,
    )
    from .models.responses_server_event_type_52 import (
        ResponsesServerEventType52 as ResponsesServerEventType52,
    )
    from .models.responses_server_event_type_53 import (
        ResponsesServerEventType53 as ResponsesServerEventType53,
    )
    from .models.responses_server_event_type_54 import (
        ResponsesServerEventType54 as ResponsesServerEventType54,
    )
    from .models.responses_server_event_type_55 import (
        ResponsesServerEventType55 as ResponsesServerEventType55,
    )
    from .models.responses_server_event_type_56 import (
        ResponsesServerEventType56 as ResponsesServerEventType56,
    )
    from .models.responses_server_event_variant_28_part import (
        ResponsesServerEventVariant28Part as ResponsesServerEventVariant28Part,
    )
    from .models.responses_server_event_variant_29_part import (
        ResponsesServerEventVariant29Part as ResponsesServerEventVariant29Part,
    )
    from .models.responses_web_socket_stream_event import (
        ResponsesWebSocketStreamEvent as ResponsesWebSocketStreamEvent,
    )
    from .models.retrieve_project_group_group_type import (
        RetrieveProjectGroupGroupType as RetrieveProjectGroupGroupType,
    )
    from .models.role import Role as Role
    from .models.role_deleted_resource import RoleDeletedResource as RoleDeletedResource
    from .models.role_list_resource import RoleListResource as RoleListResource
    from .models.run_completion_usage_type_0 import (
        RunCompletionUsageType0 as RunCompletionUsageType0,
    )
    from .models.run_grader_request import RunGraderRequest as RunGraderRequest
    from .models.run_grader_request_item import RunGraderRequestItem as RunGraderRequestItem
    from .models.run_grader_response import RunGraderResponse as RunGraderResponse
    from .models.run_grader_response_metadata import (
        RunGraderResponseMetadata as RunGraderResponseMetadata,
    )
    from .models.run_grader_response_metadata_errors import (
        RunGraderResponseMetadataErrors as RunGraderResponseMetadataErrors,
    )
    from .models.run_grader_response_metadata_scores import (
        RunGraderResponseMetadataScores as RunGraderResponseMetadataScores,
    )
    from .models.run_grader_response_model_grader_token_usage_per_model import (
        RunGraderResponseModelGraderTokenUsagePerModel as RunGraderResponseModelGraderTokenUsagePerModel,
    )
    from .models.run_grader_response_sub_rewards import (
        RunGraderResponseSubRewards as RunGraderResponseSubRewards,
    )
    from .models.run_object import RunObject as RunObject
    from .models.run_object_incomplete_details_type_0 import (
        RunObjectIncompleteDetailsType0 as RunObjectIncompleteDetailsType0,
    )
    from .models.run_object_incomplete_details_type_0_reason import (
        RunObjectIncompleteDetailsType0Reason as RunObjectIncompleteDetailsType0Reason,
    )
    from .models.run_object_last_error_type_0 import (
        RunObjectLastErrorType0 as RunObjectLastErrorType0,
    )
    from .models.run_object_last_error_type_0_code import (
        RunObjectLastErrorType0Code as RunObjectLastErrorType0Code,
    )
    from .models.run_object_required_action_type_0 import (
        RunObjectRequiredActionType0 as RunObjectRequiredActionType0,
    )
    from .models.run_object_required_action_type_0_submit_tool_outputs import (
        RunObjectRequiredActionType0SubmitToolOutputs as RunObjectRequiredActionType0SubmitToolOutputs,
    )
    from .models.run_object_status import RunObjectStatus as RunObjectStatus
    from .models.run_step_completion_usage_type_0 import (
        RunStepCompletionUsageType0 as RunStepCompletionUsageType0,
    )
    from .models.run_step_delta_object import RunStepDeltaObject as RunStepDeltaObject
    from .models.run_step_delta_object_delta import (
        RunStepDeltaObjectDelta as RunStepDeltaObjectDelta,
    )
    from .models.run_step_delta_step_details_message_creation_object import (
        RunStepDeltaStepDetailsMessageCreationObject as RunStepDeltaStepDetailsMessageCreationObject,
    )
    from .models.run_step_delta_step_details_message_creation_object_message_creation import (
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation as RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
    )
    from .models.run_step_delta_step_details_tool_calls_code_object import (
        RunStepDeltaStepDetailsToolCallsCodeObject as RunStepDeltaStepDetailsToolCallsCodeObject,
    )
    from .models.run_step_delta_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter as RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
    )
    from .models.run_step_delta_step_details_tool_calls_code_output_image_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject as RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
    )
    from .models.run_step_delta_step_details_tool_calls_code_output_image_object_image import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage as RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage,
    )
    from .models.run_step_delta_step_details_tool_calls_code_output_logs_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject as RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
    )
    from .models.run_step_delta_step_details_tool_calls_file_search_object import (
        RunStepDeltaStepDetailsToolCallsFileSearchObject as RunStepDeltaStepDetailsToolCallsFileSearchObject,
    )
    from .models.run_step_delta_step_details_tool_calls_file_search_object_file_search import (
        RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch as RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,
    )
    from .models.run_step_delta_step_details_tool_calls_function_object import (
        RunStepDeltaStepDetailsToolCallsFunctionObject as RunStepDeltaStepDetailsToolCallsFunctionObject,
    )
    from .models.run_step_delta_step_details_tool_calls_function_object_function import (
        RunStepDeltaStepDetailsToolCallsFunctionObjectFunction as RunStepDeltaStepDetailsToolCallsFunctionObjectFunction,
    )
    from .models.run_step_delta_step_details_tool_calls_object import (
        RunStepDeltaStepDetailsToolCallsObject as RunStepDeltaStepDetailsToolCallsObject,
    )
    from .models.run_step_details_message_creation_object import (
        RunStepDetailsMessageCreationObject as RunStepDetailsMessageCreationObject,
    )
    from .models.run_step_details_message_creation_object_message_creation import (
        RunStepDetailsMessageCreationObjectMessageCreation as RunStepDetailsMessageCreationObjectMessageCreation,
    )
    from .models.run_step_details_tool_calls_code_object import (
        RunStepDetailsToolCallsCodeObject as RunStepDetailsToolCallsCodeObject,
    )
    from .models.run_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDetailsToolCallsCodeObjectCodeInterpreter as RunStepDetailsToolCallsCodeObjectCodeInterpreter,
    )
    from .models.run_step_details_tool_calls_code_output_image_object import (
        RunStepDetailsToolCallsCodeOutputImageObject as RunStepDetailsToolCallsCodeOutputImageObject,
    )
    from .models.run_step_details_tool_calls_code_output_image_object_image import (
        RunStepDetailsToolCallsCodeOutputImageObjectImage as RunStepDetailsToolCallsCodeOutputImageObjectImage,
    )
    from .models.run_step_details_tool_calls_code_output_logs_object import (
        RunStepDetailsToolCallsCodeOutputLogsObject as RunStepDetailsToolCallsCodeOutputLogsObject,
    )
    from .models.run_step_details_tool_calls_file_search_object import (
        RunStepDetailsToolCallsFileSearchObject as RunStepDetailsToolCallsFileSearchObject,
    )
    from .models.run_step_details_tool_calls_file_search_object_file_search import (
        RunStepDetailsToolCallsFileSearchObjectFileSearch as RunStepDetailsToolCallsFileSearchObjectFileSearch,
    )
    from .models.run_step_details_tool_calls_file_search_ranking_options_object import (
        RunStepDetailsToolCallsFileSearchRankingOptionsObject as RunStepDetailsToolCallsFileSearchRankingOptionsObject,
    )
    from .models.run_step_details_tool_calls_file_search_result_object import (
        RunStepDetailsToolCallsFileSearchResultObject as RunStepDetailsToolCallsFileSearchResultObject,
    )
    from .models.run_step_details_tool_calls_file_search_result_object_content_item import (
        RunStepDetailsToolCallsFileSearchResultObjectContentItem as RunStepDetailsToolCallsFileSearchResultObjectContentItem,
    )
    from .models.run_step_details_tool_calls_function_object import (
        RunStepDetailsToolCallsFunctionObject as RunStepDetailsToolCallsFunctionObject,
    )
    from .models.run_step_details_tool_calls_function_object_function import (
        RunStepDetailsToolCallsFunctionObjectFunction as RunStepDetailsToolCallsFunctionObjectFunction,
    )
    from .models.run_step_details_tool_calls_object import (
        RunStepDetailsToolCallsObject as RunStepDetailsToolCallsObject,
    )
    from .models.run_step_object import RunStepObject as RunStepObject
    from .models.run_step_object_last_error_type_0 import (
        RunStepObjectLastErrorType0 as RunStepObjectLastErrorType0,
    )
    from .models.run_step_object_last_error_type_0_code import (
        RunStepObjectLastErrorType0Code as RunStepObjectLastErrorType0Code,
    )
    from .models.run_step_object_status import RunStepObjectStatus as RunStepObjectStatus
    from .models.run_step_object_type import RunStepObjectType as RunStepObjectType
    from .models.run_step_stream_event_type_0 import (
        RunStepStreamEventType0 as RunStepStreamEventType0,
    )
    from .models.run_step_stream_event_type_1 import (
        RunStepStreamEventType1 as RunStepStreamEventType1,
    )
    from .models.run_step_stream_event_type_2 import (
        RunStepStreamEventType2 as RunStepStreamEventType2,
    )
    from .models.run_step_stream_event_type_3 import (
        RunStepStreamEventType3 as RunStepStreamEventType3,
    )
    from .models.run_step_stream_event_type_4 import (
        RunStepStreamEventType4 as RunStepStreamEventType4,
    )
    from .models.run_step_stream_event_type_5 import (
        RunStepStreamEventType5 as RunStepStreamEventType5,
    )
    from .models.run_step_stream_event_type_6 import (
        RunStepStreamEventType6 as RunStepStreamEventType6,
    )
    from .models.run_stream_event_type_0 import RunStreamEventType0 as RunStreamEventType0
    from .models.run_stream_event_type_1 import RunStreamEventType1 as RunStreamEventType1
    from .models.run_stream_event_type_2 import RunStreamEventType2 as RunStreamEventType2
    from .models.run_stream_event_type_3 import RunStreamEventType3 as RunStreamEventType3
    from .models.run_stream_event_type_4 import RunStreamEventType4 as RunStreamEventType4
    from .models.run_stream_event_type_5 import RunStreamEventType5 as RunStreamEventType5
    from .models.run_stream_event_type_6 import RunStreamEventType6 as RunStreamEventType6
    from .models.run_stream_event_type_7 import RunStreamEventType7 as RunStreamEventType7
    from .models.run_stream_event_type_8 import RunStreamEventType8 as RunStreamEventType8
    from .models.run_stream_event_type_9 import RunStreamEventType9 as RunStreamEventType9
    from .models.run_tool_call_object import RunToolCallObject as RunToolCallObject
    from .models.run_tool_call_object_function import (
        RunToolCallObjectFunction as RunToolCallObjectFunction,
    )
    from .models.screenshot_param import ScreenshotParam as ScreenshotParam
    from .models.scroll_param import ScrollParam as ScrollParam
    from .models.search_content_type import SearchContentType as SearchContentType
    from .models.search_context_size import SearchContextSize as SearchContextSize
    from .models.service_account_api_key_body import (
        ServiceAccountApiKeyBody as ServiceAccountApiKeyBody,
    )
    from .models.service_tier_enum import ServiceTierEnum as ServiceTierEnum
    from .models.service_tier_responses_type_0 import (
        ServiceTierResponsesType0 as ServiceTierResponsesType0,
    )
    from .models.service_tier_type_0 import ServiceTierType0 as ServiceTierType0
    from .models.set_default_skill_version_body import (
        SetDefaultSkillVersionBody as SetDefaultSkillVersionBody,
    )
    from .models.shell_call_output_delta import ShellCallOutputDelta as ShellCallOutputDelta
    from .models.skill_list_resource import SkillListResource as SkillListResource
    from .models.skill_reference_param import SkillReferenceParam as SkillReferenceParam
    from .models.skill_resource import SkillResource as SkillResource
    from .models.skill_version_list_resource import (
        SkillVersionListResource as SkillVersionListResource,
    )
    from .models.skill_version_resource import SkillVersionResource as SkillVersionResource
    from .models.specific_apply_patch_param import (
        SpecificApplyPatchParam as SpecificApplyPatchParam,
    )
    from .models.specific_function_shell_param import (
        SpecificFunctionShellParam as SpecificFunctionShellParam,
    )
    from .models.specific_programmatic_tool_calling_param import (
        SpecificProgrammaticToolCallingParam as SpecificProgrammaticToolCallingParam,
    )
    from .models.speech_audio_delta_event import SpeechAudioDeltaEvent as SpeechAudioDeltaEvent
    from .models.speech_audio_done_event import SpeechAudioDoneEvent as SpeechAudioDoneEvent
    from .models.speech_audio_done_event_usage import (
        SpeechAudioDoneEventUsage as SpeechAudioDoneEventUsage,
    )
    from .models.spend_alert_notification_channel import (
        SpendAlertNotificationChannel as SpendAlertNotificationChannel,
    )
    from .models.spend_limit_enforcement import SpendLimitEnforcement as SpendLimitEnforcement
    from .models.static_chunking_strategy import StaticChunkingStrategy as StaticChunkingStrategy
    from .models.static_chunking_strategy_request_param import (
        StaticChunkingStrategyRequestParam as StaticChunkingStrategyRequestParam,
    )
    from .models.static_chunking_strategy_response_param import (
        StaticChunkingStrategyResponseParam as StaticChunkingStrategyResponseParam,
    )
    from .models.submit_tool_outputs_run_request import (
        SubmitToolOutputsRunRequest as SubmitToolOutputsRunRequest,
    )
    from .models.submit_tool_outputs_run_request_tool_outputs_item import (
        SubmitToolOutputsRunRequestToolOutputsItem as SubmitToolOutputsRunRequestToolOutputsItem,
    )
    from .models.summary_text_content import SummaryTextContent as SummaryTextContent
    from .models.synth_id_provenance_result import (
        SynthIDProvenanceResult as SynthIDProvenanceResult,
    )
    from .models.task_group_item import TaskGroupItem as TaskGroupItem
    from .models.task_group_task import TaskGroupTask as TaskGroupTask
    from .models.task_item import TaskItem as TaskItem
    from .models.task_type import TaskType as TaskType
    from .models.text_content import TextContent as TextContent
    from .models.text_response_format_json_schema import (
        TextResponseFormatJsonSchema as TextResponseFormatJsonSchema,
    )
    from .models.thread_item_list_resource import ThreadItemListResource as ThreadItemListResource
    from .models.thread_list_resource import ThreadListResource as ThreadListResource
    from .models.thread_object import ThreadObject as ThreadObject
    from .models.thread_object_tool_resources_type_0 import (
        ThreadObjectToolResourcesType0 as ThreadObjectToolResourcesType0,
    )
    from .models.thread_object_tool_resources_type_0_code_interpreter import (
        ThreadObjectToolResourcesType0CodeInterpreter as ThreadObjectToolResourcesType0CodeInterpreter,
    )
    from .models.thread_object_tool_resources_type_0_file_search import (
        ThreadObjectToolResourcesType0FileSearch as ThreadObjectToolResourcesType0FileSearch,
    )
    from .models.thread_resource import ThreadResource as ThreadResource
    from .models.thread_stream_event import ThreadStreamEvent as ThreadStreamEvent
    from .models.toggle_certificates_request import (
        ToggleCertificatesRequest as ToggleCertificatesRequest,
    )
    from .models.token_counts_body import TokenCountsBody as TokenCountsBody
    from .models.token_counts_resource import TokenCountsResource as TokenCountsResource
    from .models.tool_choice import ToolChoice as ToolChoice
    from .models.tool_choice_allowed import ToolChoiceAllowed as ToolChoiceAllowed
    from .models.tool_choice_allowed_mode import ToolChoiceAllowedMode as ToolChoiceAllowedMode
    from .models.tool_choice_allowed_tools_item import (
        ToolChoiceAllowedToolsItem as ToolChoiceAllowedToolsItem,
    )
    from .models.tool_choice_custom import ToolChoiceCustom as ToolChoiceCustom
    from .models.tool_choice_function import ToolChoiceFunction as ToolChoiceFunction
    from .models.tool_choice_mcp import ToolChoiceMCP as ToolChoiceMCP
    from .models.tool_choice_options import ToolChoiceOptions as ToolChoiceOptions
    from .models.tool_choice_types import ToolChoiceTypes as ToolChoiceTypes
    from .models.tool_choice_types_type import ToolChoiceTypesType as ToolChoiceTypesType
    from .models.tool_search_call import ToolSearchCall as ToolSearchCall
    from .models.tool_search_call_item_param import (
        ToolSearchCallItemParam as ToolSearchCallItemParam,
    )
    from .models.tool_search_execution_type import (
        ToolSearchExecutionType as ToolSearchExecutionType,
    )
    from .models.tool_search_output import ToolSearchOutput as ToolSearchOutput
    from .models.tool_search_output_item_param import (
        ToolSearchOutputItemParam as ToolSearchOutputItemParam,
    )
    from .models.tool_search_tool_param import ToolSearchToolParam as ToolSearchToolParam
    from .models.top_log_prob import TopLogProb as TopLogProb
    from .models.transcript_text_delta_event import (
        TranscriptTextDeltaEvent as TranscriptTextDeltaEvent,
    )
    from .models.transcript_text_delta_event_logprobs_item import (
        TranscriptTextDeltaEventLogprobsItem as TranscriptTextDeltaEventLogprobsItem,
    )
    from .models.transcript_text_done_event import (
        TranscriptTextDoneEvent as TranscriptTextDoneEvent,
    )
    from .models.transcript_text_done_event_logprobs_item import (
        TranscriptTextDoneEventLogprobsItem as TranscriptTextDoneEventLogprobsItem,
    )
    from .models.transcript_text_segment_event import (
        TranscriptTextSegmentEvent as TranscriptTextSegmentEvent,
    )
    from .models.transcript_text_usage_duration import (
        TranscriptTextUsageDuration as TranscriptTextUsageDuration,
    )
    from .models.transcript_text_usage_tokens import (
        TranscriptTextUsageTokens as TranscriptTextUsageTokens,
    )
    from .models.transcript_text_usage_tokens_input_token_details import (
        TranscriptTextUsageTokensInputTokenDetails as TranscriptTextUsageTokensInputTokenDetails,
    )
    from .models.transcription_diarized_segment import (
        TranscriptionDiarizedSegment as TranscriptionDiarizedSegment,
    )
    from .models.transcription_language import TranscriptionLanguage as TranscriptionLanguage
    from .models.transcription_segment import TranscriptionSegment as TranscriptionSegment
    from .models.transcription_word import TranscriptionWord as TranscriptionWord
    from .models.truncation_enum import TruncationEnum as TruncationEnum
    from .models.truncation_object import TruncationObject as TruncationObject
    from .models.truncation_object_type import TruncationObjectType as TruncationObjectType
    from .models.type_param import TypeParam as TypeParam
    from .models.update_chat_completion_body import (
        UpdateChatCompletionBody as UpdateChatCompletionBody,
    )
    from .models.update_conversation_body import UpdateConversationBody as UpdateConversationBody
    from .models.update_eval_body import UpdateEvalBody as UpdateEvalBody
    from .models.update_group_body import UpdateGroupBody as UpdateGroupBody
    from .models.update_organization_data_retention_body import (
        UpdateOrganizationDataRetentionBody as UpdateOrganizationDataRetentionBody,
    )
    from .models.update_organization_data_retention_body_retention_type import (
        UpdateOrganizationDataRetentionBodyRetentionType as UpdateOrganizationDataRetentionBodyRetentionType,
    )
    from .models.update_organization_spend_limit_body import (
        UpdateOrganizationSpendLimitBody as UpdateOrganizationSpendLimitBody,
    )
    from .models.update_project_data_retention_body import (
        UpdateProjectDataRetentionBody as UpdateProjectDataRetentionBody,
    )
    from .models.update_project_data_retention_body_retention_type import (
        UpdateProjectDataRetentionBodyRetentionType as UpdateProjectDataRetentionBodyRetentionType,
    )
    from .models.update_project_service_account_body import (
        UpdateProjectServiceAccountBody as UpdateProjectServiceAccountBody,
    )
    from .models.update_project_service_account_body_role import (
        UpdateProjectServiceAccountBodyRole as UpdateProjectServiceAccountBodyRole,
    )
    from .models.update_project_spend_limit_body import (
        UpdateProjectSpendLimitBody as UpdateProjectSpendLimitBody,
    )
    from .models.update_vector_store_file_attributes_request import (
        UpdateVectorStoreFileAttributesRequest as UpdateVectorStoreFileAttributesRequest,
    )
    from .models.update_vector_store_request import (
        UpdateVectorStoreRequest as UpdateVectorStoreRequest,
    )
    from .models.update_voice_consent_request import (
        UpdateVoiceConsentRequest as UpdateVoiceConsentRequest,
    )
    from .models.upload import Upload as Upload
    from .models.upload_certificate_request import (
        UploadCertificateRequest as UploadCertificateRequest,
    )
    from .models.upload_part import UploadPart as UploadPart
    from .models.upload_status import UploadStatus as UploadStatus
    from .models.url_annotation import UrlAnnotation as UrlAnnotation
    from .models.url_annotation_source import UrlAnnotationSource as UrlAnnotationSource
    from .models.url_citation_body import UrlCitationBody as UrlCitationBody
    from .models.url_citation_param import UrlCitationParam as UrlCitationParam
    from .models.usage_audio_speeches_bucket_width import (
        UsageAudioSpeechesBucketWidth as UsageAudioSpeechesBucketWidth,
    )
    from .models.usage_audio_speeches_group_by_item import (
        UsageAudioSpeechesGroupByItem as UsageAudioSpeechesGroupByItem,
    )
    from .models.usage_audio_speeches_result import (
        UsageAudioSpeechesResult as UsageAudioSpeechesResult,
    )
    from .models.usage_audio_transcriptions_bucket_width import (
        UsageAudioTranscriptionsBucketWidth as UsageAudioTranscriptionsBucketWidth,
    )
    from .models.usage_audio_transcriptions_group_by_item import (
        UsageAudioTranscriptionsGroupByItem as UsageAudioTranscriptionsGroupByItem,
    )
    from .models.usage_audio_transcriptions_result import (
        UsageAudioTranscriptionsResult as UsageAudioTranscriptionsResult,
    )
    from .models.usage_code_interpreter_sessions_bucket_width import (
        UsageCodeInterpreterSessionsBucketWidth as UsageCodeInterpreterSessionsBucketWidth,
    )
    from .models.usage_code_interpreter_sessions_result import (
        UsageCodeInterpreterSessionsResult as UsageCodeInterpreterSessionsResult,
    )
    from .models.usage_completions_bucket_width import (
        UsageCompletionsBucketWidth as UsageCompletionsBucketWidth,
    )
    from .models.usage_completions_group_by_item import (
        UsageCompletionsGroupByItem as UsageCompletionsGroupByItem,
    )
    from .models.usage_completions_result import UsageCompletionsResult as UsageCompletionsResult
    from .models.usage_costs_group_by_item import UsageCostsGroupByItem as UsageCostsGroupByItem
    from .models.usage_embeddings_bucket_width import (
        UsageEmbeddingsBucketWidth as UsageEmbeddingsBucketWidth,
    )
    from .models.usage_embeddings_group_by_item import (
        UsageEmbeddingsGroupByItem as UsageEmbeddingsGroupByItem,
    )
    from .models.usage_embeddings_result import UsageEmbeddingsResult as UsageEmbeddingsResult
    from .models.usage_file_search_calls_bucket_width import (
        UsageFileSearchCallsBucketWidth as UsageFileSearchCallsBucketWidth,
    )
    from .models.usage_file_search_calls_group_by_item import (
        UsageFileSearchCallsGroupByItem as UsageFileSearchCallsGroupByItem,
    )
    from .models.usage_file_search_calls_result import (
        UsageFileSearchCallsResult as UsageFileSearchCallsResult,
    )
    from .models.usage_images_bucket_width import UsageImagesBucketWidth as UsageImagesBucketWidth
    from .models.usage_images_group_by_item import UsageImagesGroupByItem as UsageImagesGroupByItem
    from .models.usage_images_result import UsageImagesResult as UsageImagesResult
    from .models.usage_images_sizes_item import UsageImagesSizesItem as UsageImagesSizesItem
    from .models.usage_images_sources_item import UsageImagesSourcesItem as UsageImagesSourcesItem
    from .models.usage_moderations_bucket_width import (
        UsageModerationsBucketWidth as UsageModerationsBucketWidth,
    )
    from .models.usage_moderations_group_by_item import (
        UsageModerationsGroupByItem as UsageModerationsGroupByItem,
    )
    from .models.usage_moderations_result import UsageModerationsResult as UsageModerationsResult
    from .models.usage_response import UsageResponse as UsageResponse
    from .models.usage_time_bucket import UsageTimeBucket as UsageTimeBucket
    from .models.usage_vector_stores_bucket_width import (
        UsageVectorStoresBucketWidth as UsageVectorStoresBucketWidth,
    )
    from .models.usage_vector_stores_result import (
        UsageVectorStoresResult as UsageVectorStoresResult,
    )
    from .models.usage_web_search_calls_bucket_width import (
        UsageWebSearchCallsBucketWidth as UsageWebSearchCallsBucketWidth,
    )
    from .models.usage_web_search_calls_context_levels_item import (
        UsageWebSearchCallsContextLevelsItem as UsageWebSearchCallsContextLevelsItem,
    )
    from .models.usage_web_search_calls_group_by_item import (
        UsageWebSearchCallsGroupByItem as UsageWebSearchCallsGroupByItem,
    )
    from .models.usage_web_search_calls_result import (
        UsageWebSearchCallsResult as UsageWebSearchCallsResult,
    )
    from .models.user_delete_response import UserDeleteResponse as UserDeleteResponse
    from .models.user_list_resource import UserListResource as UserListResource
    from .models.user_list_response import UserListResponse as UserListResponse
    from .models.user_message_input_text import UserMessageInputText as UserMessageInputText
    from .models.user_message_item import UserMessageItem as UserMessageItem
    from .models.user_message_quoted_text import UserMessageQuotedText as UserMessageQuotedText
    from .models.user_object import User as User
    from .models.user_projects_type_0 import UserProjectsType0 as UserProjectsType0
    from .models.user_projects_type_0_data_item import (
        UserProjectsType0DataItem as UserProjectsType0DataItem,
    )
    from .models.user_role_assignment import UserRoleAssignment as UserRoleAssignment
    from .models.user_role_update_request import UserRoleUpdateRequest as UserRoleUpdateRequest
    from .models.user_user import UserUser as UserUser
    from .models.vad_config import VadConfig as VadConfig
    from .models.validate_grader_request import ValidateGraderRequest as ValidateGraderRequest
    from .models.validate_grader_response import ValidateGraderResponse as ValidateGraderResponse
    from .models.vector_store_expiration_after import (
        VectorStoreExpirationAfter as VectorStoreExpirationAfter,
    )
    from .models.vector_store_file_attributes_type_0 import (
        VectorStoreFileAttributesType0 as VectorStoreFileAttributesType0,
    )
    from .models.vector_store_file_batch_object import (
        VectorStoreFileBatchObject as VectorStoreFileBatchObject,
    )
    from .models.vector_store_file_batch_object_file_counts import (
        VectorStoreFileBatchObjectFileCounts as VectorStoreFileBatchObjectFileCounts,
    )
    from .models.vector_store_file_batch_object_status import (
        VectorStoreFileBatchObjectStatus as VectorStoreFileBatchObjectStatus,
    )
    from .models.vector_store_file_content_response import (
        VectorStoreFileContentResponse as VectorStoreFileContentResponse,
    )
    from .models.vector_store_file_content_response_data_item import (
        VectorStoreFileContentResponseDataItem as VectorStoreFileContentResponseDataItem,
    )
    from .models.vector_store_file_object import VectorStoreFileObject as VectorStoreFileObject
    from .models.vector_store_file_object_last_error_type_0 import (
        VectorStoreFileObjectLastErrorType0 as VectorStoreFileObjectLastErrorType0,
    )
    from .models.vector_store_file_object_last_error_type_0_code import (
        VectorStoreFileObjectLastErrorType0Code as VectorStoreFileObjectLastErrorType0Code,
    )
    from .models.vector_store_file_object_status import (
        VectorStoreFileObjectStatus as VectorStoreFileObjectStatus,
    )
    from .models.vector_store_object import VectorStoreObject as VectorStoreObject
    from .models.vector_store_object_file_counts import (
        VectorStoreObjectFileCounts as VectorStoreObjectFileCounts,
    )
    from .models.vector_store_object_status import (
        VectorStoreObjectStatus as VectorStoreObjectStatus,
    )
    from .models.vector_store_search_request import (
        VectorStoreSearchRequest as VectorStoreSearchRequest,
    )
    from .models.vector_store_search_request_ranking_options import (
        VectorStoreSearchRequestRankingOptions as VectorStoreSearchRequestRankingOptions,
    )
    from .models.vector_store_search_request_ranking_options_ranker import (
        VectorStoreSearchRequestRankingOptionsRanker as VectorStoreSearchRequestRankingOptionsRanker,
    )
    from .models.vector_store_search_result_content_object import (
        VectorStoreSearchResultContentObject as VectorStoreSearchResultContentObject,
    )
    from .models.vector_store_search_result_item import (
        VectorStoreSearchResultItem as VectorStoreSearchResultItem,
    )
    from .models.vector_store_search_results_page import (
        VectorStoreSearchResultsPage as VectorStoreSearchResultsPage,
    )
    from .models.verbosity_type_0 import VerbosityType0 as VerbosityType0
    from .models.video_character_resource import VideoCharacterResource as VideoCharacterResource
    from .models.video_content_variant import VideoContentVariant as VideoContentVariant
    from .models.video_list_resource import VideoListResource as VideoListResource
    from .models.video_reference_input_param import (
        VideoReferenceInputParam as VideoReferenceInputParam,
    )
    from .models.video_resource import VideoResource as VideoResource
    from .models.video_seconds import VideoSeconds as VideoSeconds
    from .models.video_size import VideoSize as VideoSize
    from .models.video_status import VideoStatus as VideoStatus
    from .models.voice_consent_deleted_resource import (
        VoiceConsentDeletedResource as VoiceConsentDeletedResource,
    )
    from .models.voice_consent_list_resource import (
        VoiceConsentListResource as VoiceConsentListResource,
    )
    from .models.voice_consent_resource import VoiceConsentResource as VoiceConsentResource
    from .models.voice_ids_or_custom_voice_type_1 import (
        VoiceIdsOrCustomVoiceType1 as VoiceIdsOrCustomVoiceType1,
    )
    from .models.voice_resource import VoiceResource as VoiceResource
    from .models.wait_param import WaitParam as WaitParam
    from .models.web_search_action_find import WebSearchActionFind as WebSearchActionFind
    from .models.web_search_action_open_page import (
        WebSearchActionOpenPage as WebSearchActionOpenPage,
    )
    from .models.web_search_action_search import WebSearchActionSearch as WebSearchActionSearch
    from .models.web_search_action_search_sources_item import (
        WebSearchActionSearchSourcesItem as WebSearchActionSearchSourcesItem,
    )
    from .models.web_search_approximate_location_type_0 import (
        WebSearchApproximateLocationType0 as WebSearchApproximateLocationType0,
    )
    from .models.web_search_context_size import WebSearchContextSize as WebSearchContextSize
    from .models.web_search_location import WebSearchLocation as WebSearchLocation
    from .models.web_search_preview_tool import WebSearchPreviewTool as WebSearchPreviewTool
    from .models.web_search_preview_tool_type import (
        WebSearchPreviewToolType as WebSearchPreviewToolType,
    )
    from .models.web_search_tool import WebSearchTool as WebSearchTool
    from .models.web_search_tool_call import WebSearchToolCall as WebSearchToolCall
    from .models.web_search_tool_call_status import (
        WebSearchToolCallStatus as WebSearchToolCallStatus,
    )
    from .models.web_search_tool_filters_type_0 import (
        WebSearchToolFiltersType0 as WebSearchToolFiltersType0,
    )
    from .models.web_search_tool_search_context_size import (
        WebSearchToolSearchContextSize as WebSearchToolSearchContextSize,
    )
    from .models.web_search_tool_type import WebSearchToolType as WebSearchToolType
    from .models.webhook_batch_cancelled import WebhookBatchCancelled as WebhookBatchCancelled
    from .models.webhook_batch_cancelled_data import (
        WebhookBatchCancelledData as WebhookBatchCancelledData,
    )
    from .models.webhook_batch_completed import WebhookBatchCompleted as WebhookBatchCompleted
    from .models.webhook_batch_completed_data import (
        WebhookBatchCompletedData as WebhookBatchCompletedData,
    )
    from .models.webhook_batch_expired import WebhookBatchExpired as WebhookBatchExpired
    from .models.webhook_batch_expired_data import (
        WebhookBatchExpiredData as WebhookBatchExpiredData,
    )
    from .models.webhook_batch_failed import WebhookBatchFailed as WebhookBatchFailed
    from .models.webhook_batch_failed_data import WebhookBatchFailedData as WebhookBatchFailedData
    from .models.webhook_eval_run_canceled import WebhookEvalRunCanceled as WebhookEvalRunCanceled
    from .models.webhook_eval_run_canceled_data import (
        WebhookEvalRunCanceledData as WebhookEvalRunCanceledData,
    )
    from .models.webhook_eval_run_failed import WebhookEvalRunFailed as WebhookEvalRunFailed
    from .models.webhook_eval_run_failed_data import (
        WebhookEvalRunFailedData as WebhookEvalRunFailedData,
    )
    from .models.webhook_eval_run_succeeded import (
        WebhookEvalRunSucceeded as WebhookEvalRunSucceeded,
    )
    from .models.webhook_eval_run_succeeded_data import (
        WebhookEvalRunSucceededData as WebhookEvalRunSucceededData,
    )
    from .models.webhook_fine_tuning_job_cancelled import (
        WebhookFineTuningJobCancelled as WebhookFineTuningJobCancelled,
    )
    from .models.webhook_fine_tuning_job_cancelled_data import (
        WebhookFineTuningJobCancelledData as WebhookFineTuningJobCancelledData,
    )
    from .models.webhook_fine_tuning_job_failed import (
        WebhookFineTuningJobFailed as WebhookFineTuningJobFailed,
    )
    from .models.webhook_fine_tuning_job_failed_data import (
        WebhookFineTuningJobFailedData as WebhookFineTuningJobFailedData,
    )
    from .models.webhook_fine_tuning_job_succeeded import (
        WebhookFineTuningJobSucceeded as WebhookFineTuningJobSucceeded,
    )
    from .models.webhook_fine_tuning_job_succeeded_data import (
        WebhookFineTuningJobSucceededData as WebhookFineTuningJobSucceededData,
    )
    from .models.webhook_live_call_incoming import (
        WebhookLiveCallIncoming as WebhookLiveCallIncoming,
    )
    from .models.webhook_live_call_incoming_data import (
        WebhookLiveCallIncomingData as WebhookLiveCallIncomingData,
    )
    from .models.webhook_live_call_incoming_data_sip_headers_item import (
        WebhookLiveCallIncomingDataSipHeadersItem as WebhookLiveCallIncomingDataSipHeadersItem,
    )
    from .models.webhook_realtime_call_incoming import (
        WebhookRealtimeCallIncoming as WebhookRealtimeCallIncoming,
    )
    from .models.webhook_realtime_call_incoming_data import (
        WebhookRealtimeCallIncomingData as WebhookRealtimeCallIncomingData,
    )
    from .models.webhook_realtime_call_incoming_data_sip_headers_item import (
        WebhookRealtimeCallIncomingDataSipHeadersItem as WebhookRealtimeCallIncomingDataSipHeadersItem,
    )
    from .models.webhook_response_cancelled import (
        WebhookResponseCancelled as WebhookResponseCancelled,
    )
    from .models.webhook_response_cancelled_data import (
        WebhookResponseCancelledData as WebhookResponseCancelledData,
    )
    from .models.webhook_response_completed import (
        WebhookResponseCompleted as WebhookResponseCompleted,
    )
    from .models.webhook_response_completed_data import (
        WebhookResponseCompletedData as WebhookResponseCompletedData,
    )
    from .models.webhook_response_failed import WebhookResponseFailed as WebhookResponseFailed
    from .models.webhook_response_failed_data import (
        WebhookResponseFailedData as WebhookResponseFailedData,
    )
    from .models.webhook_response_incomplete import (
        WebhookResponseIncomplete as WebhookResponseIncomplete,
    )
    from .models.webhook_response_incomplete_data import (
        WebhookResponseIncompleteData as WebhookResponseIncompleteData,
    )
    from .models.widget_message_item import WidgetMessageItem as WidgetMessageItem
    from .models.workflow_param import WorkflowParam as WorkflowParam
    from .models.workflow_param_state_variables import (
        WorkflowParamStateVariables as WorkflowParamStateVariables,
    )
    from .models.workflow_tracing_param import WorkflowTracingParam as WorkflowTracingParam
    from .params import (
        AdditionalToolsItemParamParam as AdditionalToolsItemParamParam,
    )
    from .params import (
        ApplyPatchCreateFileOperationParamParam as ApplyPatchCreateFileOperationParamParam,
    )
    from .params import (
        ApplyPatchDeleteFileOperationParamParam as ApplyPatchDeleteFileOperationParamParam,
    )
    from .params import (
        ApplyPatchToolCallItemParamParam as ApplyPatchToolCallItemParamParam,
    )
    from .params import (
        ApplyPatchToolCallOutputItemParamParam as ApplyPatchToolCallOutputItemParamParam,
    )
    from .params import (
        ApplyPatchToolParamParam as ApplyPatchToolParamParam,
    )
    from .params import (
        ApplyPatchUpdateFileOperationParamParam as ApplyPatchUpdateFileOperationParamParam,
    )
    from .params import (
        ApproximateLocationParam as ApproximateLocationParam,
    )
    from .params import (
        AssistantsCreateParams as AssistantsCreateParams,
    )
    from .params import (
        AssistantsDeleteParams as AssistantsDeleteParams,
    )
    from .params import (
        AssistantsListParams as AssistantsListParams,
    )
    from .params import (
        AssistantsNamedToolChoiceFunctionParam as AssistantsNamedToolChoiceFunctionParam,
    )
    from .params import (
        AssistantsNamedToolChoiceParam as AssistantsNamedToolChoiceParam,
    )
    from .params import (
        AssistantsRetrieveParams as AssistantsRetrieveParams,
    )
    from .params import (
        AssistantsUpdateParams as AssistantsUpdateParams,
    )
    from .params import (
        AssistantToolsCodeParam as AssistantToolsCodeParam,
    )
    from .params import (
        AssistantToolsFileSearchFileSearchParam as AssistantToolsFileSearchFileSearchParam,
    )
    from .params import (
        AssistantToolsFileSearchParam as AssistantToolsFileSearchParam,
    )
    from .params import (
        AssistantToolsFileSearchTypeOnlyParam as AssistantToolsFileSearchTypeOnlyParam,
    )
    from .params import (
        AssistantToolsFunctionParam as AssistantToolsFunctionParam,
    )
    from .params import (
        AudioSpeechCreateParams as AudioSpeechCreateParams,
    )
    from .params import (
        AudioTranscriptionParam as AudioTranscriptionParam,
    )
    from .params import (
        AudioTranscriptionsCreateParams as AudioTranscriptionsCreateParams,
    )
    from .params import (
        AudioTranslationsCreateParams as AudioTranslationsCreateParams,
    )
    from .params import (
        AudioVoiceConsentsCreateParams as AudioVoiceConsentsCreateParams,
    )
    from .params import (
        AudioVoiceConsentsDeleteParams as AudioVoiceConsentsDeleteParams,
    )
    from .params import (
        AudioVoiceConsentsListParams as AudioVoiceConsentsListParams,
    )
    from .params import (
        AudioVoiceConsentsRetrieveParams as AudioVoiceConsentsRetrieveParams,
    )
    from .params import (
        AudioVoiceConsentsUpdateParams as AudioVoiceConsentsUpdateParams,
    )
    from .params import (
        AudioVoicesCreateParams as AudioVoicesCreateParams,
    )
    from .params import (
        AutoChunkingStrategyRequestParamParam as AutoChunkingStrategyRequestParamParam,
    )
    from .params import (
        AutoCodeInterpreterToolParamParam as AutoCodeInterpreterToolParamParam,
    )
    from .params import (
        AutomaticThreadTitlingParamParam as AutomaticThreadTitlingParamParam,
    )
    from .params import (
        BatchesCancelParams as BatchesCancelParams,
    )
    from .params import (
        BatchesCreateParams as BatchesCreateParams,
    )
    from .params import (
        BatchesListParams as BatchesListParams,
    )
    from .params import (
        BatchesRetrieveParams as BatchesRetrieveParams,
    )
    from .params import (
        BatchFileExpirationAfterParam as BatchFileExpirationAfterParam,
    )
    from .params import (
        BetaAdditionalToolsItemParamParam as BetaAdditionalToolsItemParamParam,
    )
    from .params import (
        BetaAgentMessageItemParamParam as BetaAgentMessageItemParamParam,
    )
    from .params import (
        BetaAgentTagDict as BetaAgentTagDict,
    )
    from .params import (
        BetaAgentTagParamParam as BetaAgentTagParamParam,
    )
    from .params import (
        BetaApplyPatchCreateFileOperationParamParam as BetaApplyPatchCreateFileOperationParamParam,
    )
    from .params import (
        BetaApplyPatchDeleteFileOperationParamParam as BetaApplyPatchDeleteFileOperationParamParam,
    )
    from .params import (
        BetaApplyPatchToolCallItemParamParam as BetaApplyPatchToolCallItemParamParam,
    )
    from .params import (
        BetaApplyPatchToolCallOutputItemParamParam as BetaApplyPatchToolCallOutputItemParamParam,
    )
    from .params import (
        BetaApplyPatchToolParamParam as BetaApplyPatchToolParamParam,
    )
    from .params import (
        BetaApplyPatchUpdateFileOperationParamParam as BetaApplyPatchUpdateFileOperationParamParam,
    )
    from .params import (
        BetaApproximateLocationParam as BetaApproximateLocationParam,
    )
    from .params import (
        BetaAutoCodeInterpreterToolParamParam as BetaAutoCodeInterpreterToolParamParam,
    )
    from .params import (
        BetaClickParamParam as BetaClickParamParam,
    )
    from .params import (
        BetaCodeInterpreterOutputImageParam as BetaCodeInterpreterOutputImageParam,
    )
    from .params import (
        BetaCodeInterpreterOutputLogsParam as BetaCodeInterpreterOutputLogsParam,
    )
    from .params import (
        BetaCodeInterpreterToolCallParam as BetaCodeInterpreterToolCallParam,
    )
    from .params import (
        BetaCodeInterpreterToolParam as BetaCodeInterpreterToolParam,
    )
    from .params import (
        BetaCompactionSummaryItemParamParam as BetaCompactionSummaryItemParamParam,
    )
    from .params import (
        BetaCompactionTriggerItemParamParam as BetaCompactionTriggerItemParamParam,
    )
    from .params import (
        BetaComparisonFilterParam as BetaComparisonFilterParam,
    )
    from .params import (
        BetaCompoundFilterParam as BetaCompoundFilterParam,
    )
    from .params import (
        BetaComputerCallOutputItemParamParam as BetaComputerCallOutputItemParamParam,
    )
    from .params import (
        BetaComputerCallSafetyCheckParamParam as BetaComputerCallSafetyCheckParamParam,
    )
    from .params import (
        BetaComputerScreenshotImageParam as BetaComputerScreenshotImageParam,
    )
    from .params import (
        BetaComputerToolCallParam as BetaComputerToolCallParam,
    )
    from .params import (
        BetaComputerToolParam as BetaComputerToolParam,
    )
    from .params import (
        BetaComputerUsePreviewToolParam as BetaComputerUsePreviewToolParam,
    )
    from .params import (
        BetaContainerAutoParamParam as BetaContainerAutoParamParam,
    )
    from .params import (
        BetaContainerFileCitationBodyParam as BetaContainerFileCitationBodyParam,
    )
    from .params import (
        BetaContainerFileCitationParamParam as BetaContainerFileCitationParamParam,
    )
    from .params import (
        BetaContainerNetworkPolicyAllowlistParamParam as BetaContainerNetworkPolicyAllowlistParamParam,
    )
    from .params import (
        BetaContainerNetworkPolicyDisabledParamParam as BetaContainerNetworkPolicyDisabledParamParam,
    )
    from .params import (
        BetaContainerNetworkPolicyDomainSecretParamParam as BetaContainerNetworkPolicyDomainSecretParamParam,
    )
    from .params import (
        BetaContainerReferenceParamParam as BetaContainerReferenceParamParam,
    )
    from .params import (
        BetaContextManagementParamParam as BetaContextManagementParamParam,
    )
    from .params import (
        BetaConversationParam2Param as BetaConversationParam2Param,
    )
    from .params import (
        BetaCoordParamParam as BetaCoordParamParam,
    )
    from .params import (
        BetaCustomGrammarFormatParamParam as BetaCustomGrammarFormatParamParam,
    )
    from .params import (
        BetaCustomTextFormatParamParam as BetaCustomTextFormatParamParam,
    )
    from .params import (
        BetaCustomToolCallOutputParam as BetaCustomToolCallOutputParam,
    )
    from .params import (
        BetaCustomToolCallParam as BetaCustomToolCallParam,
    )
    from .params import (
        BetaCustomToolParamParam as BetaCustomToolParamParam,
    )
    from .params import (
        BetaDirectToolCallCallerDict as BetaDirectToolCallCallerDict,
    )
    from .params import (
        BetaDirectToolCallCallerParamParam as BetaDirectToolCallCallerParamParam,
    )
    from .params import (
        BetaDoubleClickActionParam as BetaDoubleClickActionParam,
    )
    from .params import (
        BetaDragParamParam as BetaDragParamParam,
    )
    from .params import (
        BetaEasyInputMessageParam as BetaEasyInputMessageParam,
    )
    from .params import (
        BetaEncryptedContentParamParam as BetaEncryptedContentParamParam,
    )
    from .params import (
        BetaFileCitationBodyParam as BetaFileCitationBodyParam,
    )
    from .params import (
        BetaFileCitationParamParam as BetaFileCitationParamParam,
    )
    from .params import (
        BetaFilePathParam as BetaFilePathParam,
    )
    from .params import (
        BetaFileSearchToolCallParam as BetaFileSearchToolCallParam,
    )
    from .params import (
        BetaFileSearchToolCallResultsType0ItemParam as BetaFileSearchToolCallResultsType0ItemParam,
    )
    from .params import (
        BetaFileSearchToolParam as BetaFileSearchToolParam,
    )
    from .params import (
        BetaFunctionCallOutputItemParamParam as BetaFunctionCallOutputItemParamParam,
    )
    from .params import (
        BetaFunctionShellActionParamParam as BetaFunctionShellActionParamParam,
    )
    from .params import (
        BetaFunctionShellCallItemParamParam as BetaFunctionShellCallItemParamParam,
    )
    from .params import (
        BetaFunctionShellCallOutputContentParamParam as BetaFunctionShellCallOutputContentParamParam,
    )
    from .params import (
        BetaFunctionShellCallOutputExitOutcomeParamParam as BetaFunctionShellCallOutputExitOutcomeParamParam,
    )
    from .params import (
        BetaFunctionShellCallOutputItemParamParam as BetaFunctionShellCallOutputItemParamParam,
    )
    from .params import (
        BetaFunctionShellCallOutputTimeoutOutcomeParamParam as BetaFunctionShellCallOutputTimeoutOutcomeParamParam,
    )
    from .params import (
        BetaFunctionShellToolParamParam as BetaFunctionShellToolParamParam,
    )
    from .params import (
        BetaFunctionToolCallParam as BetaFunctionToolCallParam,
    )
    from .params import (
        BetaFunctionToolDict as BetaFunctionToolDict,
    )
    from .params import (
        BetaFunctionToolParamParam as BetaFunctionToolParamParam,
    )
    from .params import (
        BetaHTTPErrorParam as BetaHTTPErrorParam,
    )
    from .params import (
        BetaHybridSearchOptionsParam as BetaHybridSearchOptionsParam,
    )
    from .params import (
        BetaImageGenToolCallParam as BetaImageGenToolCallParam,
    )
    from .params import (
        BetaImageGenToolInputImageMaskParam as BetaImageGenToolInputImageMaskParam,
    )
    from .params import (
        BetaImageGenToolParam as BetaImageGenToolParam,
    )
    from .params import (
        BetaInlineSkillParamParam as BetaInlineSkillParamParam,
    )
    from .params import (
        BetaInlineSkillSourceParamParam as BetaInlineSkillSourceParamParam,
    )
    from .params import (
        BetaInputFileContentDict as BetaInputFileContentDict,
    )
    from .params import (
        BetaInputFileContentParamParam as BetaInputFileContentParamParam,
    )
    from .params import (
        BetaInputImageContentParam as BetaInputImageContentParam,
    )
    from .params import (
        BetaInputImageContentParamAutoParamParam as BetaInputImageContentParamAutoParamParam,
    )
    from .params import (
        BetaInputMessageParam as BetaInputMessageParam,
    )
    from .params import (
        BetaInputTextContentDict as BetaInputTextContentDict,
    )
    from .params import (
        BetaInputTextContentParamParam as BetaInputTextContentParamParam,
    )
    from .params import (
        BetaItemReferenceParamParam as BetaItemReferenceParamParam,
    )
    from .params import (
        BetaKeyPressActionParam as BetaKeyPressActionParam,
    )
    from .params import (
        BetaLocalEnvironmentParamParam as BetaLocalEnvironmentParamParam,
    )
    from .params import (
        BetaLocalShellExecActionParam as BetaLocalShellExecActionParam,
    )
    from .params import (
        BetaLocalShellToolCallOutputParam as BetaLocalShellToolCallOutputParam,
    )
    from .params import (
        BetaLocalShellToolCallParam as BetaLocalShellToolCallParam,
    )
    from .params import (
        BetaLocalShellToolParamParam as BetaLocalShellToolParamParam,
    )
    from .params import (
        BetaLocalSkillParamParam as BetaLocalSkillParamParam,
    )
    from .params import (
        BetaLogProbParam as BetaLogProbParam,
    )
    from .params import (
        BetaMCPApprovalRequestParam as BetaMCPApprovalRequestParam,
    )
    from .params import (
        BetaMCPApprovalResponseParam as BetaMCPApprovalResponseParam,
    )
    from .params import (
        BetaMCPListToolsParam as BetaMCPListToolsParam,
    )
    from .params import (
        BetaMCPListToolsToolParam as BetaMCPListToolsToolParam,
    )
    from .params import (
        BetaMCPProtocolErrorParam as BetaMCPProtocolErrorParam,
    )
    from .params import (
        BetaMCPToolCallParam as BetaMCPToolCallParam,
    )
    from .params import (
        BetaMCPToolExecutionErrorParam as BetaMCPToolExecutionErrorParam,
    )
    from .params import (
        BetaMCPToolFilterParam as BetaMCPToolFilterParam,
    )
    from .params import (
        BetaMCPToolParam as BetaMCPToolParam,
    )
    from .params import (
        BetaMCPToolRequireApprovalType0Type0Param as BetaMCPToolRequireApprovalType0Type0Param,
    )
    from .params import (
        BetaModerationConfigParamParam as BetaModerationConfigParamParam,
    )
    from .params import (
        BetaModerationParamParam as BetaModerationParamParam,
    )
    from .params import (
        BetaModerationPolicyParamParam as BetaModerationPolicyParamParam,
    )
    from .params import (
        BetaMoveParamParam as BetaMoveParamParam,
    )
    from .params import (
        BetaMultiAgentCallItemParamParam as BetaMultiAgentCallItemParamParam,
    )
    from .params import (
        BetaMultiAgentCallOutputItemParamParam as BetaMultiAgentCallOutputItemParamParam,
    )
    from .params import (
        BetaMultiAgentParamParam as BetaMultiAgentParamParam,
    )
    from .params import (
        BetaNamespaceToolParamParam as BetaNamespaceToolParamParam,
    )
    from .params import (
        BetaOutputMessageParam as BetaOutputMessageParam,
    )
    from .params import (
        BetaOutputTextContentDict as BetaOutputTextContentDict,
    )
    from .params import (
        BetaOutputTextContentParamParam as BetaOutputTextContentParamParam,
    )
    from .params import (
        BetaProgramItemParamParam as BetaProgramItemParamParam,
    )
    from .params import (
        BetaProgrammaticToolCallingParamParam as BetaProgrammaticToolCallingParamParam,
    )
    from .params import (
        BetaProgramOutputItemParamParam as BetaProgramOutputItemParamParam,
    )
    from .params import (
        BetaProgramToolCallCallerDict as BetaProgramToolCallCallerDict,
    )
    from .params import (
        BetaProgramToolCallCallerParamParam as BetaProgramToolCallCallerParamParam,
    )
    from .params import (
        BetaPromptCacheBreakpointConfigParam as BetaPromptCacheBreakpointConfigParam,
    )
    from .params import (
        BetaPromptCacheBreakpointParamParam as BetaPromptCacheBreakpointParamParam,
    )
    from .params import (
        BetaPromptCacheOptionsParamParam as BetaPromptCacheOptionsParamParam,
    )
    from .params import (
        BetaPromptType0Param as BetaPromptType0Param,
    )
    from .params import (
        BetaRankingOptionsParam as BetaRankingOptionsParam,
    )
    from .params import (
        BetaReasoningItemParam as BetaReasoningItemParam,
    )
    from .params import (
        BetaReasoningParam as BetaReasoningParam,
    )
    from .params import (
        BetaReasoningTextContentParam as BetaReasoningTextContentParam,
    )
    from .params import (
        BetaRefusalContentParam as BetaRefusalContentParam,
    )
    from .params import (
        BetaResponseFormatJsonObjectParam as BetaResponseFormatJsonObjectParam,
    )
    from .params import (
        BetaResponseFormatTextParam as BetaResponseFormatTextParam,
    )
    from .params import (
        BetaResponsesCancelParams as BetaResponsesCancelParams,
    )
    from .params import (
        BetaResponsesCompactParams as BetaResponsesCompactParams,
    )
    from .params import (
        BetaResponsesCreateParams as BetaResponsesCreateParams,
    )
    from .params import (
        BetaResponsesDeleteParams as BetaResponsesDeleteParams,
    )
    from .params import (
        BetaResponsesInputItemsListParams as BetaResponsesInputItemsListParams,
    )
    from .params import (
        BetaResponsesInputTokensCountParams as BetaResponsesInputTokensCountParams,
    )
    from .params import (
        BetaResponsesRetrieveParams as BetaResponsesRetrieveParams,
    )
    from .params import (
        BetaResponseStreamOptionsType0Param as BetaResponseStreamOptionsType0Param,
    )
    from .params import (
        BetaResponseTextParamParam as BetaResponseTextParamParam,
    )
    from .params import (
        BetaScreenshotParamParam as BetaScreenshotParamParam,
    )
    from .params import (
        BetaScrollParamParam as BetaScrollParamParam,
    )
    from .params import (
        BetaSkillReferenceParamParam as BetaSkillReferenceParamParam,
    )
    from .params import (
        BetaSpecificApplyPatchParamParam as BetaSpecificApplyPatchParamParam,
    )
    from .params import (
        BetaSpecificFunctionShellParamParam as BetaSpecificFunctionShellParamParam,
    )
    from .params import (
        BetaSpecificProgrammaticToolCallingParamParam as BetaSpecificProgrammaticToolCallingParamParam,
    )
    from .params import (
        BetaSummaryTextContentParam as BetaSummaryTextContentParam,
    )
    from .params import (
        BetaTextResponseFormatJsonSchemaParam as BetaTextResponseFormatJsonSchemaParam,
    )
    from .params import (
        BetaToolChoiceAllowedParam as BetaToolChoiceAllowedParam,
    )
    from .params import (
        BetaToolChoiceCustomParam as BetaToolChoiceCustomParam,
    )
    from .params import (
        BetaToolChoiceFunctionParam as BetaToolChoiceFunctionParam,
    )
    from .params import (
        BetaToolChoiceMCPParam as BetaToolChoiceMCPParam,
    )
    from .params import (
        BetaToolChoiceTypesParam as BetaToolChoiceTypesParam,
    )
    from .params import (
        BetaToolSearchCallItemParamParam as BetaToolSearchCallItemParamParam,
    )
    from .params import (
        BetaToolSearchOutputItemParamParam as BetaToolSearchOutputItemParamParam,
    )
    from .params import (
        BetaToolSearchToolParamParam as BetaToolSearchToolParamParam,
    )
    from .params import (
        BetaTopLogProbParam as BetaTopLogProbParam,
    )
    from .params import (
        BetaTypeParamParam as BetaTypeParamParam,
    )
    from .params import (
        BetaUrlCitationBodyParam as BetaUrlCitationBodyParam,
    )
    from .params import (
        BetaUrlCitationParamParam as BetaUrlCitationParamParam,
    )
    from .params import (
        BetaWaitParamParam as BetaWaitParamParam,
    )
    from .params import (
        BetaWebSearchActionFindParam as BetaWebSearchActionFindParam,
    )
    from .params import (
        BetaWebSearchActionOpenPageParam as BetaWebSearchActionOpenPageParam,
    )
    from .params import (
        BetaWebSearchActionSearchParam as BetaWebSearchActionSearchParam,
    )
    from .params import (
        BetaWebSearchActionSearchSourcesItemParam as BetaWebSearchActionSearchSourcesItemParam,
    )
    from .params import (
        BetaWebSearchApproximateLocationType0Param as BetaWebSearchApproximateLocationType0Param,
    )
    from .params import (
        BetaWebSearchPreviewToolParam as BetaWebSearchPreviewToolParam,
    )
    from .params import (
        BetaWebSearchToolCallParam as BetaWebSearchToolCallParam,
    )
    from .params import (
        BetaWebSearchToolFiltersType0Param as BetaWebSearchToolFiltersType0Param,
    )
    from .params import (
        BetaWebSearchToolParam as BetaWebSearchToolParam,
    )
    from .params import (
        ChatCompletionAllowedToolsChoiceParam as ChatCompletionAllowedToolsChoiceParam,
    )
    from .params import (
        ChatCompletionAllowedToolsParam as ChatCompletionAllowedToolsParam,
    )
    from .params import (
        ChatCompletionAssistantMessageParam as ChatCompletionAssistantMessageParam,
    )
    from .params import (
        ChatCompletionContentPartFileParam as ChatCompletionContentPartFileParam,
    )
    from .params import (
        ChatCompletionContentPartImageParam as ChatCompletionContentPartImageParam,
    )
    from .params import (
        ChatCompletionContentPartInputAudioParam as ChatCompletionContentPartInputAudioParam,
    )
    from .params import (
        ChatCompletionContentPartParam as ChatCompletionContentPartParam,
    )
    from .params import (
        ChatCompletionContentPartTextParam as ChatCompletionContentPartTextParam,
    )
    from .params import (
        ChatCompletionCreateParamsAudioType0Param as ChatCompletionCreateParamsAudioType0Param,
    )
    from .params import (
        ChatCompletionCreateParamsWebSearchOptionsParam as ChatCompletionCreateParamsWebSearchOptionsParam,
    )
    from .params import (
        ChatCompletionCreateParamsWebSearchOptionsUserLocationType0Param as ChatCompletionCreateParamsWebSearchOptionsUserLocationType0Param,
    )
    from .params import (
        ChatCompletionDeveloperMessageParam as ChatCompletionDeveloperMessageParam,
    )
    from .params import (
        ChatCompletionFunctionCallOptionParam as ChatCompletionFunctionCallOptionParam,
    )
    from .params import (
        ChatCompletionFunctionMessageParam as ChatCompletionFunctionMessageParam,
    )
    from .params import (
        ChatCompletionFunctionsParam as ChatCompletionFunctionsParam,
    )
    from .params import (
        ChatCompletionMessageCustomToolCallCustomParam as ChatCompletionMessageCustomToolCallCustomParam,
    )
    from .params import (
        ChatCompletionMessageCustomToolCallParam as ChatCompletionMessageCustomToolCallParam,
    )
    from .params import (
        ChatCompletionMessageParam as ChatCompletionMessageParam,
    )
    from .params import (
        ChatCompletionMessageToolCallFunctionParam as ChatCompletionMessageToolCallFunctionParam,
    )
    from .params import (
        ChatCompletionMessageToolCallParam as ChatCompletionMessageToolCallParam,
    )
    from .params import (
        ChatCompletionNamedToolChoiceCustomCustomParam as ChatCompletionNamedToolChoiceCustomCustomParam,
    )
    from .params import (
        ChatCompletionNamedToolChoiceCustomParam as ChatCompletionNamedToolChoiceCustomParam,
    )
    from .params import (
        ChatCompletionNamedToolChoiceFunctionParam as ChatCompletionNamedToolChoiceFunctionParam,
    )
    from .params import (
        ChatCompletionNamedToolChoiceParam as ChatCompletionNamedToolChoiceParam,
    )
    from .params import (
        ChatCompletionRequestAssistantMessageAudioType0Param as ChatCompletionRequestAssistantMessageAudioType0Param,
    )
    from .params import (
        ChatCompletionRequestAssistantMessageFunctionCallType0Param as ChatCompletionRequestAssistantMessageFunctionCallType0Param,
    )
    from .params import (
        ChatCompletionRequestAssistantMessageParam as ChatCompletionRequestAssistantMessageParam,
    )
    from .params import (
        ChatCompletionRequestDeveloperMessageParam as ChatCompletionRequestDeveloperMessageParam,
    )
    from .params import (
        ChatCompletionRequestFunctionMessageParam as ChatCompletionRequestFunctionMessageParam,
    )
    from .params import (
        ChatCompletionRequestMessageContentPartAudioInputAudioParam as ChatCompletionRequestMessageContentPartAudioInputAudioParam,
    )
    from .params import (
        ChatCompletionRequestMessageContentPartAudioParam as ChatCompletionRequestMessageContentPartAudioParam,
    )
    from .params import (
        ChatCompletionRequestMessageContentPartFileFileParam as ChatCompletionRequestMessageContentPartFileFileParam,
    )
    from .params import (
        ChatCompletionRequestMessageContentPartFileParam as ChatCompletionRequestMessageContentPartFileParam,
    )
    from .params import (
        ChatCompletionRequestMessageContentPartImageImageUrlParam as ChatCompletionRequestMessageContentPartImageImageUrlParam,
    )
    from .params import (
        ChatCompletionRequestMessageContentPartImageParam as ChatCompletionRequestMessageContentPartImageParam,
    )
    from .params import (
        ChatCompletionRequestMessageContentPartRefusalParam as ChatCompletionRequestMessageContentPartRefusalParam,
    )
    from .params import (
        ChatCompletionRequestMessageContentPartTextParam as ChatCompletionRequestMessageContentPartTextParam,
    )
    from .params import (
        ChatCompletionRequestSystemMessageContentPartParam as ChatCompletionRequestSystemMessageContentPartParam,
    )
    from .params import (
        ChatCompletionRequestSystemMessageParam as ChatCompletionRequestSystemMessageParam,
    )
    from .params import (
        ChatCompletionRequestToolMessageContentPartParam as ChatCompletionRequestToolMessageContentPartParam,
    )
    from .params import (
        ChatCompletionRequestToolMessageParam as ChatCompletionRequestToolMessageParam,
    )
    from .params import (
        ChatCompletionRequestUserMessageParam as ChatCompletionRequestUserMessageParam,
    )
    from .params import (
        ChatCompletionResponseFormatParam as ChatCompletionResponseFormatParam,
    )
    from .params import (
        ChatCompletionsCreateParams as ChatCompletionsCreateParams,
    )
    from .params import (
        ChatCompletionsDeleteParams as ChatCompletionsDeleteParams,
    )
    from .params import (
        ChatCompletionsListParams as ChatCompletionsListParams,
    )
    from .params import (
        ChatCompletionsMessagesListParams as ChatCompletionsMessagesListParams,
    )
    from .params import (
        ChatCompletionsRetrieveParams as ChatCompletionsRetrieveParams,
    )
    from .params import (
        ChatCompletionStreamOptionsParam as ChatCompletionStreamOptionsParam,
    )
    from .params import (
        ChatCompletionStreamOptionsType0Param as ChatCompletionStreamOptionsType0Param,
    )
    from .params import (
        ChatCompletionsUpdateParams as ChatCompletionsUpdateParams,
    )
    from .params import (
        ChatCompletionSystemMessageParam as ChatCompletionSystemMessageParam,
    )
    from .params import (
        ChatCompletionToolChoiceOptionParam as ChatCompletionToolChoiceOptionParam,
    )
    from .params import (
        ChatCompletionToolMessageParam as ChatCompletionToolMessageParam,
    )
    from .params import (
        ChatCompletionToolParam as ChatCompletionToolParam,
    )
    from .params import (
        ChatCompletionUserMessageParam as ChatCompletionUserMessageParam,
    )
    from .params import (
        ChatkitConfigurationParamParam as ChatkitConfigurationParamParam,
    )
    from .params import (
        ChatkitSessionsCancelParams as ChatkitSessionsCancelParams,
    )
    from .params import (
        ChatkitSessionsCreateParams as ChatkitSessionsCreateParams,
    )
    from .params import (
        ChatkitThreadsDeleteParams as ChatkitThreadsDeleteParams,
    )
    from .params import (
        ChatkitThreadsItemsListParams as ChatkitThreadsItemsListParams,
    )
    from .params import (
        ChatkitThreadsListParams as ChatkitThreadsListParams,
    )
    from .params import (
        ChatkitThreadsRetrieveParams as ChatkitThreadsRetrieveParams,
    )
    from .params import (
        ClickParamParam as ClickParamParam,
    )
    from .params import (
        CodeInterpreterOutputImageParam as CodeInterpreterOutputImageParam,
    )
    from .params import (
        CodeInterpreterOutputLogsParam as CodeInterpreterOutputLogsParam,
    )
    from .params import (
        CodeInterpreterToolCallParam as CodeInterpreterToolCallParam,
    )
    from .params import (
        CodeInterpreterToolParam as CodeInterpreterToolParam,
    )
    from .params import (
        CompactionSummaryItemParamParam as CompactionSummaryItemParamParam,
    )
    from .params import (
        CompactionTriggerItemParamParam as CompactionTriggerItemParamParam,
    )
    from .params import (
        ComparisonFilterParam as ComparisonFilterParam,
    )
    from .params import (
        CompletionsCreateParams as CompletionsCreateParams,
    )
    from .params import (
        CompoundFilterParam as CompoundFilterParam,
    )
    from .params import (
        ComputerCallOutputItemParamParam as ComputerCallOutputItemParamParam,
    )
    from .params import (
        ComputerCallSafetyCheckParamParam as ComputerCallSafetyCheckParamParam,
    )
    from .params import (
        ComputerScreenshotImageParam as ComputerScreenshotImageParam,
    )
    from .params import (
        ComputerToolCallParam as ComputerToolCallParam,
    )
    from .params import (
        ComputerToolParam as ComputerToolParam,
    )
    from .params import (
        ComputerUsePreviewToolParam as ComputerUsePreviewToolParam,
    )
    from .params import (
        ContainerAutoParamParam as ContainerAutoParamParam,
    )
    from .params import (
        ContainerFileCitationBodyParam as ContainerFileCitationBodyParam,
    )
    from .params import (
        ContainerNetworkPolicyAllowlistParamParam as ContainerNetworkPolicyAllowlistParamParam,
    )
    from .params import (
        ContainerNetworkPolicyDisabledParamParam as ContainerNetworkPolicyDisabledParamParam,
    )
    from .params import (
        ContainerNetworkPolicyDomainSecretParamParam as ContainerNetworkPolicyDomainSecretParamParam,
    )
    from .params import (
        ContainerReferenceParamParam as ContainerReferenceParamParam,
    )
    from .params import (
        ContainersCreateParams as ContainersCreateParams,
    )
    from .params import (
        ContainersDeleteParams as ContainersDeleteParams,
    )
    from .params import (
        ContainersFilesContentParams as ContainersFilesContentParams,
    )
    from .params import (
        ContainersFilesCreateParams as ContainersFilesCreateParams,
    )
    from .params import (
        ContainersFilesDeleteParams as ContainersFilesDeleteParams,
    )
    from .params import (
        ContainersFilesListParams as ContainersFilesListParams,
    )
    from .params import (
        ContainersFilesRetrieveParams as ContainersFilesRetrieveParams,
    )
    from .params import (
        ContainersListParams as ContainersListParams,
    )
    from .params import (
        ContainersRetrieveParams as ContainersRetrieveParams,
    )
    from .params import (
        ContentProvenanceChecksCreateParams as ContentProvenanceChecksCreateParams,
    )
    from .params import (
        ContextManagementParamParam as ContextManagementParamParam,
    )
    from .params import (
        ConversationParam2Param as ConversationParam2Param,
    )
    from .params import (
        ConversationsCreateParams as ConversationsCreateParams,
    )
    from .params import (
        ConversationsDeleteParams as ConversationsDeleteParams,
    )
    from .params import (
        ConversationsItemsCreateParams as ConversationsItemsCreateParams,
    )
    from .params import (
        ConversationsItemsDeleteParams as ConversationsItemsDeleteParams,
    )
    from .params import (
        ConversationsItemsListParams as ConversationsItemsListParams,
    )
    from .params import (
        ConversationsItemsRetrieveParams as ConversationsItemsRetrieveParams,
    )
    from .params import (
        ConversationsRetrieveParams as ConversationsRetrieveParams,
    )
    from .params import (
        ConversationsUpdateParams as ConversationsUpdateParams,
    )
    from .params import (
        CoordParamParam as CoordParamParam,
    )
    from .params import (
        CreateAssistantRequestToolResourcesType0CodeInterpreterParam as CreateAssistantRequestToolResourcesType0CodeInterpreterParam,
    )
    from .params import (
        CreateAssistantRequestToolResourcesType0FileSearchParam as CreateAssistantRequestToolResourcesType0FileSearchParam,
    )
    from .params import (
        CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0Param as CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0Param,
    )
    from .params import (
        CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Param as CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Param,
    )
    from .params import (
        CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1StaticParam as CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1StaticParam,
    )
    from .params import (
        CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemParam as CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemParam,
    )
    from .params import (
        CreateAssistantRequestToolResourcesType0Param as CreateAssistantRequestToolResourcesType0Param,
    )
    from .params import (
        CreateContainerBodyExpiresAfterParam as CreateContainerBodyExpiresAfterParam,
    )
    from .params import (
        CreateEvalCompletionsRunDataSourceInputMessagesType0Param as CreateEvalCompletionsRunDataSourceInputMessagesType0Param,
    )
    from .params import (
        CreateEvalCompletionsRunDataSourceInputMessagesType1Param as CreateEvalCompletionsRunDataSourceInputMessagesType1Param,
    )
    from .params import (
        CreateEvalCompletionsRunDataSourceParam as CreateEvalCompletionsRunDataSourceParam,
    )
    from .params import (
        CreateEvalCompletionsRunDataSourceSamplingParamsParam as CreateEvalCompletionsRunDataSourceSamplingParamsParam,
    )
    from .params import (
        CreateEvalCustomDataSourceConfigParam as CreateEvalCustomDataSourceConfigParam,
    )
    from .params import (
        CreateEvalItemType0Param as CreateEvalItemType0Param,
    )
    from .params import (
        CreateEvalJsonlRunDataSourceParam as CreateEvalJsonlRunDataSourceParam,
    )
    from .params import (
        CreateEvalLabelModelGraderParam as CreateEvalLabelModelGraderParam,
    )
    from .params import (
        CreateEvalLogsDataSourceConfigParam as CreateEvalLogsDataSourceConfigParam,
    )
    from .params import (
        CreateEvalResponsesRunDataSourceInputMessagesType0Param as CreateEvalResponsesRunDataSourceInputMessagesType0Param,
    )
    from .params import (
        CreateEvalResponsesRunDataSourceInputMessagesType0TemplateItemType0Param as CreateEvalResponsesRunDataSourceInputMessagesType0TemplateItemType0Param,
    )
    from .params import (
        CreateEvalResponsesRunDataSourceInputMessagesType1Param as CreateEvalResponsesRunDataSourceInputMessagesType1Param,
    )
    from .params import (
        CreateEvalResponsesRunDataSourceParam as CreateEvalResponsesRunDataSourceParam,
    )
    from .params import (
        CreateEvalResponsesRunDataSourceSamplingParamsParam as CreateEvalResponsesRunDataSourceSamplingParamsParam,
    )
    from .params import (
        CreateEvalResponsesRunDataSourceSamplingParamsTextParam as CreateEvalResponsesRunDataSourceSamplingParamsTextParam,
    )
    from .params import (
        CreateEvalStoredCompletionsDataSourceConfigParam as CreateEvalStoredCompletionsDataSourceConfigParam,
    )
    from .params import (
        CreateFineTuningJobRequestHyperparametersParam as CreateFineTuningJobRequestHyperparametersParam,
    )
    from .params import (
        CreateFineTuningJobRequestIntegrationsType0ItemParam as CreateFineTuningJobRequestIntegrationsType0ItemParam,
    )
    from .params import (
        CreateFineTuningJobRequestIntegrationsType0ItemWandbParam as CreateFineTuningJobRequestIntegrationsType0ItemWandbParam,
    )
    from .params import (
        CreateMessageRequestAttachmentsType0ItemParam as CreateMessageRequestAttachmentsType0ItemParam,
    )
    from .params import (
        CreateMessageRequestParam as CreateMessageRequestParam,
    )
    from .params import (
        CreateModerationRequestInputType0ItemType1Type0ImageUrlParam as CreateModerationRequestInputType0ItemType1Type0ImageUrlParam,
    )
    from .params import (
        CreateModerationRequestInputType0ItemType1Type0Param as CreateModerationRequestInputType0ItemType1Type0Param,
    )
    from .params import (
        CreateModerationRequestInputType0ItemType1Type1Param as CreateModerationRequestInputType0ItemType1Type1Param,
    )
    from .params import (
        CreateThreadAndRunRequestToolResourcesType0CodeInterpreterParam as CreateThreadAndRunRequestToolResourcesType0CodeInterpreterParam,
    )
    from .params import (
        CreateThreadAndRunRequestToolResourcesType0FileSearchParam as CreateThreadAndRunRequestToolResourcesType0FileSearchParam,
    )
    from .params import (
        CreateThreadAndRunRequestToolResourcesType0Param as CreateThreadAndRunRequestToolResourcesType0Param,
    )
    from .params import (
        CreateThreadRequestParam as CreateThreadRequestParam,
    )
    from .params import (
        CreateThreadRequestToolResourcesType0CodeInterpreterParam as CreateThreadRequestToolResourcesType0CodeInterpreterParam,
    )
    from .params import (
        CreateThreadRequestToolResourcesType0FileSearchParam as CreateThreadRequestToolResourcesType0FileSearchParam,
    )
    from .params import (
        CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0Param as CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0Param,
    )
    from .params import (
        CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Param as CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Param,
    )
    from .params import (
        CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1StaticParam as CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1StaticParam,
    )
    from .params import (
        CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemParam as CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemParam,
    )
    from .params import (
        CreateThreadRequestToolResourcesType0Param as CreateThreadRequestToolResourcesType0Param,
    )
    from .params import (
        CreateVectorStoreFileRequestParam as CreateVectorStoreFileRequestParam,
    )
    from .params import (
        CustomGrammarFormatParamParam as CustomGrammarFormatParamParam,
    )
    from .params import (
        CustomTextFormatParamParam as CustomTextFormatParamParam,
    )
    from .params import (
        CustomToolCallOutputParam as CustomToolCallOutputParam,
    )
    from .params import (
        CustomToolCallParam as CustomToolCallParam,
    )
    from .params import (
        CustomToolChatCompletionsCustomFormatType0Param as CustomToolChatCompletionsCustomFormatType0Param,
    )
    from .params import (
        CustomToolChatCompletionsCustomFormatType1GrammarParam as CustomToolChatCompletionsCustomFormatType1GrammarParam,
    )
    from .params import (
        CustomToolChatCompletionsCustomFormatType1Param as CustomToolChatCompletionsCustomFormatType1Param,
    )
    from .params import (
        CustomToolChatCompletionsCustomParam as CustomToolChatCompletionsCustomParam,
    )
    from .params import (
        CustomToolChatCompletionsParam as CustomToolChatCompletionsParam,
    )
    from .params import (
        CustomToolParamParam as CustomToolParamParam,
    )
    from .params import (
        DirectToolCallCallerDict as DirectToolCallCallerDict,
    )
    from .params import (
        DirectToolCallCallerParamParam as DirectToolCallCallerParamParam,
    )
    from .params import (
        DoubleClickActionParam as DoubleClickActionParam,
    )
    from .params import (
        DragParamParam as DragParamParam,
    )
    from .params import (
        EasyInputMessageParam as EasyInputMessageParam,
    )
    from .params import (
        EmbeddingsCreateParams as EmbeddingsCreateParams,
    )
    from .params import (
        EvalGraderPythonParam as EvalGraderPythonParam,
    )
    from .params import (
        EvalGraderScoreModelParam as EvalGraderScoreModelParam,
    )
    from .params import (
        EvalGraderScoreModelSamplingParamsParam as EvalGraderScoreModelSamplingParamsParam,
    )
    from .params import (
        EvalGraderStringCheckParam as EvalGraderStringCheckParam,
    )
    from .params import (
        EvalGraderTextSimilarityParam as EvalGraderTextSimilarityParam,
    )
    from .params import (
        EvalItemContentOutputTextParam as EvalItemContentOutputTextParam,
    )
    from .params import (
        EvalItemInputImageParam as EvalItemInputImageParam,
    )
    from .params import (
        EvalItemParam as EvalItemParam,
    )
    from .params import (
        EvalJsonlFileContentSourceContentItemParam as EvalJsonlFileContentSourceContentItemParam,
    )
    from .params import (
        EvalJsonlFileContentSourceParam as EvalJsonlFileContentSourceParam,
    )
    from .params import (
        EvalJsonlFileIdSourceParam as EvalJsonlFileIdSourceParam,
    )
    from .params import (
        EvalResponsesSourceParam as EvalResponsesSourceParam,
    )
    from .params import (
        EvalsCreateParams as EvalsCreateParams,
    )
    from .params import (
        EvalsDeleteParams as EvalsDeleteParams,
    )
    from .params import (
        EvalsListParams as EvalsListParams,
    )
    from .params import (
        EvalsRetrieveParams as EvalsRetrieveParams,
    )
    from .params import (
        EvalsRunsCancelParams as EvalsRunsCancelParams,
    )
    from .params import (
        EvalsRunsCreateParams as EvalsRunsCreateParams,
    )
    from .params import (
        EvalsRunsDeleteParams as EvalsRunsDeleteParams,
    )
    from .params import (
        EvalsRunsListParams as EvalsRunsListParams,
    )
    from .params import (
        EvalsRunsOutputItemsListParams as EvalsRunsOutputItemsListParams,
    )
    from .params import (
        EvalsRunsOutputItemsRetrieveParams as EvalsRunsOutputItemsRetrieveParams,
    )
    from .params import (
        EvalsRunsRetrieveParams as EvalsRunsRetrieveParams,
    )
    from .params import (
        EvalStoredCompletionsSourceParam as EvalStoredCompletionsSourceParam,
    )
    from .params import (
        EvalsUpdateParams as EvalsUpdateParams,
    )
    from .params import (
        ExpiresAfterParamParam as ExpiresAfterParamParam,
    )
    from .params import (
        FileCitationBodyParam as FileCitationBodyParam,
    )
    from .params import (
        FileExpirationAfterParam as FileExpirationAfterParam,
    )
    from .params import (
        FilePathParam as FilePathParam,
    )
    from .params import (
        FilesContentParams as FilesContentParams,
    )
    from .params import (
        FilesCreateParams as FilesCreateParams,
    )
    from .params import (
        FilesDeleteParams as FilesDeleteParams,
    )
    from .params import (
        FileSearchRankingOptionsParam as FileSearchRankingOptionsParam,
    )
    from .params import (
        FileSearchToolCallParam as FileSearchToolCallParam,
    )
    from .params import (
        FileSearchToolCallResultsType0ItemParam as FileSearchToolCallResultsType0ItemParam,
    )
    from .params import (
        FileSearchToolParam as FileSearchToolParam,
    )
    from .params import (
        FilesListParams as FilesListParams,
    )
    from .params import (
        FilesRetrieveParams as FilesRetrieveParams,
    )
    from .params import (
        FileUploadParamParam as FileUploadParamParam,
    )
    from .params import (
        FineTuneDPOHyperparametersParam as FineTuneDPOHyperparametersParam,
    )
    from .params import (
        FineTuneDPOMethodParam as FineTuneDPOMethodParam,
    )
    from .params import (
        FineTuneMethodParam as FineTuneMethodParam,
    )
    from .params import (
        FineTuneReinforcementHyperparametersParam as FineTuneReinforcementHyperparametersParam,
    )
    from .params import (
        FineTuneReinforcementMethodParam as FineTuneReinforcementMethodParam,
    )
    from .params import (
        FineTuneSupervisedHyperparametersParam as FineTuneSupervisedHyperparametersParam,
    )
    from .params import (
        FineTuneSupervisedMethodParam as FineTuneSupervisedMethodParam,
    )
    from .params import (
        FineTuningAlphaGradersRunParams as FineTuningAlphaGradersRunParams,
    )
    from .params import (
        FineTuningAlphaGradersValidateParams as FineTuningAlphaGradersValidateParams,
    )
    from .params import (
        FineTuningCheckpointsPermissionsCreateParams as FineTuningCheckpointsPermissionsCreateParams,
    )
    from .params import (
        FineTuningCheckpointsPermissionsDeleteParams as FineTuningCheckpointsPermissionsDeleteParams,
    )
    from .params import (
        FineTuningCheckpointsPermissionsListParams as FineTuningCheckpointsPermissionsListParams,
    )
    from .params import (
        FineTuningJobsCancelParams as FineTuningJobsCancelParams,
    )
    from .params import (
        FineTuningJobsCheckpointsListParams as FineTuningJobsCheckpointsListParams,
    )
    from .params import (
        FineTuningJobsCreateParams as FineTuningJobsCreateParams,
    )
    from .params import (
        FineTuningJobsEventsListParams as FineTuningJobsEventsListParams,
    )
    from .params import (
        FineTuningJobsListParams as FineTuningJobsListParams,
    )
    from .params import (
        FineTuningJobsPauseParams as FineTuningJobsPauseParams,
    )
    from .params import (
        FineTuningJobsResumeParams as FineTuningJobsResumeParams,
    )
    from .params import (
        FineTuningJobsRetrieveParams as FineTuningJobsRetrieveParams,
    )
    from .params import (
        FunctionCallOutputItemParamParam as FunctionCallOutputItemParamParam,
    )
    from .params import (
        FunctionObjectParam as FunctionObjectParam,
    )
    from .params import (
        FunctionShellActionParamParam as FunctionShellActionParamParam,
    )
    from .params import (
        FunctionShellCallItemParamParam as FunctionShellCallItemParamParam,
    )
    from .params import (
        FunctionShellCallOutputContentParamParam as FunctionShellCallOutputContentParamParam,
    )
    from .params import (
        FunctionShellCallOutputExitOutcomeParamParam as FunctionShellCallOutputExitOutcomeParamParam,
    )
    from .params import (
        FunctionShellCallOutputItemParamParam as FunctionShellCallOutputItemParamParam,
    )
    from .params import (
        FunctionShellCallOutputTimeoutOutcomeParamParam as FunctionShellCallOutputTimeoutOutcomeParamParam,
    )
    from .params import (
        FunctionShellToolParamParam as FunctionShellToolParamParam,
    )
    from .params import (
        FunctionToolCallParam as FunctionToolCallParam,
    )
    from .params import (
        FunctionToolDict as FunctionToolDict,
    )
    from .params import (
        FunctionToolParamParam as FunctionToolParamParam,
    )
    from .params import (
        GraderLabelModelParam as GraderLabelModelParam,
    )
    from .params import (
        GraderMultiParam as GraderMultiParam,
    )
    from .params import (
        GraderPythonParam as GraderPythonParam,
    )
    from .params import (
        GraderScoreModelParam as GraderScoreModelParam,
    )
    from .params import (
        GraderScoreModelSamplingParamsParam as GraderScoreModelSamplingParamsParam,
    )
    from .params import (
        GraderStringCheckParam as GraderStringCheckParam,
    )
    from .params import (
        GraderTextSimilarityParam as GraderTextSimilarityParam,
    )
    from .params import (
        HistoryParamParam as HistoryParamParam,
    )
    from .params import (
        HostedToolPermissionUpdateParam as HostedToolPermissionUpdateParam,
    )
    from .params import (
        HTTPErrorParam as HTTPErrorParam,
    )
    from .params import (
        HybridSearchOptionsParam as HybridSearchOptionsParam,
    )
    from .params import (
        ImageGenToolCallParam as ImageGenToolCallParam,
    )
    from .params import (
        ImageGenToolInputImageMaskParam as ImageGenToolInputImageMaskParam,
    )
    from .params import (
        ImageGenToolParam as ImageGenToolParam,
    )
    from .params import (
        ImageRefParam2Param as ImageRefParam2Param,
    )
    from .params import (
        ImagesEditsCreateParams as ImagesEditsCreateParams,
    )
    from .params import (
        ImagesGenerationsCreateParams as ImagesGenerationsCreateParams,
    )
    from .params import (
        ImagesVariationsCreateParams as ImagesVariationsCreateParams,
    )
    from .params import (
        InlineSkillParamParam as InlineSkillParamParam,
    )
    from .params import (
        InlineSkillSourceParamParam as InlineSkillSourceParamParam,
    )
    from .params import (
        InputAudioInputAudioParam as InputAudioInputAudioParam,
    )
    from .params import (
        InputAudioParam as InputAudioParam,
    )
    from .params import (
        InputFileContentDict as InputFileContentDict,
    )
    from .params import (
        InputFileContentParamParam as InputFileContentParamParam,
    )
    from .params import (
        InputImageContentParam as InputImageContentParam,
    )
    from .params import (
        InputImageContentParamAutoParamParam as InputImageContentParamAutoParamParam,
    )
    from .params import (
        InputMessageParam as InputMessageParam,
    )
    from .params import (
        InputTextContentDict as InputTextContentDict,
    )
    from .params import (
        InputTextContentParamParam as InputTextContentParamParam,
    )
    from .params import (
        InviteRequestProjectsItemParam as InviteRequestProjectsItemParam,
    )
    from .params import (
        ItemReferenceParamParam as ItemReferenceParamParam,
    )
    from .params import (
        KeyPressActionParam as KeyPressActionParam,
    )
    from .params import (
        ListAuditLogsEffectiveAtParam as ListAuditLogsEffectiveAtParam,
    )
    from .params import (
        LocalEnvironmentParamParam as LocalEnvironmentParamParam,
    )
    from .params import (
        LocalShellExecActionParam as LocalShellExecActionParam,
    )
    from .params import (
        LocalShellToolCallOutputParam as LocalShellToolCallOutputParam,
    )
    from .params import (
        LocalShellToolCallParam as LocalShellToolCallParam,
    )
    from .params import (
        LocalShellToolParamParam as LocalShellToolParamParam,
    )
    from .params import (
        LocalSkillParamParam as LocalSkillParamParam,
    )
    from .params import (
        LogProbParam as LogProbParam,
    )
    from .params import (
        MCPApprovalRequestParam as MCPApprovalRequestParam,
    )
    from .params import (
        MCPApprovalResponseParam as MCPApprovalResponseParam,
    )
    from .params import (
        MCPListToolsParam as MCPListToolsParam,
    )
    from .params import (
        MCPListToolsToolParam as MCPListToolsToolParam,
    )
    from .params import (
        MCPProtocolErrorParam as MCPProtocolErrorParam,
    )
    from .params import (
        MCPToolCallParam as MCPToolCallParam,
    )
    from .params import (
        MCPToolExecutionErrorParam as MCPToolExecutionErrorParam,
    )
    from .params import (
        MCPToolFilterParam as MCPToolFilterParam,
    )
    from .params import (
        MCPToolParam as MCPToolParam,
    )
    from .params import (
        MCPToolRequireApprovalType0Type0Param as MCPToolRequireApprovalType0Type0Param,
    )
    from .params import (
        MessageContentImageFileObjectImageFileParam as MessageContentImageFileObjectImageFileParam,
    )
    from .params import (
        MessageContentImageFileObjectParam as MessageContentImageFileObjectParam,
    )
    from .params import (
        MessageContentImageUrlObjectImageUrlParam as MessageContentImageUrlObjectImageUrlParam,
    )
    from .params import (
        MessageContentImageUrlObjectParam as MessageContentImageUrlObjectParam,
    )
    from .params import (
        MessageRequestContentTextObjectParam as MessageRequestContentTextObjectParam,
    )
    from .params import (
        ModelsDeleteParams as ModelsDeleteParams,
    )
    from .params import (
        ModelsListParams as ModelsListParams,
    )
    from .params import (
        ModelsRetrieveParams as ModelsRetrieveParams,
    )
    from .params import (
        ModerationConfigParamParam as ModerationConfigParamParam,
    )
    from .params import (
        ModerationParamParam as ModerationParamParam,
    )
    from .params import (
        ModerationPolicyParamParam as ModerationPolicyParamParam,
    )
    from .params import (
        ModerationsCreateParams as ModerationsCreateParams,
    )
    from .params import (
        ModifyAssistantRequestToolResourcesType0CodeInterpreterParam as ModifyAssistantRequestToolResourcesType0CodeInterpreterParam,
    )
    from .params import (
        ModifyAssistantRequestToolResourcesType0FileSearchParam as ModifyAssistantRequestToolResourcesType0FileSearchParam,
    )
    from .params import (
        ModifyAssistantRequestToolResourcesType0Param as ModifyAssistantRequestToolResourcesType0Param,
    )
    from .params import (
        ModifyThreadRequestToolResourcesType0CodeInterpreterParam as ModifyThreadRequestToolResourcesType0CodeInterpreterParam,
    )
    from .params import (
        ModifyThreadRequestToolResourcesType0FileSearchParam as ModifyThreadRequestToolResourcesType0FileSearchParam,
    )
    from .params import (
        ModifyThreadRequestToolResourcesType0Param as ModifyThreadRequestToolResourcesType0Param,
    )
    from .params import (
        MoveParamParam as MoveParamParam,
    )
    from .params import (
        NamespaceToolParamParam as NamespaceToolParamParam,
    )
    from .params import (
        OrganizationAdminApiKeysCreateParams as OrganizationAdminApiKeysCreateParams,
    )
    from .params import (
        OrganizationAdminApiKeysDeleteParams as OrganizationAdminApiKeysDeleteParams,
    )
    from .params import (
        OrganizationAdminApiKeysListParams as OrganizationAdminApiKeysListParams,
    )
    from .params import (
        OrganizationAdminApiKeysRetrieveParams as OrganizationAdminApiKeysRetrieveParams,
    )
    from .params import (
        OrganizationAuditLogsListParams as OrganizationAuditLogsListParams,
    )
    from .params import (
        OrganizationCertificatesActivateParams as OrganizationCertificatesActivateParams,
    )
    from .params import (
        OrganizationCertificatesCreateParams as OrganizationCertificatesCreateParams,
    )
    from .params import (
        OrganizationCertificatesDeactivateParams as OrganizationCertificatesDeactivateParams,
    )
    from .params import (
        OrganizationCertificatesDeleteParams as OrganizationCertificatesDeleteParams,
    )
    from .params import (
        OrganizationCertificatesListParams as OrganizationCertificatesListParams,
    )
    from .params import (
        OrganizationCertificatesRetrieveParams as OrganizationCertificatesRetrieveParams,
    )
    from .params import (
        OrganizationCertificatesUpdateParams as OrganizationCertificatesUpdateParams,
    )
    from .params import (
        OrganizationCostsListParams as OrganizationCostsListParams,
    )
    from .params import (
        OrganizationDataRetentionCreateParams as OrganizationDataRetentionCreateParams,
    )
    from .params import (
        OrganizationDataRetentionRetrieveParams as OrganizationDataRetentionRetrieveParams,
    )
    from .params import (
        OrganizationGroupsCreateParams as OrganizationGroupsCreateParams,
    )
    from .params import (
        OrganizationGroupsDeleteParams as OrganizationGroupsDeleteParams,
    )
    from .params import (
        OrganizationGroupsListParams as OrganizationGroupsListParams,
    )
    from .params import (
        OrganizationGroupsRetrieveParams as OrganizationGroupsRetrieveParams,
    )
    from .params import (
        OrganizationGroupsRolesCreateParams as OrganizationGroupsRolesCreateParams,
    )
    from .params import (
        OrganizationGroupsRolesDeleteParams as OrganizationGroupsRolesDeleteParams,
    )
    from .params import (
        OrganizationGroupsRolesListParams as OrganizationGroupsRolesListParams,
    )
    from .params import (
        OrganizationGroupsRolesRetrieveParams as OrganizationGroupsRolesRetrieveParams,
    )
    from .params import (
        OrganizationGroupsUpdateParams as OrganizationGroupsUpdateParams,
    )
    from .params import (
        OrganizationGroupsUsersCreateParams as OrganizationGroupsUsersCreateParams,
    )
    from .params import (
        OrganizationGroupsUsersDeleteParams as OrganizationGroupsUsersDeleteParams,
    )
    from .params import (
        OrganizationGroupsUsersListParams as OrganizationGroupsUsersListParams,
    )
    from .params import (
        OrganizationGroupsUsersRetrieveParams as OrganizationGroupsUsersRetrieveParams,
    )
    from .params import (
        OrganizationInvitesCreateParams as OrganizationInvitesCreateParams,
    )
    from .params import (
        OrganizationInvitesDeleteParams as OrganizationInvitesDeleteParams,
    )
    from .params import (
        OrganizationInvitesListParams as OrganizationInvitesListParams,
    )
    from .params import (
        OrganizationInvitesRetrieveParams as OrganizationInvitesRetrieveParams,
    )
    from .params import (
        OrganizationProjectsApiKeysDeleteParams as OrganizationProjectsApiKeysDeleteParams,
    )
    from .params import (
        OrganizationProjectsApiKeysListParams as OrganizationProjectsApiKeysListParams,
    )
    from .params import (
        OrganizationProjectsApiKeysRetrieveParams as OrganizationProjectsApiKeysRetrieveParams,
    )
    from .params import (
        OrganizationProjectsArchiveParams as OrganizationProjectsArchiveParams,
    )
    from .params import (
        OrganizationProjectsCertificatesActivateCreateParams as OrganizationProjectsCertificatesActivateCreateParams,
    )
    from .params import (
        OrganizationProjectsCertificatesDeactivateCreateParams as OrganizationProjectsCertificatesDeactivateCreateParams,
    )
    from .params import (
        OrganizationProjectsCertificatesListParams as OrganizationProjectsCertificatesListParams,
    )
    from .params import (
        OrganizationProjectsCreateParams as OrganizationProjectsCreateParams,
    )
    from .params import (
        OrganizationProjectsDataRetentionRetrieveParams as OrganizationProjectsDataRetentionRetrieveParams,
    )
    from .params import (
        OrganizationProjectsDataRetentionUpdateParams as OrganizationProjectsDataRetentionUpdateParams,
    )
    from .params import (
        OrganizationProjectsGroupsCreateParams as OrganizationProjectsGroupsCreateParams,
    )
    from .params import (
        OrganizationProjectsGroupsDeleteParams as OrganizationProjectsGroupsDeleteParams,
    )
    from .params import (
        OrganizationProjectsGroupsListParams as OrganizationProjectsGroupsListParams,
    )
    from .params import (
        OrganizationProjectsGroupsRetrieveParams as OrganizationProjectsGroupsRetrieveParams,
    )
    from .params import (
        OrganizationProjectsHostedToolPermissionsRetrieveParams as OrganizationProjectsHostedToolPermissionsRetrieveParams,
    )
    from .params import (
        OrganizationProjectsHostedToolPermissionsUpdateParams as OrganizationProjectsHostedToolPermissionsUpdateParams,
    )
    from .params import (
        OrganizationProjectsListParams as OrganizationProjectsListParams,
    )
    from .params import (
        OrganizationProjectsModelPermissionsCreateParams as OrganizationProjectsModelPermissionsCreateParams,
    )
    from .params import (
        OrganizationProjectsModelPermissionsDeleteParams as OrganizationProjectsModelPermissionsDeleteParams,
    )
    from .params import (
        OrganizationProjectsModelPermissionsRetrieveParams as OrganizationProjectsModelPermissionsRetrieveParams,
    )
    from .params import (
        OrganizationProjectsRateLimitsListParams as OrganizationProjectsRateLimitsListParams,
    )
    from .params import (
        OrganizationProjectsRateLimitsUpdateParams as OrganizationProjectsRateLimitsUpdateParams,
    )
    from .params import (
        OrganizationProjectsRetrieveParams as OrganizationProjectsRetrieveParams,
    )
    from .params import (
        OrganizationProjectsServiceAccountsApiKeysParams as OrganizationProjectsServiceAccountsApiKeysParams,
    )
    from .params import (
        OrganizationProjectsServiceAccountsCreateParams as OrganizationProjectsServiceAccountsCreateParams,
    )
    from .params import (
        OrganizationProjectsServiceAccountsDeleteParams as OrganizationProjectsServiceAccountsDeleteParams,
    )
    from .params import (
        OrganizationProjectsServiceAccountsListParams as OrganizationProjectsServiceAccountsListParams,
    )
    from .params import (
        OrganizationProjectsServiceAccountsRetrieveParams as OrganizationProjectsServiceAccountsRetrieveParams,
    )
    from .params import (
        OrganizationProjectsServiceAccountsUpdateParams as OrganizationProjectsServiceAccountsUpdateParams,
    )
    from .params import (
        OrganizationProjectsSpendAlertsCreateParams as OrganizationProjectsSpendAlertsCreateParams,
    )
    from .params import (
        OrganizationProjectsSpendAlertsDeleteParams as OrganizationProjectsSpendAlertsDeleteParams,
    )
    from .params import (
        OrganizationProjectsSpendAlertsListParams as OrganizationProjectsSpendAlertsListParams,
    )
    from .params import (
        OrganizationProjectsSpendAlertsRetrieveParams as OrganizationProjectsSpendAlertsRetrieveParams,
    )
    from .params import (
        OrganizationProjectsSpendAlertsUpdateParams as OrganizationProjectsSpendAlertsUpdateParams,
    )
    from .params import (
        OrganizationProjectsSpendLimitCreateParams as OrganizationProjectsSpendLimitCreateParams,
    )
    from .params import (
        OrganizationProjectsSpendLimitDeleteParams as OrganizationProjectsSpendLimitDeleteParams,
    )
    from .params import (
        OrganizationProjectsSpendLimitRetrieveParams as OrganizationProjectsSpendLimitRetrieveParams,
    )
    from .params import (
        OrganizationProjectsUpdateParams as OrganizationProjectsUpdateParams,
    )
    from .params import (
        OrganizationProjectsUsersCreateParams as OrganizationProjectsUsersCreateParams,
    )
    from .params import (
        OrganizationProjectsUsersDeleteParams as OrganizationProjectsUsersDeleteParams,
    )
    from .params import (
        OrganizationProjectsUsersListParams as OrganizationProjectsUsersListParams,
    )
    from .params import (
        OrganizationProjectsUsersRetrieveParams as OrganizationProjectsUsersRetrieveParams,
    )
    from .params import (
        OrganizationProjectsUsersUpdateParams as OrganizationProjectsUsersUpdateParams,
    )
    from .params import (
        OrganizationRolesCreateParams as OrganizationRolesCreateParams,
    )
    from .params import (
        OrganizationRolesDeleteParams as OrganizationRolesDeleteParams,
    )
    from .params import (
        OrganizationRolesListParams as OrganizationRolesListParams,
    )
    from .params import (
        OrganizationRolesRetrieveParams as OrganizationRolesRetrieveParams,
    )
    from .params import (
        OrganizationRolesUpdateParams as OrganizationRolesUpdateParams,
    )
    from .params import (
        OrganizationSpendAlertsCreateParams as OrganizationSpendAlertsCreateParams,
    )
    from .params import (
        OrganizationSpendAlertsDeleteParams as OrganizationSpendAlertsDeleteParams,
    )
    from .params import (
        OrganizationSpendAlertsListParams as OrganizationSpendAlertsListParams,
    )
    from .params import (
        OrganizationSpendAlertsRetrieveParams as OrganizationSpendAlertsRetrieveParams,
    )
    from .params import (
        OrganizationSpendAlertsUpdateParams as OrganizationSpendAlertsUpdateParams,
    )
    from .params import (
        OrganizationSpendLimitCreateParams as OrganizationSpendLimitCreateParams,
    )
    from .params import (
        OrganizationSpendLimitDeleteParams as OrganizationSpendLimitDeleteParams,
    )
    from .params import (
        OrganizationSpendLimitRetrieveParams as OrganizationSpendLimitRetrieveParams,
    )
    from .params import (
        OrganizationUsageAudioSpeechesListParams as OrganizationUsageAudioSpeechesListParams,
    )
    from .params import (
        OrganizationUsageAudioTranscriptionsListParams as OrganizationUsageAudioTranscriptionsListParams,
    )
    from .params import (
        OrganizationUsageCodeInterpreterSessionsListParams as OrganizationUsageCodeInterpreterSessionsListParams,
    )
    from .params import (
        OrganizationUsageCompletionsListParams as OrganizationUsageCompletionsListParams,
    )
    from .params import (
        OrganizationUsageEmbeddingsListParams as OrganizationUsageEmbeddingsListParams,
    )
    from .params import (
        OrganizationUsageFileSearchCallsListParams as OrganizationUsageFileSearchCallsListParams,
    )
    from .params import (
        OrganizationUsageImagesListParams as OrganizationUsageImagesListParams,
    )
    from .params import (
        OrganizationUsageModerationsListParams as OrganizationUsageModerationsListParams,
    )
    from .params import (
        OrganizationUsageVectorStoresListParams as OrganizationUsageVectorStoresListParams,
    )
    from .params import (
        OrganizationUsageWebSearchCallsListParams as OrganizationUsageWebSearchCallsListParams,
    )
    from .params import (
        OrganizationUsersDeleteParams as OrganizationUsersDeleteParams,
    )
    from .params import (
        OrganizationUsersListParams as OrganizationUsersListParams,
    )
    from .params import (
        OrganizationUsersRetrieveParams as OrganizationUsersRetrieveParams,
    )
    from .params import (
        OrganizationUsersRolesCreateParams as OrganizationUsersRolesCreateParams,
    )
    from .params import (
        OrganizationUsersRolesDeleteParams as OrganizationUsersRolesDeleteParams,
    )
    from .params import (
        OrganizationUsersRolesListParams as OrganizationUsersRolesListParams,
    )
    from .params import (
        OrganizationUsersRolesRetrieveParams as OrganizationUsersRolesRetrieveParams,
    )
    from .params import (
        OrganizationUsersUpdateParams as OrganizationUsersUpdateParams,
    )
    from .params import (
        OutputMessageParam as OutputMessageParam,
    )
    from .params import (
        OutputTextContentParam as OutputTextContentParam,
    )
    from .params import (
        PredictionContentParam as PredictionContentParam,
    )
    from .params import (
        ProgramItemParamParam as ProgramItemParamParam,
    )
    from .params import (
        ProgrammaticToolCallingParamParam as ProgrammaticToolCallingParamParam,
    )
    from .params import (
        ProgramOutputItemParamParam as ProgramOutputItemParamParam,
    )
    from .params import (
        ProgramToolCallCallerDict as ProgramToolCallCallerDict,
    )
    from .params import (
        ProgramToolCallCallerParamParam as ProgramToolCallCallerParamParam,
    )
    from .params import (
        ProjectsGroupsRolesCreateParams as ProjectsGroupsRolesCreateParams,
    )
    from .params import (
        ProjectsGroupsRolesDeleteParams as ProjectsGroupsRolesDeleteParams,
    )
    from .params import (
        ProjectsGroupsRolesListParams as ProjectsGroupsRolesListParams,
    )
    from .params import (
        ProjectsGroupsRolesRetrieveParams as ProjectsGroupsRolesRetrieveParams,
    )
    from .params import (
        ProjectsRolesCreateParams as ProjectsRolesCreateParams,
    )
    from .params import (
        ProjectsRolesDeleteParams as ProjectsRolesDeleteParams,
    )
    from .params import (
        ProjectsRolesListParams as ProjectsRolesListParams,
    )
    from .params import (
        ProjectsRolesRetrieveParams as ProjectsRolesRetrieveParams,
    )
    from .params import (
        ProjectsRolesUpdateParams as ProjectsRolesUpdateParams,
    )
    from .params import (
        ProjectsUsersRolesCreateParams as ProjectsUsersRolesCreateParams,
    )
    from .params import (
        ProjectsUsersRolesDeleteParams as ProjectsUsersRolesDeleteParams,
    )
    from .params import (
        ProjectsUsersRolesListParams as ProjectsUsersRolesListParams,
    )
    from .params import (
        ProjectsUsersRolesRetrieveParams as ProjectsUsersRolesRetrieveParams,
    )
    from .params import (
        PromptCacheBreakpointConfigParam as PromptCacheBreakpointConfigParam,
    )
    from .params import (
        PromptCacheBreakpointParamParam as PromptCacheBreakpointParamParam,
    )
    from .params import (
        PromptCacheOptionsParamParam as PromptCacheOptionsParamParam,
    )
    from .params import (
        PromptType0Param as PromptType0Param,
    )
    from .params import (
        RankingOptionsParam as RankingOptionsParam,
    )
    from .params import (
        RateLimitsParamParam as RateLimitsParamParam,
    )
    from .params import (
        RealtimeAudioFormatsType0Param as RealtimeAudioFormatsType0Param,
    )
    from .params import (
        RealtimeAudioFormatsType1Param as RealtimeAudioFormatsType1Param,
    )
    from .params import (
        RealtimeAudioFormatsType2Param as RealtimeAudioFormatsType2Param,
    )
    from .params import (
        RealtimeCallsAcceptParams as RealtimeCallsAcceptParams,
    )
    from .params import (
        RealtimeCallsCreateParams as RealtimeCallsCreateParams,
    )
    from .params import (
        RealtimeCallsHangupParams as RealtimeCallsHangupParams,
    )
    from .params import (
        RealtimeCallsReferParams as RealtimeCallsReferParams,
    )
    from .params import (
        RealtimeCallsRejectParams as RealtimeCallsRejectParams,
    )
    from .params import (
        RealtimeClientSecretsCreateParams as RealtimeClientSecretsCreateParams,
    )
    from .params import (
        RealtimeCreateClientSecretRequestExpiresAfterParam as RealtimeCreateClientSecretRequestExpiresAfterParam,
    )
    from .params import (
        RealtimeFunctionToolParam as RealtimeFunctionToolParam,
    )
    from .params import (
        RealtimeReasoningParam as RealtimeReasoningParam,
    )
    from .params import (
        RealtimeSessionCreateRequestClientSecretParam as RealtimeSessionCreateRequestClientSecretParam,
    )
    from .params import (
        RealtimeSessionCreateRequestGAAudioInputNoiseReductionParam as RealtimeSessionCreateRequestGAAudioInputNoiseReductionParam,
    )
    from .params import (
        RealtimeSessionCreateRequestGAAudioInputParam as RealtimeSessionCreateRequestGAAudioInputParam,
    )
    from .params import (
        RealtimeSessionCreateRequestGAAudioOutputParam as RealtimeSessionCreateRequestGAAudioOutputParam,
    )
    from .params import (
        RealtimeSessionCreateRequestGAAudioParam as RealtimeSessionCreateRequestGAAudioParam,
    )
    from .params import (
        RealtimeSessionCreateRequestGAParam as RealtimeSessionCreateRequestGAParam,
    )
    from .params import (
        RealtimeSessionCreateRequestGATracingType0Type1Param as RealtimeSessionCreateRequestGATracingType0Type1Param,
    )
    from .params import (
        RealtimeSessionCreateRequestInputAudioTranscriptionParam as RealtimeSessionCreateRequestInputAudioTranscriptionParam,
    )
    from .params import (
        RealtimeSessionCreateRequestToolsItemParam as RealtimeSessionCreateRequestToolsItemParam,
    )
    from .params import (
        RealtimeSessionCreateRequestTracingType1Param as RealtimeSessionCreateRequestTracingType1Param,
    )
    from .params import (
        RealtimeSessionCreateRequestTurnDetectionParam as RealtimeSessionCreateRequestTurnDetectionParam,
    )
    from .params import (
        RealtimeSessionsCreateParams as RealtimeSessionsCreateParams,
    )
    from .params import (
        RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReductionParam as RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReductionParam,
    )
    from .params import (
        RealtimeTranscriptionSessionCreateRequestGAAudioInputParam as RealtimeTranscriptionSessionCreateRequestGAAudioInputParam,
    )
    from .params import (
        RealtimeTranscriptionSessionCreateRequestGAAudioParam as RealtimeTranscriptionSessionCreateRequestGAAudioParam,
    )
    from .params import (
        RealtimeTranscriptionSessionCreateRequestGAParam as RealtimeTranscriptionSessionCreateRequestGAParam,
    )
    from .params import (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionParam as RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionParam,
    )
    from .params import (
        RealtimeTranscriptionSessionCreateRequestTurnDetectionParam as RealtimeTranscriptionSessionCreateRequestTurnDetectionParam,
    )
    from .params import (
        RealtimeTranscriptionSessionsCreateParams as RealtimeTranscriptionSessionsCreateParams,
    )
    from .params import (
        RealtimeTranslationClientSecretCreateRequestExpiresAfterParam as RealtimeTranslationClientSecretCreateRequestExpiresAfterParam,
    )
    from .params import (
        RealtimeTranslationsClientSecretsCreateParams as RealtimeTranslationsClientSecretsCreateParams,
    )
    from .params import (
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0Param as RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0Param,
    )
    from .params import (
        RealtimeTranslationSessionCreateRequestAudioInputParam as RealtimeTranslationSessionCreateRequestAudioInputParam,
    )
    from .params import (
        RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0Param as RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0Param,
    )
    from .params import (
        RealtimeTranslationSessionCreateRequestAudioOutputParam as RealtimeTranslationSessionCreateRequestAudioOutputParam,
    )
    from .params import (
        RealtimeTranslationSessionCreateRequestAudioParam as RealtimeTranslationSessionCreateRequestAudioParam,
    )
    from .params import (
        RealtimeTranslationSessionCreateRequestParam as RealtimeTranslationSessionCreateRequestParam,
    )
    from .params import (
        RealtimeTruncationType1Param as RealtimeTruncationType1Param,
    )
    from .params import (
        RealtimeTruncationVariant1TokenLimitsParam as RealtimeTruncationVariant1TokenLimitsParam,
    )
    from .params import (
        RealtimeTurnDetectionType0Type0Param as RealtimeTurnDetectionType0Type0Param,
    )
    from .params import (
        RealtimeTurnDetectionType0Type1Param as RealtimeTurnDetectionType0Type1Param,
    )
    from .params import (
        ReasoningItemParam as ReasoningItemParam,
    )
    from .params import (
        ReasoningParam as ReasoningParam,
    )
    from .params import (
        ReasoningTextContentParam as ReasoningTextContentParam,
    )
    from .params import (
        RefusalContentParam as RefusalContentParam,
    )
    from .params import (
        ResponseFormatJSONObjectParam as ResponseFormatJSONObjectParam,
    )
    from .params import (
        ResponseFormatJsonObjectParam as ResponseFormatJsonObjectParam,
    )
    from .params import (
        ResponseFormatJsonSchemaJsonSchemaParam as ResponseFormatJsonSchemaJsonSchemaParam,
    )
    from .params import (
        ResponseFormatJSONSchemaParam as ResponseFormatJSONSchemaParam,
    )
    from .params import (
        ResponseFormatJsonSchemaParam as ResponseFormatJsonSchemaParam,
    )
    from .params import (
        ResponseFormatTextParam as ResponseFormatTextParam,
    )
    from .params import (
        ResponsesCancelParams as ResponsesCancelParams,
    )
    from .params import (
        ResponsesCompactParams as ResponsesCompactParams,
    )
    from .params import (
        ResponsesCreateParams as ResponsesCreateParams,
    )
    from .params import (
        ResponsesDeleteParams as ResponsesDeleteParams,
    )
    from .params import (
        ResponsesInputItemsListParams as ResponsesInputItemsListParams,
    )
    from .params import (
        ResponsesInputTokensCountParams as ResponsesInputTokensCountParams,
    )
    from .params import (
        ResponsesRetrieveParams as ResponsesRetrieveParams,
    )
    from .params import (
        ResponseStreamOptionsType0Param as ResponseStreamOptionsType0Param,
    )
    from .params import (
        ResponseTextParamParam as ResponseTextParamParam,
    )
    from .params import (
        ScreenshotParamParam as ScreenshotParamParam,
    )
    from .params import (
        ScrollParamParam as ScrollParamParam,
    )
    from .params import (
        SkillReferenceParamParam as SkillReferenceParamParam,
    )
    from .params import (
        SkillsContentParams as SkillsContentParams,
    )
    from .params import (
        SkillsCreateParams as SkillsCreateParams,
    )
    from .params import (
        SkillsDeleteParams as SkillsDeleteParams,
    )
    from .params import (
        SkillsListParams as SkillsListParams,
    )
    from .params import (
        SkillsRetrieveParams as SkillsRetrieveParams,
    )
    from .params import (
        SkillsUpdateParams as SkillsUpdateParams,
    )
    from .params import (
        SkillsVersionsContentParams as SkillsVersionsContentParams,
    )
    from .params import (
        SkillsVersionsCreateParams as SkillsVersionsCreateParams,
    )
    from .params import (
        SkillsVersionsDeleteParams as SkillsVersionsDeleteParams,
    )
    from .params import (
        SkillsVersionsListParams as SkillsVersionsListParams,
    )
    from .params import (
        SkillsVersionsRetrieveParams as SkillsVersionsRetrieveParams,
    )
    from .params import (
        SpecificApplyPatchParamParam as SpecificApplyPatchParamParam,
    )
    from .params import (
        SpecificFunctionShellParamParam as SpecificFunctionShellParamParam,
    )
    from .params import (
        SpecificProgrammaticToolCallingParamParam as SpecificProgrammaticToolCallingParamParam,
    )
    from .params import (
        SpendAlertNotificationChannelParam as SpendAlertNotificationChannelParam,
    )
    from .params import (
        StaticChunkingStrategyParam as StaticChunkingStrategyParam,
    )
    from .params import (
        StaticChunkingStrategyRequestParamParam as StaticChunkingStrategyRequestParamParam,
    )
    from .params import (
        SubmitToolOutputsRunRequestToolOutputsItemParam as SubmitToolOutputsRunRequestToolOutputsItemParam,
    )
    from .params import (
        SummaryTextContentParam as SummaryTextContentParam,
    )
    from .params import (
        TextResponseFormatJsonSchemaParam as TextResponseFormatJsonSchemaParam,
    )
    from .params import (
        ThreadsCreateAndRunParams as ThreadsCreateAndRunParams,
    )
    from .params import (
        ThreadsCreateParams as ThreadsCreateParams,
    )
    from .params import (
        ThreadsDeleteParams as ThreadsDeleteParams,
    )
    from .params import (
        ThreadsMessagesCreateParams as ThreadsMessagesCreateParams,
    )
    from .params import (
        ThreadsMessagesDeleteParams as ThreadsMessagesDeleteParams,
    )
    from .params import (
        ThreadsMessagesListParams as ThreadsMessagesListParams,
    )
    from .params import (
        ThreadsMessagesRetrieveParams as ThreadsMessagesRetrieveParams,
    )
    from .params import (
        ThreadsMessagesUpdateParams as ThreadsMessagesUpdateParams,
    )
    from .params import (
        ThreadsRetrieveParams as ThreadsRetrieveParams,
    )
    from .params import (
        ThreadsRunsCancelParams as ThreadsRunsCancelParams,
    )
    from .params import (
        ThreadsRunsCreateParams as ThreadsRunsCreateParams,
    )
    from .params import (
        ThreadsRunsListParams as ThreadsRunsListParams,
    )
    from .params import (
        ThreadsRunsRetrieveParams as ThreadsRunsRetrieveParams,
    )
    from .params import (
        ThreadsRunsStepsListParams as ThreadsRunsStepsListParams,
    )
    from .params import (
        ThreadsRunsStepsRetrieveParams as ThreadsRunsStepsRetrieveParams,
    )
    from .params import (
        ThreadsRunsSubmitToolOutputsParams as ThreadsRunsSubmitToolOutputsParams,
    )
    from .params import (
        ThreadsRunsUpdateParams as ThreadsRunsUpdateParams,
    )
    from .params import (
        ThreadsUpdateParams as ThreadsUpdateParams,
    )
    from .params import (
        ToolChoiceAllowedParam as ToolChoiceAllowedParam,
    )
    from .params import (
        ToolChoiceCustomParam as ToolChoiceCustomParam,
    )
    from .params import (
        ToolChoiceFunctionParam as ToolChoiceFunctionParam,
    )
    from .params import (
        ToolChoiceMCPParam as ToolChoiceMCPParam,
    )
    from .params import (
        ToolChoiceTypesParam as ToolChoiceTypesParam,
    )
    from .params import (
        ToolSearchCallItemParamParam as ToolSearchCallItemParamParam,
    )
    from .params import (
        ToolSearchOutputItemParamParam as ToolSearchOutputItemParamParam,
    )
    from .params import (
        ToolSearchToolParamParam as ToolSearchToolParamParam,
    )
    from .params import (
        TopLogProbParam as TopLogProbParam,
    )
    from .params import (
        TruncationObjectParam as TruncationObjectParam,
    )
    from .params import (
        TypeParamParam as TypeParamParam,
    )
    from .params import (
        UploadsCancelParams as UploadsCancelParams,
    )
    from .params import (
        UploadsCompleteParams as UploadsCompleteParams,
    )
    from .params import (
        UploadsCreateParams as UploadsCreateParams,
    )
    from .params import (
        UploadsPartsCreateParams as UploadsPartsCreateParams,
    )
    from .params import (
        UrlCitationBodyParam as UrlCitationBodyParam,
    )
    from .params import (
        VadConfigParam as VadConfigParam,
    )
    from .params import (
        VectorStoreExpirationAfterParam as VectorStoreExpirationAfterParam,
    )
    from .params import (
        VectorStoresCreateParams as VectorStoresCreateParams,
    )
    from .params import (
        VectorStoresDeleteParams as VectorStoresDeleteParams,
    )
    from .params import (
        VectorStoreSearchRequestRankingOptionsParam as VectorStoreSearchRequestRankingOptionsParam,
    )
    from .params import (
        VectorStoresFileBatchesCancelParams as VectorStoresFileBatchesCancelParams,
    )
    from .params import (
        VectorStoresFileBatchesCreateParams as VectorStoresFileBatchesCreateParams,
    )
    from .params import (
        VectorStoresFileBatchesFilesListParams as VectorStoresFileBatchesFilesListParams,
    )
    from .params import (
        VectorStoresFileBatchesRetrieveParams as VectorStoresFileBatchesRetrieveParams,
    )
    from .params import (
        VectorStoresFilesContentParams as VectorStoresFilesContentParams,
    )
    from .params import (
        VectorStoresFilesCreateParams as VectorStoresFilesCreateParams,
    )
    from .params import (
        VectorStoresFilesDeleteParams as VectorStoresFilesDeleteParams,
    )
    from .params import (
        VectorStoresFilesListParams as VectorStoresFilesListParams,
    )
    from .params import (
        VectorStoresFilesRetrieveParams as VectorStoresFilesRetrieveParams,
    )
    from .params import (
        VectorStoresFilesUpdateParams as VectorStoresFilesUpdateParams,
    )
    from .params import (
        VectorStoresListParams as VectorStoresListParams,
    )
    from .params import (
        VectorStoresRetrieveParams as VectorStoresRetrieveParams,
    )
    from .params import (
        VectorStoresSearchParams as VectorStoresSearchParams,
    )
    from .params import (
        VectorStoresUpdateParams as VectorStoresUpdateParams,
    )
    from .params import (
        VideoReferenceInputParamParam as VideoReferenceInputParamParam,
    )
    from .params import (
        VideosCharactersCreateParams as VideosCharactersCreateParams,
    )
    from .params import (
        VideosCharactersRetrieveParams as VideosCharactersRetrieveParams,
    )
    from .params import (
        VideosContentParams as VideosContentParams,
    )
    from .params import (
        VideosCreateParams as VideosCreateParams,
    )
    from .params import (
        VideosDeleteParams as VideosDeleteParams,
    )
    from .params import (
        VideosEditsCreateParams as VideosEditsCreateParams,
    )
    from .params import (
        VideosExtensionsCreateParams as VideosExtensionsCreateParams,
    )
    from .params import (
        VideosListParams as VideosListParams,
    )
    from .params import (
        VideosRemixParams as VideosRemixParams,
    )
    from .params import (
        VideosRetrieveParams as VideosRetrieveParams,
    )
    from .params import (
        VoiceIdsOrCustomVoiceType1Param as VoiceIdsOrCustomVoiceType1Param,
    )
    from .params import (
        WaitParamParam as WaitParamParam,
    )
    from .params import (
        WebSearchActionFindParam as WebSearchActionFindParam,
    )
    from .params import (
        WebSearchActionOpenPageParam as WebSearchActionOpenPageParam,
    )
    from .params import (
        WebSearchActionSearchParam as WebSearchActionSearchParam,
    )
    from .params import (
        WebSearchActionSearchSourcesItemParam as WebSearchActionSearchSourcesItemParam,
    )
    from .params import (
        WebSearchApproximateLocationType0Param as WebSearchApproximateLocationType0Param,
    )
    from .params import (
        WebSearchLocationParam as WebSearchLocationParam,
    )
    from .params import (
        WebSearchPreviewToolParam as WebSearchPreviewToolParam,
    )
    from .params import (
        WebSearchToolCallParam as WebSearchToolCallParam,
    )
    from .params import (
        WebSearchToolFiltersType0Param as WebSearchToolFiltersType0Param,
    )
    from .params import (
        WebSearchToolParam as WebSearchToolParam,
    )
    from .params import (
        WorkflowParamParam as WorkflowParamParam,
    )
    from .params import (
        WorkflowTracingParamParam as WorkflowTracingParamParam,
    )

PARAMS: frozenset[str] = frozenset(
    {
        "AdditionalToolsItemParamParam",
        "ApplyPatchCreateFileOperationParamParam",
        "ApplyPatchDeleteFileOperationParamParam",
        "ApplyPatchToolCallItemParamParam",
        "ApplyPatchToolCallOutputItemParamParam",
        "ApplyPatchToolParamParam",
        "ApplyPatchUpdateFileOperationParamParam",
        "ApproximateLocationParam",
        "AssistantToolsCodeParam",
        "AssistantToolsFileSearchFileSearchParam",
        "AssistantToolsFileSearchParam",
        "AssistantToolsFileSearchTypeOnlyParam",
        "AssistantToolsFunctionParam",
        "AssistantsCreateParams",
        "AssistantsDeleteParams",
        "AssistantsListParams",
        "AssistantsNamedToolChoiceFunctionParam",
        "AssistantsNamedToolChoiceParam",
        "AssistantsRetrieveParams",
        "AssistantsUpdateParams",
        "AudioSpeechCreateParams",
        "AudioTranscriptionParam",
        "AudioTranscriptionsCreateParams",
        "AudioTranslationsCreateParams",
        "AudioVoiceConsentsCreateParams",
        "AudioVoiceConsentsDeleteParams",
        "AudioVoiceConsentsListParams",
        "AudioVoiceConsentsRetrieveParams",
        "AudioVoiceConsentsUpdateParams",
        "AudioVoicesCreateParams",
        "AutoChunkingStrategyRequestParamParam",
        "AutoCodeInterpreterToolParamParam",
        "AutomaticThreadTitlingParamParam",
        "BatchFileExpirationAfterParam",
        "BatchesCancelParams",
        "BatchesCreateParams",
        "BatchesListParams",
        "BatchesRetrieveParams",
        "BetaAdditionalToolsItemParamParam",
        "BetaAgentMessageItemParamParam",
        "BetaAgentTagDict",
        "BetaAgentTagParamParam",
        "BetaApplyPatchCreateFileOperationParamParam",
        "BetaApplyPatchDeleteFileOperationParamParam",
        "BetaApplyPatchToolCallItemParamParam",
        "BetaApplyPatchToolCallOutputItemParamParam",
        "BetaApplyPatchToolParamParam",
        "BetaApplyPatchUpdateFileOperationParamParam",
        "BetaApproximateLocationParam",
        "BetaAutoCodeInterpreterToolParamParam",
        "BetaClickParamParam",
        "BetaCodeInterpreterOutputImageParam",
        "BetaCodeInterpreterOutputLogsParam",
        "BetaCodeInterpreterToolCallParam",
        "BetaCodeInterpreterToolParam",
        "BetaCompactionSummaryItemParamParam",
        "BetaCompactionTriggerItemParamParam",
        "BetaComparisonFilterParam",
        "BetaCompoundFilterParam",
        "BetaComputerCallOutputItemParamParam",
        "BetaComputerCallSafetyCheckParamParam",
        "BetaComputerScreenshotImageParam",
        "BetaComputerToolCallParam",
        "BetaComputerToolParam",
        "BetaComputerUsePreviewToolParam",
        "BetaContainerAutoParamParam",
        "BetaContainerFileCitationBodyParam",
        "BetaContainerFileCitationParamParam",
        "BetaContainerNetworkPolicyAllowlistParamParam",
        "BetaContainerNetworkPolicyDisabledParamParam",
        "BetaContainerNetworkPolicyDomainSecretParamParam",
        "BetaContainerReferenceParamParam",
        "BetaContextManagementParamParam",
        "BetaConversationParam2Param",
        "BetaCoordParamParam",
        "BetaCustomGrammarFormatParamParam",
        "BetaCustomTextFormatParamParam",
        "BetaCustomToolCallOutputParam",
        "BetaCustomToolCallParam",
        "BetaCustomToolParamParam",
        "BetaDirectToolCallCallerDict",
        "BetaDirectToolCallCallerParamParam",
        "BetaDoubleClickActionParam",
        "BetaDragParamParam",
        "BetaEasyInputMessageParam",
        "BetaEncryptedContentParamParam",
        "BetaFileCitationBodyParam",
        "BetaFileCitationParamParam",
        "BetaFilePathParam",
        "BetaFileSearchToolCallParam",
        "BetaFileSearchToolCallResultsType0ItemParam",
        "BetaFileSearchToolParam",
        "BetaFunctionCallOutputItemParamParam",
        "BetaFunctionShellActionParamParam",
        "BetaFunctionShellCallItemParamParam",
        "BetaFunctionShellCallOutputContentParamParam",
        "BetaFunctionShellCallOutputExitOutcomeParamParam",
        "BetaFunctionShellCallOutputItemParamParam",
        "BetaFunctionShellCallOutputTimeoutOutcomeParamParam",
        "BetaFunctionShellToolParamParam",
        "BetaFunctionToolCallParam",
        "BetaFunctionToolDict",
        "BetaFunctionToolParamParam",
        "BetaHTTPErrorParam",
        "BetaHybridSearchOptionsParam",
        "BetaImageGenToolCallParam",
        "BetaImageGenToolInputImageMaskParam",
        "BetaImageGenToolParam",
        "BetaInlineSkillParamParam",
        "BetaInlineSkillSourceParamParam",
        "BetaInputFileContentDict",
        "BetaInputFileContentParamParam",
        "BetaInputImageContentParam",
        "BetaInputImageContentParamAutoParamParam",
        "BetaInputMessageParam",
        "BetaInputTextContentDict",
        "BetaInputTextContentParamParam",
        "BetaItemReferenceParamParam",
        "BetaKeyPressActionParam",
        "BetaLocalEnvironmentParamParam",
        "BetaLocalShellExecActionParam",
        "BetaLocalShellToolCallOutputParam",
        "BetaLocalShellToolCallParam",
        "BetaLocalShellToolParamParam",
        "BetaLocalSkillParamParam",
        "BetaLogProbParam",
        "BetaMCPApprovalRequestParam",
        "BetaMCPApprovalResponseParam",
        "BetaMCPListToolsParam",
        "BetaMCPListToolsToolParam",
        "BetaMCPProtocolErrorParam",
        "BetaMCPToolCallParam",
        "BetaMCPToolExecutionErrorParam",
        "BetaMCPToolFilterParam",
        "BetaMCPToolParam",
        "BetaMCPToolRequireApprovalType0Type0Param",
        "BetaModerationConfigParamParam",
        "BetaModerationParamParam",
        "BetaModerationPolicyParamParam",
        "BetaMoveParamParam",
        "BetaMultiAgentCallItemParamParam",
        "BetaMultiAgentCallOutputItemParamParam",
        "BetaMultiAgentParamParam",
        "BetaNamespaceToolParamParam",
        "BetaOutputMessageParam",
        "BetaOutputTextContentDict",
        "BetaOutputTextContentParamParam",
        "BetaProgramItemParamParam",
        "BetaProgramOutputItemParamParam",
        "BetaProgramToolCallCallerDict",
        "BetaProgramToolCallCallerParamParam",
        "BetaProgrammaticToolCallingParamParam",
        "BetaPromptCacheBreakpointConfigParam",
        "BetaPromptCacheBreakpointParamParam",
        "BetaPromptCacheOptionsParamParam",
        "BetaPromptType0Param",
        "BetaRankingOptionsParam",
        "BetaReasoningItemParam",
        "BetaReasoningParam",
        "BetaReasoningTextContentParam",
        "BetaRefusalContentParam",
        "BetaResponseFormatJsonObjectParam",
        "BetaResponseFormatTextParam",
        "BetaResponseStreamOptionsType0Param",
        "BetaResponseTextParamParam",
        "BetaResponsesCancelParams",
        "BetaResponsesCompactParams",
        "BetaResponsesCreateParams",
        "BetaResponsesDeleteParams",
        "BetaResponsesInputItemsListParams",
        "BetaResponsesInputTokensCountParams",
        "BetaResponsesRetrieveParams",
        "BetaScreenshotParamParam",
        "BetaScrollParamParam",
        "BetaSkillReferenceParamParam",
        "BetaSpecificApplyPatchParamParam",
        "BetaSpecificFunctionShellParamParam",
        "BetaSpecificProgrammaticToolCallingParamParam",
        "BetaSummaryTextContentParam",
        "BetaTextResponseFormatJsonSchemaParam",
        "BetaToolChoiceAllowedParam",
        "BetaToolChoiceCustomParam",
        "BetaToolChoiceFunctionParam",
        "BetaToolChoiceMCPParam",
        "BetaToolChoiceTypesParam",
        "BetaToolSearchCallItemParamParam",
        "BetaToolSearchOutputItemParamParam",
        "BetaToolSearchToolParamParam",
        "BetaTopLogProbParam",
        "BetaTypeParamParam",
        "BetaUrlCitationBodyParam",
        "BetaUrlCitationParamParam",
        "BetaWaitParamParam",
        "BetaWebSearchActionFindParam",
        "BetaWebSearchActionOpenPageParam",
        "BetaWebSearchActionSearchParam",
        "BetaWebSearchActionSearchSourcesItemParam",
        "BetaWebSearchApproximateLocationType0Param",
        "BetaWebSearchPreviewToolParam",
        "BetaWebSearchToolCallParam",
        "BetaWebSearchToolFiltersType0Param",
        "BetaWebSearchToolParam",
        "ChatCompletionAllowedToolsChoiceParam",
        "ChatCompletionAllowedToolsParam",
        "ChatCompletionAssistantMessageParam",
        "ChatCompletionContentPartFileParam",
        "ChatCompletionContentPartImageParam",
        "ChatCompletionContentPartInputAudioParam",
        "ChatCompletionContentPartParam",
        "ChatCompletionContentPartTextParam",
        "ChatCompletionCreateParamsAudioType0Param",
        "ChatCompletionCreateParamsWebSearchOptionsParam",
        "ChatCompletionCreateParamsWebSearchOptionsUserLocationType0Param",
        "ChatCompletionDeveloperMessageParam",
        "ChatCompletionFunctionCallOptionParam",
        "ChatCompletionFunctionMessageParam",
        "ChatCompletionFunctionsParam",
        "ChatCompletionMessageCustomToolCallCustomParam",
        "ChatCompletionMessageCustomToolCallParam",
        "ChatCompletionMessageParam",
        "ChatCompletionMessageToolCallFunctionParam",
        "ChatCompletionMessageToolCallParam",
        "ChatCompletionNamedToolChoiceCustomCustomParam",
        "ChatCompletionNamedToolChoiceCustomParam",
        "ChatCompletionNamedToolChoiceFunctionParam",
        "ChatCompletionNamedToolChoiceParam",
        "ChatCompletionRequestAssistantMessageAudioType0Param",
        "ChatCompletionRequestAssistantMessageFunctionCallType0Param",
        "ChatCompletionRequestAssistantMessageParam",
        "ChatCompletionRequestDeveloperMessageParam",
        "ChatCompletionRequestFunctionMessageParam",
        "ChatCompletionRequestMessageContentPartAudioInputAudioParam",
        "ChatCompletionRequestMessageContentPartAudioParam",
        "ChatCompletionRequestMessageContentPartFileFileParam",
        "ChatCompletionRequestMessageContentPartFileParam",
        "ChatCompletionRequestMessageContentPartImageImageUrlParam",
        "ChatCompletionRequestMessageContentPartImageParam",
        "ChatCompletionRequestMessageContentPartRefusalParam",
        "ChatCompletionRequestMessageContentPartTextParam",
        "ChatCompletionRequestSystemMessageContentPartParam",
        "ChatCompletionRequestSystemMessageParam",
        "ChatCompletionRequestToolMessageContentPartParam",
        "ChatCompletionRequestToolMessageParam",
        "ChatCompletionRequestUserMessageParam",
        "ChatCompletionResponseFormatParam",
        "ChatCompletionStreamOptionsParam",
        "ChatCompletionStreamOptionsType0Param",
        "ChatCompletionSystemMessageParam",
        "ChatCompletionToolChoiceOptionParam",
        "ChatCompletionToolMessageParam",
        "ChatCompletionToolParam",
        "ChatCompletionUserMessageParam",
        "ChatCompletionsCreateParams",
        "ChatCompletionsDeleteParams",
        "ChatCompletionsListParams",
        "ChatCompletionsMessagesListParams",
        "ChatCompletionsRetrieveParams",
        "ChatCompletionsUpdateParams",
        "ChatkitConfigurationParamParam",
        "ChatkitSessionsCancelParams",
        "ChatkitSessionsCreateParams",
        "ChatkitThreadsDeleteParams",
        "ChatkitThreadsItemsListParams",
        "ChatkitThreadsListParams",
        "ChatkitThreadsRetrieveParams",
        "ClickParamParam",
        "CodeInterpreterOutputImageParam",
        "CodeInterpreterOutputLogsParam",
        "CodeInterpreterToolCallParam",
        "CodeInterpreterToolParam",
        "CompactionSummaryItemParamParam",
        "CompactionTriggerItemParamParam",
        "ComparisonFilterParam",
        "CompletionsCreateParams",
        "CompoundFilterParam",
        "ComputerCallOutputItemParamParam",
        "ComputerCallSafetyCheckParamParam",
        "ComputerScreenshotImageParam",
        "ComputerToolCallParam",
        "ComputerToolParam",
        "ComputerUsePreviewToolParam",
        "ContainerAutoParamParam",
        "ContainerFileCitationBodyParam",
        "ContainerNetworkPolicyAllowlistParamParam",
        "ContainerNetworkPolicyDisabledParamParam",
        "ContainerNetworkPolicyDomainSecretParamParam",
        "ContainerReferenceParamParam",
        "ContainersCreateParams",
        "ContainersDeleteParams",
        "ContainersFilesContentParams",
        "ContainersFilesCreateParams",
        "ContainersFilesDeleteParams",
        "ContainersFilesListParams",
        "ContainersFilesRetrieveParams",
        "ContainersListParams",
        "ContainersRetrieveParams",
        "ContentProvenanceChecksCreateParams",
        "ContextManagementParamParam",
        "ConversationParam2Param",
        "ConversationsCreateParams",
        "ConversationsDeleteParams",
        "ConversationsItemsCreateParams",
        "ConversationsItemsDeleteParams",
        "ConversationsItemsListParams",
        "ConversationsItemsRetrieveParams",
        "ConversationsRetrieveParams",
        "ConversationsUpdateParams",
        "CoordParamParam",
        "CreateAssistantRequestToolResourcesType0CodeInterpreterParam",
        "CreateAssistantRequestToolResourcesType0FileSearchParam",
        "CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0Param",
        "CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Param",
        "CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1StaticParam",
        "CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemParam",
        "CreateAssistantRequestToolResourcesType0Param",
        "CreateContainerBodyExpiresAfterParam",
        "CreateEvalCompletionsRunDataSourceInputMessagesType0Param",
        "CreateEvalCompletionsRunDataSourceInputMessagesType1Param",
        "CreateEvalCompletionsRunDataSourceParam",
        "CreateEvalCompletionsRunDataSourceSamplingParamsParam",
        "CreateEvalCustomDataSourceConfigParam",
        "CreateEvalItemType0Param",
        "CreateEvalJsonlRunDataSourceParam",
        "CreateEvalLabelModelGraderParam",
        "CreateEvalLogsDataSourceConfigParam",
        "CreateEvalResponsesRunDataSourceInputMessagesType0Param",
        "CreateEvalResponsesRunDataSourceInputMessagesType0TemplateItemType0Param",
        "CreateEvalResponsesRunDataSourceInputMessagesType1Param",
        "CreateEvalResponsesRunDataSourceParam",
        "CreateEvalResponsesRunDataSourceSamplingParamsParam",
        "CreateEvalResponsesRunDataSourceSamplingParamsTextParam",
        "CreateEvalStoredCompletionsDataSourceConfigParam",
        "CreateFineTuningJobRequestHyperparametersParam",
        "CreateFineTuningJobRequestIntegrationsType0ItemParam",
        "CreateFineTuningJobRequestIntegrationsType0ItemWandbParam",
        "CreateMessageRequestAttachmentsType0ItemParam",
        "CreateMessageRequestParam",
        "CreateModerationRequestInputType0ItemType1Type0ImageUrlParam",
        "CreateModerationRequestInputType0ItemType1Type0Param",
        "CreateModerationRequestInputType0ItemType1Type1Param",
        "CreateThreadAndRunRequestToolResourcesType0CodeInterpreterParam",
        "CreateThreadAndRunRequestToolResourcesType0FileSearchParam",
        "CreateThreadAndRunRequestToolResourcesType0Param",
        "CreateThreadRequestParam",
        "CreateThreadRequestToolResourcesType0CodeInterpreterParam",
        "CreateThreadRequestToolResourcesType0FileSearchParam",
        "CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0Param",
        "CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Param",
        "CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1StaticParam",
        "CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemParam",
        "CreateThreadRequestToolResourcesType0Param",
        "CreateVectorStoreFileRequestParam",
        "CustomGrammarFormatParamParam",
        "CustomTextFormatParamParam",
        "CustomToolCallOutputParam",
        "CustomToolCallParam",
        "CustomToolChatCompletionsCustomFormatType0Param",
        "CustomToolChatCompletionsCustomFormatType1GrammarParam",
        "CustomToolChatCompletionsCustomFormatType1Param",
        "CustomToolChatCompletionsCustomParam",
        "CustomToolChatCompletionsParam",
        "CustomToolParamParam",
        "DirectToolCallCallerDict",
        "DirectToolCallCallerParamParam",
        "DoubleClickActionParam",
        "DragParamParam",
        "EasyInputMessageParam",
        "EmbeddingsCreateParams",
        "EvalGraderPythonParam",
        "EvalGraderScoreModelParam",
        "EvalGraderScoreModelSamplingParamsParam",
        "EvalGraderStringCheckParam",
        "EvalGraderTextSimilarityParam",
        "EvalItemContentOutputTextParam",
        "EvalItemInputImageParam",
        "EvalItemParam",
        "EvalJsonlFileContentSourceContentItemParam",
        "EvalJsonlFileContentSourceParam",
        "EvalJsonlFileIdSourceParam",
        "EvalResponsesSourceParam",
        "EvalStoredCompletionsSourceParam",
        "EvalsCreateParams",
        "EvalsDeleteParams",
        "EvalsListParams",
        "EvalsRetrieveParams",
        "EvalsRunsCancelParams",
        "EvalsRunsCreateParams",
        "EvalsRunsDeleteParams",
        "EvalsRunsListParams",
        "EvalsRunsOutputItemsListParams",
        "EvalsRunsOutputItemsRetrieveParams",
        "EvalsRunsRetrieveParams",
        "EvalsUpdateParams",
        "ExpiresAfterParamParam",
        "FileCitationBodyParam",
        "FileExpirationAfterParam",
        "FilePathParam",
        "FileSearchRankingOptionsParam",
        "FileSearchToolCallParam",
        "FileSearchToolCallResultsType0ItemParam",
        "FileSearchToolParam",
        "FileUploadParamParam",
        "FilesContentParams",
        "FilesCreateParams",
        "FilesDeleteParams",
        "FilesListParams",
        "FilesRetrieveParams",
        "FineTuneDPOHyperparametersParam",
        "FineTuneDPOMethodParam",
        "FineTuneMethodParam",
        "FineTuneReinforcementHyperparametersParam",
        "FineTuneReinforcementMethodParam",
        "FineTuneSupervisedHyperparametersParam",
        "FineTuneSupervisedMethodParam",
        "FineTuningAlphaGradersRunParams",
        "FineTuningAlphaGradersValidateParams",
        "FineTuningCheckpointsPermissionsCreateParams",
        "FineTuningCheckpointsPermissionsDeleteParams",
        "FineTuningCheckpointsPermissionsListParams",
        "FineTuningJobsCancelParams",
        "FineTuningJobsCheckpointsListParams",
        "FineTuningJobsCreateParams",
        "FineTuningJobsEventsListParams",
        "FineTuningJobsListParams",
        "FineTuningJobsPauseParams",
        "FineTuningJobsResumeParams",
        "FineTuningJobsRetrieveParams",
        "FunctionCallOutputItemParamParam",
        "FunctionObjectParam",
        "FunctionShellActionParamParam",
        "FunctionShellCallItemParamParam",
        "FunctionShellCallOutputContentParamParam",
        "FunctionShellCallOutputExitOutcomeParamParam",
        "FunctionShellCallOutputItemParamParam",
        "FunctionShellCallOutputTimeoutOutcomeParamParam",
        "FunctionShellToolParamParam",
        "FunctionToolCallParam",
        "FunctionToolDict",
        "FunctionToolParamParam",
        "GraderLabelModelParam",
        "GraderMultiParam",
        "GraderPythonParam",
        "GraderScoreModelParam",
        "GraderScoreModelSamplingParamsParam",
        "GraderStringCheckParam",
        "GraderTextSimilarityParam",
        "HTTPErrorParam",
        "HistoryParamParam",
        "HostedToolPermissionUpdateParam",
        "HybridSearchOptionsParam",
        "ImageGenToolCallParam",
        "ImageGenToolInputImageMaskParam",
        "ImageGenToolParam",
        "ImageRefParam2Param",
        "ImagesEditsCreateParams",
        "ImagesGenerationsCreateParams",
        "ImagesVariationsCreateParams",
        "InlineSkillParamParam",
        "InlineSkillSourceParamParam",
        "InputAudioInputAudioParam",
        "InputAudioParam",
        "InputFileContentDict",
        "InputFileContentParamParam",
        "InputImageContentParam",
        "InputImageContentParamAutoParamParam",
        "InputMessageParam",
        "InputTextContentDict",
        "InputTextContentParamParam",
        "InviteRequestProjectsItemParam",
        "ItemReferenceParamParam",
        "KeyPressActionParam",
        "ListAuditLogsEffectiveAtParam",
        "LocalEnvironmentParamParam",
        "LocalShellExecActionParam",
        "LocalShellToolCallOutputParam",
        "LocalShellToolCallParam",
        "LocalShellToolParamParam",
        "LocalSkillParamParam",
        "LogProbParam",
        "MCPApprovalRequestParam",
        "MCPApprovalResponseParam",
        "MCPListToolsParam",
        "MCPListToolsToolParam",
        "MCPProtocolErrorParam",
        "MCPToolCallParam",
        "MCPToolExecutionErrorParam",
        "MCPToolFilterParam",
        "MCPToolParam",
        "MCPToolRequireApprovalType0Type0Param",
        "MessageContentImageFileObjectImageFileParam",
        "MessageContentImageFileObjectParam",
        "MessageContentImageUrlObjectImageUrlParam",
        "MessageContentImageUrlObjectParam",
        "MessageRequestContentTextObjectParam",
        "ModelsDeleteParams",
        "ModelsListParams",
        "ModelsRetrieveParams",
        "ModerationConfigParamParam",
        "ModerationParamParam",
        "ModerationPolicyParamParam",
        "ModerationsCreateParams",
        "ModifyAssistantRequestToolResourcesType0CodeInterpreterParam",
        "ModifyAssistantRequestToolResourcesType0FileSearchParam",
        "ModifyAssistantRequestToolResourcesType0Param",
        "ModifyThreadRequestToolResourcesType0CodeInterpreterParam",
        "ModifyThreadRequestToolResourcesType0FileSearchParam",
        "ModifyThreadRequestToolResourcesType0Param",
        "MoveParamParam",
        "NamespaceToolParamParam",
        "OrganizationAdminApiKeysCreateParams",
        "OrganizationAdminApiKeysDeleteParams",
        "OrganizationAdminApiKeysListParams",
        "OrganizationAdminApiKeysRetrieveParams",
        "OrganizationAuditLogsListParams",
        "OrganizationCertificatesActivateParams",
        "OrganizationCertificatesCreateParams",
        "OrganizationCertificatesDeactivateParams",
        "OrganizationCertificatesDeleteParams",
        "OrganizationCertificatesListParams",
        "OrganizationCertificatesRetrieveParams",
        "OrganizationCertificatesUpdateParams",
        "OrganizationCostsListParams",
        "OrganizationDataRetentionCreateParams",
        "OrganizationDataRetentionRetrieveParams",
        "OrganizationGroupsCreateParams",
        "OrganizationGroupsDeleteParams",
        "OrganizationGroupsListParams",
        "OrganizationGroupsRetrieveParams",
        "OrganizationGroupsRolesCreateParams",
        "OrganizationGroupsRolesDeleteParams",
        "OrganizationGroupsRolesListParams",
        "OrganizationGroupsRolesRetrieveParams",
        "OrganizationGroupsUpdateParams",
        "OrganizationGroupsUsersCreateParams",
        "OrganizationGroupsUsersDeleteParams",
        "OrganizationGroupsUsersListParams",
        "OrganizationGroupsUsersRetrieveParams",
        "OrganizationInvitesCreateParams",
        "OrganizationInvitesDeleteParams",
        "OrganizationInvitesListParams",
        "OrganizationInvitesRetrieveParams",
        "OrganizationProjectsApiKeysDeleteParams",
        "OrganizationProjectsApiKeysListParams",
        "OrganizationProjectsApiKeysRetrieveParams",
        "OrganizationProjectsArchiveParams",
        "OrganizationProjectsCertificatesActivateCreateParams",
        "OrganizationProjectsCertificatesDeactivateCreateParams",
        "OrganizationProjectsCertificatesListParams",
        "OrganizationProjectsCreateParams",
        "OrganizationProjectsDataRetentionRetrieveParams",
        "OrganizationProjectsDataRetentionUpdateParams",
        "OrganizationProjectsGroupsCreateParams",
        "OrganizationProjectsGroupsDeleteParams",
        "OrganizationProjectsGroupsListParams",
        "OrganizationProjectsGroupsRetrieveParams",
        "OrganizationProjectsHostedToolPermissionsRetrieveParams",
        "OrganizationProjectsHostedToolPermissionsUpdateParams",
        "OrganizationProjectsListParams",
        "OrganizationProjectsModelPermissionsCreateParams",
        "OrganizationProjectsModelPermissionsDeleteParams",
        "OrganizationProjectsModelPermissionsRetrieveParams",
        "OrganizationProjectsRateLimitsListParams",
        "OrganizationProjectsRateLimitsUpdateParams",
        "OrganizationProjectsRetrieveParams",
        "OrganizationProjectsServiceAccountsApiKeysParams",
        "OrganizationProjectsServiceAccountsCreateParams",
        "OrganizationProjectsServiceAccountsDeleteParams",
        "OrganizationProjectsServiceAccountsListParams",
        "OrganizationProjectsServiceAccountsRetrieveParams",
        "OrganizationProjectsServiceAccountsUpdateParams",
        "OrganizationProjectsSpendAlertsCreateParams",
        "OrganizationProjectsSpendAlertsDeleteParams",
        "OrganizationProjectsSpendAlertsListParams",
        "OrganizationProjectsSpendAlertsRetrieveParams",
        "OrganizationProjectsSpendAlertsUpdateParams",
        "OrganizationProjectsSpendLimitCreateParams",
        "OrganizationProjectsSpendLimitDeleteParams",
        "OrganizationProjectsSpendLimitRetrieveParams",
        "OrganizationProjectsUpdateParams",
        "OrganizationProjectsUsersCreateParams",
        "OrganizationProjectsUsersDeleteParams",
        "OrganizationProjectsUsersListParams",
        "OrganizationProjectsUsersRetrieveParams",
        "OrganizationProjectsUsersUpdateParams",
        "OrganizationRolesCreateParams",
        "OrganizationRolesDeleteParams",
        "OrganizationRolesListParams",
        "OrganizationRolesRetrieveParams",
        "OrganizationRolesUpdateParams",
        "OrganizationSpendAlertsCreateParams",
        "OrganizationSpendAlertsDeleteParams",
        "OrganizationSpendAlertsListParams",
        "OrganizationSpendAlertsRetrieveParams",
        "OrganizationSpendAlertsUpdateParams",
        "OrganizationSpendLimitCreateParams",
        "OrganizationSpendLimitDeleteParams",
        "OrganizationSpendLimitRetrieveParams",
        "OrganizationUsageAudioSpeechesListParams",
        "OrganizationUsageAudioTranscriptionsListParams",
        "OrganizationUsageCodeInterpreterSessionsListParams",
        "OrganizationUsageCompletionsListParams",
        "OrganizationUsageEmbeddingsListParams",
        "OrganizationUsageFileSearchCallsListParams",
        "OrganizationUsageImagesListParams",
        "OrganizationUsageModerationsListParams",
        "OrganizationUsageVectorStoresListParams",
        "OrganizationUsageWebSearchCallsListParams",
        "OrganizationUsersDeleteParams",
        "OrganizationUsersListParams",
        "OrganizationUsersRetrieveParams",
        "OrganizationUsersRolesCreateParams",
        "OrganizationUsersRolesDeleteParams",
        "OrganizationUsersRolesListParams",
        "OrganizationUsersRolesRetrieveParams",
        "OrganizationUsersUpdateParams",
        "OutputMessageParam",
        "OutputTextContentParam",
        "PredictionContentParam",
        "ProgramItemParamParam",
        "ProgramOutputItemParamParam",
        "ProgramToolCallCallerDict",
        "ProgramToolCallCallerParamParam",
        "ProgrammaticToolCallingParamParam",
        "ProjectsGroupsRolesCreateParams",
        "ProjectsGroupsRolesDeleteParams",
        "ProjectsGroupsRolesListParams",
        "ProjectsGroupsRolesRetrieveParams",
        "ProjectsRolesCreateParams",
        "ProjectsRolesDeleteParams",
        "ProjectsRolesListParams",
        "ProjectsRolesRetrieveParams",
        "ProjectsRolesUpdateParams",
        "ProjectsUsersRolesCreateParams",
        "ProjectsUsersRolesDeleteParams",
        "ProjectsUsersRolesListParams",
        "ProjectsUsersRolesRetrieveParams",
        "PromptCacheBreakpointConfigParam",
        "PromptCacheBreakpointParamParam",
        "PromptCacheOptionsParamParam",
        "PromptType0Param",
        "RankingOptionsParam",
        "RateLimitsParamParam",
        "RealtimeAudioFormatsType0Param",
        "RealtimeAudioFormatsType1Param",
        "RealtimeAudioFormatsType2Param",
        "RealtimeCallsAcceptParams",
        "RealtimeCallsCreateParams",
        "RealtimeCallsHangupParams",
        "RealtimeCallsReferParams",
        "RealtimeCallsRejectParams",
        "RealtimeClientSecretsCreateParams",
        "RealtimeCreateClientSecretRequestExpiresAfterParam",
        "RealtimeFunctionToolParam",
        "RealtimeReasoningParam",
        "RealtimeSessionCreateRequestClientSecretParam",
        "RealtimeSessionCreateRequestGAAudioInputNoiseReductionParam",
        "RealtimeSessionCreateRequestGAAudioInputParam",
        "RealtimeSessionCreateRequestGAAudioOutputParam",
        "RealtimeSessionCreateRequestGAAudioParam",
        "RealtimeSessionCreateRequestGAParam",
        "RealtimeSessionCreateRequestGATracingType0Type1Param",
        "RealtimeSessionCreateRequestInputAudioTranscriptionParam",
        "RealtimeSessionCreateRequestToolsItemParam",
        "RealtimeSessionCreateRequestTracingType1Param",
        "RealtimeSessionCreateRequestTurnDetectionParam",
        "RealtimeSessionsCreateParams",
        "RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReductionParam",
        "RealtimeTranscriptionSessionCreateRequestGAAudioInputParam",
        "RealtimeTranscriptionSessionCreateRequestGAAudioParam",
        "RealtimeTranscriptionSessionCreateRequestGAParam",
        "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionParam",
        "RealtimeTranscriptionSessionCreateRequestTurnDetectionParam",
        "RealtimeTranscriptionSessionsCreateParams",
        "RealtimeTranslationClientSecretCreateRequestExpiresAfterParam",
        "RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0Param",
        "RealtimeTranslationSessionCreateRequestAudioInputParam",
        "RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0Param",
        "RealtimeTranslationSessionCreateRequestAudioOutputParam",
        "RealtimeTranslationSessionCreateRequestAudioParam",
        "RealtimeTranslationSessionCreateRequestParam",
        "RealtimeTranslationsClientSecretsCreateParams",
        "RealtimeTruncationType1Param",
        "RealtimeTruncationVariant1TokenLimitsParam",
        "RealtimeTurnDetectionType0Type0Param",
        "RealtimeTurnDetectionType0Type1Param",
        "ReasoningItemParam",
        "ReasoningParam",
        "ReasoningTextContentParam",
        "RefusalContentParam",
        "ResponseFormatJSONObjectParam",
        "ResponseFormatJSONSchemaParam",
        "ResponseFormatJsonObjectParam",
        "ResponseFormatJsonSchemaJsonSchemaParam",
        "ResponseFormatJsonSchemaParam",
        "ResponseFormatTextParam",
        "ResponseStreamOptionsType0Param",
        "ResponseTextParamParam",
        "ResponsesCancelParams",
        "ResponsesCompactParams",
        "ResponsesCreateParams",
        "ResponsesDeleteParams",
        "ResponsesInputItemsListParams",
        "ResponsesInputTokensCountParams",
        "ResponsesRetrieveParams",
        "ScreenshotParamParam",
        "ScrollParamParam",
        "SkillReferenceParamParam",
        "SkillsContentParams",
        "SkillsCreateParams",
        "SkillsDeleteParams",
        "SkillsListParams",
        "SkillsRetrieveParams",
        "SkillsUpdateParams",
        "SkillsVersionsContentParams",
        "SkillsVersionsCreateParams",
        "SkillsVersionsDeleteParams",
        "SkillsVersionsListParams",
        "SkillsVersionsRetrieveParams",
        "SpecificApplyPatchParamParam",
        "SpecificFunctionShellParamParam",
        "SpecificProgrammaticToolCallingParamParam",
        "SpendAlertNotificationChannelParam",
        "StaticChunkingStrategyParam",
        "StaticChunkingStrategyRequestParamParam",
        "SubmitToolOutputsRunRequestToolOutputsItemParam",
        "SummaryTextContentParam",
        "TextResponseFormatJsonSchemaParam",
        "ThreadsCreateAndRunParams",
        "ThreadsCreateParams",
        "ThreadsDeleteParams",
        "ThreadsMessagesCreateParams",
        "ThreadsMessagesDeleteParams",
        "ThreadsMessagesListParams",
        "ThreadsMessagesRetrieveParams",
        "ThreadsMessagesUpdateParams",
        "ThreadsRetrieveParams",
        "ThreadsRunsCancelParams",
        "ThreadsRunsCreateParams",
        "ThreadsRunsListParams",
        "ThreadsRunsRetrieveParams",
        "ThreadsRunsStepsListParams",
        "ThreadsRunsStepsRetrieveParams",
        "ThreadsRunsSubmitToolOutputsParams",
        "ThreadsRunsUpdateParams",
        "ThreadsUpdateParams",
        "ToolChoiceAllowedParam",
        "ToolChoiceCustomParam",
        "ToolChoiceFunctionParam",
        "ToolChoiceMCPParam",
        "ToolChoiceTypesParam",
        "ToolSearchCallItemParamParam",
        "ToolSearchOutputItemParamParam",
        "ToolSearchToolParamParam",
        "TopLogProbParam",
        "TruncationObjectParam",
        "TypeParamParam",
        "UploadsCancelParams",
        "UploadsCompleteParams",
        "UploadsCreateParams",
        "UploadsPartsCreateParams",
        "UrlCitationBodyParam",
        "VadConfigParam",
        "VectorStoreExpirationAfterParam",
        "VectorStoreSearchRequestRankingOptionsParam",
        "VectorStoresCreateParams",
        "VectorStoresDeleteParams",
        "VectorStoresFileBatchesCancelParams",
        "VectorStoresFileBatchesCreateParams",
        "VectorStoresFileBatchesFilesListParams",
        "VectorStoresFileBatchesRetrieveParams",
        "VectorStoresFilesContentParams",
        "VectorStoresFilesCreateParams",
        "VectorStoresFilesDeleteParams",
        "VectorStoresFilesListParams",
        "VectorStoresFilesRetrieveParams",
        "VectorStoresFilesUpdateParams",
        "VectorStoresListParams",
        "VectorStoresRetrieveParams",
        "VectorStoresSearchParams",
        "VectorStoresUpdateParams",
        "VideoReferenceInputParamParam",
        "VideosCharactersCreateParams",
        "VideosCharactersRetrieveParams",
        "VideosContentParams",
        "VideosCreateParams",
        "VideosDeleteParams",
        "VideosEditsCreateParams",
        "VideosExtensionsCreateParams",
        "VideosListParams",
        "VideosRemixParams",
        "VideosRetrieveParams",
        "VoiceIdsOrCustomVoiceType1Param",
        "WaitParamParam",
        "WebSearchActionFindParam",
        "WebSearchActionOpenPageParam",
        "WebSearchActionSearchParam",
        "WebSearchActionSearchSourcesItemParam",
        "WebSearchApproximateLocationType0Param",
        "WebSearchLocationParam",
        "WebSearchPreviewToolParam",
        "WebSearchToolCallParam",
        "WebSearchToolFiltersType0Param",
        "WebSearchToolParam",
        "WorkflowParamParam",
        "WorkflowTracingParamParam",
    }
)
"""The names params.py defines (everything else here is a model)."""


def __getattr__(name: str) -> Any:
    if name in PARAMS:
        return getattr(importlib.import_module(".params", __package__), name)
    models = importlib.import_module(".models", __package__)
    try:
        return getattr(models, name)
    except AttributeError:
        raise AttributeError(f"openai_core.types has no type {name!r}") from None


def names() -> list[str]:
    """Every name this module exports."""
    models = importlib.import_module(".models", __package__)
    return sorted({*PARAMS, *models.__all__})
