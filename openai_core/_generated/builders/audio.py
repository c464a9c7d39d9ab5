# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.audio` (9 operations).

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

    from ..._builders.base import (
        AsyncDownloadBuilder,
        AsyncRequestBuilder,
        DownloadBuilder,
        RequestBuilder,
    )
    from ..._builders.pagination import AsyncListBuilder, AsyncPage, ListBuilder, Page
    from ..._response import ApiResponse
    from ..models.create_transcription_response_diarized_json import (
        CreateTranscriptionResponseDiarizedJson,
    )
    from ..models.create_transcription_response_json import CreateTranscriptionResponseJson
    from ..models.create_transcription_response_verbose_json import (
        CreateTranscriptionResponseVerboseJson,
    )
    from ..models.create_translation_response_json import CreateTranslationResponseJson
    from ..models.create_translation_response_verbose_json import (
        CreateTranslationResponseVerboseJson,
    )
    from ..models.vad_config import VadConfig
    from ..models.voice_consent_deleted_resource import VoiceConsentDeletedResource
    from ..models.voice_consent_resource import VoiceConsentResource
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1
    from ..models.voice_resource import VoiceResource
    from ..params import (
        AudioSpeechCreateParams,
        AudioTranscriptionsCreateParams,
        AudioTranslationsCreateParams,
        AudioVoiceConsentsCreateParams,
        AudioVoiceConsentsDeleteParams,
        AudioVoiceConsentsListParams,
        AudioVoiceConsentsRetrieveParams,
        AudioVoiceConsentsUpdateParams,
        AudioVoicesCreateParams,
        VadConfigParam,
        VoiceIdsOrCustomVoiceType1Param,
    )
    from ._base import FileInput

__all__ = [
    "Audio",
    "AsyncAudio",
    "AudioSpeech",
    "AsyncAudioSpeech",
    "AudioTranscriptions",
    "AsyncAudioTranscriptions",
    "AudioTranslations",
    "AsyncAudioTranslations",
    "AudioVoiceConsents",
    "AsyncAudioVoiceConsents",
    "AudioVoices",
    "AsyncAudioVoices",
    "AudioSpeechCreateSetters",
    "AudioTranscriptionsCreateSetters",
    "AudioTranslationsCreateSetters",
    "AudioVoiceConsentsCreateSetters",
    "AudioVoiceConsentsDeleteSetters",
    "AudioVoiceConsentsListSetters",
    "AudioVoiceConsentsRetrieveSetters",
    "AudioVoiceConsentsUpdateSetters",
    "AudioVoicesCreateSetters",
]


class AudioSpeechCreateSetters(SetterMixin):
    """Setters of `audio.speech.create` (POST /audio/speech)."""

    __slots__ = ()

    def model(self, value: str) -> Self:
        """Set the required body field "model" (string)."""
        return self.set("model", value)

    def input(self, value: str) -> Self:
        """Set the required body field "input" (string)."""
        return self.set("input", value)

    def voice(
        self, value: VoiceIdsOrCustomVoiceType1 | VoiceIdsOrCustomVoiceType1Param | str
    ) -> Self:
        """Set the required body field "voice" (string or VoiceIdsOrCustomVoiceType1)."""
        return self.set("voice", value)

    def instructions(self, value: str) -> Self:
        """Set the optional body field "instructions" (string)."""
        return self.set("instructions", value)

    def response_format(
        self, value: Literal["aac", "flac", "mp3", "opus", "pcm", "wav"] | str
    ) -> Self:
        """Set the optional body field "response_format" (string enum of 6 values)."""
        return self.set("response_format", value)

    def speed(self, value: float) -> Self:
        """Set the optional body field "speed" (number)."""
        return self.set("speed", value)

    def stream_format(self, value: Literal["audio", "sse"] | str) -> Self:
        """Set the optional body field "stream_format" ("audio" | "sse")."""
        return self.set("stream_format", value)


