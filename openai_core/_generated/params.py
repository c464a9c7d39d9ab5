# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Request TypedDicts: what request bodies take, key by key (500 schemas), and the
keywords of every operation's namespace method (288 operations).

`<Schema>Param` types a JSON object of the schema `<Schema>` (required keys as the spec says);
`<Operation>Params` lists the body fields and query parameters an operation's method takes as
keywords (`client.chat.completions.create(**fields: Unpack[ChatCompletionsCreateParams])`).
At runtime they are plain dicts; import them from `openai_core.types`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict

if TYPE_CHECKING:
    from typing import TypeAlias

    from typing_extensions import NotRequired

    from .builders._base import FileInput

__all__ = [
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
    "AssistantsNamedToolChoiceFunctionParam",
    "AssistantsNamedToolChoiceParam",
    "AudioTranscriptionParam",
    "AutoChunkingStrategyRequestParamParam",
    "AutoCodeInterpreterToolParamParam",
    "AutomaticThreadTitlingParamParam",
    "BatchFileExpirationAfterParam",
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
    "ChatCompletionCreateParamsAudioType0Param",
    "ChatCompletionCreateParamsWebSearchOptionsParam",
    "ChatCompletionCreateParamsWebSearchOptionsUserLocationType0Param",
    "ChatCompletionFunctionCallOptionParam",
    "ChatCompletionFunctionsParam",
    "ChatCompletionMessageCustomToolCallCustomParam",
    "ChatCompletionMessageCustomToolCallParam",
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
    "ChatCompletionStreamOptionsType0Param",
    "ChatCompletionToolParam",
    "ChatkitConfigurationParamParam",
    "ClickParamParam",
    "CodeInterpreterOutputImageParam",
    "CodeInterpreterOutputLogsParam",
    "CodeInterpreterToolCallParam",
    "CodeInterpreterToolParam",
    "CompactionSummaryItemParamParam",
    "CompactionTriggerItemParamParam",
    "ComparisonFilterParam",
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
    "ContextManagementParamParam",
    "ConversationParam2Param",
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
    "ExpiresAfterParamParam",
    "FileCitationBodyParam",
    "FileExpirationAfterParam",
    "FilePathParam",
    "FileSearchRankingOptionsParam",
    "FileSearchToolCallParam",
    "FileSearchToolCallResultsType0ItemParam",
    "FileSearchToolParam",
    "FileUploadParamParam",
    "FineTuneDPOHyperparametersParam",
    "FineTuneDPOMethodParam",
    "FineTuneMethodParam",
    "FineTuneReinforcementHyperparametersParam",
    "FineTuneReinforcementMethodParam",
    "FineTuneSupervisedHyperparametersParam",
    "FineTuneSupervisedMethodParam",
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
    "ModerationConfigParamParam",
    "ModerationParamParam",
    "ModerationPolicyParamParam",
    "ModifyAssistantRequestToolResourcesType0CodeInterpreterParam",
    "ModifyAssistantRequestToolResourcesType0FileSearchParam",
    "ModifyAssistantRequestToolResourcesType0Param",
    "ModifyThreadRequestToolResourcesType0CodeInterpreterParam",
    "ModifyThreadRequestToolResourcesType0FileSearchParam",
    "ModifyThreadRequestToolResourcesType0Param",
    "MoveParamParam",
    "NamespaceToolParamParam",
    "OutputMessageParam",
    "OutputTextContentParam",
    "PredictionContentParam",
    "ProgramItemParamParam",
    "ProgramOutputItemParamParam",
    "ProgramToolCallCallerDict",
    "ProgramToolCallCallerParamParam",
    "ProgrammaticToolCallingParamParam",
    "PromptCacheBreakpointConfigParam",
    "PromptCacheBreakpointParamParam",
    "PromptCacheOptionsParamParam",
    "PromptType0Param",
    "RankingOptionsParam",
    "RateLimitsParamParam",
    "RealtimeAudioFormatsType0Param",
    "RealtimeAudioFormatsType1Param",
    "RealtimeAudioFormatsType2Param",
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
    "RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReductionParam",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInputParam",
    "RealtimeTranscriptionSessionCreateRequestGAAudioParam",
    "RealtimeTranscriptionSessionCreateRequestGAParam",
    "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionParam",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionParam",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfterParam",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0Param",
    "RealtimeTranslationSessionCreateRequestAudioInputParam",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0Param",
    "RealtimeTranslationSessionCreateRequestAudioOutputParam",
    "RealtimeTranslationSessionCreateRequestAudioParam",
    "RealtimeTranslationSessionCreateRequestParam",
    "RealtimeTruncationType1Param",
    "RealtimeTruncationVariant1TokenLimitsParam",
    "RealtimeTurnDetectionType0Type0Param",
    "RealtimeTurnDetectionType0Type1Param",
    "ReasoningItemParam",
    "ReasoningParam",
    "ReasoningTextContentParam",
    "RefusalContentParam",
    "ResponseFormatJsonObjectParam",
    "ResponseFormatJsonSchemaJsonSchemaParam",
    "ResponseFormatJsonSchemaParam",
    "ResponseFormatTextParam",
    "ResponseStreamOptionsType0Param",
    "ResponseTextParamParam",
    "ScreenshotParamParam",
    "ScrollParamParam",
    "SkillReferenceParamParam",
    "SpecificApplyPatchParamParam",
    "SpecificFunctionShellParamParam",
    "SpecificProgrammaticToolCallingParamParam",
    "SpendAlertNotificationChannelParam",
    "StaticChunkingStrategyParam",
    "StaticChunkingStrategyRequestParamParam",
    "SubmitToolOutputsRunRequestToolOutputsItemParam",
    "SummaryTextContentParam",
    "TextResponseFormatJsonSchemaParam",
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
    "UrlCitationBodyParam",
    "VadConfigParam",
    "VectorStoreExpirationAfterParam",
    "VectorStoreSearchRequestRankingOptionsParam",
    "VideoReferenceInputParamParam",
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
    "AssistantsCreateParams",
    "AssistantsDeleteParams",
    "AssistantsListParams",
    "AssistantsRetrieveParams",
    "AssistantsUpdateParams",
    "AudioSpeechCreateParams",
    "AudioTranscriptionsCreateParams",
    "AudioTranslationsCreateParams",
    "AudioVoiceConsentsCreateParams",
    "AudioVoiceConsentsDeleteParams",
    "AudioVoiceConsentsListParams",
    "AudioVoiceConsentsRetrieveParams",
    "AudioVoiceConsentsUpdateParams",
    "AudioVoicesCreateParams",
    "BatchesCancelParams",
    "BatchesCreateParams",
    "BatchesListParams",
    "BatchesRetrieveParams",
    "BetaResponsesCancelParams",
    "BetaResponsesCompactParams",
    "BetaResponsesCreateParams",
    "BetaResponsesDeleteParams",
    "BetaResponsesInputItemsListParams",
    "BetaResponsesInputTokensCountParams",
    "BetaResponsesRetrieveParams",
    "ChatCompletionsCreateParams",
    "ChatCompletionsDeleteParams",
    "ChatCompletionsListParams",
    "ChatCompletionsMessagesListParams",
    "ChatCompletionsRetrieveParams",
    "ChatCompletionsUpdateParams",
    "ChatkitSessionsCancelParams",
    "ChatkitSessionsCreateParams",
    "ChatkitThreadsDeleteParams",
    "ChatkitThreadsItemsListParams",
    "ChatkitThreadsListParams",
    "ChatkitThreadsRetrieveParams",
    "CompletionsCreateParams",
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
    "ConversationsCreateParams",
    "ConversationsDeleteParams",
    "ConversationsItemsCreateParams",
    "ConversationsItemsDeleteParams",
    "ConversationsItemsListParams",
    "ConversationsItemsRetrieveParams",
    "ConversationsRetrieveParams",
    "ConversationsUpdateParams",
    "EmbeddingsCreateParams",
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
    "FilesContentParams",
    "FilesCreateParams",
    "FilesDeleteParams",
    "FilesListParams",
    "FilesRetrieveParams",
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
    "ImagesEditsCreateParams",
    "ImagesGenerationsCreateParams",
    "ImagesVariationsCreateParams",
    "ModelsDeleteParams",
    "ModelsListParams",
    "ModelsRetrieveParams",
    "ModerationsCreateParams",
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
    "RealtimeCallsAcceptParams",
    "RealtimeCallsCreateParams",
    "RealtimeCallsHangupParams",
    "RealtimeCallsReferParams",
    "RealtimeCallsRejectParams",
    "RealtimeClientSecretsCreateParams",
    "RealtimeSessionsCreateParams",
    "RealtimeTranscriptionSessionsCreateParams",
    "RealtimeTranslationsClientSecretsCreateParams",
    "ResponsesCancelParams",
    "ResponsesCompactParams",
    "ResponsesCreateParams",
    "ResponsesDeleteParams",
    "ResponsesInputItemsListParams",
    "ResponsesInputTokensCountParams",
    "ResponsesRetrieveParams",
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
    "ThreadsCreateParams",
    "ThreadsCreateAndRunParams",
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
    "UploadsCancelParams",
    "UploadsCompleteParams",
    "UploadsCreateParams",
    "UploadsPartsCreateParams",
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
    "ChatCompletionMessageParam",
    "ChatCompletionDeveloperMessageParam",
    "ChatCompletionSystemMessageParam",
    "ChatCompletionUserMessageParam",
    "ChatCompletionAssistantMessageParam",
    "ChatCompletionToolMessageParam",
    "ChatCompletionFunctionMessageParam",
    "ChatCompletionContentPartTextParam",
    "ChatCompletionContentPartImageParam",
    "ChatCompletionContentPartInputAudioParam",
    "ChatCompletionContentPartFileParam",
    "ChatCompletionContentPartParam",
    "ChatCompletionToolChoiceOptionParam",
    "ChatCompletionStreamOptionsParam",
    "ResponseFormatJSONObjectParam",
    "ResponseFormatJSONSchemaParam",
    "ChatCompletionResponseFormatParam",
]


class AdditionalToolsItemParamParam(TypedDict, total=True):
    """Keys of `AdditionalToolsItemParam`."""

    type: Literal["additional_tools"]

    role: Literal["developer"]

    tools: Sequence[
        FunctionToolDict
        | FileSearchToolParam
        | ComputerToolParam
        | ComputerUsePreviewToolParam
        | WebSearchToolParam
        | MCPToolParam
        | CodeInterpreterToolParam
        | ProgrammaticToolCallingParamParam
        | ImageGenToolParam
        | LocalShellToolParamParam
        | FunctionShellToolParamParam
        | CustomToolParamParam
        | NamespaceToolParamParam
        | ToolSearchToolParamParam
        | WebSearchPreviewToolParam
        | ApplyPatchToolParamParam
    ]

    id: NotRequired[str | None]


class ApplyPatchCreateFileOperationParamParam(TypedDict, total=True):
    """Keys of `ApplyPatchCreateFileOperationParam`."""

    type: Literal["create_file"]

    path: str

    diff: str


class ApplyPatchDeleteFileOperationParamParam(TypedDict, total=True):
    """Keys of `ApplyPatchDeleteFileOperationParam`."""

    type: Literal["delete_file"]

    path: str


class ApplyPatchToolCallItemParamParam(TypedDict, total=True):
    """Keys of `ApplyPatchToolCallItemParam`."""

    type: Literal["apply_patch_call"]

    call_id: str

    status: Literal["completed", "in_progress"] | str

    operation: (
        ApplyPatchCreateFileOperationParamParam
        | ApplyPatchDeleteFileOperationParamParam
        | ApplyPatchUpdateFileOperationParamParam
    )

    id: NotRequired[str | None]

    caller: NotRequired[DirectToolCallCallerParamParam | ProgramToolCallCallerParamParam | None]


class ApplyPatchToolCallOutputItemParamParam(TypedDict, total=True):
    """Keys of `ApplyPatchToolCallOutputItemParam`."""

    type: Literal["apply_patch_call_output"]

    call_id: str

    status: Literal["completed", "failed"] | str

    id: NotRequired[str | None]

    caller: NotRequired[DirectToolCallCallerParamParam | ProgramToolCallCallerParamParam | None]

    output: NotRequired[str | None]


class ApplyPatchToolParamParam(TypedDict, total=True):
    """Keys of `ApplyPatchToolParam`."""

    type: Literal["apply_patch"]

    allowed_callers: NotRequired[Sequence[Literal["direct", "programmatic"] | str] | None]


class ApplyPatchUpdateFileOperationParamParam(TypedDict, total=True):
    """Keys of `ApplyPatchUpdateFileOperationParam`."""

    type: Literal["update_file"]

    path: str

    diff: str


class ApproximateLocationParam(TypedDict, total=True):
    """Keys of `ApproximateLocation`."""

    type: Literal["approximate"]

    country: NotRequired[str | None]

    region: NotRequired[str | None]

    city: NotRequired[str | None]

    timezone: NotRequired[str | None]


class AssistantToolsCodeParam(TypedDict, total=True):
    """Keys of `AssistantToolsCode`."""

    type: Literal["code_interpreter"]


class AssistantToolsFileSearchFileSearchParam(TypedDict, total=True):
    """Keys of `AssistantToolsFileSearchFileSearch`."""

    max_num_results: NotRequired[int]

    ranking_options: NotRequired[FileSearchRankingOptionsParam]


class AssistantToolsFileSearchParam(TypedDict, total=True):
    """Keys of `AssistantToolsFileSearch`."""

    type: Literal["file_search"]

    file_search: NotRequired[AssistantToolsFileSearchFileSearchParam]


class AssistantToolsFileSearchTypeOnlyParam(TypedDict, total=True):
    """Keys of `AssistantToolsFileSearchTypeOnly`."""

    type: Literal["file_search"]


class AssistantToolsFunctionParam(TypedDict, total=True):
    """Keys of `AssistantToolsFunction`."""

    type: Literal["function"]

    function: FunctionObjectParam


class AssistantsNamedToolChoiceFunctionParam(TypedDict, total=True):
    """Keys of `AssistantsNamedToolChoiceFunction`."""

    name: str


class AssistantsNamedToolChoiceParam(TypedDict, total=True):
    """Keys of `AssistantsNamedToolChoice`."""

    type: Literal["code_interpreter", "file_search", "function"] | str

    function: NotRequired[AssistantsNamedToolChoiceFunctionParam]


class AudioTranscriptionParam(TypedDict, total=True):
    """Keys of `AudioTranscription`."""

    model: NotRequired[str]

    language: NotRequired[str]

    languages: NotRequired[Sequence[str]]

    keywords: NotRequired[Sequence[str]]

    prompt: NotRequired[str]

    delay: NotRequired[Literal["high", "low", "medium", "minimal", "xhigh"] | str]


class AutoChunkingStrategyRequestParamParam(TypedDict, total=True):
    """Keys of `AutoChunkingStrategyRequestParam`."""

    type: Literal["auto"]


class AutoCodeInterpreterToolParamParam(TypedDict, total=True):
    """Keys of `AutoCodeInterpreterToolParam`."""

    type: Literal["auto"]

    file_ids: NotRequired[Sequence[str]]

    memory_limit: NotRequired[Literal["16g", "1g", "4g", "64g"] | str | None]

    network_policy: NotRequired[
        ContainerNetworkPolicyDisabledParamParam | ContainerNetworkPolicyAllowlistParamParam
    ]


class AutomaticThreadTitlingParamParam(TypedDict, total=True):
    """Keys of `AutomaticThreadTitlingParam`."""

    enabled: NotRequired[bool]


class BatchFileExpirationAfterParam(TypedDict, total=True):
    """Keys of `BatchFileExpirationAfter`."""

    anchor: Literal["created_at"]

    seconds: int


class BetaAdditionalToolsItemParamParam(TypedDict, total=True):
    """Keys of `BetaAdditionalToolsItemParam`."""

    type: Literal["additional_tools"]

    role: Literal["developer"]

    tools: Sequence[
        BetaFunctionToolDict
        | BetaFileSearchToolParam
        | BetaComputerToolParam
        | BetaComputerUsePreviewToolParam
        | BetaWebSearchToolParam
        | BetaMCPToolParam
        | BetaCodeInterpreterToolParam
        | BetaProgrammaticToolCallingParamParam
        | BetaImageGenToolParam
        | BetaLocalShellToolParamParam
        | BetaFunctionShellToolParamParam
        | BetaCustomToolParamParam
        | BetaNamespaceToolParamParam
        | BetaToolSearchToolParamParam
        | BetaWebSearchPreviewToolParam
        | BetaApplyPatchToolParamParam
    ]

    agent: NotRequired[BetaAgentTagParamParam | None]

    id: NotRequired[str | None]


class BetaAgentMessageItemParamParam(TypedDict, total=True):
    """Keys of `BetaAgentMessageItemParam`."""

    type: Literal["agent_message"]

    author: str

    recipient: str

    content: Sequence[
        BetaInputTextContentParamParam
        | BetaInputImageContentParamAutoParamParam
        | BetaEncryptedContentParamParam
    ]

    agent: NotRequired[BetaAgentTagParamParam | None]

    id: NotRequired[str | None]


class BetaAgentTagDict(TypedDict, total=True):
    """Keys of `BetaAgentTag`."""

    agent_name: str


class BetaAgentTagParamParam(TypedDict, total=True):
    """Keys of `BetaAgentTagParam`."""

    agent_name: str


class BetaApplyPatchCreateFileOperationParamParam(TypedDict, total=True):
    """Keys of `BetaApplyPatchCreateFileOperationParam`."""

    type: Literal["create_file"]

    path: str

    diff: str


class BetaApplyPatchDeleteFileOperationParamParam(TypedDict, total=True):
    """Keys of `BetaApplyPatchDeleteFileOperationParam`."""

    type: Literal["delete_file"]

    path: str


class BetaApplyPatchToolCallItemParamParam(TypedDict, total=True):
    """Keys of `BetaApplyPatchToolCallItemParam`."""

    type: Literal["apply_patch_call"]

    call_id: str

    status: Literal["completed", "in_progress"] | str

    operation: (
        BetaApplyPatchCreateFileOperationParamParam
        | BetaApplyPatchDeleteFileOperationParamParam
        | BetaApplyPatchUpdateFileOperationParamParam
    )

    agent: NotRequired[BetaAgentTagParamParam | None]

    id: NotRequired[str | None]

    caller: NotRequired[
        BetaDirectToolCallCallerParamParam | BetaProgramToolCallCallerParamParam | None
    ]


class BetaApplyPatchToolCallOutputItemParamParam(TypedDict, total=True):
    """Keys of `BetaApplyPatchToolCallOutputItemParam`."""

    type: Literal["apply_patch_call_output"]

    call_id: str

    status: Literal["completed", "failed"] | str

    agent: NotRequired[BetaAgentTagParamParam | None]

    id: NotRequired[str | None]

    caller: NotRequired[
        BetaDirectToolCallCallerParamParam | BetaProgramToolCallCallerParamParam | None
    ]

    output: NotRequired[str | None]


class BetaApplyPatchToolParamParam(TypedDict, total=True):
    """Keys of `BetaApplyPatchToolParam`."""

    type: Literal["apply_patch"]

    allowed_callers: NotRequired[Sequence[Literal["direct", "programmatic"] | str] | None]


class BetaApplyPatchUpdateFileOperationParamParam(TypedDict, total=True):
    """Keys of `BetaApplyPatchUpdateFileOperationParam`."""

    type: Literal["update_file"]

    path: str

    diff: str


class BetaApproximateLocationParam(TypedDict, total=True):
    """Keys of `BetaApproximateLocation`."""

    type: Literal["approximate"]

    country: NotRequired[str | None]

    region: NotRequired[str | None]

    city: NotRequired[str | None]

    timezone: NotRequired[str | None]


class BetaAutoCodeInterpreterToolParamParam(TypedDict, total=True):
    """Keys of `BetaAutoCodeInterpreterToolParam`."""

    type: Literal["auto"]

    file_ids: NotRequired[Sequence[str]]

    memory_limit: NotRequired[Literal["16g", "1g", "4g", "64g"] | str | None]

    network_policy: NotRequired[
        BetaContainerNetworkPolicyDisabledParamParam | BetaContainerNetworkPolicyAllowlistParamParam
    ]


class BetaClickParamParam(TypedDict, total=True):
    """Keys of `BetaClickParam`."""

    type: Literal["click"]

    button: Literal["back", "forward", "left", "right", "wheel"] | str

    x: int

    y: int

    keys: NotRequired[Sequence[str] | None]


class BetaCodeInterpreterOutputImageParam(TypedDict, total=True):
    """Keys of `BetaCodeInterpreterOutputImage`."""

    type: Literal["image"]

    url: str


class BetaCodeInterpreterOutputLogsParam(TypedDict, total=True):
    """Keys of `BetaCodeInterpreterOutputLogs`."""

    type: Literal["logs"]

    logs: str


class BetaCodeInterpreterToolCallParam(TypedDict, total=True):
    """Keys of `BetaCodeInterpreterToolCall`."""

    type: Literal["code_interpreter_call"]

    id: str

    status: Literal["completed", "failed", "in_progress", "incomplete", "interpreting"] | str

    container_id: str

    agent: NotRequired[BetaAgentTagDict | None]

    code: NotRequired[str | None]

    outputs: NotRequired[
        Sequence[BetaCodeInterpreterOutputLogsParam | BetaCodeInterpreterOutputImageParam] | None
    ]


class BetaCodeInterpreterToolParam(TypedDict, total=True):
    """Keys of `BetaCodeInterpreterTool`."""

    type: Literal["code_interpreter"]

    container: str | BetaAutoCodeInterpreterToolParamParam

    allowed_callers: NotRequired[Sequence[Literal["direct", "programmatic"] | str] | None]


class BetaCompactionSummaryItemParamParam(TypedDict, total=True):
    """Keys of `BetaCompactionSummaryItemParam`."""

    type: Literal["compaction"]

    encrypted_content: str

    agent: NotRequired[BetaAgentTagParamParam | None]

    id: NotRequired[str | None]


class BetaCompactionTriggerItemParamParam(TypedDict, total=True):
    """Keys of `BetaCompactionTriggerItemParam`."""

    type: Literal["compaction_trigger"]

    agent: NotRequired[BetaAgentTagParamParam | None]


class BetaComparisonFilterParam(TypedDict, total=True):
    """Keys of `BetaComparisonFilter`."""

    type: Literal["eq", "gt", "gte", "in", "lt", "lte", "ne", "nin"] | str

    key: str

    value: str | float | bool | Sequence[str | float]


class BetaCompoundFilterParam(TypedDict, total=True):
    """Keys of `BetaCompoundFilter`."""

    type: Literal["and", "or"] | str

    filters: Sequence[Any]


class BetaComputerCallOutputItemParamParam(TypedDict, total=True):
    """Keys of `BetaComputerCallOutputItemParam`."""

    call_id: str

    type: Literal["computer_call_output"]

    output: BetaComputerScreenshotImageParam

    agent: NotRequired[BetaAgentTagParamParam | None]

    id: NotRequired[str | None]

    acknowledged_safety_checks: NotRequired[Sequence[BetaComputerCallSafetyCheckParamParam] | None]

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str | None]


class BetaComputerCallSafetyCheckParamParam(TypedDict, total=True):
    """Keys of `BetaComputerCallSafetyCheckParam`."""

    id: str

    code: NotRequired[str | None]

    message: NotRequired[str | None]


class BetaComputerScreenshotImageParam(TypedDict, total=True):
    """Keys of `BetaComputerScreenshotImage`."""

    type: Literal["computer_screenshot"]

    image_url: NotRequired[str]

    file_id: NotRequired[str]


class BetaComputerToolCallParam(TypedDict, total=True):
    """Keys of `BetaComputerToolCall`."""

    type: Literal["computer_call"]

    id: str

    call_id: str

    pending_safety_checks: Sequence[BetaComputerCallSafetyCheckParamParam]

    status: Literal["completed", "in_progress", "incomplete"] | str

    agent: NotRequired[BetaAgentTagDict | None]

    action: NotRequired[
        BetaClickParamParam
        | BetaDoubleClickActionParam
        | BetaDragParamParam
        | BetaKeyPressActionParam
        | BetaMoveParamParam
        | BetaScreenshotParamParam
        | BetaScrollParamParam
        | BetaTypeParamParam
        | BetaWaitParamParam
    ]

    actions: NotRequired[
        Sequence[
            BetaClickParamParam
            | BetaDoubleClickActionParam
            | BetaDragParamParam
            | BetaKeyPressActionParam
            | BetaMoveParamParam
            | BetaScreenshotParamParam
            | BetaScrollParamParam
            | BetaTypeParamParam
            | BetaWaitParamParam
        ]
    ]


class BetaComputerToolParam(TypedDict, total=True):
    """Keys of `BetaComputerTool`."""

    type: Literal["computer"]


class BetaComputerUsePreviewToolParam(TypedDict, total=True):
    """Keys of `BetaComputerUsePreviewTool`."""

    type: Literal["computer_use_preview"]

    environment: Literal["browser", "linux", "mac", "ubuntu", "windows"] | str

    display_width: int

    display_height: int


class BetaContainerAutoParamParam(TypedDict, total=True):
    """Keys of `BetaContainerAutoParam`."""

    type: Literal["container_auto"]

    file_ids: NotRequired[Sequence[str]]

    memory_limit: NotRequired[Literal["16g", "1g", "4g", "64g"] | str | None]

    network_policy: NotRequired[
        BetaContainerNetworkPolicyDisabledParamParam | BetaContainerNetworkPolicyAllowlistParamParam
    ]

    skills: NotRequired[Sequence[BetaSkillReferenceParamParam | BetaInlineSkillParamParam]]


class BetaContainerFileCitationBodyParam(TypedDict, total=True):
    """Keys of `BetaContainerFileCitationBody`."""

    type: Literal["container_file_citation"]

    container_id: str

    file_id: str

    start_index: int

    end_index: int

    filename: str


class BetaContainerFileCitationParamParam(TypedDict, total=True):
    """Keys of `BetaContainerFileCitationParam`."""

    type: Literal["container_file_citation"]

    start_index: int

    end_index: int

    container_id: str

    file_id: str

    filename: str


class BetaContainerNetworkPolicyAllowlistParamParam(TypedDict, total=True):
    """Keys of `BetaContainerNetworkPolicyAllowlistParam`."""

    type: Literal["allowlist"]

    allowed_domains: Sequence[str]

    domain_secrets: NotRequired[Sequence[BetaContainerNetworkPolicyDomainSecretParamParam]]


class BetaContainerNetworkPolicyDisabledParamParam(TypedDict, total=True):
    """Keys of `BetaContainerNetworkPolicyDisabledParam`."""

    type: Literal["disabled"]


class BetaContainerNetworkPolicyDomainSecretParamParam(TypedDict, total=True):
    """Keys of `BetaContainerNetworkPolicyDomainSecretParam`."""

    domain: str

    name: str

    value: str


class BetaContainerReferenceParamParam(TypedDict, total=True):
    """Keys of `BetaContainerReferenceParam`."""

    type: Literal["container_reference"]

    container_id: str


class BetaContextManagementParamParam(TypedDict, total=True):
    """Keys of `BetaContextManagementParam`."""

    type: str

    compact_threshold: NotRequired[int | None]


class BetaConversationParam2Param(TypedDict, total=True):
    """Keys of `BetaConversationParam2`."""

    id: str


class BetaCoordParamParam(TypedDict, total=True):
    """Keys of `BetaCoordParam`."""

    x: int

    y: int


class BetaCustomGrammarFormatParamParam(TypedDict, total=True):
    """Keys of `BetaCustomGrammarFormatParam`."""

    type: Literal["grammar"]

    syntax: Literal["lark", "regex"] | str

    definition: str


class BetaCustomTextFormatParamParam(TypedDict, total=True):
    """Keys of `BetaCustomTextFormatParam`."""

    type: Literal["text"]


class BetaCustomToolCallOutputParam(TypedDict, total=True):
    """Keys of `BetaCustomToolCallOutput`."""

    type: Literal["custom_tool_call_output"]

    call_id: str

    output: (
        str
        | Sequence[BetaInputTextContentDict | BetaInputImageContentParam | BetaInputFileContentDict]
    )

    agent: NotRequired[BetaAgentTagDict | None]

    id: NotRequired[str]

    caller: NotRequired[
        BetaDirectToolCallCallerParamParam | BetaProgramToolCallCallerParamParam | None
    ]


class BetaCustomToolCallParam(TypedDict, total=True):
    """Keys of `BetaCustomToolCall`."""

    type: Literal["custom_tool_call"]

    call_id: str

    name: str

    input: str

    agent: NotRequired[BetaAgentTagDict | None]

    id: NotRequired[str]

    caller: NotRequired[BetaDirectToolCallCallerDict | BetaProgramToolCallCallerDict | None]

    namespace: NotRequired[str]


class BetaCustomToolParamParam(TypedDict, total=True):
    """Keys of `BetaCustomToolParam`."""

    type: Literal["custom"]

    name: str

    description: NotRequired[str]

    format: NotRequired[BetaCustomTextFormatParamParam | BetaCustomGrammarFormatParamParam]

    defer_loading: NotRequired[bool]

    allowed_callers: NotRequired[Sequence[Literal["direct", "programmatic"] | str] | None]


class BetaDirectToolCallCallerDict(TypedDict, total=True):
    """Keys of `BetaDirectToolCallCaller`."""

    type: Literal["direct"]


class BetaDirectToolCallCallerParamParam(TypedDict, total=True):
    """Keys of `BetaDirectToolCallCallerParam`."""

    type: Literal["direct"]


class BetaDoubleClickActionParam(TypedDict, total=True):
    """Keys of `BetaDoubleClickAction`."""

    type: Literal["double_click"]

    x: int

    y: int

    keys: NotRequired[Sequence[str] | None]


class BetaDragParamParam(TypedDict, total=True):
    """Keys of `BetaDragParam`."""

    type: Literal["drag"]

    path: Sequence[BetaCoordParamParam]

    keys: NotRequired[Sequence[str] | None]


class BetaEasyInputMessageParam(TypedDict, total=True):
    """Keys of `BetaEasyInputMessage`."""

    role: Literal["assistant", "developer", "system", "user"] | str

    content: (
        str
        | Sequence[BetaInputTextContentDict | BetaInputImageContentParam | BetaInputFileContentDict]
    )

    phase: NotRequired[Literal["commentary", "final_answer"] | str | None]

    type: NotRequired[Literal["message"]]


