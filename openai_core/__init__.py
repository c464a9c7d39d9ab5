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
    from ._builders.base import (
        AsyncDownloadBuilder,
        AsyncRequestBuilder,
        DownloadBuilder,
        RequestBuilder,
    )
    from ._builders.chat import (
        AsyncChatCompletionCreateBuilder,
        ChatCompletionCreateBuilder,
        file_part,
        image_url_part,
        input_audio_part,
        text_part,
    )
    from ._builders.chat_extras import (
        AsyncChatCompletionParseBuilder,
        AsyncChatCompletionRunToolsBuilder,
        AsyncChatCompletionStreamBuilder,
        ChatCompletionParseBuilder,
        ChatCompletionRunToolsBuilder,
        ChatCompletionStreamBuilder,
    )
    from ._builders.pagination import AsyncListBuilder, AsyncPage, ListBuilder, Page
    from ._jobs.batch import AsyncBatchJob, BatchJob
    from ._jobs.batch_core import BatchProgress
    from ._jobs.batch_results import BatchResult
    from ._jobs.pacing import RunProgress, RunResult
    from ._streaming.assistants import AssistantStream, AsyncAssistantStream
    from ._streaming.chat import (
        AsyncChatCompletionEventStream,
        AsyncChatCompletionStream,
        ChatCompletionEventStream,
        ChatCompletionStream,
    )
    from ._streaming.responses import AsyncResponseStream, ResponseStream
    from ._streaming.sse import ServerSentEvent, SSEDecoder
    from ._structured.parsing import ParsedChatCompletion, parse_json_as
    from ._structured.partial_json import parse_partial_json
    from ._structured.reask import ReaskLoop
    from ._structured.schema import response_format_for, to_json_schema, to_strict_json_schema
    from ._structured.streamed import AsyncParsedChatCompletionStream, ParsedChatCompletionStream
    from ._structured.type_info import SchemaError
    from ._tools.definition import ToolDefinition, ToolRegistry, tool
    from ._tools.loop import ToolCall, ToolLoop, ToolResult, ToolTrace, Usage
    from ._tools.runners import AsyncToolRunner, ToolRunner
    from ._tools.streaming_runners import (
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
    "AsyncBatchJob",
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
    "BatchJob",
    "BatchProgress",
    "BatchResult",
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
    "RunProgress",
    "RunResult",
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
    "AsyncBatchJob": "_jobs.batch",
    "BatchJob": "_jobs.batch",
    "BatchProgress": "_jobs.batch_core",
    "BatchResult": "_jobs.batch_results",
    "RunProgress": "_jobs.pacing",
    "RunResult": "_jobs.pacing",
    "AssistantStream": "_streaming.assistants",
    "AsyncAssistantStream": "_streaming.assistants",
    "AsyncChatCompletionCreateBuilder": "_builders.chat",
    "AsyncChatCompletionEventStream": "_streaming.chat",
    "AsyncChatCompletionParseBuilder": "_builders.chat_extras",
    "AsyncChatCompletionRunToolsBuilder": "_builders.chat_extras",
    "AsyncChatCompletionStream": "_streaming.chat",
    "AsyncChatCompletionStreamBuilder": "_builders.chat_extras",
    "AsyncDownloadBuilder": "_builders.base",
    "AsyncListBuilder": "_builders.pagination",
    "AsyncOpenAICoreTransport": "_transport",
    "AsyncPage": "_builders.pagination",
    "AsyncParsedChatCompletionStream": "_structured.streamed",
    "AsyncRequestBuilder": "_builders.base",
    "AsyncResponseStream": "_streaming.responses",
    "AsyncStreamingToolRunner": "_tools.streaming_runners",
    "AsyncToolRunner": "_tools.runners",
    "ChatCompletionCreateBuilder": "_builders.chat",
    "ChatCompletionEventStream": "_streaming.chat",
    "ChatCompletionParseBuilder": "_builders.chat_extras",
    "ChatCompletionRunToolsBuilder": "_builders.chat_extras",
    "ChatCompletionStream": "_streaming.chat",
    "ChatCompletionStreamBuilder": "_builders.chat_extras",
    "DownloadBuilder": "_builders.base",
    "ListBuilder": "_builders.pagination",
    "OpenAICoreTransport": "_transport",
    "Page": "_builders.pagination",
    "ParsedChatCompletion": "_structured.parsing",
    "ParsedChatCompletionStream": "_structured.streamed",
    "ReaskLoop": "_structured.reask",
    "RequestBuilder": "_builders.base",
    "ResponseStream": "_streaming.responses",
    "RoundDoneEvent": "_tools.streaming_runners",
    "RoundStartEvent": "_tools.streaming_runners",
    "SSEDecoder": "_streaming.sse",
    "SchemaError": "_structured.type_info",
    "ServerSentEvent": "_streaming.sse",
    "StreamingToolRunner": "_tools.streaming_runners",
    "ToolCall": "_tools.loop",
    "ToolCallResultEvent": "_tools.streaming_runners",
    "ToolDefinition": "_tools.definition",
    "ToolLoop": "_tools.loop",
    "ToolRegistry": "_tools.definition",
    "ToolResult": "_tools.loop",
    "ToolRunner": "_tools.runners",
    "ToolTrace": "_tools.loop",
    "Usage": "_tools.loop",
    "WebhookReplayCache": "_webhooks",
    "WebhookVerifier": "_webhooks",
    "file_part": "_builders.chat",
    "image_url_part": "_builders.chat",
    "input_audio_part": "_builders.chat",
    "parse_json_as": "_structured.parsing",
    "parse_partial_json": "_structured.partial_json",
    "response_format_for": "_structured.schema",
    "sign_webhook": "_webhooks",
    "text_part": "_builders.chat",
    "to_json_schema": "_structured.schema",
    "to_strict_json_schema": "_structured.schema",
    "tool": "_tools.definition",
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
