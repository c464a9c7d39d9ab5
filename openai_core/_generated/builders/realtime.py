# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.realtime` (9 operations).

Each `...Setters` mixin has one setter per body field and query parameter of its operation; the
hand-written layer composes it with its builder base on first use. The `...Builder` classes in
the last TYPE_CHECKING block name, for the type checker, what the namespace methods return
(for lists, the item type of their pages, which the runtime ListBuilder fills from the answer).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from ._base import NamespaceMixin, SetterMixin, defer_path_check

if TYPE_CHECKING:
    from typing_extensions import Self, Unpack

    from ..._builders.base import AsyncRequestBuilder, RequestBuilder
    from ..models.audio_transcription import AudioTranscription
    from ..models.mcp_tool import MCPTool
    from ..models.prompt_type_0 import PromptType0
    from ..models.realtime_create_client_secret_request_expires_after import (
        RealtimeCreateClientSecretRequestExpiresAfter,
    )
    from ..models.realtime_create_client_secret_response import RealtimeCreateClientSecretResponse
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_reasoning import RealtimeReasoning
    from ..models.realtime_session_create_request_client_secret import (
        RealtimeSessionCreateRequestClientSecret,
    )
    from ..models.realtime_session_create_request_ga import RealtimeSessionCreateRequestGA
    from ..models.realtime_session_create_request_ga_audio import (
        RealtimeSessionCreateRequestGAAudio,
    )
    from ..models.realtime_session_create_request_ga_tracing_type_0_type_1 import (
        RealtimeSessionCreateRequestGATracingType0Type1,
    )
    from ..models.realtime_session_create_request_input_audio_transcription import (
        RealtimeSessionCreateRequestInputAudioTranscription,
    )
    from ..models.realtime_session_create_request_tools_item import (
        RealtimeSessionCreateRequestToolsItem,
    )
    from ..models.realtime_session_create_request_tracing_type_1 import (
        RealtimeSessionCreateRequestTracingType1,
    )
    from ..models.realtime_session_create_request_turn_detection import (
        RealtimeSessionCreateRequestTurnDetection,
    )
    from ..models.realtime_session_create_response import RealtimeSessionCreateResponse
    from ..models.realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA,
    )
    from ..models.realtime_transcription_session_create_request_input_audio_noise_reduction import (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
    )
    from ..models.realtime_transcription_session_create_request_turn_detection import (
        RealtimeTranscriptionSessionCreateRequestTurnDetection,
    )
    from ..models.realtime_transcription_session_create_response import (
        RealtimeTranscriptionSessionCreateResponse,
    )
    from ..models.realtime_translation_client_secret_create_request_expires_after import (
        RealtimeTranslationClientSecretCreateRequestExpiresAfter,
    )
    from ..models.realtime_translation_client_secret_create_response import (
        RealtimeTranslationClientSecretCreateResponse,
    )
    from ..models.realtime_translation_session_create_request import (
        RealtimeTranslationSessionCreateRequest,
    )
    from ..models.realtime_truncation_type_1 import RealtimeTruncationType1
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1
    from ..params import (
        AudioTranscriptionParam,
        MCPToolParam,
        PromptType0Param,
        RealtimeCallsAcceptParams,
        RealtimeCallsCreateParams,
        RealtimeCallsHangupParams,
        RealtimeCallsReferParams,
        RealtimeCallsRejectParams,
        RealtimeClientSecretsCreateParams,
        RealtimeCreateClientSecretRequestExpiresAfterParam,
        RealtimeFunctionToolParam,
        RealtimeReasoningParam,
        RealtimeSessionCreateRequestClientSecretParam,
        RealtimeSessionCreateRequestGAAudioParam,
        RealtimeSessionCreateRequestGAParam,
        RealtimeSessionCreateRequestGATracingType0Type1Param,
        RealtimeSessionCreateRequestInputAudioTranscriptionParam,
        RealtimeSessionCreateRequestToolsItemParam,
        RealtimeSessionCreateRequestTracingType1Param,
        RealtimeSessionCreateRequestTurnDetectionParam,
        RealtimeSessionsCreateParams,
        RealtimeTranscriptionSessionCreateRequestGAParam,
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionParam,
        RealtimeTranscriptionSessionCreateRequestTurnDetectionParam,
        RealtimeTranscriptionSessionsCreateParams,
        RealtimeTranslationClientSecretCreateRequestExpiresAfterParam,
        RealtimeTranslationsClientSecretsCreateParams,
        RealtimeTranslationSessionCreateRequestParam,
        RealtimeTruncationType1Param,
        ToolChoiceFunctionParam,
        ToolChoiceMCPParam,
        VoiceIdsOrCustomVoiceType1Param,
    )