class BetaEncryptedContentParamParam(TypedDict, total=True):
    """Keys of `BetaEncryptedContentParam`."""

    type: Literal["encrypted_content"]

    encrypted_content: str


class BetaFileCitationBodyParam(TypedDict, total=True):
    """Keys of `BetaFileCitationBody`."""

    type: Literal["file_citation"]

    file_id: str

    index: int

    filename: str


class BetaFileCitationParamParam(TypedDict, total=True):
    """Keys of `BetaFileCitationParam`."""

    type: Literal["file_citation"]

    index: int

    file_id: str

    filename: str


class BetaFilePathParam(TypedDict, total=True):
    """Keys of `BetaFilePath`."""

    type: Literal["file_path"]

    file_id: str

    index: int


class BetaFileSearchToolCallParam(TypedDict, total=True):
    """Keys of `BetaFileSearchToolCall`."""

    id: str

    type: Literal["file_search_call"]

    status: Literal["completed", "failed", "in_progress", "incomplete", "searching"] | str

    queries: Sequence[str]

    agent: NotRequired[BetaAgentTagDict | None]

    results: NotRequired[Sequence[BetaFileSearchToolCallResultsType0ItemParam] | None]


class BetaFileSearchToolCallResultsType0ItemParam(TypedDict, total=True):
    """Keys of `BetaFileSearchToolCallResultsType0Item`."""

    file_id: NotRequired[str]

    text: NotRequired[str]

    filename: NotRequired[str]

    attributes: NotRequired[Mapping[str, str | float | bool] | None]

    score: NotRequired[float]


class BetaFileSearchToolParam(TypedDict, total=True):
    """Keys of `BetaFileSearchTool`."""

    type: Literal["file_search"]

    vector_store_ids: Sequence[str]

    max_num_results: NotRequired[int]

    ranking_options: NotRequired[BetaRankingOptionsParam]

    filters: NotRequired[BetaComparisonFilterParam | BetaCompoundFilterParam | None]


class BetaFunctionCallOutputItemParamParam(TypedDict, total=True):
    """Keys of `BetaFunctionCallOutputItemParam`."""

    type: Literal["function_call_output"]

    output: (
        str
        | Sequence[
            BetaInputTextContentParamParam
            | BetaInputImageContentParamAutoParamParam
            | BetaInputFileContentParamParam
        ]
    )

    agent: NotRequired[BetaAgentTagParamParam | None]

    id: NotRequired[str | None]

    call_id: NotRequired[str | None]

    name: NotRequired[str | None]

    namespace: NotRequired[str | None]

    caller: NotRequired[
        BetaDirectToolCallCallerParamParam | BetaProgramToolCallCallerParamParam | None
    ]

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str | None]


class BetaFunctionShellActionParamParam(TypedDict, total=True):
    """Keys of `BetaFunctionShellActionParam`."""

    commands: Sequence[str]

    timeout_ms: NotRequired[int | None]

    max_output_length: NotRequired[int | None]


class BetaFunctionShellCallItemParamParam(TypedDict, total=True):
    """Keys of `BetaFunctionShellCallItemParam`."""

    call_id: str

    type: Literal["shell_call"]

    action: BetaFunctionShellActionParamParam

    agent: NotRequired[BetaAgentTagParamParam | None]

    id: NotRequired[str | None]

    caller: NotRequired[
        BetaDirectToolCallCallerParamParam | BetaProgramToolCallCallerParamParam | None
    ]

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str | None]

    environment: NotRequired[
        BetaLocalEnvironmentParamParam | BetaContainerReferenceParamParam | None
    ]


class BetaFunctionShellCallOutputContentParamParam(TypedDict, total=True):
    """Keys of `BetaFunctionShellCallOutputContentParam`."""

    stdout: str

    stderr: str

    outcome: (
        BetaFunctionShellCallOutputTimeoutOutcomeParamParam
        | BetaFunctionShellCallOutputExitOutcomeParamParam
    )


class BetaFunctionShellCallOutputExitOutcomeParamParam(TypedDict, total=True):
    """Keys of `BetaFunctionShellCallOutputExitOutcomeParam`."""

    type: Literal["exit"]

    exit_code: int


class BetaFunctionShellCallOutputItemParamParam(TypedDict, total=True):
    """Keys of `BetaFunctionShellCallOutputItemParam`."""

    call_id: str

    type: Literal["shell_call_output"]

    output: Sequence[BetaFunctionShellCallOutputContentParamParam]

    agent: NotRequired[BetaAgentTagParamParam | None]

    id: NotRequired[str | None]

    caller: NotRequired[
        BetaDirectToolCallCallerParamParam | BetaProgramToolCallCallerParamParam | None
    ]

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str | None]

    max_output_length: NotRequired[int | None]


class BetaFunctionShellCallOutputTimeoutOutcomeParamParam(TypedDict, total=True):
    """Keys of `BetaFunctionShellCallOutputTimeoutOutcomeParam`."""

    type: Literal["timeout"]


class BetaFunctionShellToolParamParam(TypedDict, total=True):
    """Keys of `BetaFunctionShellToolParam`."""

    type: Literal["shell"]

    environment: NotRequired[
        BetaContainerAutoParamParam
        | BetaLocalEnvironmentParamParam
        | BetaContainerReferenceParamParam
        | None
    ]

    allowed_callers: NotRequired[Sequence[Literal["direct", "programmatic"] | str] | None]


class BetaFunctionToolCallParam(TypedDict, total=True):
    """Keys of `BetaFunctionToolCall`."""

    type: Literal["function_call"]

    call_id: str

    name: str

    arguments: str

    agent: NotRequired[BetaAgentTagDict | None]

    id: NotRequired[str]

    caller: NotRequired[BetaDirectToolCallCallerDict | BetaProgramToolCallCallerDict | None]

    namespace: NotRequired[str]

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str]


class BetaFunctionToolDict(TypedDict, total=True):
    """Keys of `BetaFunctionTool`."""

    type: Literal["function"]

    name: str

    description: NotRequired[str | None]

    parameters: NotRequired[Mapping[str, Any] | None]

    output_schema: NotRequired[Mapping[str, Any] | None]

    strict: NotRequired[bool | None]

    defer_loading: NotRequired[bool]

    allowed_callers: NotRequired[Sequence[Literal["direct", "programmatic"] | str] | None]


class BetaFunctionToolParamParam(TypedDict, total=True):
    """Keys of `BetaFunctionToolParam`."""

    name: str

    type: Literal["function"]

    description: NotRequired[str | None]

    parameters: NotRequired[Mapping[str, Any] | None]

    strict: NotRequired[bool | None]

    output_schema: NotRequired[Mapping[str, Any] | None]

    defer_loading: NotRequired[bool]

    allowed_callers: NotRequired[Sequence[Literal["direct", "programmatic"] | str] | None]


class BetaHTTPErrorParam(TypedDict, total=True):
    """Keys of `BetaHTTPError`."""

    type: Literal["http_error"]

    code: int

    message: str


class BetaHybridSearchOptionsParam(TypedDict, total=True):
    """Keys of `BetaHybridSearchOptions`."""

    embedding_weight: float

    text_weight: float


class BetaImageGenToolCallParam(TypedDict, total=True):
    """Keys of `BetaImageGenToolCall`."""

    type: Literal["image_generation_call"]

    id: str

    status: Literal["completed", "failed", "generating", "in_progress"] | str

    agent: NotRequired[BetaAgentTagDict | None]

    result: NotRequired[str | None]


class BetaImageGenToolInputImageMaskParam(TypedDict, total=True):
    """Keys of `BetaImageGenToolInputImageMask`."""

    image_url: NotRequired[str]

    file_id: NotRequired[str]


class BetaImageGenToolParam(TypedDict, total=True):
    """Keys of `BetaImageGenTool`."""

    type: Literal["image_generation"]

    model: NotRequired[str]

    quality: NotRequired[Literal["auto", "high", "low", "medium"] | str]

    size: NotRequired[str]

    output_format: NotRequired[Literal["jpeg", "png", "webp"] | str]

    output_compression: NotRequired[int]

    moderation: NotRequired[Literal["auto", "low"] | str]

    background: NotRequired[Literal["auto", "opaque", "transparent"] | str]

    input_fidelity: NotRequired[Literal["high", "low"] | str | None]

    input_image_mask: NotRequired[BetaImageGenToolInputImageMaskParam]

    partial_images: NotRequired[int]

    action: NotRequired[Literal["auto", "edit", "generate"] | str]


class BetaInlineSkillParamParam(TypedDict, total=True):
    """Keys of `BetaInlineSkillParam`."""

    type: Literal["inline"]

    name: str

    description: str

    source: BetaInlineSkillSourceParamParam


class BetaInlineSkillSourceParamParam(TypedDict, total=True):
    """Keys of `BetaInlineSkillSourceParam`."""

    type: Literal["base64"]

    media_type: Literal["application/zip"]

    data: str


class BetaInputFileContentDict(TypedDict, total=True):
    """Keys of `BetaInputFileContent`."""

    type: Literal["input_file"]

    file_id: NotRequired[str | None]

    filename: NotRequired[str]

    file_data: NotRequired[str]

    prompt_cache_breakpoint: NotRequired[BetaPromptCacheBreakpointConfigParam]

    file_url: NotRequired[str]

    detail: NotRequired[Literal["auto", "high", "low"] | str]


class BetaInputFileContentParamParam(TypedDict, total=True):
    """Keys of `BetaInputFileContentParam`."""

    type: Literal["input_file"]

    file_id: NotRequired[str | None]

    filename: NotRequired[str | None]

    file_data: NotRequired[str | None]

    file_url: NotRequired[str | None]

    detail: NotRequired[Literal["auto", "high", "low"] | str]

    prompt_cache_breakpoint: NotRequired[BetaPromptCacheBreakpointParamParam | None]


class BetaInputImageContentParam(TypedDict, total=True):
    """Keys of `BetaInputImageContent`."""

    type: Literal["input_image"]

    detail: Literal["auto", "high", "low", "original"] | str

    image_url: NotRequired[str | None]

    file_id: NotRequired[str | None]

    prompt_cache_breakpoint: NotRequired[BetaPromptCacheBreakpointConfigParam]


class BetaInputImageContentParamAutoParamParam(TypedDict, total=True):
    """Keys of `BetaInputImageContentParamAutoParam`."""

    type: Literal["input_image"]

    image_url: NotRequired[str | None]

    file_id: NotRequired[str | None]

    detail: NotRequired[Literal["auto", "high", "low", "original"] | str | None]

    prompt_cache_breakpoint: NotRequired[BetaPromptCacheBreakpointParamParam | None]


class BetaInputMessageParam(TypedDict, total=True):
    """Keys of `BetaInputMessage`."""

    role: Literal["developer", "system", "user"] | str

    content: Sequence[
        BetaInputTextContentDict | BetaInputImageContentParam | BetaInputFileContentDict
    ]

    agent: NotRequired[BetaAgentTagDict | None]

    type: NotRequired[Literal["message"]]

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str]


class BetaInputTextContentDict(TypedDict, total=True):
    """Keys of `BetaInputTextContent`."""

    type: Literal["input_text"]

    text: str

    prompt_cache_breakpoint: NotRequired[BetaPromptCacheBreakpointConfigParam]


class BetaInputTextContentParamParam(TypedDict, total=True):
    """Keys of `BetaInputTextContentParam`."""

    type: Literal["input_text"]

    text: str

    prompt_cache_breakpoint: NotRequired[BetaPromptCacheBreakpointParamParam | None]


class BetaItemReferenceParamParam(TypedDict, total=True):
    """Keys of `BetaItemReferenceParam`."""

    id: str

    agent: NotRequired[BetaAgentTagParamParam | None]

    type: NotRequired[Literal["item_reference"] | None]


class BetaKeyPressActionParam(TypedDict, total=True):
    """Keys of `BetaKeyPressAction`."""

    type: Literal["keypress"]

    keys: Sequence[str]


class BetaLocalEnvironmentParamParam(TypedDict, total=True):
    """Keys of `BetaLocalEnvironmentParam`."""

    type: Literal["local"]

    skills: NotRequired[Sequence[BetaLocalSkillParamParam]]


class BetaLocalShellExecActionParam(TypedDict, total=True):
    """Keys of `BetaLocalShellExecAction`."""

    type: Literal["exec"]

    command: Sequence[str]

    env: Mapping[str, str]

    timeout_ms: NotRequired[int | None]

    working_directory: NotRequired[str | None]

    user: NotRequired[str | None]


class BetaLocalShellToolCallOutputParam(TypedDict, total=True):
    """Keys of `BetaLocalShellToolCallOutput`."""

    type: Literal["local_shell_call_output"]

    id: str

    output: str

    agent: NotRequired[BetaAgentTagDict | None]

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str | None]


class BetaLocalShellToolCallParam(TypedDict, total=True):
    """Keys of `BetaLocalShellToolCall`."""

    type: Literal["local_shell_call"]

    id: str

    call_id: str

    action: BetaLocalShellExecActionParam

    status: Literal["completed", "in_progress", "incomplete"] | str

    agent: NotRequired[BetaAgentTagDict | None]


class BetaLocalShellToolParamParam(TypedDict, total=True):
    """Keys of `BetaLocalShellToolParam`."""

    type: Literal["local_shell"]


class BetaLocalSkillParamParam(TypedDict, total=True):
    """Keys of `BetaLocalSkillParam`."""

    name: str

    description: str

    path: str


class BetaLogProbParam(TypedDict, total=True):
    """Keys of `BetaLogProb`."""

    token: str

    logprob: float

    bytes: Sequence[int]

    top_logprobs: Sequence[BetaTopLogProbParam]


class BetaMCPApprovalRequestParam(TypedDict, total=True):
    """Keys of `BetaMCPApprovalRequest`."""

    type: Literal["mcp_approval_request"]

    id: str

    server_label: str

    name: str

    arguments: str

    agent: NotRequired[BetaAgentTagDict | None]


class BetaMCPApprovalResponseParam(TypedDict, total=True):
    """Keys of `BetaMCPApprovalResponse`."""

    type: Literal["mcp_approval_response"]

    approval_request_id: str

    approve: bool

    agent: NotRequired[BetaAgentTagDict | None]

    id: NotRequired[str | None]

    reason: NotRequired[str | None]


class BetaMCPListToolsParam(TypedDict, total=True):
    """Keys of `BetaMCPListTools`."""

    type: Literal["mcp_list_tools"]

    id: str

    server_label: str

    tools: Sequence[BetaMCPListToolsToolParam]

    agent: NotRequired[BetaAgentTagDict | None]

    error: NotRequired[str | None]


class BetaMCPListToolsToolParam(TypedDict, total=True):
    """Keys of `BetaMCPListToolsTool`."""

    name: str

    input_schema: Mapping[str, Any]

    description: NotRequired[str | None]

    annotations: NotRequired[Mapping[str, Any] | None]


class BetaMCPProtocolErrorParam(TypedDict, total=True):
    """Keys of `BetaMCPProtocolError`."""

    type: Literal["mcp_protocol_error"]

    code: int

    message: str


class BetaMCPToolCallParam(TypedDict, total=True):
    """Keys of `BetaMCPToolCall`."""

    type: Literal["mcp_call"]

    id: str

    server_label: str

    name: str

    arguments: str

    agent: NotRequired[BetaAgentTagDict | None]

    output: NotRequired[str | None]

    error: NotRequired[
        BetaMCPProtocolErrorParam | BetaMCPToolExecutionErrorParam | BetaHTTPErrorParam | None
    ]

    status: NotRequired[
        Literal["calling", "completed", "failed", "in_progress", "incomplete"] | str
    ]

    approval_request_id: NotRequired[str | None]


class BetaMCPToolExecutionErrorParam(TypedDict, total=True):
    """Keys of `BetaMCPToolExecutionError`."""

    type: Literal["mcp_tool_execution_error"]

    content: Any


class BetaMCPToolFilterParam(TypedDict, total=True):
    """Keys of `BetaMCPToolFilter`."""

    tool_names: NotRequired[Sequence[str]]

    read_only: NotRequired[bool]


class BetaMCPToolParam(TypedDict, total=True):
    """Keys of `BetaMCPTool`."""

    type: Literal["mcp"]

    server_label: str

    server_url: NotRequired[str]

    connector_id: NotRequired[
        Literal[
            "connector_dropbox",
            "connector_gmail",
            "connector_googlecalendar",
            "connector_googledrive",
            "connector_microsoftteams",
            "connector_outlookcalendar",
            "connector_outlookemail",
            "connector_sharepoint",
        ]
        | str
    ]

    tunnel_id: NotRequired[str]

    authorization: NotRequired[str]

    server_description: NotRequired[str]

    headers: NotRequired[Mapping[str, str] | None]

    allowed_tools: NotRequired[Sequence[str] | BetaMCPToolFilterParam | None]

    allowed_callers: NotRequired[Sequence[Literal["direct", "programmatic"] | str] | None]

    require_approval: NotRequired[
        BetaMCPToolRequireApprovalType0Type0Param | Literal["always", "never"] | str | None
    ]

    defer_loading: NotRequired[bool]


class BetaMCPToolRequireApprovalType0Type0Param(TypedDict, total=True):
    """Keys of `BetaMCPToolRequireApprovalType0Type0`."""

    always: NotRequired[BetaMCPToolFilterParam]

    never: NotRequired[BetaMCPToolFilterParam]


class BetaModerationConfigParamParam(TypedDict, total=True):
    """Keys of `BetaModerationConfigParam`."""

    mode: Literal["block", "score"] | str


class BetaModerationParamParam(TypedDict, total=True):
    """Keys of `BetaModerationParam`."""

    model: str

    policy: NotRequired[BetaModerationPolicyParamParam | None]


class BetaModerationPolicyParamParam(TypedDict, total=True):
    """Keys of `BetaModerationPolicyParam`."""

    input: NotRequired[BetaModerationConfigParamParam | None]

    output: NotRequired[BetaModerationConfigParamParam | None]


class BetaMoveParamParam(TypedDict, total=True):
    """Keys of `BetaMoveParam`."""

    type: Literal["move"]

    x: int

    y: int

    keys: NotRequired[Sequence[str] | None]


class BetaMultiAgentCallItemParamParam(TypedDict, total=True):
    """Keys of `BetaMultiAgentCallItemParam`."""

    call_id: str

    type: Literal["multi_agent_call"]

    action: (
        Literal[
            "followup_task",
            "interrupt_agent",
            "list_agents",
            "send_message",
            "spawn_agent",
            "wait_agent",
        ]
        | str
    )

    arguments: str

    agent: NotRequired[BetaAgentTagParamParam | None]

    id: NotRequired[str | None]


class BetaMultiAgentCallOutputItemParamParam(TypedDict, total=True):
    """Keys of `BetaMultiAgentCallOutputItemParam`."""

    call_id: str

    type: Literal["multi_agent_call_output"]

    action: (
        Literal[
            "followup_task",
            "interrupt_agent",
            "list_agents",
            "send_message",
            "spawn_agent",
            "wait_agent",
        ]
        | str
    )

    output: Sequence[BetaOutputTextContentParamParam]

    agent: NotRequired[BetaAgentTagParamParam | None]

    id: NotRequired[str | None]


class BetaMultiAgentParamParam(TypedDict, total=True):
    """Keys of `BetaMultiAgentParam`."""

    enabled: bool

    max_concurrent_subagents: NotRequired[int]


class BetaNamespaceToolParamParam(TypedDict, total=True):
    """Keys of `BetaNamespaceToolParam`."""

    type: Literal["namespace"]

    name: str

    description: str

    tools: Sequence[BetaFunctionToolParamParam | BetaCustomToolParamParam]


class BetaOutputMessageParam(TypedDict, total=True):
    """Keys of `BetaOutputMessage`."""

    id: str

    type: Literal["message"]

    role: Literal["assistant"]

    content: Sequence[BetaOutputTextContentDict | BetaRefusalContentParam]

    status: Literal["completed", "in_progress", "incomplete"] | str

    agent: NotRequired[BetaAgentTagDict | None]

    phase: NotRequired[Literal["commentary", "final_answer"] | str | None]


class BetaOutputTextContentDict(TypedDict, total=True):
    """Keys of `BetaOutputTextContent`."""

    type: Literal["output_text"]

    text: str

    annotations: Sequence[
        BetaFileCitationBodyParam
        | BetaUrlCitationBodyParam
        | BetaContainerFileCitationBodyParam
        | BetaFilePathParam
    ]

    logprobs: Sequence[BetaLogProbParam]


class BetaOutputTextContentParamParam(TypedDict, total=True):
    """Keys of `BetaOutputTextContentParam`."""

    type: Literal["output_text"]

    text: str

    annotations: NotRequired[
        Sequence[
            BetaFileCitationParamParam
            | BetaUrlCitationParamParam
            | BetaContainerFileCitationParamParam
        ]
    ]


class BetaProgramItemParamParam(TypedDict, total=True):
    """Keys of `BetaProgramItemParam`."""

    id: str

    type: Literal["program"]

    call_id: str

    code: str

    fingerprint: str

    agent: NotRequired[BetaAgentTagParamParam | None]


class BetaProgramOutputItemParamParam(TypedDict, total=True):
    """Keys of `BetaProgramOutputItemParam`."""

    id: str

    type: Literal["program_output"]

    call_id: str

    result: str

    status: Literal["completed", "incomplete"] | str

    agent: NotRequired[BetaAgentTagParamParam | None]


class BetaProgramToolCallCallerDict(TypedDict, total=True):
    """Keys of `BetaProgramToolCallCaller`."""

    type: Literal["program"]

    caller_id: str


class BetaProgramToolCallCallerParamParam(TypedDict, total=True):
    """Keys of `BetaProgramToolCallCallerParam`."""

    type: Literal["program"]

    caller_id: str


class BetaProgrammaticToolCallingParamParam(TypedDict, total=True):
    """Keys of `BetaProgrammaticToolCallingParam`."""

    type: Literal["programmatic_tool_calling"]


class BetaPromptCacheBreakpointConfigParam(TypedDict, total=True):
    """Keys of `BetaPromptCacheBreakpointConfig`."""

    mode: Literal["explicit"]


class BetaPromptCacheBreakpointParamParam(TypedDict, total=True):
    """Keys of `BetaPromptCacheBreakpointParam`."""

    mode: Literal["explicit"]


class BetaPromptCacheOptionsParamParam(TypedDict, total=True):
    """Keys of `BetaPromptCacheOptionsParam`."""

    ttl: NotRequired[Literal["30m"]]

    mode: NotRequired[Literal["explicit", "implicit"] | str]


class BetaPromptType0Param(TypedDict, total=True):
    """Keys of `BetaPromptType0`."""

    id: str

    version: NotRequired[str | None]

    variables: NotRequired[
        Mapping[
            str,
            str | BetaInputTextContentDict | BetaInputImageContentParam | BetaInputFileContentDict,
        ]
        | None
    ]


class BetaRankingOptionsParam(TypedDict, total=True):
    """Keys of `BetaRankingOptions`."""

    ranker: NotRequired[Literal["auto", "default-2024-11-15"] | str]

    score_threshold: NotRequired[float]

    hybrid_search: NotRequired[BetaHybridSearchOptionsParam]


class BetaReasoningItemParam(TypedDict, total=True):
    """Keys of `BetaReasoningItem`."""

    type: Literal["reasoning"]

    id: str

    summary: Sequence[BetaSummaryTextContentParam]

    agent: NotRequired[BetaAgentTagDict | None]

    encrypted_content: NotRequired[str | None]

    content: NotRequired[Sequence[BetaReasoningTextContentParam]]

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str]


class BetaReasoningParam(TypedDict, total=True):
    """Keys of `BetaReasoning`."""

    mode: NotRequired[str]

    effort: NotRequired[
        Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | str | None
    ]

    summary: NotRequired[Literal["auto", "concise", "detailed"] | str | None]

    context: NotRequired[Literal["all_turns", "auto", "current_turn"] | str | None]

    generate_summary: NotRequired[Literal["auto", "concise", "detailed"] | str | None]


class BetaReasoningTextContentParam(TypedDict, total=True):
    """Keys of `BetaReasoningTextContent`."""

    type: Literal["reasoning_text"]

    text: str


class BetaRefusalContentParam(TypedDict, total=True):
    """Keys of `BetaRefusalContent`."""

    type: Literal["refusal"]

    refusal: str


class BetaResponseFormatJsonObjectParam(TypedDict, total=True):
    """Keys of `BetaResponseFormatJsonObject`."""

    type: Literal["json_object"]


class BetaResponseFormatTextParam(TypedDict, total=True):
    """Keys of `BetaResponseFormatText`."""

    type: Literal["text"]


class BetaResponseStreamOptionsType0Param(TypedDict, total=True):
    """Keys of `BetaResponseStreamOptionsType0`."""

    include_obfuscation: NotRequired[bool]


class BetaResponseTextParamParam(TypedDict, total=True):
    """Keys of `BetaResponseTextParam`."""

    format: NotRequired[
        BetaResponseFormatTextParam
        | BetaTextResponseFormatJsonSchemaParam
        | BetaResponseFormatJsonObjectParam
    ]

    verbosity: NotRequired[Literal["high", "low", "medium"] | str | None]


class BetaScreenshotParamParam(TypedDict, total=True):
    """Keys of `BetaScreenshotParam`."""

    type: Literal["screenshot"]


class BetaScrollParamParam(TypedDict, total=True):
    """Keys of `BetaScrollParam`."""

    type: Literal["scroll"]

    x: int

    y: int

    scroll_x: int

    scroll_y: int

    keys: NotRequired[Sequence[str] | None]


class BetaSkillReferenceParamParam(TypedDict, total=True):
    """Keys of `BetaSkillReferenceParam`."""

    type: Literal["skill_reference"]

    skill_id: str

    version: NotRequired[str]


class BetaSpecificApplyPatchParamParam(TypedDict, total=True):
    """Keys of `BetaSpecificApplyPatchParam`."""

    type: Literal["apply_patch"]


class BetaSpecificFunctionShellParamParam(TypedDict, total=True):
    """Keys of `BetaSpecificFunctionShellParam`."""

    type: Literal["shell"]


class BetaSpecificProgrammaticToolCallingParamParam(TypedDict, total=True):
    """Keys of `BetaSpecificProgrammaticToolCallingParam`."""

    type: Literal["programmatic_tool_calling"]


class BetaSummaryTextContentParam(TypedDict, total=True):
    """Keys of `BetaSummaryTextContent`."""

    type: Literal["summary_text"]

    text: str


class BetaTextResponseFormatJsonSchemaParam(TypedDict, total=True):
    """Keys of `BetaTextResponseFormatJsonSchema`."""

    type: Literal["json_schema"]

    name: str

    schema: Mapping[str, Any]

    description: NotRequired[str]

    strict: NotRequired[bool | None]


class BetaToolChoiceAllowedParam(TypedDict, total=True):
    """Keys of `BetaToolChoiceAllowed`."""

    type: Literal["allowed_tools"]

    mode: Literal["auto", "required"] | str

    tools: Sequence[Mapping[str, Any]]


class BetaToolChoiceCustomParam(TypedDict, total=True):
    """Keys of `BetaToolChoiceCustom`."""

    type: Literal["custom"]

    name: str


class BetaToolChoiceFunctionParam(TypedDict, total=True):
    """Keys of `BetaToolChoiceFunction`."""

    type: Literal["function"]

    name: str


class BetaToolChoiceMCPParam(TypedDict, total=True):
    """Keys of `BetaToolChoiceMCP`."""

    type: Literal["mcp"]

    server_label: str

    name: NotRequired[str | None]


class BetaToolChoiceTypesParam(TypedDict, total=True):
    """Keys of `BetaToolChoiceTypes`."""

    type: (
        Literal[
            "code_interpreter",
            "computer",
            "computer_use",
            "computer_use_preview",
            "file_search",
            "image_generation",
            "web_search_preview",
            "web_search_preview_2025_03_11",
        ]
        | str
    )


class BetaToolSearchCallItemParamParam(TypedDict, total=True):
    """Keys of `BetaToolSearchCallItemParam`."""

    type: Literal["tool_search_call"]

    arguments: Mapping[str, Any]

    agent: NotRequired[BetaAgentTagParamParam | None]

    id: NotRequired[str | None]

    call_id: NotRequired[str | None]

    execution: NotRequired[Literal["client", "server"] | str]

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str | None]


class BetaToolSearchOutputItemParamParam(TypedDict, total=True):
    """Keys of `BetaToolSearchOutputItemParam`."""

    type: Literal["tool_search_output"]

    tools: Sequence[
        BetaFunctionToolDict
        | BetaFileSearchToolParam
        | BetaComputerToolParam
        | BetaComputerUsePreviewToolParam
        | BetaWebSearchToolParam
        | BetaMCPToolParam
        | BetaCodeInterpreterToolParam
        | BetaProgrammaticToolCallingParamParam
        | BetaImageGenToolParam
        | BetaLocalShellToolParamParam
        | BetaFunctionShellToolParamParam
        | BetaCustomToolParamParam
        | BetaNamespaceToolParamParam
        | BetaToolSearchToolParamParam
        | BetaWebSearchPreviewToolParam
        | BetaApplyPatchToolParamParam
    ]

    agent: NotRequired[BetaAgentTagParamParam | None]

    id: NotRequired[str | None]

    call_id: NotRequired[str | None]

    execution: NotRequired[Literal["client", "server"] | str]

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str | None]


class BetaToolSearchToolParamParam(TypedDict, total=True):
    """Keys of `BetaToolSearchToolParam`."""

    type: Literal["tool_search"]

    execution: NotRequired[Literal["client", "server"] | str]

    description: NotRequired[str | None]

    parameters: NotRequired[Mapping[str, Any] | None]


class BetaTopLogProbParam(TypedDict, total=True):
    """Keys of `BetaTopLogProb`."""

    token: str

    logprob: float

    bytes: Sequence[int]


class BetaTypeParamParam(TypedDict, total=True):
    """Keys of `BetaTypeParam`."""

    type: Literal["type"]

    text: str


class BetaUrlCitationBodyParam(TypedDict, total=True):
    """Keys of `BetaUrlCitationBody`."""

    type: Literal["url_citation"]

    url: str

    start_index: int

    end_index: int

    title: str


class BetaUrlCitationParamParam(TypedDict, total=True):
    """Keys of `BetaUrlCitationParam`."""

    type: Literal["url_citation"]

    start_index: int

    end_index: int

    url: str

    title: str