class AudioTranscriptionsCreateSetters(SetterMixin):
    """Setters of `audio.transcriptions.create` (POST /audio/transcriptions)."""

    __slots__ = ()

    def file(self, value: FileInput) -> Self:
        """Set the required form field "file" (file)."""
        return self.set("file", value)

    def model(self, value: str) -> Self:
        """Set the required form field "model" (string)."""
        return self.set("model", value)

    def language(self, value: str) -> Self:
        """Set the optional form field "language" (string)."""
        return self.set("language", value)

    def languages(self, value: Sequence[str]) -> Self:
        """Set the optional form field "languages" (array of string)."""
        return self.set("languages", value)

    def keywords(self, value: Sequence[str]) -> Self:
        """Set the optional form field "keywords" (array of string)."""
        return self.set("keywords", value)

    def prompt(self, value: str) -> Self:
        """Set the optional form field "prompt" (string)."""
        return self.set("prompt", value)

    def response_format(
        self, value: Literal["diarized_json", "json", "srt", "text", "verbose_json", "vtt"] | str
    ) -> Self:
        """Set the optional form field "response_format" (string enum of 6 values)."""
        return self.set("response_format", value)

    def temperature(self, value: float) -> Self:
        """Set the optional form field "temperature" (number)."""
        return self.set("temperature", value)

    def include(self, value: Sequence[Literal["logprobs"] | str]) -> Self:
        """Set the optional form field "include" (array of "logprobs")."""
        return self.set("include", value)

    def timestamp_granularities(self, value: Sequence[Literal["segment", "word"] | str]) -> Self:
        """Set the optional form field "timestamp_granularities" (array of "segment" | "word")."""
        return self.set("timestamp_granularities", value)

    def stream(self, value: bool | None) -> Self:
        """Set the optional form field "stream" (boolean or null)."""
        return self.set("stream", value)

    def chunking_strategy(self, value: VadConfig | VadConfigParam | str | None) -> Self:
        """Set the optional form field "chunking_strategy" (string or VadConfig or null)."""
        return self.set("chunking_strategy", value)

    def known_speaker_names(self, value: Sequence[str]) -> Self:
        """Set the optional form field "known_speaker_names" (array of string)."""
        return self.set("known_speaker_names", value)

    def known_speaker_references(self, value: Sequence[str]) -> Self:
        """Set the optional form field "known_speaker_references" (array of string)."""
        return self.set("known_speaker_references", value)


class AudioTranslationsCreateSetters(SetterMixin):
    """Setters of `audio.translations.create` (POST /audio/translations)."""

    __slots__ = ()

    def file(self, value: FileInput) -> Self:
        """Set the required form field "file" (file)."""
        return self.set("file", value)

    def model(self, value: str) -> Self:
        """Set the required form field "model" (string)."""
        return self.set("model", value)

    def prompt(self, value: str) -> Self:
        """Set the optional form field "prompt" (string)."""
        return self.set("prompt", value)

    def response_format(
        self, value: Literal["json", "srt", "text", "verbose_json", "vtt"] | str
    ) -> Self:
        """Set the optional form field "response_format" (string enum of 5 values)."""
        return self.set("response_format", value)

    def temperature(self, value: float) -> Self:
        """Set the optional form field "temperature" (number)."""
        return self.set("temperature", value)


class AudioVoiceConsentsCreateSetters(SetterMixin):
    """Setters of `audio.voice_consents.create` (POST /audio/voice_consents)."""

    __slots__ = ()

    def name(self, value: str) -> Self:
        """Set the required form field "name" (string)."""
        return self.set("name", value)

    def recording(self, value: FileInput) -> Self:
        """Set the required form field "recording" (file)."""
        return self.set("recording", value)

    def language(self, value: str) -> Self:
        """Set the required form field "language" (string)."""
        return self.set("language", value)


class AudioVoiceConsentsDeleteSetters(SetterMixin):
    """Setters of `audio.voice_consents.delete` (DELETE /audio/voice_consents/{consent_id}): it has no body fields or query parameters."""

    __slots__ = ()


class AudioVoiceConsentsListSetters(SetterMixin):
    """Setters of `audio.voice_consents.list` (GET /audio/voice_consents)."""

    __slots__ = ()

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)


class AudioVoiceConsentsRetrieveSetters(SetterMixin):
    """Setters of `audio.voice_consents.retrieve` (GET /audio/voice_consents/{consent_id}): it has no body fields or query parameters."""

    __slots__ = ()


class AudioVoiceConsentsUpdateSetters(SetterMixin):
    """Setters of `audio.voice_consents.update` (POST /audio/voice_consents/{consent_id})."""

    __slots__ = ()

    def name(self, value: str) -> Self:
        """Set the required body field "name" (string)."""
        return self.set("name", value)