__all__ = [
    "Realtime",
    "AsyncRealtime",
    "RealtimeCalls",
    "AsyncRealtimeCalls",
    "RealtimeClientSecrets",
    "AsyncRealtimeClientSecrets",
    "RealtimeSessions",
    "AsyncRealtimeSessions",
    "RealtimeTranscriptionSessions",
    "AsyncRealtimeTranscriptionSessions",
    "RealtimeTranslations",
    "AsyncRealtimeTranslations",
    "RealtimeTranslationsClientSecrets",
    "AsyncRealtimeTranslationsClientSecrets",
    "RealtimeCallsAcceptSetters",
    "RealtimeCallsCreateSetters",
    "RealtimeCallsHangupSetters",
    "RealtimeCallsReferSetters",
    "RealtimeCallsRejectSetters",
    "RealtimeClientSecretsCreateSetters",
    "RealtimeSessionsCreateSetters",
    "RealtimeTranscriptionSessionsCreateSetters",
    "RealtimeTranslationsClientSecretsCreateSetters",
]


class RealtimeCallsAcceptSetters(SetterMixin):
    """Setters of `realtime.calls.accept` (POST /realtime/calls/{call_id}/accept)."""

    __slots__ = ()

    def type(self, value: Literal["realtime"] | str) -> Self:
        """Set the required body field "type" ("realtime")."""
        return self.set("type", value)

    def output_modalities(self, value: Sequence[Literal["audio", "text"] | str]) -> Self:
        """Set the optional body field "output_modalities" (array of "audio" | "text")."""
        return self.set("output_modalities", value)

    def model(self, value: str) -> Self:
        """Set the optional body field "model" (string)."""
        return self.set("model", value)

    def instructions(self, value: str) -> Self:
        """Set the optional body field "instructions" (string)."""
        return self.set("instructions", value)

    def audio(
        self, value: RealtimeSessionCreateRequestGAAudio | RealtimeSessionCreateRequestGAAudioParam
    ) -> Self:
        """Set the optional body field "audio" (RealtimeSessionCreateRequestGAAudio)."""
        return self.set("audio", value)

    def include(
        self, value: Sequence[Literal["item.input_audio_transcription.logprobs"] | str]
    ) -> Self:
        """Set the optional body field "include" (array of "item.input_audio_transcription.logprobs")."""
        return self.set("include", value)

    def tracing(
        self,
        value: Literal["auto"]
        | RealtimeSessionCreateRequestGATracingType0Type1
        | RealtimeSessionCreateRequestGATracingType0Type1Param
        | str
        | None,
    ) -> Self:
        """Set the optional body field "tracing" (a union of 2 types or null)."""
        return self.set("tracing", value)

    def tools(
        self,
        value: Sequence[RealtimeFunctionTool | MCPTool | RealtimeFunctionToolParam | MCPToolParam],
    ) -> Self:
        """Set the optional body field "tools" (array of RealtimeFunctionTool or MCPTool)."""
        return self.set("tools", value)

    def tool_choice(
        self,
        value: Literal["auto", "none", "required"]
        | ToolChoiceFunction
        | ToolChoiceMCP
        | ToolChoiceFunctionParam
        | ToolChoiceMCPParam
        | str,
    ) -> Self:
        """Set the optional body field "tool_choice" (a union of 3 types)."""
        return self.set("tool_choice", value)

    def parallel_tool_calls(self, value: bool) -> Self:
        """Set the optional body field "parallel_tool_calls" (boolean)."""
        return self.set("parallel_tool_calls", value)

    def reasoning(self, value: RealtimeReasoning | RealtimeReasoningParam) -> Self:
        """Set the optional body field "reasoning" (RealtimeReasoning)."""
        return self.set("reasoning", value)

    def max_output_tokens(self, value: Literal["inf"] | str | int) -> Self:
        """Set the optional body field "max_output_tokens" (integer or "inf")."""
        return self.set("max_output_tokens", value)

    def truncation(
        self,
        value: Literal["auto", "disabled"]
        | RealtimeTruncationType1
        | RealtimeTruncationType1Param
        | str,
    ) -> Self:
        """Set the optional body field "truncation" ("auto" | "disabled" or RealtimeTruncationType1)."""
        return self.set("truncation", value)

    def prompt(self, value: PromptType0 | PromptType0Param | None) -> Self:
        """Set the optional body field "prompt" (PromptType0 or null)."""
        return self.set("prompt", value)


