"""openai_core: a fast, typed SDK for OpenAI and OpenAI-compatible APIs."""

from __future__ import annotations

import importlib as _importlib
import typing as _typing

from ._cancel import CancellationToken
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
from ._providers import ErrorInfo, PathContext, Provider, extract_error, get_provider
from ._response import ApiResponse
from ._retry import RetryPolicy, retry_delay

if _typing.TYPE_CHECKING:
    from ._assistant_stream import AssistantStream, AsyncAssistantStream
    from ._builders import (
        AsyncDownloadBuilder,
        AsyncRequestBuilder,
        DownloadBuilder,
        RequestBuilder,
    )
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
    from ._pagination import AsyncListBuilder, AsyncPage, ListBuilder, Page
    from ._parsing import ParsedChatCompletion, parse_json_as
    from ._parsing_partial import parse_partial_json
    from ._parsing_reask import ReaskLoop
    from ._parsing_stream import AsyncParsedChatCompletionStream, ParsedChatCompletionStream
    from ._responses_stream import AsyncResponseStream, ResponseStream
    from ._schema import response_format_for, to_json_schema
    from ._schema_strict import to_strict_json_schema
    from ._schema_types import SchemaError
    from ._sse import ServerSentEvent, SSEDecoder
    from ._streaming import (
        AsyncChatCompletionEventStream,
        AsyncChatCompletionStream,
        ChatCompletionEventStream,
        ChatCompletionStream,
    )
    from ._tools import AsyncToolRunner, ToolRunner
    from ._tools_definition import ToolDefinition, ToolRegistry, tool
    from ._tools_loop import ToolCall, ToolLoop, ToolResult, ToolTrace, Usage
    from ._tools_streaming import (
        AsyncStreamingToolRunner,
        RoundDoneEvent,
        RoundStartEvent,
        StreamingToolRunner,
        ToolCallResultEvent,
    )
    from ._transport import AsyncOpenAICoreTransport, OpenAICoreTransport
    from ._webhooks import (
        WebhookReplayCache,
        WebhookVerifier,
        sign_webhook,
        unwrap_webhook,
        verify_webhook,
    )

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "ApiResponse",
    "AssistantStream",
    "AsyncAssistantStream",
    "AsyncChatCompletionCreateBuilder",
    "AsyncChatCompletionEventStream",
    "AsyncChatCompletionParseBuilder",
    "AsyncChatCompletionRunToolsBuilder",
    "AsyncChatCompletionStream",
    "AsyncChatCompletionStreamBuilder",
    "AsyncClient",
    "AsyncDownloadBuilder",
    "AsyncListBuilder",
    "AsyncOpenAICoreTransport",
    "AsyncPage",
    "AsyncParsedChatCompletionStream",
    "AsyncRequestBuilder",
    "AsyncResponseStream",
    "AsyncStreamingToolRunner",
    "AsyncToolRunner",
    "AuthenticationError",
    "BadRequestError",
    "CancellationToken",
    "ChatCompletionCreateBuilder",
    "ChatCompletionEventStream",
    "ChatCompletionParseBuilder",
    "ChatCompletionRunToolsBuilder",
    "ChatCompletionStream",
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
    "OpenAICoreTransport",
    "Page",
    "ParsedChatCompletion",
    "ParsedChatCompletionStream",
    "PathContext",
    "PermissionDeniedError",
    "Provider",
    "ProviderCompatibilityError",
    "RateLimitError",
    "ReaskLoop",
    "RefusalError",
    "RequestBuilder",
    "RequestCancelledError",
    "ResponseStream",
    "ResponseValidationError",
    "RetryPolicy",
    "RoundDoneEvent",
    "RoundStartEvent",
    "SSEDecoder",
    "SchemaError",
    "ServerSentEvent",
    "StreamError",
    "StreamingToolRunner",
    "ToolCall",
    "ToolCallResultEvent",
    "ToolDefinition",
    "ToolError",
    "ToolLoop",
    "ToolRegistry",
    "ToolResult",
    "ToolRunner",
    "ToolTrace",
    "UnprocessableEntityError",
    "Usage",
    "WebhookReplayCache",
    "WebhookVerificationError",
    "WebhookVerifier",
    "extract_error",
    "file_part",
    "get_provider",
    "image_url_part",
    "input_audio_part",
    "parse_json_as",
    "parse_partial_json",
    "response_format_for",
    "retry_delay",
    "sign_webhook",
    "text_part",
    "to_json_schema",
    "to_strict_json_schema",
    "tool",
    "unwrap_webhook",
    "verify_webhook",
]