class AudioVoicesCreateSetters(SetterMixin):
    """Setters of `audio.voices.create` (POST /audio/voices)."""

    __slots__ = ()

    def name(self, value: str) -> Self:
        """Set the required form field "name" (string)."""
        return self.set("name", value)

    def audio_sample(self, value: FileInput) -> Self:
        """Set the required form field "audio_sample" (file)."""
        return self.set("audio_sample", value)

    def consent(self, value: str) -> Self:
        """Set the required form field "consent" (string)."""
        return self.set("consent", value)


class Audio(NamespaceMixin):
    """`client.audio`."""

    __slots__ = ()

    @property
    def speech(self) -> AudioSpeech:
        """`client.audio.speech`."""
        namespace: AudioSpeech = self._sub("speech")
        return namespace

    @property
    def transcriptions(self) -> AudioTranscriptions:
        """`client.audio.transcriptions`."""
        namespace: AudioTranscriptions = self._sub("transcriptions")
        return namespace

    @property
    def translations(self) -> AudioTranslations:
        """`client.audio.translations`."""
        namespace: AudioTranslations = self._sub("translations")
        return namespace

    @property
    def voice_consents(self) -> AudioVoiceConsents:
        """`client.audio.voice_consents`."""
        namespace: AudioVoiceConsents = self._sub("voice_consents")
        return namespace

    @property
    def voices(self) -> AudioVoices:
        """`client.audio.voices`."""
        namespace: AudioVoices = self._sub("voices")
        return namespace


class AsyncAudio(NamespaceMixin):
    """`client.audio` of an AsyncClient."""

    __slots__ = ()

    @property
    def speech(self) -> AsyncAudioSpeech:
        """`client.audio.speech`."""
        namespace: AsyncAudioSpeech = self._sub("speech")
        return namespace

    @property
    def transcriptions(self) -> AsyncAudioTranscriptions:
        """`client.audio.transcriptions`."""
        namespace: AsyncAudioTranscriptions = self._sub("transcriptions")
        return namespace

    @property
    def translations(self) -> AsyncAudioTranslations:
        """`client.audio.translations`."""
        namespace: AsyncAudioTranslations = self._sub("translations")
        return namespace

    @property
    def voice_consents(self) -> AsyncAudioVoiceConsents:
        """`client.audio.voice_consents`."""
        namespace: AsyncAudioVoiceConsents = self._sub("voice_consents")
        return namespace

    @property
    def voices(self) -> AsyncAudioVoices:
        """`client.audio.voices`."""
        namespace: AsyncAudioVoices = self._sub("voices")
        return namespace


class AudioSpeech(NamespaceMixin):
    """`client.audio.speech`."""

    __slots__ = ()

    def create(self, **fields: Unpack[AudioSpeechCreateParams]) -> AudioSpeechCreateBuilder:
        """Return a builder for `audio.speech.create` (POST /audio/speech); keywords pre-fill its setters."""
        builder: AudioSpeechCreateBuilder = self._op("create", (), fields)
        return builder


class AsyncAudioSpeech(NamespaceMixin):
    """`client.audio.speech` of an AsyncClient."""

    __slots__ = ()

    def create(self, **fields: Unpack[AudioSpeechCreateParams]) -> AsyncAudioSpeechCreateBuilder:
        """Return a builder for `audio.speech.create` (POST /audio/speech); keywords pre-fill its setters."""
        builder: AsyncAudioSpeechCreateBuilder = self._op("create", (), fields)
        return builder


class AudioTranscriptions(NamespaceMixin):
    """`client.audio.transcriptions`."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[AudioTranscriptionsCreateParams]
    ) -> AudioTranscriptionsCreateBuilder:
        """Return a builder for `audio.transcriptions.create` (POST /audio/transcriptions); keywords pre-fill its setters."""
        builder: AudioTranscriptionsCreateBuilder = self._op("create", (), fields)
        return builder


class AsyncAudioTranscriptions(NamespaceMixin):
    """`client.audio.transcriptions` of an AsyncClient."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[AudioTranscriptionsCreateParams]
    ) -> AsyncAudioTranscriptionsCreateBuilder:
        """Return a builder for `audio.transcriptions.create` (POST /audio/transcriptions); keywords pre-fill its setters."""
        builder: AsyncAudioTranscriptionsCreateBuilder = self._op("create", (), fields)
        return builder