class RealtimeCallsCreateSetters(SetterMixin):
    """Setters of `realtime.calls.create` (POST /realtime/calls)."""

    __slots__ = ()

    def sdp(self, value: str) -> Self:
        """Set the required form field "sdp" (string)."""
        return self.set("sdp", value)

    def session(
        self, value: RealtimeSessionCreateRequestGA | RealtimeSessionCreateRequestGAParam
    ) -> Self:
        """Set the optional form field "session" (RealtimeSessionCreateRequestGA)."""
        return self.set("session", value)


class RealtimeCallsHangupSetters(SetterMixin):
    """Setters of `realtime.calls.hangup` (POST /realtime/calls/{call_id}/hangup): it has no body fields or query parameters."""

    __slots__ = ()


class RealtimeCallsReferSetters(SetterMixin):
    """Setters of `realtime.calls.refer` (POST /realtime/calls/{call_id}/refer)."""

    __slots__ = ()

    def target_uri(self, value: str) -> Self:
        """Set the required body field "target_uri" (string)."""
        return self.set("target_uri", value)


class RealtimeCallsRejectSetters(SetterMixin):
    """Setters of `realtime.calls.reject` (POST /realtime/calls/{call_id}/reject)."""

    __slots__ = ()

    def status_code(self, value: int) -> Self:
        """Set the optional body field "status_code" (integer)."""
        return self.set("status_code", value)


class RealtimeClientSecretsCreateSetters(SetterMixin):
    """Setters of `realtime.client_secrets.create` (POST /realtime/client_secrets)."""

    __slots__ = ()

    def expires_after(
        self,
        value: RealtimeCreateClientSecretRequestExpiresAfter
        | RealtimeCreateClientSecretRequestExpiresAfterParam,
    ) -> Self:
        """Set the optional body field "expires_after" (RealtimeCreateClientSecretRequestExpiresAfter)."""
        return self.set("expires_after", value)

    def session(
        self,
        value: RealtimeSessionCreateRequestGA
        | RealtimeTranscriptionSessionCreateRequestGA
        | RealtimeSessionCreateRequestGAParam
        | RealtimeTranscriptionSessionCreateRequestGAParam,
    ) -> Self:
        """Set the optional body field "session" (a union of 2 types)."""
        return self.set("session", value)