class BetaWaitParamParam(TypedDict, total=True):
    """Keys of `BetaWaitParam`."""

    type: Literal["wait"]


class BetaWebSearchActionFindParam(TypedDict, total=True):
    """Keys of `BetaWebSearchActionFind`."""

    type: Literal["find_in_page"]

    url: str

    pattern: str


class BetaWebSearchActionOpenPageParam(TypedDict, total=True):
    """Keys of `BetaWebSearchActionOpenPage`."""

    type: Literal["open_page"]

    url: NotRequired[str | None]


class BetaWebSearchActionSearchParam(TypedDict, total=True):
    """Keys of `BetaWebSearchActionSearch`."""

    type: Literal["search"]

    query: NotRequired[str]

    queries: NotRequired[Sequence[str]]

    sources: NotRequired[Sequence[BetaWebSearchActionSearchSourcesItemParam]]


class BetaWebSearchActionSearchSourcesItemParam(TypedDict, total=True):
    """Keys of `BetaWebSearchActionSearchSourcesItem`."""

    type: Literal["url"]

    url: str


class BetaWebSearchApproximateLocationType0Param(TypedDict, total=True):
    """Keys of `BetaWebSearchApproximateLocationType0`."""

    type: NotRequired[Literal["approximate"]]

    country: NotRequired[str | None]

    region: NotRequired[str | None]

    city: NotRequired[str | None]

    timezone: NotRequired[str | None]


class BetaWebSearchPreviewToolParam(TypedDict, total=True):
    """Keys of `BetaWebSearchPreviewTool`."""

    type: Literal["web_search_preview", "web_search_preview_2025_03_11"] | str

    user_location: NotRequired[BetaApproximateLocationParam | None]

    search_context_size: NotRequired[Literal["high", "low", "medium"] | str]

    search_content_types: NotRequired[Sequence[Literal["image", "text"] | str]]


class BetaWebSearchToolCallParam(TypedDict, total=True):
    """Keys of `BetaWebSearchToolCall`."""

    id: str

    type: Literal["web_search_call"]

    status: Literal["completed", "failed", "in_progress", "searching"] | str

    action: (
        BetaWebSearchActionSearchParam
        | BetaWebSearchActionOpenPageParam
        | BetaWebSearchActionFindParam
    )

    agent: NotRequired[BetaAgentTagDict | None]


class BetaWebSearchToolFiltersType0Param(TypedDict, total=True):
    """Keys of `BetaWebSearchToolFiltersType0`."""

    allowed_domains: NotRequired[Sequence[str] | None]


class BetaWebSearchToolParam(TypedDict, total=True):
    """Keys of `BetaWebSearchTool`."""

    type: Literal["web_search", "web_search_2025_08_26"] | str

    external_web_access: NotRequired[bool]

    filters: NotRequired[BetaWebSearchToolFiltersType0Param | None]

    user_location: NotRequired[BetaWebSearchApproximateLocationType0Param | None]

    search_context_size: NotRequired[Literal["high", "low", "medium"] | str]


class ChatCompletionAllowedToolsChoiceParam(TypedDict, total=True):
    """Keys of `ChatCompletionAllowedToolsChoice`."""

    type: Literal["allowed_tools"]

    allowed_tools: ChatCompletionAllowedToolsParam


class ChatCompletionAllowedToolsParam(TypedDict, total=True):
    """Keys of `ChatCompletionAllowedTools`."""

    mode: Literal["auto", "required"] | str

    tools: Sequence[Mapping[str, Any]]


class ChatCompletionCreateParamsAudioType0Param(TypedDict, total=True):
    """Keys of `ChatCompletionCreateParamsAudioType0`."""

    voice: str | VoiceIdsOrCustomVoiceType1Param

    format: Literal["aac", "flac", "mp3", "opus", "pcm16", "wav"] | str


class ChatCompletionCreateParamsWebSearchOptionsParam(TypedDict, total=True):
    """Keys of `ChatCompletionCreateParamsWebSearchOptions`."""

    user_location: NotRequired[
        ChatCompletionCreateParamsWebSearchOptionsUserLocationType0Param | None
    ]

    search_context_size: NotRequired[Literal["high", "low", "medium"] | str]


class ChatCompletionCreateParamsWebSearchOptionsUserLocationType0Param(TypedDict, total=True):
    """Keys of `ChatCompletionCreateParamsWebSearchOptionsUserLocationType0`."""

    type: Literal["approximate"]

    approximate: WebSearchLocationParam


class ChatCompletionFunctionCallOptionParam(TypedDict, total=True):
    """Keys of `ChatCompletionFunctionCallOption`."""

    name: str


class ChatCompletionFunctionsParam(TypedDict, total=True):
    """Keys of `ChatCompletionFunctions`."""

    name: str

    description: NotRequired[str]

    parameters: NotRequired[Mapping[str, Any]]


class ChatCompletionMessageCustomToolCallCustomParam(TypedDict, total=True):
    """Keys of `ChatCompletionMessageCustomToolCallCustom`."""

    name: str

    input: str


class ChatCompletionMessageCustomToolCallParam(TypedDict, total=True):
    """Keys of `ChatCompletionMessageCustomToolCall`."""

    id: str

    type: Literal["custom"]

    custom: ChatCompletionMessageCustomToolCallCustomParam


class ChatCompletionMessageToolCallFunctionParam(TypedDict, total=True):
    """Keys of `ChatCompletionMessageToolCallFunction`."""

    name: str

    arguments: str


class ChatCompletionMessageToolCallParam(TypedDict, total=True):
    """Keys of `ChatCompletionMessageToolCall`."""

    id: str

    type: Literal["function"]

    function: ChatCompletionMessageToolCallFunctionParam


class ChatCompletionNamedToolChoiceCustomCustomParam(TypedDict, total=True):
    """Keys of `ChatCompletionNamedToolChoiceCustomCustom`."""

    name: str


class ChatCompletionNamedToolChoiceCustomParam(TypedDict, total=True):
    """Keys of `ChatCompletionNamedToolChoiceCustom`."""

    type: Literal["custom"]

    custom: ChatCompletionNamedToolChoiceCustomCustomParam


class ChatCompletionNamedToolChoiceFunctionParam(TypedDict, total=True):
    """Keys of `ChatCompletionNamedToolChoiceFunction`."""

    name: str


class ChatCompletionNamedToolChoiceParam(TypedDict, total=True):
    """Keys of `ChatCompletionNamedToolChoice`."""

    type: Literal["function"]

    function: ChatCompletionNamedToolChoiceFunctionParam


class ChatCompletionRequestAssistantMessageAudioType0Param(TypedDict, total=True):
    """Keys of `ChatCompletionRequestAssistantMessageAudioType0`."""

    id: str


class ChatCompletionRequestAssistantMessageFunctionCallType0Param(TypedDict, total=True):
    """Keys of `ChatCompletionRequestAssistantMessageFunctionCallType0`."""

    arguments: str

    name: str


class ChatCompletionRequestAssistantMessageParam(TypedDict, total=True):
    """Keys of `ChatCompletionRequestAssistantMessage`."""

    role: Literal["assistant"]

    content: NotRequired[
        str
        | Sequence[
            ChatCompletionRequestMessageContentPartTextParam
            | ChatCompletionRequestMessageContentPartRefusalParam
        ]
        | None
    ]

    refusal: NotRequired[str | None]

    name: NotRequired[str]

    audio: NotRequired[ChatCompletionRequestAssistantMessageAudioType0Param | None]

    tool_calls: NotRequired[
        Sequence[ChatCompletionMessageToolCallParam | ChatCompletionMessageCustomToolCallParam]
    ]

    function_call: NotRequired[ChatCompletionRequestAssistantMessageFunctionCallType0Param | None]


class ChatCompletionRequestDeveloperMessageParam(TypedDict, total=True):
    """Keys of `ChatCompletionRequestDeveloperMessage`."""

    content: str | Sequence[ChatCompletionRequestMessageContentPartTextParam]

    role: Literal["developer"]

    name: NotRequired[str]


class ChatCompletionRequestFunctionMessageParam(TypedDict, total=True):
    """Keys of `ChatCompletionRequestFunctionMessage`."""

    role: Literal["function"]

    name: str

    content: NotRequired[str | None]


class ChatCompletionRequestMessageContentPartAudioInputAudioParam(TypedDict, total=True):
    """Keys of `ChatCompletionRequestMessageContentPartAudioInputAudio`."""

    data: str

    format: Literal["mp3", "wav"] | str


class ChatCompletionRequestMessageContentPartAudioParam(TypedDict, total=True):
    """Keys of `ChatCompletionRequestMessageContentPartAudio`."""

    type: Literal["input_audio"]

    input_audio: ChatCompletionRequestMessageContentPartAudioInputAudioParam

    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpointParamParam]


class ChatCompletionRequestMessageContentPartFileFileParam(TypedDict, total=True):
    """Keys of `ChatCompletionRequestMessageContentPartFileFile`."""

    filename: NotRequired[str]

    file_data: NotRequired[str]

    file_id: NotRequired[str]


class ChatCompletionRequestMessageContentPartFileParam(TypedDict, total=True):
    """Keys of `ChatCompletionRequestMessageContentPartFile`."""

    type: Literal["file"]

    file: ChatCompletionRequestMessageContentPartFileFileParam

    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpointParamParam]


class ChatCompletionRequestMessageContentPartImageImageUrlParam(TypedDict, total=True):
    """Keys of `ChatCompletionRequestMessageContentPartImageImageUrl`."""

    url: str

    detail: NotRequired[Literal["auto", "high", "low"] | str]


class ChatCompletionRequestMessageContentPartImageParam(TypedDict, total=True):
    """Keys of `ChatCompletionRequestMessageContentPartImage`."""

    type: Literal["image_url"]

    image_url: ChatCompletionRequestMessageContentPartImageImageUrlParam

    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpointParamParam]


class ChatCompletionRequestMessageContentPartRefusalParam(TypedDict, total=True):
    """Keys of `ChatCompletionRequestMessageContentPartRefusal`."""

    type: Literal["refusal"]

    refusal: str


class ChatCompletionRequestMessageContentPartTextParam(TypedDict, total=True):
    """Keys of `ChatCompletionRequestMessageContentPartText`."""

    type: Literal["text"]

    text: str

    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpointParamParam]


class ChatCompletionRequestSystemMessageContentPartParam(TypedDict, total=True):
    """Keys of `ChatCompletionRequestSystemMessageContentPart`."""

    type: Literal["text"]

    text: str

    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpointParamParam]


class ChatCompletionRequestSystemMessageParam(TypedDict, total=True):
    """Keys of `ChatCompletionRequestSystemMessage`."""

    content: str | Sequence[ChatCompletionRequestSystemMessageContentPartParam]

    role: Literal["system"]

    name: NotRequired[str]


class ChatCompletionRequestToolMessageContentPartParam(TypedDict, total=True):
    """Keys of `ChatCompletionRequestToolMessageContentPart`."""

    type: Literal["text"]

    text: str

    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpointParamParam]


class ChatCompletionRequestToolMessageParam(TypedDict, total=True):
    """Keys of `ChatCompletionRequestToolMessage`."""

    role: Literal["tool"]

    content: str | Sequence[ChatCompletionRequestToolMessageContentPartParam]

    tool_call_id: str


class ChatCompletionRequestUserMessageParam(TypedDict, total=True):
    """Keys of `ChatCompletionRequestUserMessage`."""

    content: (
        str
        | Sequence[
            ChatCompletionRequestMessageContentPartTextParam
            | ChatCompletionRequestMessageContentPartImageParam
            | ChatCompletionRequestMessageContentPartAudioParam
            | ChatCompletionRequestMessageContentPartFileParam
        ]
    )

    role: Literal["user"]

    name: NotRequired[str]


class ChatCompletionStreamOptionsType0Param(TypedDict, total=True):
    """Keys of `ChatCompletionStreamOptionsType0`."""

    include_usage: NotRequired[bool]

    include_obfuscation: NotRequired[bool]


class ChatCompletionToolParam(TypedDict, total=True):
    """Keys of `ChatCompletionTool`."""

    type: Literal["function"]

    function: FunctionObjectParam


class ChatkitConfigurationParamParam(TypedDict, total=True):
    """Keys of `ChatkitConfigurationParam`."""

    automatic_thread_titling: NotRequired[AutomaticThreadTitlingParamParam]

    file_upload: NotRequired[FileUploadParamParam]

    history: NotRequired[HistoryParamParam]


class ClickParamParam(TypedDict, total=True):
    """Keys of `ClickParam`."""

    type: Literal["click"]

    button: Literal["back", "forward", "left", "right", "wheel"] | str

    x: int

    y: int

    keys: NotRequired[Sequence[str] | None]


class CodeInterpreterOutputImageParam(TypedDict, total=True):
    """Keys of `CodeInterpreterOutputImage`."""

    type: Literal["image"]

    url: str


class CodeInterpreterOutputLogsParam(TypedDict, total=True):
    """Keys of `CodeInterpreterOutputLogs`."""

    type: Literal["logs"]

    logs: str


class CodeInterpreterToolCallParam(TypedDict, total=True):
    """Keys of `CodeInterpreterToolCall`."""

    type: Literal["code_interpreter_call"]

    id: str

    status: Literal["completed", "failed", "in_progress", "incomplete", "interpreting"] | str

    container_id: str

    code: NotRequired[str | None]

    outputs: NotRequired[
        Sequence[CodeInterpreterOutputLogsParam | CodeInterpreterOutputImageParam] | None
    ]


class CodeInterpreterToolParam(TypedDict, total=True):
    """Keys of `CodeInterpreterTool`."""

    type: Literal["code_interpreter"]

    container: str | AutoCodeInterpreterToolParamParam

    allowed_callers: NotRequired[Sequence[Literal["direct", "programmatic"] | str] | None]


class CompactionSummaryItemParamParam(TypedDict, total=True):
    """Keys of `CompactionSummaryItemParam`."""

    type: Literal["compaction"]

    encrypted_content: str

    id: NotRequired[str | None]


class CompactionTriggerItemParamParam(TypedDict, total=True):
    """Keys of `CompactionTriggerItemParam`."""

    type: Literal["compaction_trigger"]


class ComparisonFilterParam(TypedDict, total=True):
    """Keys of `ComparisonFilter`."""

    type: Literal["eq", "gt", "gte", "in", "lt", "lte", "ne", "nin"] | str

    key: str

    value: str | float | bool | Sequence[str | float]


class CompoundFilterParam(TypedDict, total=True):
    """Keys of `CompoundFilter`."""

    type: Literal["and", "or"] | str

    filters: Sequence[Any]


class ComputerCallOutputItemParamParam(TypedDict, total=True):
    """Keys of `ComputerCallOutputItemParam`."""

    call_id: str

    type: Literal["computer_call_output"]

    output: ComputerScreenshotImageParam

    id: NotRequired[str | None]

    acknowledged_safety_checks: NotRequired[Sequence[ComputerCallSafetyCheckParamParam] | None]

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str | None]


class ComputerCallSafetyCheckParamParam(TypedDict, total=True):
    """Keys of `ComputerCallSafetyCheckParam`."""

    id: str

    code: NotRequired[str | None]

    message: NotRequired[str | None]


class ComputerScreenshotImageParam(TypedDict, total=True):
    """Keys of `ComputerScreenshotImage`."""

    type: Literal["computer_screenshot"]

    image_url: NotRequired[str]

    file_id: NotRequired[str]


class ComputerToolCallParam(TypedDict, total=True):
    """Keys of `ComputerToolCall`."""

    type: Literal["computer_call"]

    id: str

    call_id: str

    pending_safety_checks: Sequence[ComputerCallSafetyCheckParamParam]

    status: Literal["completed", "in_progress", "incomplete"] | str

    action: NotRequired[
        ClickParamParam
        | DoubleClickActionParam
        | DragParamParam
        | KeyPressActionParam
        | MoveParamParam
        | ScreenshotParamParam
        | ScrollParamParam
        | TypeParamParam
        | WaitParamParam
    ]

    actions: NotRequired[
        Sequence[
            ClickParamParam
            | DoubleClickActionParam
            | DragParamParam
            | KeyPressActionParam
            | MoveParamParam
            | ScreenshotParamParam
            | ScrollParamParam
            | TypeParamParam
            | WaitParamParam
        ]
    ]


class ComputerToolParam(TypedDict, total=True):
    """Keys of `ComputerTool`."""

    type: Literal["computer"]


class ComputerUsePreviewToolParam(TypedDict, total=True):
    """Keys of `ComputerUsePreviewTool`."""

    type: Literal["computer_use_preview"]

    environment: Literal["browser", "linux", "mac", "ubuntu", "windows"] | str

    display_width: int

    display_height: int


class ContainerAutoParamParam(TypedDict, total=True):
    """Keys of `ContainerAutoParam`."""

    type: Literal["container_auto"]

    file_ids: NotRequired[Sequence[str]]

    memory_limit: NotRequired[Literal["16g", "1g", "4g", "64g"] | str | None]

    network_policy: NotRequired[
        ContainerNetworkPolicyDisabledParamParam | ContainerNetworkPolicyAllowlistParamParam
    ]

    skills: NotRequired[Sequence[SkillReferenceParamParam | InlineSkillParamParam]]


class ContainerFileCitationBodyParam(TypedDict, total=True):
    """Keys of `ContainerFileCitationBody`."""

    type: Literal["container_file_citation"]

    container_id: str

    file_id: str

    start_index: int

    end_index: int

    filename: str


class ContainerNetworkPolicyAllowlistParamParam(TypedDict, total=True):
    """Keys of `ContainerNetworkPolicyAllowlistParam`."""

    type: Literal["allowlist"]

    allowed_domains: Sequence[str]

    domain_secrets: NotRequired[Sequence[ContainerNetworkPolicyDomainSecretParamParam]]


class ContainerNetworkPolicyDisabledParamParam(TypedDict, total=True):
    """Keys of `ContainerNetworkPolicyDisabledParam`."""

    type: Literal["disabled"]


class ContainerNetworkPolicyDomainSecretParamParam(TypedDict, total=True):
    """Keys of `ContainerNetworkPolicyDomainSecretParam`."""

    domain: str

    name: str

    value: str


class ContainerReferenceParamParam(TypedDict, total=True):
    """Keys of `ContainerReferenceParam`."""

    type: Literal["container_reference"]

    container_id: str


class ContextManagementParamParam(TypedDict, total=True):
    """Keys of `ContextManagementParam`."""

    type: str

    compact_threshold: NotRequired[int | None]


class ConversationParam2Param(TypedDict, total=True):
    """Keys of `ConversationParam2`."""

    id: str


class CoordParamParam(TypedDict, total=True):
    """Keys of `CoordParam`."""

    x: int

    y: int


class CreateAssistantRequestToolResourcesType0CodeInterpreterParam(TypedDict, total=True):
    """Keys of `CreateAssistantRequestToolResourcesType0CodeInterpreter`."""

    file_ids: NotRequired[Sequence[str]]


class CreateAssistantRequestToolResourcesType0FileSearchParam(TypedDict, total=True):
    """Keys of `CreateAssistantRequestToolResourcesType0FileSearch`."""

    vector_store_ids: NotRequired[Sequence[str]]

    vector_stores: NotRequired[
        Sequence[CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemParam]
    ]


class CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0Param(
    TypedDict, total=True
):
    """Keys of `CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0`."""

    type: Literal["auto"]


class CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Param(
    TypedDict, total=True
):
    """Keys of `CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1`."""

    type: Literal["static"]

    static: CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1StaticParam


class CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1StaticParam(
    TypedDict, total=True
):
    """Keys of `CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Static`."""

    max_chunk_size_tokens: int

    chunk_overlap_tokens: int


class CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemParam(
    TypedDict, total=True
):
    """Keys of `CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItem`."""

    file_ids: NotRequired[Sequence[str]]

    chunking_strategy: NotRequired[
        CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0Param
        | CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Param
    ]

    metadata: NotRequired[Mapping[str, str] | None]


class CreateAssistantRequestToolResourcesType0Param(TypedDict, total=True):
    """Keys of `CreateAssistantRequestToolResourcesType0`."""

    code_interpreter: NotRequired[CreateAssistantRequestToolResourcesType0CodeInterpreterParam]

    file_search: NotRequired[CreateAssistantRequestToolResourcesType0FileSearchParam]


class CreateContainerBodyExpiresAfterParam(TypedDict, total=True):
    """Keys of `CreateContainerBodyExpiresAfter`."""

    anchor: Literal["last_active_at"]

    minutes: int


class CreateEvalCompletionsRunDataSourceInputMessagesType0Param(TypedDict, total=True):
    """Keys of `CreateEvalCompletionsRunDataSourceInputMessagesType0`."""

    type: Literal["template"]

    template: Sequence[EasyInputMessageParam | EvalItemParam]


class CreateEvalCompletionsRunDataSourceInputMessagesType1Param(TypedDict, total=True):
    """Keys of `CreateEvalCompletionsRunDataSourceInputMessagesType1`."""

    type: Literal["item_reference"]

    item_reference: str


class CreateEvalCompletionsRunDataSourceParam(TypedDict, total=True):
    """Keys of `CreateEvalCompletionsRunDataSource`."""

    type: Literal["completions"]

    source: (
        EvalJsonlFileContentSourceParam
        | EvalJsonlFileIdSourceParam
        | EvalStoredCompletionsSourceParam
    )

    input_messages: NotRequired[
        CreateEvalCompletionsRunDataSourceInputMessagesType0Param
        | CreateEvalCompletionsRunDataSourceInputMessagesType1Param
    ]

    sampling_params: NotRequired[CreateEvalCompletionsRunDataSourceSamplingParamsParam]

    model: NotRequired[str]


class CreateEvalCompletionsRunDataSourceSamplingParamsParam(TypedDict, total=True):
    """Keys of `CreateEvalCompletionsRunDataSourceSamplingParams`."""

    reasoning_effort: NotRequired[
        Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | str | None
    ]

    temperature: NotRequired[float]

    max_completion_tokens: NotRequired[int]

    top_p: NotRequired[float]

    seed: NotRequired[int]

    response_format: NotRequired[
        ResponseFormatTextParam | ResponseFormatJsonSchemaParam | ResponseFormatJsonObjectParam
    ]

    tools: NotRequired[Sequence[ChatCompletionToolParam]]


class CreateEvalCustomDataSourceConfigParam(TypedDict, total=True):
    """Keys of `CreateEvalCustomDataSourceConfig`."""

    type: Literal["custom"]

    item_schema: Mapping[str, Any]

    include_sample_schema: NotRequired[bool]


class CreateEvalItemType0Param(TypedDict, total=True):
    """Keys of `CreateEvalItemType0`."""

    role: str

    content: str


class CreateEvalJsonlRunDataSourceParam(TypedDict, total=True):
    """Keys of `CreateEvalJsonlRunDataSource`."""

    type: Literal["jsonl"]

    source: EvalJsonlFileContentSourceParam | EvalJsonlFileIdSourceParam


class CreateEvalLabelModelGraderParam(TypedDict, total=True):
    """Keys of `CreateEvalLabelModelGrader`."""

    type: Literal["label_model"]

    name: str

    model: str

    input: Sequence[CreateEvalItemType0Param | EvalItemParam]

    labels: Sequence[str]

    passing_labels: Sequence[str]


class CreateEvalLogsDataSourceConfigParam(TypedDict, total=True):
    """Keys of `CreateEvalLogsDataSourceConfig`."""

    type: Literal["logs"]

    metadata: NotRequired[Mapping[str, Any]]


class CreateEvalResponsesRunDataSourceInputMessagesType0Param(TypedDict, total=True):
    """Keys of `CreateEvalResponsesRunDataSourceInputMessagesType0`."""

    type: Literal["template"]

    template: Sequence[
        CreateEvalResponsesRunDataSourceInputMessagesType0TemplateItemType0Param | EvalItemParam
    ]


class CreateEvalResponsesRunDataSourceInputMessagesType0TemplateItemType0Param(
    TypedDict, total=True
):
    """Keys of `CreateEvalResponsesRunDataSourceInputMessagesType0TemplateItemType0`."""

    role: str

    content: str


class CreateEvalResponsesRunDataSourceInputMessagesType1Param(TypedDict, total=True):
    """Keys of `CreateEvalResponsesRunDataSourceInputMessagesType1`."""

    type: Literal["item_reference"]

    item_reference: str


class CreateEvalResponsesRunDataSourceParam(TypedDict, total=True):
    """Keys of `CreateEvalResponsesRunDataSource`."""

    type: Literal["responses"]

    source: EvalJsonlFileContentSourceParam | EvalJsonlFileIdSourceParam | EvalResponsesSourceParam

    input_messages: NotRequired[
        CreateEvalResponsesRunDataSourceInputMessagesType0Param
        | CreateEvalResponsesRunDataSourceInputMessagesType1Param
    ]

    sampling_params: NotRequired[CreateEvalResponsesRunDataSourceSamplingParamsParam]

    model: NotRequired[str]


class CreateEvalResponsesRunDataSourceSamplingParamsParam(TypedDict, total=True):
    """Keys of `CreateEvalResponsesRunDataSourceSamplingParams`."""

    reasoning_effort: NotRequired[
        Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | str | None
    ]

    temperature: NotRequired[float]

    max_completion_tokens: NotRequired[int]

    top_p: NotRequired[float]

    seed: NotRequired[int]

    tools: NotRequired[
        Sequence[
            FunctionToolDict
            | FileSearchToolParam
            | ComputerToolParam
            | ComputerUsePreviewToolParam
            | WebSearchToolParam
            | MCPToolParam
            | CodeInterpreterToolParam
            | ProgrammaticToolCallingParamParam
            | ImageGenToolParam
            | LocalShellToolParamParam
            | FunctionShellToolParamParam
            | CustomToolParamParam
            | NamespaceToolParamParam
            | ToolSearchToolParamParam
            | WebSearchPreviewToolParam
            | ApplyPatchToolParamParam
        ]
    ]

    text: NotRequired[CreateEvalResponsesRunDataSourceSamplingParamsTextParam]


class CreateEvalResponsesRunDataSourceSamplingParamsTextParam(TypedDict, total=True):
    """Keys of `CreateEvalResponsesRunDataSourceSamplingParamsText`."""

    format: NotRequired[
        ResponseFormatTextParam | TextResponseFormatJsonSchemaParam | ResponseFormatJsonObjectParam
    ]


class CreateEvalStoredCompletionsDataSourceConfigParam(TypedDict, total=True):
    """Keys of `CreateEvalStoredCompletionsDataSourceConfig`."""

    type: Literal["stored_completions"]

    metadata: NotRequired[Mapping[str, Any]]


class CreateFineTuningJobRequestHyperparametersParam(TypedDict, total=True):
    """Keys of `CreateFineTuningJobRequestHyperparameters`."""

    batch_size: NotRequired[Literal["auto"] | int]

    learning_rate_multiplier: NotRequired[Literal["auto"] | float]

    n_epochs: NotRequired[Literal["auto"] | int]


class CreateFineTuningJobRequestIntegrationsType0ItemParam(TypedDict, total=True):
    """Keys of `CreateFineTuningJobRequestIntegrationsType0Item`."""

    type: Literal["wandb"]

    wandb: CreateFineTuningJobRequestIntegrationsType0ItemWandbParam


class CreateFineTuningJobRequestIntegrationsType0ItemWandbParam(TypedDict, total=True):
    """Keys of `CreateFineTuningJobRequestIntegrationsType0ItemWandb`."""

    project: str

    name: NotRequired[str | None]

    entity: NotRequired[str | None]

    tags: NotRequired[Sequence[str]]


class CreateMessageRequestAttachmentsType0ItemParam(TypedDict, total=True):
    """Keys of `CreateMessageRequestAttachmentsType0Item`."""

    file_id: NotRequired[str]

    tools: NotRequired[Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchTypeOnlyParam]]


class CreateMessageRequestParam(TypedDict, total=True):
    """Keys of `CreateMessageRequest`."""

    role: Literal["assistant", "user"] | str

    content: (
        str
        | Sequence[
            MessageContentImageFileObjectParam
            | MessageContentImageUrlObjectParam
            | MessageRequestContentTextObjectParam
        ]
    )

    attachments: NotRequired[Sequence[CreateMessageRequestAttachmentsType0ItemParam] | None]

    metadata: NotRequired[Mapping[str, str] | None]


class CreateModerationRequestInputType0ItemType1Type0ImageUrlParam(TypedDict, total=True):
    """Keys of `CreateModerationRequestInputType0ItemType1Type0ImageUrl`."""

    url: str


class CreateModerationRequestInputType0ItemType1Type0Param(TypedDict, total=True):
    """Keys of `CreateModerationRequestInputType0ItemType1Type0`."""

    type: Literal["image_url"]

    image_url: CreateModerationRequestInputType0ItemType1Type0ImageUrlParam


class CreateModerationRequestInputType0ItemType1Type1Param(TypedDict, total=True):
    """Keys of `CreateModerationRequestInputType0ItemType1Type1`."""

    type: Literal["text"]

    text: str


class CreateThreadAndRunRequestToolResourcesType0CodeInterpreterParam(TypedDict, total=True):
    """Keys of `CreateThreadAndRunRequestToolResourcesType0CodeInterpreter`."""

    file_ids: NotRequired[Sequence[str]]


class CreateThreadAndRunRequestToolResourcesType0FileSearchParam(TypedDict, total=True):
    """Keys of `CreateThreadAndRunRequestToolResourcesType0FileSearch`."""

    vector_store_ids: NotRequired[Sequence[str]]


class CreateThreadAndRunRequestToolResourcesType0Param(TypedDict, total=True):
    """Keys of `CreateThreadAndRunRequestToolResourcesType0`."""

    code_interpreter: NotRequired[CreateThreadAndRunRequestToolResourcesType0CodeInterpreterParam]

    file_search: NotRequired[CreateThreadAndRunRequestToolResourcesType0FileSearchParam]


class CreateThreadRequestParam(TypedDict, total=True):
    """Keys of `CreateThreadRequest`."""

    messages: NotRequired[Sequence[CreateMessageRequestParam]]

    tool_resources: NotRequired[CreateThreadRequestToolResourcesType0Param | None]

    metadata: NotRequired[Mapping[str, str] | None]


class CreateThreadRequestToolResourcesType0CodeInterpreterParam(TypedDict, total=True):
    """Keys of `CreateThreadRequestToolResourcesType0CodeInterpreter`."""

    file_ids: NotRequired[Sequence[str]]


