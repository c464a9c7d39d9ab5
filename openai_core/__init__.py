"""openai_core: a fast, typed SDK for OpenAI and OpenAI-compatible APIs."""

from __future__ import annotations

import importlib as _importlib
import typing as _typing

from ._cancel import CancellationToken
from ._client import AsyncClient, Client
from ._error_shapes import ErrorInfo, extract_error
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
from ._providers import PathContext, Provider, Setting, get_provider
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
    from ._builders.responses_extras import (
        AsyncResponsesParseBuilder,
        AsyncResponsesRunToolsBuilder,
        ResponsesParseBuilder,
        ResponsesRunToolsBuilder,
    )
    from ._generated.base import ValidationIssue
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
    from ._structured.parsing import ParsedChatCompletion, ParsedResponse, parse_json_as
    from ._structured.partial_json import parse_partial_json
    from ._structured.reask import ReaskLoop
    from ._structured.schema import (
        response_format_for,
        text_format_for,
        to_json_schema,
        to_strict_json_schema,
    )
    from ._structured.streamed import (
        AsyncParsedChatCompletionStream,
        AsyncParsedResponseStream,
        ParsedChatCompletionStream,
        ParsedResponseStream,
    )
    from ._structured.type_info import SchemaError
    from ._tools.definition import ToolDefinition, ToolRegistry, tool
    from ._tools.loop import ResponsesUsage, ToolCall, ToolLoop, ToolResult, ToolTrace, Usage
    from ._tools.responses_runners import (
        AsyncResponsesStreamingToolRunner,
        AsyncResponsesToolRunner,
        ResponsesStreamingToolRunner,
        ResponsesToolRunner,
    )
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
        parse_webhook_event,
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
    "AsyncParsedResponseStream",
    "AsyncRequestBuilder",
    "AsyncResponseStream",
    "AsyncResponsesParseBuilder",
    "AsyncResponsesRunToolsBuilder",
    "AsyncResponsesStreamingToolRunner",
    "AsyncResponsesToolRunner",
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
    "ParsedResponse",
    "ParsedResponseStream",
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
    "ResponsesParseBuilder",
    "ResponsesRunToolsBuilder",
    "ResponsesStreamingToolRunner",
    "ResponsesToolRunner",
    "ResponsesUsage",
    "RetryPolicy",
    "RoundDoneEvent",
    "RoundStartEvent",
    "RunProgress",
    "RunResult",
    "SSEDecoder",
    "SchemaError",
    "ServerSentEvent",
    "Setting",
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
    "ValidationIssue",
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
    "parse_webhook_event",
    "response_format_for",
    "retry_delay",
    "sign_webhook",
    "text_format_for",
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
    "AsyncParsedResponseStream": "_structured.streamed",
    "AsyncRequestBuilder": "_builders.base",
    "AsyncResponseStream": "_streaming.responses",
    "AsyncResponsesParseBuilder": "_builders.responses_extras",
    "AsyncResponsesRunToolsBuilder": "_builders.responses_extras",
    "AsyncResponsesStreamingToolRunner": "_tools.responses_runners",
    "AsyncResponsesToolRunner": "_tools.responses_runners",
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
    "ParsedResponse": "_structured.parsing",
    "ParsedResponseStream": "_structured.streamed",
    "ReaskLoop": "_structured.reask",
    "RequestBuilder": "_builders.base",
    "ResponseStream": "_streaming.responses",
    "ResponsesParseBuilder": "_builders.responses_extras",
    "ResponsesRunToolsBuilder": "_builders.responses_extras",
    "ResponsesStreamingToolRunner": "_tools.responses_runners",
    "ResponsesToolRunner": "_tools.responses_runners",
    "ResponsesUsage": "_tools.loop",
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
    "ValidationIssue": "_generated.base",
    "WebhookReplayCache": "_webhooks",
    "WebhookVerifier": "_webhooks",
    "file_part": "_builders.chat",
    "image_url_part": "_builders.chat",
    "input_audio_part": "_builders.chat",
    "parse_json_as": "_structured.parsing",
    "parse_partial_json": "_structured.partial_json",
    "parse_webhook_event": "_webhooks",
    "response_format_for": "_structured.schema",
    "sign_webhook": "_webhooks",
    "text_format_for": "_structured.schema",
    "text_part": "_builders.chat",
    "to_json_schema": "_structured.schema",
    "to_strict_json_schema": "_structured.schema",
    "tool": "_tools.definition",
    "unwrap_webhook": "_webhooks",
    "verify_webhook": "_webhooks",
}


def __getattr__(name: str) -> _typing.Any:
    if name == "types":  # the submodule, for `openai_core.types.ChatCompletion` after import
        return _importlib.import_module("openai_core.types")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'openai_core' has no attribute {name!r}")
    value = getattr(_importlib.import_module(f"openai_core.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