class RealtimeSessionsCreateSetters(SetterMixin):
    """Setters of `realtime.sessions.create` (POST /realtime/sessions)."""

    __slots__ = ()

    def client_secret(
        self,
        value: RealtimeSessionCreateRequestClientSecret
        | RealtimeSessionCreateRequestClientSecretParam,
    ) -> Self:
        """Set the optional body field "client_secret" (RealtimeSessionCreateRequestClientSecret)."""
        return self.set("client_secret", value)

    def modalities(self, value: Any) -> Self:
        """Set the optional body field "modalities" (any JSON value)."""
        return self.set("modalities", value)

    def instructions(self, value: str) -> Self:
        """Set the optional body field "instructions" (string)."""
        return self.set("instructions", value)

    def voice(
        self, value: VoiceIdsOrCustomVoiceType1 | VoiceIdsOrCustomVoiceType1Param | str
    ) -> Self:
        """Set the optional body field "voice" (string or VoiceIdsOrCustomVoiceType1)."""
        return self.set("voice", value)

    def input_audio_format(self, value: str) -> Self:
        """Set the optional body field "input_audio_format" (string)."""
        return self.set("input_audio_format", value)

    def output_audio_format(self, value: str) -> Self:
        """Set the optional body field "output_audio_format" (string)."""
        return self.set("output_audio_format", value)

    def input_audio_transcription(
        self,
        value: RealtimeSessionCreateRequestInputAudioTranscription
        | RealtimeSessionCreateRequestInputAudioTranscriptionParam,
    ) -> Self:
        """Set the optional body field "input_audio_transcription" (RealtimeSessionCreateRequestInputAudioTranscription)."""
        return self.set("input_audio_transcription", value)

    def speed(self, value: float) -> Self:
        """Set the optional body field "speed" (number)."""
        return self.set("speed", value)

    def tracing(
        self,
        value: Literal["auto"]
        | RealtimeSessionCreateRequestTracingType1
        | RealtimeSessionCreateRequestTracingType1Param
        | str,
    ) -> Self:
        """Set the optional body field "tracing" ("auto" or RealtimeSessionCreateRequestTracingType1)."""
        return self.set("tracing", value)

    def turn_detection(
        self,
        value: RealtimeSessionCreateRequestTurnDetection
        | RealtimeSessionCreateRequestTurnDetectionParam,
    ) -> Self:
        """Set the optional body field "turn_detection" (RealtimeSessionCreateRequestTurnDetection)."""
        return self.set("turn_detection", value)

    def tools(
        self,
        value: Sequence[
            RealtimeSessionCreateRequestToolsItem | RealtimeSessionCreateRequestToolsItemParam
        ],
    ) -> Self:
        """Set the optional body field "tools" (array of RealtimeSessionCreateRequestToolsItem)."""
        return self.set("tools", value)

    def tool_choice(self, value: str) -> Self:
        """Set the optional body field "tool_choice" (string)."""
        return self.set("tool_choice", value)

    def temperature(self, value: float) -> Self:
        """Set the optional body field "temperature" (number)."""
        return self.set("temperature", value)

    def max_response_output_tokens(self, value: Literal["inf"] | str | int) -> Self:
        """Set the optional body field "max_response_output_tokens" (integer or "inf")."""
        return self.set("max_response_output_tokens", value)

    def truncation(
        self,
        value: Literal["auto", "disabled"]
        | RealtimeTruncationType1
        | RealtimeTruncationType1Param
        | str,
    ) -> Self:
        """Set the optional body field "truncation" ("auto" | "disabled" or RealtimeTruncationType1)."""
        return self.set("truncation", value)

    def prompt(self, value: PromptType0 | PromptType0Param | None) -> Self:
        """Set the optional body field "prompt" (PromptType0 or null)."""
        return self.set("prompt", value)


class RealtimeTranscriptionSessionsCreateSetters(SetterMixin):
    """Setters of `realtime.transcription_sessions.create` (POST /realtime/transcription_sessions)."""

    __slots__ = ()

    def turn_detection(
        self,
        value: RealtimeTranscriptionSessionCreateRequestTurnDetection
        | RealtimeTranscriptionSessionCreateRequestTurnDetectionParam,
    ) -> Self:
        """Set the optional body field "turn_detection" (RealtimeTranscriptionSessionCreateRequestTurnDetection)."""
        return self.set("turn_detection", value)

    def input_audio_noise_reduction(
        self,
        value: RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction
        | RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionParam,
    ) -> Self:
        """Set the optional body field "input_audio_noise_reduction" (a union of 1 types)."""
        return self.set("input_audio_noise_reduction", value)

    def input_audio_format(self, value: Literal["g711_alaw", "g711_ulaw", "pcm16"] | str) -> Self:
        """Set the optional body field "input_audio_format" ("g711_alaw" | "g711_ulaw" | "pcm16")."""
        return self.set("input_audio_format", value)

    def input_audio_transcription(
        self, value: AudioTranscription | AudioTranscriptionParam
    ) -> Self:
        """Set the optional body field "input_audio_transcription" (AudioTranscription)."""
        return self.set("input_audio_transcription", value)

    def include(
        self, value: Sequence[Literal["item.input_audio_transcription.logprobs"] | str]
    ) -> Self:
        """Set the optional body field "include" (array of "item.input_audio_transcription.logprobs")."""
        return self.set("include", value)


class RealtimeTranslationsClientSecretsCreateSetters(SetterMixin):
    """Setters of `realtime.translations.client_secrets.create` (POST /realtime/translations/client_secrets)."""

    __slots__ = ()

    def session(
        self,
        value: RealtimeTranslationSessionCreateRequest
        | RealtimeTranslationSessionCreateRequestParam,
    ) -> Self:
        """Set the required body field "session" (RealtimeTranslationSessionCreateRequest)."""
        return self.set("session", value)

    def expires_after(
        self,
        value: RealtimeTranslationClientSecretCreateRequestExpiresAfter
        | RealtimeTranslationClientSecretCreateRequestExpiresAfterParam,
    ) -> Self:
        """Set the optional body field "expires_after" (RealtimeTranslationClientSecretCreateRequestExpiresAfter)."""
        return self.set("expires_after", value)