class CreateThreadRequestToolResourcesType0FileSearchParam(TypedDict, total=True):
    """Keys of `CreateThreadRequestToolResourcesType0FileSearch`."""

    vector_store_ids: NotRequired[Sequence[str]]

    vector_stores: NotRequired[
        Sequence[CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemParam]
    ]


class CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0Param(
    TypedDict, total=True
):
    """Keys of `CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0`."""

    type: Literal["auto"]


class CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Param(
    TypedDict, total=True
):
    """Keys of `CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1`."""

    type: Literal["static"]

    static: CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1StaticParam


class CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1StaticParam(
    TypedDict, total=True
):
    """Keys of `CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Static`."""

    max_chunk_size_tokens: int

    chunk_overlap_tokens: int


class CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemParam(TypedDict, total=True):
    """Keys of `CreateThreadRequestToolResourcesType0FileSearchVectorStoresItem`."""

    file_ids: NotRequired[Sequence[str]]

    chunking_strategy: NotRequired[
        CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0Param
        | CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Param
    ]

    metadata: NotRequired[Mapping[str, str] | None]


class CreateThreadRequestToolResourcesType0Param(TypedDict, total=True):
    """Keys of `CreateThreadRequestToolResourcesType0`."""

    code_interpreter: NotRequired[CreateThreadRequestToolResourcesType0CodeInterpreterParam]

    file_search: NotRequired[CreateThreadRequestToolResourcesType0FileSearchParam]


class CreateVectorStoreFileRequestParam(TypedDict, total=True):
    """Keys of `CreateVectorStoreFileRequest`."""

    file_id: str

    chunking_strategy: NotRequired[
        AutoChunkingStrategyRequestParamParam | StaticChunkingStrategyRequestParamParam
    ]

    attributes: NotRequired[Mapping[str, str | float | bool] | None]


class CustomGrammarFormatParamParam(TypedDict, total=True):
    """Keys of `CustomGrammarFormatParam`."""

    type: Literal["grammar"]

    syntax: Literal["lark", "regex"] | str

    definition: str


class CustomTextFormatParamParam(TypedDict, total=True):
    """Keys of `CustomTextFormatParam`."""

    type: Literal["text"]


class CustomToolCallOutputParam(TypedDict, total=True):
    """Keys of `CustomToolCallOutput`."""

    type: Literal["custom_tool_call_output"]

    call_id: str

    output: str | Sequence[InputTextContentDict | InputImageContentParam | InputFileContentDict]

    id: NotRequired[str]

    caller: NotRequired[DirectToolCallCallerParamParam | ProgramToolCallCallerParamParam | None]


class CustomToolCallParam(TypedDict, total=True):
    """Keys of `CustomToolCall`."""

    type: Literal["custom_tool_call"]

    call_id: str

    name: str

    input: str

    id: NotRequired[str]

    caller: NotRequired[DirectToolCallCallerDict | ProgramToolCallCallerDict | None]

    namespace: NotRequired[str]


class CustomToolChatCompletionsCustomFormatType0Param(TypedDict, total=True):
    """Keys of `CustomToolChatCompletionsCustomFormatType0`."""

    type: Literal["text"]


class CustomToolChatCompletionsCustomFormatType1GrammarParam(TypedDict, total=True):
    """Keys of `CustomToolChatCompletionsCustomFormatType1Grammar`."""

    definition: str

    syntax: Literal["lark", "regex"] | str


class CustomToolChatCompletionsCustomFormatType1Param(TypedDict, total=True):
    """Keys of `CustomToolChatCompletionsCustomFormatType1`."""

    type: Literal["grammar"]

    grammar: CustomToolChatCompletionsCustomFormatType1GrammarParam


class CustomToolChatCompletionsCustomParam(TypedDict, total=True):
    """Keys of `CustomToolChatCompletionsCustom`."""

    name: str

    description: NotRequired[str]

    format: NotRequired[
        CustomToolChatCompletionsCustomFormatType0Param
        | CustomToolChatCompletionsCustomFormatType1Param
    ]


class CustomToolChatCompletionsParam(TypedDict, total=True):
    """Keys of `CustomToolChatCompletions`."""

    type: Literal["custom"]

    custom: CustomToolChatCompletionsCustomParam


class CustomToolParamParam(TypedDict, total=True):
    """Keys of `CustomToolParam`."""

    type: Literal["custom"]

    name: str

    description: NotRequired[str]

    format: NotRequired[CustomTextFormatParamParam | CustomGrammarFormatParamParam]

    defer_loading: NotRequired[bool]

    allowed_callers: NotRequired[Sequence[Literal["direct", "programmatic"] | str] | None]


class DirectToolCallCallerDict(TypedDict, total=True):
    """Keys of `DirectToolCallCaller`."""

    type: Literal["direct"]


class DirectToolCallCallerParamParam(TypedDict, total=True):
    """Keys of `DirectToolCallCallerParam`."""

    type: Literal["direct"]


class DoubleClickActionParam(TypedDict, total=True):
    """Keys of `DoubleClickAction`."""

    type: Literal["double_click"]

    x: int

    y: int

    keys: NotRequired[Sequence[str] | None]


class DragParamParam(TypedDict, total=True):
    """Keys of `DragParam`."""

    type: Literal["drag"]

    path: Sequence[CoordParamParam]

    keys: NotRequired[Sequence[str] | None]


class EasyInputMessageParam(TypedDict, total=True):
    """Keys of `EasyInputMessage`."""

    role: Literal["assistant", "developer", "system", "user"] | str

    content: str | Sequence[InputTextContentDict | InputImageContentParam | InputFileContentDict]

    phase: NotRequired[Literal["commentary", "final_answer"] | str | None]

    type: NotRequired[Literal["message"]]


class EvalGraderPythonParam(TypedDict, total=True):
    """Keys of `EvalGraderPython`."""

    type: Literal["python"]

    name: str

    source: str

    image_tag: NotRequired[str]

    pass_threshold: NotRequired[float]


class EvalGraderScoreModelParam(TypedDict, total=True):
    """Keys of `EvalGraderScoreModel`."""

    type: Literal["score_model"]

    name: str

    model: str

    input: Sequence[EvalItemParam]

    sampling_params: NotRequired[EvalGraderScoreModelSamplingParamsParam]

    range: NotRequired[Sequence[float]]

    pass_threshold: NotRequired[float]


class EvalGraderScoreModelSamplingParamsParam(TypedDict, total=True):
    """Keys of `EvalGraderScoreModelSamplingParams`."""

    seed: NotRequired[int | None]

    top_p: NotRequired[float | None]

    temperature: NotRequired[float | None]

    max_completions_tokens: NotRequired[int | None]

    reasoning_effort: NotRequired[
        Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | str | None
    ]


class EvalGraderStringCheckParam(TypedDict, total=True):
    """Keys of `EvalGraderStringCheck`."""

    type: Literal["string_check"]

    name: str

    input: str

    reference: str

    operation: Literal["eq", "ilike", "like", "ne"] | str


class EvalGraderTextSimilarityParam(TypedDict, total=True):
    """Keys of `EvalGraderTextSimilarity`."""

    type: Literal["text_similarity"]

    name: str

    input: str

    reference: str

    evaluation_metric: (
        Literal[
            "bleu",
            "cosine",
            "fuzzy_match",
            "gleu",
            "meteor",
            "rouge_1",
            "rouge_2",
            "rouge_3",
            "rouge_4",
            "rouge_5",
            "rouge_l",
        ]
        | str
    )

    pass_threshold: float


class EvalItemContentOutputTextParam(TypedDict, total=True):
    """Keys of `EvalItemContentOutputText`."""

    type: Literal["output_text"]

    text: str


class EvalItemInputImageParam(TypedDict, total=True):
    """Keys of `EvalItemInputImage`."""

    type: Literal["input_image"]

    image_url: str

    detail: NotRequired[str]


class EvalItemParam(TypedDict, total=True):
    """Keys of `EvalItem`."""

    role: Literal["assistant", "developer", "system", "user"] | str

    content: (
        str
        | InputTextContentDict
        | EvalItemContentOutputTextParam
        | EvalItemInputImageParam
        | InputAudioParam
        | Sequence[
            str
            | InputTextContentDict
            | EvalItemContentOutputTextParam
            | EvalItemInputImageParam
            | InputAudioParam
        ]
    )

    type: NotRequired[Literal["message"]]


class EvalJsonlFileContentSourceContentItemParam(TypedDict, total=True):
    """Keys of `EvalJsonlFileContentSourceContentItem`."""

    item: Mapping[str, Any]

    sample: NotRequired[Mapping[str, Any]]


class EvalJsonlFileContentSourceParam(TypedDict, total=True):
    """Keys of `EvalJsonlFileContentSource`."""

    type: Literal["file_content"]

    content: Sequence[EvalJsonlFileContentSourceContentItemParam]


class EvalJsonlFileIdSourceParam(TypedDict, total=True):
    """Keys of `EvalJsonlFileIdSource`."""

    type: Literal["file_id"]

    id: str


class EvalResponsesSourceParam(TypedDict, total=True):
    """Keys of `EvalResponsesSource`."""

    type: Literal["responses"]

    metadata: NotRequired[Mapping[str, Any] | None]

    model: NotRequired[str | None]

    instructions_search: NotRequired[str | None]

    created_after: NotRequired[int | None]

    created_before: NotRequired[int | None]

    reasoning_effort: NotRequired[
        Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | str | None
    ]

    temperature: NotRequired[float | None]

    top_p: NotRequired[float | None]

    users: NotRequired[Sequence[str] | None]

    tools: NotRequired[Sequence[str] | None]


class EvalStoredCompletionsSourceParam(TypedDict, total=True):
    """Keys of `EvalStoredCompletionsSource`."""

    type: Literal["stored_completions"]

    metadata: NotRequired[Mapping[str, str] | None]

    model: NotRequired[str | None]

    created_after: NotRequired[int | None]

    created_before: NotRequired[int | None]

    limit: NotRequired[int | None]


class ExpiresAfterParamParam(TypedDict, total=True):
    """Keys of `ExpiresAfterParam`."""

    anchor: Literal["created_at"]

    seconds: int


class FileCitationBodyParam(TypedDict, total=True):
    """Keys of `FileCitationBody`."""

    type: Literal["file_citation"]

    file_id: str

    index: int

    filename: str


class FileExpirationAfterParam(TypedDict, total=True):
    """Keys of `FileExpirationAfter`."""

    anchor: Literal["created_at"]

    seconds: int


class FilePathParam(TypedDict, total=True):
    """Keys of `FilePath`."""

    type: Literal["file_path"]

    file_id: str

    index: int


class FileSearchRankingOptionsParam(TypedDict, total=True):
    """Keys of `FileSearchRankingOptions`."""

    score_threshold: float

    ranker: NotRequired[Literal["auto", "default_2024_08_21"] | str]


class FileSearchToolCallParam(TypedDict, total=True):
    """Keys of `FileSearchToolCall`."""

    id: str

    type: Literal["file_search_call"]

    status: Literal["completed", "failed", "in_progress", "incomplete", "searching"] | str

    queries: Sequence[str]

    results: NotRequired[Sequence[FileSearchToolCallResultsType0ItemParam] | None]


class FileSearchToolCallResultsType0ItemParam(TypedDict, total=True):
    """Keys of `FileSearchToolCallResultsType0Item`."""

    file_id: NotRequired[str]

    text: NotRequired[str]

    filename: NotRequired[str]

    attributes: NotRequired[Mapping[str, str | float | bool] | None]

    score: NotRequired[float]


class FileSearchToolParam(TypedDict, total=True):
    """Keys of `FileSearchTool`."""

    type: Literal["file_search"]

    vector_store_ids: Sequence[str]

    max_num_results: NotRequired[int]

    ranking_options: NotRequired[RankingOptionsParam]

    filters: NotRequired[ComparisonFilterParam | CompoundFilterParam | None]


class FileUploadParamParam(TypedDict, total=True):
    """Keys of `FileUploadParam`."""

    enabled: NotRequired[bool]

    max_file_size: NotRequired[int]

    max_files: NotRequired[int]


class FineTuneDPOHyperparametersParam(TypedDict, total=True):
    """Keys of `FineTuneDPOHyperparameters`."""

    beta: NotRequired[Literal["auto"] | float]

    batch_size: NotRequired[Literal["auto"] | int]

    learning_rate_multiplier: NotRequired[Literal["auto"] | float]

    n_epochs: NotRequired[Literal["auto"] | int]


class FineTuneDPOMethodParam(TypedDict, total=True):
    """Keys of `FineTuneDPOMethod`."""

    hyperparameters: NotRequired[FineTuneDPOHyperparametersParam]


class FineTuneMethodParam(TypedDict, total=True):
    """Keys of `FineTuneMethod`."""

    type: Literal["dpo", "reinforcement", "supervised"] | str

    supervised: NotRequired[FineTuneSupervisedMethodParam]

    dpo: NotRequired[FineTuneDPOMethodParam]

    reinforcement: NotRequired[FineTuneReinforcementMethodParam]


class FineTuneReinforcementHyperparametersParam(TypedDict, total=True):
    """Keys of `FineTuneReinforcementHyperparameters`."""

    batch_size: NotRequired[Literal["auto"] | int]

    learning_rate_multiplier: NotRequired[Literal["auto"] | float]

    n_epochs: NotRequired[Literal["auto"] | int]

    reasoning_effort: NotRequired[Literal["default", "high", "low", "medium"] | str]

    compute_multiplier: NotRequired[Literal["auto"] | float]

    eval_interval: NotRequired[Literal["auto"] | int]

    eval_samples: NotRequired[Literal["auto"] | int]


class FineTuneReinforcementMethodParam(TypedDict, total=True):
    """Keys of `FineTuneReinforcementMethod`."""

    grader: (
        GraderStringCheckParam
        | GraderTextSimilarityParam
        | GraderPythonParam
        | GraderScoreModelParam
        | GraderMultiParam
    )

    hyperparameters: NotRequired[FineTuneReinforcementHyperparametersParam]


class FineTuneSupervisedHyperparametersParam(TypedDict, total=True):
    """Keys of `FineTuneSupervisedHyperparameters`."""

    batch_size: NotRequired[Literal["auto"] | int]

    learning_rate_multiplier: NotRequired[Literal["auto"] | float]

    n_epochs: NotRequired[Literal["auto"] | int]


class FineTuneSupervisedMethodParam(TypedDict, total=True):
    """Keys of `FineTuneSupervisedMethod`."""

    hyperparameters: NotRequired[FineTuneSupervisedHyperparametersParam]


class FunctionCallOutputItemParamParam(TypedDict, total=True):
    """Keys of `FunctionCallOutputItemParam`."""

    type: Literal["function_call_output"]

    output: (
        str
        | Sequence[
            InputTextContentParamParam
            | InputImageContentParamAutoParamParam
            | InputFileContentParamParam
        ]
    )

    id: NotRequired[str | None]

    call_id: NotRequired[str | None]

    name: NotRequired[str | None]

    namespace: NotRequired[str | None]

    caller: NotRequired[DirectToolCallCallerParamParam | ProgramToolCallCallerParamParam | None]

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str | None]


class FunctionObjectParam(TypedDict, total=True):
    """Keys of `FunctionObject`."""

    name: str

    description: NotRequired[str]

    parameters: NotRequired[Mapping[str, Any]]

    strict: NotRequired[bool | None]


class FunctionShellActionParamParam(TypedDict, total=True):
    """Keys of `FunctionShellActionParam`."""

    commands: Sequence[str]

    timeout_ms: NotRequired[int | None]

    max_output_length: NotRequired[int | None]


class FunctionShellCallItemParamParam(TypedDict, total=True):
    """Keys of `FunctionShellCallItemParam`."""

    call_id: str

    type: Literal["shell_call"]

    action: FunctionShellActionParamParam

    id: NotRequired[str | None]

    caller: NotRequired[DirectToolCallCallerParamParam | ProgramToolCallCallerParamParam | None]

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str | None]

    environment: NotRequired[LocalEnvironmentParamParam | ContainerReferenceParamParam | None]


class FunctionShellCallOutputContentParamParam(TypedDict, total=True):
    """Keys of `FunctionShellCallOutputContentParam`."""

    stdout: str

    stderr: str

    outcome: (
        FunctionShellCallOutputTimeoutOutcomeParamParam
        | FunctionShellCallOutputExitOutcomeParamParam
    )


class FunctionShellCallOutputExitOutcomeParamParam(TypedDict, total=True):
    """Keys of `FunctionShellCallOutputExitOutcomeParam`."""

    type: Literal["exit"]

    exit_code: int


class FunctionShellCallOutputItemParamParam(TypedDict, total=True):
    """Keys of `FunctionShellCallOutputItemParam`."""

    call_id: str

    type: Literal["shell_call_output"]

    output: Sequence[FunctionShellCallOutputContentParamParam]

    id: NotRequired[str | None]

    caller: NotRequired[DirectToolCallCallerParamParam | ProgramToolCallCallerParamParam | None]

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str | None]

    max_output_length: NotRequired[int | None]


class FunctionShellCallOutputTimeoutOutcomeParamParam(TypedDict, total=True):
    """Keys of `FunctionShellCallOutputTimeoutOutcomeParam`."""

    type: Literal["timeout"]


class FunctionShellToolParamParam(TypedDict, total=True):
    """Keys of `FunctionShellToolParam`."""

    type: Literal["shell"]

    environment: NotRequired[
        ContainerAutoParamParam | LocalEnvironmentParamParam | ContainerReferenceParamParam | None
    ]

    allowed_callers: NotRequired[Sequence[Literal["direct", "programmatic"] | str] | None]


class FunctionToolCallParam(TypedDict, total=True):
    """Keys of `FunctionToolCall`."""

    type: Literal["function_call"]

    call_id: str

    name: str

    arguments: str

    id: NotRequired[str]

    caller: NotRequired[DirectToolCallCallerDict | ProgramToolCallCallerDict | None]

    namespace: NotRequired[str]

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str]


class FunctionToolDict(TypedDict, total=True):
    """Keys of `FunctionTool`."""

    type: Literal["function"]

    name: str

    description: NotRequired[str | None]

    parameters: NotRequired[Mapping[str, Any] | None]

    output_schema: NotRequired[Mapping[str, Any] | None]

    strict: NotRequired[bool | None]

    defer_loading: NotRequired[bool]

    allowed_callers: NotRequired[Sequence[Literal["direct", "programmatic"] | str] | None]


class FunctionToolParamParam(TypedDict, total=True):
    """Keys of `FunctionToolParam`."""

    name: str

    type: Literal["function"]

    description: NotRequired[str | None]

    parameters: NotRequired[Mapping[str, Any] | None]

    strict: NotRequired[bool | None]

    output_schema: NotRequired[Mapping[str, Any] | None]

    defer_loading: NotRequired[bool]

    allowed_callers: NotRequired[Sequence[Literal["direct", "programmatic"] | str] | None]


class GraderLabelModelParam(TypedDict, total=True):
    """Keys of `GraderLabelModel`."""

    type: Literal["label_model"]

    name: str

    model: str

    input: Sequence[EvalItemParam]

    labels: Sequence[str]

    passing_labels: Sequence[str]


class GraderMultiParam(TypedDict, total=True):
    """Keys of `GraderMulti`."""

    type: Literal["multi"]

    name: str

    graders: (
        GraderStringCheckParam
        | GraderTextSimilarityParam
        | GraderPythonParam
        | GraderScoreModelParam
        | GraderLabelModelParam
    )

    calculate_output: str


class GraderPythonParam(TypedDict, total=True):
    """Keys of `GraderPython`."""

    type: Literal["python"]

    name: str

    source: str

    image_tag: NotRequired[str]


class GraderScoreModelParam(TypedDict, total=True):
    """Keys of `GraderScoreModel`."""

    type: Literal["score_model"]

    name: str

    model: str

    input: Sequence[EvalItemParam]

    sampling_params: NotRequired[GraderScoreModelSamplingParamsParam]

    range: NotRequired[Sequence[float]]


class GraderScoreModelSamplingParamsParam(TypedDict, total=True):
    """Keys of `GraderScoreModelSamplingParams`."""

    seed: NotRequired[int | None]

    top_p: NotRequired[float | None]

    temperature: NotRequired[float | None]

    max_completions_tokens: NotRequired[int | None]

    reasoning_effort: NotRequired[
        Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | str | None
    ]


class GraderStringCheckParam(TypedDict, total=True):
    """Keys of `GraderStringCheck`."""

    type: Literal["string_check"]

    name: str

    input: str

    reference: str

    operation: Literal["eq", "ilike", "like", "ne"] | str


class GraderTextSimilarityParam(TypedDict, total=True):
    """Keys of `GraderTextSimilarity`."""

    type: Literal["text_similarity"]

    name: str

    input: str

    reference: str

    evaluation_metric: (
        Literal[
            "bleu",
            "cosine",
            "fuzzy_match",
            "gleu",
            "meteor",
            "rouge_1",
            "rouge_2",
            "rouge_3",
            "rouge_4",
            "rouge_5",
            "rouge_l",
        ]
        | str
    )


class HTTPErrorParam(TypedDict, total=True):
    """Keys of `HTTPError`."""

    type: Literal["http_error"]

    code: int

    message: str


class HistoryParamParam(TypedDict, total=True):
    """Keys of `HistoryParam`."""

    enabled: NotRequired[bool]

    recent_threads: NotRequired[int]


class HostedToolPermissionUpdateParam(TypedDict, total=True):
    """Keys of `HostedToolPermissionUpdate`."""

    enabled: bool


class HybridSearchOptionsParam(TypedDict, total=True):
    """Keys of `HybridSearchOptions`."""

    embedding_weight: float

    text_weight: float


class ImageGenToolCallParam(TypedDict, total=True):
    """Keys of `ImageGenToolCall`."""

    type: Literal["image_generation_call"]

    id: str

    status: Literal["completed", "failed", "generating", "in_progress"] | str

    result: NotRequired[str | None]


class ImageGenToolInputImageMaskParam(TypedDict, total=True):
    """Keys of `ImageGenToolInputImageMask`."""

    image_url: NotRequired[str]

    file_id: NotRequired[str]


class ImageGenToolParam(TypedDict, total=True):
    """Keys of `ImageGenTool`."""

    type: Literal["image_generation"]

    model: NotRequired[str]

    quality: NotRequired[Literal["auto", "high", "low", "medium"] | str]

    size: NotRequired[str]

    output_format: NotRequired[Literal["jpeg", "png", "webp"] | str]

    output_compression: NotRequired[int]

    moderation: NotRequired[Literal["auto", "low"] | str]

    background: NotRequired[Literal["auto", "opaque", "transparent"] | str]

    input_fidelity: NotRequired[Literal["high", "low"] | str | None]

    input_image_mask: NotRequired[ImageGenToolInputImageMaskParam]

    partial_images: NotRequired[int]

    action: NotRequired[Literal["auto", "edit", "generate"] | str]


class ImageRefParam2Param(TypedDict, total=True):
    """Keys of `ImageRefParam2`."""

    image_url: NotRequired[str]

    file_id: NotRequired[str]


class InlineSkillParamParam(TypedDict, total=True):
    """Keys of `InlineSkillParam`."""

    type: Literal["inline"]

    name: str

    description: str

    source: InlineSkillSourceParamParam


class InlineSkillSourceParamParam(TypedDict, total=True):
    """Keys of `InlineSkillSourceParam`."""

    type: Literal["base64"]

    media_type: Literal["application/zip"]

    data: str


class InputAudioInputAudioParam(TypedDict, total=True):
    """Keys of `InputAudioInputAudio`."""

    data: str

    format: Literal["mp3", "wav"] | str


class InputAudioParam(TypedDict, total=True):
    """Keys of `InputAudio`."""

    type: Literal["input_audio"]

    input_audio: InputAudioInputAudioParam


class InputFileContentDict(TypedDict, total=True):
    """Keys of `InputFileContent`."""

    type: Literal["input_file"]

    file_id: NotRequired[str | None]

    filename: NotRequired[str]

    file_data: NotRequired[str]

    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpointConfigParam]

    file_url: NotRequired[str]

    detail: NotRequired[Literal["auto", "high", "low"] | str]


class InputFileContentParamParam(TypedDict, total=True):
    """Keys of `InputFileContentParam`."""

    type: Literal["input_file"]

    file_id: NotRequired[str | None]

    filename: NotRequired[str | None]

    file_data: NotRequired[str | None]

    file_url: NotRequired[str | None]

    detail: NotRequired[Literal["auto", "high", "low"] | str]

    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpointParamParam | None]


class InputImageContentParam(TypedDict, total=True):
    """Keys of `InputImageContent`."""

    type: Literal["input_image"]

    detail: Literal["auto", "high", "low", "original"] | str

    image_url: NotRequired[str | None]

    file_id: NotRequired[str | None]

    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpointConfigParam]


class InputImageContentParamAutoParamParam(TypedDict, total=True):
    """Keys of `InputImageContentParamAutoParam`."""

    type: Literal["input_image"]

    image_url: NotRequired[str | None]

    file_id: NotRequired[str | None]

    detail: NotRequired[Literal["auto", "high", "low", "original"] | str | None]

    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpointParamParam | None]


class InputMessageParam(TypedDict, total=True):
    """Keys of `InputMessage`."""

    role: Literal["developer", "system", "user"] | str

    content: Sequence[InputTextContentDict | InputImageContentParam | InputFileContentDict]

    type: NotRequired[Literal["message"]]

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str]


class InputTextContentDict(TypedDict, total=True):
    """Keys of `InputTextContent`."""

    type: Literal["input_text"]

    text: str

    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpointConfigParam]


class InputTextContentParamParam(TypedDict, total=True):
    """Keys of `InputTextContentParam`."""

    type: Literal["input_text"]

    text: str

    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpointParamParam | None]


class InviteRequestProjectsItemParam(TypedDict, total=True):
    """Keys of `InviteRequestProjectsItem`."""

    id: str

    role: Literal["member", "owner"] | str


class ItemReferenceParamParam(TypedDict, total=True):
    """Keys of `ItemReferenceParam`."""

    id: str

    type: NotRequired[Literal["item_reference"] | None]


class KeyPressActionParam(TypedDict, total=True):
    """Keys of `KeyPressAction`."""

    type: Literal["keypress"]

    keys: Sequence[str]


class ListAuditLogsEffectiveAtParam(TypedDict, total=True):
    """Keys of `ListAuditLogsEffectiveAt`."""

    gt: NotRequired[int]

    gte: NotRequired[int]

    lt: NotRequired[int]

    lte: NotRequired[int]


class LocalEnvironmentParamParam(TypedDict, total=True):
    """Keys of `LocalEnvironmentParam`."""

    type: Literal["local"]

    skills: NotRequired[Sequence[LocalSkillParamParam]]


class LocalShellExecActionParam(TypedDict, total=True):
    """Keys of `LocalShellExecAction`."""

    type: Literal["exec"]

    command: Sequence[str]

    env: Mapping[str, str]

    timeout_ms: NotRequired[int | None]

    working_directory: NotRequired[str | None]

    user: NotRequired[str | None]


class LocalShellToolCallOutputParam(TypedDict, total=True):
    """Keys of `LocalShellToolCallOutput`."""

    type: Literal["local_shell_call_output"]

    id: str

    output: str

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str | None]


class LocalShellToolCallParam(TypedDict, total=True):
    """Keys of `LocalShellToolCall`."""

    type: Literal["local_shell_call"]

    id: str

    call_id: str

    action: LocalShellExecActionParam

    status: Literal["completed", "in_progress", "incomplete"] | str


class LocalShellToolParamParam(TypedDict, total=True):
    """Keys of `LocalShellToolParam`."""

    type: Literal["local_shell"]


class LocalSkillParamParam(TypedDict, total=True):
    """Keys of `LocalSkillParam`."""

    name: str

    description: str

    path: str


class LogProbParam(TypedDict, total=True):
    """Keys of `LogProb`."""

    token: str

    logprob: float

    bytes: Sequence[int]

    top_logprobs: Sequence[TopLogProbParam]


class MCPApprovalRequestParam(TypedDict, total=True):
    """Keys of `MCPApprovalRequest`."""

    type: Literal["mcp_approval_request"]

    id: str

    server_label: str

    name: str

    arguments: str


class MCPApprovalResponseParam(TypedDict, total=True):
    """Keys of `MCPApprovalResponse`."""

    type: Literal["mcp_approval_response"]

    approval_request_id: str

    approve: bool

    id: NotRequired[str | None]

    reason: NotRequired[str | None]


class MCPListToolsParam(TypedDict, total=True):
    """Keys of `MCPListTools`."""

    type: Literal["mcp_list_tools"]

    id: str

    server_label: str

    tools: Sequence[MCPListToolsToolParam]

    error: NotRequired[str | None]


class MCPListToolsToolParam(TypedDict, total=True):
    """Keys of `MCPListToolsTool`."""

    name: str

    input_schema: Mapping[str, Any]

    description: NotRequired[str | None]

    annotations: NotRequired[Mapping[str, Any] | None]


class MCPProtocolErrorParam(TypedDict, total=True):
    """Keys of `MCPProtocolError`."""

    type: Literal["mcp_protocol_error"]

    code: int

    message: str


class MCPToolCallParam(TypedDict, total=True):
    """Keys of `MCPToolCall`."""

    type: Literal["mcp_call"]

    id: str

    server_label: str

    name: str

    arguments: str

    output: NotRequired[str | None]

    error: NotRequired[MCPProtocolErrorParam | MCPToolExecutionErrorParam | HTTPErrorParam | None]

    status: NotRequired[
        Literal["calling", "completed", "failed", "in_progress", "incomplete"] | str
    ]

    approval_request_id: NotRequired[str | None]


class MCPToolExecutionErrorParam(TypedDict, total=True):
    """Keys of `MCPToolExecutionError`."""

    type: Literal["mcp_tool_execution_error"]

    content: Any


class MCPToolFilterParam(TypedDict, total=True):
    """Keys of `MCPToolFilter`."""

    tool_names: NotRequired[Sequence[str]]

    read_only: NotRequired[bool]