class AudioTranslations(NamespaceMixin):
    """`client.audio.translations`."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[AudioTranslationsCreateParams]
    ) -> AudioTranslationsCreateBuilder:
        """Return a builder for `audio.translations.create` (POST /audio/translations); keywords pre-fill its setters."""
        builder: AudioTranslationsCreateBuilder = self._op("create", (), fields)
        return builder


class AsyncAudioTranslations(NamespaceMixin):
    """`client.audio.translations` of an AsyncClient."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[AudioTranslationsCreateParams]
    ) -> AsyncAudioTranslationsCreateBuilder:
        """Return a builder for `audio.translations.create` (POST /audio/translations); keywords pre-fill its setters."""
        builder: AsyncAudioTranslationsCreateBuilder = self._op("create", (), fields)
        return builder


class AudioVoiceConsents(NamespaceMixin):
    """`client.audio.voice_consents`."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[AudioVoiceConsentsCreateParams]
    ) -> AudioVoiceConsentsCreateBuilder:
        """Return a builder for `audio.voice_consents.create` (POST /audio/voice_consents); keywords pre-fill its setters."""
        builder: AudioVoiceConsentsCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, consent_id: str, **fields: Unpack[AudioVoiceConsentsDeleteParams]
    ) -> AudioVoiceConsentsDeleteBuilder:
        """Return a builder for `audio.voice_consents.delete` (DELETE /audio/voice_consents/{consent_id}); keywords pre-fill its setters."""
        builder: AudioVoiceConsentsDeleteBuilder = self._op("delete", (consent_id,), fields)
        return builder

    def list(self, **fields: Unpack[AudioVoiceConsentsListParams]) -> AudioVoiceConsentsListBuilder:
        """Return a builder for `audio.voice_consents.list` (GET /audio/voice_consents); keywords pre-fill its setters."""
        builder: AudioVoiceConsentsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, consent_id: str, **fields: Unpack[AudioVoiceConsentsRetrieveParams]
    ) -> AudioVoiceConsentsRetrieveBuilder:
        """Return a builder for `audio.voice_consents.retrieve` (GET /audio/voice_consents/{consent_id}); keywords pre-fill its setters."""
        builder: AudioVoiceConsentsRetrieveBuilder = self._op("retrieve", (consent_id,), fields)
        return builder

    @defer_path_check
    def update(
        self, consent_id: str, **fields: Unpack[AudioVoiceConsentsUpdateParams]
    ) -> AudioVoiceConsentsUpdateBuilder:
        """Return a builder for `audio.voice_consents.update` (POST /audio/voice_consents/{consent_id}); keywords pre-fill its setters."""
        builder: AudioVoiceConsentsUpdateBuilder = self._op("update", (consent_id,), fields)
        return builder


class AsyncAudioVoiceConsents(NamespaceMixin):
    """`client.audio.voice_consents` of an AsyncClient."""

    __slots__ = ()

    def create(
        self, **fields: Unpack[AudioVoiceConsentsCreateParams]
    ) -> AsyncAudioVoiceConsentsCreateBuilder:
        """Return a builder for `audio.voice_consents.create` (POST /audio/voice_consents); keywords pre-fill its setters."""
        builder: AsyncAudioVoiceConsentsCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(
        self, consent_id: str, **fields: Unpack[AudioVoiceConsentsDeleteParams]
    ) -> AsyncAudioVoiceConsentsDeleteBuilder:
        """Return a builder for `audio.voice_consents.delete` (DELETE /audio/voice_consents/{consent_id}); keywords pre-fill its setters."""
        builder: AsyncAudioVoiceConsentsDeleteBuilder = self._op("delete", (consent_id,), fields)
        return builder

    def list(
        self, **fields: Unpack[AudioVoiceConsentsListParams]
    ) -> AsyncAudioVoiceConsentsListBuilder:
        """Return a builder for `audio.voice_consents.list` (GET /audio/voice_consents); keywords pre-fill its setters."""
        builder: AsyncAudioVoiceConsentsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, consent_id: str, **fields: Unpack[AudioVoiceConsentsRetrieveParams]
    ) -> AsyncAudioVoiceConsentsRetrieveBuilder:
        """Return a builder for `audio.voice_consents.retrieve` (GET /audio/voice_consents/{consent_id}); keywords pre-fill its setters."""
        builder: AsyncAudioVoiceConsentsRetrieveBuilder = self._op(
            "retrieve", (consent_id,), fields
        )
        return builder

    @defer_path_check
    def update(
        self, consent_id: str, **fields: Unpack[AudioVoiceConsentsUpdateParams]
    ) -> AsyncAudioVoiceConsentsUpdateBuilder:
        """Return a builder for `audio.voice_consents.update` (POST /audio/voice_consents/{consent_id}); keywords pre-fill its setters."""
        builder: AsyncAudioVoiceConsentsUpdateBuilder = self._op("update", (consent_id,), fields)
        return builder


class AudioVoices(NamespaceMixin):
    """`client.audio.voices`."""

    __slots__ = ()

    def create(self, **fields: Unpack[AudioVoicesCreateParams]) -> AudioVoicesCreateBuilder:
        """Return a builder for `audio.voices.create` (POST /audio/voices); keywords pre-fill its setters."""
        builder: AudioVoicesCreateBuilder = self._op("create", (), fields)
        return builder


class AsyncAudioVoices(NamespaceMixin):
    """`client.audio.voices` of an AsyncClient."""

    __slots__ = ()

    def create(self, **fields: Unpack[AudioVoicesCreateParams]) -> AsyncAudioVoicesCreateBuilder:
        """Return a builder for `audio.voices.create` (POST /audio/voices); keywords pre-fill its setters."""
        builder: AsyncAudioVoicesCreateBuilder = self._op("create", (), fields)
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "audio": (Audio, AsyncAudio),
    "audio.speech": (AudioSpeech, AsyncAudioSpeech),
    "audio.transcriptions": (AudioTranscriptions, AsyncAudioTranscriptions),
    "audio.translations": (AudioTranslations, AsyncAudioTranslations),
    "audio.voice_consents": (AudioVoiceConsents, AsyncAudioVoiceConsents),
    "audio.voices": (AudioVoices, AsyncAudioVoices),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "audio.speech.create": AudioSpeechCreateSetters,
    "audio.transcriptions.create": AudioTranscriptionsCreateSetters,
    "audio.translations.create": AudioTranslationsCreateSetters,
    "audio.voice_consents.create": AudioVoiceConsentsCreateSetters,
    "audio.voice_consents.delete": AudioVoiceConsentsDeleteSetters,
    "audio.voice_consents.list": AudioVoiceConsentsListSetters,
    "audio.voice_consents.retrieve": AudioVoiceConsentsRetrieveSetters,
    "audio.voice_consents.update": AudioVoiceConsentsUpdateSetters,
    "audio.voices.create": AudioVoicesCreateSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class AudioSpeechCreateBuilder(AudioSpeechCreateSetters, DownloadBuilder):
        """Builder of `audio.speech.create`: `send()` returns bytes."""

    class AsyncAudioSpeechCreateBuilder(AudioSpeechCreateSetters, AsyncDownloadBuilder):
        """Async builder of `audio.speech.create`: `await send()` returns bytes."""

    class AudioTranscriptionsCreateBuilder(
        AudioTranscriptionsCreateSetters,
        RequestBuilder[
            CreateTranscriptionResponseJson
            | CreateTranscriptionResponseDiarizedJson
            | CreateTranscriptionResponseVerboseJson
        ],
    ):
        """Builder of `audio.transcriptions.create`: `send()` returns CreateTranscriptionResponseJson | CreateTranscriptionResponseDiarizedJson | CreateTranscriptionResponseVerboseJson."""

    class AsyncAudioTranscriptionsCreateBuilder(
        AudioTranscriptionsCreateSetters,
        AsyncRequestBuilder[
            CreateTranscriptionResponseJson
            | CreateTranscriptionResponseDiarizedJson
            | CreateTranscriptionResponseVerboseJson
        ],
    ):
        """Async builder of `audio.transcriptions.create`: `await send()` returns CreateTranscriptionResponseJson | CreateTranscriptionResponseDiarizedJson | CreateTranscriptionResponseVerboseJson."""

    class AudioTranslationsCreateBuilder(
        AudioTranslationsCreateSetters,
        RequestBuilder[CreateTranslationResponseJson | CreateTranslationResponseVerboseJson],
    ):
        """Builder of `audio.translations.create`: `send()` returns CreateTranslationResponseJson | CreateTranslationResponseVerboseJson."""

    class AsyncAudioTranslationsCreateBuilder(
        AudioTranslationsCreateSetters,
        AsyncRequestBuilder[CreateTranslationResponseJson | CreateTranslationResponseVerboseJson],
    ):
        """Async builder of `audio.translations.create`: `await send()` returns CreateTranslationResponseJson | CreateTranslationResponseVerboseJson."""

    class AudioVoiceConsentsCreateBuilder(
        AudioVoiceConsentsCreateSetters, RequestBuilder[VoiceConsentResource]
    ):
        """Builder of `audio.voice_consents.create`: `send()` returns VoiceConsentResource."""

    class AsyncAudioVoiceConsentsCreateBuilder(
        AudioVoiceConsentsCreateSetters, AsyncRequestBuilder[VoiceConsentResource]
    ):
        """Async builder of `audio.voice_consents.create`: `await send()` returns VoiceConsentResource."""

    class AudioVoiceConsentsDeleteBuilder(
        AudioVoiceConsentsDeleteSetters, RequestBuilder[VoiceConsentDeletedResource]
    ):
        """Builder of `audio.voice_consents.delete`: `send()` returns VoiceConsentDeletedResource."""

    class AsyncAudioVoiceConsentsDeleteBuilder(
        AudioVoiceConsentsDeleteSetters, AsyncRequestBuilder[VoiceConsentDeletedResource]
    ):
        """Async builder of `audio.voice_consents.delete`: `await send()` returns VoiceConsentDeletedResource."""

    class AudioVoiceConsentsListBuilder(AudioVoiceConsentsListSetters, ListBuilder):
        """Builder of `audio.voice_consents.list`: `send()` returns a Page of VoiceConsentResource."""

        def send(self) -> Page[VoiceConsentResource]: ...
        def send_with_meta(self) -> ApiResponse[Page[VoiceConsentResource]]: ...
        def iter_all(self) -> Iterator[VoiceConsentResource]: ...

    class AsyncAudioVoiceConsentsListBuilder(AudioVoiceConsentsListSetters, AsyncListBuilder):
        """Async builder of `audio.voice_consents.list`: `await send()` returns a Page of VoiceConsentResource."""

        async def send(self) -> AsyncPage[VoiceConsentResource]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[VoiceConsentResource]]: ...
        def iter_all(self) -> AsyncIterator[VoiceConsentResource]: ...

    class AudioVoiceConsentsRetrieveBuilder(
        AudioVoiceConsentsRetrieveSetters, RequestBuilder[VoiceConsentResource]
    ):
        """Builder of `audio.voice_consents.retrieve`: `send()` returns VoiceConsentResource."""

    class AsyncAudioVoiceConsentsRetrieveBuilder(
        AudioVoiceConsentsRetrieveSetters, AsyncRequestBuilder[VoiceConsentResource]
    ):
        """Async builder of `audio.voice_consents.retrieve`: `await send()` returns VoiceConsentResource."""

    class AudioVoiceConsentsUpdateBuilder(
        AudioVoiceConsentsUpdateSetters, RequestBuilder[VoiceConsentResource]
    ):
        """Builder of `audio.voice_consents.update`: `send()` returns VoiceConsentResource."""

    class AsyncAudioVoiceConsentsUpdateBuilder(
        AudioVoiceConsentsUpdateSetters, AsyncRequestBuilder[VoiceConsentResource]
    ):
        """Async builder of `audio.voice_consents.update`: `await send()` returns VoiceConsentResource."""

    class AudioVoicesCreateBuilder(AudioVoicesCreateSetters, RequestBuilder[VoiceResource]):
        """Builder of `audio.voices.create`: `send()` returns VoiceResource."""

    class AsyncAudioVoicesCreateBuilder(
        AudioVoicesCreateSetters, AsyncRequestBuilder[VoiceResource]
    ):
        """Async builder of `audio.voices.create`: `await send()` returns VoiceResource."""
