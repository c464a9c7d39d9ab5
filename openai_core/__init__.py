"""openai_core: a fast, typed SDK for OpenAI and OpenAI-compatible APIs."""

from __future__ import annotations

from ._builders import AsyncDownloadBuilder, AsyncRequestBuilder, DownloadBuilder, RequestBuilder
from ._cancel import CancellationToken
from ._chat_builder import (
    AsyncChatCompletionCreateBuilder,
    ChatCompletionCreateBuilder,
    file_part,
    image_url_part,
    input_audio_part,
    text_part,
)
from ._chat_extras import (
    AsyncChatCompletionParseBuilder,
    AsyncChatCompletionRunToolsBuilder,
    AsyncChatCompletionStreamBuilder,
    ChatCompletionParseBuilder,
    ChatCompletionRunToolsBuilder,
    ChatCompletionStreamBuilder,
)
from ._client import AsyncClient, Client
from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ContentFilterFinishReasonError,
    InternalServerError,
    InvalidConfigError,
    LengthFinishReasonError,
    MissingCredentialsError,
    MissingRequiredFieldError,
    NotFoundError,
    OpenAICoreError,
    PermissionDeniedError,
    ProviderCompatibilityError,
    RateLimitError,
    RefusalError,
    RequestCancelledError,
    ResponseValidationError,
    StreamError,
    ToolError,
    UnprocessableEntityError,
    WebhookVerificationError,
)
from ._options import ClientOptions, NotGiven
from ._pagination import AsyncListBuilder, AsyncPage, ListBuilder, Page
from ._providers import ErrorInfo, PathContext, Provider, extract_error, get_provider
from ._response import ApiResponse
from ._retry import RetryPolicy, retry_delay

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "ApiResponse",
    "AsyncChatCompletionCreateBuilder",
    "AsyncChatCompletionParseBuilder",
    "AsyncChatCompletionRunToolsBuilder",
    "AsyncChatCompletionStreamBuilder",
    "AsyncClient",
    "AsyncDownloadBuilder",
    "AsyncListBuilder",
    "AsyncPage",
    "AsyncRequestBuilder",
    "AuthenticationError",
    "BadRequestError",
    "CancellationToken",
    "ChatCompletionCreateBuilder",
    "ChatCompletionParseBuilder",
    "ChatCompletionRunToolsBuilder",
    "ChatCompletionStreamBuilder",
    "Client",
    "ClientOptions",
    "ConflictError",
    "ContentFilterFinishReasonError",
    "DownloadBuilder",
    "ErrorInfo",
    "InternalServerError",
    "InvalidConfigError",
    "LengthFinishReasonError",
    "ListBuilder",
    "MissingCredentialsError",
    "MissingRequiredFieldError",
    "NotFoundError",
    "NotGiven",
    "OpenAICoreError",
    "Page",
    "PathContext",
    "PermissionDeniedError",
    "Provider",
    "ProviderCompatibilityError",
    "RateLimitError",
    "RefusalError",
    "RequestBuilder",
    "RequestCancelledError",
    "ResponseValidationError",
    "RetryPolicy",
    "StreamError",
    "ToolError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "extract_error",
    "file_part",
    "get_provider",
    "image_url_part",
    "input_audio_part",
    "retry_delay",
    "text_part",
]
