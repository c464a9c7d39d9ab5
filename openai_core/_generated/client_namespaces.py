# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
The top-level namespaces of Client and AsyncClient as typed properties.

Importing this module imports no builders module: the property types are named for the type
checker only, and `_namespace` (the client's) loads a namespace's module on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .builders.assistants import Assistants, AsyncAssistants
    from .builders.audio import AsyncAudio, Audio
    from .builders.batches import AsyncBatches, Batches
    from .builders.beta import AsyncBeta, Beta
    from .builders.chat import AsyncChat, Chat
    from .builders.chatkit import AsyncChatkit, Chatkit
    from .builders.completions import AsyncCompletions, Completions
    from .builders.containers import AsyncContainers, Containers
    from .builders.content_provenance_checks import (
        AsyncContentProvenanceChecks,
        ContentProvenanceChecks,
    )
    from .builders.conversations import AsyncConversations, Conversations
    from .builders.embeddings import AsyncEmbeddings, Embeddings
    from .builders.evals import AsyncEvals, Evals
    from .builders.files import AsyncFiles, Files
    from .builders.fine_tuning import AsyncFineTuning, FineTuning
    from .builders.images import AsyncImages, Images
    from .builders.models import AsyncModels, Models
    from .builders.moderations import AsyncModerations, Moderations
    from .builders.organization import AsyncOrganization, Organization
    from .builders.projects import AsyncProjects, Projects
    from .builders.realtime import AsyncRealtime, Realtime
    from .builders.responses import AsyncResponses, Responses
    from .builders.skills import AsyncSkills, Skills
    from .builders.threads import AsyncThreads, Threads
    from .builders.uploads import AsyncUploads, Uploads
    from .builders.vector_stores import AsyncVectorStores, VectorStores
    from .builders.videos import AsyncVideos, Videos

__all__ = ["AsyncClientNamespaces", "ClientNamespaces"]


class ClientNamespaces:
    """The namespaces of a Client (`client.files`, `client.batches`, ...)."""

    __slots__ = ()

    if TYPE_CHECKING:

        def _namespace(self, name: str, is_async: bool) -> Any: ...

    @property
    def assistants(self) -> Assistants:
        """`client.assistants`: 5 operations."""
        namespace: Assistants = self._namespace("assistants", False)
        return namespace

    @property
    def audio(self) -> Audio:
        """`client.audio`: 9 operations."""
        namespace: Audio = self._namespace("audio", False)
        return namespace

    @property
    def batches(self) -> Batches:
        """`client.batches`: 4 operations."""
        namespace: Batches = self._namespace("batches", False)
        return namespace

    @property
    def beta(self) -> Beta:
        """`client.beta`: 7 operations."""
        namespace: Beta = self._namespace("beta", False)
        return namespace

    @property
    def chat(self) -> Chat:
        """`client.chat`: 6 operations."""
        namespace: Chat = self._namespace("chat", False)
        return namespace

    @property
    def chatkit(self) -> Chatkit:
        """`client.chatkit`: 6 operations."""
        namespace: Chatkit = self._namespace("chatkit", False)
        return namespace

    @property
    def completions(self) -> Completions:
        """`client.completions`: 1 operations."""
        namespace: Completions = self._namespace("completions", False)
        return namespace

    @property
    def containers(self) -> Containers:
        """`client.containers`: 9 operations."""
        namespace: Containers = self._namespace("containers", False)
        return namespace

    @property
    def content_provenance_checks(self) -> ContentProvenanceChecks:
        """`client.content_provenance_checks`: 1 operations."""
        namespace: ContentProvenanceChecks = self._namespace("content_provenance_checks", False)
        return namespace

    @property
    def conversations(self) -> Conversations:
        """`client.conversations`: 8 operations."""
        namespace: Conversations = self._namespace("conversations", False)
        return namespace

    @property
    def embeddings(self) -> Embeddings:
        """`client.embeddings`: 1 operations."""
        namespace: Embeddings = self._namespace("embeddings", False)
        return namespace

    @property
    def evals(self) -> Evals:
        """`client.evals`: 12 operations."""
        namespace: Evals = self._namespace("evals", False)
        return namespace

    @property
    def files(self) -> Files:
        """`client.files`: 5 operations."""
        namespace: Files = self._namespace("files", False)
        return namespace

    @property
    def fine_tuning(self) -> FineTuning:
        """`client.fine_tuning`: 13 operations."""
        namespace: FineTuning = self._namespace("fine_tuning", False)
        return namespace

    @property
    def images(self) -> Images:
        """`client.images`: 3 operations."""
        namespace: Images = self._namespace("images", False)
        return namespace

    @property
    def models(self) -> Models:
        """`client.models`: 3 operations."""
        namespace: Models = self._namespace("models", False)
        return namespace

    @property
    def moderations(self) -> Moderations:
        """`client.moderations`: 1 operations."""
        namespace: Moderations = self._namespace("moderations", False)
        return namespace

    @property
    def organization(self) -> Organization:
        """`client.organization`: 106 operations."""
        namespace: Organization = self._namespace("organization", False)
        return namespace

    @property
    def projects(self) -> Projects:
        """`client.projects`: 13 operations."""
        namespace: Projects = self._namespace("projects", False)
        return namespace

    @property
    def realtime(self) -> Realtime:
        """`client.realtime`: 9 operations."""
        namespace: Realtime = self._namespace("realtime", False)
        return namespace

    @property
    def responses(self) -> Responses:
        """`client.responses`: 7 operations."""
        namespace: Responses = self._namespace("responses", False)
        return namespace

    @property
    def skills(self) -> Skills:
        """`client.skills`: 11 operations."""
        namespace: Skills = self._namespace("skills", False)
        return namespace

    @property
    def threads(self) -> Threads:
        """`client.threads`: 18 operations."""
        namespace: Threads = self._namespace("threads", False)
        return namespace

    @property
    def uploads(self) -> Uploads:
        """`client.uploads`: 4 operations."""
        namespace: Uploads = self._namespace("uploads", False)
        return namespace

    @property
    def vector_stores(self) -> VectorStores:
        """`client.vector_stores`: 16 operations."""
        namespace: VectorStores = self._namespace("vector_stores", False)
        return namespace

    @property
    def videos(self) -> Videos:
        """`client.videos`: 10 operations."""
        namespace: Videos = self._namespace("videos", False)
        return namespace


class AsyncClientNamespaces:
    """The namespaces of an AsyncClient (`client.files`, `client.batches`, ...)."""

    __slots__ = ()

    if TYPE_CHECKING:

        def _namespace(self, name: str, is_async: bool) -> Any: ...

    @property
    def assistants(self) -> AsyncAssistants:
        """`client.assistants`: 5 operations."""
        namespace: AsyncAssistants = self._namespace("assistants", True)
        return namespace

    @property
    def audio(self) -> AsyncAudio:
        """`client.audio`: 9 operations."""
        namespace: AsyncAudio = self._namespace("audio", True)
        return namespace

    @property
    def batches(self) -> AsyncBatches:
        """`client.batches`: 4 operations."""
        namespace: AsyncBatches = self._namespace("batches", True)
        return namespace

    @property
    def beta(self) -> AsyncBeta:
        """`client.beta`: 7 operations."""
        namespace: AsyncBeta = self._namespace("beta", True)
        return namespace

    @property
    def chat(self) -> AsyncChat:
        """`client.chat`: 6 operations."""
        namespace: AsyncChat = self._namespace("chat", True)
        return namespace

    @property
    def chatkit(self) -> AsyncChatkit:
        """`client.chatkit`: 6 operations."""
        namespace: AsyncChatkit = self._namespace("chatkit", True)
        return namespace

    @property
    def completions(self) -> AsyncCompletions:
        """`client.completions`: 1 operations."""
        namespace: AsyncCompletions = self._namespace("completions", True)
        return namespace

    @property
    def containers(self) -> AsyncContainers:
        """`client.containers`: 9 operations."""
        namespace: AsyncContainers = self._namespace("containers", True)
        return namespace

    @property
    def content_provenance_checks(self) -> AsyncContentProvenanceChecks:
        """`client.content_provenance_checks`: 1 operations."""
        namespace: AsyncContentProvenanceChecks = self._namespace("content_provenance_checks", True)
        return namespace

    @property
    def conversations(self) -> AsyncConversations:
        """`client.conversations`: 8 operations."""
        namespace: AsyncConversations = self._namespace("conversations", True)
        return namespace

    @property
    def embeddings(self) -> AsyncEmbeddings:
        """`client.embeddings`: 1 operations."""
        namespace: AsyncEmbeddings = self._namespace("embeddings", True)
        return namespace

    @property
    def evals(self) -> AsyncEvals:
        """`client.evals`: 12 operations."""
        namespace: AsyncEvals = self._namespace("evals", True)
        return namespace

    @property
    def files(self) -> AsyncFiles:
        """`client.files`: 5 operations."""
        namespace: AsyncFiles = self._namespace("files", True)
        return namespace

    @property
    def fine_tuning(self) -> AsyncFineTuning:
        """`client.fine_tuning`: 13 operations."""
        namespace: AsyncFineTuning = self._namespace("fine_tuning", True)
        return namespace

    @property
    def images(self) -> AsyncImages:
        """`client.images`: 3 operations."""
        namespace: AsyncImages = self._namespace("images", True)
        return namespace

    @property
    def models(self) -> AsyncModels:
        """`client.models`: 3 operations."""
        namespace: AsyncModels = self._namespace("models", True)
        return namespace

    @property
    def moderations(self) -> AsyncModerations:
        """`client.moderations`: 1 operations."""
        namespace: AsyncModerations = self._namespace("moderations", True)
        return namespace

    @property
    def organization(self) -> AsyncOrganization:
        """`client.organization`: 106 operations."""
        namespace: AsyncOrganization = self._namespace("organization", True)
        return namespace

    @property
    def projects(self) -> AsyncProjects:
        """`client.projects`: 13 operations."""
        namespace: AsyncProjects = self._namespace("projects", True)
        return namespace

    @property
    def realtime(self) -> AsyncRealtime:
        """`client.realtime`: 9 operations."""
        namespace: AsyncRealtime = self._namespace("realtime", True)
        return namespace

    @property
    def responses(self) -> AsyncResponses:
        """`client.responses`: 7 operations."""
        namespace: AsyncResponses = self._namespace("responses", True)
        return namespace

    @property
    def skills(self) -> AsyncSkills:
        """`client.skills`: 11 operations."""
        namespace: AsyncSkills = self._namespace("skills", True)
        return namespace

    @property
    def threads(self) -> AsyncThreads:
        """`client.threads`: 18 operations."""
        namespace: AsyncThreads = self._namespace("threads", True)
        return namespace

    @property
    def uploads(self) -> AsyncUploads:
        """`client.uploads`: 4 operations."""
        namespace: AsyncUploads = self._namespace("uploads", True)
        return namespace

    @property
    def vector_stores(self) -> AsyncVectorStores:
        """`client.vector_stores`: 16 operations."""
        namespace: AsyncVectorStores = self._namespace("vector_stores", True)
        return namespace

    @property
    def videos(self) -> AsyncVideos:
        """`client.videos`: 10 operations."""
        namespace: AsyncVideos = self._namespace("videos", True)
        return namespace