class MCPToolParam(TypedDict, total=True):
    """Keys of `MCPTool`."""

    type: Literal["mcp"]

    server_label: str

    server_url: NotRequired[str]

    connector_id: NotRequired[
        Literal[
            "connector_dropbox",
            "connector_gmail",
            "connector_googlecalendar",
            "connector_googledrive",
            "connector_microsoftteams",
            "connector_outlookcalendar",
            "connector_outlookemail",
            "connector_sharepoint",
        ]
        | str
    ]

    tunnel_id: NotRequired[str]

    authorization: NotRequired[str]

    server_description: NotRequired[str]

    headers: NotRequired[Mapping[str, str] | None]

    allowed_tools: NotRequired[Sequence[str] | MCPToolFilterParam | None]

    allowed_callers: NotRequired[Sequence[Literal["direct", "programmatic"] | str] | None]

    require_approval: NotRequired[
        MCPToolRequireApprovalType0Type0Param | Literal["always", "never"] | str | None
    ]

    defer_loading: NotRequired[bool]


class MCPToolRequireApprovalType0Type0Param(TypedDict, total=True):
    """Keys of `MCPToolRequireApprovalType0Type0`."""

    always: NotRequired[MCPToolFilterParam]

    never: NotRequired[MCPToolFilterParam]


class MessageContentImageFileObjectImageFileParam(TypedDict, total=True):
    """Keys of `MessageContentImageFileObjectImageFile`."""

    file_id: str

    detail: NotRequired[Literal["auto", "high", "low"] | str]


class MessageContentImageFileObjectParam(TypedDict, total=True):
    """Keys of `MessageContentImageFileObject`."""

    type: Literal["image_file"]

    image_file: MessageContentImageFileObjectImageFileParam


class MessageContentImageUrlObjectImageUrlParam(TypedDict, total=True):
    """Keys of `MessageContentImageUrlObjectImageUrl`."""

    url: str

    detail: NotRequired[Literal["auto", "high", "low"] | str]


class MessageContentImageUrlObjectParam(TypedDict, total=True):
    """Keys of `MessageContentImageUrlObject`."""

    type: Literal["image_url"]

    image_url: MessageContentImageUrlObjectImageUrlParam


class MessageRequestContentTextObjectParam(TypedDict, total=True):
    """Keys of `MessageRequestContentTextObject`."""

    type: Literal["text"]

    text: str


class ModerationConfigParamParam(TypedDict, total=True):
    """Keys of `ModerationConfigParam`."""

    mode: Literal["block", "score"] | str


class ModerationParamParam(TypedDict, total=True):
    """Keys of `ModerationParam`."""

    model: str

    policy: NotRequired[ModerationPolicyParamParam | None]


class ModerationPolicyParamParam(TypedDict, total=True):
    """Keys of `ModerationPolicyParam`."""

    input: NotRequired[ModerationConfigParamParam | None]

    output: NotRequired[ModerationConfigParamParam | None]


class ModifyAssistantRequestToolResourcesType0CodeInterpreterParam(TypedDict, total=True):
    """Keys of `ModifyAssistantRequestToolResourcesType0CodeInterpreter`."""

    file_ids: NotRequired[Sequence[str]]


class ModifyAssistantRequestToolResourcesType0FileSearchParam(TypedDict, total=True):
    """Keys of `ModifyAssistantRequestToolResourcesType0FileSearch`."""

    vector_store_ids: NotRequired[Sequence[str]]


class ModifyAssistantRequestToolResourcesType0Param(TypedDict, total=True):
    """Keys of `ModifyAssistantRequestToolResourcesType0`."""

    code_interpreter: NotRequired[ModifyAssistantRequestToolResourcesType0CodeInterpreterParam]

    file_search: NotRequired[ModifyAssistantRequestToolResourcesType0FileSearchParam]


class ModifyThreadRequestToolResourcesType0CodeInterpreterParam(TypedDict, total=True):
    """Keys of `ModifyThreadRequestToolResourcesType0CodeInterpreter`."""

    file_ids: NotRequired[Sequence[str]]


class ModifyThreadRequestToolResourcesType0FileSearchParam(TypedDict, total=True):
    """Keys of `ModifyThreadRequestToolResourcesType0FileSearch`."""

    vector_store_ids: NotRequired[Sequence[str]]


class ModifyThreadRequestToolResourcesType0Param(TypedDict, total=True):
    """Keys of `ModifyThreadRequestToolResourcesType0`."""

    code_interpreter: NotRequired[ModifyThreadRequestToolResourcesType0CodeInterpreterParam]

    file_search: NotRequired[ModifyThreadRequestToolResourcesType0FileSearchParam]


class MoveParamParam(TypedDict, total=True):
    """Keys of `MoveParam`."""

    type: Literal["move"]

    x: int

    y: int

    keys: NotRequired[Sequence[str] | None]


class NamespaceToolParamParam(TypedDict, total=True):
    """Keys of `NamespaceToolParam`."""

    type: Literal["namespace"]

    name: str

    description: str

    tools: Sequence[FunctionToolParamParam | CustomToolParamParam]


class OutputMessageParam(TypedDict, total=True):
    """Keys of `OutputMessage`."""

    id: str

    type: Literal["message"]

    role: Literal["assistant"]

    content: Sequence[OutputTextContentParam | RefusalContentParam]

    status: Literal["completed", "in_progress", "incomplete"] | str

    phase: NotRequired[Literal["commentary", "final_answer"] | str | None]


class OutputTextContentParam(TypedDict, total=True):
    """Keys of `OutputTextContent`."""

    type: Literal["output_text"]

    text: str

    annotations: Sequence[
        FileCitationBodyParam
        | UrlCitationBodyParam
        | ContainerFileCitationBodyParam
        | FilePathParam
    ]

    logprobs: Sequence[LogProbParam]


class PredictionContentParam(TypedDict, total=True):
    """Keys of `PredictionContent`."""

    type: Literal["content"]

    content: str | Sequence[ChatCompletionRequestMessageContentPartTextParam]


class ProgramItemParamParam(TypedDict, total=True):
    """Keys of `ProgramItemParam`."""

    id: str

    type: Literal["program"]

    call_id: str

    code: str

    fingerprint: str


class ProgramOutputItemParamParam(TypedDict, total=True):
    """Keys of `ProgramOutputItemParam`."""

    id: str

    type: Literal["program_output"]

    call_id: str

    result: str

    status: Literal["completed", "incomplete"] | str


class ProgramToolCallCallerDict(TypedDict, total=True):
    """Keys of `ProgramToolCallCaller`."""

    type: Literal["program"]

    caller_id: str


class ProgramToolCallCallerParamParam(TypedDict, total=True):
    """Keys of `ProgramToolCallCallerParam`."""

    type: Literal["program"]

    caller_id: str


class ProgrammaticToolCallingParamParam(TypedDict, total=True):
    """Keys of `ProgrammaticToolCallingParam`."""

    type: Literal["programmatic_tool_calling"]


class PromptCacheBreakpointConfigParam(TypedDict, total=True):
    """Keys of `PromptCacheBreakpointConfig`."""

    mode: Literal["explicit"]


class PromptCacheBreakpointParamParam(TypedDict, total=True):
    """Keys of `PromptCacheBreakpointParam`."""

    mode: Literal["explicit"]


class PromptCacheOptionsParamParam(TypedDict, total=True):
    """Keys of `PromptCacheOptionsParam`."""

    ttl: NotRequired[Literal["30m"]]

    mode: NotRequired[Literal["explicit", "implicit"] | str]


class PromptType0Param(TypedDict, total=True):
    """Keys of `PromptType0`."""

    id: str

    version: NotRequired[str | None]

    variables: NotRequired[
        Mapping[str, str | InputTextContentDict | InputImageContentParam | InputFileContentDict]
        | None
    ]


class RankingOptionsParam(TypedDict, total=True):
    """Keys of `RankingOptions`."""

    ranker: NotRequired[Literal["auto", "default-2024-11-15"] | str]

    score_threshold: NotRequired[float]

    hybrid_search: NotRequired[HybridSearchOptionsParam]


class RateLimitsParamParam(TypedDict, total=True):
    """Keys of `RateLimitsParam`."""

    max_requests_per_1_minute: NotRequired[int]


class RealtimeAudioFormatsType0Param(TypedDict, total=True):
    """Keys of `RealtimeAudioFormatsType0`."""

    type: NotRequired[Literal["audio/pcm"]]

    rate: NotRequired[Literal[24000] | int]


class RealtimeAudioFormatsType1Param(TypedDict, total=True):
    """Keys of `RealtimeAudioFormatsType1`."""

    type: NotRequired[Literal["audio/pcmu"]]


class RealtimeAudioFormatsType2Param(TypedDict, total=True):
    """Keys of `RealtimeAudioFormatsType2`."""

    type: NotRequired[Literal["audio/pcma"]]


class RealtimeCreateClientSecretRequestExpiresAfterParam(TypedDict, total=True):
    """Keys of `RealtimeCreateClientSecretRequestExpiresAfter`."""

    anchor: NotRequired[Literal["created_at"]]

    seconds: NotRequired[int]


class RealtimeFunctionToolParam(TypedDict, total=True):
    """Keys of `RealtimeFunctionTool`."""

    type: NotRequired[Literal["function"]]

    name: NotRequired[str]

    description: NotRequired[str]

    parameters: NotRequired[Mapping[str, Any]]


class RealtimeReasoningParam(TypedDict, total=True):
    """Keys of `RealtimeReasoning`."""

    effort: NotRequired[Literal["high", "low", "medium", "minimal", "xhigh"] | str]


class RealtimeSessionCreateRequestClientSecretParam(TypedDict, total=True):
    """Keys of `RealtimeSessionCreateRequestClientSecret`."""

    value: str

    expires_at: int


class RealtimeSessionCreateRequestGAAudioInputNoiseReductionParam(TypedDict, total=True):
    """Keys of `RealtimeSessionCreateRequestGAAudioInputNoiseReduction`."""

    type: NotRequired[Literal["far_field", "near_field"] | str]


class RealtimeSessionCreateRequestGAAudioInputParam(TypedDict, total=True):
    """Keys of `RealtimeSessionCreateRequestGAAudioInput`."""

    format: NotRequired[
        RealtimeAudioFormatsType0Param
        | RealtimeAudioFormatsType1Param
        | RealtimeAudioFormatsType2Param
    ]

    transcription: NotRequired[AudioTranscriptionParam]

    noise_reduction: NotRequired[RealtimeSessionCreateRequestGAAudioInputNoiseReductionParam]

    turn_detection: NotRequired[
        RealtimeTurnDetectionType0Type0Param | RealtimeTurnDetectionType0Type1Param | None
    ]


class RealtimeSessionCreateRequestGAAudioOutputParam(TypedDict, total=True):
    """Keys of `RealtimeSessionCreateRequestGAAudioOutput`."""

    format: NotRequired[
        RealtimeAudioFormatsType0Param
        | RealtimeAudioFormatsType1Param
        | RealtimeAudioFormatsType2Param
    ]

    voice: NotRequired[str | VoiceIdsOrCustomVoiceType1Param]

    speed: NotRequired[float]


class RealtimeSessionCreateRequestGAAudioParam(TypedDict, total=True):
    """Keys of `RealtimeSessionCreateRequestGAAudio`."""

    input: NotRequired[RealtimeSessionCreateRequestGAAudioInputParam]

    output: NotRequired[RealtimeSessionCreateRequestGAAudioOutputParam]


class RealtimeSessionCreateRequestGAParam(TypedDict, total=True):
    """Keys of `RealtimeSessionCreateRequestGA`."""

    type: Literal["realtime"]

    output_modalities: NotRequired[Sequence[Literal["audio", "text"] | str]]

    model: NotRequired[str]

    instructions: NotRequired[str]

    audio: NotRequired[RealtimeSessionCreateRequestGAAudioParam]

    include: NotRequired[Sequence[Literal["item.input_audio_transcription.logprobs"]]]

    tracing: NotRequired[
        Literal["auto"] | RealtimeSessionCreateRequestGATracingType0Type1Param | None
    ]

    tools: NotRequired[Sequence[RealtimeFunctionToolParam | MCPToolParam]]

    tool_choice: NotRequired[
        Literal["auto", "none", "required"] | str | ToolChoiceFunctionParam | ToolChoiceMCPParam
    ]

    parallel_tool_calls: NotRequired[bool]

    reasoning: NotRequired[RealtimeReasoningParam]

    max_output_tokens: NotRequired[int | Literal["inf"]]

    truncation: NotRequired[Literal["auto", "disabled"] | str | RealtimeTruncationType1Param]

    prompt: NotRequired[PromptType0Param | None]


class RealtimeSessionCreateRequestGATracingType0Type1Param(TypedDict, total=True):
    """Keys of `RealtimeSessionCreateRequestGATracingType0Type1`."""

    workflow_name: NotRequired[str]

    group_id: NotRequired[str]

    metadata: NotRequired[Mapping[str, Any]]


class RealtimeSessionCreateRequestInputAudioTranscriptionParam(TypedDict, total=True):
    """Keys of `RealtimeSessionCreateRequestInputAudioTranscription`."""

    model: NotRequired[str]


class RealtimeSessionCreateRequestToolsItemParam(TypedDict, total=True):
    """Keys of `RealtimeSessionCreateRequestToolsItem`."""

    type: NotRequired[Literal["function"]]

    name: NotRequired[str]

    description: NotRequired[str]

    parameters: NotRequired[Mapping[str, Any]]


class RealtimeSessionCreateRequestTracingType1Param(TypedDict, total=True):
    """Keys of `RealtimeSessionCreateRequestTracingType1`."""

    workflow_name: NotRequired[str]

    group_id: NotRequired[str]

    metadata: NotRequired[Mapping[str, Any]]


class RealtimeSessionCreateRequestTurnDetectionParam(TypedDict, total=True):
    """Keys of `RealtimeSessionCreateRequestTurnDetection`."""

    type: NotRequired[str]

    threshold: NotRequired[float]

    prefix_padding_ms: NotRequired[int]

    silence_duration_ms: NotRequired[int]


class RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReductionParam(
    TypedDict, total=True
):
    """Keys of `RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction`."""

    type: NotRequired[Literal["far_field", "near_field"] | str]


class RealtimeTranscriptionSessionCreateRequestGAAudioInputParam(TypedDict, total=True):
    """Keys of `RealtimeTranscriptionSessionCreateRequestGAAudioInput`."""

    format: NotRequired[
        RealtimeAudioFormatsType0Param
        | RealtimeAudioFormatsType1Param
        | RealtimeAudioFormatsType2Param
    ]

    transcription: NotRequired[AudioTranscriptionParam]

    noise_reduction: NotRequired[
        RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReductionParam
    ]

    turn_detection: NotRequired[
        RealtimeTurnDetectionType0Type0Param | RealtimeTurnDetectionType0Type1Param | None
    ]


class RealtimeTranscriptionSessionCreateRequestGAAudioParam(TypedDict, total=True):
    """Keys of `RealtimeTranscriptionSessionCreateRequestGAAudio`."""

    input: NotRequired[RealtimeTranscriptionSessionCreateRequestGAAudioInputParam]


class RealtimeTranscriptionSessionCreateRequestGAParam(TypedDict, total=True):
    """Keys of `RealtimeTranscriptionSessionCreateRequestGA`."""

    type: Literal["transcription"]

    audio: NotRequired[RealtimeTranscriptionSessionCreateRequestGAAudioParam]

    include: NotRequired[Sequence[Literal["item.input_audio_transcription.logprobs"]]]


class RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionParam(TypedDict, total=True):
    """Keys of `RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction`."""

    type: NotRequired[Literal["far_field", "near_field"] | str]


class RealtimeTranscriptionSessionCreateRequestTurnDetectionParam(TypedDict, total=True):
    """Keys of `RealtimeTranscriptionSessionCreateRequestTurnDetection`."""

    type: NotRequired[Literal["server_vad"]]

    threshold: NotRequired[float]

    prefix_padding_ms: NotRequired[int]

    silence_duration_ms: NotRequired[int]


class RealtimeTranslationClientSecretCreateRequestExpiresAfterParam(TypedDict, total=True):
    """Keys of `RealtimeTranslationClientSecretCreateRequestExpiresAfter`."""

    anchor: NotRequired[Literal["created_at"]]

    seconds: NotRequired[int]


class RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0Param(
    TypedDict, total=True
):
    """Keys of `RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0`."""

    type: Literal["far_field", "near_field"] | str


class RealtimeTranslationSessionCreateRequestAudioInputParam(TypedDict, total=True):
    """Keys of `RealtimeTranslationSessionCreateRequestAudioInput`."""

    transcription: NotRequired[
        RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0Param | None
    ]

    noise_reduction: NotRequired[
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0Param | None
    ]


class RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0Param(
    TypedDict, total=True
):
    """Keys of `RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0`."""

    model: str


class RealtimeTranslationSessionCreateRequestAudioOutputParam(TypedDict, total=True):
    """Keys of `RealtimeTranslationSessionCreateRequestAudioOutput`."""

    language: NotRequired[str]


class RealtimeTranslationSessionCreateRequestAudioParam(TypedDict, total=True):
    """Keys of `RealtimeTranslationSessionCreateRequestAudio`."""

    input: NotRequired[RealtimeTranslationSessionCreateRequestAudioInputParam]

    output: NotRequired[RealtimeTranslationSessionCreateRequestAudioOutputParam]


class RealtimeTranslationSessionCreateRequestParam(TypedDict, total=True):
    """Keys of `RealtimeTranslationSessionCreateRequest`."""

    model: str

    audio: NotRequired[RealtimeTranslationSessionCreateRequestAudioParam]


class RealtimeTruncationType1Param(TypedDict, total=True):
    """Keys of `RealtimeTruncationType1`."""

    type: Literal["retention_ratio"]

    retention_ratio: float

    token_limits: NotRequired[RealtimeTruncationVariant1TokenLimitsParam]


class RealtimeTruncationVariant1TokenLimitsParam(TypedDict, total=True):
    """Keys of `RealtimeTruncationVariant1TokenLimits`."""

    post_instructions: NotRequired[int]


class RealtimeTurnDetectionType0Type0Param(TypedDict, total=True):
    """Keys of `RealtimeTurnDetectionType0Type0`."""

    type: Literal["server_vad"]

    threshold: NotRequired[float]

    prefix_padding_ms: NotRequired[int]

    silence_duration_ms: NotRequired[int]

    create_response: NotRequired[bool]

    interrupt_response: NotRequired[bool]

    idle_timeout_ms: NotRequired[int | None]


class RealtimeTurnDetectionType0Type1Param(TypedDict, total=True):
    """Keys of `RealtimeTurnDetectionType0Type1`."""

    type: Literal["semantic_vad"]

    eagerness: NotRequired[Literal["auto", "high", "low", "medium"] | str]

    create_response: NotRequired[bool]

    interrupt_response: NotRequired[bool]


class ReasoningItemParam(TypedDict, total=True):
    """Keys of `ReasoningItem`."""

    type: Literal["reasoning"]

    id: str

    summary: Sequence[SummaryTextContentParam]

    encrypted_content: NotRequired[str | None]

    content: NotRequired[Sequence[ReasoningTextContentParam]]

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str]


class ReasoningParam(TypedDict, total=True):
    """Keys of `Reasoning`."""

    mode: NotRequired[str]

    effort: NotRequired[
        Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | str | None
    ]

    summary: NotRequired[Literal["auto", "concise", "detailed"] | str | None]

    context: NotRequired[Literal["all_turns", "auto", "current_turn"] | str | None]

    generate_summary: NotRequired[Literal["auto", "concise", "detailed"] | str | None]


class ReasoningTextContentParam(TypedDict, total=True):
    """Keys of `ReasoningTextContent`."""

    type: Literal["reasoning_text"]

    text: str


class RefusalContentParam(TypedDict, total=True):
    """Keys of `RefusalContent`."""

    type: Literal["refusal"]

    refusal: str


class ResponseFormatJsonObjectParam(TypedDict, total=True):
    """Keys of `ResponseFormatJsonObject`."""

    type: Literal["json_object"]


class ResponseFormatJsonSchemaJsonSchemaParam(TypedDict, total=True):
    """Keys of `ResponseFormatJsonSchemaJsonSchema`."""

    name: str

    description: NotRequired[str]

    schema: NotRequired[Mapping[str, Any]]

    strict: NotRequired[bool | None]


class ResponseFormatJsonSchemaParam(TypedDict, total=True):
    """Keys of `ResponseFormatJsonSchema`."""

    type: Literal["json_schema"]

    json_schema: ResponseFormatJsonSchemaJsonSchemaParam


class ResponseFormatTextParam(TypedDict, total=True):
    """Keys of `ResponseFormatText`."""

    type: Literal["text"]


class ResponseStreamOptionsType0Param(TypedDict, total=True):
    """Keys of `ResponseStreamOptionsType0`."""

    include_obfuscation: NotRequired[bool]


class ResponseTextParamParam(TypedDict, total=True):
    """Keys of `ResponseTextParam`."""

    format: NotRequired[
        ResponseFormatTextParam | TextResponseFormatJsonSchemaParam | ResponseFormatJsonObjectParam
    ]

    verbosity: NotRequired[Literal["high", "low", "medium"] | str | None]


class ScreenshotParamParam(TypedDict, total=True):
    """Keys of `ScreenshotParam`."""

    type: Literal["screenshot"]


class ScrollParamParam(TypedDict, total=True):
    """Keys of `ScrollParam`."""

    type: Literal["scroll"]

    x: int

    y: int

    scroll_x: int

    scroll_y: int

    keys: NotRequired[Sequence[str] | None]


class SkillReferenceParamParam(TypedDict, total=True):
    """Keys of `SkillReferenceParam`."""

    type: Literal["skill_reference"]

    skill_id: str

    version: NotRequired[str]


class SpecificApplyPatchParamParam(TypedDict, total=True):
    """Keys of `SpecificApplyPatchParam`."""

    type: Literal["apply_patch"]


class SpecificFunctionShellParamParam(TypedDict, total=True):
    """Keys of `SpecificFunctionShellParam`."""

    type: Literal["shell"]


class SpecificProgrammaticToolCallingParamParam(TypedDict, total=True):
    """Keys of `SpecificProgrammaticToolCallingParam`."""

    type: Literal["programmatic_tool_calling"]


class SpendAlertNotificationChannelParam(TypedDict, total=True):
    """Keys of `SpendAlertNotificationChannel`."""

    type: Literal["email"]

    recipients: Sequence[str]

    subject_prefix: NotRequired[str | None]


class StaticChunkingStrategyParam(TypedDict, total=True):
    """Keys of `StaticChunkingStrategy`."""

    max_chunk_size_tokens: int

    chunk_overlap_tokens: int


class StaticChunkingStrategyRequestParamParam(TypedDict, total=True):
    """Keys of `StaticChunkingStrategyRequestParam`."""

    type: Literal["static"]

    static: StaticChunkingStrategyParam


class SubmitToolOutputsRunRequestToolOutputsItemParam(TypedDict, total=True):
    """Keys of `SubmitToolOutputsRunRequestToolOutputsItem`."""

    tool_call_id: NotRequired[str]

    output: NotRequired[str]


class SummaryTextContentParam(TypedDict, total=True):
    """Keys of `SummaryTextContent`."""

    type: Literal["summary_text"]

    text: str


class TextResponseFormatJsonSchemaParam(TypedDict, total=True):
    """Keys of `TextResponseFormatJsonSchema`."""

    type: Literal["json_schema"]

    name: str

    schema: Mapping[str, Any]

    description: NotRequired[str]

    strict: NotRequired[bool | None]


class ToolChoiceAllowedParam(TypedDict, total=True):
    """Keys of `ToolChoiceAllowed`."""

    type: Literal["allowed_tools"]

    mode: Literal["auto", "required"] | str

    tools: Sequence[Mapping[str, Any]]


class ToolChoiceCustomParam(TypedDict, total=True):
    """Keys of `ToolChoiceCustom`."""

    type: Literal["custom"]

    name: str


class ToolChoiceFunctionParam(TypedDict, total=True):
    """Keys of `ToolChoiceFunction`."""

    type: Literal["function"]

    name: str


class ToolChoiceMCPParam(TypedDict, total=True):
    """Keys of `ToolChoiceMCP`."""

    type: Literal["mcp"]

    server_label: str

    name: NotRequired[str | None]


class ToolChoiceTypesParam(TypedDict, total=True):
    """Keys of `ToolChoiceTypes`."""

    type: (
        Literal[
            "code_interpreter",
            "computer",
            "computer_use",
            "computer_use_preview",
            "file_search",
            "image_generation",
            "web_search_preview",
            "web_search_preview_2025_03_11",
        ]
        | str
    )


class ToolSearchCallItemParamParam(TypedDict, total=True):
    """Keys of `ToolSearchCallItemParam`."""

    type: Literal["tool_search_call"]

    arguments: Mapping[str, Any]

    id: NotRequired[str | None]

    call_id: NotRequired[str | None]

    execution: NotRequired[Literal["client", "server"] | str]

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str | None]


class ToolSearchOutputItemParamParam(TypedDict, total=True):
    """Keys of `ToolSearchOutputItemParam`."""

    type: Literal["tool_search_output"]

    tools: Sequence[
        FunctionToolDict
        | FileSearchToolParam
        | ComputerToolParam
        | ComputerUsePreviewToolParam
        | WebSearchToolParam
        | MCPToolParam
        | CodeInterpreterToolParam
        | ProgrammaticToolCallingParamParam
        | ImageGenToolParam
        | LocalShellToolParamParam
        | FunctionShellToolParamParam
        | CustomToolParamParam
        | NamespaceToolParamParam
        | ToolSearchToolParamParam
        | WebSearchPreviewToolParam
        | ApplyPatchToolParamParam
    ]

    id: NotRequired[str | None]

    call_id: NotRequired[str | None]

    execution: NotRequired[Literal["client", "server"] | str]

    status: NotRequired[Literal["completed", "in_progress", "incomplete"] | str | None]


class ToolSearchToolParamParam(TypedDict, total=True):
    """Keys of `ToolSearchToolParam`."""

    type: Literal["tool_search"]

    execution: NotRequired[Literal["client", "server"] | str]

    description: NotRequired[str | None]

    parameters: NotRequired[Mapping[str, Any] | None]


class TopLogProbParam(TypedDict, total=True):
    """Keys of `TopLogProb`."""

    token: str

    logprob: float

    bytes: Sequence[int]


class TruncationObjectParam(TypedDict, total=True):
    """Keys of `TruncationObject`."""

    type: Literal["auto", "last_messages"] | str

    last_messages: NotRequired[int | None]


class TypeParamParam(TypedDict, total=True):
    """Keys of `TypeParam`."""

    type: Literal["type"]

    text: str


class UrlCitationBodyParam(TypedDict, total=True):
    """Keys of `UrlCitationBody`."""

    type: Literal["url_citation"]

    url: str

    start_index: int

    end_index: int

    title: str


class VadConfigParam(TypedDict, total=True):
    """Keys of `VadConfig`."""

    type: Literal["server_vad"]

    prefix_padding_ms: NotRequired[int]

    silence_duration_ms: NotRequired[int]

    threshold: NotRequired[float]


class VectorStoreExpirationAfterParam(TypedDict, total=True):
    """Keys of `VectorStoreExpirationAfter`."""

    anchor: Literal["last_active_at"]

    days: int


class VectorStoreSearchRequestRankingOptionsParam(TypedDict, total=True):
    """Keys of `VectorStoreSearchRequestRankingOptions`."""

    ranker: NotRequired[Literal["auto", "default-2024-11-15", "none"] | str]

    score_threshold: NotRequired[float]


class VideoReferenceInputParamParam(TypedDict, total=True):
    """Keys of `VideoReferenceInputParam`."""

    id: str


class VoiceIdsOrCustomVoiceType1Param(TypedDict, total=True):
    """Keys of `VoiceIdsOrCustomVoiceType1`."""

    id: str


class WaitParamParam(TypedDict, total=True):
    """Keys of `WaitParam`."""

    type: Literal["wait"]


class WebSearchActionFindParam(TypedDict, total=True):
    """Keys of `WebSearchActionFind`."""

    type: Literal["find_in_page"]

    url: str

    pattern: str


class WebSearchActionOpenPageParam(TypedDict, total=True):
    """Keys of `WebSearchActionOpenPage`."""

    type: Literal["open_page"]

    url: NotRequired[str | None]


class WebSearchActionSearchParam(TypedDict, total=True):
    """Keys of `WebSearchActionSearch`."""

    type: Literal["search"]

    query: NotRequired[str]

    queries: NotRequired[Sequence[str]]

    sources: NotRequired[Sequence[WebSearchActionSearchSourcesItemParam]]


class WebSearchActionSearchSourcesItemParam(TypedDict, total=True):
    """Keys of `WebSearchActionSearchSourcesItem`."""

    type: Literal["url"]

    url: str


class WebSearchApproximateLocationType0Param(TypedDict, total=True):
    """Keys of `WebSearchApproximateLocationType0`."""

    type: NotRequired[Literal["approximate"]]

    country: NotRequired[str | None]

    region: NotRequired[str | None]

    city: NotRequired[str | None]

    timezone: NotRequired[str | None]


class WebSearchLocationParam(TypedDict, total=True):
    """Keys of `WebSearchLocation`."""

    country: NotRequired[str]

    region: NotRequired[str]

    city: NotRequired[str]

    timezone: NotRequired[str]


class WebSearchPreviewToolParam(TypedDict, total=True):
    """Keys of `WebSearchPreviewTool`."""

    type: Literal["web_search_preview", "web_search_preview_2025_03_11"] | str

    user_location: NotRequired[ApproximateLocationParam | None]

    search_context_size: NotRequired[Literal["high", "low", "medium"] | str]

    search_content_types: NotRequired[Sequence[Literal["image", "text"] | str]]


class WebSearchToolCallParam(TypedDict, total=True):
    """Keys of `WebSearchToolCall`."""

    id: str

    type: Literal["web_search_call"]

    status: Literal["completed", "failed", "in_progress", "searching"] | str

    action: WebSearchActionSearchParam | WebSearchActionOpenPageParam | WebSearchActionFindParam


class WebSearchToolFiltersType0Param(TypedDict, total=True):
    """Keys of `WebSearchToolFiltersType0`."""

    allowed_domains: NotRequired[Sequence[str] | None]


class WebSearchToolParam(TypedDict, total=True):
    """Keys of `WebSearchTool`."""

    type: Literal["web_search", "web_search_2025_08_26"] | str

    external_web_access: NotRequired[bool]

    filters: NotRequired[WebSearchToolFiltersType0Param | None]

    user_location: NotRequired[WebSearchApproximateLocationType0Param | None]

    search_context_size: NotRequired[Literal["high", "low", "medium"] | str]