class Realtime(NamespaceMixin):
    """`client.realtime`."""

    __slots__ = ()

    @property
    def calls(self) -> RealtimeCalls:
        """`client.realtime.calls`."""
        namespace: RealtimeCalls = self._sub("calls")
        return namespace

    @property
    def client_secrets(self) -> RealtimeClientSecrets:
        """`client.realtime.client_secrets`."""
        namespace: RealtimeClientSecrets = self._sub("client_secrets")
        return namespace

    @property
    def sessions(self) -> RealtimeSessions:
        """`client.realtime.sessions`."""
        namespace: RealtimeSessions = self._sub("sessions")
        return namespace

    @property
    def transcription_sessions(self) -> RealtimeTranscriptionSessions:
        """`client.realtime.transcription_sessions`."""
        namespace: RealtimeTranscriptionSessions = self._sub("transcription_sessions")
        return namespace

    @property
    def translations(self) -> RealtimeTranslations:
        """`client.realtime.translations`."""
        namespace: RealtimeTranslations = self._sub("translations")
        return namespace


class AsyncRealtime(NamespaceMixin):
    """`client.realtime` of an AsyncClient."""

    __slots__ = ()

    @property
    def calls(self) -> AsyncRealtimeCalls:
        """`client.realtime.calls`."""
        namespace: AsyncRealtimeCalls = self._sub("calls")
        return namespace

    @property
    def client_secrets(self) -> AsyncRealtimeClientSecrets:
        """`client.realtime.client_secrets`."""
        namespace: AsyncRealtimeClientSecrets = self._sub("client_secrets")
        return namespace

    @property
    def sessions(self) -> AsyncRealtimeSessions:
        """`client.realtime.sessions`."""
        namespace: AsyncRealtimeSessions = self._sub("sessions")
        return namespace

    @property
    def transcription_sessions(self) -> AsyncRealtimeTranscriptionSessions:
        """`client.realtime.transcription_sessions`."""
        namespace: AsyncRealtimeTranscriptionSessions = self._sub("transcription_sessions")
        return namespace

    @property
    def translations(self) -> AsyncRealtimeTranslations:
        """`client.realtime.translations`."""
        namespace: AsyncRealtimeTranslations = self._sub("translations")
        return namespace


class RealtimeCalls(NamespaceMixin):
    """`client.realtime.calls`."""

    __slots__ = ()

    @defer_path_check
    def accept(
        self, call_id: str, **fields: Unpack[RealtimeCallsAcceptParams]
    ) -> RealtimeCallsAcceptBuilder:
        """Return a builder for `realtime.calls.accept` (POST /realtime/calls/{call_id}/accept); keywords pre-fill its setters."""
        builder: RealtimeCallsAcceptBuilder = self._op("accept", (call_id,), fields)
        return builder

    def create(self, **fields: Unpack[RealtimeCallsCreateParams]) -> RealtimeCallsCreateBuilder:
        """Return a builder for `realtime.calls.create` (POST /realtime/calls); keywords pre-fill its setters."""
        builder: RealtimeCallsCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def hangup(
        self, call_id: str, **fields: Unpack[RealtimeCallsHangupParams]
    ) -> RealtimeCallsHangupBuilder:
        """Return a builder for `realtime.calls.hangup` (POST /realtime/calls/{call_id}/hangup); keywords pre-fill its setters."""
        builder: RealtimeCallsHangupBuilder = self._op("hangup", (call_id,), fields)
        return builder

    @defer_path_check
    def refer(
        self, call_id: str, **fields: Unpack[RealtimeCallsReferParams]
    ) -> RealtimeCallsReferBuilder:
        """Return a builder for `realtime.calls.refer` (POST /realtime/calls/{call_id}/refer); keywords pre-fill its setters."""
        builder: RealtimeCallsReferBuilder = self._op("refer", (call_id,), fields)
        return builder

    @defer_path_check
    def reject(
        self, call_id: str, **fields: Unpack[RealtimeCallsRejectParams]
    ) -> RealtimeCallsRejectBuilder:
        """Return a builder for `realtime.calls.reject` (POST /realtime/calls/{call_id}/reject); keywords pre-fill its setters."""
        builder: RealtimeCallsRejectBuilder = self._op("reject", (call_id,), fields)
        return builder