# Loaded on first use so that `import openai_core` costs little more than `import httpx`: the
# builders (a client's namespaces load them when a request is built), pagination, and structured
# output and tools (which pull in asyncio and the schema machinery). The client, its options,
# errors and results are imported eagerly: `from openai_core import Client` is the common start.
_LAZY = {
    "AssistantStream": "_assistant_stream",
    "AsyncAssistantStream": "_assistant_stream",
    "AsyncChatCompletionCreateBuilder": "_chat_builder",
    "AsyncChatCompletionEventStream": "_streaming",
    "AsyncChatCompletionParseBuilder": "_chat_extras",
    "AsyncChatCompletionRunToolsBuilder": "_chat_extras",
    "AsyncChatCompletionStream": "_streaming",
    "AsyncChatCompletionStreamBuilder": "_chat_extras",
    "AsyncDownloadBuilder": "_builders",
    "AsyncListBuilder": "_pagination",
    "AsyncOpenAICoreTransport": "_transport",
    "AsyncPage": "_pagination",
    "AsyncParsedChatCompletionStream": "_parsing_stream",
    "AsyncRequestBuilder": "_builders",
    "AsyncResponseStream": "_responses_stream",
    "AsyncStreamingToolRunner": "_tools_streaming",
    "AsyncToolRunner": "_tools",
    "ChatCompletionCreateBuilder": "_chat_builder",
    "ChatCompletionEventStream": "_streaming",
    "ChatCompletionParseBuilder": "_chat_extras",
    "ChatCompletionRunToolsBuilder": "_chat_extras",
    "ChatCompletionStream": "_streaming",
    "ChatCompletionStreamBuilder": "_chat_extras",
    "DownloadBuilder": "_builders",
    "ListBuilder": "_pagination",
    "OpenAICoreTransport": "_transport",
    "Page": "_pagination",
    "ParsedChatCompletion": "_parsing",
    "ParsedChatCompletionStream": "_parsing_stream",
    "ReaskLoop": "_parsing_reask",
    "RequestBuilder": "_builders",
    "ResponseStream": "_responses_stream",
    "RoundDoneEvent": "_tools_streaming",
    "RoundStartEvent": "_tools_streaming",
    "SSEDecoder": "_sse",
    "SchemaError": "_schema_types",
    "ServerSentEvent": "_sse",
    "StreamingToolRunner": "_tools_streaming",
    "ToolCall": "_tools_loop",
    "ToolCallResultEvent": "_tools_streaming",
    "ToolDefinition": "_tools_definition",
    "ToolLoop": "_tools_loop",
    "ToolRegistry": "_tools_definition",
    "ToolResult": "_tools_loop",
    "ToolRunner": "_tools",
    "ToolTrace": "_tools_loop",
    "Usage": "_tools_loop",
    "WebhookReplayCache": "_webhooks",
    "WebhookVerifier": "_webhooks",
    "file_part": "_chat_builder",
    "image_url_part": "_chat_builder",
    "input_audio_part": "_chat_builder",
    "parse_json_as": "_parsing",
    "parse_partial_json": "_parsing_partial",
    "response_format_for": "_schema",
    "sign_webhook": "_webhooks",
    "text_part": "_chat_builder",
    "to_json_schema": "_schema",
    "to_strict_json_schema": "_schema_strict",
    "tool": "_tools_definition",
    "unwrap_webhook": "_webhooks",
    "verify_webhook": "_webhooks",
}


def __getattr__(name: str) -> _typing.Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'openai_core' has no attribute {name!r}")
    value = getattr(_importlib.import_module(f"openai_core.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