class WorkflowParamParam(TypedDict, total=True):
    """Keys of `WorkflowParam`."""

    id: str

    version: NotRequired[str]

    state_variables: NotRequired[Mapping[str, str | int | bool | float]]

    tracing: NotRequired[WorkflowTracingParamParam]


class WorkflowTracingParamParam(TypedDict, total=True):
    """Keys of `WorkflowTracingParam`."""

    enabled: NotRequired[bool]


class AssistantsCreateParams(TypedDict, total=False):
    """Keys of `assistants.create`."""

    model: (
        str
        | Literal[
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-16k-0613",
            "gpt-4",
            "gpt-4-0125-preview",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-1106-preview",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-turbo-preview",
            "gpt-4-vision-preview",
            "gpt-4.1",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4.5-preview",
            "gpt-4.5-preview-2025-02-27",
            "gpt-4o",
            "gpt-4o-2024-05-13",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-11-20",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-5",
            "gpt-5-2025-08-07",
            "gpt-5-mini",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano",
            "gpt-5-nano-2025-08-07",
            "o1",
            "o1-2024-12-17",
            "o3-mini",
            "o3-mini-2025-01-31",
        ]
    )

    name: str | None

    description: str | None

    instructions: str | None

    reasoning_effort: (
        Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | str | None
    )

    tools: Sequence[
        AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam
    ]

    tool_resources: CreateAssistantRequestToolResourcesType0Param | None

    metadata: Mapping[str, str] | None

    temperature: float | None

    top_p: float | None

    response_format: (
        Literal["auto"]
        | ResponseFormatTextParam
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchemaParam
        | None
    )


class AssistantsDeleteParams(TypedDict, total=False):
    """Keys of `assistants.delete` (none)."""


class AssistantsListParams(TypedDict, total=False):
    """Keys of `assistants.list`."""

    limit: int

    order: Literal["asc", "desc"] | str

    after: str

    before: str


class AssistantsRetrieveParams(TypedDict, total=False):
    """Keys of `assistants.retrieve` (none)."""


class AssistantsUpdateParams(TypedDict, total=False):
    """Keys of `assistants.update`."""

    model: (
        str
        | Literal[
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-16k-0613",
            "gpt-4",
            "gpt-4-0125-preview",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-1106-preview",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-turbo-preview",
            "gpt-4-vision-preview",
            "gpt-4.1",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4.5-preview",
            "gpt-4.5-preview-2025-02-27",
            "gpt-4o",
            "gpt-4o-2024-05-13",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-11-20",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-5",
            "gpt-5-2025-08-07",
            "gpt-5-mini",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano",
            "gpt-5-nano-2025-08-07",
            "o1",
            "o1-2024-12-17",
            "o3-mini",
            "o3-mini-2025-01-31",
        ]
    )

    reasoning_effort: (
        Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | str | None
    )

    name: str | None

    description: str | None

    instructions: str | None

    tools: Sequence[
        AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam
    ]

    tool_resources: ModifyAssistantRequestToolResourcesType0Param | None

    metadata: Mapping[str, str] | None

    temperature: float | None

    top_p: float | None

    response_format: (
        Literal["auto"]
        | ResponseFormatTextParam
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchemaParam
        | None
    )


class AudioSpeechCreateParams(TypedDict, total=False):
    """Keys of `audio.speech.create`."""

    model: str

    input: str

    voice: str | VoiceIdsOrCustomVoiceType1Param

    instructions: str

    response_format: Literal["aac", "flac", "mp3", "opus", "pcm", "wav"] | str

    speed: float

    stream_format: Literal["audio", "sse"] | str


class AudioTranscriptionsCreateParams(TypedDict, total=False):
    """Keys of `audio.transcriptions.create`."""

    file: FileInput

    model: str

    language: str

    languages: Sequence[str]

    keywords: Sequence[str]

    prompt: str

    response_format: Literal["diarized_json", "json", "srt", "text", "verbose_json", "vtt"] | str

    temperature: float

    include: Sequence[Literal["logprobs"]]

    timestamp_granularities: Sequence[Literal["segment", "word"] | str]

    stream: bool | None

    chunking_strategy: str | VadConfigParam | None

    known_speaker_names: Sequence[str]

    known_speaker_references: Sequence[str]


class AudioTranslationsCreateParams(TypedDict, total=False):
    """Keys of `audio.translations.create`."""

    file: FileInput

    model: str

    prompt: str

    response_format: Literal["json", "srt", "text", "verbose_json", "vtt"] | str

    temperature: float


class AudioVoiceConsentsCreateParams(TypedDict, total=False):
    """Keys of `audio.voice_consents.create`."""

    name: str

    recording: FileInput

    language: str


class AudioVoiceConsentsDeleteParams(TypedDict, total=False):
    """Keys of `audio.voice_consents.delete` (none)."""


class AudioVoiceConsentsListParams(TypedDict, total=False):
    """Keys of `audio.voice_consents.list`."""

    after: str

    limit: int


class AudioVoiceConsentsRetrieveParams(TypedDict, total=False):
    """Keys of `audio.voice_consents.retrieve` (none)."""


class AudioVoiceConsentsUpdateParams(TypedDict, total=False):
    """Keys of `audio.voice_consents.update`."""

    name: str


class AudioVoicesCreateParams(TypedDict, total=False):
    """Keys of `audio.voices.create`."""

    name: str

    audio_sample: FileInput

    consent: str


class BatchesCancelParams(TypedDict, total=False):
    """Keys of `batches.cancel` (none)."""


class BatchesCreateParams(TypedDict, total=False):
    """Keys of `batches.create`."""

    input_file_id: str

    endpoint: (
        Literal[
            "/v1/chat/completions",
            "/v1/completions",
            "/v1/embeddings",
            "/v1/images/edits",
            "/v1/images/generations",
            "/v1/moderations",
            "/v1/responses",
            "/v1/videos",
        ]
        | str
    )

    completion_window: Literal["24h"]

    metadata: Mapping[str, str] | None

    output_expires_after: BatchFileExpirationAfterParam


class BatchesListParams(TypedDict, total=False):
    """Keys of `batches.list`."""

    after: str

    limit: int


class BatchesRetrieveParams(TypedDict, total=False):
    """Keys of `batches.retrieve` (none)."""


class BetaResponsesCancelParams(TypedDict, total=False):
    """Keys of `beta.responses.cancel` (none)."""


class BetaResponsesCompactParams(TypedDict, total=False):
    """Keys of `beta.responses.compact`."""

    model: (
        str
        | Literal[
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
            "gpt-5-codex",
            "gpt-5-pro",
            "gpt-5-pro-2025-10-06",
            "gpt-5.1-codex-max",
            "gpt-5.5-pro",
            "gpt-5.5-pro-2026-04-23",
            "gpt-5.6-cyber",
            "gpt-daybreak-blue-latest",
            "gpt-daybreak-red-latest",
            "o1-pro",
            "o1-pro-2025-03-19",
            "o3-deep-research",
            "o3-deep-research-2025-06-26",
            "o3-pro",
            "o3-pro-2025-06-10",
            "o4-mini-deep-research",
            "o4-mini-deep-research-2025-06-26",
        ]
        | None
    )

    input: (
        str
        | Sequence[
            BetaEasyInputMessageParam
            | BetaInputMessageParam
            | BetaOutputMessageParam
            | BetaFileSearchToolCallParam
            | BetaComputerToolCallParam
            | BetaComputerCallOutputItemParamParam
            | BetaWebSearchToolCallParam
            | BetaFunctionToolCallParam
            | BetaFunctionCallOutputItemParamParam
            | BetaAgentMessageItemParamParam
            | BetaMultiAgentCallItemParamParam
            | BetaMultiAgentCallOutputItemParamParam
            | BetaToolSearchCallItemParamParam
            | BetaToolSearchOutputItemParamParam
            | BetaAdditionalToolsItemParamParam
            | BetaReasoningItemParam
            | BetaCompactionSummaryItemParamParam
            | BetaImageGenToolCallParam
            | BetaCodeInterpreterToolCallParam
            | BetaLocalShellToolCallParam
            | BetaLocalShellToolCallOutputParam
            | BetaFunctionShellCallItemParamParam
            | BetaFunctionShellCallOutputItemParamParam
            | BetaApplyPatchToolCallItemParamParam
            | BetaApplyPatchToolCallOutputItemParamParam
            | BetaMCPListToolsParam
            | BetaMCPApprovalRequestParam
            | BetaMCPApprovalResponseParam
            | BetaMCPToolCallParam
            | BetaCustomToolCallOutputParam
            | BetaCustomToolCallParam
            | BetaCompactionTriggerItemParamParam
            | BetaItemReferenceParamParam
            | BetaProgramItemParamParam
            | BetaProgramOutputItemParamParam
        ]
        | None
    )

    previous_response_id: str | None

    instructions: str | None

    prompt_cache_key: str | None

    prompt_cache_retention: Literal["24h", "in_memory"] | str | None

    prompt_cache_options: BetaPromptCacheOptionsParamParam | None

    service_tier: Literal["auto", "default", "fast", "flex", "priority"] | str | None


class BetaResponsesCreateParams(TypedDict, total=False):
    """Keys of `beta.responses.create`."""

    metadata: Mapping[str, str] | None

    top_logprobs: int | None

    temperature: float | None

    top_p: float | None

    user: str

    safety_identifier: str | None

    prompt_cache_key: str | None

    prompt_cache_retention: Literal["24h", "in_memory"] | str | None

    prompt_cache_options: BetaPromptCacheOptionsParamParam

    previous_response_id: str | None

    model: (
        str
        | Literal[
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
            "gpt-5-codex",
            "gpt-5-pro",
            "gpt-5-pro-2025-10-06",
            "gpt-5.1-codex-max",
            "gpt-5.5-pro",
            "gpt-5.5-pro-2026-04-23",
            "gpt-5.6-cyber",
            "gpt-daybreak-blue-latest",
            "gpt-daybreak-red-latest",
            "o1-pro",
            "o1-pro-2025-03-19",
            "o3-deep-research",
            "o3-deep-research-2025-06-26",
            "o3-pro",
            "o3-pro-2025-06-10",
            "o4-mini-deep-research",
            "o4-mini-deep-research-2025-06-26",
        ]
    )

    background: bool | None

    max_tool_calls: int | None

    text: BetaResponseTextParamParam

    tools: Sequence[
        BetaFunctionToolDict
        | BetaFileSearchToolParam
        | BetaComputerToolParam
        | BetaComputerUsePreviewToolParam
        | BetaWebSearchToolParam
        | BetaMCPToolParam
        | BetaCodeInterpreterToolParam
        | BetaProgrammaticToolCallingParamParam
        | BetaImageGenToolParam
        | BetaLocalShellToolParamParam
        | BetaFunctionShellToolParamParam
        | BetaCustomToolParamParam
        | BetaNamespaceToolParamParam
        | BetaToolSearchToolParamParam
        | BetaWebSearchPreviewToolParam
        | BetaApplyPatchToolParamParam
    ]

    tool_choice: (
        Literal["auto", "none", "required"]
        | str
        | BetaToolChoiceAllowedParam
        | BetaToolChoiceTypesParam
        | BetaToolChoiceFunctionParam
        | BetaToolChoiceMCPParam
        | BetaToolChoiceCustomParam
        | BetaSpecificProgrammaticToolCallingParamParam
        | BetaSpecificApplyPatchParamParam
        | BetaSpecificFunctionShellParamParam
    )

    prompt: BetaPromptType0Param | None

    service_tier: (
        Literal["auto", "default", "fast", "flex", "priority", "scale", "ultrafast"] | str | None
    )

    truncation: Literal["auto", "disabled"] | str | None

    reasoning: BetaReasoningParam | None

    input: (
        str
        | Sequence[
            BetaEasyInputMessageParam
            | BetaInputMessageParam
            | BetaOutputMessageParam
            | BetaFileSearchToolCallParam
            | BetaComputerToolCallParam
            | BetaComputerCallOutputItemParamParam
            | BetaWebSearchToolCallParam
            | BetaFunctionToolCallParam
            | BetaFunctionCallOutputItemParamParam
            | BetaAgentMessageItemParamParam
            | BetaMultiAgentCallItemParamParam
            | BetaMultiAgentCallOutputItemParamParam
            | BetaToolSearchCallItemParamParam
            | BetaToolSearchOutputItemParamParam
            | BetaAdditionalToolsItemParamParam
            | BetaReasoningItemParam
            | BetaCompactionSummaryItemParamParam
            | BetaImageGenToolCallParam
            | BetaCodeInterpreterToolCallParam
            | BetaLocalShellToolCallParam
            | BetaLocalShellToolCallOutputParam
            | BetaFunctionShellCallItemParamParam
            | BetaFunctionShellCallOutputItemParamParam
            | BetaApplyPatchToolCallItemParamParam
            | BetaApplyPatchToolCallOutputItemParamParam
            | BetaMCPListToolsParam
            | BetaMCPApprovalRequestParam
            | BetaMCPApprovalResponseParam
            | BetaMCPToolCallParam
            | BetaCustomToolCallOutputParam
            | BetaCustomToolCallParam
            | BetaCompactionTriggerItemParamParam
            | BetaItemReferenceParamParam
            | BetaProgramItemParamParam
            | BetaProgramOutputItemParamParam
        ]
    )

    include: (
        Sequence[
            Literal[
                "code_interpreter_call.outputs",
                "computer_call_output.output.image_url",
                "file_search_call.results",
                "message.input_image.image_url",
                "message.output_text.logprobs",
                "reasoning.encrypted_content",
                "web_search_call.action.sources",
                "web_search_call.results",
            ]
            | str
        ]
        | None
    )

    parallel_tool_calls: bool | None

    store: bool | None

    instructions: str | None

    moderation: BetaModerationParamParam | None

    stream: bool | None

    stream_options: BetaResponseStreamOptionsType0Param | None

    conversation: str | BetaConversationParam2Param | None

    context_management: Sequence[BetaContextManagementParamParam] | None

    max_output_tokens: int | None

    multi_agent: BetaMultiAgentParamParam | None


class BetaResponsesDeleteParams(TypedDict, total=False):
    """Keys of `beta.responses.delete` (none)."""


class BetaResponsesInputItemsListParams(TypedDict, total=False):
    """Keys of `beta.responses.input_items.list`."""

    limit: int

    order: Literal["asc", "desc"] | str

    after: str

    include: Sequence[
        Literal[
            "code_interpreter_call.outputs",
            "computer_call_output.output.image_url",
            "file_search_call.results",
            "message.input_image.image_url",
            "message.output_text.logprobs",
            "reasoning.encrypted_content",
            "web_search_call.action.sources",
            "web_search_call.results",
        ]
        | str
    ]


class BetaResponsesInputTokensCountParams(TypedDict, total=False):
    """Keys of `beta.responses.input_tokens.count`."""

    model: str | None

    input: (
        str
        | Sequence[
            BetaEasyInputMessageParam
            | BetaInputMessageParam
            | BetaOutputMessageParam
            | BetaFileSearchToolCallParam
            | BetaComputerToolCallParam
            | BetaComputerCallOutputItemParamParam
            | BetaWebSearchToolCallParam
            | BetaFunctionToolCallParam
            | BetaFunctionCallOutputItemParamParam
            | BetaAgentMessageItemParamParam
            | BetaMultiAgentCallItemParamParam
            | BetaMultiAgentCallOutputItemParamParam
            | BetaToolSearchCallItemParamParam
            | BetaToolSearchOutputItemParamParam
            | BetaAdditionalToolsItemParamParam
            | BetaReasoningItemParam
            | BetaCompactionSummaryItemParamParam
            | BetaImageGenToolCallParam
            | BetaCodeInterpreterToolCallParam
            | BetaLocalShellToolCallParam
            | BetaLocalShellToolCallOutputParam
            | BetaFunctionShellCallItemParamParam
            | BetaFunctionShellCallOutputItemParamParam
            | BetaApplyPatchToolCallItemParamParam
            | BetaApplyPatchToolCallOutputItemParamParam
            | BetaMCPListToolsParam
            | BetaMCPApprovalRequestParam
            | BetaMCPApprovalResponseParam
            | BetaMCPToolCallParam
            | BetaCustomToolCallOutputParam
            | BetaCustomToolCallParam
            | BetaCompactionTriggerItemParamParam
            | BetaItemReferenceParamParam
            | BetaProgramItemParamParam
            | BetaProgramOutputItemParamParam
        ]
        | None
    )

    previous_response_id: str | None

    tools: (
        Sequence[
            BetaFunctionToolDict
            | BetaFileSearchToolParam
            | BetaComputerToolParam
            | BetaComputerUsePreviewToolParam
            | BetaWebSearchToolParam
            | BetaMCPToolParam
            | BetaCodeInterpreterToolParam
            | BetaProgrammaticToolCallingParamParam
            | BetaImageGenToolParam
            | BetaLocalShellToolParamParam
            | BetaFunctionShellToolParamParam
            | BetaCustomToolParamParam
            | BetaNamespaceToolParamParam
            | BetaToolSearchToolParamParam
            | BetaWebSearchPreviewToolParam
            | BetaApplyPatchToolParamParam
        ]
        | None
    )

    text: BetaResponseTextParamParam | None

    reasoning: BetaReasoningParam | None

    truncation: Literal["auto", "disabled"] | str

    instructions: str | None

    personality: str

    conversation: str | BetaConversationParam2Param | None

    tool_choice: (
        Literal["auto", "none", "required"]
        | str
        | BetaToolChoiceAllowedParam
        | BetaToolChoiceTypesParam
        | BetaToolChoiceFunctionParam
        | BetaToolChoiceMCPParam
        | BetaToolChoiceCustomParam
        | BetaSpecificProgrammaticToolCallingParamParam
        | BetaSpecificApplyPatchParamParam
        | BetaSpecificFunctionShellParamParam
        | None
    )

    parallel_tool_calls: bool | None


class BetaResponsesRetrieveParams(TypedDict, total=False):
    """Keys of `beta.responses.retrieve`."""

    include: Sequence[
        Literal[
            "code_interpreter_call.outputs",
            "computer_call_output.output.image_url",
            "file_search_call.results",
            "message.input_image.image_url",
            "message.output_text.logprobs",
            "reasoning.encrypted_content",
            "web_search_call.action.sources",
            "web_search_call.results",
        ]
        | str
    ]

    stream: bool

    starting_after: int

    include_obfuscation: bool


class ChatCompletionsCreateParams(TypedDict, total=False):
    """Keys of `chat.completions.create`."""

    messages: Sequence[
        ChatCompletionRequestDeveloperMessageParam
        | ChatCompletionRequestSystemMessageParam
        | ChatCompletionRequestUserMessageParam
        | ChatCompletionRequestAssistantMessageParam
        | ChatCompletionRequestToolMessageParam
        | ChatCompletionRequestFunctionMessageParam
    ]

    model: str

    metadata: Mapping[str, str] | None

    top_logprobs: int | None

    temperature: float | None

    top_p: float | None

    user: str

    safety_identifier: str | None

    prompt_cache_key: str | None

    prompt_cache_retention: Literal["24h", "in_memory"] | str | None

    prompt_cache_options: PromptCacheOptionsParamParam

    service_tier: Literal["auto", "default", "fast", "flex", "priority", "scale"] | str | None

    modalities: Sequence[Literal["audio", "text"] | str] | None

    verbosity: Literal["high", "low", "medium"] | str | None

    reasoning_effort: (
        Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | str | None
    )

    max_completion_tokens: int | None

    frequency_penalty: float | None

    presence_penalty: float | None

    web_search_options: ChatCompletionCreateParamsWebSearchOptionsParam

    response_format: (
        ResponseFormatTextParam | ResponseFormatJsonSchemaParam | ResponseFormatJsonObjectParam
    )

    audio: ChatCompletionCreateParamsAudioType0Param | None

    store: bool | None

    moderation: ModerationParamParam | None

    stream: bool | None

    stop: str | Sequence[str] | None

    logit_bias: Mapping[str, int] | None

    logprobs: bool | None

    max_tokens: int | None

    n: int | None

    prediction: PredictionContentParam | None

    seed: int | None

    stream_options: ChatCompletionStreamOptionsType0Param | None

    tools: Sequence[ChatCompletionToolParam | CustomToolChatCompletionsParam]

    tool_choice: (
        Literal["auto", "none", "required"]
        | str
        | ChatCompletionAllowedToolsChoiceParam
        | ChatCompletionNamedToolChoiceParam
        | ChatCompletionNamedToolChoiceCustomParam
    )

    parallel_tool_calls: bool

    function_call: Literal["auto", "none"] | str | ChatCompletionFunctionCallOptionParam

    functions: Sequence[ChatCompletionFunctionsParam]


class ChatCompletionsDeleteParams(TypedDict, total=False):
    """Keys of `chat.completions.delete` (none)."""


class ChatCompletionsListParams(TypedDict, total=False):
    """Keys of `chat.completions.list`."""

    model: str

    metadata: Mapping[str, str] | None

    after: str

    limit: int

    order: Literal["asc", "desc"] | str


class ChatCompletionsMessagesListParams(TypedDict, total=False):
    """Keys of `chat.completions.messages.list`."""

    after: str

    limit: int

    order: Literal["asc", "desc"] | str


class ChatCompletionsRetrieveParams(TypedDict, total=False):
    """Keys of `chat.completions.retrieve` (none)."""


class ChatCompletionsUpdateParams(TypedDict, total=False):
    """Keys of `chat.completions.update`."""

    metadata: Mapping[str, str] | None


class ChatkitSessionsCancelParams(TypedDict, total=False):
    """Keys of `chatkit.sessions.cancel` (none)."""


class ChatkitSessionsCreateParams(TypedDict, total=False):
    """Keys of `chatkit.sessions.create`."""

    workflow: WorkflowParamParam

    user: str

    expires_after: ExpiresAfterParamParam

    rate_limits: RateLimitsParamParam

    chatkit_configuration: ChatkitConfigurationParamParam


class ChatkitThreadsDeleteParams(TypedDict, total=False):
    """Keys of `chatkit.threads.delete` (none)."""


class ChatkitThreadsItemsListParams(TypedDict, total=False):
    """Keys of `chatkit.threads.items.list`."""

    limit: int

    order: Literal["asc", "desc"] | str

    after: str

    before: str


class ChatkitThreadsListParams(TypedDict, total=False):
    """Keys of `chatkit.threads.list`."""

    limit: int

    order: Literal["asc", "desc"] | str

    after: str

    before: str

    user: str


class ChatkitThreadsRetrieveParams(TypedDict, total=False):
    """Keys of `chatkit.threads.retrieve` (none)."""


class CompletionsCreateParams(TypedDict, total=False):
    """Keys of `completions.create`."""

    model: str

    prompt: Sequence[str | int | Sequence[int]] | str | None

    best_of: int | None

    echo: bool | None

    frequency_penalty: float | None

    logit_bias: Mapping[str, int] | None

    logprobs: int | None

    max_tokens: int | None

    n: int | None

    presence_penalty: float | None

    seed: int | None

    stop: str | Sequence[str] | None

    stream: bool | None

    stream_options: ChatCompletionStreamOptionsType0Param | None

    suffix: str | None

    temperature: float | None

    top_p: float | None

    user: str


class ContainersCreateParams(TypedDict, total=False):
    """Keys of `containers.create`."""

    name: str

    file_ids: Sequence[str]

    expires_after: CreateContainerBodyExpiresAfterParam

    skills: Sequence[SkillReferenceParamParam | InlineSkillParamParam]

    memory_limit: Literal["16g", "1g", "4g", "64g"] | str

    network_policy: (
        ContainerNetworkPolicyDisabledParamParam | ContainerNetworkPolicyAllowlistParamParam
    )


class ContainersDeleteParams(TypedDict, total=False):
    """Keys of `containers.delete` (none)."""


class ContainersFilesContentParams(TypedDict, total=False):
    """Keys of `containers.files.content` (none)."""


class ContainersFilesCreateParams(TypedDict, total=False):
    """Keys of `containers.files.create`."""

    file_id: str

    file: FileInput


class ContainersFilesDeleteParams(TypedDict, total=False):
    """Keys of `containers.files.delete` (none)."""


class ContainersFilesListParams(TypedDict, total=False):
    """Keys of `containers.files.list`."""

    limit: int

    order: Literal["asc", "desc"] | str

    after: str


class ContainersFilesRetrieveParams(TypedDict, total=False):
    """Keys of `containers.files.retrieve` (none)."""


class ContainersListParams(TypedDict, total=False):
    """Keys of `containers.list`."""

    limit: int

    order: Literal["asc", "desc"] | str

    after: str

    name: str


class ContainersRetrieveParams(TypedDict, total=False):
    """Keys of `containers.retrieve` (none)."""


class ContentProvenanceChecksCreateParams(TypedDict, total=False):
    """Keys of `content_provenance_checks.create`."""

    file: FileInput


class ConversationsCreateParams(TypedDict, total=False):
    """Keys of `conversations.create`."""

    metadata: Mapping[str, str] | None

    items: (
        Sequence[
            EasyInputMessageParam
            | InputMessageParam
            | OutputMessageParam
            | FileSearchToolCallParam
            | ComputerToolCallParam
            | ComputerCallOutputItemParamParam
            | WebSearchToolCallParam
            | FunctionToolCallParam
            | FunctionCallOutputItemParamParam
            | ToolSearchCallItemParamParam
            | ToolSearchOutputItemParamParam
            | AdditionalToolsItemParamParam
            | ReasoningItemParam
            | CompactionSummaryItemParamParam
            | ImageGenToolCallParam
            | CodeInterpreterToolCallParam
            | LocalShellToolCallParam
            | LocalShellToolCallOutputParam
            | FunctionShellCallItemParamParam
            | FunctionShellCallOutputItemParamParam
            | ApplyPatchToolCallItemParamParam
            | ApplyPatchToolCallOutputItemParamParam
            | MCPListToolsParam
            | MCPApprovalRequestParam
            | MCPApprovalResponseParam
            | MCPToolCallParam
            | CustomToolCallOutputParam
            | CustomToolCallParam
            | CompactionTriggerItemParamParam
            | ItemReferenceParamParam
            | ProgramItemParamParam
            | ProgramOutputItemParamParam
        ]
        | None
    )


class ConversationsDeleteParams(TypedDict, total=False):
    """Keys of `conversations.delete` (none)."""


class ConversationsItemsCreateParams(TypedDict, total=False):
    """Keys of `conversations.items.create`."""

    items: Sequence[
        EasyInputMessageParam
        | InputMessageParam
        | OutputMessageParam
        | FileSearchToolCallParam
        | ComputerToolCallParam
        | ComputerCallOutputItemParamParam
        | WebSearchToolCallParam
        | FunctionToolCallParam
        | FunctionCallOutputItemParamParam
        | ToolSearchCallItemParamParam
        | ToolSearchOutputItemParamParam
        | AdditionalToolsItemParamParam
        | ReasoningItemParam
        | CompactionSummaryItemParamParam
        | ImageGenToolCallParam
        | CodeInterpreterToolCallParam
        | LocalShellToolCallParam
        | LocalShellToolCallOutputParam
        | FunctionShellCallItemParamParam
        | FunctionShellCallOutputItemParamParam
        | ApplyPatchToolCallItemParamParam
        | ApplyPatchToolCallOutputItemParamParam
        | MCPListToolsParam
        | MCPApprovalRequestParam
        | MCPApprovalResponseParam
        | MCPToolCallParam
        | CustomToolCallOutputParam
        | CustomToolCallParam
        | CompactionTriggerItemParamParam
        | ItemReferenceParamParam
        | ProgramItemParamParam
        | ProgramOutputItemParamParam
    ]

    include: Sequence[
        Literal[
            "code_interpreter_call.outputs",
            "computer_call_output.output.image_url",
            "file_search_call.results",
            "message.input_image.image_url",
            "message.output_text.logprobs",
            "reasoning.encrypted_content",
            "web_search_call.action.sources",
            "web_search_call.results",
        ]
        | str
    ]


class ConversationsItemsDeleteParams(TypedDict, total=False):
    """Keys of `conversations.items.delete` (none)."""


class ConversationsItemsListParams(TypedDict, total=False):
    """Keys of `conversations.items.list`."""

    limit: int

    order: Literal["asc", "desc"] | str

    after: str

    include: Sequence[
        Literal[
            "code_interpreter_call.outputs",
            "computer_call_output.output.image_url",
            "file_search_call.results",
            "message.input_image.image_url",
            "message.output_text.logprobs",
            "reasoning.encrypted_content",
            "web_search_call.action.sources",
            "web_search_call.results",
        ]
        | str
    ]


class ConversationsItemsRetrieveParams(TypedDict, total=False):
    """Keys of `conversations.items.retrieve`."""

    include: Sequence[
        Literal[
            "code_interpreter_call.outputs",
            "computer_call_output.output.image_url",
            "file_search_call.results",
            "message.input_image.image_url",
            "message.output_text.logprobs",
            "reasoning.encrypted_content",
            "web_search_call.action.sources",
            "web_search_call.results",
        ]
        | str
    ]


class ConversationsRetrieveParams(TypedDict, total=False):
    """Keys of `conversations.retrieve` (none)."""


class ConversationsUpdateParams(TypedDict, total=False):
    """Keys of `conversations.update`."""

    metadata: Mapping[str, str] | None


class EmbeddingsCreateParams(TypedDict, total=False):
    """Keys of `embeddings.create`."""

    input: Sequence[str | int | Sequence[int]] | str

    model: str

    encoding_format: Literal["base64", "float"] | str

    dimensions: int

    user: str


class EvalsCreateParams(TypedDict, total=False):
    """Keys of `evals.create`."""

    data_source_config: (
        CreateEvalCustomDataSourceConfigParam
        | CreateEvalLogsDataSourceConfigParam
        | CreateEvalStoredCompletionsDataSourceConfigParam
    )

    testing_criteria: Sequence[
        CreateEvalLabelModelGraderParam
        | EvalGraderStringCheckParam
        | EvalGraderTextSimilarityParam
        | EvalGraderPythonParam
        | EvalGraderScoreModelParam
    ]

    name: str

    metadata: Mapping[str, str] | None


class EvalsDeleteParams(TypedDict, total=False):
    """Keys of `evals.delete` (none)."""