class AsyncRealtimeCalls(NamespaceMixin):
    """`client.realtime.calls` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def accept(
        self, call_id: str, **fields: Unpack[RealtimeCallsAcceptParams]
    ) -> AsyncRealtimeCallsAcceptBuilder:
        """Return a builder for `realtime.calls.accept` (POST /realtime/calls/{call_id}/accept); keywords pre-fill its setters."""
        builder: AsyncRealtimeCallsAcceptBuilder = self._op("accept", (call_id,), fields)
        return builder

    def create(
        self, **fields: Unpack[RealtimeCallsCreateParams]
    ) -> AsyncRealtimeCallsCreateBuilder:
        """Return a builder for `realtime.calls.create` (POST /realtime/calls); keywords pre-fill its setters."""
        builder: AsyncRealtimeCallsCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def hangup(
        self, call_id: str, **fields: Unpack[RealtimeCallsHangupParams]
    ) -> AsyncRealtimeCallsHangupBuilder:
        """Return a builder for `realtime.calls.hangup` (POST /realtime/calls/{call_id}/hangup); keywords pre-fill its setters."""
        builder: AsyncRealtimeCallsHangupBuilder = self._op("hangup", (call_id,), fields)
        return builder

    @defer_path_check
    def refer(
        self, call_id: str, **fields: Unpack[RealtimeCallsReferParams]
    ) -> AsyncRealtimeCallsReferBuilder:
        """Return a builder for `realtime.calls.refer` (POST /realtime/calls/{call_id}/refer); keywords pre-fill its setters."""
        builder: AsyncRealtimeCallsReferBuilder = self._op("refer", (call_id,), fields)
        return builder

    @defer_path_check
    def reject(
        self, call_id: str, **fields: Unpack[RealtimeCallsRejectParams]
    ) -> AsyncRealtimeCallsRejectBuilder:
        """Return a builder for `realtime.calls.reject` (POST /realtime/calls/{call_id}/reject); keywords pre-fill its setters."""
        builder: AsyncRealtimeCallsRejectBuilder = self._op("reject", (call_id,), fields)
        return builder


class RealtimeClientSecrets(NamespaceMixin):
    """`client.realtime.client_secrets`."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[RealtimeClientSecretsCreateParams]
    ) -> RealtimeClientSecretsCreateBuilder:
        """Return a builder for `realtime.client_secrets.create` (POST /realtime/client_secrets); keywords pre-fill its setters."""
        builder: RealtimeClientSecretsCreateBuilder = self._op("create", (), fields)
        return builder


class AsyncRealtimeClientSecrets(NamespaceMixin):
    """`client.realtime.client_secrets` of an AsyncClient."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[RealtimeClientSecretsCreateParams]
    ) -> AsyncRealtimeClientSecretsCreateBuilder:
        """Return a builder for `realtime.client_secrets.create` (POST /realtime/client_secrets); keywords pre-fill its setters."""
        builder: AsyncRealtimeClientSecretsCreateBuilder = self._op("create", (), fields)
        return builder


class RealtimeSessions(NamespaceMixin):
    """`client.realtime.sessions`."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[RealtimeSessionsCreateParams]
    ) -> RealtimeSessionsCreateBuilder:
        """Return a builder for `realtime.sessions.create` (POST /realtime/sessions); keywords pre-fill its setters."""
        builder: RealtimeSessionsCreateBuilder = self._op("create", (), fields)
        return builder


class AsyncRealtimeSessions(NamespaceMixin):
    """`client.realtime.sessions` of an AsyncClient."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[RealtimeSessionsCreateParams]
    ) -> AsyncRealtimeSessionsCreateBuilder:
        """Return a builder for `realtime.sessions.create` (POST /realtime/sessions); keywords pre-fill its setters."""
        builder: AsyncRealtimeSessionsCreateBuilder = self._op("create", (), fields)
        return builder


class RealtimeTranscriptionSessions(NamespaceMixin):
    """`client.realtime.transcription_sessions`."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[RealtimeTranscriptionSessionsCreateParams]
    ) -> RealtimeTranscriptionSessionsCreateBuilder:
        """Return a builder for `realtime.transcription_sessions.create` (POST /realtime/transcription_sessions); keywords pre-fill its setters."""
        builder: RealtimeTranscriptionSessionsCreateBuilder = self._op("create", (), fields)
        return builder