class EvalsListParams(TypedDict, total=False):
    """Keys of `evals.list`."""

    after: str

    limit: int

    order: Literal["asc", "desc"] | str

    order_by: Literal["created_at", "updated_at"] | str


class EvalsRetrieveParams(TypedDict, total=False):
    """Keys of `evals.retrieve` (none)."""


class EvalsRunsCancelParams(TypedDict, total=False):
    """Keys of `evals.runs.cancel` (none)."""


class EvalsRunsCreateParams(TypedDict, total=False):
    """Keys of `evals.runs.create`."""

    data_source: (
        CreateEvalJsonlRunDataSourceParam
        | CreateEvalCompletionsRunDataSourceParam
        | CreateEvalResponsesRunDataSourceParam
    )

    name: str

    metadata: Mapping[str, str] | None


class EvalsRunsDeleteParams(TypedDict, total=False):
    """Keys of `evals.runs.delete` (none)."""


class EvalsRunsListParams(TypedDict, total=False):
    """Keys of `evals.runs.list`."""

    after: str

    limit: int

    order: Literal["asc", "desc"] | str

    status: Literal["canceled", "completed", "failed", "in_progress", "queued"] | str


class EvalsRunsOutputItemsListParams(TypedDict, total=False):
    """Keys of `evals.runs.output_items.list`."""

    after: str

    limit: int

    status: Literal["fail", "pass"] | str

    order: Literal["asc", "desc"] | str


class EvalsRunsOutputItemsRetrieveParams(TypedDict, total=False):
    """Keys of `evals.runs.output_items.retrieve` (none)."""


class EvalsRunsRetrieveParams(TypedDict, total=False):
    """Keys of `evals.runs.retrieve` (none)."""


class EvalsUpdateParams(TypedDict, total=False):
    """Keys of `evals.update`."""

    name: str

    metadata: Mapping[str, str] | None


class FilesContentParams(TypedDict, total=False):
    """Keys of `files.content` (none)."""


class FilesCreateParams(TypedDict, total=False):
    """Keys of `files.create`."""

    file: FileInput

    purpose: Literal["assistants", "batch", "evals", "fine-tune", "user_data", "vision"] | str

    expires_after: FileExpirationAfterParam


class FilesDeleteParams(TypedDict, total=False):
    """Keys of `files.delete` (none)."""


class FilesListParams(TypedDict, total=False):
    """Keys of `files.list`."""

    purpose: str

    limit: int

    order: Literal["asc", "desc"] | str

    after: str


class FilesRetrieveParams(TypedDict, total=False):
    """Keys of `files.retrieve` (none)."""


class FineTuningAlphaGradersRunParams(TypedDict, total=False):
    """Keys of `fine_tuning.alpha.graders.run`."""

    grader: (
        GraderStringCheckParam
        | GraderTextSimilarityParam
        | GraderPythonParam
        | GraderScoreModelParam
        | GraderMultiParam
    )

    model_sample: str

    item: Mapping[str, Any]


class FineTuningAlphaGradersValidateParams(TypedDict, total=False):
    """Keys of `fine_tuning.alpha.graders.validate`."""

    grader: (
        GraderStringCheckParam
        | GraderTextSimilarityParam
        | GraderPythonParam
        | GraderScoreModelParam
        | GraderMultiParam
    )


class FineTuningCheckpointsPermissionsCreateParams(TypedDict, total=False):
    """Keys of `fine_tuning.checkpoints.permissions.create`."""

    project_ids: Sequence[str]


class FineTuningCheckpointsPermissionsDeleteParams(TypedDict, total=False):
    """Keys of `fine_tuning.checkpoints.permissions.delete` (none)."""


class FineTuningCheckpointsPermissionsListParams(TypedDict, total=False):
    """Keys of `fine_tuning.checkpoints.permissions.list`."""

    project_id: str

    after: str

    limit: int

    order: Literal["ascending", "descending"] | str


class FineTuningJobsCancelParams(TypedDict, total=False):
    """Keys of `fine_tuning.jobs.cancel` (none)."""


class FineTuningJobsCheckpointsListParams(TypedDict, total=False):
    """Keys of `fine_tuning.jobs.checkpoints.list`."""

    after: str

    limit: int


class FineTuningJobsCreateParams(TypedDict, total=False):
    """Keys of `fine_tuning.jobs.create`."""

    model: str

    training_file: str

    hyperparameters: CreateFineTuningJobRequestHyperparametersParam

    suffix: str | None

    validation_file: str | None

    integrations: Sequence[CreateFineTuningJobRequestIntegrationsType0ItemParam] | None

    seed: int | None

    method: FineTuneMethodParam

    metadata: Mapping[str, str] | None


class FineTuningJobsEventsListParams(TypedDict, total=False):
    """Keys of `fine_tuning.jobs.events.list`."""

    after: str

    limit: int


class FineTuningJobsListParams(TypedDict, total=False):
    """Keys of `fine_tuning.jobs.list`."""

    after: str

    limit: int

    metadata: Mapping[str, str] | None


class FineTuningJobsPauseParams(TypedDict, total=False):
    """Keys of `fine_tuning.jobs.pause` (none)."""


class FineTuningJobsResumeParams(TypedDict, total=False):
    """Keys of `fine_tuning.jobs.resume` (none)."""


class FineTuningJobsRetrieveParams(TypedDict, total=False):
    """Keys of `fine_tuning.jobs.retrieve` (none)."""


class ImagesEditsCreateParams(TypedDict, total=False):
    """Keys of `images.edits.create`."""

    image: FileInput | Sequence[FileInput]

    prompt: str

    mask: FileInput

    background: Literal["auto", "opaque", "transparent"] | str | None

    model: str | None

    n: int | None

    size: str | None

    response_format: Literal["b64_json", "url"] | str | None

    output_format: Literal["jpeg", "png", "webp"] | str | None

    output_compression: int | None

    user: str

    input_fidelity: Literal["high", "low"] | str | None

    stream: bool | None

    partial_images: int | None

    quality: Literal["auto", "high", "low", "medium", "standard"] | str | None


class ImagesGenerationsCreateParams(TypedDict, total=False):
    """Keys of `images.generations.create`."""

    prompt: str

    model: str | None

    n: int | None

    quality: Literal["auto", "hd", "high", "low", "medium", "standard"] | str | None

    response_format: Literal["b64_json", "url"] | str | None

    output_format: Literal["jpeg", "png", "webp"] | str | None

    output_compression: int | None

    stream: bool | None

    partial_images: int | None

    size: str | None

    moderation: Literal["auto", "low"] | str | None

    background: Literal["auto", "opaque", "transparent"] | str | None

    style: Literal["natural", "vivid"] | str | None

    user: str


class ImagesVariationsCreateParams(TypedDict, total=False):
    """Keys of `images.variations.create`."""

    image: FileInput

    model: str | None

    n: int | None

    response_format: Literal["b64_json", "url"] | str | None

    size: Literal["1024x1024", "256x256", "512x512"] | str | None

    user: str


class ModelsDeleteParams(TypedDict, total=False):
    """Keys of `models.delete` (none)."""


class ModelsListParams(TypedDict, total=False):
    """Keys of `models.list` (none)."""


class ModelsRetrieveParams(TypedDict, total=False):
    """Keys of `models.retrieve` (none)."""


class ModerationsCreateParams(TypedDict, total=False):
    """Keys of `moderations.create`."""

    input: (
        Sequence[
            str
            | CreateModerationRequestInputType0ItemType1Type0Param
            | CreateModerationRequestInputType0ItemType1Type1Param
        ]
        | str
    )

    model: str


class OrganizationAdminApiKeysCreateParams(TypedDict, total=False):
    """Keys of `organization.admin_api_keys.create`."""

    name: str

    expires_in_seconds: int


class OrganizationAdminApiKeysDeleteParams(TypedDict, total=False):
    """Keys of `organization.admin_api_keys.delete` (none)."""


class OrganizationAdminApiKeysListParams(TypedDict, total=False):
    """Keys of `organization.admin_api_keys.list`."""

    after: str | None

    order: Literal["asc", "desc"] | str

    limit: int


class OrganizationAdminApiKeysRetrieveParams(TypedDict, total=False):
    """Keys of `organization.admin_api_keys.retrieve` (none)."""


class OrganizationAuditLogsListParams(TypedDict, total=False):
    """Keys of `organization.audit_logs.list`."""

    effective_at: ListAuditLogsEffectiveAtParam

    project_ids: Sequence[str]

    event_types: Sequence[
        Literal[
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
        ]
        | str
    ]

    actor_ids: Sequence[str]

    actor_emails: Sequence[str]

    resource_ids: Sequence[str]

    tenant_only: bool

    limit: int

    after: str

    before: str


class OrganizationCertificatesActivateParams(TypedDict, total=False):
    """Keys of `organization.certificates.activate`."""

    certificate_ids: Sequence[str]


class OrganizationCertificatesCreateParams(TypedDict, total=False):
    """Keys of `organization.certificates.create`."""

    certificate: str

    name: str


class OrganizationCertificatesDeactivateParams(TypedDict, total=False):
    """Keys of `organization.certificates.deactivate`."""

    certificate_ids: Sequence[str]


class OrganizationCertificatesDeleteParams(TypedDict, total=False):
    """Keys of `organization.certificates.delete` (none)."""


class OrganizationCertificatesListParams(TypedDict, total=False):
    """Keys of `organization.certificates.list`."""

    limit: int

    after: str

    order: Literal["asc", "desc"] | str


class OrganizationCertificatesRetrieveParams(TypedDict, total=False):
    """Keys of `organization.certificates.retrieve`."""

    include: Sequence[Literal["content"]]


class OrganizationCertificatesUpdateParams(TypedDict, total=False):
    """Keys of `organization.certificates.update`."""

    name: str


class OrganizationCostsListParams(TypedDict, total=False):
    """Keys of `organization.costs.list`."""

    start_time: int

    end_time: int

    bucket_width: Literal["1d"]

    project_ids: Sequence[str]

    api_key_ids: Sequence[str]

    group_by: Sequence[Literal["api_key_id", "line_item", "project_id"] | str]

    limit: int

    page: str


class OrganizationDataRetentionCreateParams(TypedDict, total=False):
    """Keys of `organization.data_retention.create`."""

    retention_type: (
        Literal[
            "enhanced_modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "modified_abuse_monitoring",
            "zero_data_retention",
        ]
        | str
    )


class OrganizationDataRetentionRetrieveParams(TypedDict, total=False):
    """Keys of `organization.data_retention.retrieve` (none)."""


class OrganizationGroupsCreateParams(TypedDict, total=False):
    """Keys of `organization.groups.create`."""

    name: str


class OrganizationGroupsDeleteParams(TypedDict, total=False):
    """Keys of `organization.groups.delete` (none)."""


class OrganizationGroupsListParams(TypedDict, total=False):
    """Keys of `organization.groups.list`."""

    limit: int

    after: str

    order: Literal["asc", "desc"] | str


class OrganizationGroupsRetrieveParams(TypedDict, total=False):
    """Keys of `organization.groups.retrieve` (none)."""


class OrganizationGroupsRolesCreateParams(TypedDict, total=False):
    """Keys of `organization.groups.roles.create`."""

    role_id: str


class OrganizationGroupsRolesDeleteParams(TypedDict, total=False):
    """Keys of `organization.groups.roles.delete` (none)."""


class OrganizationGroupsRolesListParams(TypedDict, total=False):
    """Keys of `organization.groups.roles.list`."""

    limit: int

    after: str

    order: Literal["asc", "desc"] | str


class OrganizationGroupsRolesRetrieveParams(TypedDict, total=False):
    """Keys of `organization.groups.roles.retrieve` (none)."""


class OrganizationGroupsUpdateParams(TypedDict, total=False):
    """Keys of `organization.groups.update`."""

    name: str


class OrganizationGroupsUsersCreateParams(TypedDict, total=False):
    """Keys of `organization.groups.users.create`."""

    user_id: str


class OrganizationGroupsUsersDeleteParams(TypedDict, total=False):
    """Keys of `organization.groups.users.delete` (none)."""


class OrganizationGroupsUsersListParams(TypedDict, total=False):
    """Keys of `organization.groups.users.list`."""

    limit: int

    after: str

    order: Literal["asc", "desc"] | str


class OrganizationGroupsUsersRetrieveParams(TypedDict, total=False):
    """Keys of `organization.groups.users.retrieve` (none)."""


class OrganizationInvitesCreateParams(TypedDict, total=False):
    """Keys of `organization.invites.create`."""

    email: str

    role: Literal["owner", "reader"] | str

    projects: Sequence[InviteRequestProjectsItemParam]


class OrganizationInvitesDeleteParams(TypedDict, total=False):
    """Keys of `organization.invites.delete` (none)."""


class OrganizationInvitesListParams(TypedDict, total=False):
    """Keys of `organization.invites.list`."""

    limit: int

    after: str


class OrganizationInvitesRetrieveParams(TypedDict, total=False):
    """Keys of `organization.invites.retrieve` (none)."""


class OrganizationProjectsApiKeysDeleteParams(TypedDict, total=False):
    """Keys of `organization.projects.api_keys.delete` (none)."""


class OrganizationProjectsApiKeysListParams(TypedDict, total=False):
    """Keys of `organization.projects.api_keys.list`."""

    limit: int

    after: str

    owner_project_access: Literal["active", "any", "inactive"] | str


class OrganizationProjectsApiKeysRetrieveParams(TypedDict, total=False):
    """Keys of `organization.projects.api_keys.retrieve` (none)."""


class OrganizationProjectsArchiveParams(TypedDict, total=False):
    """Keys of `organization.projects.archive` (none)."""


class OrganizationProjectsCertificatesActivateCreateParams(TypedDict, total=False):
    """Keys of `organization.projects.certificates.activate.create`."""

    certificate_ids: Sequence[str]


class OrganizationProjectsCertificatesDeactivateCreateParams(TypedDict, total=False):
    """Keys of `organization.projects.certificates.deactivate.create`."""

    certificate_ids: Sequence[str]


class OrganizationProjectsCertificatesListParams(TypedDict, total=False):
    """Keys of `organization.projects.certificates.list`."""

    limit: int

    after: str

    order: Literal["asc", "desc"] | str


class OrganizationProjectsCreateParams(TypedDict, total=False):
    """Keys of `organization.projects.create`."""

    name: str

    residency: (
        Literal[
            "AE_STORAGE",
            "AE_STORAGE_PROCESSING",
            "AU_STORAGE",
            "CA_STORAGE",
            "EU_STORAGE_PROCESSING",
            "GB_STORAGE",
            "GLOBAL",
            "IN_STORAGE",
            "JP_STORAGE",
            "KR_STORAGE",
            "SG_STORAGE",
            "US_STORAGE_PROCESSING",
        ]
        | str
        | None
    )

    external_key_id: str | None


class OrganizationProjectsDataRetentionRetrieveParams(TypedDict, total=False):
    """Keys of `organization.projects.data_retention.retrieve` (none)."""


class OrganizationProjectsDataRetentionUpdateParams(TypedDict, total=False):
    """Keys of `organization.projects.data_retention.update`."""

    retention_type: (
        Literal[
            "enhanced_modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "modified_abuse_monitoring",
            "none",
            "organization_default",
            "zero_data_retention",
        ]
        | str
    )


class OrganizationProjectsGroupsCreateParams(TypedDict, total=False):
    """Keys of `organization.projects.groups.create`."""

    group_id: str

    role: str


class OrganizationProjectsGroupsDeleteParams(TypedDict, total=False):
    """Keys of `organization.projects.groups.delete` (none)."""


class OrganizationProjectsGroupsListParams(TypedDict, total=False):
    """Keys of `organization.projects.groups.list`."""

    limit: int

    after: str

    order: Literal["asc", "desc"] | str


class OrganizationProjectsGroupsRetrieveParams(TypedDict, total=False):
    """Keys of `organization.projects.groups.retrieve`."""

    group_type: Literal["group", "tenant_group"] | str


class OrganizationProjectsHostedToolPermissionsRetrieveParams(TypedDict, total=False):
    """Keys of `organization.projects.hosted_tool_permissions.retrieve` (none)."""


class OrganizationProjectsHostedToolPermissionsUpdateParams(TypedDict, total=False):
    """Keys of `organization.projects.hosted_tool_permissions.update`."""

    file_search: HostedToolPermissionUpdateParam | None

    web_search: HostedToolPermissionUpdateParam | None

    image_generation: HostedToolPermissionUpdateParam | None

    mcp: HostedToolPermissionUpdateParam | None

    code_interpreter: HostedToolPermissionUpdateParam | None


class OrganizationProjectsListParams(TypedDict, total=False):
    """Keys of `organization.projects.list`."""

    limit: int

    after: str

    include_archived: bool


class OrganizationProjectsModelPermissionsCreateParams(TypedDict, total=False):
    """Keys of `organization.projects.model_permissions.create`."""

    mode: Literal["allow_list", "deny_list"] | str

    model_ids: Sequence[str]


class OrganizationProjectsModelPermissionsDeleteParams(TypedDict, total=False):
    """Keys of `organization.projects.model_permissions.delete` (none)."""


class OrganizationProjectsModelPermissionsRetrieveParams(TypedDict, total=False):
    """Keys of `organization.projects.model_permissions.retrieve` (none)."""


class OrganizationProjectsRateLimitsListParams(TypedDict, total=False):
    """Keys of `organization.projects.rate_limits.list`."""

    limit: int

    after: str

    before: str


class OrganizationProjectsRateLimitsUpdateParams(TypedDict, total=False):
    """Keys of `organization.projects.rate_limits.update`."""

    max_requests_per_1_minute: int

    max_tokens_per_1_minute: int

    max_images_per_1_minute: int

    max_audio_megabytes_per_1_minute: int

    max_requests_per_1_day: int

    batch_1_day_max_input_tokens: int


class OrganizationProjectsRetrieveParams(TypedDict, total=False):
    """Keys of `organization.projects.retrieve` (none)."""


class OrganizationProjectsServiceAccountsApiKeysParams(TypedDict, total=False):
    """Keys of `organization.projects.service_accounts.api_keys`."""

    name: str

    scopes: Sequence[str]


class OrganizationProjectsServiceAccountsCreateParams(TypedDict, total=False):
    """Keys of `organization.projects.service_accounts.create`."""

    name: str

    create_service_account_only: bool | None


class OrganizationProjectsServiceAccountsDeleteParams(TypedDict, total=False):
    """Keys of `organization.projects.service_accounts.delete` (none)."""


class OrganizationProjectsServiceAccountsListParams(TypedDict, total=False):
    """Keys of `organization.projects.service_accounts.list`."""

    limit: int

    after: str


class OrganizationProjectsServiceAccountsRetrieveParams(TypedDict, total=False):
    """Keys of `organization.projects.service_accounts.retrieve` (none)."""


class OrganizationProjectsServiceAccountsUpdateParams(TypedDict, total=False):
    """Keys of `organization.projects.service_accounts.update`."""

    name: str

    role: Literal["member", "owner"] | str


class OrganizationProjectsSpendAlertsCreateParams(TypedDict, total=False):
    """Keys of `organization.projects.spend_alerts.create`."""

    threshold_amount: int

    currency: Literal["USD"]

    interval: Literal["month"]

    notification_channel: SpendAlertNotificationChannelParam


class OrganizationProjectsSpendAlertsDeleteParams(TypedDict, total=False):
    """Keys of `organization.projects.spend_alerts.delete` (none)."""


class OrganizationProjectsSpendAlertsListParams(TypedDict, total=False):
    """Keys of `organization.projects.spend_alerts.list`."""

    limit: int

    order: Literal["asc", "desc"] | str

    after: str

    before: str


class OrganizationProjectsSpendAlertsRetrieveParams(TypedDict, total=False):
    """Keys of `organization.projects.spend_alerts.retrieve` (none)."""


class OrganizationProjectsSpendAlertsUpdateParams(TypedDict, total=False):
    """Keys of `organization.projects.spend_alerts.update`."""

    threshold_amount: int

    currency: Literal["USD"]

    interval: Literal["month"]

    notification_channel: SpendAlertNotificationChannelParam


class OrganizationProjectsSpendLimitCreateParams(TypedDict, total=False):
    """Keys of `organization.projects.spend_limit.create`."""

    threshold_amount: int

    currency: Literal["USD"]

    interval: Literal["month"]


class OrganizationProjectsSpendLimitDeleteParams(TypedDict, total=False):
    """Keys of `organization.projects.spend_limit.delete` (none)."""


class OrganizationProjectsSpendLimitRetrieveParams(TypedDict, total=False):
    """Keys of `organization.projects.spend_limit.retrieve` (none)."""


class OrganizationProjectsUpdateParams(TypedDict, total=False):
    """Keys of `organization.projects.update`."""

    name: str | None

    external_key_id: str | None


class OrganizationProjectsUsersCreateParams(TypedDict, total=False):
    """Keys of `organization.projects.users.create`."""

    role: str

    user_id: str | None

    email: str | None


class OrganizationProjectsUsersDeleteParams(TypedDict, total=False):
    """Keys of `organization.projects.users.delete` (none)."""


class OrganizationProjectsUsersListParams(TypedDict, total=False):
    """Keys of `organization.projects.users.list`."""

    limit: int

    after: str


class OrganizationProjectsUsersRetrieveParams(TypedDict, total=False):
    """Keys of `organization.projects.users.retrieve` (none)."""


class OrganizationProjectsUsersUpdateParams(TypedDict, total=False):
    """Keys of `organization.projects.users.update`."""

    role: str | None


class OrganizationRolesCreateParams(TypedDict, total=False):
    """Keys of `organization.roles.create`."""

    role_name: str

    permissions: Sequence[str]

    description: str | None


class OrganizationRolesDeleteParams(TypedDict, total=False):
    """Keys of `organization.roles.delete` (none)."""


class OrganizationRolesListParams(TypedDict, total=False):
    """Keys of `organization.roles.list`."""

    limit: int

    after: str

    order: Literal["asc", "desc"] | str


class OrganizationRolesRetrieveParams(TypedDict, total=False):
    """Keys of `organization.roles.retrieve` (none)."""


class OrganizationRolesUpdateParams(TypedDict, total=False):
    """Keys of `organization.roles.update`."""

    permissions: Sequence[str] | None

    description: str | None

    role_name: str | None


class OrganizationSpendAlertsCreateParams(TypedDict, total=False):
    """Keys of `organization.spend_alerts.create`."""

    threshold_amount: int

    currency: Literal["USD"]

    interval: Literal["month"]

    notification_channel: SpendAlertNotificationChannelParam


class OrganizationSpendAlertsDeleteParams(TypedDict, total=False):
    """Keys of `organization.spend_alerts.delete` (none)."""


class OrganizationSpendAlertsListParams(TypedDict, total=False):
    """Keys of `organization.spend_alerts.list`."""

    limit: int

    order: Literal["asc", "desc"] | str

    after: str

    before: str


class OrganizationSpendAlertsRetrieveParams(TypedDict, total=False):
    """Keys of `organization.spend_alerts.retrieve` (none)."""


class OrganizationSpendAlertsUpdateParams(TypedDict, total=False):
    """Keys of `organization.spend_alerts.update`."""

    threshold_amount: int

    currency: Literal["USD"]

    interval: Literal["month"]

    notification_channel: SpendAlertNotificationChannelParam


class OrganizationSpendLimitCreateParams(TypedDict, total=False):
    """Keys of `organization.spend_limit.create`."""

    threshold_amount: int

    currency: Literal["USD"]

    interval: Literal["month"]


class OrganizationSpendLimitDeleteParams(TypedDict, total=False):
    """Keys of `organization.spend_limit.delete` (none)."""


class OrganizationSpendLimitRetrieveParams(TypedDict, total=False):
    """Keys of `organization.spend_limit.retrieve` (none)."""


class OrganizationUsageAudioSpeechesListParams(TypedDict, total=False):
    """Keys of `organization.usage.audio_speeches.list`."""

    start_time: int

    end_time: int

    bucket_width: Literal["1d", "1h", "1m"] | str

    project_ids: Sequence[str]

    user_ids: Sequence[str]

    api_key_ids: Sequence[str]

    models: Sequence[str]

    group_by: Sequence[Literal["api_key_id", "model", "project_id", "user_id"] | str]

    limit: int

    page: str


class OrganizationUsageAudioTranscriptionsListParams(TypedDict, total=False):
    """Keys of `organization.usage.audio_transcriptions.list`."""

    start_time: int

    end_time: int

    bucket_width: Literal["1d", "1h", "1m"] | str

    project_ids: Sequence[str]

    user_ids: Sequence[str]

    api_key_ids: Sequence[str]

    models: Sequence[str]

    group_by: Sequence[Literal["api_key_id", "model", "project_id", "user_id"] | str]

    limit: int

    page: str


class OrganizationUsageCodeInterpreterSessionsListParams(TypedDict, total=False):
    """Keys of `organization.usage.code_interpreter_sessions.list`."""

    start_time: int

    end_time: int

    bucket_width: Literal["1d", "1h", "1m"] | str

    project_ids: Sequence[str]

    group_by: Sequence[Literal["project_id"]]

    limit: int

    page: str


class OrganizationUsageCompletionsListParams(TypedDict, total=False):
    """Keys of `organization.usage.completions.list`."""

    start_time: int

    end_time: int

    bucket_width: Literal["1d", "1h", "1m"] | str

    project_ids: Sequence[str]

    user_ids: Sequence[str]

    api_key_ids: Sequence[str]

    models: Sequence[str]

    batch: bool

    group_by: Sequence[
        Literal["api_key_id", "batch", "model", "project_id", "service_tier", "user_id"] | str
    ]

    limit: int

    page: str


class OrganizationUsageEmbeddingsListParams(TypedDict, total=False):
    """Keys of `organization.usage.embeddings.list`."""

    start_time: int

    end_time: int

    bucket_width: Literal["1d", "1h", "1m"] | str

    project_ids: Sequence[str]

    user_ids: Sequence[str]

    api_key_ids: Sequence[str]

    models: Sequence[str]

    group_by: Sequence[Literal["api_key_id", "model", "project_id", "user_id"] | str]

    limit: int

    page: str


class OrganizationUsageFileSearchCallsListParams(TypedDict, total=False):
    """Keys of `organization.usage.file_search_calls.list`."""

    start_time: int

    end_time: int

    bucket_width: Literal["1d", "1h", "1m"] | str

    project_ids: Sequence[str]

    user_ids: Sequence[str]

    api_key_ids: Sequence[str]

    vector_store_ids: Sequence[str]

    group_by: Sequence[Literal["api_key_id", "project_id", "user_id", "vector_store_id"] | str]

    limit: int

    page: str


class OrganizationUsageImagesListParams(TypedDict, total=False):
    """Keys of `organization.usage.images.list`."""

    start_time: int

    end_time: int

    bucket_width: Literal["1d", "1h", "1m"] | str

    sources: Sequence[Literal["image.edit", "image.generation", "image.variation"] | str]

    sizes: Sequence[Literal["1024x1024", "1024x1792", "1792x1792", "256x256", "512x512"] | str]

    project_ids: Sequence[str]

    user_ids: Sequence[str]

    api_key_ids: Sequence[str]

    models: Sequence[str]

    group_by: Sequence[
        Literal["api_key_id", "model", "project_id", "size", "source", "user_id"] | str
    ]

    limit: int

    page: str


class OrganizationUsageModerationsListParams(TypedDict, total=False):
    """Keys of `organization.usage.moderations.list`."""

    start_time: int

    end_time: int

    bucket_width: Literal["1d", "1h", "1m"] | str

    project_ids: Sequence[str]

    user_ids: Sequence[str]

    api_key_ids: Sequence[str]

    models: Sequence[str]

    group_by: Sequence[Literal["api_key_id", "model", "project_id", "user_id"] | str]

    limit: int

    page: str


class OrganizationUsageVectorStoresListParams(TypedDict, total=False):
    """Keys of `organization.usage.vector_stores.list`."""

    start_time: int

    end_time: int

    bucket_width: Literal["1d", "1h", "1m"] | str

    project_ids: Sequence[str]

    group_by: Sequence[Literal["project_id"]]

    limit: int

    page: str


class OrganizationUsageWebSearchCallsListParams(TypedDict, total=False):
    """Keys of `organization.usage.web_search_calls.list`."""

    start_time: int

    end_time: int

    bucket_width: Literal["1d", "1h", "1m"] | str

    project_ids: Sequence[str]

    user_ids: Sequence[str]

    api_key_ids: Sequence[str]

    models: Sequence[str]

    context_levels: Sequence[Literal["high", "low", "medium"] | str]

    group_by: Sequence[
        Literal["api_key_id", "context_level", "model", "project_id", "user_id"] | str
    ]

    limit: int

    page: str


class OrganizationUsersDeleteParams(TypedDict, total=False):
    """Keys of `organization.users.delete` (none)."""


class OrganizationUsersListParams(TypedDict, total=False):
    """Keys of `organization.users.list`."""

    limit: int

    after: str

    emails: Sequence[str]


class OrganizationUsersRetrieveParams(TypedDict, total=False):
    """Keys of `organization.users.retrieve` (none)."""


class OrganizationUsersRolesCreateParams(TypedDict, total=False):
    """Keys of `organization.users.roles.create`."""

    role_id: str


class OrganizationUsersRolesDeleteParams(TypedDict, total=False):
    """Keys of `organization.users.roles.delete` (none)."""


class OrganizationUsersRolesListParams(TypedDict, total=False):
    """Keys of `organization.users.roles.list`."""

    limit: int

    after: str

    order: Literal["asc", "desc"] | str


class OrganizationUsersRolesRetrieveParams(TypedDict, total=False):
    """Keys of `organization.users.roles.retrieve` (none)."""


class OrganizationUsersUpdateParams(TypedDict, total=False):
    """Keys of `organization.users.update`."""

    role: str | None

    role_id: str | None

    technical_level: str | None

    developer_persona: str | None


class ProjectsGroupsRolesCreateParams(TypedDict, total=False):
    """Keys of `projects.groups.roles.create`."""

    role_id: str


class ProjectsGroupsRolesDeleteParams(TypedDict, total=False):
    """Keys of `projects.groups.roles.delete` (none)."""


class ProjectsGroupsRolesListParams(TypedDict, total=False):
    """Keys of `projects.groups.roles.list`."""

    limit: int

    after: str

    order: Literal["asc", "desc"] | str


class ProjectsGroupsRolesRetrieveParams(TypedDict, total=False):
    """Keys of `projects.groups.roles.retrieve` (none)."""