class AsyncRealtimeTranscriptionSessions(NamespaceMixin):
    """`client.realtime.transcription_sessions` of an AsyncClient."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[RealtimeTranscriptionSessionsCreateParams]
    ) -> AsyncRealtimeTranscriptionSessionsCreateBuilder:
        """Return a builder for `realtime.transcription_sessions.create` (POST /realtime/transcription_sessions); keywords pre-fill its setters."""
        builder: AsyncRealtimeTranscriptionSessionsCreateBuilder = self._op("create", (), fields)
        return builder


class RealtimeTranslations(NamespaceMixin):
    """`client.realtime.translations`."""

    __slots__ = ()

    @property
    def client_secrets(self) -> RealtimeTranslationsClientSecrets:
        """`client.realtime.translations.client_secrets`."""
        namespace: RealtimeTranslationsClientSecrets = self._sub("client_secrets")
        return namespace


class AsyncRealtimeTranslations(NamespaceMixin):
    """`client.realtime.translations` of an AsyncClient."""

    __slots__ = ()

    @property
    def client_secrets(self) -> AsyncRealtimeTranslationsClientSecrets:
        """`client.realtime.translations.client_secrets`."""
        namespace: AsyncRealtimeTranslationsClientSecrets = self._sub("client_secrets")
        return namespace


class RealtimeTranslationsClientSecrets(NamespaceMixin):
    """`client.realtime.translations.client_secrets`."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[RealtimeTranslationsClientSecretsCreateParams]
    ) -> RealtimeTranslationsClientSecretsCreateBuilder:
        """Return a builder for `realtime.translations.client_secrets.create` (POST /realtime/translations/client_secrets); keywords pre-fill its setters."""
        builder: RealtimeTranslationsClientSecretsCreateBuilder = self._op("create", (), fields)
        return builder


class AsyncRealtimeTranslationsClientSecrets(NamespaceMixin):
    """`client.realtime.translations.client_secrets` of an AsyncClient."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[RealtimeTranslationsClientSecretsCreateParams]
    ) -> AsyncRealtimeTranslationsClientSecretsCreateBuilder:
        """Return a builder for `realtime.translations.client_secrets.create` (POST /realtime/translations/client_secrets); keywords pre-fill its setters."""
        builder: AsyncRealtimeTranslationsClientSecretsCreateBuilder = self._op(
            "create", (), fields
        )
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "realtime": (Realtime, AsyncRealtime),
    "realtime.calls": (RealtimeCalls, AsyncRealtimeCalls),
    "realtime.client_secrets": (RealtimeClientSecrets, AsyncRealtimeClientSecrets),
    "realtime.sessions": (RealtimeSessions, AsyncRealtimeSessions),
    "realtime.transcription_sessions": (
        RealtimeTranscriptionSessions,
        AsyncRealtimeTranscriptionSessions,
    ),
    "realtime.translations": (RealtimeTranslations, AsyncRealtimeTranslations),
    "realtime.translations.client_secrets": (
        RealtimeTranslationsClientSecrets,
        AsyncRealtimeTranslationsClientSecrets,
    ),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "realtime.calls.accept": RealtimeCallsAcceptSetters,
    "realtime.calls.create": RealtimeCallsCreateSetters,
    "realtime.calls.hangup": RealtimeCallsHangupSetters,
    "realtime.calls.refer": RealtimeCallsReferSetters,
    "realtime.calls.reject": RealtimeCallsRejectSetters,
    "realtime.client_secrets.create": RealtimeClientSecretsCreateSetters,
    "realtime.sessions.create": RealtimeSessionsCreateSetters,
    "realtime.transcription_sessions.create": RealtimeTranscriptionSessionsCreateSetters,
    "realtime.translations.client_secrets.create": RealtimeTranslationsClientSecretsCreateSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class RealtimeCallsAcceptBuilder(RealtimeCallsAcceptSetters, RequestBuilder[None]):
        """Builder of `realtime.calls.accept`: `send()` returns None."""

    class AsyncRealtimeCallsAcceptBuilder(RealtimeCallsAcceptSetters, AsyncRequestBuilder[None]):
        """Async builder of `realtime.calls.accept`: `await send()` returns None."""

    class RealtimeCallsCreateBuilder(RealtimeCallsCreateSetters, RequestBuilder[str]):
        """Builder of `realtime.calls.create`: `send()` returns str."""

    class AsyncRealtimeCallsCreateBuilder(RealtimeCallsCreateSetters, AsyncRequestBuilder[str]):
        """Async builder of `realtime.calls.create`: `await send()` returns str."""

    class RealtimeCallsHangupBuilder(RealtimeCallsHangupSetters, RequestBuilder[None]):
        """Builder of `realtime.calls.hangup`: `send()` returns None."""

    class AsyncRealtimeCallsHangupBuilder(RealtimeCallsHangupSetters, AsyncRequestBuilder[None]):
        """Async builder of `realtime.calls.hangup`: `await send()` returns None."""

    class RealtimeCallsReferBuilder(RealtimeCallsReferSetters, RequestBuilder[None]):
        """Builder of `realtime.calls.refer`: `send()` returns None."""

    class AsyncRealtimeCallsReferBuilder(RealtimeCallsReferSetters, AsyncRequestBuilder[None]):
        """Async builder of `realtime.calls.refer`: `await send()` returns None."""

    class RealtimeCallsRejectBuilder(RealtimeCallsRejectSetters, RequestBuilder[None]):
        """Builder of `realtime.calls.reject`: `send()` returns None."""

    class AsyncRealtimeCallsRejectBuilder(RealtimeCallsRejectSetters, AsyncRequestBuilder[None]):
        """Async builder of `realtime.calls.reject`: `await send()` returns None."""

    class RealtimeClientSecretsCreateBuilder(
        RealtimeClientSecretsCreateSetters, RequestBuilder[RealtimeCreateClientSecretResponse]
    ):
        """Builder of `realtime.client_secrets.create`: `send()` returns RealtimeCreateClientSecretResponse."""

    class AsyncRealtimeClientSecretsCreateBuilder(
        RealtimeClientSecretsCreateSetters, AsyncRequestBuilder[RealtimeCreateClientSecretResponse]
    ):
        """Async builder of `realtime.client_secrets.create`: `await send()` returns RealtimeCreateClientSecretResponse."""

    class RealtimeSessionsCreateBuilder(
        RealtimeSessionsCreateSetters, RequestBuilder[RealtimeSessionCreateResponse]
    ):
        """Builder of `realtime.sessions.create`: `send()` returns RealtimeSessionCreateResponse."""

    class AsyncRealtimeSessionsCreateBuilder(
        RealtimeSessionsCreateSetters, AsyncRequestBuilder[RealtimeSessionCreateResponse]
    ):
        """Async builder of `realtime.sessions.create`: `await send()` returns RealtimeSessionCreateResponse."""

    class RealtimeTranscriptionSessionsCreateBuilder(
        RealtimeTranscriptionSessionsCreateSetters,
        RequestBuilder[RealtimeTranscriptionSessionCreateResponse],
    ):
        """Builder of `realtime.transcription_sessions.create`: `send()` returns RealtimeTranscriptionSessionCreateResponse."""

    class AsyncRealtimeTranscriptionSessionsCreateBuilder(
        RealtimeTranscriptionSessionsCreateSetters,
        AsyncRequestBuilder[RealtimeTranscriptionSessionCreateResponse],
    ):
        """Async builder of `realtime.transcription_sessions.create`: `await send()` returns RealtimeTranscriptionSessionCreateResponse."""

    class RealtimeTranslationsClientSecretsCreateBuilder(
        RealtimeTranslationsClientSecretsCreateSetters,
        RequestBuilder[RealtimeTranslationClientSecretCreateResponse],
    ):
        """Builder of `realtime.translations.client_secrets.create`: `send()` returns RealtimeTranslationClientSecretCreateResponse."""

    class AsyncRealtimeTranslationsClientSecretsCreateBuilder(
        RealtimeTranslationsClientSecretsCreateSetters,
        AsyncRequestBuilder[RealtimeTranslationClientSecretCreateResponse],
    ):
        """Async builder of `realtime.translations.client_secrets.create`: `await send()` returns RealtimeTranslationClientSecretCreateResponse."""