class ProjectsRolesCreateParams(TypedDict, total=False):
    """Keys of `projects.roles.create`."""

    role_name: str

    permissions: Sequence[str]

    description: str | None


class ProjectsRolesDeleteParams(TypedDict, total=False):
    """Keys of `projects.roles.delete` (none)."""


class ProjectsRolesListParams(TypedDict, total=False):
    """Keys of `projects.roles.list`."""

    limit: int

    after: str

    order: Literal["asc", "desc"] | str


class ProjectsRolesRetrieveParams(TypedDict, total=False):
    """Keys of `projects.roles.retrieve` (none)."""


class ProjectsRolesUpdateParams(TypedDict, total=False):
    """Keys of `projects.roles.update`."""

    permissions: Sequence[str] | None

    description: str | None

    role_name: str | None


class ProjectsUsersRolesCreateParams(TypedDict, total=False):
    """Keys of `projects.users.roles.create`."""

    role_id: str


class ProjectsUsersRolesDeleteParams(TypedDict, total=False):
    """Keys of `projects.users.roles.delete` (none)."""


class ProjectsUsersRolesListParams(TypedDict, total=False):
    """Keys of `projects.users.roles.list`."""

    limit: int

    after: str

    order: Literal["asc", "desc"] | str


class ProjectsUsersRolesRetrieveParams(TypedDict, total=False):
    """Keys of `projects.users.roles.retrieve` (none)."""


class RealtimeCallsAcceptParams(TypedDict, total=False):
    """Keys of `realtime.calls.accept`."""

    type: Literal["realtime"]

    output_modalities: Sequence[Literal["audio", "text"] | str]

    model: str

    instructions: str

    audio: RealtimeSessionCreateRequestGAAudioParam

    include: Sequence[Literal["item.input_audio_transcription.logprobs"]]

    tracing: Literal["auto"] | RealtimeSessionCreateRequestGATracingType0Type1Param | None

    tools: Sequence[RealtimeFunctionToolParam | MCPToolParam]

    tool_choice: (
        Literal["auto", "none", "required"] | str | ToolChoiceFunctionParam | ToolChoiceMCPParam
    )

    parallel_tool_calls: bool

    reasoning: RealtimeReasoningParam

    max_output_tokens: int | Literal["inf"]

    truncation: Literal["auto", "disabled"] | str | RealtimeTruncationType1Param

    prompt: PromptType0Param | None


class RealtimeCallsCreateParams(TypedDict, total=False):
    """Keys of `realtime.calls.create`."""

    sdp: str

    session: RealtimeSessionCreateRequestGAParam


class RealtimeCallsHangupParams(TypedDict, total=False):
    """Keys of `realtime.calls.hangup` (none)."""


class RealtimeCallsReferParams(TypedDict, total=False):
    """Keys of `realtime.calls.refer`."""

    target_uri: str


class RealtimeCallsRejectParams(TypedDict, total=False):
    """Keys of `realtime.calls.reject`."""

    status_code: int


class RealtimeClientSecretsCreateParams(TypedDict, total=False):
    """Keys of `realtime.client_secrets.create`."""

    expires_after: RealtimeCreateClientSecretRequestExpiresAfterParam

    session: RealtimeSessionCreateRequestGAParam | RealtimeTranscriptionSessionCreateRequestGAParam


class RealtimeSessionsCreateParams(TypedDict, total=False):
    """Keys of `realtime.sessions.create`."""

    client_secret: RealtimeSessionCreateRequestClientSecretParam

    modalities: Any

    instructions: str

    voice: str | VoiceIdsOrCustomVoiceType1Param

    input_audio_format: str

    output_audio_format: str

    input_audio_transcription: RealtimeSessionCreateRequestInputAudioTranscriptionParam

    speed: float

    tracing: Literal["auto"] | RealtimeSessionCreateRequestTracingType1Param

    turn_detection: RealtimeSessionCreateRequestTurnDetectionParam

    tools: Sequence[RealtimeSessionCreateRequestToolsItemParam]

    tool_choice: str

    temperature: float

    max_response_output_tokens: int | Literal["inf"]

    truncation: Literal["auto", "disabled"] | str | RealtimeTruncationType1Param

    prompt: PromptType0Param | None


class RealtimeTranscriptionSessionsCreateParams(TypedDict, total=False):
    """Keys of `realtime.transcription_sessions.create`."""

    turn_detection: RealtimeTranscriptionSessionCreateRequestTurnDetectionParam

    input_audio_noise_reduction: (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionParam
    )

    input_audio_format: Literal["g711_alaw", "g711_ulaw", "pcm16"] | str

    input_audio_transcription: AudioTranscriptionParam

    include: Sequence[Literal["item.input_audio_transcription.logprobs"]]


class RealtimeTranslationsClientSecretsCreateParams(TypedDict, total=False):
    """Keys of `realtime.translations.client_secrets.create`."""

    session: RealtimeTranslationSessionCreateRequestParam

    expires_after: RealtimeTranslationClientSecretCreateRequestExpiresAfterParam


class ResponsesCancelParams(TypedDict, total=False):
    """Keys of `responses.cancel` (none)."""


class ResponsesCompactParams(TypedDict, total=False):
    """Keys of `responses.compact`."""

    model: (
        str
        | Literal[
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
            "gpt-5-codex",
            "gpt-5-pro",
            "gpt-5-pro-2025-10-06",
            "gpt-5.1-codex-max",
            "gpt-5.5-pro",
            "gpt-5.5-pro-2026-04-23",
            "gpt-5.6-cyber",
            "gpt-daybreak-blue-latest",
            "gpt-daybreak-red-latest",
            "o1-pro",
            "o1-pro-2025-03-19",
            "o3-deep-research",
            "o3-deep-research-2025-06-26",
            "o3-pro",
            "o3-pro-2025-06-10",
            "o4-mini-deep-research",
            "o4-mini-deep-research-2025-06-26",
        ]
        | None
    )

    input: (
        str
        | Sequence[
            EasyInputMessageParam
            | InputMessageParam
            | OutputMessageParam
            | FileSearchToolCallParam
            | ComputerToolCallParam
            | ComputerCallOutputItemParamParam
            | WebSearchToolCallParam
            | FunctionToolCallParam
            | FunctionCallOutputItemParamParam
            | ToolSearchCallItemParamParam
            | ToolSearchOutputItemParamParam
            | AdditionalToolsItemParamParam
            | ReasoningItemParam
            | CompactionSummaryItemParamParam
            | ImageGenToolCallParam
            | CodeInterpreterToolCallParam
            | LocalShellToolCallParam
            | LocalShellToolCallOutputParam
            | FunctionShellCallItemParamParam
            | FunctionShellCallOutputItemParamParam
            | ApplyPatchToolCallItemParamParam
            | ApplyPatchToolCallOutputItemParamParam
            | MCPListToolsParam
            | MCPApprovalRequestParam
            | MCPApprovalResponseParam
            | MCPToolCallParam
            | CustomToolCallOutputParam
            | CustomToolCallParam
            | CompactionTriggerItemParamParam
            | ItemReferenceParamParam
            | ProgramItemParamParam
            | ProgramOutputItemParamParam
        ]
        | None
    )

    previous_response_id: str | None

    instructions: str | None

    prompt_cache_key: str | None

    prompt_cache_retention: Literal["24h", "in_memory"] | str | None

    prompt_cache_options: PromptCacheOptionsParamParam | None

    service_tier: Literal["auto", "default", "fast", "flex", "priority"] | str | None


class ResponsesCreateParams(TypedDict, total=False):
    """Keys of `responses.create`."""

    metadata: Mapping[str, str] | None

    top_logprobs: int | None

    temperature: float | None

    top_p: float | None

    user: str

    safety_identifier: str | None

    prompt_cache_key: str | None

    prompt_cache_retention: Literal["24h", "in_memory"] | str | None

    prompt_cache_options: PromptCacheOptionsParamParam

    previous_response_id: str | None

    model: (
        str
        | Literal[
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
            "gpt-5-codex",
            "gpt-5-pro",
            "gpt-5-pro-2025-10-06",
            "gpt-5.1-codex-max",
            "gpt-5.5-pro",
            "gpt-5.5-pro-2026-04-23",
            "gpt-5.6-cyber",
            "gpt-daybreak-blue-latest",
            "gpt-daybreak-red-latest",
            "o1-pro",
            "o1-pro-2025-03-19",
            "o3-deep-research",
            "o3-deep-research-2025-06-26",
            "o3-pro",
            "o3-pro-2025-06-10",
            "o4-mini-deep-research",
            "o4-mini-deep-research-2025-06-26",
        ]
    )

    background: bool | None

    max_tool_calls: int | None

    text: ResponseTextParamParam

    tools: Sequence[
        FunctionToolDict
        | FileSearchToolParam
        | ComputerToolParam
        | ComputerUsePreviewToolParam
        | WebSearchToolParam
        | MCPToolParam
        | CodeInterpreterToolParam
        | ProgrammaticToolCallingParamParam
        | ImageGenToolParam
        | LocalShellToolParamParam
        | FunctionShellToolParamParam
        | CustomToolParamParam
        | NamespaceToolParamParam
        | ToolSearchToolParamParam
        | WebSearchPreviewToolParam
        | ApplyPatchToolParamParam
    ]

    tool_choice: (
        Literal["auto", "none", "required"]
        | str
        | ToolChoiceAllowedParam
        | ToolChoiceTypesParam
        | ToolChoiceFunctionParam
        | ToolChoiceMCPParam
        | ToolChoiceCustomParam
        | SpecificProgrammaticToolCallingParamParam
        | SpecificApplyPatchParamParam
        | SpecificFunctionShellParamParam
    )

    prompt: PromptType0Param | None

    service_tier: (
        Literal["auto", "default", "fast", "flex", "priority", "scale", "ultrafast"] | str | None
    )

    truncation: Literal["auto", "disabled"] | str | None

    reasoning: ReasoningParam | None

    input: (
        str
        | Sequence[
            EasyInputMessageParam
            | InputMessageParam
            | OutputMessageParam
            | FileSearchToolCallParam
            | ComputerToolCallParam
            | ComputerCallOutputItemParamParam
            | WebSearchToolCallParam
            | FunctionToolCallParam
            | FunctionCallOutputItemParamParam
            | ToolSearchCallItemParamParam
            | ToolSearchOutputItemParamParam
            | AdditionalToolsItemParamParam
            | ReasoningItemParam
            | CompactionSummaryItemParamParam
            | ImageGenToolCallParam
            | CodeInterpreterToolCallParam
            | LocalShellToolCallParam
            | LocalShellToolCallOutputParam
            | FunctionShellCallItemParamParam
            | FunctionShellCallOutputItemParamParam
            | ApplyPatchToolCallItemParamParam
            | ApplyPatchToolCallOutputItemParamParam
            | MCPListToolsParam
            | MCPApprovalRequestParam
            | MCPApprovalResponseParam
            | MCPToolCallParam
            | CustomToolCallOutputParam
            | CustomToolCallParam
            | CompactionTriggerItemParamParam
            | ItemReferenceParamParam
            | ProgramItemParamParam
            | ProgramOutputItemParamParam
        ]
    )

    include: (
        Sequence[
            Literal[
                "code_interpreter_call.outputs",
                "computer_call_output.output.image_url",
                "file_search_call.results",
                "message.input_image.image_url",
                "message.output_text.logprobs",
                "reasoning.encrypted_content",
                "web_search_call.action.sources",
                "web_search_call.results",
            ]
            | str
        ]
        | None
    )

    parallel_tool_calls: bool | None

    store: bool | None

    instructions: str | None

    moderation: ModerationParamParam | None

    stream: bool | None

    stream_options: ResponseStreamOptionsType0Param | None

    conversation: str | ConversationParam2Param | None

    context_management: Sequence[ContextManagementParamParam] | None

    max_output_tokens: int | None


class ResponsesDeleteParams(TypedDict, total=False):
    """Keys of `responses.delete` (none)."""


class ResponsesInputItemsListParams(TypedDict, total=False):
    """Keys of `responses.input_items.list`."""

    limit: int

    order: Literal["asc", "desc"] | str

    after: str

    include: Sequence[
        Literal[
            "code_interpreter_call.outputs",
            "computer_call_output.output.image_url",
            "file_search_call.results",
            "message.input_image.image_url",
            "message.output_text.logprobs",
            "reasoning.encrypted_content",
            "web_search_call.action.sources",
            "web_search_call.results",
        ]
        | str
    ]


class ResponsesInputTokensCountParams(TypedDict, total=False):
    """Keys of `responses.input_tokens.count`."""

    model: str | None

    input: (
        str
        | Sequence[
            EasyInputMessageParam
            | InputMessageParam
            | OutputMessageParam
            | FileSearchToolCallParam
            | ComputerToolCallParam
            | ComputerCallOutputItemParamParam
            | WebSearchToolCallParam
            | FunctionToolCallParam
            | FunctionCallOutputItemParamParam
            | ToolSearchCallItemParamParam
            | ToolSearchOutputItemParamParam
            | AdditionalToolsItemParamParam
            | ReasoningItemParam
            | CompactionSummaryItemParamParam
            | ImageGenToolCallParam
            | CodeInterpreterToolCallParam
            | LocalShellToolCallParam
            | LocalShellToolCallOutputParam
            | FunctionShellCallItemParamParam
            | FunctionShellCallOutputItemParamParam
            | ApplyPatchToolCallItemParamParam
            | ApplyPatchToolCallOutputItemParamParam
            | MCPListToolsParam
            | MCPApprovalRequestParam
            | MCPApprovalResponseParam
            | MCPToolCallParam
            | CustomToolCallOutputParam
            | CustomToolCallParam
            | CompactionTriggerItemParamParam
            | ItemReferenceParamParam
            | ProgramItemParamParam
            | ProgramOutputItemParamParam
        ]
        | None
    )

    previous_response_id: str | None

    tools: (
        Sequence[
            FunctionToolDict
            | FileSearchToolParam
            | ComputerToolParam
            | ComputerUsePreviewToolParam
            | WebSearchToolParam
            | MCPToolParam
            | CodeInterpreterToolParam
            | ProgrammaticToolCallingParamParam
            | ImageGenToolParam
            | LocalShellToolParamParam
            | FunctionShellToolParamParam
            | CustomToolParamParam
            | NamespaceToolParamParam
            | ToolSearchToolParamParam
            | WebSearchPreviewToolParam
            | ApplyPatchToolParamParam
        ]
        | None
    )

    text: ResponseTextParamParam | None

    reasoning: ReasoningParam | None

    truncation: Literal["auto", "disabled"] | str

    instructions: str | None

    personality: str

    conversation: str | ConversationParam2Param | None

    tool_choice: (
        Literal["auto", "none", "required"]
        | str
        | ToolChoiceAllowedParam
        | ToolChoiceTypesParam
        | ToolChoiceFunctionParam
        | ToolChoiceMCPParam
        | ToolChoiceCustomParam
        | SpecificProgrammaticToolCallingParamParam
        | SpecificApplyPatchParamParam
        | SpecificFunctionShellParamParam
        | None
    )

    parallel_tool_calls: bool | None


class ResponsesRetrieveParams(TypedDict, total=False):
    """Keys of `responses.retrieve`."""

    include: Sequence[
        Literal[
            "code_interpreter_call.outputs",
            "computer_call_output.output.image_url",
            "file_search_call.results",
            "message.input_image.image_url",
            "message.output_text.logprobs",
            "reasoning.encrypted_content",
            "web_search_call.action.sources",
            "web_search_call.results",
        ]
        | str
    ]

    stream: bool

    starting_after: int

    include_obfuscation: bool


class SkillsContentParams(TypedDict, total=False):
    """Keys of `skills.content` (none)."""


class SkillsCreateParams(TypedDict, total=False):
    """Keys of `skills.create`."""

    files: Sequence[FileInput] | FileInput


class SkillsDeleteParams(TypedDict, total=False):
    """Keys of `skills.delete` (none)."""


class SkillsListParams(TypedDict, total=False):
    """Keys of `skills.list`."""

    limit: int

    order: Literal["asc", "desc"] | str

    after: str


class SkillsRetrieveParams(TypedDict, total=False):
    """Keys of `skills.retrieve` (none)."""


class SkillsUpdateParams(TypedDict, total=False):
    """Keys of `skills.update`."""

    default_version: str


class SkillsVersionsContentParams(TypedDict, total=False):
    """Keys of `skills.versions.content` (none)."""


class SkillsVersionsCreateParams(TypedDict, total=False):
    """Keys of `skills.versions.create`."""

    files: Sequence[FileInput] | FileInput

    default: bool


class SkillsVersionsDeleteParams(TypedDict, total=False):
    """Keys of `skills.versions.delete` (none)."""


class SkillsVersionsListParams(TypedDict, total=False):
    """Keys of `skills.versions.list`."""

    limit: int

    order: Literal["asc", "desc"] | str

    after: str


class SkillsVersionsRetrieveParams(TypedDict, total=False):
    """Keys of `skills.versions.retrieve` (none)."""


class ThreadsCreateParams(TypedDict, total=False):
    """Keys of `threads.create`."""

    messages: Sequence[CreateMessageRequestParam]

    tool_resources: CreateThreadRequestToolResourcesType0Param | None

    metadata: Mapping[str, str] | None


class ThreadsCreateAndRunParams(TypedDict, total=False):
    """Keys of `threads.create_and_run`."""

    assistant_id: str

    thread: CreateThreadRequestParam

    model: str | None

    instructions: str | None

    tools: (
        Sequence[
            AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam
        ]
        | None
    )

    tool_resources: CreateThreadAndRunRequestToolResourcesType0Param | None

    metadata: Mapping[str, str] | None

    temperature: float | None

    top_p: float | None

    stream: bool | None

    max_prompt_tokens: int | None

    max_completion_tokens: int | None

    truncation_strategy: TruncationObjectParam | None

    tool_choice: Literal["auto", "none", "required"] | str | AssistantsNamedToolChoiceParam | None

    parallel_tool_calls: bool

    response_format: (
        Literal["auto"]
        | ResponseFormatTextParam
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchemaParam
        | None
    )


class ThreadsDeleteParams(TypedDict, total=False):
    """Keys of `threads.delete` (none)."""


class ThreadsMessagesCreateParams(TypedDict, total=False):
    """Keys of `threads.messages.create`."""

    role: Literal["assistant", "user"] | str

    content: (
        str
        | Sequence[
            MessageContentImageFileObjectParam
            | MessageContentImageUrlObjectParam
            | MessageRequestContentTextObjectParam
        ]
    )

    attachments: Sequence[CreateMessageRequestAttachmentsType0ItemParam] | None

    metadata: Mapping[str, str] | None


class ThreadsMessagesDeleteParams(TypedDict, total=False):
    """Keys of `threads.messages.delete` (none)."""


class ThreadsMessagesListParams(TypedDict, total=False):
    """Keys of `threads.messages.list`."""

    limit: int

    order: Literal["asc", "desc"] | str

    after: str

    before: str

    run_id: str


class ThreadsMessagesRetrieveParams(TypedDict, total=False):
    """Keys of `threads.messages.retrieve` (none)."""


class ThreadsMessagesUpdateParams(TypedDict, total=False):
    """Keys of `threads.messages.update`."""

    metadata: Mapping[str, str] | None


class ThreadsRetrieveParams(TypedDict, total=False):
    """Keys of `threads.retrieve` (none)."""


class ThreadsRunsCancelParams(TypedDict, total=False):
    """Keys of `threads.runs.cancel` (none)."""


class ThreadsRunsCreateParams(TypedDict, total=False):
    """Keys of `threads.runs.create`."""

    assistant_id: str

    model: (
        str
        | Literal[
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-16k-0613",
            "gpt-4",
            "gpt-4-0125-preview",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-1106-preview",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-turbo-preview",
            "gpt-4-vision-preview",
            "gpt-4.1",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4.5-preview",
            "gpt-4.5-preview-2025-02-27",
            "gpt-4o",
            "gpt-4o-2024-05-13",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-11-20",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-5",
            "gpt-5-2025-08-07",
            "gpt-5-mini",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano",
            "gpt-5-nano-2025-08-07",
            "o1",
            "o1-2024-12-17",
            "o3-mini",
            "o3-mini-2025-01-31",
        ]
        | None
    )

    reasoning_effort: (
        Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | str | None
    )

    instructions: str | None

    additional_instructions: str | None

    additional_messages: Sequence[CreateMessageRequestParam] | None

    tools: (
        Sequence[
            AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam
        ]
        | None
    )

    metadata: Mapping[str, str] | None

    temperature: float | None

    top_p: float | None

    stream: bool | None

    max_prompt_tokens: int | None

    max_completion_tokens: int | None

    truncation_strategy: TruncationObjectParam | None

    tool_choice: Literal["auto", "none", "required"] | str | AssistantsNamedToolChoiceParam | None

    parallel_tool_calls: bool

    response_format: (
        Literal["auto"]
        | ResponseFormatTextParam
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchemaParam
        | None
    )

    include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]]


class ThreadsRunsListParams(TypedDict, total=False):
    """Keys of `threads.runs.list`."""

    limit: int

    order: Literal["asc", "desc"] | str

    after: str

    before: str


class ThreadsRunsRetrieveParams(TypedDict, total=False):
    """Keys of `threads.runs.retrieve` (none)."""


class ThreadsRunsStepsListParams(TypedDict, total=False):
    """Keys of `threads.runs.steps.list`."""

    limit: int

    order: Literal["asc", "desc"] | str

    after: str

    before: str

    include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]]


class ThreadsRunsStepsRetrieveParams(TypedDict, total=False):
    """Keys of `threads.runs.steps.retrieve`."""

    include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]]


class ThreadsRunsSubmitToolOutputsParams(TypedDict, total=False):
    """Keys of `threads.runs.submit_tool_outputs`."""

    tool_outputs: Sequence[SubmitToolOutputsRunRequestToolOutputsItemParam]

    stream: bool | None


class ThreadsRunsUpdateParams(TypedDict, total=False):
    """Keys of `threads.runs.update`."""

    metadata: Mapping[str, str] | None


class ThreadsUpdateParams(TypedDict, total=False):
    """Keys of `threads.update`."""

    tool_resources: ModifyThreadRequestToolResourcesType0Param | None

    metadata: Mapping[str, str] | None


class UploadsCancelParams(TypedDict, total=False):
    """Keys of `uploads.cancel` (none)."""


class UploadsCompleteParams(TypedDict, total=False):
    """Keys of `uploads.complete`."""

    part_ids: Sequence[str]

    md5: str


class UploadsCreateParams(TypedDict, total=False):
    """Keys of `uploads.create`."""

    filename: str

    purpose: Literal["assistants", "batch", "fine-tune", "vision"] | str

    bytes: int

    mime_type: str

    expires_after: FileExpirationAfterParam


class UploadsPartsCreateParams(TypedDict, total=False):
    """Keys of `uploads.parts.create`."""

    data: FileInput


class VectorStoresCreateParams(TypedDict, total=False):
    """Keys of `vector_stores.create`."""

    file_ids: Sequence[str]

    name: str

    description: str

    expires_after: VectorStoreExpirationAfterParam

    chunking_strategy: (
        AutoChunkingStrategyRequestParamParam | StaticChunkingStrategyRequestParamParam
    )

    metadata: Mapping[str, str] | None


class VectorStoresDeleteParams(TypedDict, total=False):
    """Keys of `vector_stores.delete` (none)."""


class VectorStoresFileBatchesCancelParams(TypedDict, total=False):
    """Keys of `vector_stores.file_batches.cancel` (none)."""


class VectorStoresFileBatchesCreateParams(TypedDict, total=False):
    """Keys of `vector_stores.file_batches.create`."""

    file_ids: Sequence[str]

    files: Sequence[CreateVectorStoreFileRequestParam]

    chunking_strategy: (
        AutoChunkingStrategyRequestParamParam | StaticChunkingStrategyRequestParamParam
    )

    attributes: Mapping[str, str | float | bool] | None


class VectorStoresFileBatchesFilesListParams(TypedDict, total=False):
    """Keys of `vector_stores.file_batches.files.list`."""

    limit: int

    order: Literal["asc", "desc"] | str

    after: str

    before: str

    filter: Literal["cancelled", "completed", "failed", "in_progress"] | str


class VectorStoresFileBatchesRetrieveParams(TypedDict, total=False):
    """Keys of `vector_stores.file_batches.retrieve` (none)."""


class VectorStoresFilesContentParams(TypedDict, total=False):
    """Keys of `vector_stores.files.content` (none)."""


class VectorStoresFilesCreateParams(TypedDict, total=False):
    """Keys of `vector_stores.files.create`."""

    file_id: str

    chunking_strategy: (
        AutoChunkingStrategyRequestParamParam | StaticChunkingStrategyRequestParamParam
    )

    attributes: Mapping[str, str | float | bool] | None


class VectorStoresFilesDeleteParams(TypedDict, total=False):
    """Keys of `vector_stores.files.delete` (none)."""


class VectorStoresFilesListParams(TypedDict, total=False):
    """Keys of `vector_stores.files.list`."""

    limit: int

    order: Literal["asc", "desc"] | str

    after: str

    before: str

    filter: Literal["cancelled", "completed", "failed", "in_progress"] | str


class VectorStoresFilesRetrieveParams(TypedDict, total=False):
    """Keys of `vector_stores.files.retrieve` (none)."""


class VectorStoresFilesUpdateParams(TypedDict, total=False):
    """Keys of `vector_stores.files.update`."""

    attributes: Mapping[str, str | float | bool] | None


class VectorStoresListParams(TypedDict, total=False):
    """Keys of `vector_stores.list`."""

    limit: int

    order: Literal["asc", "desc"] | str

    after: str

    before: str


class VectorStoresRetrieveParams(TypedDict, total=False):
    """Keys of `vector_stores.retrieve` (none)."""


class VectorStoresSearchParams(TypedDict, total=False):
    """Keys of `vector_stores.search`."""

    query: str | Sequence[str]

    rewrite_query: bool

    max_num_results: int

    filters: ComparisonFilterParam | CompoundFilterParam

    ranking_options: VectorStoreSearchRequestRankingOptionsParam


class VectorStoresUpdateParams(TypedDict, total=False):
    """Keys of `vector_stores.update`."""

    name: str | None

    expires_after: VectorStoreExpirationAfterParam | None

    metadata: Mapping[str, str] | None


class VideosCharactersCreateParams(TypedDict, total=False):
    """Keys of `videos.characters.create`."""

    video: FileInput

    name: str


class VideosCharactersRetrieveParams(TypedDict, total=False):
    """Keys of `videos.characters.retrieve` (none)."""


class VideosContentParams(TypedDict, total=False):
    """Keys of `videos.content`."""

    variant: Literal["spritesheet", "thumbnail", "video"] | str


class VideosCreateParams(TypedDict, total=False):
    """Keys of `videos.create`."""

    prompt: str

    model: str

    input_reference: FileInput | ImageRefParam2Param

    seconds: Literal["12", "4", "8"] | str

    size: Literal["1024x1792", "1280x720", "1792x1024", "720x1280"] | str


class VideosDeleteParams(TypedDict, total=False):
    """Keys of `videos.delete` (none)."""


class VideosEditsCreateParams(TypedDict, total=False):
    """Keys of `videos.edits.create`."""

    video: FileInput | VideoReferenceInputParamParam

    prompt: str


class VideosExtensionsCreateParams(TypedDict, total=False):
    """Keys of `videos.extensions.create`."""

    video: VideoReferenceInputParamParam | FileInput

    prompt: str

    seconds: Literal["12", "4", "8"] | str


class VideosListParams(TypedDict, total=False):
    """Keys of `videos.list`."""

    limit: int

    order: Literal["asc", "desc"] | str

    after: str


class VideosRemixParams(TypedDict, total=False):
    """Keys of `videos.remix`."""

    prompt: str


class VideosRetrieveParams(TypedDict, total=False):
    """Keys of `videos.retrieve` (none)."""


ChatCompletionMessageParam: TypeAlias = (
    ChatCompletionRequestDeveloperMessageParam
    | ChatCompletionRequestSystemMessageParam
    | ChatCompletionRequestUserMessageParam
    | ChatCompletionRequestAssistantMessageParam
    | ChatCompletionRequestToolMessageParam
    | ChatCompletionRequestFunctionMessageParam
)
ChatCompletionDeveloperMessageParam: TypeAlias = ChatCompletionRequestDeveloperMessageParam
ChatCompletionSystemMessageParam: TypeAlias = ChatCompletionRequestSystemMessageParam
ChatCompletionUserMessageParam: TypeAlias = ChatCompletionRequestUserMessageParam
ChatCompletionAssistantMessageParam: TypeAlias = ChatCompletionRequestAssistantMessageParam
ChatCompletionToolMessageParam: TypeAlias = ChatCompletionRequestToolMessageParam
ChatCompletionFunctionMessageParam: TypeAlias = ChatCompletionRequestFunctionMessageParam
ChatCompletionContentPartTextParam: TypeAlias = ChatCompletionRequestMessageContentPartTextParam
ChatCompletionContentPartImageParam: TypeAlias = ChatCompletionRequestMessageContentPartImageParam
ChatCompletionContentPartInputAudioParam: TypeAlias = (
    ChatCompletionRequestMessageContentPartAudioParam
)
ChatCompletionContentPartFileParam: TypeAlias = ChatCompletionRequestMessageContentPartFileParam
ChatCompletionContentPartParam: TypeAlias = (
    ChatCompletionRequestMessageContentPartTextParam
    | ChatCompletionRequestMessageContentPartImageParam
    | ChatCompletionRequestMessageContentPartAudioParam
    | ChatCompletionRequestMessageContentPartFileParam
)
ChatCompletionToolChoiceOptionParam: TypeAlias = (
    Literal["none", "auto", "required"]
    | ChatCompletionAllowedToolsChoiceParam
    | ChatCompletionNamedToolChoiceParam
    | ChatCompletionNamedToolChoiceCustomParam
)
ChatCompletionStreamOptionsParam: TypeAlias = ChatCompletionStreamOptionsType0Param
ResponseFormatJSONObjectParam: TypeAlias = ResponseFormatJsonObjectParam
ResponseFormatJSONSchemaParam: TypeAlias = ResponseFormatJsonSchemaParam
ChatCompletionResponseFormatParam: TypeAlias = (
    ResponseFormatTextParam | ResponseFormatJsonSchemaParam | ResponseFormatJsonObjectParam
)
